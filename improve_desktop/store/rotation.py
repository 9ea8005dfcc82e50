"""Which rolling backups to keep: the last 7 daily, 4 weekly and 6 monthly (pure, no I/O).

The rules are applied in that order, in the manner of ``borg prune``. Each rule walks the
backups from newest to oldest and keeps the newest backup of each period (calendar day, ISO
week, calendar month) until it has kept its number of backups. A period whose newest backup an
earlier rule already kept does not count again, so the weekly and monthly rules reach further
back than the daily one instead of keeping the same files twice. Periods without a backup
(days the laptop stayed shut) do not use up the count: "the last 7 daily" are the 7 most recent
days on which a backup was made.

The moments are compared as given: pass local times so that "a day" is the user's day.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


DEFAULT_RETENTION = Retention()


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_keep(
    moments: Iterable[datetime], retention: Retention = DEFAULT_RETENTION
) -> set[datetime]:
    """The moments (of the given ones) whose backups the retention rules keep."""
    newest_first = sorted(set(moments), reverse=True)
    kept: set[datetime] = set()
    rules: list[tuple[Callable[[datetime], Hashable], int]] = [
        (_day, retention.daily),
        (_week, retention.weekly),
        (_month, retention.monthly),
    ]
    for period_of, wanted in rules:
        seen: set[Hashable] = set()
        count = 0
        for moment in newest_first:
            if count >= wanted:
                break
            period = period_of(moment)
            if period in seen:
                continue
            seen.add(period)
            if moment not in kept:
                kept.add(moment)
                count += 1
    return kept


def backups_to_remove(
    moments: Iterable[datetime], retention: Retention = DEFAULT_RETENTION
) -> set[datetime]:
    """The complement of :func:`backups_to_keep`."""
    every = set(moments)
    return every - backups_to_keep(every, retention)
