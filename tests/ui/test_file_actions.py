"""The File menu's actions: import a backlog (choose, check, import, undo), save the template,
export the review pack and the meeting pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from improve_desktop.imports.problem_text import PROBLEMS, REFUSALS
from improve_desktop.ui.file_actions import make_import_dialog
from improve_desktop.ui.import_text import known_codes
from improve_desktop.ui.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def titles(window: MainWindow) -> list[str]:
    return [item.title for item in window.workspace.backlog.list_items(window.current_project_id)]


def test_import_a_jira_export_by_mouse_then_undo_and_redo(
        demo_window: MainWindow, qtbot: Any) -> None:
    before = titles(demo_window)
    dialog = make_import_dialog(demo_window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choose_source = lambda: SAMPLES / "jira.csv"
    dialog.show()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    assert "5 items from a Jira export" in dialog.summary.text()
    assert "Ready to import" in dialog.summary.text()
    assert dialog.items_model.rowCount() == 5
    lines = [dialog.problems.item(row).text() for row in range(dialog.problems.count())]
    assert any(line.startswith("Note – Row 6, Status:") and "Blocked" in line for line in lines)
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 5 items"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.imported
    after = titles(demo_window)
    assert after[:len(before)] == before
    assert after[len(before):][0] == "Kartlägg deltagarnas behov av stöd"
    assert demo_window.undo_action.text() == "&Undo Import 5 items"
    demo_window.undo_action.trigger()
    assert titles(demo_window) == before
    demo_window.redo_action.trigger()
    assert titles(demo_window) == after


def test_a_file_with_a_bad_row_cannot_be_imported_and_says_where(
        demo_window: MainWindow, qtbot: Any) -> None:
    before = titles(demo_window)
    dialog = make_import_dialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.choose_source = lambda: SAMPLES / "bad_row.csv"
    dialog.show()
    dialog.choose_button.setFocus()

    qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Space)

    assert "3 errors must be corrected" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    first = dialog.problems.item(0).text()
    assert first == "Error – Row 3, Estimate (points): The estimate “två” is not a number."
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not import a bad file
    assert not dialog.imported
    assert titles(demo_window) == before


def test_a_file_that_cannot_be_read_is_explained(demo_window: MainWindow, qtbot: Any) -> None:
    dialog = make_import_dialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.check_file(SAMPLES / "trello_malformed.json")
    assert dialog.summary.text() == (
        "trello_malformed.json cannot be imported: The file is not valid JSON (line 1).")
    assert dialog.items_model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_save_the_template_from_the_dialog(demo_window: MainWindow, qtbot: Any,
                                           tmp_path: Path) -> None:
    dialog = make_import_dialog(demo_window)
    qtbot.addWidget(dialog)
    target = tmp_path / "mall.xlsx"
    dialog.choose_template_target = lambda: target
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Backlog", "Instructions"]
    assert workbook["Backlog"].max_row == 1  # the empty template
    assert str(target) in dialog.summary.text()


def test_file_menu_offers_import_and_is_off_when_read_only(demo_window: MainWindow) -> None:
    names = [action.text() for action in demo_window.menuBar().actions()[0].menu().actions()]
    assert "&Import backlog…" in names and "Save backlog as &template…" in names
    assert demo_window.import_backlog_action.isEnabled()
    assert demo_window.import_backlog_action.shortcut().toString() == "Ctrl+Shift+I"


def test_no_project_chosen_says_so(demo_window: MainWindow, qtbot: Any, monkeypatch: Any) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: said.append(text))
    demo_window.current_project_id = None
    assert make_import_dialog(demo_window) is None
    assert said == ["Choose a project in the navigation first."]
    QApplication.processEvents()


def test_the_window_has_words_for_every_import_problem() -> None:
    refusals, problems = known_codes()
    assert refusals == set(REFUSALS)
    assert problems == set(PROBLEMS)


def test_export_the_review_pack_of_the_latest_closed_iteration(
        demo_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from improve_desktop.ui.file_actions import make_review_export_dialog

    dialog = make_review_export_dialog(demo_window)
    qtbot.addWidget(dialog)
    iterations = demo_window.workspace.iterations.list_iterations(demo_window.current_project_id)
    latest_closed = max(i.number for i in iterations if i.state.value == "closed")
    assert dialog.iteration_box.currentData() == latest_closed
    assert dialog.language_box.currentData() == "en"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("sv"))
    target = tmp_path / "pack.xlsx"
    dialog.path_edit.setText(str(target))
    dialog.show()
    dialog.path_edit.setFocus()

    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)

    assert dialog.written == target
    workbook = load_workbook(target)
    assert workbook.sheetnames[0] == "Sammanfattning"
    summary = " ".join(str(c.value) for row in workbook.worksheets[0].iter_rows() for c in row
                       if c.value is not None)
    assert f"{latest_closed}" in summary


def test_a_pack_that_cannot_be_written_says_why_and_stays_open(
        demo_window: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    from improve_desktop.ui.file_actions import make_review_export_dialog

    dialog = make_review_export_dialog(demo_window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "deeper" / "pack.xlsx"))
    (tmp_path / "no-such-folder").write_text("a file, not a folder")
    dialog.export()
    assert dialog.written is None
    assert dialog.message.text().startswith("The pack could not be written:")


def test_export_the_meeting_pack_of_the_current_cluster(
        demo_window: MainWindow, tmp_path: Path) -> None:
    from improve_desktop.domain.steering import MeetingState
    from improve_desktop.ui.file_actions import export_meeting_pack, meeting_to_export

    project = demo_window.workspace.projects.get_project(demo_window.current_project_id)
    meetings = demo_window.workspace.meetings.list_meetings(project.steering_cluster_id)
    latest_held = max((m for m in meetings if m.state is not MeetingState.PLANNED),
                      key=lambda m: m.meeting_date)
    assert meeting_to_export(demo_window) == latest_held.id

    written = export_meeting_pack(demo_window, tmp_path / "möte.xlsx")

    assert written == tmp_path / "möte.xlsx"
    assert load_workbook(written).sheetnames[0] == "Agenda"
    assert "Meeting pack saved as" in demo_window.statusBar().currentMessage()


def test_the_meeting_chosen_on_the_meetings_page_is_the_one_exported(
        demo_window: MainWindow, qtbot: Any) -> None:
    from improve_desktop.ui.file_actions import meeting_to_export

    demo_window.meetings_action.trigger()
    page = demo_window.steering.meetings_page
    assert demo_window.pages.currentWidget() is page
    page.table.selectRow(page.model.rowCount() - 1)  # the oldest meeting
    assert meeting_to_export(demo_window) == page.chosen().id
