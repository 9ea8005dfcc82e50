"""Method → result benchmark: opening the view over the scale-100 demo.

    python bench/method_results.py [--scale 100] [--runs 9]

"Opening" is what View → Method → result… does: the service call (six set-based queries over
every iteration, tagged item, logic-model link, measurement and reference value; the
aggregation; the read schemas), building the dialog with its two table models, showing it and
processing events until it is painted (offscreen). The target is under 500 ms (issue 6). The
service call alone and the export of the same table to XLSX are timed beside it. The demo
database is built once and cached under bench/.cache/ (shared with bench/startup.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from startup import demo_database

from improve_desktop.services.method_results import MethodResultService
from improve_desktop.services.participants import ParticipantService
from improve_desktop.store.migrate import open_store


def report(name: str, values: list[float], cpu: list[float]) -> None:
    print(f"{name:<34} n={len(values):<3} median {statistics.median(values):7.1f} ms"
          f"   min {min(values):7.1f} ms   max {max(values):7.1f} ms"
          f"   (CPU: median {statistics.median(cpu):7.1f} ms)")


class Timer:
    """Wall-clock and process CPU time of a block: on a shared machine the CPU time shows what
    the code costs when other processes take turns on the cores."""

    def __init__(self, wall: list[float], cpu: list[float]) -> None:
        self.wall, self.cpu = wall, cpu

    def __enter__(self) -> None:
        self.started = time.perf_counter()
        self.started_cpu = time.process_time()

    def __exit__(self, *_exc: object) -> None:
        self.wall.append((time.perf_counter() - self.started) * 1000)
        self.cpu.append((time.process_time() - self.started_cpu) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    opened = open_store(demo_database(args.scale))
    from PySide6.QtWidgets import QApplication

    from improve_desktop.exports.method_results import export_method_results
    from improve_desktop.ui.dialogs.method_results_dialog import MethodResultsDialog

    app = QApplication([])
    service = MethodResultService(opened.store)
    participants = ParticipantService(opened.store)
    try:
        results = service.compare("sv")  # unmeasured: mappers and validators are built once
        print(f"{len(results)} methods; "
              f"{sum(r.iterations for r in results)} method-iterations; "
              f"{sum(len(r.comparisons) for r in results)} comparisons")
        timings: dict[str, tuple[list[float], list[float]]] = {
            name: ([], []) for name in ("service", "open", "export")}
        for _ in range(args.runs):
            with Timer(*timings["service"]):
                service.compare("sv")
        for _ in range(args.runs):
            with Timer(*timings["open"]):
                dialog = MethodResultsDialog(service.compare("sv"), "sv", lambda path: path)
                dialog.show()
                dialog.repaint()
                app.processEvents()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(max(3, args.runs // 3)):
                with Timer(*timings["export"]):
                    export_method_results(Path(folder) / "m.xlsx", service.compare("sv"),
                                          participants.periods_by_project(), "sv")
        report("service call (compare)", *timings["service"])
        report("open the view (service + dialog)", *timings["open"])
        report("export to xlsx (with participants)", *timings["export"])
    finally:
        opened.store.close()


if __name__ == "__main__":
    main()
