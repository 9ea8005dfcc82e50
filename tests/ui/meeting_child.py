"""A child process for the kill test: the real window, a meeting run in meeting mode, entries
typed and entered, one more half typed; then "READY" and an event loop until it is killed.

    python -m tests.ui.meeting_child DATABASE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from improve_desktop.domain.steering import MeetingState
    from improve_desktop.services.workspace import Workspace
    from improve_desktop.settings import Settings
    from improve_desktop.ui.window_host import WindowHost
    from tests.ui.keyboard import type_text

    app = QApplication(sys.argv)
    host = WindowHost(Workspace(Path(sys.argv[1])), Settings())
    window = host.show("sv")
    meeting = next(m for m in window.workspace.meetings.list_meetings()
                   if m.state is MeetingState.PLANNED and m.cluster_code == "SK")
    window.steering.full_screen = False
    mode = window.steering.open_meeting_mode(meeting.id)
    assert mode is not None
    mode.activateWindow()
    QTest.qWaitForWindowActive(mode)
    edit = mode.text_edit
    type_text(edit, "Utvärderingen upphandlas gemensamt")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    QTest.keyClick(edit, Qt.Key.Key_PageDown)
    QTest.keyClick(edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, "Skicka underlaget till förbundsstyrelsen")
    QTest.keyClick(edit, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    type_text(mode.owner_edit, "Erik Burström")
    QTest.keyClick(mode.owner_edit, Qt.Key.Key_Return)
    QTest.keyClick(edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, "Rapporten godkänns")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Halvskrivet beslut om lokal")

    def ready() -> None:
        print("READY", flush=True)

    # The draft is saved a moment after the last keystroke; say READY after that.
    QTimer.singleShot(1000, ready)
    app.exec()


if __name__ == "__main__":
    main()
