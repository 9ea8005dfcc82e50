"""One period's participant figures as shown: totals, and breakdowns with secondary suppression.

The breakdowns and the totals they belong to: started by gender and started by age band (each
adds up to started), exits by status (at most ended). Every view and export takes its texts
from here, so that the same group hides the same cells wherever it is shown
(``domain/suppression.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from improve_desktop.domain.results import AGE_BANDS, EXIT_STATUSES, Gender
from improve_desktop.domain.suppression import SECONDARY_MARK, group_texts, suppressed_text

GENDERS: tuple[str, ...] = tuple(gender.value for gender in Gender)


class PeriodCounts(Protocol):
    """What a period needs to be shown (``ParticipantPeriod`` has it)."""

    @property
    def started(self) -> int: ...
    @property
    def ended(self) -> int: ...
    @property
    def exits(self) -> Mapping[str, int]: ...
    @property
    def started_by_gender(self) -> Mapping[str, int]: ...
    @property
    def started_by_age(self) -> Mapping[str, int]: ...


@dataclass(frozen=True)
class PeriodTexts:
    """Each figure of one period as text; the breakdowns in the order of their keys."""

    started: str
    ended: str
    started_by_gender: tuple[str, ...]  # in the order of GENDERS
    started_by_age: tuple[str, ...]  # in the order of AGE_BANDS
    exits: tuple[str, ...]  # in the order of EXIT_STATUSES

    @property
    def has_secondary(self) -> bool:
        return SECONDARY_MARK in (*self.started_by_gender, *self.started_by_age, *self.exits)


def period_texts(period: PeriodCounts, threshold: int) -> PeriodTexts:
    def group(counts: Mapping[str, int], keys: tuple[str, ...], total: int) -> tuple[str, ...]:
        return tuple(group_texts([counts.get(key, 0) for key in keys], threshold, total))

    return PeriodTexts(
        started=suppressed_text(period.started, threshold),
        ended=suppressed_text(period.ended, threshold),
        started_by_gender=group(period.started_by_gender, GENDERS, period.started),
        started_by_age=group(period.started_by_age, AGE_BANDS, period.started),
        exits=group(period.exits, EXIT_STATUSES, period.ended),
    )
