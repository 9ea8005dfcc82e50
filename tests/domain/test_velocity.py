"""Velocity: rolling averages and the summary the overview shows."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improve_desktop.domain.velocity import (
    IterationPoints,
    VelocitySummary,
    rolling_average,
    summarise_velocity,
)


def history(*completed: int, committed: int = 20) -> list[IterationPoints]:
    return [IterationPoints(number, committed, done) for number, done in enumerate(completed, 1)]


class TestRollingAverage:
    def test_empty(self) -> None:
        assert rolling_average([]) == []

    def test_none_until_a_full_window_exists(self) -> None:
        assert rolling_average([1, 2, 3, 4, 5]) == [None, None, 2.0, 3.0, 4.0]

    def test_fewer_values_than_the_window(self) -> None:
        assert rolling_average([7, 9], window=3) == [None, None]

    def test_window_of_one_is_the_values_themselves(self) -> None:
        assert rolling_average([3, 0, 8], window=1) == [3.0, 0.0, 8.0]

    def test_window_of_two(self) -> None:
        assert rolling_average([10, 20, 40], window=2) == [None, 15.0, 30.0]

    @settings(max_examples=100, deadline=None)
    @given(
        st.lists(st.integers(min_value=0, max_value=200), max_size=30),
        st.integers(min_value=1, max_value=8),
    )
    def test_each_value_is_the_mean_of_the_window_ending_there(
        self, values: list[int], window: int
    ) -> None:
        result = rolling_average(values, window)
        assert len(result) == len(values)
        for index, average in enumerate(result):
            if index + 1 < window:
                assert average is None
            else:
                assert average == pytest.approx(
                    sum(values[index + 1 - window : index + 1]) / window
                )


class TestSummariseVelocity:
    def test_no_history_is_unknown(self) -> None:
        assert summarise_velocity([]) == VelocitySummary(0, None, None, "unknown")

    def test_one_iteration_has_an_average_but_no_trend(self) -> None:
        summary = summarise_velocity([IterationPoints(1, 20, 15)])
        assert summary == VelocitySummary(1, 15.0, 0.75, "unknown")

    @pytest.mark.parametrize(
        ("completed", "trend"),
        [
            ((10, 12), "rising"),
            ((10, 11), "steady"),  # exactly 10 % is noise
            ((10, 9), "steady"),
            ((10, 8), "falling"),
            ((0, 0), "steady"),
            ((0, 3), "rising"),
        ],
    )
    def test_two_iterations_compare_the_last_two(
        self, completed: tuple[int, ...], trend: str
    ) -> None:
        assert summarise_velocity(history(*completed)).trend == trend

    @pytest.mark.parametrize(
        ("completed", "trend"),
        [
            ((10, 10, 10, 12, 12, 12), "rising"),
            ((12, 12, 12, 10, 10, 10), "falling"),
            ((10, 10, 10, 11, 11, 11), "steady"),  # +10 % exactly
            ((10, 10, 10, 9, 9, 9), "steady"),  # -10 % exactly
            ((0, 0, 0, 5, 5, 5), "rising"),
            ((0, 0, 0, 0, 0, 0), "steady"),
            ((20, 9, 10, 11), "falling"),  # the window before is just iteration 1
            ((1, 1, 1, 1, 30, 1, 1, 1), "falling"),  # only the last two windows count
        ],
    )
    def test_windows_compare_the_latest_with_the_one_before(
        self, completed: tuple[int, ...], trend: str
    ) -> None:
        assert summarise_velocity(history(*completed)).trend == trend

    def test_average_and_ratio_cover_only_the_latest_window(self) -> None:
        points = [
            IterationPoints(1, 40, 40),
            IterationPoints(2, 20, 10),
            IterationPoints(3, 20, 15),
            IterationPoints(4, 20, 20),
        ]
        summary = summarise_velocity(points)
        assert summary.iterations == 4
        assert summary.average_completed == pytest.approx(15.0)
        assert summary.completion_ratio == pytest.approx(45 / 60)

    def test_window_is_a_parameter(self) -> None:
        summary = summarise_velocity(history(10, 20, 30, 40), window=2)
        assert summary.average_completed == pytest.approx(35.0)
        assert summary.trend == "rising"

    def test_nothing_committed_gives_no_ratio(self) -> None:
        summary = summarise_velocity([IterationPoints(1, 0, 0), IterationPoints(2, 0, 3)])
        assert summary.completion_ratio is None
        assert summary.average_completed == pytest.approx(1.5)

    def test_input_order_does_not_matter(self) -> None:
        points = history(5, 9, 12, 8, 14, 16, 15)
        shuffled = list(points)
        random.Random(7).shuffle(shuffled)
        assert summarise_velocity(shuffled) == summarise_velocity(points)

    def test_summary_is_immutable(self) -> None:
        summary = summarise_velocity(history(1, 2))
        with pytest.raises(AttributeError):
            summary.trend = "rising"  # type: ignore[misc]
