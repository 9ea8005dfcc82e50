"""Planning against capacity, the iteration cycle, the board and the charts, driven as a user."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialog

from improve_desktop.domain.enums import GoalOutcome, ItemStatus, IterationState
from improve_desktop.ui.dialogs.iteration_dialogs import CloseIterationDialog, NewIterationDialog
from improve_desktop.ui.main_window import MainWindow


def _iterations(window: MainWindow) -> list[Any]:
    return window.workspace.iterations.list_iterations(window.current_project_id)


@pytest.fixture
def planning(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    demo_window.show_planning_action.trigger()
    assert demo_window.current_view() is demo_window.planning_view
    QApplication.processEvents()  # the view is built on first show; let it lay out
    monkeypatch.setattr(NewIterationDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    return demo_window


def test_plan_a_new_iteration_past_capacity_with_the_keyboard(planning: MainWindow, qtbot: Any) -> None:
    view = planning.planning_view
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    iterations = _iterations(planning)
    assert [i.state for i in iterations][-1] is IterationState.PLANNED
    new = iterations[-1]
    assert new.number == 7 and view.current_iteration().id == new.id
    assert new.start_date > iterations[-2].end_date  # follows the previous one
    assert view.iteration_model.rowCount() == 0
    assert "0 of" in view.gauge_text.text()
    # Select backlog items one by one and plan them with Alt+Right until over capacity.
    view.backlog_table.setFocus()
    planned = 0
    while "Over capacity" not in view.gauge_text.text():
        view.backlog_table.select_ids([view.backlog_model.item_at(0).id])
        qtbot.keyClick(view.backlog_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        planned += 1
        assert planned < 40
    assert view.gauge_text.text().startswith("⚠ Over capacity")
    assert view.gauge_text.property("over") is True
    assert view.iteration_model.rowCount() == planned
    assert view.iteration_model.visible_points() > new.capacity_points
    # Back out the last one with Alt+Left from the iteration list, then undo that.
    view.iteration_table.select_ids([view.iteration_model.item_at(0).id])
    view.iteration_table.setFocus()
    qtbot.keyClick(view.iteration_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.iteration_model.rowCount() == planned - 1
    planning.undo_action.trigger()
    assert view.iteration_model.rowCount() == planned


def test_only_one_active_iteration_and_closing_with_carry_over(
    planning: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = planning.planning_view
    view.new_iteration()
    seventh = _iterations(planning)[-1]
    view.chooser.setCurrentIndex(view.chooser.findData(seventh.id))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert "already active" in planning.statusBar().currentMessage()
    assert planning.workspace.iterations.get_iteration(seventh.id).state is IterationState.PLANNED
    active = next(i for i in _iterations(planning) if i.state is IterationState.ACTIVE)
    view.chooser.setCurrentIndex(view.chooser.findData(active.id))
    unfinished = [i.id for i in view.iteration_model.items() if i.status is not ItemStatus.DONE]
    assert unfinished

    def answer(dialog: CloseIterationDialog) -> int:
        dialog.outcome_buttons[GoalOutcome.NOT_MET].setChecked(True)
        dialog.comment.setPlainText("Sjukdom i teamet")
        dialog.to_next.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CloseIterationDialog, "exec", answer)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    closed = planning.workspace.iterations.get_iteration(active.id)
    assert closed.state is IterationState.CLOSED and closed.goal_outcome is GoalOutcome.NOT_MET
    assert closed.completed_points is not None and closed.committed_points is not None
    items = {i.id: i for i in planning.workspace.backlog.list_items(planning.current_project_id)}
    assert {items[i].iteration_id for i in unfinished} == {seventh.id}
    assert planning.undo_action.text().startswith("&Undo Close Iteration 6")
    planning.undo_action.trigger()
    assert planning.workspace.iterations.get_iteration(active.id).state is IterationState.ACTIVE
    items = {i.id: i for i in planning.workspace.backlog.list_items(planning.current_project_id)}
    assert {items[i].iteration_id for i in unfinished} == {active.id}
    planning.redo_action.trigger()
    assert planning.workspace.iterations.get_iteration(active.id).state is IterationState.CLOSED
    # Now the seventh can start, and the board follows it.
    view.chooser.setCurrentIndex(view.chooser.findData(seventh.id))
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert planning.workspace.iterations.get_iteration(seventh.id).state is IterationState.ACTIVE
    planning.show_board_action.trigger()
    assert planning.board_view.iteration.id == seventh.id
    todo = planning.board_view.columns[ItemStatus.TODO].model
    assert {i.id for i in todo.items()} >= {i for i in unfinished if items[i].status is ItemStatus.TODO}


def test_board_moves_by_keyboard_and_drop_with_wip_warning(demo_window: MainWindow, qtbot: Any) -> None:
    demo_window.show_board_action.trigger()
    board = demo_window.board_view
    todo, doing, done = (board.columns[s] for s in ItemStatus)
    for column in (todo, doing, done):
        QAbstractItemModelTester(column.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    card = todo.model.items()[0]
    todo.list.setCurrentIndex(todo.model.index(0))
    todo.list.setFocus()
    qtbot.keyClick(todo.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.workspace.backlog.get_item(card.id).status is ItemStatus.IN_PROGRESS
    assert doing.model.row_of(card.id) >= 0
    assert "Set 1 item to In progress" in demo_window.undo_action.text()
    # A limit of 1 on "In progress" with two cards there is said in words.
    second = todo.model.items()[0]
    mime = todo.model.mimeData([todo.model.index(0)])
    assert doing.model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    doing.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    QApplication.processEvents()
    assert demo_window.workspace.backlog.get_item(second.id).status is ItemStatus.IN_PROGRESS
    doing.limit.setValue(1)
    doing.limit.editingFinished.emit()
    assert "⚠ Over the work-in-progress limit" in doing.title.text()
    assert doing.title.property("over") is True
    limits = {l.status: l.wip_limit for l in demo_window.workspace.backlog.wip_limits(
        demo_window.current_project_id)}
    assert limits[ItemStatus.IN_PROGRESS] == 1
    demo_window.undo_action.trigger()  # the limit
    assert "Over" not in doing.title.text()
    demo_window.undo_action.trigger()  # the drop
    demo_window.undo_action.trigger()  # the keyboard move
    assert demo_window.workspace.backlog.get_item(card.id).status is card.status
    assert demo_window.workspace.backlog.get_item(second.id).status is second.status


def test_charts_show_burndown_and_velocity_with_tables(demo_window: MainWindow) -> None:
    demo_window.show_charts_action.trigger()
    charts = demo_window.charts_view
    assert charts.chooser.count() == 6  # five closed and the active one
    assert charts.burndown_model.rowCount() == 14
    assert charts.burndown_summary.text().startswith("Iteration 6:")
    assert charts.burndown_chart.accessibleDescription() == charts.burndown_summary.text()
    series = charts.burndown_chart.chart().series()
    assert [s.name() for s in series] == ["Ideal", "Remaining"]
    assert series[0].count() == 14 and 0 < series[1].count() < 14  # the future is not drawn
    charts.chooser.setCurrentIndex(charts.chooser.count() - 1)  # Iteration 1, closed
    assert charts.burndown_chart.chart().series()[1].count() == 14
    assert charts.velocity_model.rowCount() == 5
    assert charts.velocity_model.index(1, 3).data() == ""
    assert charts.velocity_model.index(2, 3).data() != ""  # the average needs three
    assert "Average of the last three" in charts.velocity_summary.text()
