"""The results views driven by keyboard: logic model editor, indicator panel, participants with
small counts suppressed, budget, the import dialog, and the method → result view with export."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from improve_desktop.domain.results import IndicatorStatus, LogicLevel
from improve_desktop.ui.dialogs.method_results_dialog import (
    ComparisonModel,
    MethodResultModel,
    MethodResultsDialog,
)
from improve_desktop.ui.dialogs.participant_import import ParticipantImportDialog
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.results_text import status_text
from improve_desktop.ui.views.participants_page import ParticipantsPage
from improve_desktop.ui.views.results_view import ResultsView
from tests.ui.keyboard import type_text
from tests.ui.test_accessibility import unnamed


def results_tab(window: MainWindow, qtbot, page: int = 0) -> ResultsView:  # type: ignore[no-untyped-def]
    window.show_results_action.trigger()
    view = window._view("results")
    assert window.project_tabs.currentWidget() is window._tab_hosts["results"]
    bar = view.pages.tabBar()
    bar.setFocus()
    for _ in range(page - view.pages.currentIndex()):
        qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert view.pages.currentIndex() == page
    return view


def project_id_of(window: MainWindow, code: str) -> str:
    return next(p.id for p in window.workspace.projects.list_projects() if p.code == code)


def test_logic_model_editor_by_keyboard(demo_window: MainWindow, qtbot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=1)
    editor = view.logic_model
    service = demo_window.workspace.logic_models
    project_id = demo_window.current_project_id
    model = service.model(project_id)
    impact = model.at(LogicLevel.IMPACT)[0]
    editor.select_node(impact.id)
    editor.tree.setFocus()
    # Insert prepares a node one level down, linked to the selected one; Enter adds it.
    qtbot.keyClick(editor.tree, Qt.Key.Key_Insert)
    assert editor.add_title.hasFocus()
    assert editor.add_level.currentData() == LogicLevel.LONG_TERM_OUTCOME.value
    editor.select_node(impact.id)
    type_text(editor.add_title, "Hållbar försörjning")
    qtbot.keyClick(editor.add_title, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(service.model(project_id).nodes) == len(model.nodes) + 1)
    added = next(n for n in service.model(project_id).nodes if n.title == "Hållbar försörjning")
    assert added.parent_id == impact.id and added.level is LogicLevel.LONG_TERM_OUTCOME
    # F2 renames the selected node.
    qtbot.waitUntil(lambda: editor.current_node_id() == added.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_F2)
    editor_widget = editor.tree.focusWidget()
    editor_widget.selectAll()
    type_text(editor_widget, "Egen försörjning")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: service.get(added.id).title == "Egen försörjning")
    # Space on a method ticks it: the activity is linked to the method.
    activity = service.model(project_id).at(LogicLevel.ACTIVITY)[0]
    editor.select_node(activity.id)
    editor.method_list.setFocus()
    row = next(r for r in range(editor.method_list.count())
               if editor.method_list.item(r).data(Qt.ItemDataRole.UserRole + 1)
               not in activity.method_ids)
    editor.method_list.setCurrentRow(row)
    qtbot.keyClick(editor.method_list, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(service.get(activity.id).method_ids) == len(activity.method_ids) + 1)
    # Delete asks first; no keeps the node, yes deletes it.
    answers = [False, True]
    monkeypatch.setattr(ResultsView, "_confirm", lambda self, text: answers.pop(0))
    editor.select_node(added.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: answers == [True])
    assert any(n.id == added.id for n in service.model(project_id).nodes)
    editor.select_node(added.id)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: all(n.id != added.id for n in service.model(project_id).nodes))


def test_indicator_panel_by_keyboard(demo_window: MainWindow, qtbot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=0)
    panel = view.indicators
    assert panel.model.rowCount() == 6
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    chosen = panel.current()
    assert chosen is not None and chosen.indicator.key == "work_or_studies"
    # Status in words (and a symbol), not only colour; the table twin holds every value.
    assert panel.status_label.text() == status_text(chosen.status)
    assert chosen.status is not IndicatorStatus.NO_DATA
    assert panel.measurements.rowCount() == len(chosen.measurements) == 6
    assert "Ordinary operations" in panel.summary.text()
    assert len(panel.chart.chart().series()) >= 4  # actual, target, baseline, reference (+dots)
    # Record a value for the latest iteration: value field, then Enter on the button.
    panel.value_spin.setFocus()
    panel.value_spin.selectAll()
    type_text(panel.value_spin, "41")
    panel.record_button.setFocus()
    qtbot.keyClick(panel.record_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().latest == 41.0)
    assert panel.current().status is IndicatorStatus.MET
    assert panel.status_label.text() == status_text(IndicatorStatus.MET)
    # Raise the target by keyboard: the status follows.
    panel.target_spin.setFocus()
    panel.target_spin.selectAll()
    type_text(panel.target_spin, "60")
    panel.target_button.setFocus()
    qtbot.keyClick(panel.target_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.current().indicator.target == 60.0)
    assert panel.current().status is not IndicatorStatus.MET
    # A target on the wrong side of the baseline is refused with a message, nothing saved.
    warnings: list[str] = []
    monkeypatch.setattr("improve_desktop.ui.views.results_view.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    panel.target_spin.setValue(5.0)
    qtbot.keyClick(panel.target_button, Qt.Key.Key_Space)
    assert warnings and "target" in warnings[0]
    assert panel.current().indicator.target == 60.0


def test_participants_show_small_counts_as_suppressed(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=2)
    page = view.participants
    assert page.model.rowCount() >= 1
    texts = [page.model.index(row, column).data()
             for row in range(page.model.rowCount()) for column in range(1, page.model.columnCount())]
    periods = demo_window.workspace.participants.periods(demo_window.current_project_id)
    assert page.model.columnCount() == 1 + len(periods)
    assert "<5" in texts
    assert all(text in ("<5", "x") or int(text) >= 5 for text in texts)
    row = next(r for r in range(page.model.rowCount())
               if "studies" in page.model.index(r, 0).data())
    for column, period in enumerate(periods, start=1):
        count, text = period.exits["studies"], page.model.index(row, column).data()
        assert text == "<5" if count < 5 else text in (str(count), "x")
    # The threshold is a setting: at 1 nothing but zero is hidden.
    page.model.set_threshold(1)
    assert page.model.index(0, 1).data() == str(periods[0].started)


def _groups(page: ParticipantsPage) -> dict[str, list[int]]:
    """The rows of each breakdown, by the start of their labels."""
    labels = [page.model.index(row, 0).data() for row in range(page.model.rowCount())]
    return {
        "gender": [r for r, text in enumerate(labels)
                   if text.startswith("Started: ") and "years" not in text],
        "age": [r for r, text in enumerate(labels) if text.endswith(" years")],
        "exit": [r for r, text in enumerate(labels) if text.startswith("Exit: ")],
    }


def test_participants_hide_a_second_cell_so_that_none_can_be_worked_out(
        demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=2)
    page = view.participants
    model, table = page.model, page.table
    periods = demo_window.workspace.participants.periods(demo_window.current_project_id)
    groups = _groups(page)
    assert [len(rows) for rows in groups.values()] == [3, 5, 5]
    marks = []
    for column, period in enumerate(periods, start=1):
        totals = {"gender": period.started, "age": period.started, "exit": period.ended}
        for name, rows in groups.items():
            shown = [model.index(row, column).data() for row in rows]
            hidden = [text for text in shown if not text.isdigit()]
            if totals[name] >= 5:  # a shown total: one hidden cell would be total - shown
                assert len(hidden) != 1, (period.period_start, name, shown)
            marks += [(row, column) for row, text in zip(rows, shown, strict=True) if text == "x"]
    assert marks, "the demo data has breakdowns with one small cell"
    # Walk to the first "x" by keyboard: its tooltip and accessible text explain the mark.
    row, column = marks[0]
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    for _ in range(row):
        qtbot.keyClick(table, Qt.Key.Key_Down)
    for _ in range(column):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    current = table.currentIndex()
    assert (current.row(), current.column()) == (row, column)
    assert current.data() == "x"
    explanation = "cannot be worked out from the total"
    assert explanation in current.data(Qt.ItemDataRole.ToolTipRole)
    assert explanation in current.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert "x: hidden so that" in page.note.text()
    # Without small cells there is nothing to protect and the note says nothing about "x".
    page.set_threshold(1)
    texts = [model.index(r, c).data() for r in range(model.rowCount())
             for c in range(1, model.columnCount())]
    assert "x" not in texts and "x:" not in page.note.text()


def test_budget_view(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    young_project_id = project_id_of(demo_window, "SKE-UNG")
    demo_window.reload(select_project=young_project_id)
    demo_window.show_budget_action.trigger()
    tab = demo_window._view("budget")
    view = tab.view
    summary = demo_window.workspace.budget.summary(young_project_id)
    assert view.model.rowCount() == len(summary.periods) == 13
    assert "Over budget" in view.headline.text()  # the demo's over-spending project
    assert "Burn rate" in view.headline.text()
    # Choose the second period, set the planned staff cost and save it, all by keyboard.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    view.planned_spin.setFocus()
    view.planned_spin.selectAll()
    type_text(view.planned_spin, "777000")
    view.save_button.setFocus()
    qtbot.keyClick(view.save_button, Qt.Key.Key_Space)
    second = summary.periods[1].period_start
    qtbot.waitUntil(lambda: any(
        line.period_start == second and line.category.value == "staff"
        and line.planned_sek == 777_000
        for line in demo_window.workspace.budget.lines(young_project_id)))
    qtbot.waitUntil(lambda: view.model.row_at(1).planned_sek != summary.periods[1].planned_sek)


HEADINGS = "Kvartal;Kön;Åldersgrupp;Påbörjade;Avslutade;Arbete;Studier;Arbetssökande;Annat;Okänt"


def test_import_dialog_maps_previews_and_imports(demo_window: MainWindow, qtbot,
                                                 tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sus.csv"
    path.write_text(HEADINGS + "\n2027-Q1;Kvinna;16-24;9;4;2;1;1;0;0\n"
                    "2027-Q1;Man;16-24;6;2;1;0;1;0;0\n", encoding="utf-8")
    project_id = demo_window.current_project_id
    service = demo_window.workspace.participants
    before = len(service.figures(project_id))
    dialog = ParticipantImportDialog(service, project_id, demo_window)
    qtbot.addWidget(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    dialog.path_edit.setFocus()
    type_text(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.mapping()["gender"] == "Kön"
    assert dialog.import_button.isEnabled()
    assert dialog.preview_model.rowCount() == 2
    assert len(service.figures(project_id)) == before  # the dry run stores nothing
    # Unmap the gender column with the keyboard: the preview says what is missing.
    combo = dialog.field_combos["gender"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert not dialog.import_button.isEnabled()
    assert dialog.problem_list.count() >= 1
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.mapping()["gender"] == "Kön"
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Space)
    assert dialog.imported is not None and dialog.imported.count == 2
    assert len(service.figures(project_id)) == before + 2
    assert service.mapping_for("SUS") == dialog.mapping()


def test_import_dialog_refuses_identity_numbers(demo_window: MainWindow, qtbot,
                                                tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "people.csv"
    path.write_text(HEADINGS + ";Personnummer\n2027-Q1;Kvinna;16-24;9;4;2;1;1;0;0;19811218-9876\n",
                    encoding="utf-8")
    project_id = demo_window.current_project_id
    service = demo_window.workspace.participants
    before = service.figures(project_id)
    dialog = ParticipantImportDialog(service, project_id, demo_window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert "Personnummer (K)" in dialog.message.text() and "row 2" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and not dialog.mapping_box.isEnabled()
    assert service.figures(project_id) == before


def test_method_results_dialog_and_export(demo_window: MainWindow, qtbot, tmp_path: Path,
                                         qtmodeltester, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    results = demo_window.workspace.method_results.compare("en")
    written: list[Path] = []

    def export(path: Path) -> Path:
        from improve_desktop.exports.method_results import export_method_results

        written.append(export_method_results(
            path, results, demo_window.workspace.participants.periods_by_project(), "en"))
        return path

    dialog = MethodResultsDialog(results, "en", export, demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    assert dialog.model.rowCount() == 11
    # Largest difference first; Down moves to the next method and its details.
    first = dialog.current()
    assert first is not None and first.comparisons
    assert "Better with the method" in dialog.model.index(0, 7).data()
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    last = dialog.current()
    assert last is not None and last.method_id != first.method_id
    assert dialog.detail_title.text() == last.name_en
    too_few = next(r for r in range(dialog.model.rowCount())
                   if dialog.model.row_at(r).too_few)
    dialog.table.setCurrentIndex(dialog.model.index(too_few, 0))
    assert dialog.warning.text().startswith("⚠")
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.comparisons)
    target = tmp_path / "method-result.xlsx"
    monkeypatch.setattr("improve_desktop.ui.dialogs.method_results_dialog.QFileDialog"
                        ".getSaveFileName", lambda *_a, **_k: (str(target), ""))
    dialog.export_button.setFocus()
    qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
    assert written == [target]
    book = load_workbook(target)
    sheet = book["Method and result"]
    methods = {sheet.cell(row=r, column=1).value for r in range(5, sheet.max_row + 1)}
    assert "Individual Placement and Support (IPS)" in methods
    people = book["Participants"]
    counts = [people.cell(row=r, column=c).value for r in range(3, people.max_row + 1)
              for c in range(4, people.max_column + 1)]
    assert "<5" in counts and "x" in counts
    assert all(value in ("<5", "x") or int(value) >= 5 for value in counts)
    assert "x = hidden so that" in people.cell(row=1, column=1).value


def test_results_views_name_every_widget(demo_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for page in range(3):
        view = results_tab(demo_window, qtbot, page=page)
    demo_window.show_budget_action.trigger()
    assert unnamed(view.findChildren(QWidget)) == []
    assert unnamed(demo_window._view("budget").findChildren(QWidget)) == []


def test_table_models_pass_the_model_tester(demo_window: MainWindow, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=0)
    qtmodeltester.check(view.indicators.model)
    qtmodeltester.check(view.indicators.measurements)
    results_tab(demo_window, qtbot, page=2)
    qtmodeltester.check(view.participants.model)
    demo_window.show_budget_action.trigger()
    qtmodeltester.check(demo_window._view("budget").view.model)
    assert isinstance(MethodResultModel(lambda: "sv"), MethodResultModel)
    assert isinstance(ComparisonModel(), ComparisonModel)
