"""What "new iteration" proposes: the next period and the capacity."""

from __future__ import annotations

from datetime import date

import pytest

from improve_desktop.domain.planning import DEFAULT_CAPACITY, next_period, suggested_capacity


class TestNextPeriod:
    def test_the_day_after_the_last_iteration(self) -> None:
        assert next_period(date(2026, 3, 15), date(2026, 1, 5), date(2026, 6, 1), 14) == (
            date(2026, 3, 16),
            date(2026, 3, 29),
        )

    def test_first_iteration_on_a_future_project_start(self) -> None:
        assert next_period(None, date(2026, 9, 7), date(2026, 6, 1), 10) == (
            date(2026, 9, 7),
            date(2026, 9, 16),
        )

    def test_first_iteration_of_a_running_project_starts_today(self) -> None:
        assert next_period(None, date(2026, 1, 5), date(2026, 6, 1), 14) == (
            date(2026, 6, 1),
            date(2026, 6, 14),
        )

    def test_one_day_iterations(self) -> None:
        assert next_period(date(2026, 3, 1), date(2026, 1, 1), date(2026, 1, 1), 1) == (
            date(2026, 3, 2),
            date(2026, 3, 2),
        )

    def test_length_must_be_positive(self) -> None:
        with pytest.raises(ValueError, match="at least one day"):
            next_period(None, date(2026, 1, 1), date(2026, 1, 1), 0)


class TestSuggestedCapacity:
    def test_mean_of_the_last_three_closed(self) -> None:
        assert suggested_capacity([40, 18, 21, 24], last_capacity=30) == 21

    def test_rounds_half_up(self) -> None:
        assert suggested_capacity([20, 21], last_capacity=None) == 21  # 20.5
        assert suggested_capacity([22, 23], last_capacity=None) == 23  # 22.5, not even 22
        assert suggested_capacity([20, 20, 21], last_capacity=None) == 20  # 20.33

    def test_fewer_than_three_closed(self) -> None:
        assert suggested_capacity([17], last_capacity=30) == 17

    def test_none_closed_keeps_the_last_capacity(self) -> None:
        assert suggested_capacity([], last_capacity=26) == 26
        assert suggested_capacity([], last_capacity=0) == 0

    def test_nothing_to_go_by(self) -> None:
        assert suggested_capacity([], last_capacity=None) == DEFAULT_CAPACITY == 20

    def test_a_team_that_finished_nothing(self) -> None:
        assert suggested_capacity([0, 0, 0], last_capacity=25) == 0
