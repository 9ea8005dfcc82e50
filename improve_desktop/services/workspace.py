"""An open database and the services over it: what the UI holds while a file is open.

The UI never imports the store; it opens, replaces and closes databases through this class,
and store errors reach it as :class:`DatabaseUnavailable` with a readable message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from improve_desktop.domain.suppression import DEFAULT_THRESHOLD
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.backup import EarlyQuickCheck
from improve_desktop.store.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    LockUnavailable,
    MigrationFailed,
    NewerSchema,
    NotAnImproveDatabase,
    StoreError,
)
from improve_desktop.store.lock import WriterLock
from improve_desktop.store.migrate import open_store
from improve_desktop.store.schema import HEAD_REVISION

if TYPE_CHECKING:
    from improve_desktop.services.backlog import BacklogService
    from improve_desktop.services.backlog_import import BacklogImportService
    from improve_desktop.services.budget import BudgetService
    from improve_desktop.services.decisions import DecisionService
    from improve_desktop.services.demo import DemoService
    from improve_desktop.services.indicators import IndicatorService
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.services.lessons import LessonService
    from improve_desktop.services.logic_model import LogicModelService
    from improve_desktop.services.maintenance import BackupInfo
    from improve_desktop.services.meetings import MeetingService
    from improve_desktop.services.method_results import MethodResultService
    from improve_desktop.services.organisations import OrganisationService
    from improve_desktop.services.participants import ParticipantService
    from improve_desktop.services.reprioritise import ReprioritisationService
    from improve_desktop.services.retrospectives import RetrospectiveService


class DatabaseUnavailable(ServiceError):
    """The database could not be opened; ``reason`` is one of the codes below."""

    NEWER = "newer_schema"
    FOREIGN = "not_improve"
    FAILED = "failed"
    DAMAGED = "damaged"  # kept aside and a backup offered (services.maintenance.recover_damaged)
    LOCKED = "locked"  # open for writing in another instance: offer read-only
    READ_ONLY_FOLDER = "read_only_folder"  # no lock file can be made there: offer read-only
    MIGRATION = "migration_failed"  # left as it was; ``backup`` is the pre-upgrade copy

    def __init__(self, path: Path, reason: str, message: str, *, backup: Path | None = None,
                 holder_pid: int | None = None, holder_host: str = "",
                 holder_since: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.detail = detail  # for DAMAGED: what SQLite found, in its words
        self.backup = backup
        self.holder_pid = holder_pid
        self.holder_host = holder_host
        self.holder_since = holder_since


@dataclass(frozen=True)
class OpenReport:
    """What opening did: created a new file, or upgraded one (and where its backup went)."""

    created: bool
    upgraded_from: str | None
    backup: Path | None


class Workspace:
    """One open database with its services."""

    def __init__(self, path: Path, *, read_only: bool = False,
                 early_check: EarlyQuickCheck | None = None) -> None:
        # One writer at a time: the lock is taken before anything (an upgrade included) is
        # written, and kept until close(). Read-only opens need none.
        path = path.expanduser().absolute()
        self._lock: WriterLock | None = None
        if not read_only:
            self._lock = _take_lock(path)
        try:
            opened = open_store(path, read_only=read_only, early_check=early_check)
        except BaseException as error:
            if self._lock is not None:
                self._lock.release()
            if isinstance(error, StoreError):
                raise _unavailable(path, error) from error
            raise
        self._store = opened.store
        self.lock_recovered_from_pid = (
            self._lock.recovered_from.pid if self._lock and self._lock.recovered_from else None
        )
        self.path = opened.store.path
        self.report = OpenReport(opened.created, opened.upgraded_from, opened.backup)
        self.projects = ProjectService(self._store)

    # The first screen reads through ``projects`` only; the other services (and their
    # schemas) load when first used.

    @cached_property
    def organisations(self) -> OrganisationService:
        from improve_desktop.services.organisations import OrganisationService

        return OrganisationService(self._store)

    @cached_property
    def backlog(self) -> BacklogService:
        from improve_desktop.services.backlog import BacklogService

        return BacklogService(self._store)

    @cached_property
    def iterations(self) -> IterationService:
        from improve_desktop.services.iterations import IterationService

        return IterationService(self._store)

    @property
    def demo(self) -> DemoService:
        # Imported on first use: the demo generator is not needed to start the application.
        from improve_desktop.services.demo import DemoService

        return DemoService(self._store)

    @property
    def retrospectives(self) -> RetrospectiveService:
        # Imported on first use, like the demo: not needed to draw the first window.
        from improve_desktop.services.retrospectives import RetrospectiveService

        return RetrospectiveService(self._store)

    @property
    def lessons(self) -> LessonService:
        from improve_desktop.services.lessons import LessonService

        return LessonService(self._store)

    def export_review_pack(self, project_code: str, iteration_number: int, output: Path,
                           language: str, threshold: int = DEFAULT_THRESHOLD) -> Path:
        """Write an iteration's review pack (openpyxl is imported on first use)."""
        from improve_desktop.exports.review_pack import export_review_pack

        return export_review_pack(self._store, project_code, iteration_number, output,
                                  language=language, threshold=threshold)

    def export_meeting_pack(self, meeting_id: str, output: Path, language: str) -> Path:
        """Write a steering meeting's pack (agenda, overview, reviews, actions, minutes)."""
        from improve_desktop.exports.meeting_pack import export_meeting_pack

        return export_meeting_pack(self._store, meeting_id, output, language=language)

    @property
    def backlog_import(self) -> BacklogImportService:
        from improve_desktop.services.backlog_import import BacklogImportService

        return BacklogImportService(self._store)

    @property
    def meetings(self) -> MeetingService:
        # Steering meetings and decisions (issue 4), imported on first use like the others.
        from improve_desktop.services.meetings import MeetingService

        return MeetingService(self._store)

    @property
    def decisions(self) -> DecisionService:
        from improve_desktop.services.decisions import DecisionService

        return DecisionService(self._store)
    # The results follow-up (issue 6), imported on first use like the retrospectives.
    @property
    def logic_models(self) -> LogicModelService:
        from improve_desktop.services.logic_model import LogicModelService

        return LogicModelService(self._store)

    @property
    def indicators(self) -> IndicatorService:
        from improve_desktop.services.indicators import IndicatorService

        return IndicatorService(self._store)

    @property
    def participants(self) -> ParticipantService:
        from improve_desktop.services.participants import ParticipantService

        return ParticipantService(self._store)

    @property
    def budget(self) -> BudgetService:
        from improve_desktop.services.budget import BudgetService

        return BudgetService(self._store)

    @property
    def method_results(self) -> MethodResultService:
        from improve_desktop.services.method_results import MethodResultService

        return MethodResultService(self._store)

    @property
    def reprioritisation(self) -> ReprioritisationService:
        from improve_desktop.services.reprioritise import ReprioritisationService

        return ReprioritisationService(self._store)

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

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """The start-up backup: a ``daily`` one when the newest is over a day old (rotated)."""
        from improve_desktop.store.backup import backup_if_due

        if self.read_only:
            return None
        try:
            return backup_if_due(self.path, now)
        except (StoreError, OSError) as error:
            raise DatabaseUnavailable(self.path, DatabaseUnavailable.FAILED, str(error)) from error

    def backups(self) -> list[BackupInfo]:
        from improve_desktop.services.maintenance import backups_of

        return backups_of(self.path)

    def restore(self, backup: BackupInfo, now: datetime | None = None) -> RestoreReport:
        """Replace the database's content with ``backup``'s, after backing up the current state.

        The services stay valid: their store reconnects to the restored file. A backup from an
        older schema is upgraded as at start-up; one from a newer schema is refused.
        """
        from improve_desktop.store.backup import restore_backup
        from improve_desktop.store.migrate import SchemaState, inspect_database

        if self.read_only:
            raise DatabaseUnavailable(self.path, DatabaseUnavailable.FAILED,
                                      f"{self.path} is open read-only; it cannot be restored")
        try:
            info = inspect_database(backup.path)
            if info.state is SchemaState.NEWER:
                raise NewerSchema(backup.path, info.revision or "?")
            if info.state not in (SchemaState.CURRENT, SchemaState.OLDER):
                raise NotAnImproveDatabase(backup.path, "it holds no Improve database")
            self._store.engine.dispose()
            result = restore_backup(backup.path, self.path, now)
            upgraded = open_store(self.path, now=now)
            upgraded.store.close()
        except StoreError as error:
            raise _unavailable(backup.path, error) from error
        finally:
            self._store.engine.dispose()
        return RestoreReport(result.previous_backup, result.damaged_copy, upgraded.upgraded_from)

    @property
    def location_warning(self) -> tuple[str, str] | None:
        """("network" | "synced", detail) when the file is somewhere WAL cannot be trusted."""
        from improve_desktop.store.location import check_location

        warning = check_location(self.path)
        return (warning.risk.value, warning.detail) if warning else None

    def close(self) -> None:
        self._store.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did with the state it replaced, and whether the restored copy was upgraded."""

    previous_backup: Path | None
    damaged_copy: Path | None
    upgraded_from: str | None


def _take_lock(path: Path) -> WriterLock:
    lock = WriterLock(path)
    try:
        return lock.acquire()
    except DatabaseLocked as error:
        raise DatabaseUnavailable(path, DatabaseUnavailable.LOCKED, str(error),
                                  holder_pid=error.pid, holder_host=error.host,
                                  holder_since=error.since) from error
    except LockUnavailable as error:
        raise DatabaseUnavailable(path, DatabaseUnavailable.READ_ONLY_FOLDER,
                                  str(error)) from error


def _unavailable(path: Path, error: StoreError) -> DatabaseUnavailable:
    if isinstance(error, NewerSchema):
        return DatabaseUnavailable(path, DatabaseUnavailable.NEWER, str(error))
    if isinstance(error, DatabaseDamaged):
        return DatabaseUnavailable(path, DatabaseUnavailable.DAMAGED, str(error),
                                   detail="; ".join(error.problems[:3]))
    if isinstance(error, NotAnImproveDatabase):
        return DatabaseUnavailable(path, DatabaseUnavailable.FOREIGN, str(error))
    if isinstance(error, MigrationFailed):
        return DatabaseUnavailable(path, DatabaseUnavailable.MIGRATION, str(error),
                                   backup=error.backup)
    return DatabaseUnavailable(path, DatabaseUnavailable.FAILED, str(error))
