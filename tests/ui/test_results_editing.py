"""Editing results by keyboard, each edit a named step that Edit → Undo takes back: the
project's own indicators (add, edit, delete), the starter set, values, targets, logic-model
nodes, method ticks and budget lines; and the starter set offered for a new project."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget

from improve_desktop.domain.results import CostCategory, Direction, LogicLevel
from improve_desktop.ui.dialogs.indicator_dialog import IndicatorDialog
from improve_desktop.ui.dialogs.new_project import NewProjectDialog
from improve_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text
from tests.ui.test_results_views import results_tab


def _undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def _redo(window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def _fill(qtbot, monkeypatch: pytest.MonkeyPatch, fill) -> list[IndicatorDialog]:  # type: ignore[no-untyped-def]
    seen: list[IndicatorDialog] = []

    def exec_(dialog: IndicatorDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(IndicatorDialog, "exec", exec_)
    return seen


def test_own_indicator_added_edited_deleted_and_undone(demo_window: MainWindow, qtbot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=0)
    panel = view.indicators
    service = demo_window.workspace.indicators
    project_id = demo_window.current_project_id
    before = len(service.list_for_project(project_id))
    node = demo_window.workspace.logic_models.model(project_id).at(LogicLevel.OUTPUT)[0]

    def fill_new(dialog: IndicatorDialog) -> None:
        type_text(dialog.name, "Arbetsgivarkontakter")
        type_text(dialog.unit, "st")
        type_text(dialog.baseline, "4")
        type_text(dialog.target, "12,5")  # a Swedish decimal comma is read
        type_text(dialog.source, "Egen uppföljning")
        dialog.node.setCurrentIndex(dialog.node.findData(node.id))

    _fill(qtbot, monkeypatch, fill_new)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    made = next(i for i in service.list_for_project(project_id)
                if i.name == "Arbetsgivarkontakter")
    assert (made.unit, made.baseline, made.target, made.source, made.node_id) == (
        "st", 4.0, 12.5, "Egen uppföljning", node.id)
    assert panel.current().indicator.id == made.id
    assert demo_window.undo_stack.undoText() == "Add indicator “Arbetsgivarkontakter”"

    # F2 edits: a target on the wrong side of the baseline is refused inside the dialog.
    def fill_edit(dialog: IndicatorDialog) -> None:
        dialog.name.selectAll()
        type_text(dialog.name, "Arbetsgivarbesök")
        dialog.target.selectAll()
        type_text(dialog.target, "2")

    seen = _fill(qtbot, monkeypatch, fill_edit)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert seen[0].error.isVisible() and seen[0].result() != QDialog.DialogCode.Accepted
    assert service.get(made.id).name == "Arbetsgivarkontakter"

    def fill_edit_well(dialog: IndicatorDialog) -> None:
        dialog.name.selectAll()
        type_text(dialog.name, "Arbetsgivarbesök")
        dialog.direction.setCurrentIndex(dialog.direction.findData(Direction.LOWER_IS_BETTER.value))
        dialog.target.selectAll()
        type_text(dialog.target, "2")
        dialog.node.setCurrentIndex(0)

    seen = _fill(qtbot, monkeypatch, fill_edit_well)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert seen and not seen[0].error.isVisible(), seen[0].error.text()
    edited = service.get(made.id)
    assert (edited.name, edited.target, edited.direction, edited.node_id) == (
        "Arbetsgivarbesök", 2.0, Direction.LOWER_IS_BETTER, None)
    _undo(demo_window)
    assert service.get(made.id) == made
    _redo(demo_window)
    assert service.get(made.id).name == "Arbetsgivarbesök"

    # A value, then Delete: asked first (no keeps it); undo brings it back with its value.
    iteration_id = panel.iteration_combo.currentData()
    panel.value_spin.setValue(7)
    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    answers = iter([False, True])
    monkeypatch.setattr(view, "_confirm", lambda *_a: next(answers))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert service.get(made.id).name == "Arbetsgivarbesök"
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(service.list_for_project(project_id)) == before
    _undo(demo_window)
    back = next(p for p in service.progress(project_id) if p.indicator.id == made.id)
    assert [(m.iteration_id, m.value) for m in back.measurements] == [(iteration_id, 7.0)]
    # Undo the value, the edit and the addition: the project is as it was.
    _undo(demo_window)
    assert next(p for p in service.progress(project_id)
                if p.indicator.id == made.id).measurements == ()
    _undo(demo_window)
    _undo(demo_window)
    assert len(service.list_for_project(project_id)) == before


def test_recorded_value_and_target_undo_to_what_was_there(demo_window: MainWindow,
                                                          qtbot) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=0)
    panel = view.indicators
    service = demo_window.workspace.indicators
    item = panel.current()
    old = {m.iteration_id: m.value for m in item.measurements}
    iteration_id = panel.iteration_combo.currentData()
    assert iteration_id in old
    panel.value_spin.setValue(old[iteration_id] + 3)
    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    assert service.progress(demo_window.current_project_id)[0].latest == old[iteration_id] + 3
    _undo(demo_window)
    again = {m.iteration_id: m.value for m in
             service.progress(demo_window.current_project_id)[0].measurements}
    assert again == old
    before = service.get(item.indicator.id)
    panel.baseline_spin.setValue((before.baseline or 0) - 1)
    qtbot.keyClick(panel.target_button, Qt.Key.Key_Space)
    assert service.get(item.indicator.id).baseline == (before.baseline or 0) - 1
    assert demo_window.undo_stack.undoText().startswith("Baseline and target")
    _undo(demo_window)
    assert service.get(item.indicator.id) == before


def test_starter_set_when_none_and_undone(make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(tmp_path / "tom.sqlite3")
    organisation = window.workspace.organisations.create_organisation({"name": "Förbundet"}).value
    project = window.workspace.projects.create_project({
        "code": "TOM", "name": "Tomt projekt", "owner_organisation_id": organisation.id,
        "start_date": QDate(2027, 1, 1).toPython(), "end_date": QDate(2028, 1, 1).toPython()
    }).value
    window.reload(select_project=project.id)
    assert window.current_project_id == project.id
    view = results_tab(window, qtbot, page=0)
    panel = view.indicators
    assert panel.starter_button.isVisibleTo(panel) and not panel.edit_button.isEnabled()
    qtbot.keyClick(panel.starter_button, Qt.Key.Key_Space)
    names = [i.name for i in window.workspace.indicators.list_for_project(project.id)]
    assert len(names) == 6 and "Participants started" in names
    assert not panel.starter_button.isVisibleTo(panel)
    ids = [i.id for i in window.workspace.indicators.list_for_project(project.id)]
    _undo(window)
    assert window.workspace.indicators.list_for_project(project.id) == []
    _redo(window)
    assert [i.id for i in window.workspace.indicators.list_for_project(project.id)] == ids


def test_logic_model_edits_are_undo_steps(demo_window: MainWindow, qtbot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=1)
    editor = view.logic_model
    service = demo_window.workspace.logic_models
    project_id = demo_window.current_project_id
    original = service.model(project_id)
    activity = original.at(LogicLevel.ACTIVITY)[-1]
    # Alt+Up moves the last activity up; undo puts it back.
    editor.select_node(activity.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: service.model(project_id) != original)
    assert demo_window.undo_stack.undoText().startswith("Move node")
    _undo(demo_window)
    assert service.model(project_id) == original
    # Tick a method by Space, then undo.
    editor.select_node(activity.id)
    editor.method_list.setFocus()
    row = next(r for r in range(editor.method_list.count())
               if editor.method_list.item(r).data(Qt.ItemDataRole.UserRole + 1)
               not in activity.method_ids)
    editor.method_list.setCurrentRow(row)
    qtbot.keyClick(editor.method_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: service.get(activity.id).method_ids != activity.method_ids)
    _undo(demo_window)
    assert service.get(activity.id).method_ids == activity.method_ids
    # Delete an output (asked first): its activities lose their link; undo restores all.
    output = next(n for n in original.at(LogicLevel.OUTPUT)
                  if any(a.parent_id == n.id for a in original.at(LogicLevel.ACTIVITY)))
    monkeypatch.setattr(view, "_confirm", lambda *_a: True)
    editor.select_node(output.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(service.model(project_id).nodes) == len(original.nodes) - 1)
    _undo(demo_window)
    assert service.model(project_id) == original
    _redo(demo_window)
    assert len(service.model(project_id).nodes) == len(original.nodes) - 1
    _undo(demo_window)
    assert service.model(project_id) == original


def test_budget_line_edit_is_undone(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_budget_action.trigger()
    tab = demo_window._view("budget")
    project_id = demo_window.current_project_id
    budget = demo_window.workspace.budget
    line = budget.lines(project_id)[0]
    tab._save(period_start=line.period_start, period_end=line.period_end,
              category=line.category.value, planned_sek=line.planned_sek + 1000,
              actual_sek=line.actual_sek)
    assert budget.lines(project_id)[0].planned_sek == line.planned_sek + 1000
    _undo(demo_window)
    assert budget.lines(project_id)[0] == line
    # A line that was not there before is gone again after undo.
    count = len(budget.lines(project_id))
    last = budget.lines(project_id)[-1].period_end
    tab._save(period_start=last + timedelta(days=1), period_end=last + timedelta(days=90),
              category=CostCategory.TRAVEL.value, planned_sek=5000, actual_sek=None)
    assert len(budget.lines(project_id)) == count + 1
    _undo(demo_window)
    assert len(budget.lines(project_id)) == count


def test_new_project_offers_the_starter_set(demo_window: MainWindow, qtbot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    made: list[NewProjectDialog] = []

    def fill(untick: bool):  # type: ignore[no-untyped-def]
        def exec_(self: NewProjectDialog) -> int:
            made.append(self)
            self.show()
            qtbot.waitExposed(self)
            type_text(self.code, "NY-1" if not untick else "NY-2")
            type_text(self.name, "Nytt projekt")
            self.organisation.setCurrentIndex(0)
            assert self.starters.isChecked()
            if untick:
                self.starters.setFocus()
                qtbot.keyClick(self.starters, Qt.Key.Key_Space)
            qtbot.keyClick(self.code, Qt.Key.Key_Return)
            return int(self.result())
        return exec_

    monkeypatch.setattr(NewProjectDialog, "exec", fill(False))
    demo_window.new_project_action.trigger()
    first = made[-1].created
    assert first is not None
    names = [i.name for i in demo_window.workspace.indicators.list_for_project(first.id)]
    assert len(names) == 6
    monkeypatch.setattr(NewProjectDialog, "exec", fill(True))
    demo_window.new_project_action.trigger()
    second = made[-1].created
    assert second is not None
    assert demo_window.workspace.indicators.list_for_project(second.id) == []


def test_indicator_dialog_is_named_throughout(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_accessibility import unnamed

    nodes = demo_window.workspace.logic_models.model(demo_window.current_project_id).nodes
    dialog = IndicatorDialog(nodes, lambda _v: None, None, "en", demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    assert dialog.node.count() == len(nodes) + 1


def test_logic_model_node_shows_its_indicators_and_items(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=1)
    editor = view.logic_model
    project_id = demo_window.current_project_id
    model = demo_window.workspace.logic_models.model(project_id)
    # An output shows the items of the activities linked up to it (read-only).
    output = next(n for n in model.at(LogicLevel.OUTPUT)
                  if any(a.parent_id == n.id and a.item_ids
                         for a in model.at(LogicLevel.ACTIVITY)))
    below = [i for a in model.at(LogicLevel.ACTIVITY) if a.parent_id == output.id
             for i in a.item_ids]
    editor.select_node(output.id)
    assert editor.item_list.isEnabled() and not editor.link_item_button.isEnabled()
    assert editor.item_list.count() == len(set(below))
    titles = {item.id: item.title for item in demo_window.workspace.backlog.list_items(project_id)}
    assert editor.item_list.item(0).text() in {titles[i] for i in below}
    row = editor.tree.currentIndex().row()
    parent = editor.tree.currentIndex().parent()
    assert editor.tree_model.index(row, 3, parent).data() == str(len(set(below)))
    # Enter on an indicator of a node opens it on the Indicators page.
    measured = next(n for n in model.nodes if n.indicator_ids)
    editor.select_node(measured.id)
    editor.indicator_list.setFocus()
    editor.indicator_list.setCurrentRow(0)
    qtbot.keyClick(editor.indicator_list, Qt.Key.Key_Return)
    assert view.pages.currentWidget() is view.indicators
    assert view.indicators.current().indicator.id == measured.indicator_ids[0]


def test_rename_relink_and_reference_are_undone(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=1)
    editor = view.logic_model
    service = demo_window.workspace.logic_models
    project_id = demo_window.current_project_id
    original = service.model(project_id)
    activity = next(a for a in original.at(LogicLevel.ACTIVITY) if a.parent_id)
    # F2 renames; undo gives the old title back.
    editor.select_node(activity.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    field = editor.tree.focusWidget()
    field.selectAll()
    type_text(field, "Nytt namn")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: service.get(activity.id).title == "Nytt namn")
    assert demo_window.undo_stack.undoText() == "Rename node “Nytt namn”"
    _undo(demo_window)
    assert service.get(activity.id).title == activity.title
    # Links up to "(not linked)" by keyboard in the combo; undo links it again.
    editor.select_node(activity.id)
    editor.parent_combo.setFocus()
    qtbot.keyClick(editor.parent_combo, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: service.get(activity.id).parent_id is None)
    _undo(demo_window)
    assert service.get(activity.id).parent_id == activity.parent_id
    # A reference value for ordinary operations, then undo.
    view.pages.setCurrentIndex(0)
    panel = view.indicators
    indicators = demo_window.workspace.indicators
    chosen = panel.current().indicator.id
    count = len(next(p for p in indicators.progress(project_id)
                     if p.indicator.id == chosen).references)
    panel.reference_spin.setValue(21)
    type_text(panel.reference_source, "Ordinarie verksamhet 2026")
    qtbot.keyClick(panel.reference_button, Qt.Key.Key_Space)
    assert len(next(p for p in indicators.progress(project_id)
                    if p.indicator.id == chosen).references) == count + 1
    _undo(demo_window)
    assert len(next(p for p in indicators.progress(project_id)
                    if p.indicator.id == chosen).references) == count
