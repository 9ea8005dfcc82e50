"""Iteration read benchmark: burndown, velocity history and defaults on the scale-100 demo.

    python bench/burndown.py [--scale 100] [--iterations 300]

Each call is a whole service call: session, queries, replay, Pydantic read schemas. The
target is burndown under 50 ms per iteration (issue 3). The demo database is built once and
cached under bench/.cache/ (shared with bench/startup.py).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from functools import partial

from startup import demo_database

from improve_desktop.services.iterations import IterationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.migrate import open_store


def timings_ms(calls: list[Callable[[], object]]) -> list[float]:
    result = []
    for call in calls:
        started = time.perf_counter()
        call()
        result.append((time.perf_counter() - started) * 1000)
    return result


def report(name: str, values: list[float]) -> None:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(
        f"{name:<24} n={len(values):<4} median {statistics.median(values):6.2f} ms"
        f"   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--iterations", type=int, default=300)
    args = parser.parse_args()
    opened = open_store(demo_database(args.scale))
    try:
        service = IterationService(opened.store)
        projects = [project.id for project in ProjectService(opened.store).list_projects()]
        sample = random.Random(3).sample(projects, min(len(projects), args.iterations // 6 + 1))
        iterations = [it.id for project in sample for it in service.list_iterations(project)]
        iterations = iterations[: args.iterations]
        service.burndown(iterations[0])  # first call builds the Pydantic validators
        report(
            "burndown",
            timings_ms([partial(service.burndown, it) for it in iterations]),
        )
        report(
            "velocity_history",
            timings_ms([partial(service.velocity_history, p) for p in sample]),
        )
        report(
            "next_iteration_defaults",
            timings_ms([partial(service.next_iteration_defaults, p) for p in sample]),
        )
        report(
            "list_iterations",
            timings_ms([partial(service.list_iterations, p) for p in sample]),
        )
    finally:
        opened.store.close()


if __name__ == "__main__":
    main()
