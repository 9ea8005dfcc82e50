"""Creating a project from the keyboard, with validation shown inline and nothing lost."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from improve_desktop.ui.dialogs.new_project import NewProjectDialog
from improve_desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text


def _dialog(window: MainWindow, qtbot: object) -> NewProjectDialog:
    dialog = NewProjectDialog(window.workspace, window)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    return dialog


def test_typed_project_is_created_and_shown(demo_window: MainWindow, qtbot: object,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    typed: dict[str, NewProjectDialog] = {}

    def fill_and_accept(self: NewProjectDialog) -> int:
        typed["dialog"] = self
        self.show()
        qtbot.waitExposed(self)  # type: ignore[attr-defined]
        type_text(self.code, "ske-nya")
        type_text(self.name, "Nya vägar")
        self.organisation.setCurrentIndex(self.organisation.findText("Samordningsförbundet Skellefteå"))
        self.cluster.setCurrentIndex(self.cluster.findText("Styrgruppskluster Skellefteå"))
        self.start.setDate(QDate(2027, 1, 11))
        self.end.setDate(QDate(2028, 12, 31))
        type_text(self.purpose, "Fler unga i arbete.")
        qtbot.keyClick(self.code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        return int(self.result())

    monkeypatch.setattr(NewProjectDialog, "exec", fill_and_accept)
    demo_window.new_project_action.trigger()
    dialog = typed["dialog"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.created is not None and dialog.created.code == "SKE-NYA"
    assert demo_window.overview_page.title.text() == "SKE-NYA – Nya vägar"
    assert demo_window.settings.last_project_id == dialog.created.id
    assert "SKE-NYA" in demo_window.statusBar().currentMessage()


def test_errors_are_shown_beside_fields_and_focus_moves_there(demo_window: MainWindow,
                                                              qtbot: object) -> None:
    dialog = _dialog(demo_window, qtbot)
    type_text(dialog.code, "SKE-VV")  # already used by a demo project
    dialog.organisation.setCurrentIndex(0)
    dialog.start.setDate(QDate(2027, 5, 1))
    dialog.end.setDate(QDate(2027, 4, 1))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    errors = {field: label.text() for field, label in dialog._errors.items() if label.isVisible()}
    assert set(errors) == {"code", "name", "end_date"}
    assert "already in use" in errors["code"]
    assert "required" in errors["name"]
    assert "end date" in errors["end_date"]
    assert dialog.code.accessibleDescription() == errors["code"].removeprefix("⚠ ")
    assert dialog.focusWidget() is dialog.code
    # What was typed is still there, and correcting it succeeds.
    assert dialog.code.text() == "SKE-VV"
    dialog.code.selectAll()
    type_text(dialog.code, "SKE-TVA")
    type_text(dialog.name, "Andra vägen")
    dialog.end.setDate(QDate(2028, 4, 1))
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not any(label.isVisible() for label in dialog._errors.values())


def test_typing_a_new_owner_creates_the_organisation(make_window: Callable[..., MainWindow],
                                                     tmp_path: Path, qtbot: object) -> None:
    window = make_window(tmp_path / "empty.sqlite3")
    dialog = _dialog(window, qtbot)
    assert dialog.organisation.count() == 0
    type_text(dialog.code, "LYC-1")
    type_text(dialog.name, "Första projektet")
    type_text(dialog.organisation.lineEdit(), "Samordningsförbundet Lycksele")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [o.name for o in window.workspace.organisations.list_organisations()] == [
        "Samordningsförbundet Lycksele"
    ]
    assert window.workspace.projects.list_projects()[0].owner_organisation == (
        "Samordningsförbundet Lycksele"
    )


def test_cancel_stores_nothing(demo_window: MainWindow, qtbot: object) -> None:
    dialog = _dialog(demo_window, qtbot)
    type_text(dialog.code, "NEJ-1")
    type_text(dialog.name, "Avbrutet")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert demo_window.workspace.projects.count_projects() == 5


def test_get_project_returns_value_and_acceptance(demo_window: MainWindow,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NewProjectDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert NewProjectDialog.get_project(demo_window, demo_window.workspace) == (None, False)
