"""Results follow-up services: logic-model edits, indicators with measurements and reference
values, the starter set, aggregated participant figures, budget lines and their summary."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from improve_desktop.domain.results import (
    STARTER_KEYS,
    CostCategory,
    Direction,
    IndicatorStatus,
    LogicLevel,
)
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.budget import BudgetService
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.indicators import IndicatorService
from improve_desktop.services.iterations import IterationService
from improve_desktop.services.logic_model import LogicModelService
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Method


@pytest.fixture
def project_id(projects: ProjectService, project_input: dict[str, Any]) -> str:
    return projects.create_project(project_input).value.id


@pytest.fixture
def method_id(store: Store) -> str:
    with store.write() as session:
        method = Method(code="IPS", name_sv="IPS", name_en="IPS")
        session.add(method)
        session.flush()
        return method.id


def test_logic_model_nodes_link_upward_level_by_level(store: Store, project_id: str) -> None:
    service = LogicModelService(store)
    impact = service.add_node({"project_id": project_id, "level": LogicLevel.IMPACT,
                               "title": "Fler i egen försörjning"}).value
    long_term = service.add_node({"project_id": project_id, "level": LogicLevel.LONG_TERM_OUTCOME,
                                  "title": "Varaktigt arbete", "parent_id": impact.id}).value
    short = service.add_node({"project_id": project_id, "level": LogicLevel.SHORT_TERM_OUTCOME,
                              "title": "Arbete eller studier vid avslut",
                              "parent_id": long_term.id}).value
    output = service.add_node({"project_id": project_id, "level": LogicLevel.OUTPUT,
                               "title": "Deltagare med plan", "parent_id": short.id}).value
    outcome = service.add_node({"project_id": project_id, "level": LogicLevel.ACTIVITY,
                                "title": "Kartläggningssamtal", "parent_id": output.id})
    activity = outcome.value
    assert outcome.change.touches(EntityKind.LOGIC_MODEL)
    # Skipping a level, linking downward or sideways is refused.
    for level, parent in ((LogicLevel.ACTIVITY, short.id), (LogicLevel.OUTPUT, activity.id),
                          (LogicLevel.OUTPUT, output.id)):
        with pytest.raises(ValidationFailed) as error:
            service.add_node({"project_id": project_id, "level": level, "title": "x",
                              "parent_id": parent})
        assert error.value.errors[0].code == "wrong_level"
    model = service.model(project_id)
    assert [node.level for node in model.nodes] == list(LogicLevel)
    assert model.at(LogicLevel.ACTIVITY)[0].parent_id == output.id
    # Edits: retitle, relink, order within a level, delete (children lose their link).
    second = service.add_node({"project_id": project_id, "level": LogicLevel.OUTPUT,
                               "title": "Arbetsgivarkontakter"}).value
    service.update_node(activity.id, {"title": "Kartläggning", "parent_id": second.id})
    assert service.get(activity.id).title == "Kartläggning"
    assert service.get(activity.id).parent_id == second.id
    service.move_node(second.id, -1)
    assert [n.title for n in service.model(project_id).at(LogicLevel.OUTPUT)] == [
        "Arbetsgivarkontakter", "Deltagare med plan"]
    service.delete_node(second.id)
    assert service.get(activity.id).parent_id is None
    service.update_node(activity.id, {"parent_id": output.id})
    service.update_node(activity.id, {"clear_parent": True})
    assert service.get(activity.id).parent_id is None


def test_methods_and_items_link_to_activities_only(store: Store, project_id: str,
                                                   method_id: str) -> None:
    service = LogicModelService(store)
    activity = service.add_node({"project_id": project_id, "level": "activity",
                                 "title": "IPS-stöd"}).value
    output = service.add_node({"project_id": project_id, "level": "output",
                               "title": "Jobbmatchningar"}).value
    item = BacklogService(store).create_item({"project_id": project_id,
                                              "title": "Arbetsgivarträff"}).value
    service.link_method(activity.id, method_id)
    service.link_method(activity.id, method_id)  # twice is once
    service.link_item(activity.id, item.id)
    node = service.get(activity.id)
    assert node.method_ids == (method_id,)
    assert node.item_ids == (item.id,)
    with pytest.raises(Refused):
        service.link_method(output.id, method_id)
    with pytest.raises(Refused):
        service.link_item(output.id, item.id)
    service.unlink_method(activity.id, method_id)
    service.unlink_item(activity.id, item.id)
    assert service.get(activity.id).method_ids == ()
    assert service.get(activity.id).item_ids == ()


def test_starter_set_and_measurements_per_iteration(store: Store, project_id: str) -> None:
    service = IndicatorService(store)
    created = service.add_starter_set(project_id).value
    assert tuple(i.key for i in created) == STARTER_KEYS
    assert service.add_starter_set(project_id).value == []  # not twice
    names = [i.name for i in service.list_for_project(project_id)]
    assert names[2] == "Andel i arbete eller studier vid avslut"
    cost = next(i for i in created if i.key == "cost_per_participant")
    assert cost.direction is Direction.LOWER_IS_BETTER
    share = next(i for i in created if i.key == "work_or_studies")
    service.update(share.id, {"baseline": 20.0, "target": 40.0})
    with pytest.raises(ValidationFailed) as error:
        service.update(share.id, {"target": 10.0})
    assert error.value.errors[0].code == "target_wrong_side"
    iterations = IterationService(store)
    first = iterations.create_iteration({"project_id": project_id}).value
    second = iterations.create_iteration({"project_id": project_id}).value
    service.record(share.id, {"iteration_id": first.id, "value": 24.0})
    service.record(share.id, {"iteration_id": second.id, "value": 30.0, "note": "vår"})
    service.record(share.id, {"iteration_id": second.id, "value": 39.0})  # replaces
    progress = {p.indicator.key: p for p in service.progress(project_id, today=date(2029, 1, 1))}
    figures = progress["work_or_studies"]
    assert [(m.iteration_number, m.value) for m in figures.measurements] == [(1, 24.0), (2, 39.0)]
    assert figures.measurements[1].measured_on == second.end_date
    assert figures.latest == 39.0
    assert figures.status is IndicatorStatus.ON_TRACK
    assert progress["started"].status is IndicatorStatus.NO_DATA
    reference = service.add_reference(share.id, {"value": 28.0, "source": "SUS riket 2025"})
    assert reference.value.source == "SUS riket 2025"
    with pytest.raises(ValidationFailed):
        service.add_reference(share.id, {"value": 28.0, "source": " "})
    assert service.progress(project_id)[2].references[0].value == 28.0
    with pytest.raises(ValidationFailed):
        service.record(share.id, {"value": 1.0})  # neither iteration nor date
    dated = service.record(share.id, {"measured_on": date(2026, 3, 1), "value": 1.0}).value
    service.delete_measurement(dated.id)
    assert len(service.progress(project_id)[2].measurements) == 2
    service.delete(share.id)
    assert len(service.list_for_project(project_id)) == 5


def test_participant_figures_are_aggregated_per_period(store: Store, project_id: str) -> None:
    service = ParticipantService(store)
    q1 = {"period_start": date(2026, 1, 1), "period_end": date(2026, 3, 31)}
    rows = [
        {**q1, "gender": "woman", "age_band": "15-24", "started": 6, "ended": 3, "exit_work": 2,
         "exit_studies": 1},
        {**q1, "gender": "man", "age_band": "15-24", "started": 4, "ended": 2, "exit_work": 1,
         "exit_not_known": 1},
        {**q1, "gender": "man", "age_band": "30-49", "started": 2, "ended": 0},
    ]
    outcome = service.replace_figures(project_id, rows, source="SUS")
    assert outcome.value.count == 3 and outcome.change.touches(EntityKind.PARTICIPANTS)
    (period,) = service.periods(project_id)
    assert (period.started, period.ended) == (12, 5)
    assert period.started_by_gender == {"woman": 6, "man": 6, "other": 0}
    assert period.started_by_age["15-24"] == 10
    assert period.exits == {"work": 3, "studies": 1, "job_seeking": 0, "other": 0,
                            "not_known": 1}
    # The same period, gender and age band again replaces the row; a bad row stores nothing.
    service.replace_figures(project_id, [{**rows[0], "started": 7}])
    assert service.periods(project_id)[0].started == 13
    with pytest.raises(ValidationFailed):
        service.replace_figures(project_id, [{**rows[0], "started": 100}, {**rows[1], "ended": -1}])
    assert service.periods(project_id)[0].started == 13


def test_import_mappings_are_remembered_per_source(store: Store) -> None:
    service = ParticipantService(store)
    assert service.mapping_for("SUS") is None
    service.remember_mapping("SUS", {"started": "Antal påbörjade"})
    service.remember_mapping("SUS", {"started": "Påbörjade"})
    service.remember_mapping("Egen", {"started": "Start"})
    assert service.mapping_for("SUS") == {"started": "Påbörjade"}
    assert list(service.mappings()) == ["Egen", "SUS"]


def test_budget_lines_planned_actual_burn_rate_forecast(store: Store, project_id: str) -> None:
    service = BudgetService(store)
    quarters = [(date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 6, 30))]
    for (start, end), actual in zip(quarters, (900_000, None), strict=True):
        for category, planned in ((CostCategory.STAFF, 800_000), (CostCategory.PREMISES, 100_000)):
            service.set_line({"project_id": project_id, "period_start": start,
                              "period_end": end, "category": category,
                              "planned_sek": planned,
                              "actual_sek": None if actual is None else planned + 0})
    # Replace one line: the same period and category.
    changed = service.set_line({"project_id": project_id, "period_start": quarters[0][0],
                                "period_end": quarters[0][1], "category": CostCategory.STAFF,
                                "planned_sek": 800_000, "actual_sek": 1_000_000})
    assert changed.change.touches(EntityKind.BUDGET)
    assert len(service.lines(project_id)) == 4
    summary = service.summary(project_id, today=date(2026, 4, 15))
    first, second, *later = summary.periods
    # The project's other quarters are there to plan in, empty.
    assert len(later) == 10 and later[0].period_start == date(2026, 7, 1)
    assert all(p.planned_sek == 0 and p.actual_sek is None for p in later)
    assert (first.planned_sek, first.actual_sek) == (900_000, 1_100_000)
    assert (second.planned_sek, second.actual_sek) == (900_000, None)
    assert second.cumulative_planned == 1_800_000
    assert summary.spent_to_date == 1_100_000
    assert summary.burn_rate_per_month == pytest.approx(1_100_000 / 2.96, rel=0.02)
    months_left = (date(2028, 12, 31) - date(2026, 4, 15)).days / (365.25 / 12)
    assert summary.forecast_at_end == pytest.approx(
        1_100_000 + summary.burn_rate_per_month * months_left, abs=1)
    assert summary.variance_at_end == summary.forecast_at_end - summary.total_budget
    with pytest.raises(ValidationFailed):
        service.set_line({"project_id": project_id, "period_start": date(2026, 5, 1),
                          "period_end": date(2026, 4, 1), "category": "staff"})
    service.delete_line(changed.value.id)
    assert len(service.lines(project_id)) == 3


def test_method_results_through_the_store_on_hand_built_data(store: Store, project_id: str,
                                                            method_id: str) -> None:
    """Two iterations use the method (3 and 5 points), one does not; known movements."""
    from improve_desktop.services.method_results import MethodResultService

    iterations = IterationService(store)
    its = [iterations.create_iteration({"project_id": project_id}).value for _ in range(4)]
    backlog = BacklogService(store)
    for iteration, points in ((its[1], 3), (its[2], 5)):
        backlog.create_item({"project_id": project_id, "title": "IPS-stöd",
                             "iteration_id": iteration.id, "estimate_points": points,
                             "method_ids": (method_id,)})
    backlog.create_item({"project_id": project_id, "title": "Annat", "iteration_id": its[3].id,
                         "estimate_points": 8})
    model = LogicModelService(store)
    outcome = model.add_node({"project_id": project_id, "level": "short_outcome",
                              "title": "Arbete eller studier"}).value
    output = model.add_node({"project_id": project_id, "level": "output", "title": "Planer",
                             "parent_id": outcome.id}).value
    activity = model.add_node({"project_id": project_id, "level": "activity", "title": "IPS",
                               "parent_id": output.id}).value
    model.link_method(activity.id, method_id)
    indicators = IndicatorService(store)
    share = next(i for i in indicators.add_starter_set(project_id).value
                 if i.key == "work_or_studies")
    indicators.update(share.id, {"node_id": outcome.id})
    for iteration, value in zip(its, (10.0, 12.0, 16.0, 17.0), strict=True):
        indicators.record(share.id, {"iteration_id": iteration.id, "value": value})
    indicators.add_reference(share.id, {"value": 11.0, "source": "Ordinarie 2025"})
    (result,) = MethodResultService(store).compare("en")
    assert (result.code, result.projects, result.iterations, result.effort_points) == (
        "IPS", 1, 2, 8)
    assert result.usage[0].iteration_numbers == (2, 3)
    assert (result.first_start, result.last_end) == (its[1].start_date, its[2].end_date)
    (comparison,) = result.comparisons
    assert comparison.name == "Share in work or studies at exit"
    assert (comparison.used.iterations, comparison.used.mean_change) == (2, 3.0)
    assert (comparison.not_used.iterations, comparison.not_used.mean_change) == (1, 1.0)
    assert comparison.difference == 2.0
    assert comparison.reference == 11.0 and comparison.reference_sources == ("Ordinarie 2025",)
    assert comparison.too_few and result.too_few


def test_demo_results_show_a_difference_between_methods(demo_store: Store) -> None:
    from improve_desktop.domain.method_results import assessment
    from improve_desktop.services.method_results import MethodResultService
    from improve_desktop.services.projects import ProjectService

    results = {r.code: r for r in MethodResultService(demo_store).compare("sv")}
    assert len(results) == 11

    def work(code: str) -> Any:
        return next(c for c in results[code].comparisons if c.key == "work_or_studies")

    ips, kart = work("IPS"), work("KART")
    # Every movement of the indicator is counted once, with or without the method.
    assert ips.used.iterations + ips.not_used.iterations == 25  # 5 projects × 5 movements
    assert assessment(ips.difference, ips.used.mean_change, ips.not_used.mean_change,
                      ips.too_few) == "better"
    assert ips.difference is not None and kart.difference is not None
    assert ips.difference - kart.difference > 1.5  # percentage points per iteration
    assert ips.reference == 24.0
    # Every demo iteration has a value for every indicator.
    service = IndicatorService(demo_store)
    for project in ProjectService(demo_store).list_projects():
        progress = service.progress(project.id)
        assert len(progress) == 6
        assert all(len(p.measurements) == 6 for p in progress)
        assert ParticipantService(demo_store).periods(project.id)
        assert BudgetService(demo_store).summary(project.id).spent_to_date > 0
