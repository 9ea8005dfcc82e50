"""Databases written by earlier versions (tests/fixtures/schema_*.sqlite3) open at head intact.

The files are made by tests/fixtures/make_fixtures.py and committed; each is copied before use.
When a revision is added, the older files here are upgraded by these tests, and the backup taken
before the upgrade is checked too. The backup path is also tested now, with only one real
revision, by installing a test revision after head (the ``extra_revision`` fixture).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from improve_desktop.services.maintenance import check_database
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.backup import integrity_errors
from improve_desktop.store.migrate import open_store
from improve_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS, is_search_index

FIXTURES_DIR = Path(__file__).resolve().parents[1] / "fixtures"
STORED = sorted(FIXTURES_DIR.glob("schema_*.sqlite3"))
Rows = dict[str, list[dict[str, Any]]]
NOW = datetime(2026, 11, 27, 15, 9, 0, tzinfo=UTC)


def primary_keys(path: Path) -> dict[str, list[str]]:
    with closing(sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)) as c:
        tables = [
            r[0]
            for r in c.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: [
                row[1]
                for row in sorted(
                    (r for r in c.execute(f'PRAGMA table_info("{table}")') if r[5]),
                    key=lambda r: r[5],
                )
            ]
            for table in tables
        }


def assert_rows_survived(before: Rows, after: Rows, keys: dict[str, list[str]]) -> None:
    """Every old row is still there, found by its key, with every old column unchanged.

    Later revisions may add columns (and tables); they must not lose or alter what was stored.
    """
    for table, rows in before.items():
        # The FTS index is rebuilt from its source rows; searching it is checked on its own.
        if table == "alembic_version" or is_search_index(table):
            continue
        assert table in after, f"table {table} disappeared"
        key = keys[table]
        assert key, f"table {table} has no primary key to match rows by"
        new_rows = {tuple(row[column] for column in key): row for row in after[table]}
        assert len(after[table]) >= len(rows), f"{table} lost rows"
        for row in rows:
            found = new_rows.get(tuple(row[column] for column in key))
            assert found is not None, f"{table} row {row} is missing"
            assert {column: found[column] for column in row} == row, f"{table} row changed"


def assert_every_lesson_is_found(path: Path, lessons: list[dict[str, Any]]) -> None:
    """The lessons' full-text index still finds every stored lesson by a word of its title."""
    with closing(sqlite3.connect(path)) as connection:
        for lesson in lessons:
            word = lesson["title"].split()[0]
            found = connection.execute(
                "SELECT lesson_id FROM lesson_fts WHERE lesson_fts MATCH ?", (f'"{word}"',)
            ).fetchall()
            assert (lesson["id"],) in found, f"the index lost lesson {lesson['title']!r}"


def test_there_is_a_stored_database_for_every_older_revision() -> None:
    assert STORED, "no stored databases in tests/fixtures"
    stored_revisions = {path.stem.removeprefix("schema_") for path in STORED}
    assert stored_revisions <= set(KNOWN_REVISIONS), "a fixture names an unknown revision"
    missing = set(KNOWN_REVISIONS[:-1]) - stored_revisions
    assert not missing, f"add stored databases for {sorted(missing)} (make_fixtures.py)"


@pytest.mark.parametrize("stored", STORED, ids=lambda path: path.stem)
def test_stored_database_opens_at_head_with_every_row_intact(
    stored: Path,
    tmp_path: Path,
    rows_of: Callable[[Path], Rows],
    revision_in: Callable[[Path], str],
) -> None:
    path = tmp_path / stored.name
    shutil.copyfile(stored, path)
    revision = revision_in(path)
    assert stored.stem == f"schema_{revision}", "the file name must say its revision"
    before = rows_of(path)
    assert all(rows for table, rows in before.items()), "every table should hold rows"

    opened = open_store(path, now=NOW)
    try:
        projects = ProjectService(opened.store).list_projects()
    finally:
        opened.store.close()

    assert revision_in(path) == HEAD_REVISION
    assert_rows_survived(before, rows_of(path), primary_keys(path))
    assert integrity_errors(path) == []
    assert check_database(path).healthy
    assert {project.code for project in projects} == {row["code"] for row in before["project"]}
    if "lesson" in before:
        assert_every_lesson_is_found(path, before["lesson"])
    if revision == HEAD_REVISION:
        assert opened.upgraded_from is None
        assert opened.backup is None
    else:
        assert opened.upgraded_from == revision
        assert opened.backup is not None
        assert rows_of(opened.backup) == before


# recreate="always": the table is copied, dropped and renamed, as most SQLite migrations do;
# with foreign keys enforced, dropping "project" would cascade to its iterations and items.
ADDS_A_COLUMN = """
def upgrade():
    with op.batch_alter_table("project", recreate="always") as batch:
        batch.add_column(
            sa.Column("colour", sa.String(20), nullable=False, server_default="blue")
        )


def downgrade():
    with op.batch_alter_table("project", recreate="always") as batch:
        batch.drop_column("colour")
"""


def test_older_database_is_backed_up_then_upgraded(
    stored_0001: Path,
    extra_revision: Callable[..., str],
    rows_of: Callable[[Path], Rows],
    revision_in: Callable[[Path], str],
) -> None:
    before = rows_of(stored_0001)
    new_head = extra_revision(ADDS_A_COLUMN)

    opened = open_store(stored_0001, now=NOW)
    opened.store.close()

    # Into the backups folder beside the database, with the other backups.
    expected_backup = (
        stored_0001.parent / "backups" / f"schema_0001_core.before-{new_head}.20261127-150900"
        ".sqlite3"
    )
    assert opened.upgraded_from == "0001_core"
    assert opened.backup == expected_backup
    assert expected_backup.exists()
    # The backup is the old file exactly: same revision, same rows, sound, one file.
    assert rows_of(expected_backup) == before
    assert integrity_errors(expected_backup) == []
    assert expected_backup.read_bytes()[18] == 1, "backup should be in rollback-journal mode"
    assert not expected_backup.with_name(expected_backup.name + "-wal").exists()

    # The database itself is at the new head with every row (the project table was rebuilt
    # by batch mode: its iterations and items must not have been cascaded away).
    assert revision_in(stored_0001) == new_head
    after = rows_of(stored_0001)
    assert_rows_survived(before, after, primary_keys(stored_0001))
    assert {row["colour"] for row in after["project"]} == {"blue"}
    with closing(sqlite3.connect(stored_0001)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

    # Opening again finds it current: no second backup.
    again = open_store(stored_0001, now=NOW)
    again.store.close()
    assert again.backup is None and again.upgraded_from is None
    backups = sorted(path.name for path in (stored_0001.parent / "backups").glob("*.before-*"))
    assert backups == [expected_backup.name]


def test_check_says_an_older_database_will_be_upgraded(
    stored_0001: Path, extra_revision: Callable[..., str]
) -> None:
    new_head = extra_revision(ADDS_A_COLUMN)
    report = check_database(stored_0001)
    assert report.healthy
    assert report.revision == "0001_core"
    assert any(f"upgraded to {new_head}" in message for message in report.messages)
