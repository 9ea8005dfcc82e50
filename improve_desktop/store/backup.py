"""Copies of a live database made with SQLite's online backup API, verified after writing.

Backups of ``improve.sqlite3`` live in ``backups/`` beside it, named
``improve.<label>.<yyyymmdd-hhmmss>.sqlite3`` (UTC):

- ``daily``: taken at start-up when the newest backup is more than a day old;
- ``manual``: File → Back up now, or ``improve-desktop backup``;
- ``before-<revision>``: taken before a schema upgrade;
- ``before-restore``: the state that a restore replaced.

``daily`` and ``manual`` backups roll: after each one, :func:`rotate_backups` keeps the last 7
daily, 4 weekly and 6 monthly (``store/rotation.py``). The ``before-*`` copies mark points one
may need to go back to and are never removed by the application.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from improve_desktop.store.errors import DatabaseDamaged, StoreError
from improve_desktop.store.rotation import DEFAULT_RETENTION, Retention, backups_to_remove
from improve_desktop.store.uri import read_only_uri, sqlite_uri

BACKUP_FOLDER_NAME = "backups"
DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
ROLLING_LABELS = frozenset({DAILY, MANUAL})
DAMAGED_LABEL = "damaged"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# A .partial left by a backup that was killed half-way; younger ones may still be written.
_PARTIAL_MAX_AGE = timedelta(hours=1)


class BackupFailed(StoreError):
    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"the backup {target} could not be made: {reason}")
        self.target = target


def timestamped_name(database: Path, label: str, when: datetime) -> Path:
    """``improve.before-0002.20261127-150900.sqlite3`` beside ``improve.sqlite3``."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{label}.{stamp}{database.suffix or '.sqlite3'}")


class EarlyQuickCheck:
    """``quick_check`` run in a thread while the application is still starting.

    On a large database the check takes a noticeable part of start-up; SQLite releases the
    interpreter lock while it reads, so it can overlap the import of the user interface.
    ``open_store`` takes its result instead of checking again.
    """

    def __init__(self, path: Path) -> None:
        import threading

        self.path = path.expanduser().absolute()
        self._problems: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = integrity_errors(self.path, quick=True)
        except Exception:  # noqa: BLE001 - open_store then checks again and reports properly
            self._problems = None

    def problems_for(self, path: Path) -> list[str] | None:
        """The check's findings for ``path``, or None when it has none (then check again)."""
        self._thread.join()
        return self._problems if path.expanduser().absolute() == self.path else None


def integrity_errors(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite's integrity check reports; an empty list means the file is sound.

    A file so damaged that SQLite refuses to read it at all is reported, not raised.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.OperationalError) and not path.exists():
            raise
        return [f"SQLite cannot read the file ({error})"]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def _connect_source(source: Path) -> sqlite3.Connection:
    """A connection to read ``source`` from that leaves no -wal or -shm file behind.

    With a -wal file present the database is open elsewhere (or was not closed cleanly): read
    it read-only, through the WAL. Without one nobody has it open; a read-only connection would
    create -wal and -shm files and could not remove them, so a normal one is used, which reads
    without writing and removes them when it closes. (A file that cannot be opened for writing
    falls back to the read-only URI.)
    """
    if source.with_name(source.name + "-wal").exists():
        return sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
    try:
        connection = sqlite3.connect(sqlite_uri(source, mode="rw"), uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        return sqlite3.connect(read_only_uri(source), uri=True)
    return connection


def backup_database(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through the backup API, then verify the copy.

    The copy is written under a temporary name and renamed only once it has passed
    ``integrity_check``, so a failed backup never leaves a file that looks like a good one.
    """
    if target.exists():
        raise BackupFailed(target, "a file with that name already exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with closing(_connect_source(source)) as src:
            with closing(sqlite3.connect(partial)) as dst:
                src.backup(dst)
                # A backup is a single file; keep it in rollback-journal mode so it can be
                # copied, mailed or archived without a -wal companion.
                dst.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_errors(partial)
        if problems:
            raise BackupFailed(target, "the copy failed its integrity check: " + problems[0])
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise BackupFailed(target, str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


# -- the backups folder -------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backups folder, as its name describes it."""

    path: Path
    label: str
    taken_at: datetime  # UTC
    size: int

    @property
    def rolling(self) -> bool:
        return self.label in ROLLING_LABELS

    @property
    def upgrade_revision(self) -> str | None:
        """For a ``before-<revision>`` copy, the revision whose upgrade it preceded."""
        if self.label.startswith("before-") and self.label != BEFORE_RESTORE:
            return self.label.removeprefix("before-")
        return None


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER_NAME


def new_backup_path(database: Path, label: str, when: datetime) -> Path:
    """A free name for a backup of ``database`` in its backups folder."""
    first = timestamped_name(backup_folder(database) / database.name, label, when)
    candidate = first
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        candidate = first.with_name(f"{first.stem}-{number}{first.suffix}")
        number += 1
    return candidate


def _name_pattern(database: Path) -> re.Pattern[str]:
    suffix = database.suffix or ".sqlite3"
    return re.compile(
        rf"^{re.escape(database.stem)}\.(?P<label>[A-Za-z0-9_-]+)\."
        rf"(?P<stamp>\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(suffix)}$"
    )


def list_backups(database: Path) -> list[BackupFile]:
    """The backups of ``database``, newest first (unreadable names are left out)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(database)
    found: list[BackupFile] = []
    for item in folder.iterdir():
        match = pattern.match(item.name)
        if match is None or not item.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            size = item.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupFile(item, match["label"], taken, size))
    found.sort(key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)
    return found


def take_backup(database: Path, label: str, when: datetime | None = None) -> Path:
    """A verified backup of ``database`` in its backups folder; a damaged file is refused.

    The source is checked with ``quick_check`` first, so a damaged database never enters the
    backups (where it could push good copies out of the rotation).
    """
    problems = integrity_errors(database, quick=True)
    if problems:
        raise DatabaseDamaged(database, problems)
    moment = when or datetime.now(UTC)
    return backup_database(database, new_backup_path(database, label, moment))


def rotate_backups(
    database: Path, now: datetime | None = None, retention: Retention = DEFAULT_RETENTION
) -> list[Path]:
    """Remove the rolling backups the retention rules no longer keep; return what went.

    Days, weeks and months are the user's (local time). Leftovers of interrupted backups
    (``.partial`` files older than an hour) are removed as well.
    """
    moment = now or datetime.now(UTC)
    rolling = [backup for backup in list_backups(database) if backup.rolling]
    local = {backup.path: backup.taken_at.astimezone() for backup in rolling}
    doomed = backups_to_remove(local.values(), retention)
    removed: list[Path] = []
    for backup in rolling:
        if local[backup.path] in doomed:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    folder = backup_folder(database)
    if folder.is_dir():
        for partial in folder.glob(f"{database.stem}.*.partial"):
            try:
                written = datetime.fromtimestamp(partial.stat().st_mtime, UTC)
            except OSError:
                continue
            if moment - written > _PARTIAL_MAX_AGE:
                partial.unlink(missing_ok=True)
                removed.append(partial)
    return removed


def backup_if_due(
    database: Path, now: datetime | None = None, max_age: timedelta = timedelta(days=1)
) -> Path | None:
    """Take a ``daily`` backup (and rotate) when the newest backup is older than ``max_age``."""
    moment = now or datetime.now(UTC)
    newest = next(iter(list_backups(database)), None)
    if newest is not None and moment - newest.taken_at < max_age:
        return None
    written = take_backup(database, DAILY, moment)
    rotate_backups(database, moment)
    return written


def newest_sound_backup(database: Path) -> BackupFile | None:
    """The newest backup that still passes ``integrity_check``, or None."""
    for backup in list_backups(database):
        if not integrity_errors(backup.path):
            return backup
    return None


# -- damaged files and restores ------------------------------------------------------------------


def move_aside(database: Path, when: datetime | None = None) -> Path:
    """Rename a damaged ``database`` (and its -wal/-shm files) to ``<name>.damaged.<time>``.

    Nothing is deleted: the file stays beside the original, for someone to examine or salvage.
    """
    moment = when or datetime.now(UTC)
    target = timestamped_name(database, DAMAGED_LABEL, moment)
    number = 2
    while target.exists():
        target = timestamped_name(database, f"{DAMAGED_LABEL}-{number}", moment)
        number += 1
    os.replace(database, target)
    for suffix in COMPANION_SUFFIXES:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did with the state it replaced."""

    previous_backup: Path | None  # a verified copy of the state before the restore
    damaged_copy: Path | None  # the damaged file, kept aside instead


def restore_backup(backup: Path, database: Path, when: datetime | None = None) -> RestoreResult:
    """Put ``backup``'s content into ``database``, after saving the current state.

    The backup is verified first. The current database is backed up (``before-restore``), or,
    when it is damaged, kept aside under a new name. Into a live file the pages are copied with
    the backup API, which other connections see as one committed transaction; a missing file
    is created from a verified copy. No connection of this process may be in a transaction.
    """
    moment = when or datetime.now(UTC)
    problems = integrity_errors(backup)
    if problems:
        raise BackupFailed(backup, "the backup itself is damaged: " + problems[0])
    previous: Path | None = None
    damaged: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        if integrity_errors(database, quick=True):
            damaged = move_aside(database, moment)
        else:
            previous = take_backup(database, BEFORE_RESTORE, moment)
    if not database.exists() or database.stat().st_size == 0:
        database.unlink(missing_ok=True)
        for suffix in COMPANION_SUFFIXES:
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        backup_database(backup, database)
        return RestoreResult(previous, damaged)
    try:
        with (
            closing(sqlite3.connect(sqlite_uri(backup, mode="ro"), uri=True)) as source,
            closing(sqlite3.connect(database, timeout=5.0)) as target,
        ):
            source.backup(target)
        problems = integrity_errors(database, quick=True)
    except sqlite3.Error as error:
        raise BackupFailed(database, f"the restore failed ({error}); the previous state is "
                           f"at {previous}") from error
    if problems:
        raise BackupFailed(database, "the restored database failed its check: " + problems[0])
    return RestoreResult(previous, damaged)
