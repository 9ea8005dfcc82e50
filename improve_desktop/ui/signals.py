"""The one signals object that carries every Change to the screens."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from improve_desktop.services.change import Change


class AppSignals(QObject):
    """Broadcasts what changed; each model reloads what it shows."""

    changed = Signal(object)  # Change

    def emit_change(self, change: Change) -> None:
        self.changed.emit(change)
