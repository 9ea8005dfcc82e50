"""Run work once a window has been drawn for the first time.

Start-up duties that are not needed for the first picture (the steering follow-up on the
overview, the daily backup, warnings) wait until the user can see the window. A zero timer
started from the first paint event fires once that paint has been completed and flushed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

# A window that is never painted (never shown, or a platform that sends no paint event) still
# gets its queued work done, a moment later.
FALLBACK_MS = 1500


class FirstPaint(QObject):
    """Watches a window; after its first paint emits ``painted``, then runs queued callbacks.

    Callbacks queued after that run on the next turn of the event loop.
    """

    painted = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending: list[Callable[[], None]] = []
        self.done = False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._finish)

    def call_after(self, callback: Callable[[], None]) -> None:
        if self.done:
            QTimer.singleShot(0, self, callback)
        else:
            self._pending.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._finish)
        return False

    def _finish(self) -> None:
        if self.done:
            return
        self.done = True
        self._window.removeEventFilter(self)
        self.painted.emit()
        pending, self._pending = self._pending, []
        for callback in pending:
            # Each on its own: one that fails (an unreadable steering row) must not keep the
            # others (the daily backup) from running. The failure goes where any uncaught
            # exception goes (ui/error_handler.py: logged without user content, shown).
            try:
                callback()
            except Exception:
                sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
