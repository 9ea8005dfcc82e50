"""commands of the user interface."""
