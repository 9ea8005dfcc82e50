"""A participant import from the Participants page is an undo step: Ctrl+Z puts the earlier
figures back on the page, Ctrl+Shift+Z brings the import back; a refused file adds no step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from improve_desktop.ui.dialogs.participant_import import ParticipantImportDialog
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.views.participants_page import ParticipantsPage
from tests.ui.keyboard import type_text
from tests.ui.test_results_views import HEADINGS, results_tab

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def shown(page: ParticipantsPage) -> list[list[str]]:
    """What the page's table shows: headers and every cell."""
    model = page.model
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal))
               for c in range(model.columnCount())]
    return [headers] + [[str(model.index(r, c).data()) for c in range(model.columnCount())]
                        for r in range(model.rowCount())]


def import_by_hand(qtbot, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Make the dialog, once opened, be filled in as a user would: type the path, Enter to
    read it, click Import."""

    def exec_(dialog: ParticipantImportDialog) -> int:
        dialog.path_edit.setFocus()
        type_text(dialog.path_edit, str(path))
        qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
        if dialog.import_button.isEnabled():
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        # (``dialog.result`` is the dry run; QDialog's own result is the dialog code)
        if QDialog.result(dialog) != QDialog.DialogCode.Accepted:
            dialog.reject()
        return QDialog.result(dialog)

    monkeypatch.setattr(ParticipantImportDialog, "exec", exec_)


def press(window: MainWindow, qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """A shortcut as the keyboard gives it: to the focused widget of the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, modifiers)


def test_import_is_undone_with_ctrl_z_and_redone(demo_window: MainWindow, qtbot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=2)
    page = view.participants
    service = demo_window.workspace.participants
    project_id = demo_window.current_project_id
    stored_before = service.figures(project_id)
    page_before = shown(page)
    latest = max(f.period_start for f in stored_before)
    quarter = f"{latest.year}-Q{(latest.month - 1) // 3 + 1}"
    # Two rows over figures that are stored, one in a quarter that is new.
    path = tmp_path / "sus juni.csv"
    path.write_text(f"{HEADINGS}\n{quarter};Kvinna;15-24;41;17;9;2;3;2;1\n"
                    f"{quarter};Man;30-49;33;12;5;1;4;1;1\n"
                    "2031-Q1;Kvinna;25-29;7;0;0;0;0;0;0\n", encoding="utf-8")
    import_by_hand(qtbot, path, monkeypatch)
    page.import_button.setFocus()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: shown(page) != page_before)
    page_imported = shown(page)
    assert [(f.started, f.source) for f in service.figures(project_id) if f.period_start ==
            latest and f.age_band == "15-24" and f.gender.value == "woman"] == [(41, "SUS")]
    assert len(page_imported[0]) == len(page_before[0]) + 1  # the new quarter's column
    assert demo_window.statusBar().currentMessage() == (
        "Imported 3 rows of participant figures. Undo with Ctrl+Z.")
    assert demo_window.undo_action.text() == "&Undo Import participant figures from sus juni.csv"

    press(demo_window, qtbot, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: shown(page) == page_before)
    assert service.figures(project_id) == stored_before  # ids, counts and sources
    assert demo_window.redo_action.text() == "&Redo Import participant figures from sus juni.csv"

    press(demo_window, qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: shown(page) == page_imported)
    assert {f.source for f in service.figures(project_id)
            if f.period_start.year == 2031} == {"SUS"}
    demo_window.undo_action.trigger()
    qtbot.waitUntil(lambda: shown(page) == page_before)


def test_a_refused_file_adds_no_undo_step(demo_window: MainWindow, qtbot, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=2)
    page = view.participants
    service = demo_window.workspace.participants
    project_id = demo_window.current_project_id
    before = service.figures(project_id)
    steps = demo_window.undo_stack.count()
    path = tmp_path / "people.csv"
    path.write_text(HEADINGS + ";Personnummer\n2027-Q1;Kvinna;16-24;9;4;2;1;1;0;0;"
                    "19811218-9876\n", encoding="utf-8")
    import_by_hand(qtbot, path, monkeypatch)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert demo_window.undo_stack.count() == steps
    assert service.figures(project_id) == before
