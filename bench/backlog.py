"""Backlog benchmarks on the scale-100 demo plus one project holding 20,000 items.

    python bench/backlog.py [--items 20000] [--runs 5]

Measures, offscreen:
- opening the backlog view (query + model + first paint) against a raw sqlite3 select of
  the same rows (target: within 3×);
- one filter keystroke (target: under 50 ms);
- moving one item (service call + commit + view refresh) (target: under 50 ms).
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from startup import demo_database  # noqa: E402


def add_big_project(path: Path, count: int) -> str:
    """A project with ``count`` items, written with plain SQL for speed; returns its id."""
    from improve_desktop.domain.ranking import initial_ranks
    from improve_desktop.store.base import new_id

    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    with sqlite3.connect(path) as connection:
        organisation = connection.execute("select id from organisation limit 1").fetchone()[0]
        methods = [row[0] for row in connection.execute("select id from method")]
        project = new_id()
        connection.execute(
            "insert into project (id, created_at, updated_at, code, name, owner_organisation_id,"
            " programme_area, start_date, end_date, budget_sek, purpose, iteration_length_days,"
            " status) values (?, ?, ?, 'BIG-20K', 'Stort projekt', ?, '', '2026-01-01',"
            " '2028-12-31', 0, '', 14, 'running')", (project, now, now, organisation))
        items = []
        links = []
        for number, rank in enumerate(initial_ranks(count)):
            item = new_id()
            items.append((item, now, now, project, rank, f"Post {number} om arbetsträning och stöd",
                          "Beskrivning", "story", "todo", number % 8, ""))
            links.append((item, methods[number % len(methods)]))
        connection.executemany(
            "insert into backlog_item (id, created_at, updated_at, project_id, rank, title,"
            " description, kind, status, estimate_points, acceptance_criteria)"
            " values (?,?,?,?,?,?,?,?,?,?,?)", items)
        connection.executemany("insert into backlog_item_method values (?, ?)", links)
    return project


def raw_select(path: Path, project_id: str) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "select i.id, i.project_id, i.iteration_id, it.number, i.rank, i.title, i.description,"
            " i.kind, i.status, i.estimate_points, i.acceptance_criteria, i.done_on"
            " from backlog_item i left join iteration it on it.id = i.iteration_id"
            " where i.project_id = ? order by i.rank", (project_id,)).fetchall()
        links = connection.execute(
            "select l.item_id, l.method_id from backlog_item_method l join backlog_item i"
            " on i.id = l.item_id where i.project_id = ?", (project_id,)).fetchall()
    assert rows and links
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from improve_desktop.services.workspace import Workspace
    from improve_desktop.settings import Settings
    from improve_desktop.ui.i18n import install_translators
    from improve_desktop.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        os.environ["IMPROVE_DATA_DIR"] = folder
        path = Path(folder) / "bench.sqlite3"
        shutil.copy(demo_database(100), path)
        project_id = add_big_project(path, args.items)
        app = QApplication(sys.argv[:1])
        install_translators("en")
        workspace = Workspace(path)
        window = MainWindow(workspace, Settings(last_project_id=project_id))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        # As the application does once its window is drawn (app.run_gui): what start-up made
        # is frozen out of the cyclic collector's sight.
        gc.freeze()

        raw = [raw_select(path, project_id) for _ in range(args.runs)]
        opening = []
        for _ in range(args.runs):
            window.show_overview_action.trigger()
            app.processEvents()
            started = time.perf_counter()
            window.show_backlog_action.trigger()  # query + model
            window.backlog_view.table.viewport().repaint()  # first paint
            opening.append(time.perf_counter() - started)
        view = window.backlog_view
        assert view.model.rowCount() == args.items

        keystrokes = []
        for text in ("a", "ar", "arb", "arbe", "arbet", "", "s", "st", "stö", ""):
            started = time.perf_counter()
            view.filter_text.setText(text)
            view.table.viewport().repaint()
            keystrokes.append(time.perf_counter() - started)

        moves = []
        for step in range(args.runs * 2):
            item = view.model.item_at(100 + step)
            anchor = view.model.item_at(step).id
            started = time.perf_counter()
            view.controller.move_after([item.id], anchor)
            view.table.viewport().repaint()
            moves.append(time.perf_counter() - started)
        workspace.close()

    def ms(values: list[float]) -> str:
        return (f"median {statistics.median(values) * 1000:.1f} ms "
                f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})")

    ratio = statistics.median(opening) / statistics.median(raw)
    print(f"raw sqlite3 select of {args.items} items: {ms(raw)}")
    print(f"open the backlog view:            {ms(opening)}  ratio {ratio:.1f}× (target ≤ 3×)")
    print(f"filter keystroke:                 {ms(keystrokes)}  (target < 50 ms)")
    print(f"move one item:                    {ms(moves)}  (target < 50 ms)")


if __name__ == "__main__":
    main()
