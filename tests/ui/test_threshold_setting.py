"""View → Small-count threshold…: a spin box 1–50 saved in the settings; the participants page
shows the new threshold at once and the exported workbook uses it."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from improve_desktop.settings import load_settings
from improve_desktop.ui.dialogs.method_results_dialog import MethodResultsDialog
from improve_desktop.ui.dialogs.threshold_dialog import ThresholdDialog
from improve_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text
from tests.ui.test_accessibility import unnamed
from tests.ui.test_results_views import results_tab


def _answer(qtbot, monkeypatch: pytest.MonkeyPatch, typed: str, accept: bool = True) -> list:  # type: ignore[no-untyped-def]
    seen: list[ThresholdDialog] = []

    def exec_(dialog: ThresholdDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.focusWidget() is dialog.spin
        assert unnamed(dialog.findChildren(QWidget)) == []
        dialog.spin.selectAll()
        type_text(dialog.spin, typed)
        qtbot.keyClick(dialog.spin, Qt.Key.Key_Return if accept else Qt.Key.Key_Escape)
        return int(dialog.result())

    monkeypatch.setattr(ThresholdDialog, "exec", exec_)
    return seen


def test_threshold_is_chosen_saved_and_used(demo_window: MainWindow, qtbot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    view = results_tab(demo_window, qtbot, page=2)
    page = view.participants
    periods = demo_window.workspace.participants.periods(demo_window.current_project_id)
    started = periods[0].started
    assert started >= 5 and page.model.index(0, 1).data() == str(started)

    # Escape leaves it as it was.
    _answer(qtbot, monkeypatch, "30", accept=False)
    demo_window.threshold_action.trigger()
    assert demo_window.settings.suppression_threshold == 5

    # Above the largest count, everything but the label is hidden; the note says so.
    high = max(started + 1, 20)
    seen = _answer(qtbot, monkeypatch, str(high))
    demo_window.threshold_action.trigger()
    assert seen[0].spin.maximum() == 50 and seen[0].spin.minimum() == 1
    assert demo_window.settings.suppression_threshold == high
    assert load_settings().suppression_threshold == high  # saved, not only remembered
    assert page.model.index(0, 1).data() == f"<{high}"
    assert f"below {high}" in page.note.text()
    assert f"<{high}" in demo_window.statusBar().currentMessage()

    # The method → result export uses it too.
    def export_at_once(dialog: MethodResultsDialog) -> int:
        dialog.export(tmp_path / "methods.xlsx")
        return 0

    monkeypatch.setattr(MethodResultsDialog, "exec", export_at_once)
    demo_window.method_results_action.trigger()
    book = load_workbook(tmp_path / "methods.xlsx", read_only=True)
    texts = {str(cell) for sheet in book.worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None}
    assert f"<{high}" in texts and "<5" not in texts
