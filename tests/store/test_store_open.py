"""Opening files at start-up: new, current, newer, foreign; nothing is written to refused files."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from improve_desktop.services.maintenance import check_database
from improve_desktop.store.errors import (
    DatabaseMissing,
    NewerSchema,
    NotAnImproveDatabase,
    StoreError,
)
from improve_desktop.store.migrate import SchemaState, inspect_database, open_store
from improve_desktop.store.models import Organisation
from improve_desktop.store.schema import HEAD_REVISION

Snapshot = Callable[[Path], dict[str, bytes]]


def head_database(path: Path, *, journal_mode: str = "wal") -> Path:
    """A database at head with one row, closed cleanly so that no companion files remain."""
    opened = open_store(path)
    with opened.store.write() as session:
        session.add(Organisation(name="Samordningsförbundet Umeå", locality="Umeå"))
    opened.store.close()
    with closing(sqlite3.connect(path)) as connection:
        mode = connection.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0]
    assert mode == journal_mode
    return path


def set_revision(path: Path, revision: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def header_journal_mode(path: Path) -> str:
    header = path.read_bytes()[:20]
    return {1: "delete", 2: "wal"}[header[18]]


class TestNewerSchema:
    @pytest.mark.parametrize("journal_mode", ["delete", "wal"])
    def test_refused_and_the_file_is_byte_for_byte_unchanged(
        self, tmp_path: Path, journal_mode: str, files_in: Snapshot
    ) -> None:
        path = head_database(tmp_path / "future.sqlite3", journal_mode=journal_mode)
        set_revision(path, "9999_future")
        assert header_journal_mode(path) == journal_mode
        before = files_in(tmp_path)
        assert list(before) == ["future.sqlite3"], "test setup left companion files"

        with pytest.raises(NewerSchema) as refused:
            open_store(path)
        assert refused.value.revision == "9999_future"
        assert "newer version" in str(refused.value)
        assert "\n" not in str(refused.value)
        assert files_in(tmp_path) == before, "open_store wrote to, or beside, a newer file"

        with pytest.raises(NewerSchema):
            open_store(path, read_only=True)
        assert files_in(tmp_path) == before

    @pytest.mark.parametrize("journal_mode", ["delete", "wal"])
    def test_check_reports_it_without_writing(
        self, tmp_path: Path, journal_mode: str, files_in: Snapshot
    ) -> None:
        path = head_database(tmp_path / "future.sqlite3", journal_mode=journal_mode)
        set_revision(path, "9999_future")
        before = files_in(tmp_path)
        report = check_database(path)
        assert not report.healthy
        assert report.revision == "9999_future"
        assert any("newer" in message for message in report.messages)
        assert files_in(tmp_path) == before


class TestInspect:
    def test_inspecting_a_wal_file_creates_no_companion_files(
        self, tmp_path: Path, files_in: Snapshot
    ) -> None:
        path = head_database(tmp_path / "current.sqlite3", journal_mode="wal")
        before = files_in(tmp_path)
        assert inspect_database(path).state is SchemaState.CURRENT
        assert files_in(tmp_path) == before

    def test_inspect_reads_a_revision_still_in_the_wal(self, tmp_path: Path) -> None:
        # While another connection holds the file open, the newest commit may be only in
        # the -wal file; inspection must see it.
        path = head_database(tmp_path / "live.sqlite3")
        with closing(sqlite3.connect(path)) as writer:
            writer.execute("PRAGMA wal_autocheckpoint = 0")
            with writer:
                writer.execute("UPDATE alembic_version SET version_num = '9999_future'")
            assert path.with_name("live.sqlite3-wal").exists()
            assert inspect_database(path).state is SchemaState.NEWER

    def test_states(self, tmp_path: Path) -> None:
        assert inspect_database(tmp_path / "missing.sqlite3").state is SchemaState.MISSING
        empty = tmp_path / "empty.sqlite3"
        empty.write_bytes(b"")
        assert inspect_database(empty).state is SchemaState.EMPTY
        current = head_database(tmp_path / "current.sqlite3")
        info = inspect_database(current)
        assert (info.state, info.revision) == (SchemaState.CURRENT, HEAD_REVISION)


class TestForeignFiles:
    def test_text_file_is_refused_and_left_alone(self, tmp_path: Path, files_in: Snapshot) -> None:
        path = tmp_path / "notes.sqlite3"
        path.write_text("Protokoll från styrgruppen\nBeslut: fortsätt.\n", encoding="utf-8")
        before = files_in(tmp_path)
        with pytest.raises(NotAnImproveDatabase, match="not an SQLite database"):
            open_store(path)
        assert files_in(tmp_path) == before

    @pytest.mark.parametrize("journal_mode", ["delete", "wal"])
    def test_sqlite_file_of_another_application_is_refused_and_left_alone(
        self, tmp_path: Path, journal_mode: str, files_in: Snapshot
    ) -> None:
        path = tmp_path / "other.sqlite3"
        with closing(sqlite3.connect(path)) as connection:
            connection.execute(f"PRAGMA journal_mode = {journal_mode}")
            with connection:
                connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
                connection.execute("INSERT INTO notes (body) VALUES ('keep me')")
        before = files_in(tmp_path)
        with pytest.raises(NotAnImproveDatabase, match="no schema version") as refused:
            open_store(path)
        assert refused.value.path == path
        assert files_in(tmp_path) == before

    def test_damaged_version_table_is_refused(self, tmp_path: Path, files_in: Snapshot) -> None:
        path = head_database(tmp_path / "damaged.sqlite3", journal_mode="delete")
        with closing(sqlite3.connect(path)) as connection, connection:
            connection.execute("DELETE FROM alembic_version")
        before = files_in(tmp_path)
        with pytest.raises(NotAnImproveDatabase, match="damaged"):
            open_store(path)
        assert files_in(tmp_path) == before

    def test_sqlite_header_with_garbage_after_it_is_refused(self, tmp_path: Path) -> None:
        path = tmp_path / "garbage.sqlite3"
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
        with pytest.raises(NotAnImproveDatabase):
            open_store(path)

    def test_folder_is_refused(self, tmp_path: Path) -> None:
        folder = tmp_path / "folder.sqlite3"
        folder.mkdir()
        (folder / "inside.txt").write_text("x")
        with pytest.raises(NotAnImproveDatabase, match="folder"):
            open_store(folder)

    def test_empty_sqlite_database_is_set_up_like_a_new_file(self, tmp_path: Path) -> None:
        path = tmp_path / "blank.sqlite3"
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA user_version = 1")  # makes SQLite write a header
        assert path.stat().st_size > 0
        opened = open_store(path)
        opened.store.close()
        assert opened.created
        assert inspect_database(path).state is SchemaState.CURRENT


class TestMissingFiles:
    def test_not_created_when_creation_is_off(self, tmp_path: Path) -> None:
        path = tmp_path / "sub" / "missing.sqlite3"
        with pytest.raises(DatabaseMissing):
            open_store(path, create=False)
        with pytest.raises(DatabaseMissing):
            open_store(path, read_only=True)
        assert not path.exists()
        assert not path.parent.exists()

    def test_parent_folders_are_created_for_a_new_file(self, tmp_path: Path) -> None:
        path = tmp_path / "a" / "b" / "new.sqlite3"
        opened = open_store(path)
        opened.store.close()
        assert opened.created and path.exists()


class TestReadOnly:
    def test_current_file_opens_read_only_and_refuses_writes(self, tmp_path: Path) -> None:
        path = head_database(tmp_path / "current.sqlite3")
        opened = open_store(path, read_only=True)
        try:
            assert opened.store.read_only
            with opened.store.read() as session:
                assert session.scalar(select(func.count()).select_from(Organisation)) == 1
            with pytest.raises(StoreError, match="read-only"), opened.store.write():
                pass
        finally:
            opened.store.close()

    def test_older_file_is_not_upgraded_read_only(
        self, stored_0001: Path, extra_revision: Callable[[str], str], files_in: Snapshot
    ) -> None:
        extra_revision("def upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n")
        before = files_in(stored_0001.parent)
        with pytest.raises(StoreError, match="upgrade"):
            open_store(stored_0001, read_only=True)
        assert files_in(stored_0001.parent) == before


FOLDER_NAMES = [
    "with space",
    "Projekt #3",
    "100% klart",
    "Rapport%202026",
    "Användare åäö",
    pytest.param(
        "vad?", marks=pytest.mark.skipif(sys.platform == "win32", reason="'?' is not allowed")
    ),
]


@pytest.mark.parametrize("folder_name", FOLDER_NAMES)
def test_paths_with_uri_characters_name_exactly_that_file(tmp_path: Path, folder_name: str) -> None:
    folder = tmp_path / folder_name
    folder.mkdir()
    path = folder / "improve.sqlite3"

    head_database(path)
    assert sorted(item.name for item in tmp_path.iterdir()) == [folder_name]
    assert [item.name for item in folder.iterdir()] == ["improve.sqlite3"]

    info = inspect_database(path)
    assert (info.state, info.revision) == (SchemaState.CURRENT, HEAD_REVISION)
    assert check_database(path).healthy
    for read_only in (False, True):
        opened = open_store(path, read_only=read_only)
        try:
            assert not opened.created
            with opened.store.read() as session:
                assert session.scalar(select(func.count()).select_from(Organisation)) == 1
        finally:
            opened.store.close()
    assert sorted(item.name for item in tmp_path.iterdir()) == [folder_name]
