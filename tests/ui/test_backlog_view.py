"""The backlog view driven by keyboard and mouse: create, edit, reorder, filter, plan, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.qt_models.backlog_model import (
    COL_ESTIMATE,
    COL_KIND,
    COL_STATUS,
    COL_TITLE,
    BacklogModel,
)
from tests.ui.keyboard import type_text


@pytest.fixture
def backlog_window(demo_window: MainWindow, qtbot: Any) -> MainWindow:
    window = demo_window
    window.activateWindow()
    qtbot.waitActive(window)
    window.new_item_action.trigger()  # Ctrl+N: to the backlog, ready to type
    assert window.current_view() is window.backlog_view
    view = window.backlog_view
    qtbot.waitUntil(lambda: view.hide_done.isVisible() and view.hide_done.width() > 20)
    # Done items are hidden at first; these tests work on the whole backlog.
    open_items = [i for i in window.workspace.backlog.list_items(window.current_project_id)
                  if i.status is not ItemStatus.DONE]
    assert view.hide_done.isChecked() and view.model.rowCount() == len(open_items)
    qtbot.mouseClick(view.hide_done, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 200
    return window


def _titles(window: MainWindow) -> list[str]:
    model = window.backlog_view.model
    return [model.item_at(row).title for row in range(model.rowCount())]


def _store_titles(window: MainWindow) -> list[str]:
    return [i.title for i in window.workspace.backlog.list_items(window.current_project_id)]


def _select_rows(window: MainWindow, *rows: int) -> None:
    view = window.backlog_view
    view.table.select_ids([view.model.item_at(row).id for row in rows])


def test_model_passes_the_model_tester(backlog_window: MainWindow) -> None:
    model = backlog_window.backlog_view.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 200
    model.sort(COL_ESTIMATE, Qt.SortOrder.DescendingOrder)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _titles(backlog_window) == _store_titles(backlog_window)


def test_quick_add_by_typing_and_undo_redo(backlog_window: MainWindow, qtbot: Any) -> None:
    view = backlog_window.backlog_view
    type_text(view.quick_add, "Träff med arbetsgivare i Kåge")
    qtbot.keyClick(view.quick_add, Qt.Key.Key_Return)
    type_text(view.quick_add, "Andra posten")
    qtbot.keyClick(view.quick_add, Qt.Key.Key_Return)
    assert view.quick_add.text() == ""  # ready for the next title
    assert _store_titles(backlog_window)[-2:] == ["Träff med arbetsgivare i Kåge", "Andra posten"]
    assert _titles(backlog_window)[-1] == "Andra posten"
    assert backlog_window.undo_action.text() == "&Undo Add item “Andra posten”"
    backlog_window.undo_action.trigger()
    backlog_window.undo_action.trigger()
    assert len(_store_titles(backlog_window)) == 200
    backlog_window.redo_action.trigger()
    assert _store_titles(backlog_window)[-1] == "Träff med arbetsgivare i Kåge"


def test_inline_edits_go_through_the_service_and_undo(backlog_window: MainWindow, qtbot: Any) -> None:
    view = backlog_window.backlog_view
    model = view.model
    first = model.item_at(0)
    view.table.setCurrentIndex(model.index(0, COL_TITLE))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.viewport().findChild(QLineEdit)
    assert editor is not None, "F2 opens the inline editor"
    editor.selectAll()
    type_text(editor, "Nytt namn")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The edit request is queued until the editor has closed, then saved.
    def saved() -> None:
        stored = backlog_window.workspace.backlog.get_item(first.id).title
        assert stored == "Nytt namn", (stored, editor.text(), view.table.state(),
                                       backlog_window.statusBar().currentMessage())

    qtbot.waitUntil(saved)
    assert model.setData(model.index(0, COL_KIND), ItemKind.RISK.value)
    QApplication.processEvents()
    assert model.setData(model.index(0, COL_ESTIMATE), 13)
    QApplication.processEvents()
    assert model.setData(model.index(0, COL_STATUS), ItemStatus.IN_PROGRESS.value)
    QApplication.processEvents()
    stored = backlog_window.workspace.backlog.get_item(first.id)
    assert (stored.kind, stored.estimate_points, stored.status) == (
        ItemKind.RISK, 13, ItemStatus.IN_PROGRESS)
    for _ in range(4):
        backlog_window.undo_action.trigger()
    assert backlog_window.workspace.backlog.get_item(first.id) == first


def test_keyboard_reordering(backlog_window: MainWindow, qtbot: Any) -> None:
    view = backlog_window.backlog_view
    before = _titles(backlog_window)
    _select_rows(backlog_window, 3)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    after = _titles(backlog_window)
    assert after[2] == before[3] and after[3] == before[2]
    assert _store_titles(backlog_window) == after
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _titles(backlog_window)[4] == before[3]
    qtbot.keyClick(view.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert _titles(backlog_window)[-1] == before[3]
    qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert _titles(backlog_window)[0] == before[3]
    assert "to the top" in backlog_window.undo_action.text()
    for _ in range(5):
        backlog_window.undo_action.trigger()
    assert _store_titles(backlog_window) == before


def test_multi_select_drag_and_drop_reorders(backlog_window: MainWindow) -> None:
    view = backlog_window.backlog_view
    model: BacklogModel = view.model
    before = _titles(backlog_window)
    mime = model.mimeData([model.index(5, 0), model.index(7, 0)])
    # Dropping between rows 0 and 1 is what the view does when the user releases there.
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    QApplication.processEvents()
    after = _titles(backlog_window)
    assert after[:4] == [before[0], before[5], before[7], before[1]]
    assert "Reorder 2 items" in backlog_window.undo_action.text()
    foreign = QMimeData()
    foreign.setText("not ours")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 1, 0, QModelIndex())


def test_filter_narrows_as_you_type(backlog_window: MainWindow, qtbot: Any) -> None:
    view = backlog_window.backlog_view
    view.filter_text.setFocus()
    qtbot.keyClicks(view.filter_text, "arbetstr")
    shown = _titles(backlog_window)
    assert shown
    assert all(
        "arbetstr" in (i.title + i.description).casefold() for i in view.model.items())
    assert "filtered from 200" in view.summary.text()
    view.filter_status.setCurrentIndex(view.filter_status.findData(ItemStatus.DONE.value))
    assert all(i.status is ItemStatus.DONE for i in view.model.items())
    view.clear_filter.click()
    assert view.hide_done.isChecked()  # back to the default: every open item
    assert all(i.status is not ItemStatus.DONE for i in view.model.items())
    qtbot.mouseClick(view.hide_done, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 200
    method = view.filter_method.itemData(1)
    view.filter_method.setCurrentIndex(1)
    assert view.model.rowCount() > 0
    assert all(method in i.method_ids for i in view.model.items())


def test_move_to_iteration_and_back(backlog_window: MainWindow, qtbot: Any,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    view = backlog_window.backlog_view
    unplanned = [row for row in range(view.model.rowCount())
                 if view.model.item_at(row).iteration_id is None][:3]
    _select_rows(backlog_window, *unplanned)
    ids = [view.model.item_at(row).id for row in unplanned]
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *args, **kwargs: (args[3][0], True))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    stored = [backlog_window.workspace.backlog.get_item(i) for i in ids]
    assert {s.iteration_number for s in stored} == {6}
    assert backlog_window.undo_action.text() == "&Undo Move 3 items to iteration 6"
    backlog_window.undo_action.trigger()
    assert all(backlog_window.workspace.backlog.get_item(i).iteration_id is None for i in ids)


def test_status_shortcut_and_delete_with_undo(backlog_window: MainWindow, qtbot: Any) -> None:
    view = backlog_window.backlog_view
    _select_rows(backlog_window, 0, 1)
    ids = [i.id for i in view.table.selected_items()]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert all(backlog_window.workspace.backlog.get_item(i).status is ItemStatus.DONE for i in ids)
    _select_rows(backlog_window, 0, 1)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert view.model.rowCount() == 198
    assert backlog_window.undo_action.text() == "&Undo Delete 2 items"
    backlog_window.undo_action.trigger()
    assert view.model.rowCount() == 200
    assert all(backlog_window.workspace.backlog.get_item(i).status is ItemStatus.DONE for i in ids)


def test_full_edit_dialog(backlog_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from improve_desktop.ui.dialogs.item_dialog import ItemDialog

    view = backlog_window.backlog_view
    _select_rows(backlog_window, 0)
    item = view.table.selected_items()[0]

    def fill(dialog: ItemDialog) -> int:
        dialog.description.setPlainText("Ny beskrivning")
        dialog.acceptance.setPlainText("Klart när alla har fått svar")
        dialog.estimate.setValue(-1)
        first = dialog.methods.item(0)
        first.setCheckState(Qt.CheckState.Checked)
        return ItemDialog.DialogCode.Accepted

    monkeypatch.setattr(ItemDialog, "exec", fill)
    view.edit_current()
    stored = backlog_window.workspace.backlog.get_item(item.id)
    assert stored.description == "Ny beskrivning"
    assert stored.acceptance_criteria == "Klart när alla har fått svar"
    assert stored.estimate_points is None
    assert stored.method_ids
    backlog_window.undo_action.trigger()
    assert backlog_window.workspace.backlog.get_item(item.id) == item


def test_validation_errors_are_reported_not_raised(backlog_window: MainWindow) -> None:
    view = backlog_window.backlog_view
    view.quick_add.setText("x" * 200)
    view.controller.create(view.project_id, "y" * 300)
    assert "at most 200" in backlog_window.statusBar().currentMessage()
    assert len(_store_titles(backlog_window)) == 200
    assert backlog_window.undo_stack.count() == 0


def test_ctrl_n_is_one_shortcut_away(demo_window: MainWindow) -> None:
    actions = {a.shortcut().toString() for a in demo_window.findChildren(type(demo_window.new_item_action))}
    assert "Ctrl+N" in actions



def test_long_text_is_saved_while_typing_and_cancel_puts_it_back(
    backlog_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from improve_desktop.ui.dialogs.item_dialog import AUTOSAVE_DELAY_MS, ItemDialog

    view = backlog_window.backlog_view
    _select_rows(backlog_window, 0)
    item = view.table.selected_items()[0]
    store = backlog_window.workspace.backlog
    seen: dict[str, str] = {}

    def type_then(cancel: bool) -> Any:
        def run_dialog(dialog: ItemDialog) -> int:
            dialog.show()
            qtbot.keyClick(dialog.description, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            type_text(dialog.description, " Tillägg från mötet")
            # Nothing is written while the typing goes on...
            assert store.get_item(item.id).description == item.description
            # ...and a moment after it stops, the text is in the store: a crash now loses nothing.
            qtbot.waitUntil(lambda: store.get_item(item.id).description.endswith("mötet"),
                            timeout=AUTOSAVE_DELAY_MS * 4)
            seen["saved"] = store.get_item(item.id).description
            if cancel:
                dialog.reject()
                return ItemDialog.DialogCode.Rejected
            dialog.accept()
            return ItemDialog.DialogCode.Accepted
        return run_dialog

    monkeypatch.setattr(ItemDialog, "exec", type_then(cancel=True))
    view.edit_current()
    assert seen["saved"].endswith("Tillägg från mötet")
    assert store.get_item(item.id).description == item.description  # Cancel restored it
    monkeypatch.setattr(ItemDialog, "exec", type_then(cancel=False))
    view.edit_current()
    assert store.get_item(item.id).description.endswith("Tillägg från mötet")
    backlog_window.undo_action.trigger()
    assert store.get_item(item.id).description == item.description
