"""A full disk during a commit or during a file write loses nothing that was saved before.

Two ways to fill the disk without root rights: SQLite's ``max_page_count`` (the database may
not grow by another page), and the operating system's file-size limit (``RLIMIT_FSIZE``) in a
child process, where every write past the limit fails as it would on a full disk.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from improve_desktop.services.errors import SaveFailed, as_service_error
from improve_desktop.services.workspace import Workspace
from improve_desktop.store.backup import integrity_errors
from improve_desktop.store.errors import WriteFailed
from improve_desktop.ui.error_handler import ErrorHandler

REPOSITORY = Path(__file__).resolve().parents[2]
Rows = dict[str, list[dict[str, Any]]]


def test_disk_full_during_commits_in_the_application(
    demo_path: Path, rows_of: Callable[[Path], Rows], qapp: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    workspace = Workspace(demo_path)
    store = workspace._store
    with store.read() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(store.engine, "connect")
    def _full_disk(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    store.engine.dispose()
    saved: list[str] = []
    failure: WriteFailed | None = None
    for number in range(2000):  # until the next row needs a page the "disk" does not have
        name = f"Förbundet nummer {number:04d} med ett långt namn " + "x" * 120
        try:
            saved.append(workspace.organisations.create_organisation({"name": name}).value.id)
        except WriteFailed as error:
            failure, failed_name = error, name
            break
    assert failure is not None and failure.reason == WriteFailed.DISK_FULL
    before = rows_of(demo_path)

    # The user is told in plain words (the same path an uncaught error takes in the window).
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: messages.append(text))
    ErrorHandler()(type(failure), failure, failure.__traceback__)
    assert messages and "the disk is full" in messages[0] and "intact" in messages[0]
    assert isinstance(as_service_error(failure), SaveFailed)

    # A failed commit leaves the application usable: reads work, failures keep being clean.
    with pytest.raises(WriteFailed):
        workspace.organisations.create_organisation({"name": failed_name})
    assert {o.id for o in workspace.organisations.list_organisations()} >= set(saved)
    workspace.close()
    assert rows_of(demo_path) == before
    assert integrity_errors(demo_path) == []


CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from pathlib import Path

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
    folder = Path(sys.argv[1])
    target, database = folder / "review.xlsx", folder / "improve.sqlite3"
    results = {}

    from improve_desktop.fileio import atomic_write
    from improve_desktop.services.workspace import Workspace
    from improve_desktop.store.errors import WriteFailed

    workspace = Workspace(database)
    workspace.organisations.create_organisation({"name": "Sparad innan disken blev full"})
    limit = max(database.stat().st_size, target.stat().st_size) + 256 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    try:
        atomic_write(target, os.urandom(limit + 1))
        results["export"] = "written"
    except OSError as error:
        results["export"] = error.errno

    store = workspace._store
    from improve_desktop.store.models import Organisation
    try:
        with store.write() as session:
            session.add_all(Organisation(name=f"Stor {n:04d}", locality="z" * 90)
                            for n in range(8000))
        results["commit"] = "committed"
    except WriteFailed as error:
        results["commit"] = error.reason
    results["after"] = [o.name for o in workspace.organisations.list_organisations()]
    workspace.close()
    print(json.dumps(results))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_real_file_size_limit_during_an_export_and_a_commit(tmp_path: Path) -> None:
    target = tmp_path / "review.xlsx"
    target.write_bytes(b"the review pack from last week")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True,
        cwd=REPOSITORY, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    # The export failed as on a full disk; the old file is whole and no temporary file is left.
    assert outcome["export"] == 27  # EFBIG
    assert target.read_bytes() == b"the review pack from last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "review" in p.name) == ["review.xlsx"]
    # The commit failed and was rolled back; what was saved before is there; the file is sound.
    assert outcome["commit"] in (WriteFailed.DISK_FULL, WriteFailed.IO_ERROR)
    assert outcome["after"] == ["Sparad innan disken blev full"]
    assert integrity_errors(tmp_path / "improve.sqlite3") == []
    reopened = Workspace(tmp_path / "improve.sqlite3")
    try:
        assert [o.name for o in reopened.organisations.list_organisations()] == [
            "Sparad innan disken blev full"]
    finally:
        reopened.close()
