"""Databases stored by every earlier schema revision open in the application with every row.

The same stored files as tests/store (tests/fixtures/schema_*.sqlite3), opened the way the
application opens them: the writer lock, quick_check, the pre-upgrade backup into backups/, the
upgrade in one transaction, and then the window.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from improve_desktop.cli import run
from improve_desktop.services.workspace import Workspace
from improve_desktop.store.backup import integrity_errors, list_backups
from improve_desktop.store.schema import HEAD_REVISION
from tests.store.test_store_stored_databases import STORED, assert_rows_survived, primary_keys

Rows = dict[str, list[dict[str, Any]]]


@pytest.mark.parametrize("stored", STORED, ids=lambda path: path.stem)
def test_every_stored_revision_upgrades_in_the_application_with_every_row(
    stored: Path, tmp_path: Path, rows_of: Callable[[Path], Rows],
    revision_in: Callable[[Path], str], qapp: object,
) -> None:
    path = tmp_path / "improve.sqlite3"
    shutil.copyfile(stored, path)
    before = rows_of(path)
    keys = primary_keys(path)
    revision = revision_in(path)

    assert run(["--database", str(path), "--quit-after-shown"]) == 0
    assert revision_in(path) == HEAD_REVISION
    assert_rows_survived(before, rows_of(path), keys)
    assert integrity_errors(path) == []
    if revision != HEAD_REVISION:
        [copy] = [b for b in list_backups(path) if b.upgrade_revision == HEAD_REVISION]
        assert rows_of(copy.path) == before
    workspace = Workspace(path)
    try:
        codes = {p.code for p in workspace.projects.list_projects()}
    finally:
        workspace.close()
    assert codes == {row["code"] for row in before["project"]}
