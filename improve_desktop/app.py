"""Composition root: paths → settings → workspace (migrated store + services) → window."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from improve_desktop import APP_NAME, ORGANISATION_NAME, __version__
from improve_desktop.settings import load_settings
from improve_desktop.startup_trace import mark

STARTUP_MARK_ENV = "IMPROVE_STARTUP_MARK"
STARTUP_MARK = "improve-desktop: window shown"


def run_gui(
    database: Path,
    *,
    language: str | None = None,
    quit_after_shown: bool = False,
    database_given: bool = False,
    collect_after_start: bool = True,
) -> int:
    """Open the main window on ``database`` (or the last used one) and run the event loop."""
    mark("command line and settings modules")
    settings = load_settings()
    if not database_given and settings.last_database and Path(settings.last_database).exists():
        database = Path(settings.last_database)
    early_check = None
    if database.is_file():
        from improve_desktop.store.backup import EarlyQuickCheck

        # The integrity check runs while Qt and the window's modules load.
        early_check = EarlyQuickCheck(database)

    # The Qt-free core first: once PySide6 is imported, shiboken inspects the source of every
    # module imported after it (its __feature__ hook), which costs ~0.15 s for SQLAlchemy.
    import improve_desktop.services.maintenance
    import improve_desktop.services.workspace  # noqa: F401
    from improve_desktop.logs import configure_logging

    mark("store and services modules")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from improve_desktop import paths
    from improve_desktop.ui.data_safety import after_open, open_workspace
    from improve_desktop.ui.error_handler import ErrorHandler
    from improve_desktop.ui.focus_ring import install_focus_ring
    from improve_desktop.ui.i18n import install_translators
    from improve_desktop.ui.theme import apply_theme, focus_ring_width
    from improve_desktop.ui.window_host import WindowHost

    mark("Qt and window modules")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "improve.svg")))
    configure_logging()
    # --lang applies to this run only; the saved choice changes through View → Language.
    language = language or settings.language
    apply_theme(app, high_contrast=settings.high_contrast, focus_ring=False)

    install_translators(language)
    mark("application, theme, translations")
    # A second instance, a damaged file, a failed upgrade: explained, with a way forward.
    workspace, note = open_workspace(
        None, database, lambda text: QMessageBox.critical(None, APP_NAME, text),
        early_check=early_check)
    if workspace is None:
        return 1

    mark("store opened")
    host = WindowHost(workspace, settings)
    window = host.show(language)
    mark("window built and shown")
    # Uncaught exceptions: logged without user content, shown, and the application goes on.
    errors = ErrorHandler(lambda: host.window).install()

    def window_drawn() -> None:
        mark("first paint")
        # The cyclic collector was paused for start-up (see cli.run). What start-up made
        # (about 90,000 objects: modules, classes, mappers, widgets) lives as long as the
        # application, so it is frozen out of the collector's sight instead of being scanned:
        # the first collection would otherwise take some 50 ms right after the window is
        # drawn, and every full collection later as long again. The price is the garbage
        # start-up leaves in cycles (about a thousand objects), which stays.
        gc.freeze()
        if collect_after_start:  # unless whoever started us had it off
            gc.enable()
        if quit_after_shown and os.environ.get(STARTUP_MARK_ENV):
            # For bench/startup.py: the moment the window has been drawn.
            print(STARTUP_MARK, flush=True)

    window.first_paint.painted.connect(window_drawn)
    # The focus ring, the daily backup and warnings once the window has been drawn, so
    # that they do not delay it.
    window.first_paint.call_after(lambda: install_focus_ring(
        app, focus_ring_width(settings.high_contrast)))
    window.first_paint.call_after(lambda: after_open(window, note))
    try:
        if quit_after_shown:
            # Smoke tests: show the window, let what waits for its first paint run, and leave
            # without QCoreApplication.quit(), which would stop every later event loop in
            # this process.
            while not window.first_paint.done:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            app.processEvents()
            mark("after the first paint")
            return 0
        return int(app.exec())
    finally:
        errors.uninstall()
        host.close()
