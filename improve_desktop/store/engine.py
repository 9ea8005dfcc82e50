"""SQLite engines with the PRAGMAs every connection needs, and the Store that owns them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

# Loaded with this module, not by the first create_engine(): the application imports the
# store before Qt, and modules imported after PySide6 load more slowly (see app.py).
from sqlalchemy.dialects import sqlite as _sqlite_dialect  # noqa: F401
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from improve_desktop.store.uri import sqlite_uri

BUSY_TIMEOUT_MS = 5000


def _sqlite_url(path: Path, *, read_only: bool) -> URL:
    # URL.create keeps the path as it is; a URL string would be parsed, so that a "?" or "%"
    # in a folder name sent the database to another file.
    if read_only:
        return URL.create(
            "sqlite+pysqlite", database=sqlite_uri(path, mode="ro"), query={"uri": "true"}
        )
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def create_sqlite_engine(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    """An engine whose every connection uses WAL, synchronous=FULL and enforced foreign keys.

    pysqlite's own transaction handling is switched off (``isolation_level=None``) and BEGIN
    is emitted by us, so that DDL runs inside real transactions (SQLAlchemy's SQLite notes).
    Writers begin with ``BEGIN IMMEDIATE`` (see :meth:`Store.write`), which takes the write
    lock up front instead of failing half-way when another connection wrote first.
    ``foreign_keys=False`` is only for migrations, which check the keys before committing.
    """
    engine = create_engine(
        _sqlite_url(path, read_only=read_only),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        # Error messages (which reach the log file) must never carry what the user typed.
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if not read_only:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Store:
    """An open Improve database: one engine, sessions for reading and for writing."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.engine = create_sqlite_engine(path, read_only=read_only)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_immediate=True), expire_on_commit=False
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; closing it rolls its transaction back."""
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose single transaction commits at the end, or rolls back on error.

        When SQLite cannot write (disk full, read-only medium, I/O error) the transaction is
        rolled back and :class:`WriteFailed` says why; what was committed before is intact.
        """
        if self.read_only:
            from improve_desktop.store.errors import ReadOnlyStore

            raise ReadOnlyStore(self.path)
        try:
            with self._write_sessions() as session, session.begin():
                yield session
        except DBAPIError as error:
            failure = write_failure(self.path, error)
            if failure is None:
                raise
            raise failure from error

    def close(self) -> None:
        self.engine.dispose()


# SQLite's primary result codes (the low byte of the extended code) that mean "could not write".
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def write_failure(path: Path, error: DBAPIError) -> Exception | None:
    """The :class:`WriteFailed` for a driver error that means the disk refused, else None."""
    from improve_desktop.store.errors import WriteFailed

    original = error.orig
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(original, sqlite3.Error) or code is None:
        return None
    reason = {
        _SQLITE_FULL: WriteFailed.DISK_FULL,
        _SQLITE_READONLY: WriteFailed.READ_ONLY_MEDIA,
        _SQLITE_PERM: WriteFailed.READ_ONLY_MEDIA,
        _SQLITE_CANTOPEN: WriteFailed.IO_ERROR,
        _SQLITE_IOERR: WriteFailed.IO_ERROR,
        _SQLITE_BUSY: WriteFailed.BUSY,
        _SQLITE_LOCKED: WriteFailed.BUSY,
        _SQLITE_CORRUPT: WriteFailed.DAMAGED,
        _SQLITE_NOTADB: WriteFailed.DAMAGED,
    }.get(code & 0xFF)
    if reason is None:
        return None
    return WriteFailed(path, reason, getattr(original, "sqlite_errorname", ""))
