"""Percentages are written the same way on every screen, as the user's language writes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from improve_desktop.ui.formatting import format_percent
from improve_desktop.ui.results_text import format_figure


@pytest.fixture(params=["en_GB", "sv_SE"])
def locale_name(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_shares_and_percent_figures_use_one_way_of_writing_the_sign(locale_name: str) -> None:
    swedish = locale_name == "sv_SE"
    assert format_percent(0.52) == ("52\u00a0%" if swedish else "52%")
    # An indicator measured in per cent, with a decimal, reads the same way.
    assert format_figure(30.6, "%") == ("30,6\u00a0%" if swedish else "30.6%")
    assert format_figure(None, "%") == "–"


def test_an_iteration_is_named_the_same_way_on_every_screen(qapp: object) -> None:
    from datetime import date

    from improve_desktop.domain.enums import IterationState
    from improve_desktop.services.schemas import IterationRead
    from improve_desktop.ui.formatting import format_date_range, iteration_label

    iteration = IterationRead(
        id="i", project_id="p", number=6, name="Iteration 6", goal="", capacity_points=20,
        start_date=date(2026, 11, 23), end_date=date(2026, 12, 6), state=IterationState.CLOSED,
        committed_points=None, completed_points=None, goal_outcome=None, goal_comment="")
    assert iteration_label(iteration) == "Iteration 6 (closed)"
    assert iteration_label(iteration, with_dates=True) == (
        "Iteration 6 (closed) · " + format_date_range(iteration.start_date, iteration.end_date))
