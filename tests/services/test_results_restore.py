"""Undo support in the results services: a deleted indicator or logic-model node comes back
under its own ids with everything that pointed at it."""

from __future__ import annotations

from typing import Any

import pytest

from improve_desktop.domain.results import LogicLevel
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.indicators import IndicatorService
from improve_desktop.services.iterations import IterationService
from improve_desktop.services.logic_model import LogicModelService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Method


@pytest.fixture
def project_id(projects: ProjectService, project_input: dict[str, Any]) -> str:
    return projects.create_project(project_input).value.id


def test_deleted_indicator_comes_back_with_its_values(store: Store, project_id: str) -> None:
    service = IndicatorService(store)
    iteration = IterationService(store).create_iteration({"project_id": project_id}).value
    made = service.create({"project_id": project_id, "name": "Andel i arbete", "unit": "%",
                           "baseline": 10.0, "target": 30.0}).value
    measured = service.record(made.id, {"iteration_id": iteration.id, "value": 14.0}).value
    service.add_reference(made.id, {"value": 12.0, "source": "Ordinarie verksamhet 2025"})
    before = service.progress(project_id)[0]

    snapshot = service.delete(made.id).value
    assert service.list_for_project(project_id) == []
    assert snapshot.measurements[0].value == 14.0

    service.restore(snapshot)
    after = service.progress(project_id)[0]
    assert after.indicator == before.indicator
    assert [m.id for m in after.measurements] == [measured.id]
    assert after.measurements[0].iteration_number == iteration.number
    assert [r.source for r in after.references] == ["Ordinarie verksamhet 2025"]
    with pytest.raises(ValidationFailed):
        service.restore(snapshot)  # twice is refused, not duplicated


def test_deleted_node_comes_back_with_links(store: Store, project_id: str) -> None:
    service = LogicModelService(store)
    with store.write() as session:
        method = Method(code="IPS", name_sv="IPS", name_en="IPS")
        session.add(method)
        session.flush()
        method_id = method.id
    output = service.add_node({"project_id": project_id, "level": LogicLevel.OUTPUT,
                               "title": "Jobbmatchningar"}).value
    activity = service.add_node({"project_id": project_id, "level": LogicLevel.ACTIVITY,
                                 "title": "IPS-stöd", "parent_id": output.id}).value
    other = service.add_node({"project_id": project_id, "level": LogicLevel.ACTIVITY,
                              "title": "Arbetsgivarträffar"}).value
    item = BacklogService(store).create_item({"project_id": project_id,
                                              "title": "Träff med Komatsu"}).value
    service.link_method(activity.id, method_id)
    service.link_item(activity.id, item.id)
    indicator = IndicatorService(store).create({"project_id": project_id, "name": "Matchningar",
                                                "node_id": output.id}).value
    service.move_node(other.id, -1)  # the deleted node is not first in its level
    before = service.model(project_id)

    snapshot = service.delete_node(output.id).value
    assert snapshot.child_ids == (activity.id,)
    assert service.get(activity.id).parent_id is None
    assert IndicatorService(store).get(indicator.id).node_id is None
    snapshot_activity = service.delete_node(activity.id).value

    service.restore_node(snapshot_activity)
    service.restore_node(snapshot)
    assert service.model(project_id) == before
    assert service.get(activity.id).method_ids == (method_id,)
    assert service.get(activity.id).item_ids == (item.id,)
    assert IndicatorService(store).get(indicator.id).node_id == output.id
