"""Burndown: the points left in an iteration at the end of each of its days, replayed from history.

Every change of an item that matters for burndown is kept as a snapshot of its state *after*
the change (status, iteration, estimate; the ``item_status_change`` table). Replaying those
snapshots gives, for each day, which items were in the iteration and unfinished.

The rules, in one place:

* **Day boundaries.** A snapshot belongs to the UTC date of its ``changed_at``, and "the end of
  a day" is the end of that UTC date. The core knows no time zone; for Swedish users the UTC
  date differs from the local one only for changes made between local midnight and 01:00/02:00.
* **Remaining.** An item counts towards an iteration's remaining at the end of a day when its
  latest snapshot on or before that day names this iteration and a status other than done. It
  counts with that snapshot's estimate; an item without an estimate counts 0.
* **Baseline.** The remaining at the start of day 1: what was counted at the end of the day
  before, plus the scope changes made during day 1 (planning on the first morning is part of
  the commitment). Work finished on day 1 is burn, not a smaller baseline.
* **Scope.** A change of an item's counted points is *scope* when the item enters or leaves the
  iteration or is re-estimated while unfinished; it is *burn* when its status crosses done
  (finished, or re-opened). Scope added/removed counts the scope changes after day 1, netted
  per item and day, so that moving an item out and back in on one day changes nothing.
* **Ideal line.** The baseline on day 1, 0 on the last day, falling by equal steps on working
  days (Monday to Friday) and flat over weekends, because nobody burns points on a Sunday. When
  no working day follows day 1 it falls evenly over the calendar days; a one-day iteration's
  ideal is 0 (its target at the end of that day).
* **Today.** For an active iteration, days after ``today`` have no remaining (None).
* **Closing.** For a closed iteration, changes at or after the moment it closed are left out:
  the items carried over at the close are the iteration's unfinished remainder, not scope taken
  out of it, and the days after an early close keep the remaining it closed with.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from improve_desktop.domain.enums import ItemStatus

SATURDAY = 5  # date.weekday() of the first weekend day


@dataclass(frozen=True, slots=True)
class ItemState:
    """An item's burndown-relevant state after one change (one ``item_status_change`` row)."""

    changed_at: datetime
    status: ItemStatus
    iteration_id: str | None
    estimate_points: int | None


@dataclass(frozen=True, slots=True)
class BurndownPoint:
    """The remaining and ideal points at the end of one day of an iteration."""

    day: date
    remaining: int | None  # None for days after today in an active iteration
    ideal: float


@dataclass(frozen=True, slots=True)
class Burndown:
    """An iteration's burndown: one point per calendar day, the baseline and scope changes."""

    days: tuple[BurndownPoint, ...]
    baseline: int  # the remaining at the start of day 1, where the ideal line starts
    scope_added: int  # points that entered the iteration (or grew by re-estimation) after day 1
    scope_removed: int  # points that left it (or shrank) after day 1


def utc_date(moment: datetime) -> date:
    """The UTC date of a moment; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(UTC).date()


def _as_utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def iteration_days(start: date, end: date) -> list[date]:
    """Every calendar day from ``start`` to ``end``, both included."""
    if end < start:
        raise ValueError(f"iteration ends ({end}) before it starts ({start})")
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def ideal_line(days: Sequence[date], baseline: int) -> list[float]:
    """From ``baseline`` on the first day to 0 on the last, falling only on working days."""
    if not days:
        return []
    if len(days) == 1:
        return [0.0]
    falls = [day.weekday() < SATURDAY for day in days[1:]]
    if not any(falls):
        falls = [True] * len(falls)
    steps = sum(falls)
    taken = 0
    line = [float(baseline)]
    for falls_today in falls:
        taken += falls_today
        line.append(baseline * (steps - taken) / steps)
    return line


@dataclass(slots=True)
class _ItemChanges:
    """What one item's history did to an iteration's counted points, split by kind."""

    before_start: int = 0
    burn_by_day: dict[date, int] = field(default_factory=dict)
    scope_by_day: dict[date, int] = field(default_factory=dict)  # netted over the day


def _replay(
    history: Sequence[ItemState],
    iteration_id: str,
    start: date,
    end: date,
    closed: datetime | None,
) -> _ItemChanges:
    changes = _ItemChanges()
    in_iteration = False
    was_done = False
    counted = 0
    for state in sorted(history, key=lambda snapshot: _as_utc(snapshot.changed_at)):
        if closed is not None and _as_utc(state.changed_at) >= closed:
            break
        day = utc_date(state.changed_at)
        if day > end:
            break
        now_in = state.iteration_id == iteration_id
        now_done = state.status is ItemStatus.DONE
        now_counted = (state.estimate_points or 0) if now_in and not now_done else 0
        delta = now_counted - counted
        if delta:
            if day < start:
                changes.before_start += delta
            elif now_in != in_iteration or now_done == was_done:
                # Entering, leaving or re-estimation change what there is to do.
                changes.scope_by_day[day] = changes.scope_by_day.get(day, 0) + delta
            else:
                # Finishing or re-opening changes how much of it is done.
                changes.burn_by_day[day] = changes.burn_by_day.get(day, 0) + delta
        in_iteration, was_done, counted = now_in, now_done, now_counted
    return changes


def compute_burndown(
    iteration_id: str,
    start: date,
    end: date,
    histories: Iterable[Sequence[ItemState]],
    *,
    today: date | None = None,
    closed_at: datetime | None = None,
) -> Burndown:
    """The burndown of one iteration from the histories of every item that was ever in it.

    ``histories`` holds one sequence of snapshots per item (any order within it; ties keep
    their order). ``today`` limits the days that get a remaining (None: every day, as for a
    closed iteration). ``closed_at`` is the moment a closed iteration was closed (see the
    module notes). Items that were never in the iteration may be passed; they count nothing.
    """
    days = iteration_days(start, end)
    last_known = end if today is None else min(end, today)
    closed = _as_utc(closed_at) if closed_at is not None else None

    counted_before_start = 0
    change_by_day: defaultdict[date, int] = defaultdict(int)
    scope_on_first_day = 0
    scope_added = 0
    scope_removed = 0
    for history in histories:
        changes = _replay(history, iteration_id, start, end, closed)
        counted_before_start += changes.before_start
        for day, burned in changes.burn_by_day.items():
            change_by_day[day] += burned
        for day, net in changes.scope_by_day.items():
            change_by_day[day] += net
            if day == start:
                scope_on_first_day += net
            elif day <= last_known:
                if net > 0:
                    scope_added += net
                else:
                    scope_removed -= net

    baseline = max(0, counted_before_start + scope_on_first_day)
    points: list[BurndownPoint] = []
    remaining = counted_before_start
    for day, ideal in zip(days, ideal_line(days, baseline), strict=True):
        remaining += change_by_day.get(day, 0)
        points.append(BurndownPoint(day, remaining if day <= last_known else None, ideal))
    return Burndown(tuple(points), baseline, scope_added, scope_removed)
