"""The backlog service: create, edit, order, plan, status, delete, and their undo paths."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from improve_desktop.domain.enums import ItemStatus
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import NotFound, ValidationFailed
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.models import ItemStatusChange


@pytest.fixture
def backlog(demo_store: Any) -> BacklogService:
    return BacklogService(demo_store)


@pytest.fixture
def project_id(demo_store: Any) -> str:
    return ProjectService(demo_store).find_project_id("SKE-VV")


def _titles(service: BacklogService, project_id: str) -> list[str]:
    return [item.title for item in service.list_items(project_id)]


def _history(store: Any, item_id: str) -> list[ItemStatusChange]:
    with store.read() as session:
        return list(session.scalars(select(ItemStatusChange).where(
            ItemStatusChange.item_id == item_id).order_by(ItemStatusChange.changed_at)))


def test_list_is_in_rank_order_with_iterations_and_methods(backlog: BacklogService,
                                                           project_id: str) -> None:
    items = backlog.list_items(project_id)
    assert len(items) == 200
    assert [i.rank for i in items] == sorted(i.rank for i in items)
    planned = [i for i in items if i.iteration_id]
    assert planned and all(i.iteration_number for i in planned)
    assert any(i.method_ids for i in items)


def test_an_iterations_items_are_the_projects_items_planned_into_it(
        backlog: BacklogService, project_id: str) -> None:
    items = backlog.list_items(project_id)
    iteration_id = next(i.iteration_id for i in items if i.iteration_id)
    expected = [i for i in items if i.iteration_id == iteration_id]
    assert backlog.list_iteration_items(iteration_id) == expected
    assert backlog.list_iteration_items("no-such-iteration") == []


def test_create_at_bottom_top_and_after(backlog: BacklogService, project_id: str,
                                        demo_store: Any) -> None:
    created = backlog.create_item({"project_id": project_id, "title": "  Sist  "})
    assert created.value.title == "Sist"
    assert created.change.touches(EntityKind.BACKLOG_ITEM) and created.value.id in created.change.ids
    assert _titles(backlog, project_id)[-1] == "Sist"
    backlog.create_item({"project_id": project_id, "title": "Först", "at_top": True})
    assert _titles(backlog, project_id)[0] == "Först"
    first = backlog.list_items(project_id)[0]
    backlog.create_item({"project_id": project_id, "title": "Tvåa", "after_item_id": first.id})
    assert _titles(backlog, project_id)[:2] == ["Först", "Tvåa"]
    history = _history(demo_store, created.value.id)
    assert [(h.from_status, h.to_status) for h in history] == [(None, ItemStatus.TODO)]


def test_validation_of_new_items(backlog: BacklogService, project_id: str) -> None:
    with pytest.raises(ValidationFailed) as raised:
        backlog.create_item({"project_id": project_id, "title": " ", "estimate_points": -1,
                             "kind": "epic"})
    fields = {e.field for e in raised.value.errors}
    assert fields == {"title", "estimate_points", "kind"}
    with pytest.raises(ValidationFailed):
        backlog.create_item({"project_id": project_id, "title": "x", "method_ids": ("nope",)})


def test_update_edits_only_given_fields_and_records_estimate(backlog: BacklogService,
                                                             project_id: str, demo_store: Any) -> None:
    item = backlog.list_items(project_id)[-1]
    methods = OrganisationService(demo_store).list_methods()
    updated = backlog.update_item(item.id, {"title": "Ny titel", "estimate_points": 13,
                                            "method_ids": (methods[0].id, methods[1].id)}).value
    assert updated.title == "Ny titel" and updated.estimate_points == 13
    assert updated.kind == item.kind and updated.description == item.description
    assert set(updated.method_ids) == {methods[0].id, methods[1].id}
    assert _history(demo_store, item.id)[-1].estimate_points == 13
    cleared = backlog.update_item(item.id, {"clear_estimate": True}).value
    assert cleared.estimate_points is None


def test_moves_keep_relative_order_and_undo_restores(backlog: BacklogService, project_id: str) -> None:
    items = backlog.list_items(project_id)
    chosen = [items[10].id, items[5].id]
    before = _titles(backlog, project_id)
    previous = backlog.move_items(chosen, None).value
    after = backlog.list_items(project_id)
    assert [a.id for a in after[:2]] == [items[5].id, items[10].id]
    backlog.restore_placements(previous)
    assert _titles(backlog, project_id) == before
    backlog.move_to_end([items[0].id], top=False)
    assert backlog.list_items(project_id)[-1].id == items[0].id
    with pytest.raises(ValidationFailed):
        backlog.move_items([items[1].id], items[1].id)


def test_many_moves_keep_ranks_short_and_consistent(backlog: BacklogService, project_id: str) -> None:
    ids = [item.id for item in backlog.list_items(project_id)]
    for step in range(120):
        target = ids[(step * 7) % len(ids)]
        anchor = ids[(step * 13 + 1) % len(ids)]
        if anchor != target:
            backlog.move_items([target], anchor)
    items = backlog.list_items(project_id)
    assert len({i.rank for i in items}) == len(items)
    assert max(len(i.rank) for i in items) <= 48


def test_assign_and_status_write_history_and_undo(backlog: BacklogService, project_id: str,
                                                  demo_store: Any) -> None:
    item = next(i for i in backlog.list_items(project_id) if i.iteration_id is None)
    iteration = next(i for i in backlog.list_items(project_id) if i.iteration_id).iteration_id
    placed = backlog.assign_iteration([item.id], iteration)
    assert placed.change.touches(EntityKind.ITERATION)
    assert backlog.get_item(item.id).iteration_id == iteration
    backlog.set_status([item.id], ItemStatus.DONE)
    done = backlog.get_item(item.id)
    assert done.status is ItemStatus.DONE and done.done_on is not None
    history = _history(demo_store, item.id)
    assert history[-1].from_status is ItemStatus.TODO and history[-1].to_status is ItemStatus.DONE
    assert history[-1].iteration_id == iteration
    backlog.restore_placements(placed.value)
    back = backlog.get_item(item.id)
    assert back.iteration_id is None and back.status is ItemStatus.TODO and back.done_on is None
    assert _history(demo_store, item.id)[-1].iteration_id is None


def test_delete_and_restore_brings_everything_back(backlog: BacklogService, project_id: str,
                                                   demo_store: Any) -> None:
    item = next(i for i in backlog.list_items(project_id) if i.method_ids and i.iteration_id)
    history_before = len(_history(demo_store, item.id))
    snapshots = backlog.delete_items([item.id]).value
    with pytest.raises(NotFound):
        backlog.get_item(item.id)
    backlog.restore_items(snapshots)
    assert backlog.get_item(item.id) == item
    assert len(_history(demo_store, item.id)) == history_before


def test_wip_limits(backlog: BacklogService, project_id: str) -> None:
    assert all(limit.wip_limit is None for limit in backlog.wip_limits(project_id))
    backlog.set_wip_limit(project_id, ItemStatus.IN_PROGRESS, 3)
    limits = {limit.status: limit.wip_limit for limit in backlog.wip_limits(project_id)}
    assert limits[ItemStatus.IN_PROGRESS] == 3
    backlog.set_wip_limit(project_id, ItemStatus.IN_PROGRESS, None)
    assert all(limit.wip_limit is None for limit in backlog.wip_limits(project_id))
    with pytest.raises(ValidationFailed):
        backlog.set_wip_limit(project_id, ItemStatus.TODO, 0)


def test_items_of_two_projects_are_not_mixed(backlog: BacklogService, demo_store: Any) -> None:
    projects = ProjectService(demo_store)
    one = backlog.list_items(projects.find_project_id("SKE-VV"))[0]
    other = backlog.list_items(projects.find_project_id("UME-IPS"))[0]
    with pytest.raises(ValidationFailed):
        backlog.set_status([one.id, other.id], ItemStatus.DONE)
    with demo_store.read() as session:
        assert session.scalar(select(func.count()).select_from(ItemStatusChange)) > 0
    assert backlog.get_item(one.id).status == one.status

