"""Errors raised when a database cannot be opened or written, with readable messages."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every store error; ``str()`` is one line fit to show a user."""


class NotAnImproveDatabase(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is not an Improve Desktop database: {reason}")
        self.path = path
        self.reason = reason


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
