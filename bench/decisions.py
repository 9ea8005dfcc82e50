"""Decision benchmarks with 10,000 decisions in the store (issue 4).

    python bench/decisions.py [--decisions 10000] [--runs 40]

1. Recording a decision in meeting mode: from the Enter key to the decision committed (the
   service's write transaction) and shown in the running list (the list repainted).
2. The decision log: each keystroke of a few searches, and a status filter, over all
   decisions: filter in memory, model reset, table repainted.
The database is the scale-1 demo plus generated decisions spread over both clusters, their
projects and five years, inserted with core inserts; it is built once and cached in
bench/.cache/. Runs offscreen. Target: under 50 ms for each.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select  # noqa: E402

from improve_desktop.domain.steering import (  # noqa: E402
    DecisionKind,
    DecisionStatus,
    format_reference,
)
from improve_desktop.services.demo import DemoService  # noqa: E402
from improve_desktop.store.base import new_id, utc_now  # noqa: E402
from improve_desktop.store.migrate import open_store  # noqa: E402
from improve_desktop.store.models import Project, SteeringCluster  # noqa: E402
from improve_desktop.store.steering_models import Decision  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
TODAY = date(2026, 11, 27)
WORDS = ("budget", "arbetsträning", "lokaler", "rekrytering", "remissflödet", "uppföljning",
         "iterationsplan", "lägesrapport", "arbetsgivare", "förlängning", "paus", "utvärdering",
         "samverkan", "språkombud", "IPS-teamet", "deltagare", "handledare", "tolk")
OWNERS = ("Anna Lindqvist", "Erik Burström", "Maria Holmgren", "Mats Westerlund",
          "Lena Sjöström", "Sara Lundberg", "Jonas Berglund", "")
QUERIES = ("arbetsträning", "budget lokaler", "sk-2024", "erik", "xyz")


def build(path: Path, count: int) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    opened = open_store(partial)
    DemoService(opened.store).load(today=TODAY)
    rng = random.Random(4)
    with opened.store.write() as session:
        clusters = session.execute(select(SteeringCluster.id, SteeringCluster.code)).all()
        projects = session.execute(select(Project.id, Project.steering_cluster_id)).all()
        numbers = {(row.cluster_id, row.year): row.number for row in session.execute(
            select(Decision.steering_cluster_id.label("cluster_id"), Decision.year,
                   Decision.number))}
        rows = []
        now = utc_now()
        for _ in range(count):
            cluster_id, code = rng.choice(clusters)
            decided = TODAY - timedelta(days=rng.randint(0, 5 * 365))
            key = (cluster_id, decided.year)
            numbers[key] = numbers.get(key, 0) + 1
            own = [p for p, c in projects if c == cluster_id]
            rows.append({
                "id": new_id(), "created_at": now, "updated_at": now,
                "steering_cluster_id": cluster_id, "year": decided.year, "number": numbers[key],
                "reference": format_reference(code, decided.year, numbers[key]),
                "project_id": rng.choice([*own, None]), "meeting_id": None,
                "agenda_item_id": None, "decision_request_id": None,
                "title": " ".join(rng.sample(WORDS, 3)).capitalize(),
                "text": " ".join(rng.choices(WORDS, k=12)), "rationale": "",
                "kind": rng.choice(list(DecisionKind)).value,
                "status": rng.choice([s for s in DecisionStatus
                                      if s is not DecisionStatus.SUPERSEDED]).value,
                "superseded_by_id": None, "owner": rng.choice(OWNERS), "decided_on": decided,
                "due_on": decided + timedelta(days=rng.randint(7, 90)) if rng.random() < .7
                else None,
                "review_on": decided + timedelta(days=rng.randint(30, 180)) if rng.random() < .3
                else None,
            })
        session.execute(insert(Decision), rows)
    opened.store.close()
    partial.replace(path)


def summary(name: str, samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[min(len(samples) - 1, int(len(samples) * 0.95))]
    return (f"{name:<44} n={len(samples):<4} median {statistics.median(samples):6.1f} ms   "
            f"p95 {p95:6.1f} ms   max {samples[-1]:6.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"decisions-{args.decisions}.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.decisions)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    work = CACHE / "decisions-work.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    from improve_desktop.store.backup import backup_database

    backup_database(path, work)

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from improve_desktop.domain.steering import MeetingState
    from improve_desktop.services.workspace import Workspace
    from improve_desktop.ui.signals import AppSignals
    from improve_desktop.ui.views.decision_log_view import DecisionLogView
    from improve_desktop.ui.views.meeting_mode import MeetingModeWindow

    app = QApplication(sys.argv)
    workspace = Workspace(work)
    try:
        total = len(workspace.decisions.log())
        print(f"{total} decisions in the store")
        meeting = next(m for m in workspace.meetings.list_meetings()
                       if m.state is MeetingState.PLANNED)
        window = MeetingModeWindow(lambda: workspace, AppSignals(), meeting.id)
        window.resize(1280, 720)
        window.show()
        QTest.qWaitForWindowExposed(window)
        samples = []
        for number in range(args.runs):
            window.text_edit.setText(f"Beslut nummer {number} om arbetsträning")
            app.processEvents()
            started = time.perf_counter()
            QTest.keyClick(window.text_edit, Qt.Key.Key_Return)
            window.entries.viewport().repaint()
            samples.append((time.perf_counter() - started) * 1000)
        print(summary("record a decision (Enter → committed, shown)", samples))
        window.close()

        started = time.perf_counter()
        decisions = workspace.decisions
        rows, actions = decisions.log(), decisions.actions()
        view = DecisionLogView()
        view.resize(1280, 800)
        view.show()
        QTest.qWaitForWindowExposed(view)
        view.show_log(rows, actions, [], [], decisions.history)
        app.processEvents()
        print(f"open the log ({len(rows)} decisions, read + show): "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        keystrokes = []
        for _round in range(3):
            for query in QUERIES:
                view.text_filter.clear()
                app.processEvents()
                for end in range(1, len(query) + 1):
                    started = time.perf_counter()
                    view.text_filter.setText(query[:end])
                    view.table.viewport().repaint()
                    keystrokes.append((time.perf_counter() - started) * 1000)
        print(summary("decision log: one keystroke of a search", keystrokes))
        view.text_filter.clear()
        statuses = []
        for index in range(1, view.status_filter.count()):
            started = time.perf_counter()
            view.status_filter.setCurrentIndex(index)
            view.table.viewport().repaint()
            statuses.append((time.perf_counter() - started) * 1000)
        print(summary("decision log: choose a status", statuses))
        view.status_filter.setCurrentIndex(0)
        edits = []
        for row in range(10):
            view.table.selectRow(row)
            chosen = view.chosen()
            started = time.perf_counter()
            decisions.update(chosen.id, {"owner": f"Ägare {row}"})
            view.refresh_decisions(decisions.get_many([chosen.id]), decisions.actions())
            view.table.viewport().repaint()
            edits.append((time.perf_counter() - started) * 1000)
        print(summary("decision log: edit one decision, log refreshed", edits))
    finally:
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
