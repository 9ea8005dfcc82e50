"""Backups through SQLite's backup API: verified copies, never over an existing file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from improve_desktop.services.maintenance import check_database, default_backup_path, make_backup
from improve_desktop.store.backup import (
    BackupFailed,
    backup_database,
    integrity_errors,
    timestamped_name,
)
from improve_desktop.store.engine import Store
from improve_desktop.store.errors import StoreError
from improve_desktop.store.models import Organisation

Rows = dict[str, list[dict[str, Any]]]


def plain_database(path: Path, rows: int = 3000) -> Path:
    """A deterministic SQLite file (fixed content, so fixed page layout) of a few hundred pages."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
        with connection:
            connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT, n INTEGER)")
            connection.execute("CREATE INDEX ix_note_body ON note (body)")
            connection.executemany(
                "INSERT INTO note (body, n) VALUES (?, ?)",
                ((f"anteckning {i:05d} " + "x" * (i % 50), i) for i in range(rows)),
            )
    return path


def scribble(path: Path, *page_fractions: float) -> None:
    """Overwrite the middle of pages inside the file (by default the middle one), as a failing
    disk might; the first page, which says what the file is, is spared."""
    with closing(sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)) as c:
        page_size = c.execute("PRAGMA page_size").fetchone()[0]
        page_count = c.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(path.read_bytes())
    for fraction in page_fractions or (0.5,):
        page = max(2, int(page_count * fraction))
        start = (page - 1) * page_size + page_size // 4
        data[start : start + page_size // 2] = b"\xa5" * (page_size // 2)
    path.write_bytes(bytes(data))


def test_backup_of_the_demo_has_the_same_rows(
    demo_path: Path, tmp_path: Path, rows_of: Callable[[Path], Rows]
) -> None:
    target = tmp_path / "copies" / "demo-copy.sqlite3"
    assert backup_database(demo_path, target) == target
    assert rows_of(target) == rows_of(demo_path)
    assert integrity_errors(target) == []
    assert target.read_bytes()[18] == 1, "a backup is a single file in rollback-journal mode"
    assert sorted(p.name for p in target.parent.iterdir()) == ["demo-copy.sqlite3"]


def test_backup_of_an_open_store_includes_commits_still_in_the_wal(
    store: Store, database_path: Path, tmp_path: Path, rows_of: Callable[[Path], Rows]
) -> None:
    with store.write() as session:
        session.add(Organisation(name="Bara i WAL-filen"))
    assert database_path.with_name(database_path.name + "-wal").stat().st_size > 0
    target = backup_database(database_path, tmp_path / "live-copy.sqlite3")
    names = [row["name"] for row in rows_of(target)["organisation"]]
    assert names == ["Bara i WAL-filen"]


def test_backup_refuses_to_overwrite(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(BackupFailed, match="already exists") as refused:
        backup_database(demo_path, target)
    assert refused.value.target == target
    assert target.read_bytes() == b"precious"
    assert not target.with_name("taken.sqlite3.partial").exists()


def test_integrity_errors_reports_a_scribbled_page(tmp_path: Path) -> None:
    source = plain_database(tmp_path / "notes.sqlite3")
    copy = backup_database(source, tmp_path / "notes-copy.sqlite3")
    assert integrity_errors(copy) == []
    scribble(copy)
    problems = integrity_errors(copy)
    assert problems, "a damaged page went unnoticed"
    assert all(isinstance(problem, str) and problem for problem in problems)
    assert integrity_errors(source) == [], "the source must be untouched"


def test_a_damaged_source_gives_no_backup_file(tmp_path: Path) -> None:
    source = plain_database(tmp_path / "notes.sqlite3")
    scribble(source)
    target = tmp_path / "never.sqlite3"
    with pytest.raises(BackupFailed, match="integrity"):
        backup_database(source, target)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_check_reports_a_damaged_improve_database(demo_path: Path, tmp_path: Path) -> None:
    damaged = backup_database(demo_path, tmp_path / "damaged.sqlite3")
    scribble(damaged, 0.3, 0.5, 0.7, 0.9)
    report = check_database(damaged)
    assert not report.healthy
    assert any("integrity" in message or "SQLite" in message for message in report.messages)


def test_timestamped_name_sits_beside_the_database() -> None:
    when = datetime(2026, 11, 27, 15, 9, 0, tzinfo=UTC)
    assert timestamped_name(Path("/data/improve.sqlite3"), "before-0002", when) == Path(
        "/data/improve.before-0002.20261127-150900.sqlite3"
    )
    assert timestamped_name(Path("/data/improve"), "manual", when) == Path(
        "/data/improve.manual.20261127-150900.sqlite3"
    )


def test_make_backup_defaults_to_a_backups_folder(
    demo_path: Path, rows_of: Callable[[Path], Rows]
) -> None:
    when = datetime(2026, 11, 27, 15, 9, 0, tzinfo=UTC)
    expected = demo_path.parent / "backups" / "demo.manual.20261127-150900.sqlite3"
    assert default_backup_path(demo_path, when) == expected
    written = make_backup(demo_path)
    assert written.parent == demo_path.parent / "backups"
    assert written.name.startswith("demo.manual.")
    assert rows_of(written) == rows_of(demo_path)


def test_make_backup_refuses_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        make_backup(tmp_path / "missing.sqlite3")
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="no database"):
        make_backup(empty)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite3"]
