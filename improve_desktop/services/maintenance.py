"""Health checks, backups (on demand, daily, rolling) and restores of a database file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from improve_desktop.store.backup import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupFile,
    backup_database,
    integrity_errors,
    list_backups,
    move_aside,
    newest_sound_backup,
    rotate_backups,
    take_backup,
    timestamped_name,
)
from improve_desktop.store.errors import DatabaseDamaged, StoreError
from improve_desktop.store.lock import WriterLock
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
    except DatabaseDamaged as error:
        return HealthReport(path, False, None, (str(error), _backup_advice(path)))
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
        return HealthReport(
            path,
            False,
            info.revision,
            (f"SQLite cannot read the file: {error}", _backup_advice(path)),
        )
    if problems:
        messages.append("integrity check failed: " + "; ".join(problems[:5]))
        messages.append(_backup_advice(path))
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


def _backup_advice(path: Path) -> str:
    newest = newest_sound_backup(path)
    if newest is None:
        return f"no verified backup of it was found in {path.parent / 'backups'}"
    stamp = newest.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"the newest verified backup is {newest.path} ({stamp}); the application offers to "
        "restore it and keeps the damaged file aside"
    )


def default_backup_path(database: Path, when: datetime | None = None) -> Path:
    """``backups/improve.manual.20261127-150900.sqlite3`` beside the database."""
    moment = when or datetime.now(UTC)
    return timestamped_name(database.parent / "backups" / database.name, "manual", moment)


def make_backup(database: Path, output: Path | None = None) -> Path:
    """A verified copy: to ``output``, or a ``manual`` backup in the backups folder (rotated).

    A damaged database is refused rather than copied.
    """
    database = database.expanduser().absolute()
    info = inspect_database(database)
    if info.state in (SchemaState.MISSING, SchemaState.EMPTY):
        raise StoreError(f"there is no database to back up at {database}")
    if output is not None:
        problems = integrity_errors(database, quick=True)
        if problems:
            raise DatabaseDamaged(database, problems)
        return backup_database(database, output)
    written = take_backup(database, MANUAL)
    rotate_backups(database)
    return written


class BackupKind:
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_UPGRADE = "before_upgrade"
    BEFORE_RESTORE = "before_restore"
    OTHER = "other"


class BackupInfo(BaseModel):
    """One backup of the open database, as the restore dialog lists it."""

    # Built on first use: listing backups is not part of the start-up.
    model_config = ConfigDict(frozen=True, defer_build=True)

    path: Path
    kind: str  # a BackupKind
    taken_at: datetime  # UTC
    size: int  # bytes
    revision: str | None = None  # for BEFORE_UPGRADE: the upgrade it preceded


def _info(backup: BackupFile) -> BackupInfo:
    if backup.label == DAILY:
        kind = BackupKind.DAILY
    elif backup.label == MANUAL:
        kind = BackupKind.MANUAL
    elif backup.label == BEFORE_RESTORE:
        kind = BackupKind.BEFORE_RESTORE
    elif backup.upgrade_revision:
        kind = BackupKind.BEFORE_UPGRADE
    else:
        kind = BackupKind.OTHER
    return BackupInfo(
        path=backup.path,
        kind=kind,
        taken_at=backup.taken_at,
        size=backup.size,
        revision=backup.upgrade_revision,
    )


def backups_of(database: Path) -> list[BackupInfo]:
    """Every backup of ``database`` in its backups folder, newest first."""
    return [_info(backup) for backup in list_backups(database.expanduser().absolute())]


def newest_verified_backup(database: Path) -> BackupInfo | None:
    """The newest backup of ``database`` that passes ``integrity_check`` now."""
    found = newest_sound_backup(database.expanduser().absolute())
    return _info(found) if found else None


@dataclass(frozen=True)
class Recovery:
    """What was done with a damaged database: where it went, and what replaced it."""

    damaged_copy: Path
    restored_from: Path | None


def recover_damaged(database: Path, backup: Path | None, now: datetime | None = None) -> Recovery:
    """Keep the damaged ``database`` aside under a new name; restore ``backup`` in its place.

    With no backup the place is left empty, so that opening it creates a new database. The
    writer lock is held meanwhile: a second instance cannot open the file half-way.
    """
    database = database.expanduser().absolute()
    moment = now or datetime.now(UTC)
    if backup is not None:
        problems = integrity_errors(backup)
        if problems:
            raise StoreError(f"the backup {backup} is damaged too: {problems[0]}")
    with WriterLock(database):
        damaged_copy = move_aside(database, moment)
        if backup is not None:
            backup_database(backup, database)
    return Recovery(damaged_copy, backup)
