"""A commit the disk refuses rolls back, says why, and leaves what was saved intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from improve_desktop.services.demo import DemoService
from improve_desktop.services.errors import SaveFailed, ValidationFailed, as_service_error
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.store.backup import integrity_errors
from improve_desktop.store.engine import Store
from improve_desktop.store.errors import ReadOnlyStore, WriteFailed
from improve_desktop.store.migrate import open_store


def limit_pages(store: Store, extra_pages: int) -> None:
    """Let the file grow by only ``extra_pages`` pages: SQLite then reports SQLITE_FULL."""
    with store.read() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(store.engine, "connect")
    def _limit(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")  # type: ignore[attr-defined]

    store.engine.dispose()


def test_disk_full_during_a_commit(tmp_path: Path) -> None:
    path = tmp_path / "improve.sqlite3"
    store = open_store(path).store
    organisations = OrganisationService(store)
    organisations.create_organisation({"name": "Sparad före"})
    limit_pages(store, 2)
    with pytest.raises(WriteFailed) as failure:
        DemoService(store).load()
    assert failure.value.reason == WriteFailed.DISK_FULL
    assert "rolled back" in str(failure.value) and "intact" in str(failure.value)
    # Nothing of the demo was half-saved; the earlier row is there; small writes still work.
    assert [o.name for o in organisations.list_organisations()] == ["Sparad före"]
    organisations.create_organisation({"name": "Sparad efter"})
    assert len(organisations.list_organisations()) == 2
    store.close()
    assert integrity_errors(path) == []
    service_error = as_service_error(failure.value)
    assert isinstance(service_error, SaveFailed) and service_error.code == "disk_full"


def test_a_medium_that_refuses_writes(tmp_path: Path) -> None:
    store = open_store(tmp_path / "improve.sqlite3").store

    @event.listens_for(store.engine, "connect")
    def _read_only_medium(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = 1")  # type: ignore[attr-defined]

    store.engine.dispose()
    with pytest.raises(WriteFailed) as failure:
        OrganisationService(store).create_organisation({"name": "Kommer inte med"})
    assert failure.value.reason == WriteFailed.READ_ONLY_MEDIA
    store.close()


def test_other_errors_are_not_disguised(tmp_path: Path) -> None:
    store = open_store(tmp_path / "improve.sqlite3").store
    OrganisationService(store).create_organisation({"name": "Umeå"})
    with pytest.raises(ValidationFailed):
        OrganisationService(store).create_organisation({"name": "Umeå"})
    store.close()
    assert as_service_error(RuntimeError("a bug")) is None
    read_only = as_service_error(ReadOnlyStore(Path("x.sqlite3")))
    assert isinstance(read_only, SaveFailed) and read_only.code == "read_only"
