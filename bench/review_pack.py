"""Review pack benchmark: one iteration with 1,000 items, against bare openpyxl.

    python bench/review_pack.py [--items 1000] [--runs 5]

"ours" is the whole export as the command line runs it: the service reads (overview, items,
methods, burndown, velocity), the layout with safe cells, styles, charts and print settings,
and the atomic save. "bare" is a plain openpyxl script writing the same cell values into the
same sheets (no styles, no charts) and saving. Targets (issue 7): ours under 2 s and within
2x bare. The database (the demo plus ``--items`` items in SKE-VV iteration 6, added through
BacklogService, half of them done) is cached under bench/.cache/.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from improve_desktop.domain.enums import ItemStatus
from improve_desktop.exports.review_pack import (
    build_review_pack,
    collect_review,
    export_review_pack,
)
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.demo import DemoService
from improve_desktop.services.iterations import IterationService
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.migrate import open_store

CACHE = Path(__file__).resolve().parent / ".cache"
TODAY = date(2026, 11, 27)


def database(items: int) -> Path:
    path = CACHE / f"review-{items}.sqlite3"
    if path.exists():
        return path
    CACHE.mkdir(exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    opened = open_store(partial)
    store = opened.store
    DemoService(store).load(today=TODAY)
    project_id = ProjectService(store).find_project_id("SKE-VV")
    iteration = next(it for it in IterationService(store).list_iterations(project_id)
                     if it.number == 6)
    methods = [m.id for m in OrganisationService(store).list_methods()]
    backlog = BacklogService(store)
    done = []
    for number in range(items):
        item = backlog.create_item({
            "project_id": project_id, "iteration_id": iteration.id,
            "title": f"Insats {number}: kartläggningssamtal och uppföljning med deltagare",
            "estimate_points": number % 8 + 1, "method_ids": (methods[number % len(methods)],),
            "description": "Genomfört enligt plan; underlag finns i projektets gemensamma mapp. "
                           * (1 + number % 3),
        }).value
        if number % 2 == 0:
            done.append(item.id)
    backlog.set_status(done, ItemStatus.DONE)
    store.close()
    partial.rename(path)
    return path


def bare(cells: list[tuple[str, list[tuple[int, int, object]]]], output: Path) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, values in cells:
        sheet = workbook.create_sheet(title)
        for row, column, value in values:
            sheet.cell(row=row, column=column, value=value)
    workbook.save(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = database(args.items)
    opened = open_store(path)
    store = opened.store
    # The same cells, taken from one built pack.
    book = build_review_pack(collect_review(store, "SKE-VV", 6, TODAY), "sv")
    cells = [(sheet.title, [(c.row, c.column, c.value) for row in sheet.iter_rows()
                            for c in row if c.value is not None]) for sheet in book.worksheets]
    count = sum(len(values) for _, values in cells)
    ours, plain, plain_no_gc = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs + 1):
            started = time.perf_counter()
            export_review_pack(store, "SKE-VV", 6, Path(folder) / "ours.xlsx", language="sv",
                               today=TODAY)
            middle = time.perf_counter()
            bare(cells, Path(folder) / "bare.xlsx")
            ended = time.perf_counter()
            gc.disable()
            bare(cells, Path(folder) / "bare.xlsx")
            gc.enable()
            last = time.perf_counter()
            if run:  # the first run warms imports and caches
                ours.append(middle - started)
                plain.append(ended - middle)
                plain_no_gc.append(last - ended)
    store.close()
    ours_median, bare_median = statistics.median(ours), statistics.median(plain)
    print(f"review pack, {args.items} items, {count} cells, median of {args.runs}:")
    print(f"  ours (services + layout + charts + atomic save)  {ours_median * 1000:7.1f} ms"
          f"   max {max(ours) * 1000:7.1f} ms")
    print(f"  bare openpyxl, same cell values                  {bare_median * 1000:7.1f} ms")
    print(f"  bare openpyxl, cyclic GC off as in ours          "
          f"{statistics.median(plain_no_gc) * 1000:7.1f} ms")
    print(f"  ratio {ours_median / bare_median:.2f}x to bare, "
          f"{ours_median / statistics.median(plain_no_gc):.2f}x to bare without GC"
          "   (targets: < 2000 ms, <= 2x)")


if __name__ == "__main__":
    main()
