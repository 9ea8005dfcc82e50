"""Start-up benchmark: process start → main window shown on the scale-100 demo → quit.

    python bench/startup.py [--runs 7] [--scale 100]

Compares the application with a bare PySide6 window that imports the same libraries
(bench/bare_window.py). Both run offscreen (or on $DISPLAY when QT_QPA_PLATFORM=xcb is set).
The demo database is built once and cached under bench/.cache/.
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


def time_command(command: list[str], runs: int, environment: dict[str, str]) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=environment, capture_output=True)
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    database = demo_database(args.scale)
    with tempfile.TemporaryDirectory() as user_data:
        environment = dict(os.environ, IMPROVE_DATA_DIR=user_data)
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
        # An installed application has its bytecode compiled (pip does it at install time);
        # measure that, not a first start that compiles every module from source.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        app = [sys.executable, "-m", "improve_desktop", "--database", str(database),
               "--quit-after-shown"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        # One unmeasured run of each warms the OS file cache, as a second start would be.
        time_command(app, 1, environment)
        time_command(bare, 1, environment)
        app_times = time_command(app, args.runs, environment)
        bare_times = time_command(bare, args.runs, environment)
    app_median = statistics.median(app_times)
    bare_median = statistics.median(bare_times)
    print(f"application (scale {args.scale}): median {app_median * 1000:.0f} ms "
          f"(min {min(app_times) * 1000:.0f}, max {max(app_times) * 1000:.0f}, {args.runs} runs)")
    print(f"bare window:              median {bare_median * 1000:.0f} ms "
          f"(min {min(bare_times) * 1000:.0f}, max {max(bare_times) * 1000:.0f})")
    ratio = app_median / bare_median
    print(f"ratio: {ratio:.2f}× (target ≤ 1.5×) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
