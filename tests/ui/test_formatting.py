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
