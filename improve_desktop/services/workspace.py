"""An open database and the services over it: what the UI holds while a file is open.

The UI never imports the store; it opens, replaces and closes databases through this class,
and store errors reach it as :class:`DatabaseUnavailable` with a readable message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from improve_desktop.services.errors import ServiceError
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.errors import NewerSchema, NotAnImproveDatabase, StoreError
from improve_desktop.store.migrate import open_store
from improve_desktop.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    from improve_desktop.services.demo import DemoService


class DatabaseUnavailable(ServiceError):
    """The database could not be opened; ``reason`` is one of the codes below."""

    NEWER = "newer_schema"
    FOREIGN = "not_improve"
    FAILED = "failed"

    def __init__(self, path: Path, reason: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class OpenReport:
    """What opening did: created a new file, or upgraded one (and where its backup went)."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


class Workspace:
    """One open database with its services."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        try:
            opened = open_store(path, read_only=read_only)
        except NewerSchema as error:
            raise DatabaseUnavailable(path, DatabaseUnavailable.NEWER, str(error)) from error
        except NotAnImproveDatabase as error:
            raise DatabaseUnavailable(path, DatabaseUnavailable.FOREIGN, str(error)) from error
        except StoreError as error:
            raise DatabaseUnavailable(path, DatabaseUnavailable.FAILED, str(error)) from error
        self._store = opened.store
        self.path = opened.store.path
        self.report = OpenReport(opened.created, opened.upgraded_from, opened.backup)
        self.projects = ProjectService(self._store)
        self.organisations = OrganisationService(self._store)

    @property
    def demo(self) -> DemoService:
        # Imported on first use: the demo generator is not needed to start the application.
        from improve_desktop.services.demo import DemoService

        return DemoService(self._store)

    @property
    def schema_revision(self) -> str:
        return HEAD_REVISION

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    def backup(self, target: Path | None = None) -> Path:
        from improve_desktop.services.maintenance import make_backup

        try:
            return make_backup(self.path, target)
        except StoreError as error:
            raise DatabaseUnavailable(self.path, DatabaseUnavailable.FAILED, str(error)) from error

    def close(self) -> None:
        self._store.close()
