"""The workspace's data-safety contract: writer lock, refusals by reason, backups and restores."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from improve_desktop.services.maintenance import (
    BackupInfo,
    BackupKind,
    check_database,
    newest_verified_backup,
    recover_damaged,
)
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace

NOW = datetime(2026, 11, 27, 15, 9, 0, tzinfo=UTC)


def test_one_writer_and_any_number_of_readers(demo_path: Path) -> None:
    first = Workspace(demo_path)
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            Workspace(demo_path)
        assert refused.value.reason == DatabaseUnavailable.LOCKED
        assert refused.value.holder_pid == os.getpid()
        reader = Workspace(demo_path, read_only=True)
        assert reader.read_only
        assert reader.projects.list_projects() == first.projects.list_projects()
        reader.close()
    finally:
        first.close()
    second = Workspace(demo_path)
    assert not second.read_only
    second.close()


def test_the_lock_is_released_when_opening_fails(tmp_path: Path) -> None:
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("anteckningar")
    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(text_file)
    assert refused.value.reason == DatabaseUnavailable.FOREIGN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_a_damaged_database_is_reported_as_such_and_recovered_from_a_backup(
    demo_path: Path,
) -> None:
    workspace = Workspace(demo_path)
    projects = workspace.projects.list_projects()
    assert workspace.backup_if_due(NOW) is not None
    workspace.close()
    demo_path.write_bytes(os.urandom(4096) * 3)  # a random non-database file where it was
    damaged_bytes = demo_path.read_bytes()
    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(demo_path)
    assert refused.value.reason == DatabaseUnavailable.DAMAGED
    assert demo_path.read_bytes() == damaged_bytes, "refusing changes nothing"
    report = check_database(demo_path)
    assert not report.healthy
    assert any("newest verified backup" in message for message in report.messages)

    backup = newest_verified_backup(demo_path)
    assert backup is not None and backup.kind == BackupKind.DAILY
    recovery = recover_damaged(demo_path, backup.path, NOW)
    assert recovery.damaged_copy.read_bytes() == damaged_bytes
    reopened = Workspace(demo_path)
    assert reopened.projects.list_projects() == projects
    reopened.close()


def test_a_damaged_database_without_backups_can_start_afresh(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    path.write_bytes(b"\0" * 8192)  # zeroed: recognised as damaged even without backups
    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(path)
    assert refused.value.reason == DatabaseUnavailable.DAMAGED
    assert newest_verified_backup(path) is None
    recovery = recover_damaged(path, None, NOW)
    assert recovery.damaged_copy.exists() and recovery.restored_from is None
    fresh = Workspace(path)
    assert fresh.report.created
    fresh.close()


def test_restore_through_the_workspace_keeps_its_services_working(demo_path: Path) -> None:
    workspace = Workspace(demo_path)
    try:
        before = workspace.projects.list_projects()
        workspace.backup()
        workspace.organisations.create_organisation({"name": "Efter säkerhetskopian"})
        [backup] = [b for b in workspace.backups() if b.kind == BackupKind.MANUAL]
        report = workspace.restore(backup, NOW + timedelta(minutes=1))
        names = {o.name for o in workspace.organisations.list_organisations()}
        assert "Efter säkerhetskopian" not in names
        assert workspace.projects.list_projects() == before
        assert report.previous_backup is not None
        kinds = {b.kind for b in workspace.backups()}
        assert kinds == {BackupKind.MANUAL, BackupKind.BEFORE_RESTORE}
        # Restoring the "before restore" copy brings the undone change back.
        [undo] = [b for b in workspace.backups() if b.kind == BackupKind.BEFORE_RESTORE]
        workspace.restore(undo, NOW + timedelta(minutes=2))
        names = {o.name for o in workspace.organisations.list_organisations()}
        assert "Efter säkerhetskopian" in names
    finally:
        workspace.close()


def test_read_only_workspaces_neither_back_up_nor_restore(demo_path: Path) -> None:
    reader = Workspace(demo_path, read_only=True)
    try:
        assert reader.backup_if_due(NOW) is None
        assert not (demo_path.parent / "backups").exists()
        some_backup = BackupInfo(path=demo_path, kind=BackupKind.MANUAL, taken_at=NOW, size=1)
        with pytest.raises(DatabaseUnavailable, match="read-only"):
            reader.restore(some_backup)
    finally:
        reader.close()


def test_location_warning(tmp_path: Path) -> None:
    synced = tmp_path / "OneDrive" / "improve.sqlite3"
    synced.parent.mkdir()
    workspace = Workspace(synced)
    assert workspace.location_warning == ("synced", "OneDrive")
    workspace.close()
    local = Workspace(tmp_path / "local.sqlite3")
    assert local.location_warning is None
    local.close()
