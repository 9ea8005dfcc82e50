"""Upgrades that fail half-way, or are killed half-way, leave the database as it was."""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from improve_desktop.cli import run
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
from improve_desktop.store.backup import integrity_errors, list_backups
from improve_desktop.store.schema import HEAD_REVISION
from tests.store.test_store_migrations import BROKEN_HALF_WAY
from tests.store.test_store_stored_databases import assert_rows_survived, primary_keys

from .conftest import Child
from .writer import open_and_hold

Rows = dict[str, list[dict[str, Any]]]


def schema_of(path: Path) -> set[tuple[str, str]]:
    uri = path.absolute().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        return {(name, sql or "") for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master")}


def test_a_migration_failing_half_way_leaves_the_database_and_the_app_says_so(
    stored_0001: Path,
    extra_revision: Callable[[str], str],
    rows_of: Callable[[Path], Rows],
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PySide6.QtWidgets import QMessageBox

    before_rows = rows_of(stored_0001)
    before_schema = schema_of(stored_0001)
    extra_revision(BROKEN_HALF_WAY)

    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(stored_0001)
    assert refused.value.reason == DatabaseUnavailable.MIGRATION
    assert refused.value.backup is not None and refused.value.backup.exists()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run(["--database", str(stored_0001), "--quit-after-shown", "--lang", "en"]) == 1
    assert len(shown) == 1
    assert "could not be upgraded" in shown[0]
    assert "left exactly as it was" in shown[0]
    assert "A copy taken before the upgrade is at" in shown[0]
    assert "broke half-way" in shown[0]
    assert "Traceback" not in capsys.readouterr().err

    # Twice tried, twice rolled back: the same rows and tables as before, sound.
    assert rows_of(stored_0001) == before_rows
    assert schema_of(stored_0001) == before_schema
    assert integrity_errors(stored_0001) == []
    # Each attempt kept a copy of the old file in the backups folder, never a damaged one.
    copies = [b for b in list_backups(stored_0001) if b.upgrade_revision]
    assert len(copies) == 2
    assert all(rows_of(copy.path) == before_rows for copy in copies)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_an_upgrade_killed_at_random_moments_is_all_or_nothing(
    stored_0001: Path,
    rows_of: Callable[[Path], Rows],
    revision_in: Callable[[Path], str],
    spawn: Callable[..., Child],
    tmp_path: Path,
) -> None:
    before = rows_of(stored_0001)
    keys = primary_keys(stored_0001)
    chance = random.Random(8)
    outcomes = {"old": 0, "new": 0}
    for round_number in range(12):
        path = tmp_path / f"round-{round_number}" / "improve.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(stored_0001, path)
        child = spawn(open_and_hold, str(path))
        time.sleep(chance.uniform(0.0, 0.4))
        child.kill()
        assert integrity_errors(path) == []
        if revision_in(path) == HEAD_REVISION:
            outcomes["new"] += 1
            assert_rows_survived(before, rows_of(path), keys)
        else:
            outcomes["old"] += 1
            assert revision_in(path) == "0001_core"
            assert rows_of(path) == before
        # Whatever the moment, the next start opens it at head with every row.
        workspace = Workspace(path)
        workspace.close()
        assert revision_in(path) == HEAD_REVISION
        assert_rows_survived(before, rows_of(path), keys)
    print(f"\nupgrade killed 12 times: {outcomes['old']} left at 0001_core, "
          f"{outcomes['new']} completed")
