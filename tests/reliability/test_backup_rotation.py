"""A year and more of simulated use: one backup a day at start, rotated, and a restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from improve_desktop.services.maintenance import BackupKind
from improve_desktop.services.workspace import Workspace
from improve_desktop.store.backup import integrity_errors, list_backups
from improve_desktop.store.rotation import backups_to_keep

START = datetime(2025, 9, 1, 7, 30, tzinfo=UTC)
DAYS = 420


def organisations_in(path: Path) -> list[str]:
    uri = path.absolute().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        return sorted(row[0] for row in connection.execute("SELECT name FROM organisation"))


def test_daily_backups_over_simulated_dates_are_rotated_and_one_is_restored(
    tmp_path: Path,
) -> None:
    path = tmp_path / "improve.sqlite3"
    Workspace(path).close()
    taken: list[datetime] = []
    for day in range(DAYS):
        if day % 30 in (10, 11, 12):  # three days a month the laptop stays shut
            continue
        workspace = Workspace(path)
        try:
            for start_hour in (0, 5):  # started twice a day, backed up once
                moment = START + timedelta(days=day, hours=start_hour)
                if workspace.backup_if_due(moment) is not None:
                    taken.append(moment)
            workspace.organisations.create_organisation({"name": f"Dag {day:03d}"})
        finally:
            workspace.close()

    rolling = [b for b in list_backups(path) if b.label == "daily"]
    local = {b.taken_at.astimezone(): b for b in rolling}
    assert len(rolling) == len(backups_to_keep([t.astimezone() for t in taken])) == 17
    assert set(local) == backups_to_keep([t.astimezone() for t in taken])
    newest = max(b.taken_at for b in rolling)
    oldest = min(b.taken_at for b in rolling)
    assert newest - oldest > timedelta(days=6 * 28), "about half a year of history is kept"
    assert all(integrity_errors(b.path) == [] for b in rolling)

    # Go back to the oldest backup; the state it replaced is kept and can be restored again.
    workspace = Workspace(path)
    try:
        latest_names = [o.name for o in workspace.organisations.list_organisations()]
        [oldest_info] = [b for b in workspace.backups() if b.taken_at == oldest]
        report = workspace.restore(oldest_info)
        restored = sorted(o.name for o in workspace.organisations.list_organisations())
        assert restored == organisations_in(oldest_info.path)
        assert len(restored) < len(latest_names)
        assert report.previous_backup is not None
        assert sorted(organisations_in(report.previous_backup)) == sorted(latest_names)
        [undo] = [b for b in workspace.backups() if b.kind == BackupKind.BEFORE_RESTORE]
        workspace.restore(undo)
        assert sorted(o.name for o in workspace.organisations.list_organisations()) == sorted(
            latest_names)
    finally:
        workspace.close()
