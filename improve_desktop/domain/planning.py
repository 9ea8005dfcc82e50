"""What "new iteration" proposes: the next period and a capacity drawn from recent velocity."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

DEFAULT_CAPACITY = 20  # points, for a project with no iteration to learn from
CAPACITY_WINDOW = 3  # closed iterations whose completed points the capacity follows


def next_period(
    last_end: date | None, project_start: date, today: date, length_days: int
) -> tuple[date, date]:
    """Start and end of the next iteration: the day after the last one, else from the project.

    A project's first iteration starts on the project's start date, or today when that has
    passed already, because nobody plans an iteration into the past.
    """
    if length_days < 1:
        raise ValueError(f"an iteration lasts at least one day, not {length_days}")
    start = last_end + timedelta(days=1) if last_end is not None else max(project_start, today)
    return start, start + timedelta(days=length_days - 1)


def suggested_capacity(completed_of_closed: Sequence[int], last_capacity: int | None) -> int:
    """The mean completed points of the last three closed iterations, rounded half up.

    With fewer than three closed iterations the mean is over those there are; with none, the
    last iteration's capacity carries on, else :data:`DEFAULT_CAPACITY`.
    """
    recent = list(completed_of_closed)[-CAPACITY_WINDOW:]
    if recent:
        # Half up rather than Python's round-half-even: 20.5 proposes 21 whatever its parity.
        return int(sum(recent) / len(recent) + 0.5)
    if last_capacity is not None:
        return last_capacity
    return DEFAULT_CAPACITY
