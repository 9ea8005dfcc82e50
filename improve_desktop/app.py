"""Composition root: paths → settings → workspace (migrated store + services) → window."""

from __future__ import annotations

import sys
from pathlib import Path

from improve_desktop import APP_NAME, ORGANISATION_NAME, __version__
from improve_desktop.settings import load_settings, save_settings


def run_gui(
    database: Path,
    *,
    language: str | None = None,
    quit_after_shown: bool = False,
    database_given: bool = False,
) -> int:
    """Open the main window on ``database`` (or the last used one) and run the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from improve_desktop import paths
    from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
    from improve_desktop.ui.i18n import install_translators
    from improve_desktop.ui.main_window import MainWindow, _unavailable_text
    from improve_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "improve.svg")))
    settings = load_settings()
    chosen_language = install_translators(language or settings.language)
    apply_theme(app, high_contrast=settings.high_contrast)

    if not database_given and settings.last_database and Path(settings.last_database).exists():
        database = Path(settings.last_database)
    try:
        workspace = Workspace(database)
    except DatabaseUnavailable as error:
        QMessageBox.critical(None, APP_NAME, _unavailable_text(error))
        return 1

    holder: dict[str, MainWindow] = {}

    def show_window(language_code: str) -> None:
        old = holder.get("window")
        if old is not None:
            # A new language: rebuild the window around the same workspace, keeping its place.
            old.remember_state()
            save_settings(old.settings)
            old.hide()
            old.deleteLater()
        window = MainWindow(holder["workspace"], settings)  # type: ignore[arg-type]
        window.set_current_language(language_code)
        window.language_change_requested.connect(_relaunch)
        holder["window"] = window
        window.show()

    def _relaunch(code: str) -> None:
        current = holder["window"]
        holder["workspace"] = current.workspace  # type: ignore[assignment]
        show_window(install_translators(code))

    holder["workspace"] = workspace  # type: ignore[assignment]
    show_window(chosen_language)
    if quit_after_shown:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    holder["window"].workspace.close()
    return int(code)
