"""Open a database at start-up: create new files, upgrade older ones, refuse newer ones.

- a missing or empty file is created at the head revision;
- an existing database is checked with ``quick_check``; a damaged one is refused
  (:class:`DatabaseDamaged`) before anything is written, so that it can be kept aside and a
  backup offered;
- an older schema is first copied with SQLite's backup API to ``backups/`` beside it
  (``<name>.before-<revision>.<time>.sqlite3``), then upgraded inside one transaction (all
  revisions or none);
- a newer schema, or a file that is not an Improve database, is refused before anything is
  written: it is only ever opened read-only for the inspection.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from improve_desktop.store.backup import (
    EarlyQuickCheck,
    backup_database,
    backup_folder,
    integrity_errors,
    new_backup_path,
)
from improve_desktop.store.engine import Store, create_sqlite_engine
from improve_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseMissing,
    MigrationFailed,
    NewerSchema,
    NotAnImproveDatabase,
    StoreError,
)
from improve_desktop.store.schema import HEAD_REVISION, KNOWN_REVISIONS
from improve_desktop.store.uri import read_only_uri

if TYPE_CHECKING:
    from alembic.config import Config

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"


class SchemaState(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"
    NEWER = "newer"


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    revision: str | None = None


@dataclass(frozen=True)
class OpenedStore:
    """The open store and what start-up did to the file."""

    store: Store
    created: bool = False
    upgraded_from: str | None = None
    backup: Path | None = None


def inspect_database(path: Path) -> SchemaInfo:
    """Tell what ``path`` holds without writing to it. Raises NotAnImproveDatabase."""
    if not path.exists() or path.stat().st_size == 0:
        return SchemaInfo(SchemaState.MISSING if not path.exists() else SchemaState.EMPTY)
    if path.is_dir():
        raise NotAnImproveDatabase(path, "it is a folder")
    with path.open("rb") as handle:
        header = handle.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        if _was_an_improve_database(path, header):
            raise DatabaseDamaged(path, ["the start of the file, which says what it is, is lost"])
        raise NotAnImproveDatabase(path, "it is not an SQLite database file")
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            tables = {
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            }
            if not tables:
                return SchemaInfo(SchemaState.EMPTY)
            if VERSION_TABLE not in tables:
                raise NotAnImproveDatabase(path, "it has tables but no schema version")
            rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite3.DatabaseError as error:
        # The header says SQLite, yet SQLite cannot read the schema: a damaged file.
        raise DatabaseDamaged(path, [f"SQLite cannot read it ({error})"]) from error
    if len(rows) != 1:
        raise NotAnImproveDatabase(path, "its schema version table is damaged")
    revision = str(rows[0][0])
    if revision == HEAD_REVISION:
        return SchemaInfo(SchemaState.CURRENT, revision)
    if revision in KNOWN_REVISIONS:
        return SchemaInfo(SchemaState.OLDER, revision)
    return SchemaInfo(SchemaState.NEWER, revision)


def _was_an_improve_database(path: Path, header: bytes) -> bool:
    """Whether a file without an SQLite header is one of ours that lost its first page.

    True when its header is blank (zeroed by a failing disk or file system) or when backups of
    a database by this name exist; otherwise it is some other file the user chose, which is
    refused and left alone.
    """
    if len(header) == 100 and not any(header):
        return True
    folder = backup_folder(path)
    return folder.is_dir() and any(folder.glob(f"{path.stem}.*{path.suffix or '.sqlite3'}"))


def alembic_config() -> Config:
    """An Alembic configuration pointing at the bundled migrations, without an ini file."""
    from alembic.config import Config

    from improve_desktop.paths import migrations_dir

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def upgrade(path: Path, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction on an existing or new file.

    Foreign keys are off while tables are rebuilt (batch mode drops and re-creates them,
    which with enforcement on would cascade deletes) and checked before the commit.
    """
    from alembic import command

    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise StoreError(f"{len(violations)} rows break foreign keys after the upgrade")
    finally:
        engine.dispose()


def open_store(
    path: Path,
    *,
    create: bool = True,
    read_only: bool = False,
    now: datetime | None = None,
    early_check: EarlyQuickCheck | None = None,
) -> OpenedStore:
    """Open ``path`` at the head revision, creating or upgrading it as described above.

    ``early_check`` is a quick_check already started on the same file (see EarlyQuickCheck).
    """
    path = path.expanduser().absolute()
    info = inspect_database(path)
    if info.state is SchemaState.NEWER:
        raise NewerSchema(path, info.revision or "?")
    if info.state in (SchemaState.MISSING, SchemaState.EMPTY):
        if not create or read_only:
            raise DatabaseMissing(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            upgrade(path)
        except Exception as error:
            raise MigrationFailed(path, str(error), None) from error
        return OpenedStore(Store(path), created=True)
    problems = early_check.problems_for(path) if early_check is not None else None
    if problems is None:
        problems = integrity_errors(path, quick=True)
    if problems:
        raise DatabaseDamaged(path, problems)
    if info.state is SchemaState.OLDER:
        if read_only:
            raise StoreError(f"{path} needs an upgrade and cannot be opened read-only")
        moment = now or datetime.now(UTC)
        backup = backup_database(path, new_backup_path(path, f"before-{HEAD_REVISION}", moment))
        try:
            upgrade(path)
        except Exception as error:
            raise MigrationFailed(path, str(error), backup) from error
        return OpenedStore(Store(path), upgraded_from=info.revision, backup=backup)
    return OpenedStore(Store(path, read_only=read_only))
