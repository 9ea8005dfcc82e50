"""Data safety in the window: restore dialog, second instance, damaged files, errors, warnings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from improve_desktop import logs
from improve_desktop.cli import run
from improve_desktop.services.errors import SaveFailed
from improve_desktop.services.maintenance import BackupInfo, BackupKind
from improve_desktop.services.workspace import Workspace
from improve_desktop.settings import Settings
from improve_desktop.ui import data_safety
from improve_desktop.ui.dialogs.error_dialog import ErrorDialog
from improve_desktop.ui.dialogs.restore_backup import RestoreBackupDialog
from improve_desktop.ui.error_handler import ErrorHandler
from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.qt_models.backup_model import COL_KIND, BackupModel

from .test_accessibility import unnamed

NOW = datetime(2026, 11, 27, 15, 9, tzinfo=UTC)


def sample_backups(folder: Path) -> list[BackupInfo]:
    return [
        BackupInfo(path=folder / "a.sqlite3", kind=BackupKind.DAILY,
                   taken_at=NOW - timedelta(days=2), size=1_500_000),
        BackupInfo(path=folder / "b.sqlite3", kind=BackupKind.MANUAL, taken_at=NOW, size=2048),
        BackupInfo(path=folder / "c.sqlite3", kind=BackupKind.BEFORE_UPGRADE,
                   taken_at=NOW - timedelta(days=40), size=900_000, revision="0002_board"),
    ]


class Answers:
    """Stands in for ask_choice: records each question and gives the prepared answers."""

    def __init__(self, *answers: int | None) -> None:
        self.answers = list(answers)
        self.questions: list[tuple[str, list[str]]] = []

    def __call__(self, _parent: object, _title: str, text: str, choices: list[str],
                 *_args: object) -> int | None:
        self.questions.append((text, choices))
        return self.answers.pop(0)


def test_backup_model_passes_the_model_tester(qapp: object, tmp_path: Path) -> None:
    model = BackupModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(sample_backups(tmp_path))
    assert model.rowCount() == 3
    assert model.index(2, COL_KIND).data() == "Before upgrade to 0002_board"
    model.sort(0)
    assert model.row_at(0).kind == BackupKind.BEFORE_UPGRADE


def test_restore_dialog_is_driven_by_the_keyboard(english: None, qtbot: Any,
                                                  tmp_path: Path) -> None:
    dialog = RestoreBackupDialog(sample_backups(tmp_path), "improve.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog.findChildren(QWidget)) == []
    assert dialog.focusWidget() is dialog.table
    assert dialog.chosen() is not None and dialog.chosen().kind == BackupKind.MANUAL  # newest
    assert dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen() is not None and dialog.chosen().kind == BackupKind.DAILY


def test_restore_dialog_without_backups(english: None, qtbot: Any) -> None:
    dialog = RestoreBackupDialog([], "improve.sqlite3")
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert dialog.empty_note.isVisibleTo(dialog)


def _accept_dialog_on_row(row: int, seen: list[RestoreBackupDialog]) -> Callable[..., int]:
    def exec_(self: RestoreBackupDialog) -> int:
        seen.append(self)
        self.select_row(row)
        self.accept()
        return int(self.result())

    return exec_


def test_file_menu_restores_a_backup(demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    window = demo_window
    workspace = window.workspace
    workspace.backup()
    workspace.organisations.create_organisation({"name": "Efter säkerhetskopian"})
    seen: list[RestoreBackupDialog] = []
    monkeypatch.setattr(RestoreBackupDialog, "exec", _accept_dialog_on_row(0, seen))
    asked: list[str] = []
    monkeypatch.setattr(MainWindow, "_ask", lambda self, title, text: asked.append(text) or True)
    changes: list[object] = []
    window.signals.changed.connect(changes.append)
    assert window.restore_action in window.menuBar().actions()[0].menu().actions()
    window.restore_action.trigger()
    assert seen and seen[0].model.rowCount() == 1
    assert asked and "backed up first" in asked[0]
    names = {o.name for o in workspace.organisations.list_organisations()}
    assert "Efter säkerhetskopian" not in names
    assert changes, "the screens were told to reload"
    assert "was restored" in window.statusBar().currentMessage()
    kinds = {b.kind for b in workspace.backups()}
    assert BackupKind.BEFORE_RESTORE in kinds


def test_second_instance_is_offered_read_only(make_window: Callable[..., MainWindow],
                                              demo_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_window(demo_path)
    answers = Answers(0)
    monkeypatch.setattr(data_safety, "ask_choice", answers)
    reports: list[str] = []
    workspace, note = data_safety.open_workspace(None, demo_path, reports.append)
    assert workspace is not None and workspace.read_only
    assert "already open" in answers.questions[0][0]
    assert answers.questions[0][1] == ["Open &read-only", "Cancel"]
    second = MainWindow(workspace, Settings())
    try:
        assert "(read-only)" in second.database_label.text()
        assert note == "Opened read-only."
        assert not second.demo_action.isEnabled()
    finally:
        second.close()
        workspace.close()
    assert first.workspace.projects.list_projects()


def test_second_instance_can_be_refused(demo_path: Path, qapp: object,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    holder = Workspace(demo_path)
    answers = Answers(1)
    monkeypatch.setattr(data_safety, "ask_choice", answers)
    try:
        assert run(["--database", str(demo_path), "--quit-after-shown"]) == 1
    finally:
        holder.close()
    assert len(answers.questions) == 1


def test_damaged_database_at_start_is_kept_aside_and_the_backup_restored(
    demo_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(demo_path)
    codes = [p.code for p in workspace.projects.list_projects()]
    backup = workspace.backup()
    workspace.close()
    damaged = b"\0" * 4096 + demo_path.read_bytes()[4096:]
    demo_path.write_bytes(damaged)
    answers = Answers(0)
    monkeypatch.setattr(data_safety, "ask_choice", answers)
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 0
    text, choices = answers.questions[0]
    assert "is damaged" in text and "nothing is deleted" in text
    assert choices[0].startswith("&Restore the backup from")
    assert len(choices) == 3
    [kept] = demo_path.parent.glob("demo.damaged.*.sqlite3")
    assert kept.read_bytes() == damaged
    reopened = Workspace(demo_path)
    assert [p.code for p in reopened.projects.list_projects()] == codes
    reopened.close()
    assert backup.exists()


def test_damaged_database_and_the_user_says_no(demo_path: Path, qapp: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    demo_path.write_bytes(b"\0" * 8192)
    monkeypatch.setattr(data_safety, "ask_choice", Answers(None))
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 1
    assert demo_path.read_bytes() == b"\0" * 8192
    assert not list(demo_path.parent.glob("*.damaged.*"))


def test_daily_backup_at_start_then_not_again(demo_path: Path, qapp: object) -> None:
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 0
    backups = list((demo_path.parent / "backups").glob("demo.daily.*.sqlite3"))
    assert len(backups) == 1
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 0
    assert list((demo_path.parent / "backups").glob("demo.daily.*.sqlite3")) == backups


def test_location_warning_is_shown_once(make_window: Callable[..., MainWindow],
                                        demo_path: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    synced = tmp_path / "Dropbox" / "improve.sqlite3"
    synced.parent.mkdir()
    synced.write_bytes(demo_path.read_bytes())
    window = make_window(synced)
    warnings: list[str] = []
    monkeypatch.setattr(MainWindow, "_warn", lambda self, title, text: warnings.append(text))
    data_safety.after_open(window)
    data_safety.after_open(window)
    assert len(warnings) == 1
    assert "Dropbox" in warnings[0] and "folder on this computer" in warnings[0]
    assert window.settings.warned_locations == [str(synced)]
    assert "Dropbox" in window.database_label.toolTip()


def test_an_unexpected_error_is_shown_logged_without_user_text_and_the_app_goes_on(
    english: None, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_path = logs.configure_logging(tmp_path / "logs")
    shown: list[ErrorDialog] = []

    def exec_(self: ErrorDialog) -> int:
        shown.append(self)
        assert unnamed(self.findChildren(QWidget)) == []
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", exec_)
    handler = ErrorHandler().install()
    minutes = "Protokoll: styrgruppen beslutade att 37 deltagare går vidare"
    button = QPushButton("Spara")
    clicks: list[int] = []

    def slot() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise ValueError(f"could not save {minutes!r} for 37 deltagare")

    button.clicked.connect(slot)
    try:
        button.click()  # the slot raises; PySide hands the exception to sys.excepthook
        button.click()  # and the application goes on
    finally:
        handler.uninstall()
    assert clicks == [1, 1], "the application carried on after the error"
    assert shown, "the error dialog was shown"
    assert "ValueError" in shown[0].summary.text()
    assert "Traceback" in shown[0].details.toPlainText()
    assert str(log_path) in shown[0].explanation.text()
    for handler_ in logging.getLogger("improve_desktop").handlers:
        handler_.flush()
    written = log_path.read_text(encoding="utf-8")
    assert "ValueError" in written and "test_data_safety_ui.py" in written
    assert "styrgruppen" not in written and "37" not in written.split("ValueError")[-1]


def test_a_failed_save_gets_a_plain_message(english: None, qtbot: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: messages.append(text))
    handler = ErrorHandler()
    try:
        raise SaveFailed("disk_full", "disk full")
    except SaveFailed as error:
        handler(type(error), error, error.__traceback__)
    assert messages and "the disk is full" in messages[0]
    assert "everything saved before is intact" in messages[0]
    QApplication.processEvents()
