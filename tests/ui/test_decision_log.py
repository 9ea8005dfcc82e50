"""The decision log (filters, supersede, status, actions followed to done), a cluster's
meetings page with the way into meeting mode, and the project overview's follow-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from improve_desktop.domain.steering import DecisionStatus, MeetingState, SteeringActionStatus
from improve_desktop.ui.dialogs.steering_dialogs import SupersedeDialog
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.qt_models.steering_models import COL_ATTENTION, COL_REFERENCE
from tests.conftest import DEMO_TODAY
from tests.ui.keyboard import type_text
from tests.ui.test_main_window import _select


@pytest.fixture
def log_window(demo_window: MainWindow, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    assert demo_window.decision_log_action.shortcut().toString() == "Ctrl+Shift+D"
    demo_window.decision_log_action.trigger()
    assert demo_window.pages.currentWidget() is demo_window.steering.log_view
    return demo_window


def _references(window: MainWindow) -> set[str]:
    model = window.steering.log_view.model
    return {model.index(row, COL_REFERENCE).data() for row in range(model.rowCount())}


def test_filters_of_the_decision_log(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    QAbstractItemModelTester(view.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    everything = _references(log_window)
    assert len(everything) == 20 and view.text_filter.hasFocus()
    type_text(view.text_filter, "remissflödet")
    assert _references(log_window) == {"SK-2026-006", "UL-2026-006"}
    view.text_filter.clear()
    view.cluster_filter.setCurrentIndex(view.cluster_filter.findText("SK", Qt.MatchFlag.MatchStartsWith))
    assert _references(log_window) == {r for r in everything if r.startswith("SK-")}
    view.status_filter.setCurrentIndex(view.status_filter.findData(DecisionStatus.PROPOSED))
    assert _references(log_window) == {"SK-2026-009"}
    view.status_filter.setCurrentIndex(0)
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Budget"))
    assert _references(log_window) == {"SK-2026-002", "SK-2026-007"}
    view.kind_filter.setCurrentIndex(0)
    type_text(view.owner_filter, "burstr")
    assert _references(log_window) and all(
        d.owner == "Erik Burström" for d in view.model.rows())
    view.owner_filter.clear()
    view.cluster_filter.setCurrentIndex(0)
    latest = max(d.decided_on for d in view.model.rows())
    type_text(view.from_filter, latest.isoformat())
    assert {d.decided_on for d in view.model.rows()} == {latest}
    view.from_filter.clear()
    type_text(view.to_filter, (latest - timedelta(days=1)).isoformat())
    assert all(d.decided_on < latest for d in view.model.rows())
    view.to_filter.clear()
    view.attention_filter.setChecked(True)
    flagged = view.model.rows()
    assert flagged and all(d.overdue or d.review_due for d in flagged)
    # Overdue stands out in words and a symbol, not only in colour.
    assert all(view.model.index(row, COL_ATTENTION).data().startswith("⚠ Overdue")
               for row in range(view.model.rowCount()))
    assert view.summary.text() == f"{len(flagged)} of 20 decisions"


def test_supersede_a_decision(log_window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    type_text(view.text_filter, "SK-2026-007")
    view.table.selectRow(0)
    old = view.chosen()
    assert old is not None and old.reference == "SK-2026-007"
    monkeypatch.setattr(SupersedeDialog, "get_replacement", classmethod(
        lambda cls, parent, decision: ({"title": "120 000 kr flyttas till arbetsträning",
                                        "text": "", "rationale": "Lägre hyra"}, True)))
    qtbot.mouseClick(view.supersede_button, Qt.MouseButton.LeftButton)
    decisions = log_window.workspace.decisions
    assert decisions.get(old.id).status is DecisionStatus.SUPERSEDED
    new = next(d for d in decisions.log() if d.title == "120 000 kr flyttas till arbetsträning")
    assert decisions.get(old.id).superseded_by_reference == new.reference
    assert new.project_id == old.project_id
    view.text_filter.clear()
    view.select(old.id)
    assert "Superseded by " + new.reference in view.details.text()
    assert not view.supersede_button.isEnabled()


def test_decision_status_is_set_from_the_log(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    type_text(view.text_filter, "SK-2026-009")
    view.table.selectRow(0)
    view.status_choice.setCurrentIndex(view.status_choice.findData(DecisionStatus.DECIDED))
    qtbot.mouseClick(view.set_status_button, Qt.MouseButton.LeftButton)
    decision = view.chosen()
    assert decision is not None and decision.status is DecisionStatus.DECIDED
    assert "status changed from “proposed” to “decided”" in view.details.text()


def test_follow_an_action_to_done(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    view.tabs.setCurrentIndex(1)
    QAbstractItemModelTester(view.action_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    rows = view.action_model.rows()
    row = next(i for i, a in enumerate(rows)
               if a.status is SteeringActionStatus.OPEN and a.overdue)
    action = rows[row]
    view.actions_table.selectRow(row)
    qtbot.mouseClick(view.action_buttons[SteeringActionStatus.IN_PROGRESS],
                     Qt.MouseButton.LeftButton)
    assert view.chosen_action().status is SteeringActionStatus.IN_PROGRESS
    qtbot.mouseClick(view.action_buttons[SteeringActionStatus.DONE], Qt.MouseButton.LeftButton)
    assert action.id not in {a.id for a in view.action_model.rows()}
    done = next(a for a in log_window.workspace.decisions.actions() if a.id == action.id)
    assert done.status is SteeringActionStatus.DONE and not done.overdue
    view.open_actions_only.setChecked(False)
    assert action.id in {a.id for a in view.action_model.rows()}


def test_cluster_meetings_page_opens_meeting_mode(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    _select(window, qtbot, "Styrgruppskluster Skellefteå")
    window.steering.full_screen = False
    qtbot.mouseClick(window.group_page.meetings_button, Qt.MouseButton.LeftButton)
    page = window.steering.meetings_page
    assert window.pages.currentWidget() is page
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert page.chosen().state is MeetingState.PLANNED
    assert "Agenda" in page.record_text.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    # A button's shortcut clicks it the way a mouse would, after a short animation.
    qtbot.waitUntil(lambda: window.steering.meeting_mode is not None)
    mode = window.steering.meeting_mode
    assert mode is not None and mode.isVisible()
    # Its keys (Esc included) belong to it once it is the active window.
    mode.activateWindow()
    qtbot.waitUntil(mode.isActiveWindow)
    type_text(mode.text_edit, "Beslut från mötesläget")
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_Return)
    qtbot.keyClick(mode.text_edit, Qt.Key.Key_Escape)
    assert window.steering.meeting_mode is None
    assert "Beslut från mötesläget" in page.record_text.text()


def test_project_overview_shows_open_decisions_and_actions(
    make_window: Callable[..., MainWindow], demo_path, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window = make_window(demo_path)
    _select(window, qtbot, "SKE-VV – Vägen vidare")
    qtbot.waitUntil(lambda: "SK-2026-004" in window.overview_page.follow_up.text())
    text = window.overview_page.follow_up.text()
    assert "SK-2026-004" in text and "⚠ Overdue" in text
    rows = window.overview_page.follow_up_list
    assert rows is not None
    lines = [rows.list.item(row).text() for row in range(rows.list.count())]
    assert any(line.startswith("Action: Kontakta Arbetsförmedlingen") for line in lines)
    assert DEMO_TODAY


def test_steering_screens_name_every_widget(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from improve_desktop.ui.dialogs.steering_dialogs import PlanMeetingDialog
    from tests.ui.test_accessibility import unnamed

    window = demo_window
    window.steering.show_decision_log()
    assert unnamed(window.steering.log_view.findChildren(QWidget)) == []
    cluster = window.workspace.organisations.list_clusters()[0]
    window.steering.show_meetings(cluster.id)
    assert unnamed(window.steering.meetings_page.findChildren(QWidget)) == []
    window.steering.full_screen = False
    mode = window.steering.open_meeting_mode(window.steering.meetings_page.chosen().id)
    assert mode is not None
    assert unnamed(mode.findChildren(QWidget)) == []
    mode.close()
    plan = PlanMeetingDialog(date(2027, 1, 12), window)
    qtbot.addWidget(plan)
    assert unnamed(plan.findChildren(QWidget)) == []
    from improve_desktop.ui.dialogs.steering_dialogs import DecisionRequestDialog

    request = DecisionRequestDialog(window)
    qtbot.addWidget(request)
    assert unnamed(request.findChildren(QWidget)) == []
    from improve_desktop.ui.dialogs.steering_dialogs import AttendanceDialog, EditDecisionDialog

    attendance = AttendanceDialog(list(window.workspace.meetings.record(
        window.steering.meetings_page.chosen().id).attendees), window)
    qtbot.addWidget(attendance)
    assert unnamed(attendance.findChildren(QWidget)) == []

    edit = EditDecisionDialog(window.workspace.decisions.log()[0], window)
    qtbot.addWidget(edit)
    assert unnamed(edit.findChildren(QWidget)) == []
    supersede = SupersedeDialog(window.workspace.decisions.log()[0], window)
    qtbot.addWidget(supersede)
    assert unnamed(supersede.findChildren(QWidget)) == []


def test_a_decision_becomes_a_backlog_item(log_window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    type_text(view.text_filter, "SK-2026-004")
    view.table.selectRow(0)
    decision = view.chosen()
    assert decision is not None and view.backlog_button.isEnabled()
    monkeypatch.setattr(log_window.steering, "_ask_text", lambda *_: "Ring tio arbetsgivare")
    qtbot.mouseClick(view.backlog_button, Qt.MouseButton.LeftButton)
    items = log_window.workspace.backlog.list_items(decision.project_id)
    created = next(i for i in items if i.title == "Ring tio arbetsgivare")
    assert min(items, key=lambda i: i.rank).id == created.id
    assert created.id in log_window.workspace.decisions.get(decision.id).backlog_item_ids
    assert "Ring tio arbetsgivare" in view.details.text()
    view.text_filter.setText("SK-2026-006")  # a whole-cluster decision: no backlog
    view.table.selectRow(0)
    assert not view.backlog_button.isEnabled()


def test_plan_a_meeting_and_approve_minutes(demo_window: MainWindow, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from improve_desktop.ui.dialogs.steering_dialogs import PlanMeetingDialog

    window = demo_window
    _select(window, qtbot, "Styrgruppskluster Umeå–Lycksele")
    window.show_cluster_meetings()
    page = window.steering.meetings_page
    before = page.model.rowCount()
    monkeypatch.setattr(PlanMeetingDialog, "get_meeting", classmethod(
        lambda cls, parent, default: ({"meeting_date": date(2027, 2, 3), "start_time": "10:00",
                                       "place": "Rådhuset", "guests": ("Lisa Ek",)}, True)))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == before + 1
    planned = next(m for m in page.model.rows() if m.meeting_date == date(2027, 2, 3))
    record = window.workspace.meetings.record(planned.id)
    assert "Lisa Ek" in {a.name for a in record.attendees} and record.agenda
    held_row = next(row for row, m in enumerate(page.model.rows())
                    if m.state is MeetingState.HELD)
    page.table.selectRow(held_row)
    assert page.approve_button.isEnabled() and not page.mode_button.isEnabled()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    approved = page.chosen()
    assert approved is not None and approved.state is MeetingState.APPROVED
    assert window.workspace.decisions.history(approved.id)[0].new_value == "approved"


def test_project_manager_raises_a_decision_request(
    demo_window: MainWindow, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from improve_desktop.ui.dialogs.steering_dialogs import DecisionRequestDialog

    window = demo_window
    _select(window, qtbot, "UME-IPS – IPS Umeå")
    monkeypatch.setattr(DecisionRequestDialog, "get_request", classmethod(lambda cls, parent: (
        {"question": "Får vi anställa en IPS-coach till?", "options": "A: ja\nB: nej",
         "recommendation": "A", "raised_by": "Jonas Berglund", "needed_by": None}, True)))
    qtbot.mouseClick(window.overview_page.request_button, Qt.MouseButton.LeftButton)
    meetings = window.workspace.meetings
    upcoming = next(m for m in meetings.list_meetings()
                    if m.state is MeetingState.PLANNED and m.cluster_code == "UL")
    assert "Får vi anställa en IPS-coach till?" in {i.title for i in meetings.agenda(upcoming.id)}


def test_edit_a_decision_after_the_meeting_keeps_the_history(
    log_window: MainWindow, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from improve_desktop.ui.dialogs.steering_dialogs import EditDecisionDialog

    view = log_window.steering.log_view
    type_text(view.text_filter, "SK-2026-008")
    view.table.selectRow(0)
    decision = view.chosen()
    dialog = EditDecisionDialog(decision, log_window)
    qtbot.addWidget(dialog)
    dialog.owner_edit.setText("Karin Öberg")
    dialog.due_edit.clear()
    changes = dialog.values()
    assert changes["owner"] == "Karin Öberg" and changes["clear_due_on"] is True
    monkeypatch.setattr(EditDecisionDialog, "get_changes",
                        classmethod(lambda cls, parent, d: (changes, True)))
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    edited = log_window.workspace.decisions.get(decision.id)
    assert edited.owner == "Karin Öberg" and edited.due_on is None
    fields = {e.field: (e.old_value, e.new_value)
              for e in log_window.workspace.decisions.history(decision.id)}
    assert fields["owner"] == (decision.owner, "Karin Öberg")
    assert fields["due_on"] == (decision.due_on.isoformat(), "")
    assert "owner changed from" in view.details.text()


def test_attendance_after_the_meeting_is_kept_in_the_history(
    demo_window: MainWindow, qtbot, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from improve_desktop.ui.dialogs.steering_dialogs import AttendanceDialog

    window = demo_window
    _select(window, qtbot, "Styrgruppskluster Skellefteå")
    window.show_cluster_meetings()
    page = window.steering.meetings_page
    held_row = next(row for row, m in enumerate(page.model.rows())
                    if m.state is MeetingState.HELD)
    page.table.selectRow(held_row)
    meeting = page.chosen()
    record = window.workspace.meetings.record(meeting.id)
    present = next(a for a in record.attendees if a.present)
    dialog = AttendanceDialog(list(record.attendees), window)
    qtbot.addWidget(dialog)
    dialog.boxes[present.id].setChecked(False)
    dialog.guests_edit.setText("Lisa Ek, Omar Ali")
    values = dialog.values()
    assert values == ({present.id: False}, ["Lisa Ek", "Omar Ali"])
    monkeypatch.setattr(AttendanceDialog, "get_attendance",
                        classmethod(lambda cls, parent, attendees: (values, True)))
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    after = window.workspace.meetings.record(meeting.id)
    assert not next(a for a in after.attendees if a.id == present.id).present
    assert {"Lisa Ek", "Omar Ali"} <= {a.name for a in after.attendees if a.is_guest}
    assert [(e.field, e.old_value, e.new_value)
            for e in window.workspace.decisions.history(present.id)] == [
        ("present", "True", "False")]
    assert "Absent: " in page.record_text.text() and present.name in page.record_text.text()


def test_a_changed_decision_is_refreshed_in_place_and_sorted_again(
    log_window: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from improve_desktop.ui.qt_models.steering_models import COL_OWNER

    view = log_window.steering.log_view
    view.table.sortByColumn(COL_OWNER, Qt.SortOrder.AscendingOrder)
    view.apply_filters()
    last = view.model.rows()[-1]
    outcome = log_window.workspace.decisions.update(last.id, {"owner": "AAA Först"})
    log_window.signals.emit_change(outcome.change)
    assert view.model.rows()[0].id == last.id and view.model.rows()[0].owner == "AAA Först"
    assert view.summary.text() == "20 of 20 decisions"


def test_the_filters_apply_to_actions_too(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    view.tabs.setCurrentIndex(1)
    everything = view.action_model.rowCount()
    view.cluster_filter.setCurrentIndex(
        view.cluster_filter.findText("UL", Qt.MatchFlag.MatchStartsWith))
    assert 0 < view.action_model.rowCount() < everything
    assert {a.cluster_code for a in view.action_model.rows()} == {"UL"}
    type_text(view.text_filter, "remissflödet")
    assert [a.text for a in view.action_model.rows()] == ["Ta fram underlag om remissflödet"]
    view.text_filter.clear()
    view.attention_filter.setChecked(True)
    assert view.action_model.rows() and all(a.overdue for a in view.action_model.rows())
