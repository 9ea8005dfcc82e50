"""The backups folder: naming, listing, start-up backups, rotation, damaged sources, restores."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from improve_desktop.services.organisations import OrganisationService
from improve_desktop.store.backup import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupFailed,
    backup_if_due,
    integrity_errors,
    list_backups,
    move_aside,
    new_backup_path,
    newest_sound_backup,
    restore_backup,
    rotate_backups,
    take_backup,
)
from improve_desktop.store.engine import Store
from improve_desktop.store.errors import DatabaseDamaged
from improve_desktop.store.migrate import open_store
from improve_desktop.store.models import Organisation

Rows = dict[str, list[dict[str, Any]]]
NOW = datetime(2026, 11, 27, 15, 9, 0, tzinfo=UTC)


def scribble_table(path: Path, table: str = "organisation") -> None:
    """Overwrite the root page of ``table``, as a failing disk might."""
    with closing(sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)) as c:
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        root = c.execute(query, (table,)).fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def names(store: Store) -> list[str]:
    return sorted(o.name for o in OrganisationService(store).list_organisations())


def add(store: Store, name: str) -> None:
    OrganisationService(store).create_organisation({"name": name})


def fill(store: Store, count: int = 300) -> None:
    """Enough rows for a few dozen pages, so that a scribbled page holds data."""
    with store.write() as session:
        session.add_all(
            Organisation(name=f"Förbund {number:03d}", locality="x" * 90) for number in range(count)
        )


def test_backups_are_named_listed_and_parsed(demo_path: Path) -> None:
    first = take_backup(demo_path, DAILY, NOW)
    assert first == demo_path.parent / "backups" / "demo.daily.20261127-150900.sqlite3"
    # The same second again gets a free name rather than failing.
    second = take_backup(demo_path, MANUAL, NOW)
    third = take_backup(demo_path, MANUAL, NOW)
    assert third.name == "demo.manual.20261127-150900-2.sqlite3"
    later = take_backup(demo_path, "before-0003_x", NOW + timedelta(hours=1))
    (demo_path.parent / "backups" / "notes.txt").write_text("not a backup")
    (demo_path.parent / "backups" / "other.daily.20261127-150900.sqlite3").write_bytes(b"x")
    listed = list_backups(demo_path)
    assert listed[0].path == later
    assert {b.path for b in listed} == {first, second, third, later}
    assert listed[0].upgrade_revision == "0003_x" and not listed[0].rolling
    assert all(b.taken_at.tzinfo is not None and b.size > 0 for b in listed)
    assert {b.label for b in listed} == {DAILY, MANUAL, "before-0003_x"}


def test_a_damaged_database_never_enters_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    opened = open_store(path)
    fill(opened.store)
    opened.store.close()
    good = take_backup(path, DAILY, NOW - timedelta(days=2))
    scribble_table(path)
    before = sorted(p.name for p in (tmp_path / "backups").iterdir())
    with pytest.raises(DatabaseDamaged):
        take_backup(path, DAILY, NOW)
    with pytest.raises(DatabaseDamaged):
        backup_if_due(path, NOW)
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == before
    assert newest_sound_backup(path) is not None
    assert newest_sound_backup(path).path == good  # type: ignore[union-attr]


def test_backup_if_due_takes_one_a_day(demo_path: Path) -> None:
    assert backup_if_due(demo_path, NOW) is not None
    assert backup_if_due(demo_path, NOW + timedelta(hours=23)) is None
    assert backup_if_due(demo_path, NOW + timedelta(hours=25)) is not None
    assert [b.label for b in list_backups(demo_path)] == [DAILY, DAILY]
    # A manual backup also counts as a fresh one.
    take_backup(demo_path, MANUAL, NOW + timedelta(days=3))
    assert backup_if_due(demo_path, NOW + timedelta(days=3, hours=1)) is None


def test_rotation_spares_upgrade_and_restore_copies_and_cleans_old_partials(
    tmp_path: Path,
) -> None:
    path = tmp_path / "improve.sqlite3"
    open_store(path).store.close()
    for day in range(40):
        take_backup(path, DAILY, NOW + timedelta(days=day))
    pinned = take_backup(path, "before-0002_board", NOW - timedelta(days=400))
    restored = take_backup(path, BEFORE_RESTORE, NOW - timedelta(days=300))
    stale = tmp_path / "backups" / "improve.daily.20250101-000000.sqlite3.partial"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (0, 0))
    fresh = tmp_path / "backups" / "improve.daily.20261231-000000.sqlite3.partial"
    fresh.write_bytes(b"being written")
    now = NOW + timedelta(days=40)
    os.utime(fresh, (now.timestamp(), now.timestamp()))
    removed = rotate_backups(path, now)
    assert stale in removed and not stale.exists()
    assert fresh.exists(), "a copy being written now is left alone"
    assert pinned.exists() and restored.exists()
    rolling = [b for b in list_backups(path) if b.rolling]
    assert 7 + 4 <= len(rolling) <= 17
    assert all(not integrity_errors(b.path) for b in list_backups(path))


def test_new_backup_path_never_reuses_a_name(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    first = new_backup_path(database, DAILY, NOW)
    first.parent.mkdir()
    first.with_name(first.name + ".partial").write_bytes(b"")
    assert new_backup_path(database, DAILY, NOW) != first


def test_move_aside_keeps_the_file_and_its_companions(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    path.write_bytes(b"damaged main file")
    path.with_name("improve.sqlite3-wal").write_bytes(b"wal")
    path.with_name("improve.sqlite3-shm").write_bytes(b"shm")
    target = move_aside(path, NOW)
    assert target == tmp_path / "improve.damaged.20261127-150900.sqlite3"
    assert target.read_bytes() == b"damaged main file"
    assert target.with_name(target.name + "-wal").read_bytes() == b"wal"
    assert not path.exists()
    assert not path.with_name("improve.sqlite3-wal").exists()
    path.write_bytes(b"damaged again")
    assert move_aside(path, NOW) != target


def test_restore_into_an_open_store(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    opened = open_store(path)
    store = opened.store
    add(store, "Skellefteå")
    backup = take_backup(path, MANUAL, NOW)
    add(store, "Lycksele")
    assert names(store) == ["Lycksele", "Skellefteå"]
    store.engine.dispose()
    result = restore_backup(backup, path, NOW + timedelta(minutes=5))
    # The store reconnects and sees the restored content; the replaced state was kept.
    assert names(store) == ["Skellefteå"]
    assert result.damaged_copy is None
    assert result.previous_backup is not None
    assert result.previous_backup.name.startswith("improve.before-restore.")
    with closing(sqlite3.connect(result.previous_backup)) as connection:
        kept = sorted(row[0] for row in connection.execute("SELECT name FROM organisation"))
    assert kept == ["Lycksele", "Skellefteå"]
    assert path.read_bytes()[18] == 2, "the restored database stays in WAL mode"
    add(store, "Umeå")
    assert names(store) == ["Skellefteå", "Umeå"]
    store.close()
    assert integrity_errors(path) == []


def test_restore_over_a_damaged_file_keeps_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    opened = open_store(path)
    add(opened.store, "Umeå")
    opened.store.close()
    backup = take_backup(path, DAILY, NOW)
    path.write_bytes(b"\0" * 8192)
    result = restore_backup(backup, path, NOW)
    assert result.previous_backup is None
    assert result.damaged_copy is not None and result.damaged_copy.read_bytes() == b"\0" * 8192
    reopened = open_store(path)
    assert names(reopened.store) == ["Umeå"]
    reopened.store.close()


def test_a_damaged_backup_is_not_restored(
    tmp_path: Path, rows_of: Callable[[Path], Rows]
) -> None:
    path = tmp_path / "improve.sqlite3"
    opened = open_store(path)
    fill(opened.store)
    opened.store.close()
    backup = take_backup(path, DAILY, NOW)
    scribble_table(backup)
    before = rows_of(path)
    with pytest.raises(BackupFailed, match="damaged"):
        restore_backup(backup, path, NOW)
    assert rows_of(path) == before
    assert newest_sound_backup(path) is None
