"""The velocity chart's value axis: round gridlines, room for the labels, few ticks."""

from __future__ import annotations

import pytest

from improve_desktop.ui.views.velocity_chart import nice_axis


@pytest.mark.parametrize("highest", [1, 2, 3, 7, 18, 19, 21, 26, 36, 99, 150, 1234])
def test_every_gridline_is_a_round_number_above_the_highest_bar(highest: int) -> None:
    step, top = nice_axis(highest)
    assert top % step == 0
    assert top >= highest * 1.15  # room for the figure on top of the highest bar
    assert top // step + 1 <= 6
    assert str(step).strip("0") in {"1", "2", "5"}


def test_the_demo_case_that_looked_wrong() -> None:
    # 21 points gave ticks 0, 6.25, 12.5 ... shown rounded as 0, 6, 12, 18, 25.
    assert nice_axis(21) == (5, 25)
