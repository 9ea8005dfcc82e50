"""The lessons library dialog: type to search by prefix, filter by locality, read a lesson."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.dialogs.lessons_dialog import COL_LOCALITY, LessonsDialog


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
