"""The handler for exceptions nobody caught: log them, tell the user, keep running.

PySide6 hands an exception raised in a slot or an event handler to ``sys.excepthook`` and then
carries on with the event loop, so after this handler returns the application is still there.
A failed save (disk full, read-only medium) is not a bug: it gets a plain message of its own.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from improve_desktop import APP_NAME
from improve_desktop.logs import log, log_exception, log_file
from improve_desktop.services.errors import SaveFailed, ServiceError, as_service_error

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def save_failed_text(error: SaveFailed) -> str:
    translate = QCoreApplication.translate
    reasons = {
        "disk_full": translate("ErrorHandler", "the disk is full"),
        "read_only_media": translate(
            "ErrorHandler", "the database file or its folder cannot be written to"),
        "io_error": translate("ErrorHandler", "the disk reported an error"),
        "busy": translate("ErrorHandler", "another program kept the database locked"),
        "damaged": translate("ErrorHandler", "the database file is damaged"),
        "read_only": translate("ErrorHandler", "the database is open read-only"),
    }
    reason = reasons.get(error.code, translate("ErrorHandler", "of an error"))
    return translate(
        "ErrorHandler",
        "The last change could not be saved because %1. It was undone; everything saved "
        "before is intact. Free some space or choose another place for the database, then "
        "try again.",
    ).replace("%1", reason)


class ErrorHandler:
    """Installed as ``sys.excepthook`` by the application; one dialog at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._parent = parent
        self._showing = False
        self._previous: ExceptHook = sys.excepthook

    def install(self) -> ErrorHandler:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, error_type: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(error_type, KeyboardInterrupt | SystemExit):
            self._previous(error_type, error, tb)
            return
        known = as_service_error(error)
        try:
            if isinstance(known, SaveFailed):
                log.warning("a change could not be saved: %s", known.code)
            elif known is None:
                log_exception(error_type, error, tb)
            else:
                log.warning("uncaught %s", type(known).__name__)
        except Exception:  # a failing log must not hide the error itself
            traceback.print_exception(error_type, error, tb)
        if QApplication.instance() is None or self._showing:
            traceback.print_exception(error_type, error, tb)
            return
        self._showing = True
        try:
            self.show(error_type, error, tb, known)
        except Exception:  # never recurse into ourselves
            traceback.print_exception(error_type, error, tb)
        finally:
            self._showing = False

    def show(self, error_type: type[BaseException], error: BaseException,
             tb: TracebackType | None, known: ServiceError | None) -> None:
        """Show the message (a seam for tests)."""
        parent = self._parent()
        if isinstance(known, SaveFailed):
            QMessageBox.warning(parent, APP_NAME, save_failed_text(known))
            return
        if known is not None:
            QMessageBox.warning(parent, APP_NAME, str(known))
            return
        from improve_desktop.ui.dialogs.error_dialog import ErrorDialog

        summary = f"{error_type.__name__}: {error}"
        details = "".join(traceback.format_exception(error_type, error, tb))
        where = log_file()
        ErrorDialog(summary, details, str(where) if where else None, parent).exec()
