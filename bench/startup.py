"""Start-up benchmark: process start → main window shown on the scale-100 demo → quit.

The figure is the time until the window has been shown and drawn (both programs print a mark
after their window's first paint, with IMPROVE_STARTUP_MARK set); the time until the process
has ended is printed too.

    python bench/startup.py [--runs 7] [--scale 100] [--phases]

Compares the application with a bare PySide6 window that imports the same libraries
(bench/bare_window.py): every module the application has loaded by the time its window is
drawn, except its own, listed from one traced start of the application. The bare window with
only the main libraries (Qt, the SQLAlchemy ORM, Pydantic) is timed too. --phases prints
where the application's time goes (improve_desktop/startup_trace.py). Everything runs
offscreen (or on $DISPLAY when QT_QPA_PLATFORM=xcb is set). The demo database is built once
and cached under bench/.cache/.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"


def demo_database(scale: int) -> Path:
    from improve_desktop.store.schema import HEAD_REVISION

    # Named by schema revision, so that a cache from an older build is never reused.
    path = CACHE / f"demo-scale{scale}-{HEAD_REVISION}.sqlite3"
    if not path.exists():
        CACHE.mkdir(exist_ok=True)
        partial = path.with_suffix(".partial")
        for leftover in CACHE.glob(partial.name + "*"):
            leftover.unlink()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "improve_desktop", "demo", "--scale", str(scale),
                        "--database", str(partial)], check=True)
        partial.rename(path)
        print(f"built {path.name} in {time.perf_counter() - started:.1f} s")
    return path


MARK = b"improve-desktop: window shown"


def time_command(command: list[str], runs: int,
                 environment: dict[str, str]) -> tuple[list[float], list[float]]:
    """Per run: seconds until the window is shown (the program prints MARK), and until exit."""
    shown, ended = [], []
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL)
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == MARK:
                shown.append(time.perf_counter() - started)
                break
        process.stdout.read()
        if process.wait() != 0 or len(shown) != len(ended) + 1:
            raise SystemExit(f"{command[1]} failed or never said the window was shown")
        ended.append(time.perf_counter() - started)
    return shown, ended


def library_list(app: list[str], environment: dict[str, str]) -> Path:
    """The modules (not the application's) loaded before the window was drawn, in order."""
    traced = subprocess.run(
        [app[0], "-X", "importtime", *app[1:]], env=dict(environment, IMPROVE_STARTUP_TRACE="1"),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    names: list[str] = []
    for line in traced.stderr.splitlines():
        if line.startswith("startup-trace ") and line.endswith(" first paint"):
            break
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if name != "package" and not name.startswith("improve_desktop"):
                names.append(name)
    path = CACHE / "startup-libraries.txt"
    CACHE.mkdir(exist_ok=True)
    path.write_text("\n".join(names) + "\n", encoding="utf-8")
    return path


def phases(app: list[str], runs: int, environment: dict[str, str]) -> None:
    """Median time of each start-up phase the application marks, from process start."""
    durations: dict[str, list[float]] = {}
    for _ in range(runs):
        started = time.monotonic()
        traced = subprocess.run(app, env=dict(environment, IMPROVE_STARTUP_TRACE="1"),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                check=True)
        previous = started
        for line in traced.stderr.splitlines():
            if line.startswith("startup-trace "):
                _, moment, phase = line.split(" ", 2)
                durations.setdefault(phase, []).append(float(moment) - previous)
                previous = float(moment)
    print("where the application's time goes (median of each phase, ms):")
    total = 0.0
    for phase, values in durations.items():
        total += statistics.median(values)
        print(f"  {statistics.median(values) * 1000:6.0f}  {phase}  (sum {total * 1000:.0f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--phases", action="store_true",
                        help="also print the median of each marked start-up phase")
    args = parser.parse_args()
    database = demo_database(args.scale)
    with tempfile.TemporaryDirectory() as user_data:
        environment = dict(os.environ, IMPROVE_DATA_DIR=user_data, IMPROVE_STARTUP_MARK="1")
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed application has its bytecode compiled (pip does it at install time);
        # measure that, not a first start that compiles every module from source.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "improve_desktop", "--database", str(database),
               "--quit-after-shown"]
        libraries = library_list(app, environment)
        bare = [sys.executable, str(HERE / "bare_window.py"), str(libraries)]
        bare_main = [sys.executable, str(HERE / "bare_window.py")]
        # One unmeasured run of each warms the OS file cache, as a second start would be.
        for command in (app, bare, bare_main):
            time_command(command, 1, environment)
        # Interleaved, one run of each in turn: the machine's speed drifts (a shared 2-core
        # machine by ±20 %), and a drift then touches all three alike instead of one.
        app_shown, app_ended, bare_shown, bare_ended, main_shown = [], [], [], [], []
        for _ in range(args.runs):
            for command, shown, ended in ((app, app_shown, app_ended),
                                          (bare, bare_shown, bare_ended),
                                          (bare_main, main_shown, [])):
                one_shown, one_ended = time_command(command, 1, environment)
                shown += one_shown
                ended += one_ended
        if args.phases:
            phases(app, args.runs, environment)
    count = len(libraries.read_text(encoding="utf-8").split())
    print(f"bare window: the {count} modules the application has loaded when its window is "
          f"drawn (listed in {libraries.relative_to(HERE.parent)})")
    for what, app_times, bare_times in (("window shown", app_shown, bare_shown),
                                        ("process ended", app_ended, bare_ended)):
        app_median = statistics.median(app_times)
        bare_median = statistics.median(bare_times)
        ratio = app_median / bare_median
        print(f"start → {what}: application (scale {args.scale}) median "
              f"{app_median * 1000:.0f} ms (min {min(app_times) * 1000:.0f}, max "
              f"{max(app_times) * 1000:.0f}), bare window {bare_median * 1000:.0f} ms "
              f"(min {min(bare_times) * 1000:.0f}): {ratio:.2f}×")
    main_median = statistics.median(main_shown)
    print(f"start → window shown, bare window with only Qt, SQLAlchemy's ORM and Pydantic: "
          f"{main_median * 1000:.0f} ms (application {statistics.median(app_shown) / main_median:.2f}×)")
    ratio = statistics.median(app_shown) / statistics.median(bare_shown)
    print(f"target (start → window shown ≤ 1.5× the bare window): "
          f"{'met' if ratio <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
