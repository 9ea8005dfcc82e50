"""Results follow-up vocabulary and arithmetic: logic-model levels, indicator status, budget.

Indicator status, the rule (``indicator_status``):

* no value → ``NO_DATA``;
* the value has reached the target in the indicator's direction (at or above it when higher is
  better, at or below it when lower is better) → ``MET``;
* without a baseline (or with a target equal to it) there is no way to measure progress, so a
  value that has not reached the target is ``OFF_TRACK``;
* otherwise progress is the share of the way from baseline to target the value has come
  (0 at the baseline, 1 at the target, negative when it moved the wrong way). Against the share
  expected by now (``expected_share``, 1.0 unless the caller knows how far into the project we
  are): at least 90 % of it → ``ON_TRACK``, at least 60 % → ``AT_RISK``, less → ``OFF_TRACK``.
  A value on the wrong side of the baseline is always ``OFF_TRACK``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class LogicLevel(StrEnum):
    """The levels of a logic model, from what the project does to what society gains."""

    ACTIVITY = "activity"
    OUTPUT = "output"
    SHORT_TERM_OUTCOME = "short_outcome"
    LONG_TERM_OUTCOME = "long_outcome"
    IMPACT = "impact"


LEVELS: tuple[LogicLevel, ...] = tuple(LogicLevel)


def level_above(level: LogicLevel) -> LogicLevel | None:
    """The level a node of ``level`` links up to; None for impact."""
    position = LEVELS.index(level)
    return LEVELS[position + 1] if position + 1 < len(LEVELS) else None


def may_link(child: LogicLevel, parent: LogicLevel) -> bool:
    """A node links upward to a node of the next level only (activity → output, …)."""
    return level_above(child) is parent


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


def sign_of(direction: Direction) -> int:
    return 1 if direction is Direction.HIGHER_IS_BETTER else -1


class IndicatorStatus(StrEnum):
    MET = "met"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NO_DATA = "no_data"


ON_TRACK_SHARE = 0.9
AT_RISK_SHARE = 0.6


def target_side_problem(baseline: float | None, target: float | None,
                        direction: Direction) -> str | None:
    """Why a target cannot be right for its baseline and direction, or None when it can."""
    if baseline is None or target is None:
        return None
    if (target - baseline) * sign_of(direction) < 0:
        return "target_wrong_side"
    return None


def reached(value: float, target: float, direction: Direction) -> bool:
    return (value - target) * sign_of(direction) >= 0


def progress(value: float, baseline: float | None, target: float | None) -> float | None:
    """The share of the way from baseline to target (0 at baseline, 1 at target)."""
    if baseline is None or target is None or target == baseline:
        return None
    return (value - baseline) / (target - baseline)


def indicator_status(value: float | None, baseline: float | None, target: float | None,
                     direction: Direction, expected_share: float = 1.0) -> IndicatorStatus:
    """The status of one value against its target (the rule is in the module docstring)."""
    if value is None or target is None:
        return IndicatorStatus.NO_DATA
    if reached(value, target, direction):
        return IndicatorStatus.MET
    share = progress(value, baseline, target)
    if share is None or share <= 0:
        return IndicatorStatus.OFF_TRACK
    expected = min(max(expected_share, 0.0), 1.0)
    if expected == 0 or share >= ON_TRACK_SHARE * expected:
        return IndicatorStatus.ON_TRACK
    if share >= AT_RISK_SHARE * expected:
        return IndicatorStatus.AT_RISK
    return IndicatorStatus.OFF_TRACK


def elapsed_share(start: date, end: date, today: date) -> float:
    """How far ``today`` is into the period start..end, between 0 and 1."""
    days = (end - start).days
    if days <= 0:
        return 1.0
    return min(max((today - start).days / days, 0.0), 1.0)


def improvement(before: float, after: float, direction: Direction) -> float:
    """How much a value moved the right way (negative: the wrong way)."""
    return (after - before) * sign_of(direction)


# -- starter indicators -----------------------------------------------------------------------


@dataclass(frozen=True)
class StarterIndicator:
    key: str
    name_sv: str
    name_en: str
    unit: str
    direction: Direction
    level: LogicLevel
    source: str


STARTER_INDICATORS: tuple[StarterIndicator, ...] = (
    StarterIndicator("started", "Deltagare som påbörjat", "Participants started", "st",
                     Direction.HIGHER_IS_BETTER, LogicLevel.OUTPUT, "SUS"),
    StarterIndicator("ended", "Deltagare som avslutat", "Participants ended", "st",
                     Direction.HIGHER_IS_BETTER, LogicLevel.OUTPUT, "SUS"),
    StarterIndicator("work_or_studies", "Andel i arbete eller studier vid avslut",
                     "Share in work or studies at exit", "%", Direction.HIGHER_IS_BETTER,
                     LogicLevel.SHORT_TERM_OUTCOME, "SUS"),
    StarterIndicator("capacity", "Andel med ökad arbets-/studieförmåga",
                     "Share with increased work/study capacity", "%",
                     Direction.HIGHER_IS_BETTER, LogicLevel.SHORT_TERM_OUTCOME,
                     "Deltagarenkät"),
    StarterIndicator("cost_per_participant", "Kostnad per deltagare", "Cost per participant",
                     "kr", Direction.LOWER_IS_BETTER, LogicLevel.OUTPUT, "Ekonomisystem"),
    StarterIndicator("satisfaction", "Deltagarnas nöjdhet (1–5)",
                     "Participant-rated satisfaction (1–5)", "1–5",
                     Direction.HIGHER_IS_BETTER, LogicLevel.OUTPUT, "Deltagarenkät"),
)

STARTER_KEYS = tuple(starter.key for starter in STARTER_INDICATORS)


def starter(key: str) -> StarterIndicator | None:
    return next((item for item in STARTER_INDICATORS if item.key == key), None)


# -- participant figures ------------------------------------------------------------------------


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"  # other or not stated, as SUS reports it


AGE_BANDS: tuple[str, ...] = ("15-24", "25-29", "30-49", "50-64", "65+")

EXIT_STATUSES: tuple[str, ...] = ("work", "studies", "job_seeking", "other", "not_known")


# -- budget ---------------------------------------------------------------------------------------


class CostCategory(StrEnum):
    STAFF = "staff"
    EXTERNAL = "external"
    PREMISES = "premises"
    TRAVEL = "travel"
    PARTICIPANTS = "participants"
    OTHER = "other"


@dataclass(frozen=True)
class BudgetPeriod:
    start: date
    end: date
    planned: int
    actual: int | None


@dataclass(frozen=True)
class BudgetForecast:
    """What the budget says: spent and planned so far, burn rate, and the forecast at the end."""

    total_budget: int
    planned_total: int
    planned_to_date: int
    spent_to_date: int
    burn_rate_per_month: float  # actual spend per month over the periods with actuals
    months_left: float
    forecast_at_end: int
    variance_at_end: int  # forecast minus total budget: positive is an overspend
    spent_share: float  # spent to date / total budget
    time_share: float  # elapsed / whole project


def _months(start: date, end: date) -> float:
    return max((end - start).days + 1, 0) / (365.25 / 12)


def _share_passed(period: BudgetPeriod, today: date) -> float:
    """How much of ``period`` lies on or before ``today`` (0 to 1)."""
    if period.end <= today:
        return 1.0
    if period.start > today:
        return 0.0
    return ((today - period.start).days + 1) / ((period.end - period.start).days + 1)


def budget_forecast(periods: list[BudgetPeriod], project_start: date, project_end: date,
                    today: date, total_budget: int) -> BudgetForecast:
    """Spent so far, the plan so far, the monthly burn rate, and the forecast at the end.

    "Planned to date" counts the plan of the period under way only for the part of it that has
    passed, so that it compares fairly with what has been spent in it so far.

    The forecast follows the plan's own profile (a project that ramps up spends little at
    first): what is spent, plus the rest of the plan scaled by how spending has compared with
    the plan so far (spent / planned over the reported periods). Without a plan for the
    reported periods, or when the plan does not yet cover the budget (most quarters left empty,
    under 90 % of the budget planned), the burn rate is carried forward instead: the actual
    spend per month over the months with actual costs, for the months left to the end.
    """
    reported = [p for p in periods if p.actual is not None]
    spent = sum(p.actual or 0 for p in reported)
    planned_total = sum(p.planned for p in periods)
    planned_to_date = round(sum(p.planned * _share_passed(p, today) for p in periods))
    if reported:
        first = min(p.start for p in reported)
        # A period still under way reports what was spent so far: count its days to today.
        last = max(p.end for p in reported)
        if first <= today < last:
            last = today
        rate = spent / max(_months(first, last), 1e-9)
        from_day = max(last, today)
    else:
        rate = 0.0
        from_day = today
    months_left = max((project_end - from_day).days, 0) / (365.25 / 12)
    planned_reported = sum(p.planned * _share_passed(p, today) if p.start <= today <= p.end
                           else p.planned for p in reported)
    if not reported:
        forecast = planned_total  # nothing spent yet: the plan is the best guess
    elif planned_reported > 0 and planned_total >= 0.9 * total_budget:
        remaining_plan = planned_total - planned_reported
        forecast = round(spent + remaining_plan * spent / planned_reported)
    else:
        forecast = round(spent + rate * months_left)
    return BudgetForecast(
        total_budget=total_budget,
        planned_total=planned_total,
        planned_to_date=planned_to_date,
        spent_to_date=spent,
        burn_rate_per_month=rate,
        months_left=months_left,
        forecast_at_end=forecast,
        variance_at_end=forecast - total_budget,
        spent_share=spent / total_budget if total_budget else 0.0,
        time_share=elapsed_share(project_start, project_end, today),
    )


def quarters(start: date, end: date) -> list[tuple[date, date]]:
    """Calendar quarters from ``start`` to ``end``, the first and last cut to the period."""
    found = []
    day = start
    while day <= end:
        last_month = (day.month - 1) // 3 * 3 + 3
        following = date(day.year + last_month // 12, last_month % 12 + 1, 1)
        found.append((day, min(following - timedelta(days=1), end)))
        day = following
    return found
