"""dialogs of the user interface."""
