"""views of the user interface."""
