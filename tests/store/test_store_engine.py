"""Store connections: PRAGMAs, real transactions, write locks, foreign keys, UTC timestamps."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from improve_desktop.store.engine import BUSY_TIMEOUT_MS, Store
from improve_desktop.store.errors import ReadOnlyStore
from improve_desktop.store.migrate import open_store
from improve_desktop.store.models import Iteration, Organisation, Project


@pytest.fixture
def read_only_store(database_path: Path) -> Iterator[Store]:
    open_store(database_path).store.close()
    opened = open_store(database_path, read_only=True)
    yield opened.store
    opened.store.close()


def pragmas(connection: Connection) -> dict[str, object]:
    return {
        name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


EXPECTED = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
}


def test_every_connection_has_the_pragmas(store: Store) -> None:
    assert BUSY_TIMEOUT_MS >= 1000
    with store.engine.connect() as connection:
        assert pragmas(connection) == EXPECTED
    with store.read() as session:
        assert pragmas(session.connection()) == EXPECTED
    with store.write() as session:
        assert pragmas(session.connection()) == EXPECTED


def test_read_only_connections_have_the_pragmas_too(read_only_store: Store) -> None:
    with read_only_store.read() as session:
        assert pragmas(session.connection()) == EXPECTED


def test_the_file_itself_is_in_wal_mode(store: Store, database_path: Path) -> None:
    assert database_path.read_bytes()[18:20] == b"\x02\x02"


def test_ddl_runs_inside_a_transaction_that_can_roll_back(store: Store) -> None:
    with pytest.raises(RuntimeError), store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        connection.exec_driver_sql("DROP TABLE organisation")
        raise RuntimeError("roll back")
    with store.engine.connect() as connection:
        names = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'"
            )
        }
    assert "scratch" not in names
    assert "organisation" in names


def test_writers_take_the_write_lock_when_they_begin(store: Store, database_path: Path) -> None:
    with closing(sqlite3.connect(database_path, timeout=0, isolation_level=None)) as other:
        with store.write() as session:
            session.execute(text("SELECT 1"))  # nothing written yet, but BEGIN IMMEDIATE ran
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at the end of the write session
        other.execute("ROLLBACK")


def test_readers_do_not_block_writers(store: Store, database_path: Path) -> None:
    other = sqlite3.connect(database_path, timeout=0, isolation_level=None)
    with closing(other), store.read() as session:
        session.execute(text("SELECT count(*) FROM organisation"))
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO method (id, code, name_sv, name_en, description, "
            "created_at, updated_at) VALUES ('m', 'X', 'x', 'x', '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        other.execute("COMMIT")


def test_write_session_commits_at_the_end_and_rolls_back_on_error(store: Store) -> None:
    with store.write() as session:
        session.add(Organisation(name="Kept"))
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Organisation(name="Dropped"))
        session.flush()
        raise RuntimeError("undo")
    with store.read() as session:
        assert list(session.scalars(select(Organisation.name))) == ["Kept"]


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.write() as session:
        session.add(
            Iteration(
                project_id="no-such-project",
                number=1,
                start_date=date(2026, 1, 5),
                end_date=date(2026, 1, 18),
            )
        )


def test_deleting_a_project_cascades_to_its_iterations(store: Store) -> None:
    with store.write() as session:
        organisation = Organisation(name="Ägare")
        session.add(organisation)
        session.flush()
        project = Project(
            code="DEL",
            name="Borttagen",
            owner_organisation_id=organisation.id,
            start_date=date(2026, 1, 5),
            end_date=date(2026, 12, 31),
        )
        session.add(project)
        session.flush()
        session.add(
            Iteration(
                project_id=project.id,
                number=1,
                start_date=date(2026, 1, 5),
                end_date=date(2026, 1, 18),
            )
        )
    with store.write() as session:
        session.execute(text("DELETE FROM project"))  # in SQL: the database must cascade
    with store.read() as session:
        assert session.scalar(text("SELECT count(*) FROM iteration")) == 0


def test_read_only_store_refuses_write_sessions(read_only_store: Store) -> None:
    with pytest.raises(ReadOnlyStore), read_only_store.write():
        pass


def test_read_only_store_cannot_write_even_through_the_engine(read_only_store: Store) -> None:
    with pytest.raises(Exception, match="readonly"), read_only_store.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM organisation")


class TestTimestamps:
    def test_aware_times_are_stored_in_utc_and_read_back_aware(self, store: Store) -> None:
        stockholm_winter = timezone(timedelta(hours=1))
        with store.write() as session:
            row = Organisation(
                name="Tid", created_at=datetime(2026, 1, 15, 12, 0, tzinfo=stockholm_winter)
            )
            session.add(row)
        with store.read() as session:
            created = session.scalar(select(Organisation.created_at))
            raw = session.scalar(text("SELECT created_at FROM organisation"))
        assert created == datetime(2026, 1, 15, 11, 0, tzinfo=UTC)
        assert created is not None and created.tzinfo is UTC
        assert str(raw).startswith("2026-01-15 11:00:00")

    def test_naive_times_are_refused(self, store: Store) -> None:
        with pytest.raises(StatementError, match="naive"), store.write() as session:
            session.add(Organisation(name="Naiv", created_at=datetime(2026, 1, 15, 12, 0)))
            session.flush()

    def test_defaults_fill_created_and_updated_at(self, store: Store) -> None:
        before = datetime.now(UTC)
        with store.write() as session:
            row = Organisation(name="Ny")
            session.add(row)
        with store.read() as session:
            stored = session.scalars(select(Organisation)).one()
        assert before - timedelta(seconds=1) <= stored.created_at <= datetime.now(UTC)
        assert stored.updated_at >= stored.created_at
        assert len(stored.id) == 36
