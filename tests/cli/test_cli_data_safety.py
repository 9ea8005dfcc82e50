"""The command line and data safety: one writer, read-only checks, rolling backups."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.services.workspace import Workspace
from improve_desktop.store.backup import DAILY, list_backups, take_backup

from .test_cli import files_in, one_error_line


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, backups included."""
    return {
        str(item.relative_to(folder)): item.read_bytes()
        for item in sorted(folder.rglob("*"))
        if item.is_file()
    }


def test_demo_is_refused_while_a_window_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "improve.sqlite3"
    window = Workspace(database)
    try:
        assert run(["--database", str(database), "demo"]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert "already open in Improve Desktop" in line and str(os.getpid()) in line
        assert window.projects.list_projects() == []
    finally:
        window.close()
    assert run(["--database", str(database), "demo"]) == 0
    assert not (tmp_path / "improve.sqlite3.lock").exists()


def test_check_of_a_damaged_database_names_the_newest_backup_and_changes_nothing(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = datetime.now(UTC)
    take_backup(demo_path, DAILY, now - timedelta(days=3))
    newest = take_backup(demo_path, DAILY, now - timedelta(days=1))
    with demo_path.open("r+b") as handle:
        handle.write(b"\0" * 100)  # the header is gone
    before = snapshot(demo_path.parent)
    assert run(["--database", str(demo_path), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "is damaged" in captured.err
    assert f"newest verified backup is {newest}" in captured.err
    assert snapshot(demo_path.parent) == before, "check is read-only"


def test_check_while_the_application_has_it_open(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = Workspace(demo_path)
    try:
        window.organisations.create_organisation({"name": "Ny i WAL-filen"})
        assert run(["--database", str(demo_path), "check"]) == 0
        assert "ok" in capsys.readouterr().out
    finally:
        window.close()


def test_backup_rotates_the_backups_folder(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = datetime.now(UTC) - timedelta(days=60)
    for day in range(60):
        take_backup(demo_path, DAILY, start + timedelta(days=day))
    assert len(list_backups(demo_path)) == 60
    assert run(["--database", str(demo_path), "backup"]) == 0
    assert "backup written and verified" in capsys.readouterr().out
    kept = list_backups(demo_path)
    assert kept[0].label == "manual"
    assert len(kept) <= 17


def test_backup_of_a_damaged_database_is_refused(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_path.open("r+b") as handle:
        handle.write(b"\0" * 100)
    before = files_in(demo_path.parent)
    output = tmp_path / "copy.sqlite3"
    for argv in (["backup"], ["backup", "--output", str(output)]):
        assert run(["--database", str(demo_path), *argv]) == 1
        assert "damaged" in one_error_line(capsys.readouterr().err)
    assert files_in(demo_path.parent) == before
    assert not (demo_path.parent / "backups").exists()
