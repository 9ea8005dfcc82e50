"""The lessons library dialog: type to search by prefix, filter by locality, read a lesson."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.dialogs.lessons_dialog import (
    COL_LOCALITY,
    COL_ORGANISATION,
    COL_PROJECT,
    NO_DATE,
    LessonsDialog,
)
from tests.ui.keyboard import type_text


def test_search_by_keyboard(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    workspace = Workspace(demo_path)
    try:
        dialog = LessonsDialog(workspace.lessons.search, workspace.lessons.localities())
        qtbot.addWidget(dialog)
        QAbstractItemModelTester(dialog.model,
                                 QAbstractItemModelTester.FailureReportingMode.Fatal)
        dialog.show()
        everything = dialog.model.rowCount()
        assert everything > 20
        qtbot.keyClicks(dialog.query, "arbetstr")
        dialog.query.insert("än")  # QTest cannot type å, ä, ö here
        found = dialog.model.rows()
        assert found and len(found) < everything
        assert "rbetsträning" in found[0].lesson.title + found[0].lesson.text
        assert found[0].lesson.title in dialog.detail.toPlainText()
        dialog.locality.setCurrentIndex(dialog.locality.findData("Lycksele"))
        assert {dialog.model.index(row, COL_LOCALITY).data()
                for row in range(dialog.model.rowCount())} <= {"Lycksele"}
        # Down from the search box moves to the results.
        dialog.query.setFocus()
        qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
        assert dialog.focusWidget() is dialog.table
        for widget in (dialog.query, dialog.locality, dialog.table, dialog.detail):
            assert widget.accessibleName()
    finally:
        workspace.close()


def test_the_view_menu_opens_the_library(demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from improve_desktop.ui.dialogs import lessons_dialog

    opened: list[int] = []
    monkeypatch.setattr(lessons_dialog.LessonsDialog, "exec",
                        lambda self: opened.append(self.model.rowCount()) or 0)
    demo_window.lessons_action.trigger()
    assert opened and opened[0] > 20
    assert demo_window.lessons_action.shortcut().toString() == "Ctrl+Shift+L"


def _library(window: Any, monkeypatch: Any, work: Callable[[Any], None]) -> None:
    """Open the library from the View menu and run ``work`` on it while it is open."""
    from improve_desktop.ui.dialogs import lessons_dialog

    def run(dialog: Any) -> int:
        dialog.show()
        work(dialog)
        return 0

    monkeypatch.setattr(lessons_dialog.LessonsDialog, "exec", run)
    window.lessons_action.trigger()


def test_filters_by_method_tag_and_date_and_where_it_came_from(
        demo_window: Any, monkeypatch: Any, qtbot: Any) -> None:
    seen: dict[str, Any] = {}

    def work(dialog: Any) -> None:
        everything = dialog.model.rowCount()
        # Tag: the combo lists the tags in use; choose one with the keyboard.
        dialog.tag.setFocus()
        tag_index = dialog.tag.findData("samverkan")
        assert tag_index > 0
        dialog.tag.setCurrentIndex(tag_index)
        tagged = dialog.model.rows()
        assert 0 < len(tagged) < everything
        assert all("samverkan" in (*h.lesson.themes, *h.lesson.target_groups) for h in tagged)
        dialog.tag.setCurrentIndex(0)
        # Method: only lessons linked to it.
        method_id = next(h.lesson.method_ids[0] for h in dialog.model.rows()
                         if h.lesson.method_ids)
        dialog.method.setCurrentIndex(dialog.method.findData(method_id))
        assert dialog.model.rows() and all(method_id in h.lesson.method_ids
                                           for h in dialog.model.rows())
        dialog.method.setCurrentIndex(0)
        # Dates: learned since a day, then until the day before: the two halves add up.
        days = sorted(h.lesson.learned_on for h in dialog.model.rows())
        middle = days[len(days) // 2]
        dialog.since.setDate(QDate(middle.year, middle.month, middle.day))
        later = dialog.model.rowCount()
        assert all(h.lesson.learned_on >= middle for h in dialog.model.rows())
        dialog.since.setDate(NO_DATE)
        before = middle - timedelta(days=1)
        dialog.until.setDate(QDate(before.year, before.month, before.day))
        assert later + dialog.model.rowCount() == everything
        dialog.until.setDate(NO_DATE)
        # Where each lesson came from: project and organisation in the table, all in the text.
        first = dialog.model.rows()[0].lesson
        assert first.project_code in dialog.model.index(0, COL_PROJECT).data()
        assert first.organisation_name == dialog.model.index(0, COL_ORGANISATION).data()
        detail = dialog.detail.toPlainText()
        assert first.locality in detail and "Learned" in detail
        seen["ok"] = True

    _library(demo_window, monkeypatch, work)
    assert seen.get("ok")


def test_open_in_context_goes_to_the_source_note(demo_window: Any, monkeypatch: Any,
                                                qtbot: Any) -> None:
    chosen: dict[str, Any] = {}

    def work(dialog: Any) -> None:
        row = next(r for r, h in enumerate(dialog.model.rows())
                   if h.lesson.source_note_id and h.lesson.source_iteration_number)
        dialog.table.setFocus()
        dialog.table.selectRow(row)
        chosen["lesson"] = dialog.model.row_at(row).lesson
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    _library(demo_window, monkeypatch, work)
    lesson = chosen["lesson"]
    view = demo_window.retro_view
    assert demo_window.current_project_id == lesson.project_id
    assert demo_window.current_view() is view
    assert view.current_iteration().number == lesson.source_iteration_number
    assert [n.id for n in view.board.current_notes()] == [lesson.source_note_id]


def test_write_a_lesson_with_tags_in_the_shown_project(demo_window: Any, monkeypatch: Any,
                                                      qtbot: Any) -> None:
    from improve_desktop.ui.dialogs.lesson_edit_dialog import LessonEditDialog

    def fill(dialog: LessonEditDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.title, "Fasta tider for tolk")
        type_text(dialog.themes, "tolk, Samverkan")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(LessonEditDialog, "exec", fill)
    project = demo_window.workspace.projects.get_project(demo_window.current_project_id)
    found: dict[str, Any] = {}

    def work(dialog: Any) -> None:
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        found["titles"] = [h.lesson for h in dialog.model.rows()]

    _library(demo_window, monkeypatch, work)
    lesson = next(x for x in found["titles"] if x.title == "Fasta tider for tolk")
    assert lesson.project_id == project.id and lesson.themes == ("tolk", "samverkan")
    assert lesson.locality  # the project's organisation's


def test_library_and_lesson_dialogs_name_every_field(demo_window: Any, qtbot: Any) -> None:
    from datetime import date

    from improve_desktop.ui.dialogs.lesson_edit_dialog import LessonEditDialog
    from tests.ui.test_accessibility import unnamed

    workspace = demo_window.workspace
    library = LessonsDialog(workspace.lessons.search, workspace.lessons.localities(),
                            methods=workspace.organisations.list_methods(),
                            tags=workspace.lessons.tags(), open_in_context=lambda lesson: None,
                            write_lesson=lambda: None)
    editor = LessonEditDialog(workspace.lessons.create, workspace.projects.list_projects(),
                              workspace.organisations.list_methods(), None, "en",
                              date(2026, 11, 27))
    for dialog in (library, editor):
        qtbot.addWidget(dialog)
        assert unnamed(dialog.findChildren(QWidget)) == []
    # A lesson without a title is refused in words, and the dialog stays open.
    editor.save()
    assert editor.lesson is None and editor.error.isVisibleTo(editor)
