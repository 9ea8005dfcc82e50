"""qt_models of the user interface."""
