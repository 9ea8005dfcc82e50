"""Copies of a live database made with SQLite's online backup API, verified after writing."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from improve_desktop.store.errors import StoreError
from improve_desktop.store.uri import read_only_uri, sqlite_uri


class BackupFailed(StoreError):
    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(f"the backup {target} could not be made: {reason}")
        self.target = target


def timestamped_name(database: Path, label: str, when: datetime) -> Path:
    """``improve.before-0002.20261127-150900.sqlite3`` beside ``improve.sqlite3``."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    return database.with_name(f"{database.stem}.{label}.{stamp}{database.suffix or '.sqlite3'}")


def integrity_errors(path: Path, *, quick: bool = False) -> list[str]:
    """What SQLite's integrity check reports; an empty list means the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


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
        with closing(sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)) as src:
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
