"""The Alembic revisions: they build the models' schema, go down and up again, fail atomically."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from improve_desktop.store.all_models import Base
from improve_desktop.store.engine import create_sqlite_engine
from improve_desktop.store.errors import MigrationFailed
from improve_desktop.store.migrate import (
    SchemaState,
    alembic_config,
    inspect_database,
    open_store,
    upgrade,
)
from improve_desktop.store.schema import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    SEARCH_INDEX,
    include_in_comparison,
)

CORE_TABLES = {
    "organisation",
    "person",
    "steering_cluster",
    "cluster_membership",
    "project",
    "iteration",
    "method",
    "backlog_item",
    "backlog_item_method",
    "item_status_change",
}


def script_revisions() -> list[str]:
    """The revisions in migrations/versions, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


@contextmanager
def migration_connection(path: Path) -> Iterator[tuple[Any, Connection]]:
    """An Alembic config bound to one transaction on ``path``, as the application runs it."""
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            yield config, connection
    finally:
        engine.dispose()


def schema_of(connection: Connection) -> set[tuple[str, str, str]]:
    """Tables and indexes with their SQL, whitespace normalised; the version table left out."""
    rows = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
    )
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows}


def tables_in(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }


def version_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]


def test_known_revisions_match_the_migration_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION
    assert ScriptDirectory.from_config(alembic_config()).get_heads() == [HEAD_REVISION]


@pytest.mark.parametrize("start", ["missing", "zero_bytes"])
def test_new_file_is_created_at_head(tmp_path: Path, start: str) -> None:
    path = tmp_path / "new.sqlite3"
    if start == "zero_bytes":
        path.write_bytes(b"")
    opened = open_store(path)
    opened.store.close()
    assert opened.created
    assert opened.upgraded_from is None
    assert opened.backup is None
    assert tables_in(path) >= CORE_TABLES
    assert version_in(path) == [HEAD_REVISION]
    assert inspect_database(path).state is SchemaState.CURRENT
    assert [item.name for item in tmp_path.iterdir()] == ["new.sqlite3"], "no backup for a new file"


def test_models_equal_migrations(tmp_path: Path) -> None:
    path = tmp_path / "head.sqlite3"
    upgrade(path)
    engine = create_sqlite_engine(path)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    # The FTS5 index and its shadow tables are made by the migration alone.
                    "include_name": include_in_comparison,
                },
            )
            differences = compare_metadata(context, Base.metadata)
            search_objects = {
                name
                for (name,) in connection.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE name LIKE 'lesson_fts%'"
                )
            }
    finally:
        engine.dispose()
    assert differences == [], f"models and migrations differ: {differences}"
    # Only the index and its triggers were left out of the comparison, and they are there.
    assert SEARCH_INDEX in search_objects
    assert {
        "lesson_fts_insert",
        "lesson_fts_update",
        "lesson_fts_delete",
        "lesson_fts_project_rename",
    } <= search_objects


def test_every_revision_goes_down_and_up_again(tmp_path: Path) -> None:
    revisions = script_revisions()
    with migration_connection(tmp_path / "fresh.sqlite3") as (config, connection):
        command.upgrade(config, "head")
        head_schema = schema_of(connection)

    with migration_connection(tmp_path / "cycled.sqlite3") as (config, connection):
        for index, revision in enumerate(revisions):
            command.upgrade(config, revision)
            up = schema_of(connection)
            previous = revisions[index - 1] if index else "base"
            command.downgrade(config, previous)
            command.upgrade(config, revision)
            assert schema_of(connection) == up, f"{revision} is not the same after down and up"
        assert schema_of(connection) == head_schema
        command.downgrade(config, "base")
        assert schema_of(connection) == set(), "downgrade to base leaves objects behind"
        assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 0
        command.upgrade(config, "head")
        assert schema_of(connection) == head_schema
        versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        assert [row[0] for row in versions] == [HEAD_REVISION]


def test_ddl_rolls_back_with_the_transaction(tmp_path: Path) -> None:
    path = tmp_path / "rollback.sqlite3"
    with pytest.raises(RuntimeError), migration_connection(path) as (config, _connection):
        command.upgrade(config, "head")
        raise RuntimeError("stop before commit")
    assert tables_in(path) == set()


BROKEN_HALF_WAY = """
def upgrade():
    op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO scratch (id) VALUES (1)")
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))
    op.execute("UPDATE project SET name = 'changed', colour = 'red'")
    op.execute("DELETE FROM item_status_change")
    raise RuntimeError("the migration broke half-way")


def downgrade():
    pass
"""

BREAKS_FOREIGN_KEYS = """
def upgrade():
    op.execute(
        "INSERT INTO person (id, name, email, affiliation, organisation_id, created_at, "
        "updated_at) VALUES ('dangling', 'X', '', '', 'no-such-organisation', "
        "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000')"
    )


def downgrade():
    pass
"""


def test_failed_upgrade_leaves_an_older_database_as_it_was(
    stored_0001: Path,
    extra_revision: Callable[[str], str],
    rows_of: Callable[[Path], dict[str, list[dict[str, Any]]]],
) -> None:
    before = rows_of(stored_0001)
    extra_revision(BROKEN_HALF_WAY)
    with pytest.raises(MigrationFailed, match="broke half-way") as failure:
        open_store(stored_0001)
    # Everything the revision did before failing is gone: the table, the column, the rows.
    assert rows_of(stored_0001) == before
    assert "scratch" not in tables_in(stored_0001)
    assert version_in(stored_0001) == ["0001_core"]
    # The copy taken before the upgrade is named in the error and holds the same rows.
    assert failure.value.backup is not None
    assert failure.value.backup.exists()
    assert str(failure.value.backup) in str(failure.value)
    assert rows_of(failure.value.backup) == before


def test_failed_upgrade_of_a_new_file_leaves_no_tables(
    tmp_path: Path, extra_revision: Callable[[str], str]
) -> None:
    # 0001_core succeeds, the next revision fails: neither may be left behind.
    extra_revision(BROKEN_HALF_WAY)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(MigrationFailed) as failure:
        open_store(path)
    assert failure.value.backup is None
    assert not path.exists() or tables_in(path) == set()
    assert inspect_database(path).state in (SchemaState.MISSING, SchemaState.EMPTY)


def test_upgrade_that_breaks_foreign_keys_is_rolled_back(
    stored_0001: Path,
    extra_revision: Callable[[str], str],
    rows_of: Callable[[Path], dict[str, list[dict[str, Any]]]],
) -> None:
    before = rows_of(stored_0001)
    extra_revision(BREAKS_FOREIGN_KEYS)
    with pytest.raises(MigrationFailed, match="foreign keys"):
        open_store(stored_0001)
    assert rows_of(stored_0001) == before


def test_failed_upgrade_can_be_retried_by_a_fixed_version(
    stored_0001: Path,
    extra_revision: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
    revision_in: Callable[[Path], str],
) -> None:
    from improve_desktop.store import migrate

    extra_revision(BROKEN_HALF_WAY)
    with pytest.raises(MigrationFailed):
        open_store(stored_0001)
    # The "fixed" application: the real migrations again.
    monkeypatch.setattr(migrate, "alembic_config", alembic_config)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", KNOWN_REVISIONS)
    monkeypatch.setattr(migrate, "HEAD_REVISION", HEAD_REVISION)
    opened = open_store(stored_0001)
    opened.store.close()
    assert revision_in(stored_0001) == HEAD_REVISION
