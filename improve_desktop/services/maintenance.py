"""Health checks and on-demand backups of a database file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from improve_desktop.store.backup import backup_database, integrity_errors, timestamped_name
from improve_desktop.store.errors import StoreError
from improve_desktop.store.migrate import SchemaState, inspect_database
from improve_desktop.store.schema import HEAD_REVISION
from improve_desktop.store.uri import read_only_uri


@dataclass(frozen=True)
class HealthReport:
    """What ``check`` found; ``healthy`` is False when the file cannot be used as it is."""

    path: Path
    healthy: bool
    revision: str | None
    messages: tuple[str, ...] = field(default_factory=tuple)


def check_database(path: Path) -> HealthReport:
    """Integrity and schema check without writing to the file."""
    path = path.expanduser().absolute()
    try:
        info = inspect_database(path)
    except StoreError as error:
        return HealthReport(path, False, None, (str(error),))
    if info.state is SchemaState.MISSING:
        return HealthReport(path, False, None, (f"there is no database at {path}",))
    if info.state is SchemaState.EMPTY:
        return HealthReport(
            path, True, None, ("the file is empty; it will be set up when it is opened",)
        )
    if info.state is SchemaState.NEWER:
        return HealthReport(
            path,
            False,
            info.revision,
            (
                f"schema {info.revision} is newer than this application knows "
                f"(up to {HEAD_REVISION}); update Improve Desktop to open it",
            ),
        )
    messages: list[str] = []
    try:
        problems = integrity_errors(path)
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            key_problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as error:
        return HealthReport(path, False, info.revision, (f"SQLite cannot read the file: {error}",))
    if problems:
        messages.append("integrity check failed: " + "; ".join(problems[:5]))
    if key_problems:
        messages.append(f"{len(key_problems)} rows refer to records that do not exist")
    if info.state is SchemaState.OLDER:
        messages.append(
            f"schema {info.revision} will be upgraded to {HEAD_REVISION} when the file is opened"
        )
    healthy = not problems and not key_problems
    if healthy:
        messages.insert(0, f"{path}: ok (integrity check passed, schema {info.revision})")
    return HealthReport(path, healthy, info.revision, tuple(messages))


def default_backup_path(database: Path, when: datetime | None = None) -> Path:
    """``backups/improve.manual.20261127-150900.sqlite3`` beside the database."""
    moment = when or datetime.now(UTC)
    return timestamped_name(database.parent / "backups" / database.name, "manual", moment)


def make_backup(database: Path, output: Path | None = None) -> Path:
    database = database.expanduser().absolute()
    info = inspect_database(database)
    if info.state in (SchemaState.MISSING, SchemaState.EMPTY):
        raise StoreError(f"there is no database to back up at {database}")
    return backup_database(database, output or default_backup_path(database))
