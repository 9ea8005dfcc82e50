"""The method → result comparison across every project (``domain/method_results.py``).

Read in a handful of set-based queries (no per-row ORM objects), so that the view opens fast
over hundreds of projects.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from statistics import fmean

from sqlalchemy import select

from improve_desktop.domain.method_results import (
    IndicatorSeries,
    IterationUse,
    compare_methods,
    link_methods_upward,
)
from improve_desktop.domain.results import starter
from improve_desktop.services.results_schemas import (
    GroupRead,
    IndicatorComparisonRead,
    MethodResultRead,
    MethodUsage,
)
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    Iteration,
    Method,
    Project,
)
from improve_desktop.store.results_models import (
    Indicator,
    LogicNode,
    ReferenceValue,
    logic_node_method,
)


class MethodResultService:
    """For each method: where it was used, the effort, and how linked indicators moved."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def compare(self, language: str = "sv") -> list[MethodResultRead]:
        # Tens of thousands of small objects and no cycles among them: the cyclic garbage
        # collector's passes over them cost as much as the work itself (bench/method_results.py).
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._compare(language)
        finally:
            if enabled:
                gc.enable()

    def _compare(self, language: str) -> list[MethodResultRead]:
        with self._store.read() as session:
            methods = session.execute(
                select(Method.id, Method.code, Method.name_sv, Method.name_en)
                .order_by(Method.code)).all()
            projects = dict(session.execute(select(Project.id, Project.code)).all())
            iteration_rows = session.execute(select(
                Iteration.id, Iteration.project_id, Iteration.number, Iteration.start_date,
                Iteration.end_date)).all()
            points: dict[str, dict[str, int]] = defaultdict(dict)
            # Driven from the items planned into iterations (their index), grouped by iteration
            # first: four times faster on SQLite than scanning the links by method. The two
            # big reads go to the driver directly: plain text and numbers, nothing to convert.
            connection = session.connection()
            for iteration_id, method_id, total in connection.exec_driver_sql(
                    "SELECT bi.iteration_id, bim.method_id, sum(coalesce(bi.estimate_points, 0)) "
                    "FROM backlog_item AS bi "
                    "JOIN backlog_item_method AS bim ON bim.item_id = bi.id "
                    "WHERE bi.iteration_id IS NOT NULL "
                    "GROUP BY bi.iteration_id, bim.method_id"):
                # An item tagged but not estimated still counts as use (one point of effort).
                points[iteration_id][method_id] = max(int(total or 0), 1)
            parents = dict(session.execute(select(LogicNode.id, LogicNode.parent_id)).all())
            node_methods: dict[str, set[str]] = defaultdict(set)
            for node_id, method_id in session.execute(
                    select(logic_node_method.c.node_id, logic_node_method.c.method_id)):
                node_methods[node_id].add(method_id)
            linked = link_methods_upward(parents, node_methods)
            indicators = session.execute(select(
                Indicator.id, Indicator.project_id, Indicator.key, Indicator.direction,
                Indicator.node_id, Indicator.name, Indicator.unit)
                .where(Indicator.key != "")).all()
            values: dict[str, dict[str, float]] = defaultdict(dict)
            for indicator_id, iteration_id, value in connection.exec_driver_sql(
                    "SELECT indicator_id, iteration_id, value FROM measurement "
                    "WHERE iteration_id IS NOT NULL"):
                values[indicator_id][iteration_id] = value
            reference_rows = session.execute(
                select(Indicator.key, ReferenceValue.value, ReferenceValue.source)
                .join(Indicator, Indicator.id == ReferenceValue.indicator_id)
                .where(Indicator.key != "")).all()
        iterations = [
            IterationUse(project_id, iteration_id, number, start, end, points.get(iteration_id, {}))
            for iteration_id, project_id, number, start, end in iteration_rows
        ]
        series = [
            IndicatorSeries(project_id, key, direction, values.get(indicator_id, {}),
                            linked.get(node_id, frozenset()) if node_id else frozenset())
            for indicator_id, project_id, key, direction, node_id, _name, _unit in indicators
        ]
        reference_values: dict[str, list[float]] = defaultdict(list)
        reference_sources: dict[str, set[str]] = defaultdict(set)
        for key, value, source in reference_rows:
            reference_values[key].append(value)
            reference_sources[key].add(source)
        references = {key: fmean(found) for key, found in reference_values.items()}
        names: dict[str, tuple[str, str]] = {}
        for _id, _project, key, _direction, _node, name, unit in indicators:
            names.setdefault(key, (name, unit))
        results = compare_methods([row[0] for row in methods], iterations, series, references)
        numbers = {it.iteration_id: (it.project_id, it.number) for it in iterations}
        reads = []
        for (method_id, code, name_sv, name_en), result in zip(methods, results, strict=True):
            usage: dict[str, list[int]] = defaultdict(list)
            usage_points: dict[str, int] = defaultdict(int)
            for iteration_id in result.iteration_ids:
                project_id, number = numbers[iteration_id]
                usage[project_id].append(number)
                usage_points[project_id] += points[iteration_id].get(method_id, 0)
            reads.append(MethodResultRead(
                method_id=method_id, code=code, name_sv=name_sv, name_en=name_en,
                projects=len(result.project_ids), iterations=len(result.iteration_ids),
                effort_points=result.effort_points, first_start=result.first_start,
                last_end=result.last_end,
                usage=tuple(sorted(
                    # Built from our own figures: nothing to validate, hundreds per method.
                    (MethodUsage.model_construct(
                        project_id=pid, project_code=projects.get(pid, "?"),
                        iteration_numbers=tuple(sorted(found)), points=usage_points[pid])
                     for pid, found in usage.items()), key=lambda u: u.project_code)),
                comparisons=tuple(
                    IndicatorComparisonRead(
                        key=c.key, name=_indicator_name(c.key, names, language),
                        unit=names.get(c.key, ("", ""))[1], direction=c.direction,
                        used=GroupRead(**vars(c.used)), not_used=GroupRead(**vars(c.not_used)),
                        difference=c.difference, reference=c.reference,
                        reference_sources=tuple(sorted(reference_sources.get(c.key, ()))),
                        too_few=c.too_few)
                    for c in result.comparisons),
                too_few=result.too_few,
            ))
        return reads


def _indicator_name(key: str, names: dict[str, tuple[str, str]], language: str) -> str:
    known = starter(key)
    if known is not None:
        return known.name_sv if language == "sv" else known.name_en
    return names.get(key, (key, ""))[0]
