"""Everything Qt: the main window, table models, views, dialogs and undo commands."""
