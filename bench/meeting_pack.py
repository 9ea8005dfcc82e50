"""Meeting pack benchmark: a steering cluster with ten projects, each with its latest review.

    python bench/meeting_pack.py [--runs 5]

The database is the demo at scale 2 (ten projects) with every project moved into the
Skellefteå cluster, cached under bench/.cache/. The figure is the whole export as the command
line runs it (service reads for the agenda, ten review summaries, open actions and minutes;
layout; atomic save). Target (issue 7): under 5 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from improve_desktop.domain.steering import MeetingState
from improve_desktop.exports.meeting_pack import export_meeting_pack
from improve_desktop.services.demo import DemoService
from improve_desktop.services.meetings import MeetingService
from improve_desktop.store.migrate import open_store
from improve_desktop.store.schema import HEAD_REVISION

CACHE = Path(__file__).resolve().parent / ".cache"
TODAY = date(2026, 11, 27)


def database() -> Path:
    path = CACHE / f"meeting-10-projects-{HEAD_REVISION}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    opened = open_store(partial)
    DemoService(opened.store).load(today=TODAY, scale=2)
    opened.store.close()
    with closing(sqlite3.connect(partial)) as connection:
        with connection:
            cluster = connection.execute(
                "SELECT id FROM steering_cluster WHERE code = 'SK'").fetchone()[0]
            connection.execute("UPDATE project SET steering_cluster_id = ?", (cluster,))
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = database()
    opened = open_store(path)
    store = opened.store
    held = [m for m in MeetingService(store).list_meetings()
            if m.cluster_code == "SK" and m.state is not MeetingState.PLANNED][0]
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            started = time.perf_counter()
            export_meeting_pack(store, held.id, Path(folder) / f"pack-{run}.xlsx",
                                language="sv", today=TODAY)
            timings.append(time.perf_counter() - started)
        from openpyxl import load_workbook

        sheets = load_workbook(Path(folder) / "pack-0.xlsx", read_only=True).sheetnames
    store.close()
    print(f"meeting pack, {len(sheets) - 4} project sheets, {args.runs} runs: median "
          f"{statistics.median(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms "
          "(target < 5 s)")


if __name__ == "__main__":
    main()
