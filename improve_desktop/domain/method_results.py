"""Which methods went with which results: the arithmetic behind the method → result view.

An iteration *used* a method when at least one backlog item planned into it is tagged with the
method; its *effort* is the sum of those items' estimates. An indicator is *linked* to a method
when the method is linked to an activity node of the project's logic model at or below the
node the indicator measures (activity → output → outcome → impact).

For each linked indicator (matched across projects by its starter key), the *movement* in an
iteration is how far its value moved the right way since the project's previous measured
iteration (``domain.results.improvement``). Movements are split into iterations that used the
method and iterations (of any project) that did not; the view shows the mean of each, their
counts and projects, the mean level reached in each, and the reference value for ordinary
operations. This is a comparison, not proof: the groups differ in more than the method, and
``too_few`` says when there are too few iterations or projects to read anything into it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from improve_desktop.domain.results import Direction, improvement

MIN_ITERATIONS = 8  # per group, below which no difference is worth reading
MIN_PROJECTS = 3  # the using group must span at least this many projects


class IterationUse(NamedTuple):
    """One iteration of one project and the effort (points) it put into each method."""

    project_id: str
    iteration_id: str
    number: int
    start: date
    end: date
    method_points: Mapping[str, int]


class IndicatorSeries(NamedTuple):
    """One project's indicator: its values per iteration and the methods linked to it."""

    project_id: str
    key: str
    direction: Direction
    values: Mapping[str, float]  # iteration id → value
    linked_methods: frozenset[str]


@dataclass(frozen=True)
class GroupFigures:
    iterations: int
    projects: int
    mean_change: float | None
    mean_level: float | None


@dataclass(frozen=True)
class IndicatorComparison:
    key: str
    direction: Direction
    used: GroupFigures
    not_used: GroupFigures
    reference: float | None
    too_few: bool

    @property
    def difference(self) -> float | None:
        """Mean movement with the method minus without (positive: better with it)."""
        if self.used.mean_change is None or self.not_used.mean_change is None:
            return None
        return self.used.mean_change - self.not_used.mean_change


@dataclass(frozen=True)
class MethodResult:
    method_id: str
    project_ids: tuple[str, ...]
    iteration_ids: tuple[str, ...]
    effort_points: int
    first_start: date | None
    last_end: date | None
    comparisons: tuple[IndicatorComparison, ...]

    @property
    def too_few(self) -> bool:
        """True when the method was used too little, or no linked indicator can say anything."""
        if len(self.iteration_ids) < MIN_ITERATIONS or len(self.project_ids) < MIN_PROJECTS:
            return True
        return all(comparison.too_few for comparison in self.comparisons)


class _Movement(NamedTuple):
    project_id: str
    iteration_id: str
    change: float
    level: float


def link_methods_upward(parents: Mapping[str, str | None],
                        node_methods: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """The methods at or below every node: each node's methods are added to all its ancestors."""
    result: dict[str, set[str]] = {}
    for node_id, linked in node_methods.items():
        methods = set(linked)
        seen: set[str] = set()
        current: str | None = node_id
        while current is not None and current not in seen:
            seen.add(current)
            result.setdefault(current, set()).update(methods)
            current = parents.get(current)
    return {node: frozenset(methods) for node, methods in result.items()}


def _movements(series: IndicatorSeries, iterations: Sequence[IterationUse]) -> list[_Movement]:
    found: list[_Movement] = []
    previous: float | None = None
    for iteration in iterations:
        value = series.values.get(iteration.iteration_id)
        if value is None:
            continue
        if previous is not None:
            found.append(_Movement(series.project_id, iteration.iteration_id,
                                   improvement(previous, value, series.direction), value))
        previous = value
    return found


def _group(movements: Sequence[_Movement]) -> GroupFigures:
    if not movements:
        return GroupFigures(0, 0, None, None)
    count = len(movements)
    return GroupFigures(
        iterations=count,
        projects=len({m.project_id for m in movements}),
        mean_change=sum(m.change for m in movements) / count,
        mean_level=sum(m.level for m in movements) / count,
    )


@dataclass
class _Totals:
    """Every movement of one indicator key, summed once, so that "without the method" is the
    total less "with it" (the methods' own iterations are few; all iterations are many)."""

    by_iteration: dict[str, list[_Movement]]
    count: int = 0
    change: float = 0.0
    level: float = 0.0
    per_project: Counter[str] | None = None

    def add(self, movement: _Movement) -> None:
        self.by_iteration.setdefault(movement.iteration_id, []).append(movement)
        self.count += 1
        self.change += movement.change
        self.level += movement.level
        assert self.per_project is not None
        self.per_project[movement.project_id] += 1

    def split(self, used_ids: Iterable[str]) -> tuple[GroupFigures, GroupFigures]:
        with_method = [m for it in used_ids for m in self.by_iteration.get(it, ())]
        used = _group(with_method)
        rest = self.count - used.iterations
        if rest == 0:
            return used, GroupFigures(0, 0, None, None)
        mine = Counter(m.project_id for m in with_method)
        assert self.per_project is not None
        return used, GroupFigures(
            iterations=rest,
            projects=sum(1 for p, n in self.per_project.items() if n > mine.get(p, 0)),
            mean_change=(self.change - sum(m.change for m in with_method)) / rest,
            mean_level=(self.level - sum(m.level for m in with_method)) / rest,
        )


def compare_methods(method_ids: Sequence[str], iterations: Sequence[IterationUse],
                    series: Sequence[IndicatorSeries],
                    references: Mapping[str, float]) -> list[MethodResult]:
    """One result per method, in the order given (see the module docstring for the rules)."""
    by_project: dict[str, list[IterationUse]] = {}
    for iteration in iterations:
        by_project.setdefault(iteration.project_id, []).append(iteration)
    for rows in by_project.values():
        rows.sort(key=lambda row: (row.start, row.number))
    # Movements per indicator key, computed once for every method.
    totals: dict[str, _Totals] = {}
    directions: dict[str, Direction] = {}
    linked: dict[str, set[str]] = {}
    for one in series:
        total = totals.setdefault(one.key, _Totals({}, per_project=Counter()))
        for movement in _movements(one, by_project.get(one.project_id, [])):
            total.add(movement)
        directions.setdefault(one.key, one.direction)
        for method_id in one.linked_methods:
            linked.setdefault(method_id, set()).add(one.key)
    points = {it.iteration_id: it.method_points for it in iterations}
    results = []
    for method_id in method_ids:
        using = [it for it in iterations if it.method_points.get(method_id, 0) > 0]
        used_ids = [it.iteration_id for it in using]
        comparisons = []
        for key in sorted(linked.get(method_id, ())):
            used, not_used = totals[key].split(used_ids)
            too_few = (used.iterations < MIN_ITERATIONS or not_used.iterations < MIN_ITERATIONS
                       or used.projects < MIN_PROJECTS)
            comparisons.append(IndicatorComparison(
                key, directions[key], used, not_used, references.get(key), too_few))
        results.append(MethodResult(
            method_id=method_id,
            project_ids=tuple(sorted({it.project_id for it in using})),
            iteration_ids=tuple(used_ids),
            effort_points=sum(points[it.iteration_id].get(method_id, 0) for it in using),
            first_start=min((it.start for it in using), default=None),
            last_end=max((it.end for it in using), default=None),
            comparisons=tuple(comparisons),
        ))
    return results


CLEAR_SHARE = 0.25  # a difference under a quarter of the larger movement is no clear difference


def assessment(difference: float | None, used_change: float | None,
               not_used_change: float | None, too_few: bool) -> str:
    """The comparison in one word: too_few, better, worse or no_difference (with the method)."""
    if too_few or difference is None or used_change is None or not_used_change is None:
        return "too_few"
    scale = max(abs(used_change), abs(not_used_change))
    if scale == 0 or abs(difference) < CLEAR_SHARE * scale:
        return "no_difference"
    return "better" if difference > 0 else "worse"
