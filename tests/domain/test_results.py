"""Indicator status against target (direction, baseline), logic-model levels, budget forecast."""

from __future__ import annotations

from datetime import date

import pytest

from improve_desktop.domain.results import (
    BudgetPeriod,
    Direction,
    IndicatorStatus,
    LogicLevel,
    budget_forecast,
    elapsed_share,
    improvement,
    indicator_status,
    level_above,
    may_link,
    progress,
    target_side_problem,
)

HIGHER, LOWER = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
S = IndicatorStatus


def test_levels_link_upward_one_step_only() -> None:
    assert level_above(LogicLevel.ACTIVITY) is LogicLevel.OUTPUT
    assert level_above(LogicLevel.LONG_TERM_OUTCOME) is LogicLevel.IMPACT
    assert level_above(LogicLevel.IMPACT) is None
    assert may_link(LogicLevel.ACTIVITY, LogicLevel.OUTPUT)
    assert not may_link(LogicLevel.ACTIVITY, LogicLevel.SHORT_TERM_OUTCOME)
    assert not may_link(LogicLevel.OUTPUT, LogicLevel.ACTIVITY)
    assert not may_link(LogicLevel.IMPACT, LogicLevel.IMPACT)


@pytest.mark.parametrize(
    ("value", "baseline", "target", "direction", "expected", "status"),
    [
        (None, 20, 40, HIGHER, 1.0, S.NO_DATA),
        (30, 20, None, HIGHER, 1.0, S.NO_DATA),
        (40, 20, 40, HIGHER, 1.0, S.MET),  # exactly the target
        (45, 20, 40, HIGHER, 1.0, S.MET),
        (38, 20, 40, HIGHER, 1.0, S.ON_TRACK),  # 90 % of the way
        (37.9, 20, 40, HIGHER, 1.0, S.AT_RISK),
        (32, 20, 40, HIGHER, 1.0, S.AT_RISK),  # 60 %
        (31.9, 20, 40, HIGHER, 1.0, S.OFF_TRACK),
        (20, 20, 40, HIGHER, 1.0, S.OFF_TRACK),  # still at the baseline
        (15, 20, 40, HIGHER, 1.0, S.OFF_TRACK),  # the wrong way
        # Lower is better: cost per participant from 80,000 down to 60,000.
        (60_000, 80_000, 60_000, LOWER, 1.0, S.MET),
        (59_000, 80_000, 60_000, LOWER, 1.0, S.MET),
        (62_000, 80_000, 60_000, LOWER, 1.0, S.ON_TRACK),  # 90 %
        (70_000, 80_000, 60_000, LOWER, 1.0, S.OFF_TRACK),  # 50 %
        (85_000, 80_000, 60_000, LOWER, 1.0, S.OFF_TRACK),
        # Judged against the share of the project that has passed.
        (25, 20, 40, HIGHER, 0.25, S.ON_TRACK),  # 25 % of the way a quarter in
        (23.5, 20, 40, HIGHER, 0.25, S.AT_RISK),  # 17.5 % of the way: 70 % of expected
        (21, 20, 40, HIGHER, 0.25, S.OFF_TRACK),
        (20.5, 20, 40, HIGHER, 0.0, S.ON_TRACK),  # nothing expected yet, some progress
        # No baseline: only "reached or not".
        (39, None, 40, HIGHER, 1.0, S.OFF_TRACK),
        (41, None, 40, HIGHER, 1.0, S.MET),
        (3, None, 4, LOWER, 1.0, S.MET),
    ],
)
def test_indicator_status(value: float | None, baseline: float | None, target: float | None,
                          direction: Direction, expected: float, status: IndicatorStatus) -> None:
    assert indicator_status(value, baseline, target, direction, expected) is status


def test_progress_and_improvement_follow_the_direction() -> None:
    assert progress(30, 20, 40) == pytest.approx(0.5)
    assert progress(70_000, 80_000, 60_000) == pytest.approx(0.5)
    assert progress(30, 20, 20) is None
    assert improvement(40, 45, HIGHER) == 5
    assert improvement(40, 45, LOWER) == -5


def test_a_target_on_the_wrong_side_of_the_baseline_is_named() -> None:
    assert target_side_problem(20, 40, HIGHER) is None
    assert target_side_problem(20, 10, HIGHER) == "target_wrong_side"
    assert target_side_problem(20, 10, LOWER) is None
    assert target_side_problem(None, 10, LOWER) is None


def test_elapsed_share() -> None:
    assert elapsed_share(date(2026, 1, 1), date(2026, 12, 31), date(2025, 6, 1)) == 0
    assert elapsed_share(date(2026, 1, 1), date(2026, 12, 31), date(2027, 6, 1)) == 1
    assert elapsed_share(date(2026, 1, 1), date(2026, 1, 11), date(2026, 1, 6)) == 0.5


def test_budget_forecast_extrapolates_the_burn_rate() -> None:
    # Two quarters reported at 300,000 each; two quarters planned ahead; project of one year.
    periods = [
        BudgetPeriod(date(2026, 1, 1), date(2026, 3, 31), 250_000, 300_000),
        BudgetPeriod(date(2026, 4, 1), date(2026, 6, 30), 250_000, 300_000),
        BudgetPeriod(date(2026, 7, 1), date(2026, 9, 30), 250_000, None),
        BudgetPeriod(date(2026, 10, 1), date(2026, 12, 31), 250_000, None),
    ]
    result = budget_forecast(periods, date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 1),
                             1_000_000)
    assert result.spent_to_date == 600_000
    # The third quarter began today: one day of its plan counts.
    assert result.planned_to_date == round(500_000 + 250_000 / 92)
    assert result.planned_total == 1_000_000
    assert result.burn_rate_per_month == pytest.approx(100_000, rel=0.01)
    assert result.forecast_at_end == pytest.approx(1_200_000, rel=0.01)
    assert result.variance_at_end == result.forecast_at_end - 1_000_000
    assert result.spent_share == pytest.approx(0.6)
    assert 0.49 < result.time_share < 0.51


def test_budget_forecast_without_actuals_is_the_plan() -> None:
    periods = [BudgetPeriod(date(2026, 1, 1), date(2026, 3, 31), 100, None)]
    result = budget_forecast(periods, date(2026, 1, 1), date(2026, 12, 31), date(2026, 2, 1), 400)
    assert (result.spent_to_date, result.burn_rate_per_month, result.forecast_at_end) == (0, 0, 100)
    assert result.variance_at_end == -300


def test_a_project_that_ramps_up_is_not_forecast_over_budget() -> None:
    """Spending on plan in a slow first quarter says nothing bad about the busy ones to come."""
    periods = [
        BudgetPeriod(date(2026, 1, 1), date(2026, 3, 31), 100_000, 95_000),
        BudgetPeriod(date(2026, 4, 1), date(2026, 6, 30), 300_000, None),
        BudgetPeriod(date(2026, 7, 1), date(2026, 9, 30), 300_000, None),
        BudgetPeriod(date(2026, 10, 1), date(2026, 12, 31), 300_000, None),
    ]
    result = budget_forecast(periods, date(2026, 1, 1), date(2026, 12, 31), date(2026, 4, 1),
                             1_000_000)
    assert result.forecast_at_end == 95_000 + 900_000 * 0.95
    assert result.variance_at_end < 0


def test_a_quarter_under_way_counts_its_plan_so_far() -> None:
    periods = [BudgetPeriod(date(2026, 1, 1), date(2026, 3, 31), 90_000, 60_000),
               BudgetPeriod(date(2026, 4, 1), date(2026, 6, 30), 91_000, None)]
    # Two thirds of the first quarter have passed (60 of 90 days) and two thirds are spent.
    result = budget_forecast(periods, date(2026, 1, 1), date(2026, 6, 30), date(2026, 3, 1),
                             181_000)
    assert result.planned_to_date == 60_000
    assert result.forecast_at_end == 181_000 and result.variance_at_end == 0


def test_quarters_are_cut_to_the_project() -> None:
    from improve_desktop.domain.results import quarters

    assert quarters(date(2026, 8, 31), date(2027, 2, 14)) == [
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 2, 14)),
    ]
