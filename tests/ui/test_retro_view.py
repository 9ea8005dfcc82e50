"""The Retrospective tab, driven as a facilitator would: by keyboard first, some by mouse.

One project runs four retrospectives in a row, one in each format; each agrees on an action
that goes into the next iteration's backlog and comes back at the top of the next
retrospective's review ("did we do what we said?").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget

from improve_desktop.domain.retrospectives import (
    FORMAT_COLUMNS,
    ActionReview,
    ActionStatus,
    RetroFormat,
)
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.dialogs.lessons_dialog import LessonsDialog
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.views.retro_view import RetrospectiveView
from tests.ui.keyboard import type_text
from tests.ui.test_accessibility import unnamed

FORMATS = [RetroFormat.START_STOP_CONTINUE, RetroFormat.WELL_IMPROVE_IDEAS,
           RetroFormat.FOUR_L, RetroFormat.SAILBOAT]


@pytest.fixture
def fresh_path(tmp_path: Path) -> Path:
    """A project with five iterations and no retrospectives yet."""
    path = tmp_path / "retro.sqlite3"
    workspace = Workspace(path)
    try:
        owner = workspace.organisations.create_organisation(
            {"name": "Samordningsförbundet Lycksele", "locality": "Lycksele"}).value
        project = workspace.projects.create_project({
            "code": "LYC-RT", "name": "Retrospektiver i praktiken",
            "owner_organisation_id": owner.id, "start_date": date(2026, 1, 5),
            "end_date": date(2027, 12, 31), "budget_sek": 1_000_000, "purpose": "Lära av varandra.",
        }).value
        for _ in range(5):
            workspace.iterations.create_iteration({"project_id": project.id})
    finally:
        workspace.close()
    return path


def _open_retro_tab(window: MainWindow) -> RetrospectiveView:
    window.show_retro_action.trigger()
    view = window.retro_view
    assert window.current_view() is view
    QApplication.processEvents()
    return view


def card_text(index: Any) -> str:
    """A card's text as read (its no-break spaces as spaces)."""
    return str(index.data()).replace("\u00a0", " ")


def _press(qtbot: Any, widget: QWidget, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


def test_four_retrospectives_one_in_each_format_by_keyboard(
        make_window: Callable[..., MainWindow], fresh_path: Path, qtbot: Any) -> None:
    window = make_window(fresh_path)
    view = _open_retro_tab(window)
    iterations = window.workspace.iterations.list_iterations(window.current_project_id)
    assert view.current_iteration() is not None and view.current_iteration().number == 1
    assert view.pages.currentIndex() == 0 and "No retrospective yet" in view.empty.text()
    carried_title = ""
    for number, retro_format in enumerate(FORMATS):
        iteration = iterations[number]
        view.iteration.setCurrentIndex(view.iteration.findData(iteration.id))
        # Choose the format with the keyboard (Down in the combo box), then start.
        view.format.setFocus()
        view.format.setCurrentIndex(0)
        for _ in range(FORMATS.index(retro_format)):
            qtbot.keyClick(view.format, Qt.Key.Key_Down)
        assert view.format.currentData() == retro_format.value
        view.facilitator.selectAll()
        qtbot.keyClicks(view.facilitator, "SL")
        qtbot.keyClick(view.start_button, Qt.Key.Key_Space)
        assert view.pages.currentIndex() == 1
        retro = view.board_data.retrospective
        assert retro.format is retro_format and retro.facilitator == "SL"
        # The columns are the format's.
        assert [c.column_key for c in view.board.columns] == list(FORMAT_COLUMNS[retro_format])
        assert not view.start_button.isVisible()

        # Review first: last time's action is at the top, and the focus is on it.
        review = view.review
        if number == 0:
            assert review.model.rowCount() == 0
            assert "no actions" in review.summary.text()
        else:
            assert review.model.row_at(0).text == carried_title
            assert QApplication.focusWidget() is review.table
            assert "0 of 1" in review.summary.text()
            qtbot.keyClick(review.table, Qt.Key.Key_D)
            assert review.model.row_at(0).status is ActionStatus.DONE
            assert "✓ Done" in review.model.index(0, 3).data()
            assert "All 1 action" in review.summary.text()

        # Notes, fast: type, Enter, the focus stays; Down moves to the next column.
        entry = view.board.note_text
        entry.setFocus()
        view.board.initials.clear()
        qtbot.keyClicks(view.board.initials, "JN")
        for column_number, column in enumerate(view.board.columns):
            for text in (f"Första lappen i {column.column_key}",
                         f"Andra lappen i {column.column_key}"):
                type_text(entry, text)
                qtbot.keyClick(entry, Qt.Key.Key_Return)
                assert entry.text() == "" and QApplication.focusWidget() is entry
            assert column.model.rowCount() == 2, column.column_key
            if column_number < len(view.board.columns) - 1:
                qtbot.keyClick(entry, Qt.Key.Key_Down)
        assert "2 notes" in view.board.columns[-1].counts.text()

        # Dot votes: SL has three; the remaining votes are said in words.
        view.voter.clear()
        qtbot.keyClicks(view.voter, "SL")
        assert view.votes_left.text() == "SL has three of three votes left."
        first = view.board.columns[0]
        first.list.setFocus()
        first.list.setCurrentIndex(first.model.index(1))
        voted_text = first.model.note_at(1).text
        _press(qtbot, first.list, Qt.Key.Key_Plus, Qt.Key.Key_Plus)
        assert first.model.note_at(0).text == voted_text  # sorted by votes
        assert first.model.note_at(0).votes == 2
        assert "2 votes" in card_text(first.model.index(0))
        assert view.votes_left.text() == "SL has one of three votes left."
        qtbot.keyClick(first.list, Qt.Key.Key_Right)
        second = view.board.columns[1]
        assert QApplication.focusWidget() is second.list
        qtbot.keyClick(second.list, Qt.Key.Key_Plus)
        qtbot.keyClick(second.list, Qt.Key.Key_Plus)
        assert "votes are used" in view.message.text()
        assert view.votes_left.text() == "SL has used all three votes."
        qtbot.keyClick(second.list, Qt.Key.Key_Minus)
        assert view.votes_left.text() == "SL has one of three votes left."

        # The most voted note becomes an action with an owner; then goes to the backlog.
        view.board.select_note(first.model.note_at(0).id)
        qtbot.keyClicks(view.board.owner, "EB")
        qtbot.keyClick(view.board.action_button, Qt.Key.Key_Space)
        assert view.actions_model.rowCount() == 1
        action = view.actions_model.row_at(0)
        assert action.text == voted_text and action.owner == "EB" and action.due_on is not None
        view.actions.setFocus()
        view.actions.selectRow(0)
        qtbot.mouseClick(view.to_backlog, Qt.MouseButton.LeftButton)
        action = view.actions_model.row_at(0)
        assert action.backlog_item_id is not None
        assert "In the backlog" in view.actions_model.index(0, 4).data()
        carried_title = action.text
        # The item is in the next iteration's backlog.
        items = window.workspace.backlog.list_items(window.current_project_id)
        item = next(i for i in items if i.id == action.backlog_item_id)
        assert item.iteration_id == iterations[number + 1].id
        assert f"iteration {iteration.number}" in item.description

        # Flag a note as a lesson, with tags.
        view.board.select_note(second.model.note_at(0).id)
        qtbot.keyClicks(view.board.tags, "samverkan, unga")
        qtbot.keyClick(view.board.tags, Qt.Key.Key_Return)
        flagged = next(n for n in view.board_data.notes if n.is_lesson)
        assert flagged.tags == ("samverkan", "unga")
        assert "★ Lesson" in card_text(second.model.index(second.model.row_of(flagged.id)))
        assert "lessons library" in view.message.text()

    # The backlog view shows the last action in iteration 5.
    window.show_backlog_action.trigger()
    shown = [i for i in window.backlog_view.model.all_items() if i.title == carried_title]
    assert shown and shown[0].iteration_id == iterations[4].id
    # Four lessons, one per retrospective, are in the library, from Lycksele.
    hits = window.workspace.lessons.search({"text": "lappen", "locality": "Lycksele"})
    assert len(hits) == 4


def test_group_drop_with_a_reason_and_move_notes(
        make_window: Callable[..., MainWindow], fresh_path: Path, qtbot: Any) -> None:
    window = make_window(fresh_path)
    view = _open_retro_tab(window)
    retros = window.workspace.retrospectives
    iterations = window.workspace.iterations.list_iterations(window.current_project_id)
    first = retros.start({"iteration_id": iterations[0].id, "format": RetroFormat.FOUR_L}).value
    for text in ("Tolk saknades", "Ingen tolk på mötet"):
        retros.add_note(first.id, {"column_key": "lacked", "text": text})
    note = retros.add_note(first.id, {"column_key": "liked", "text": "Fikat"}).value
    action = retros.action_from_note(note.id, "SL").value
    second = retros.start({"iteration_id": iterations[1].id, "format": RetroFormat.SAILBOAT}).value
    retros.add_note(second.id, {"column_key": "wind", "text": "Ny handledare"})
    view.iteration.setCurrentIndex(view.iteration.findData(iterations[1].id))
    # Drop needs a reason.
    review = view.review
    assert review.model.row_at(0).id == action.id
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_X)
    assert review.model.row_at(0).status is ActionStatus.OPEN
    assert QApplication.focusWidget() is review.reason and "Say why" in review.message.text()
    type_text(review.reason, "Löstes på annat sätt")
    qtbot.mouseClick(review.buttons[ActionReview.DROPPED], Qt.MouseButton.LeftButton)
    assert review.model.row_at(0).status is ActionStatus.DROPPED
    assert review.model.index(0, 3).data() == "✗ Dropped: Löstes på annat sätt"
    # Ctrl+Right moves a note to the next column.
    wind = view.board.columns[0]
    wind.list.setFocus()
    wind.list.setCurrentIndex(wind.model.index(0))
    qtbot.keyClick(wind.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert wind.model.rowCount() == 0 and view.board.columns[1].model.rowCount() == 1
    # Group two notes of the first retrospective (Ctrl+click chooses both).
    view.iteration.setCurrentIndex(view.iteration.findData(iterations[0].id))
    lacked = view.board.columns[view.board.column_index("lacked")]
    QAbstractItemModelTester(lacked.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    QAbstractItemModelTester(view.actions_model, fatal)
    lacked.list.setFocus()
    selection = lacked.list.selectionModel()
    selection.setCurrentIndex(lacked.model.index(0),
                              QItemSelectionModel.SelectionFlag.ClearAndSelect)
    rect = lacked.list.visualRect(lacked.model.index(1))
    qtbot.mouseClick(lacked.list.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())
    assert len(view.board.current_notes()) == 2
    qtbot.keyClicks(view.board.group_name, "Tolkar")
    qtbot.keyClick(view.board.group_name, Qt.Key.Key_Return)
    assert {n.group_name for n in lacked.model.notes()} == {"Tolkar"}
    assert all("Group: Tolkar" in card_text(lacked.model.index(r)) for r in range(2))
    qtbot.mouseClick(view.by_group, Qt.MouseButton.LeftButton)
    assert view.by_group.isChecked() and lacked.model.rowCount() == 2
    # Voting without initials says what to do.
    view.voter.clear()
    lacked.list.setFocus()
    qtbot.keyClick(lacked.list, Qt.Key.Key_Plus)
    assert "initials" in view.message.text() and QApplication.focusWidget() is view.voter


def test_the_action_cannot_go_to_the_backlog_without_a_next_iteration(
        demo_window: MainWindow, qtbot: Any) -> None:
    view = _open_retro_tab(demo_window)
    active = next(i for i in view.iterations if i.state.value == "active")
    view.iteration.setCurrentIndex(view.iteration.findData(active.id))
    assert view.pages.currentIndex() == 0
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    # The latest closed retrospective's actions come first, the decided ones marked.
    assert view.review.model.rowCount() > 0
    note_column = view.board.columns[0]
    qtbot.keyClicks(view.board.note_text, "Boka lokal i tid")
    qtbot.keyClick(view.board.note_text, Qt.Key.Key_Return)
    view.board.select_note(note_column.model.note_at(0).id)
    qtbot.mouseClick(view.board.action_button, Qt.MouseButton.LeftButton)
    view.actions.selectRow(0)
    qtbot.mouseClick(view.to_backlog, Qt.MouseButton.LeftButton)
    assert "no next iteration" in view.message.text()
    assert view.actions_model.row_at(0).backlog_item_id is None


def test_the_retrospective_tab_names_every_widget(demo_window: MainWindow) -> None:
    view = _open_retro_tab(demo_window)
    assert view.pages.currentIndex() == 1  # the latest closed iteration's retrospective
    assert view.review.model.rowCount() > 0 and view.board.columns
    assert unnamed(view.findChildren(QWidget)) == []
    assert unnamed(demo_window.findChildren(QWidget)) == []


def test_lessons_flagged_on_the_board_are_found_in_the_library(
        demo_window: MainWindow, qtbot: Any) -> None:
    view = _open_retro_tab(demo_window)
    retros = demo_window.workspace.retrospectives
    note = retros.add_note(view.board_data.retrospective.id, {
        "column_key": view.board.columns[0].column_key,
        "text": "Arbetsgivarträffarna gav fler praktikplatser än mejlen"}).value
    view.refresh()
    view.board.select_note(note.id)
    type_text(view.board.tags, "arbetsgivare")
    qtbot.keyClick(view.board.lesson_button, Qt.Key.Key_Space)
    lessons = demo_window.workspace.lessons
    dialog = LessonsDialog(lessons.search, lessons.localities())
    qtbot.addWidget(dialog)
    # A prefix of a word in an inflected form, typed as a person types.
    qtbot.keyClicks(dialog.query, "arbetsgivartr")
    type_text(dialog.query, "äff")
    titles = [hit.lesson.title for hit in dialog.model.rows()]
    assert titles and titles[0].startswith("Arbetsgivarträffarna")
    # Another inflected form of the same word finds it too.
    dialog.query.clear()
    type_text(dialog.query, "arbetsgivarträffen")
    assert any(t.startswith("Arbetsgivarträffarna") for t in
               (hit.lesson.title for hit in dialog.model.rows()))


def test_mnemonics_on_the_tab_are_unique_and_leave_the_menus_alone(
        demo_window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    view = _open_retro_tab(demo_window)
    texts = [w.text() for w in view.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in view.findChildren(QAbstractButton)]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) > 10 and len(letters) == len(set(letters)), letters
    menus = {a.text()[a.text().index("&") + 1].lower() for a in demo_window.menuBar().actions()}
    assert not menus & set(letters)


def test_the_tab_opens_on_the_active_iteration_once_its_retrospective_is_started(
        demo_window: MainWindow, qtbot: Any) -> None:
    from improve_desktop.ui.views.retro_view import default_iteration

    view = _open_retro_tab(demo_window)
    iterations = view.iterations
    active = next(i for i in iterations if i.state.value == "active")
    latest_closed = max((i for i in iterations if i.state.value == "closed"),
                        key=lambda i: i.number)
    assert default_iteration(iterations, set()) == latest_closed
    assert default_iteration(iterations, {active.id}) == active
    assert view.current_iteration() == latest_closed
    demo_window.workspace.retrospectives.start(
        {"iteration_id": active.id, "format": RetroFormat.SAILBOAT})
    view.show_project("", [])  # as if another project had been shown in between
    view.show_project(demo_window.current_project_id, iterations)
    assert view.current_iteration() == active
    assert "retrospective" in view.iteration.currentText()


def test_board_edits_are_undone_step_by_step(demo_window: MainWindow, qtbot: Any) -> None:
    view = _open_retro_tab(demo_window)
    column = view.board.columns[0]
    before = [note.id for note in column.model.notes()]
    type_text(view.board.note_text, "Ångra mig")
    qtbot.keyClick(view.board.note_text, Qt.Key.Key_Return)
    assert demo_window.undo_action.text() == "&Undo Add note “Ångra mig”"
    note = next(n for n in column.model.notes() if n.text == "Ångra mig")
    view.voter.setText("ZZ")
    view.board.select_note(note.id)
    qtbot.keyClick(column.list, Qt.Key.Key_Plus)
    assert next(n for n in column.model.notes() if n.id == note.id).votes == 1
    qtbot.keyClick(column.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column.model.row_of(note.id) < 0
    view.board.select_note(note.id)
    moved_to = view.board.columns[1]
    qtbot.keyClick(moved_to.list, Qt.Key.Key_Delete)
    assert moved_to.model.row_of(note.id) < 0
    demo_window.undo_action.trigger()  # the note is back (without its vote), in column two
    back = next(n for n in moved_to.model.notes() if n.text == "Ångra mig")
    assert back.votes == 0
    demo_window.undo_action.trigger()  # moved back to column one, though its id is new
    assert column.model.row_of(back.id) >= 0
    demo_window.undo_action.trigger()  # the vote taken back: nothing to take on the new note
    demo_window.undo_action.trigger()  # the note is gone again
    assert all(n.text != "Ångra mig" for c in view.board.columns for n in c.model.notes())
    demo_window.redo_action.trigger()  # and back once more
    again = next(n for n in column.model.notes() if n.text == "Ångra mig")
    view.board.select_note(again.id)
    qtbot.keyClick(column.list, Qt.Key.Key_Plus)
    assert demo_window.undo_action.text() == "&Undo Vote (ZZ)"
    demo_window.undo_action.trigger()
    assert next(n for n in column.model.notes() if n.id == again.id).votes == 0
    demo_window.redo_action.trigger()
    assert next(n for n in column.model.notes() if n.id == again.id).votes == 1
    demo_window.undo_action.trigger()
    demo_window.undo_action.trigger()
    assert [n.id for n in column.model.notes()] == before
