"""Meeting mode driven by the keyboard only: decisions and actions recorded as they are said,
next/previous item, the draft saved while typing, the meeting ended and its minutes written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from improve_desktop.domain.steering import AgendaOutcome, MeetingState
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.views.meeting_mode import MeetingModeWindow
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _planned_meeting(workspace: Workspace, cluster_code: str = "SK") -> str:
    return next(m.id for m in workspace.meetings.list_meetings()
                if m.state is MeetingState.PLANNED and m.cluster_code == cluster_code)


@pytest.fixture
def meeting_window(qtbot, english, demo_path: Path):  # type: ignore[no-untyped-def]
    workspace = Workspace(demo_path)
    meeting_id = _planned_meeting(workspace)
    window = MeetingModeWindow(lambda: workspace, AppSignals(), meeting_id)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, workspace, meeting_id
    workspace.close()


def test_a_meeting_run_by_keyboard_only(meeting_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, workspace, meeting_id = meeting_window
    changes = []
    window.signals.changed.connect(changes.append)
    agenda = workspace.meetings.agenda(meeting_id)
    assert window.current_item() is not None and window.current_item().id == agenda[0].id
    assert window.text_edit.hasFocus()

    type_text(window.text_edit, "Utvärderingen upphandlas gemensamt för båda projekten")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.text_edit, Qt.Key.Key_PageDown)
    assert window.current_item().id == agenda[1].id
    qtbot.keyClick(window.text_edit, Qt.Key.Key_T, CTRL)
    assert window.mode == "action"
    type_text(window.text_edit, "Skicka underlaget till förbundsstyrelsen")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_O, CTRL)
    assert window.owner_edit.hasFocus()
    type_text(window.owner_edit, "Erik Burström")
    qtbot.keyClick(window.owner_edit, Qt.Key.Key_U, CTRL)
    type_text(window.due_edit, "+14")
    qtbot.keyClick(window.due_edit, Qt.Key.Key_Return)
    assert window.text_edit.hasFocus() and window.text_edit.text() == ""
    qtbot.keyClick(window.text_edit, Qt.Key.Key_D, CTRL)
    assert window.mode == "decision"
    qtbot.keyClick(window.text_edit, Qt.Key.Key_PageUp)
    assert window.current_item().id == agenda[0].id
    qtbot.keyClick(window.text_edit, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.text_edit, Qt.Key.Key_PageDown)
    type_text(window.text_edit, "Rapporten godkänns")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    assert window.entries_model.rowCount() == 3

    # Everything entered is in the store already, before the meeting ends.
    record = workspace.meetings.record(meeting_id)
    assert [d.title for d in record.decisions] == [
        "Utvärderingen upphandlas gemensamt för båda projekten", "Rapporten godkänns"]
    (action,) = record.actions
    assert (action.text, action.owner) == ("Skicka underlaget till förbundsstyrelsen",
                                           "Erik Burström")
    assert action.agenda_item_id == agenda[1].id and action.due_on is not None
    assert record.decisions[1].agenda_item_id == agenda[2].id
    assert changes

    monkeypatch.setattr(window, "_ask", lambda *_: True)
    told = []
    monkeypatch.setattr(window, "_inform", lambda _title, text: told.append(text))
    qtbot.keyClick(window.text_edit, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    held = workspace.meetings.record(meeting_id)
    assert held.meeting.state is MeetingState.HELD
    outcomes = [item.outcome for item in held.agenda]
    assert outcomes[:2] == [AgendaOutcome.DONE, AgendaOutcome.DONE]
    assert AgendaOutcome.CARRIED_OVER in outcomes
    assert told and "Decisions: 2; actions: 1" in told[0]
    assert not window.isVisible()


def test_half_typed_entry_is_kept_as_a_draft(meeting_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, workspace, meeting_id = meeting_window
    qtbot.keyClick(window.text_edit, Qt.Key.Key_T, CTRL)
    type_text(window.text_edit, "Boka möte med å")
    qtbot.waitUntil(lambda: workspace.meetings.get(meeting_id).draft != "", timeout=3000)
    draft = json.loads(workspace.meetings.get(meeting_id).draft)
    assert draft == {"mode": "action", "text": "Boka möte med å", "owner": "", "due": ""}
    reopened = MeetingModeWindow(lambda: workspace, AppSignals(), meeting_id)
    qtbot.addWidget(reopened)
    assert reopened.text_edit.text() == "Boka möte med å" and reopened.mode == "action"


def test_a_due_date_not_understood_is_said_in_words(meeting_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, workspace, meeting_id = meeting_window
    type_text(window.text_edit, "Något")
    window.due_edit.setText("i morgon")
    qtbot.keyClick(window.due_edit, Qt.Key.Key_Return)
    assert "not understood" in window.status.text()
    assert workspace.meetings.record(meeting_id).decisions == ()


def test_notes_for_the_minutes_go_on_the_current_item(meeting_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, workspace, meeting_id = meeting_window
    item = window.current_item()
    qtbot.keyClick(window.text_edit, Qt.Key.Key_M, CTRL)
    assert window.mode == "note"
    type_text(window.text_edit, "Utvärderaren presenterar i januari")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    type_text(window.text_edit, "Kostnaden delas lika")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    stored = next(i for i in workspace.meetings.agenda(meeting_id) if i.id == item.id)
    assert stored.notes == "Utvärderaren presenterar i januari\nKostnaden delas lika"
    assert "Kostnaden delas lika" in window.item_body.text()
    assert window.entries_model.rowCount() == 0  # notes are not decisions or actions


def test_other_business_is_added_to_the_agenda(meeting_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, workspace, meeting_id = meeting_window
    before = workspace.meetings.agenda(meeting_id)
    current = window.current_item()
    qtbot.keyClick(window.text_edit, Qt.Key.Key_N, CTRL)
    type_text(window.text_edit, "Övrigt: lokalfrågan")
    qtbot.keyClick(window.text_edit, Qt.Key.Key_Return)
    after = workspace.meetings.agenda(meeting_id)
    assert len(after) == len(before) + 1 and after[-1].title == "Övrigt: lokalfrågan"
    assert window.agenda_model.rowCount() == len(after)
    assert window.current_item().id == current.id and window.mode == "decision"
