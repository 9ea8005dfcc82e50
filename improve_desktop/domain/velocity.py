"""Velocity arithmetic over closed iterations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IterationPoints:
    """Committed and completed points of one closed iteration."""

    number: int
    committed: int
    completed: int


@dataclass(frozen=True, slots=True)
class VelocitySummary:
    """What the overview says about a project's pace."""

    iterations: int
    average_completed: float | None  # over the last ``window`` closed iterations
    completion_ratio: float | None  # completed / committed over the same window
    trend: str  # "rising", "falling", "steady" or "unknown"


def rolling_average(values: Sequence[int], window: int = 3) -> list[float | None]:
    """The mean of each value with up to ``window - 1`` before it; None until ``window`` exist."""
    result: list[float | None] = []
    for index in range(len(values)):
        if index + 1 < window:
            result.append(None)
        else:
            chunk = values[index + 1 - window : index + 1]
            result.append(sum(chunk) / window)
    return result


def summarise_velocity(history: Sequence[IterationPoints], window: int = 3) -> VelocitySummary:
    """Average, completion ratio and trend of the most recent closed iterations.

    The trend compares the latest window's average with the window before it; a change of
    less than 10 % counts as steady, so that normal noise is not reported as a trend.
    """
    ordered = sorted(history, key=lambda item: item.number)
    if not ordered:
        return VelocitySummary(0, None, None, "unknown")
    recent = ordered[-window:]
    average = sum(item.completed for item in recent) / len(recent)
    committed = sum(item.committed for item in recent)
    ratio = (sum(item.completed for item in recent) / committed) if committed else None
    trend = "unknown"
    previous = ordered[-2 * window : -window] if len(ordered) > window else []
    if previous:
        before = sum(item.completed for item in previous) / len(previous)
        if before == 0:
            trend = "rising" if average > 0 else "steady"
        else:
            change = (average - before) / before
            trend = "rising" if change > 0.1 else "falling" if change < -0.1 else "steady"
    elif len(ordered) >= 2:
        first, last = ordered[-2].completed, ordered[-1].completed
        trend = "rising" if last > first * 1.1 else "falling" if last < first * 0.9 else "steady"
    return VelocitySummary(len(ordered), average, ratio, trend)
