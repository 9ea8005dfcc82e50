"""A decision that reprioritises a project's backlog: new items at the top, or items moved
to the top, linked to the decision both ways (``decision_backlog_item``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, select

from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import Refused, ServiceError
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem
from improve_desktop.store.steering_models import Decision, decision_backlog_item


class ReprioritisationService:
    """Carries a decision into the backlog of the decision's project."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._backlog = BacklogService(store)

    def linked_items(self, decision_id: str) -> list[BacklogItemRead]:
        with self._store.read() as session:
            require(session, Decision, decision_id, "decision")
            ids = list(session.scalars(select(decision_backlog_item.c.item_id).where(
                decision_backlog_item.c.decision_id == decision_id)))
        return self._backlog.get_items(ids) if ids else []

    def create_item(self, decision_id: str, title: str) -> Outcome[BacklogItemRead]:
        """A new item at the top of the project's backlog, linked to the decision."""
        project_id, reference, decision_title = self._project_of(decision_id)
        created = self._backlog.create_item({
            "project_id": project_id, "title": title, "at_top": True,
            "description": f"{reference}: {decision_title}",
        })
        try:
            self._link(decision_id, [created.value.id])
        except ServiceError:
            self._backlog.delete_items([created.value.id])  # no item without its decision
            raise
        return Outcome(created.value, created.change | _changed(decision_id))

    def move_to_top(self, decision_id: str, item_ids: Sequence[str]) -> Outcome[None]:
        """Move the project's items to the top of its backlog, in the order given, linked."""
        project_id, _reference, _title = self._project_of(decision_id)
        with self._store.read() as session:
            for item_id in item_ids:
                item = require(session, BacklogItem, item_id, "backlog item")
                if item.project_id != project_id:
                    raise Refused("other_project", "the item belongs to another project")
        moved = self._backlog.move_to_end(list(item_ids), top=True)
        self._link(decision_id, item_ids)
        return Outcome(None, moved.change | _changed(decision_id))

    def _project_of(self, decision_id: str) -> tuple[str, str, str]:
        with self._store.read() as session:
            decision = require(session, Decision, decision_id, "decision")
            if decision.project_id is None:
                raise Refused("no_project", f"{decision.reference} concerns the whole cluster; "
                              "a backlog belongs to a project")
            return decision.project_id, decision.reference, decision.title

    def _link(self, decision_id: str, item_ids: Sequence[str]) -> None:
        with self._store.write() as session:
            session.execute(delete(decision_backlog_item).where(
                decision_backlog_item.c.decision_id == decision_id,
                decision_backlog_item.c.item_id.in_(list(item_ids))))
            session.execute(insert(decision_backlog_item), [
                {"decision_id": decision_id, "item_id": item_id} for item_id in item_ids])


def _changed(decision_id: str) -> Change:
    return Change.of(EntityKind.DECISION, decision_id)
