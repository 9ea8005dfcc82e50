"""One writer at a time: a lock file beside the database, held with an operating-system lock.

``improve.sqlite3.lock`` holds who has the database open (process id, host, time) for the
message a second instance shows. Whether the lock is *held* is decided by the operating system,
not by that text: the holder keeps an exclusive ``flock`` (``msvcrt.locking`` on Windows) on the
open file, and the system drops it the moment the process ends, however it ends (SIGKILL, a
crash, a dead battery). So a lock file left behind by a killed process is recovered at once and
automatically, and a process id that has since been reused by another program cannot keep the
database locked, as it can with locks that only compare process ids.

Why not ``QLockFile``: the store is Qt-free (the command line's ``demo`` writes too, and the
fault-injection tests run writers without Qt), and ``QLockFile`` decides staleness from the
process id and name, which a kill-and-restart can defeat. The price is that ``flock`` is
unreliable on some network file systems; the application warns about databases there anyway
(``store/location.py``).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from improve_desktop.store.errors import DatabaseLocked, LockUnavailable

LOCK_SUFFIX = ".lock"
_WINDOWS_LOCK_OFFSET = 1 << 30  # lock a byte far past the text, so others can still read it


@dataclass(frozen=True)
class LockOwner:
    """Who wrote a lock file: shown to a second instance, and reported when recovered."""

    pid: int | None
    host: str
    since: str

    @classmethod
    def parse(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            pid = int(data["pid"]) if data.get("pid") is not None else None
            return cls(pid, str(data.get("host", "")), str(data.get("since", "")))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None

    @classmethod
    def me(cls) -> LockOwner:
        since = datetime.now(UTC).astimezone().strftime("%Y-%m-%d %H:%M")
        return cls(os.getpid(), socket.gethostname(), since)

    def dump(self) -> str:
        return json.dumps({"pid": self.pid, "host": self.host, "since": self.since})


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _try_os_lock(descriptor: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(descriptor, 0, os.SEEK_SET)
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read(descriptor: int) -> str:
    os.lseek(descriptor, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(descriptor, 4096):
        chunks.append(chunk)
        if len(chunks) > 4:
            break
    return b"".join(chunks).decode("utf-8", errors="replace")


def read_owner(database: Path) -> LockOwner | None:
    """What the lock file says, without taking it (None when there is none or it is unreadable)."""
    try:
        return LockOwner.parse(lock_path(database).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


class WriterLock:
    """The right to write ``database``; :meth:`acquire` it, :meth:`release` it when done.

    ``recovered_from`` tells, after acquiring, whose stale lock was taken over (a process that
    ended without releasing it), or None.
    """

    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self.recovered_from: LockOwner | None = None
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> WriterLock:
        """Take the lock or raise :class:`DatabaseLocked` (held by a live process) or
        :class:`LockUnavailable` (the lock file cannot be created, e.g. a read-only medium)."""
        if self._descriptor is not None:
            return self
        for _attempt in range(10):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise LockUnavailable(self.database, error.strerror or str(error)) from error
            try:
                try:
                    locked = _try_os_lock(descriptor)
                except OSError as error:  # e.g. ENOLCK on a file system without locks
                    raise LockUnavailable(self.database, error.strerror or str(error)) from error
                if not locked:
                    owner = LockOwner.parse(_read(descriptor))
                    raise DatabaseLocked(
                        self.database,
                        owner.pid if owner else None,
                        owner.host if owner else "",
                        owner.since if owner else "",
                    )
                if not self._still_the_file(descriptor):
                    # The holder released (and removed) it between our open and our lock:
                    # we locked a file nobody else will look at. Try again with the new one.
                    os.close(descriptor)
                    continue
                left_behind = _read(descriptor).strip()
                self.recovered_from = LockOwner.parse(left_behind) if left_behind else None
                os.lseek(descriptor, 0, os.SEEK_SET)
                os.ftruncate(descriptor, 0)
                os.write(descriptor, LockOwner.me().dump().encode("utf-8"))
                with contextlib.suppress(OSError):
                    os.fsync(descriptor)
            except BaseException:
                os.close(descriptor)
                raise
            self._descriptor = descriptor
            return self
        raise LockUnavailable(self.database, "the lock file kept changing")

    def _still_the_file(self, descriptor: int) -> bool:
        if sys.platform == "win32":
            return True  # an open file cannot be removed on Windows
        try:
            on_disk = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(descriptor)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def release(self) -> None:
        """Give the lock up and remove the file (it is recovered anyway if this never runs)."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if sys.platform == "win32":
            os.close(descriptor)
            with contextlib.suppress(OSError):
                self.path.unlink()
            return
        # Removed while still locked, so that nobody can lock the old file after we let go;
        # a process that opened it just before sees that it is gone and retries.
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(descriptor)

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _traceback: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)
