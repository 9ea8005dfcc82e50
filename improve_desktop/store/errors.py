"""Errors raised when a database cannot be opened or written, with readable messages."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar


class StoreError(Exception):
    """Base of every store error; ``str()`` is one line fit to show a user."""


class NotAnImproveDatabase(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is not an Improve Desktop database: {reason}")
        self.path = path
        self.reason = reason


class DatabaseDamaged(NotAnImproveDatabase):
    """The file is (or was) an Improve database, but SQLite finds it damaged.

    A subclass of :class:`NotAnImproveDatabase` because it cannot be used as one either; the
    difference is what to offer: this file is kept aside and the newest backup restored.
    """

    def __init__(self, path: Path, problems: list[str] | tuple[str, ...]) -> None:
        self.problems = tuple(problems) or ("unknown damage",)
        StoreError.__init__(
            self, f"{path} is damaged and cannot be opened safely: {self.problems[0]}"
        )
        self.path = path
        self.reason = self.problems[0]


class NewerSchema(StoreError):
    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} was written by a newer version of Improve Desktop (schema {revision}); "
            "update the application to open it. The file was not changed."
        )
        self.path = path
        self.revision = revision


class MigrationFailed(StoreError):
    def __init__(self, path: Path, reason: str, backup: Path | None) -> None:
        where = f"; a copy taken before the upgrade is at {backup}" if backup else ""
        super().__init__(
            f"could not upgrade {path} ({reason}); the database was left as it was{where}"
        )
        self.path = path
        self.backup = backup


class ReadOnlyStore(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is open read-only; changes cannot be saved")
        self.path = path


class DatabaseMissing(StoreError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"there is no database at {path} (start the application or run 'demo' to create one)"
        )
        self.path = path


class WriteFailed(StoreError):
    """A transaction could not be committed and was rolled back; ``reason`` says why.

    What was committed before is untouched (SQLite's commit is atomic); only the change that
    was being saved is lost, and the user is told so.
    """

    DISK_FULL = "disk_full"
    READ_ONLY_MEDIA = "read_only_media"
    IO_ERROR = "io_error"
    BUSY = "busy"
    DAMAGED = "damaged"

    _EXPLANATIONS: ClassVar[dict[str, str]] = {
        DISK_FULL: "the disk is full",
        READ_ONLY_MEDIA: "the file or its folder cannot be written to",
        IO_ERROR: "the disk reported an error",
        BUSY: "another program kept the database locked",
        DAMAGED: "the database file is damaged",
    }

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        explanation = self._EXPLANATIONS.get(reason, reason)
        super().__init__(
            f"the change could not be saved to {path} because {explanation}; "
            "it was rolled back and everything saved before is intact"
        )
        self.path = path
        self.reason = reason
        self.detail = detail


class DatabaseLocked(StoreError):
    """Another running Improve Desktop has the database open for writing."""

    def __init__(self, path: Path, pid: int | None, host: str, since: str) -> None:
        who = f"process {pid} on {host}" if pid else "another program"
        started = f" since {since}" if since else ""
        super().__init__(f"{path} is already open in Improve Desktop ({who}{started})")
        self.path = path
        self.pid = pid
        self.host = host
        self.since = since


class LockUnavailable(StoreError):
    """The lock file beside the database cannot be created (read-only folder or medium)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"{path} cannot be opened for writing: the lock file beside it cannot be created "
            f"({reason})"
        )
        self.path = path
        self.reason = reason
