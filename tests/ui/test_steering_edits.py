"""Steering edits outside meeting mode, driven from the keyboard: an action's owner and due
date from the decision log (F2), an agenda item's details and the withdrawal of a decision
request from the meetings page (F2, Delete)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from improve_desktop.domain.steering import MeetingState, SteeringActionStatus
from improve_desktop.ui.dialogs.steering_edit_dialogs import (
    EditActionDialog,
    EditAgendaItemDialog,
)
from improve_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text
from tests.ui.test_main_window import _select


def _when_modal(qtbot, drive: Callable[[QWidget], None]) -> list[BaseException]:  # type: ignore[no-untyped-def]
    """Run ``drive`` on the next modal dialog once it is open; failures are collected."""
    failures: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            drive(dialog)
        except BaseException as error:  # reported by the test afterwards
            failures.append(error)
            dialog.close()

    QTimer.singleShot(0, run)
    return failures


def _replace_text(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def _set_date(qtbot, edit, when: date) -> None:  # type: ignore[no-untyped-def]
    """Type a date into a QDateEdit that has just got the focus from the keyboard (its year
    is selected then, and each full section moves on to the next)."""
    assert edit.hasFocus()
    qtbot.keyClicks(edit, f"{when.year:04d}{when.month:02d}{when.day:02d}")


@pytest.fixture
def log_window(demo_window: MainWindow) -> MainWindow:
    demo_window.decision_log_action.trigger()
    view = demo_window.steering.log_view
    view.tabs.setCurrentIndex(1)
    return demo_window


def _choose_open_action(window: MainWindow):  # type: ignore[no-untyped-def]
    view = window.steering.log_view
    rows = view.action_model.rows()
    row = next(i for i, a in enumerate(rows)
               if a.status is SteeringActionStatus.OPEN and a.due_on is not None)
    view.actions_table.setFocus()
    view.actions_table.selectRow(row)
    return rows[row]


def test_f2_edits_an_actions_owner_and_due_date(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    QAbstractItemModelTester(view.action_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    action = _choose_open_action(log_window)
    new_due = action.due_on + timedelta(days=21)

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, EditActionDialog)
        assert dialog.owner_edit.hasFocus()
        _replace_text(qtbot, dialog.owner_edit, "Karin Öberg")
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert dialog.due_edit.hasFocus()
        _set_date(qtbot, dialog.due_edit, new_due)
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Return)

    failures = _when_modal(qtbot, drive)
    assert log_window.steering.log_view.edit_action_action.shortcut().toString() == "F2"
    qtbot.keyClick(view.actions_table, Qt.Key.Key_F2)
    assert not failures, failures
    stored = next(a for a in log_window.workspace.decisions.actions() if a.id == action.id)
    assert (stored.owner, stored.due_on) == ("Karin Öberg", new_due)
    shown = view.chosen_action()
    assert shown is not None and shown.id == action.id
    assert (shown.owner, shown.due_on) == ("Karin Öberg", new_due)
    edits = {e.field: (e.old_value, e.new_value)
             for e in log_window.workspace.decisions.history(action.id)}
    assert edits == {"owner": (action.owner, "Karin Öberg"),
                     "due_on": (action.due_on.isoformat(), new_due.isoformat())}
    assert "owner changed from" in view.action_details.text()
    # The history names fields in words, not by their column names.
    assert "due date changed from" in view.action_details.text()
    assert "due_on" not in view.action_details.text()


def test_the_due_date_can_be_taken_away(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    action = _choose_open_action(log_window)

    def drive(dialog: QWidget) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # No due date
        # A mnemonic clicks a check box the way a mouse would, after a short animation.
        qtbot.waitUntil(dialog.no_due.isChecked)
        assert not dialog.due_edit.isEnabled()
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Return)

    failures = _when_modal(qtbot, drive)
    qtbot.mouseClick(view.edit_action_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    stored = next(a for a in log_window.workspace.decisions.actions() if a.id == action.id)
    assert stored.due_on is None and stored.owner == action.owner


def test_a_validation_error_is_shown_under_its_field_and_nothing_is_stored(
    log_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    # Esc at the end throws the typed text away (asked first; answered here).
    discarded: list[bool] = []
    monkeypatch.setattr(EditActionDialog, "confirm_discard",
                        lambda _dialog: discarded.append(True) or True)
    view = log_window.steering.log_view
    action = _choose_open_action(log_window)
    seen: dict[str, object] = {}

    def drive(dialog: QWidget) -> None:
        _replace_text(qtbot, dialog.owner_edit, "Ö" * 201)
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        seen["owner"] = dialog.errors["owner"].text()
        seen["shown"] = not dialog.errors["owner"].isHidden()
        seen["focus"] = dialog.owner_edit.hasFocus()
        seen["text"] = dialog.errors["text"].isHidden()
        _replace_text(qtbot, dialog.owner_edit, "Ny ägare")
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Action
        _replace_text(qtbot, dialog.text_edit, "")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
        seen["empty_text"] = dialog.errors["text"].text()
        seen["owner_cleared"] = dialog.errors["owner"].isHidden()
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)

    failures = _when_modal(qtbot, drive)
    qtbot.keyClick(view.actions_table, Qt.Key.Key_F2)
    assert not failures, failures
    assert seen["open"] and seen["shown"] and seen["focus"] and seen["text"]
    assert seen["owner"] == "⚠ Use at most 200 characters."
    assert str(seen["empty_text"]).startswith("⚠ ") and seen["owner_cleared"]
    stored = next(a for a in log_window.workspace.decisions.actions() if a.id == action.id)
    assert (stored.text, stored.owner, stored.due_on) == (action.text, action.owner,
                                                         action.due_on)
    assert log_window.workspace.decisions.history(action.id) == []
    assert discarded == [True]


def test_the_context_menu_offers_the_edit(log_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = log_window.steering.log_view
    _choose_open_action(log_window)
    shown: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_menu)
            return
        shown.append([a.text() for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(0, read_menu)
    rect = view.actions_table.visualRect(view.actions_table.currentIndex())
    view.actions_table.customContextMenuRequested.emit(rect.center())
    assert shown and shown[0][0] == "Ed&it action…"


def _meetings_page(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    _select(window, qtbot, "Styrgruppskluster Skellefteå")
    window.show_cluster_meetings()
    page = window.steering.meetings_page
    assert page.chosen().state is MeetingState.PLANNED
    QAbstractItemModelTester(page.agenda_model,
                             QAbstractItemModelTester.FailureReportingMode.Fatal)
    return page


def test_withdrawn_request_leaves_the_open_requests_and_the_agenda(
    demo_window: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window = demo_window
    project = next(p for p in window.workspace.projects.list_projects() if p.code == "SKE-VV")
    request = window.workspace.meetings.raise_request(
        {"project_id": project.id, "question": "Ska vi byta lokal?"}).value
    page = _meetings_page(window, qtbot)
    meeting = page.chosen()
    row = next(i for i, item in enumerate(page.agenda_model.items())
               if item.decision_request_id == request.id)
    page.agenda_list.setFocus()
    page.agenda_list.setCurrentIndex(page.agenda_model.index(row, 0))
    assert page.withdraw_button.isEnabled()

    def keep(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and "Ska vi byta lokal?" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    failures = _when_modal(qtbot, keep)
    qtbot.keyClick(page.agenda_list, Qt.Key.Key_Delete)
    assert not failures, failures
    assert request.id in {r.id for r in window.workspace.meetings.open_requests()}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.agenda_list.setFocus()

    def withdraw(box: QWidget) -> None:
        qtbot.keyClick(box, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)

    failures = _when_modal(qtbot, withdraw)
    qtbot.keyClick(page.agenda_list, Qt.Key.Key_Delete)
    assert not failures, failures
    meetings = window.workspace.meetings
    assert request.id not in {r.id for r in meetings.open_requests()}
    assert request.id not in {i.decision_request_id for i in meetings.agenda(meeting.id)}
    assert request.id not in {i.decision_request_id for i in page.agenda_model.items()}
    assert "Ska vi byta lokal?" not in page.record_text.text()
    assert [(e.field, e.new_value) for e in window.workspace.decisions.history(request.id)] == [
        ("status", "withdrawn")]


def test_f2_edits_an_agenda_items_details(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    page = _meetings_page(window, qtbot)
    item = page.agenda_model.items()[0]
    page.agenda_list.setFocus()
    page.agenda_list.setCurrentIndex(page.agenda_model.index(0, 0))
    seen: dict[str, object] = {}

    def drive(dialog: QWidget) -> None:
        assert isinstance(dialog, EditAgendaItemDialog) and dialog.title_edit.hasFocus()
        _replace_text(qtbot, dialog.title_edit, "")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        seen["error"] = dialog.errors["title"].text()
        type_text(dialog.title_edit, "Läget i Vägen vidare")
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        assert dialog.details_edit.hasFocus()
        type_text(dialog.details_edit, "Underlag skickas en vecka före")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        seen["result"] = dialog.result()

    failures = _when_modal(qtbot, drive)
    qtbot.keyClick(page.agenda_list, Qt.Key.Key_F2)
    assert not failures, failures
    assert str(seen["error"]).startswith("⚠ ") and seen["result"] == QDialog.DialogCode.Accepted
    stored = next(i for i in window.workspace.meetings.agenda(item.meeting_id) if i.id == item.id)
    assert stored.title == "Läget i Vägen vidare"
    assert stored.details.endswith("Underlag skickas en vecka före")
    assert "Läget i Vägen vidare" in page.agenda_model.index(0, 0).data()


def test_cancel_asks_before_throwing_away_typed_text(  # type: ignore[no-untyped-def]
    demo_window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    page = _meetings_page(window, qtbot)
    item = page.agenda_model.items()[0]
    answers = [False, True]  # first "keep editing", then "throw away"
    asked: list[bool] = []

    def answer(_dialog: object) -> bool:
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(EditAgendaItemDialog, "confirm_discard", answer)
    dialog = EditAgendaItemDialog(item, lambda _values: None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    assert not dialog.isVisible() and asked == []
    dialog.show()
    type_text(dialog.notes_edit, "Viktig anteckning")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [True]  # kept: the text is still there
    assert dialog.notes_edit.toPlainText().endswith("Viktig anteckning")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == [True, True]


def test_new_steering_edit_widgets_are_named(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_accessibility import unnamed

    window = demo_window
    actions = window.workspace.decisions.actions()
    dialog = EditActionDialog(actions[0], lambda _values: None, date(2026, 11, 1), window)
    qtbot.addWidget(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    meeting = next(m for m in window.workspace.meetings.list_meetings()
                   if m.state is MeetingState.PLANNED)
    item = window.workspace.meetings.agenda(meeting.id)[0]
    agenda = EditAgendaItemDialog(item, lambda _values: None, window)
    qtbot.addWidget(agenda)
    assert unnamed(agenda.findChildren(QWidget)) == []
    page = _meetings_page(window, qtbot)
    assert unnamed(page.findChildren(QWidget)) == []


def _overview(window: MainWindow, qtbot, code_and_name: str):  # type: ignore[no-untyped-def]
    _select(window, qtbot, code_and_name)
    page = window.overview_page
    qtbot.waitUntil(lambda: page.follow_up_list is not None
                    and page.follow_up_list.list.count() > 0)
    return page.follow_up_list


def test_the_overview_edits_an_open_action_with_f2(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = demo_window
    rows = _overview(window, qtbot, "SKE-VV – Vägen vidare")
    action = next(rows.list.item(r).data(Qt.ItemDataRole.UserRole + 1)
                  for r in range(rows.list.count())
                  if rows.list.item(r).text().startswith("Action: "))
    rows.select(action.id)
    rows.list.setFocus()
    assert rows.edit_button.isEnabled() and not rows.withdraw_button.isEnabled()

    def drive(dialog: QWidget) -> None:
        _replace_text(qtbot, dialog.owner_edit, "Sara Lundberg")
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Return)

    failures = _when_modal(qtbot, drive)
    qtbot.keyClick(rows.list, Qt.Key.Key_F2)
    assert not failures, failures
    stored = next(a for a in window.workspace.decisions.actions() if a.id == action.id)
    assert stored.owner == "Sara Lundberg"
    # The overview reads its follow-up again just after the change is broadcast.
    qtbot.waitUntil(lambda: any("Sara Lundberg" in rows.list.item(r).text()
                                for r in range(rows.list.count())))


def test_the_overview_withdraws_an_open_request_with_delete(
    demo_window: MainWindow, qtbot  # type: ignore[no-untyped-def]
) -> None:
    window = demo_window
    project = next(p for p in window.workspace.projects.list_projects() if p.code == "SKE-VV")
    request = window.workspace.meetings.raise_request(
        {"project_id": project.id, "question": "Ska vi förlänga projektet?"}).value
    rows = _overview(window, qtbot, "SKE-VV – Vägen vidare")
    rows.select(request.id)
    rows.list.setFocus()
    assert rows.withdraw_button.isEnabled() and not rows.edit_button.isEnabled()

    def withdraw(box: QWidget) -> None:
        qtbot.keyClick(box, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)

    failures = _when_modal(qtbot, withdraw)
    qtbot.keyClick(rows.list, Qt.Key.Key_Delete)
    assert not failures, failures
    meetings = window.workspace.meetings
    assert request.id not in {r.id for r in meetings.open_requests(project_id=project.id)}
    upcoming = next(m for m in meetings.list_meetings()
                    if m.state is MeetingState.PLANNED and m.cluster_code == "SK")
    assert request.id not in {i.decision_request_id for i in meetings.agenda(upcoming.id)}
    qtbot.waitUntil(lambda: not any("Ska vi förlänga projektet?" in rows.list.item(r).text()
                                    for r in range(rows.list.count())))
    from tests.ui.test_accessibility import unnamed

    assert unnamed(window.overview_page.findChildren(QWidget)) == []
