"""The method → result aggregation on hand-built data whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from improve_desktop.domain.method_results import (
    MIN_ITERATIONS,
    MIN_PROJECTS,
    IndicatorSeries,
    IterationUse,
    compare_methods,
    link_methods_upward,
)
from improve_desktop.domain.results import Direction

START = date(2026, 1, 5)


def iterations(project: str, uses: list[dict[str, int]]) -> list[IterationUse]:
    return [
        IterationUse(project, f"{project}{n}", n, START + timedelta(days=14 * (n - 1)),
                     START + timedelta(days=14 * n - 1), points)
        for n, points in enumerate(uses, start=1)
    ]


def series(project: str, key: str, values: list[float], linked: set[str],
           direction: Direction = Direction.HIGHER_IS_BETTER) -> IndicatorSeries:
    return IndicatorSeries(project, key, direction,
                           {f"{project}{n}": v for n, v in enumerate(values, start=1)},
                           frozenset(linked))


def test_known_answers() -> None:
    its = iterations("A", [{}, {"M": 3}, {"M": 5, "N": 1}, {}]) + iterations("B", [{}] * 4)
    data = [
        series("A", "share", [10, 12, 16, 17], {"M"}),
        series("B", "share", [10, 11, 11, 12], set()),
    ]
    m, n = compare_methods(["M", "N"], its, data, {"share": 11.0})
    assert m.project_ids == ("A",)
    assert m.iteration_ids == ("A2", "A3")
    assert m.effort_points == 8
    assert (m.first_start, m.last_end) == (START + timedelta(days=14), START + timedelta(days=41))
    (share,) = m.comparisons
    # With M: A2 moved +2, A3 +4. Without: A4 +1, B2 +1, B3 0, B4 +1.
    assert (share.used.iterations, share.used.projects) == (2, 1)
    assert share.used.mean_change == pytest.approx(3.0)
    assert share.used.mean_level == pytest.approx(14.0)
    assert (share.not_used.iterations, share.not_used.projects) == (4, 2)
    assert share.not_used.mean_change == pytest.approx(0.75)
    assert share.not_used.mean_level == pytest.approx(12.75)
    assert share.difference == pytest.approx(2.25)
    assert share.reference == 11.0
    assert share.too_few and m.too_few  # two iterations in one project prove nothing
    # N was used (A3) but no indicator is linked to it in any logic model.
    assert n.iteration_ids == ("A3",) and n.comparisons == () and n.too_few


def test_lower_is_better_counts_a_fall_as_improvement() -> None:
    its = iterations("A", [{}, {"M": 1}]) + iterations("B", [{}, {}])
    data = [series("A", "cost", [100, 80], {"M"}, Direction.LOWER_IS_BETTER),
            series("B", "cost", [100, 110], set(), Direction.LOWER_IS_BETTER)]
    (result,) = compare_methods(["M"], its, data, {})
    (cost,) = result.comparisons
    assert cost.used.mean_change == 20
    assert cost.not_used.mean_change == -10
    assert cost.difference == 30
    assert cost.reference is None


def test_enough_data_lifts_the_warning_and_gaps_are_skipped() -> None:
    assert (MIN_ITERATIONS, MIN_PROJECTS) == (8, 3)
    its = []
    data = []
    for project in "ABCDE":
        used = project in "ABC"
        its += iterations(project, [{"M": 2}] * 4 if used else [{}] * 4)
        data.append(series(project, "k", [1, 2, 3, 4], {"M"} if used else set()))
    # D misses its second measurement: its third moves from the first.
    data[3] = IndicatorSeries("D", "k", Direction.HIGHER_IS_BETTER,
                              {"D1": 1, "D3": 3, "D4": 4}, frozenset())
    (result,) = compare_methods(["M"], its, data, {})
    (k,) = result.comparisons
    assert k.used.iterations == 9 and k.used.projects == 3
    assert k.not_used.iterations == 5  # D3 (from D1), D4, E2, E3, E4
    assert k.not_used.mean_change == pytest.approx((2 + 1 + 1 + 1 + 1) / 5)
    assert k.too_few and result.too_few  # five iterations without is too few
    its += iterations("F", [{}] * 4)
    data.append(series("F", "k", [0, 1, 2, 3], set()))
    (result,) = compare_methods(["M"], its, data, {})
    assert result.comparisons[0].not_used.iterations == 8
    assert not result.comparisons[0].too_few
    assert not result.too_few


def test_unused_method_has_empty_figures() -> None:
    its = iterations("A", [{}, {}])
    (result,) = compare_methods(["X"], its, [series("A", "k", [1, 2], set())], {})
    assert result.project_ids == () and result.effort_points == 0
    assert result.first_start is None and result.too_few


def test_methods_link_to_every_node_above_their_activity() -> None:
    parents = {"act1": "out", "act2": "out", "out": "short", "short": None, "other": None}
    linked = link_methods_upward(parents, {"act1": {"M"}, "act2": {"N"}, "other": {"O"}})
    assert linked["act1"] == {"M"}
    assert linked["out"] == {"M", "N"}
    assert linked["short"] == {"M", "N"}
    assert linked["other"] == {"O"}
    # A cycle (which the editor never makes) does not hang.
    assert link_methods_upward({"a": "b", "b": "a"}, {"a": {"M"}})["b"] == {"M"}


def test_assessment_in_words() -> None:
    from improve_desktop.domain.method_results import assessment

    assert assessment(2.25, 3.0, 0.75, too_few=True) == "too_few"
    assert assessment(None, None, 0.75, too_few=False) == "too_few"
    assert assessment(2.25, 3.0, 0.75, too_few=False) == "better"
    assert assessment(-1.0, 1.0, 2.0, too_few=False) == "worse"
    assert assessment(0.4, 2.2, 1.8, too_few=False) == "no_difference"  # 0.4 < 0.25 × 2.2
    assert assessment(0.0, 0.0, 0.0, too_few=False) == "no_difference"
