"""Kill the application in the middle of a meeting (SIGKILL, as a dead battery would) and
reopen: every decision and action entered is there, and so is the half-typed entry."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from improve_desktop.domain.steering import MeetingState
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.signals import AppSignals

ROOT = Path(__file__).resolve().parents[2]


def test_killed_in_a_meeting_nothing_entered_is_lost(demo_path: Path, qtbot, english) -> None:  # type: ignore[no-untyped-def]
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
                   "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.meeting_child", str(demo_path)],
                             cwd=ROOT, env=environment, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 90
        line = ""
        while time.monotonic() < deadline and "READY" not in line:
            line = child.stdout.readline()  # type: ignore[union-attr]
            if not line and child.poll() is not None:
                break
        assert "READY" in line, child.stderr.read() if child.poll() is not None else "no READY"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    workspace = Workspace(demo_path)  # the dead holder's lock is recovered
    try:
        meeting = next(m for m in workspace.meetings.list_meetings()
                       if m.state is MeetingState.PLANNED and m.cluster_code == "SK")
        record = workspace.meetings.record(meeting.id)
        assert [d.title for d in record.decisions] == ["Utvärderingen upphandlas gemensamt",
                                                       "Rapporten godkänns"]
        assert [(a.text, a.owner) for a in record.actions] == [
            ("Skicka underlaget till förbundsstyrelsen", "Erik Burström")]
        assert json.loads(record.meeting.draft)["text"] == "Halvskrivet beslut om lokal"
        assert record.meeting.current_item_id == record.agenda[1].id
        from improve_desktop.ui.views.meeting_mode import MeetingModeWindow

        reopened = MeetingModeWindow(lambda: workspace, AppSignals(), meeting.id)
        qtbot.addWidget(reopened)
        assert reopened.entries_model.rowCount() == 3
        assert reopened.text_edit.text() == "Halvskrivet beslut om lokal"
        assert reopened.current_item().id == record.agenda[1].id
    finally:
        workspace.close()
