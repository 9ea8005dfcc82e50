"""``python -m improve_desktop`` runs the same entry point as ``improve-desktop``."""

from improve_desktop.cli import main

if __name__ == "__main__":
    main()
