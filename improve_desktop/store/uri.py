"""``file:`` URIs for SQLite that name exactly the given file and, for reading, change nothing.

Paths are percent-encoded: a folder called ``Projekt #3``, ``100%`` or ``vad?`` must not be read
as URI syntax, which silently opened (and in read-write mode created) a different file.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

_WAL_FORMAT = 2  # header bytes 18-19 (write and read format version) of a WAL-mode file


def sqlite_uri(path: Path, **params: str) -> str:
    """``file:///...`` for ``path`` (made absolute), with ``params`` as the query string."""
    uri = path.absolute().as_uri()
    return f"{uri}?{urlencode(params)}" if params else uri


def _is_wal_mode(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == _WAL_FORMAT and header[19] == _WAL_FORMAT


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading without creating or changing any file.

    A read-only connection to a WAL-mode database creates ``-wal`` and ``-shm`` files beside it
    when they are missing, and leaves them behind. Without a ``-wal`` file every committed page
    is in the main file, so it is opened ``immutable``, which makes SQLite touch nothing else.
    When a ``-wal`` file exists (the database is open elsewhere, or was not closed cleanly)
    its pages are needed and the companions already exist, so a plain read-only open is used.
    """
    if _is_wal_mode(path) and not path.with_name(path.name + "-wal").exists():
        return sqlite_uri(path, mode="ro", immutable="1")
    return sqlite_uri(path, mode="ro")
