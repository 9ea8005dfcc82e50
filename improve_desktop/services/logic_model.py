"""A project's logic model: nodes level by level, linked upward; methods and items on activities."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from improve_desktop.domain.results import LEVELS, LogicLevel, level_above, may_link
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.results_schemas import (
    LogicModelRead,
    NodeCreate,
    NodeRead,
    NodeSnapshot,
    NodeUpdate,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem, Method, Project
from improve_desktop.store.results_models import (
    Indicator,
    LogicNode,
    logic_node_item,
    logic_node_method,
)


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.LOGIC_MODEL, *ids)


class LogicModelService:
    """Build and edit logic models; link methods and backlog items to activities."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def model(self, project_id: str) -> LogicModelRead:
        with self._store.read() as session:
            require(session, Project, project_id, "project")
            return LogicModelRead(project_id=project_id, nodes=tuple(_read_nodes(session, project_id)))

    def get(self, node_id: str) -> NodeRead:
        with self._store.read() as session:
            node = require(session, LogicNode, node_id, "logic model node")
            return next(n for n in _read_nodes(session, node.project_id) if n.id == node_id)

    def add_node(self, data: NodeCreate | dict[str, Any]) -> Outcome[NodeRead]:
        values = validate_input(NodeCreate, data)
        with self._store.write() as session:
            require(session, Project, values.project_id, "project")
            if values.parent_id is not None:
                _check_parent(session, values.project_id, values.level, values.parent_id)
            position = session.scalar(
                select(func.coalesce(func.max(LogicNode.position), -1)).where(
                    LogicNode.project_id == values.project_id, LogicNode.level == values.level)
            )
            node = LogicNode(project_id=values.project_id, level=values.level, title=values.title,
                             description=values.description, parent_id=values.parent_id,
                             position=int(position or 0) + 1)
            session.add(node)
            session.flush()
            node_id = node.id
        return Outcome(self.get(node_id), _changed(node_id))

    def update_node(self, node_id: str, data: NodeUpdate | dict[str, Any]) -> Outcome[NodeRead]:
        values = validate_input(NodeUpdate, data)
        with self._store.write() as session:
            node = require(session, LogicNode, node_id, "logic model node")
            if values.title is not None:
                node.title = values.title
            if values.description is not None:
                node.description = values.description
            if values.clear_parent:
                node.parent_id = None
            elif values.parent_id is not None:
                _check_parent(session, node.project_id, node.level, values.parent_id)
                node.parent_id = values.parent_id
        return Outcome(self.get(node_id), _changed(node_id))

    def delete_node(self, node_id: str) -> Outcome[NodeSnapshot]:
        """Delete a node; nodes linked to it lose their link, its indicators their node.

        The snapshot holds what :meth:`restore_node` needs to undo all of that."""
        with self._store.write() as session:
            node = require(session, LogicNode, node_id, "logic model node")
            read = next(n for n in _read_nodes(session, node.project_id) if n.id == node_id)
            children = tuple(session.scalars(select(LogicNode.id)
                                             .where(LogicNode.parent_id == node_id)))
            session.execute(delete(LogicNode).where(LogicNode.id == node_id))
        return Outcome(NodeSnapshot(node=read, child_ids=children), _changed(node_id))

    def restore_node(self, snapshot: NodeSnapshot) -> Outcome[NodeRead]:
        """Bring a deleted node back under its id: its place, its link upward, the nodes
        and indicators that pointed at it, its methods and items (those still there)."""
        data = snapshot.node
        with self._store.write() as session:
            require(session, Project, data.project_id, "project")
            if session.get(LogicNode, data.id) is not None:
                raise ValidationFailed.single("id", "exists", "the node exists already")
            parent_id = data.parent_id if data.parent_id and session.get(
                LogicNode, data.parent_id) else None
            session.add(LogicNode(id=data.id, project_id=data.project_id, level=data.level,
                                  title=data.title, description=data.description,
                                  parent_id=parent_id, position=data.position))
            session.flush()
            for child in session.scalars(select(LogicNode).where(
                    LogicNode.id.in_(snapshot.child_ids), LogicNode.parent_id.is_(None))):
                child.parent_id = data.id
            for indicator in session.scalars(select(Indicator).where(
                    Indicator.id.in_(data.indicator_ids), Indicator.node_id.is_(None))):
                indicator.node_id = data.id
            for method_id in data.method_ids:
                if session.get(Method, method_id) is not None:
                    session.execute(insert(logic_node_method).values(node_id=data.id,
                                                                     method_id=method_id))
            for item_id in data.item_ids:
                if session.get(BacklogItem, item_id) is not None:
                    session.execute(insert(logic_node_item).values(node_id=data.id,
                                                                   item_id=item_id))
        return Outcome(self.get(data.id), _changed(data.id, *snapshot.child_ids))

    def move_node(self, node_id: str, offset: int) -> Outcome[NodeRead]:
        """Move a node up (-1) or down (+1) among the nodes of its level."""
        with self._store.write() as session:
            node = require(session, LogicNode, node_id, "logic model node")
            siblings = list(session.scalars(
                select(LogicNode).where(LogicNode.project_id == node.project_id,
                                        LogicNode.level == node.level)
                .order_by(LogicNode.position, LogicNode.created_at)))
            index = siblings.index(node)
            target = min(max(index + offset, 0), len(siblings) - 1)
            siblings.insert(target, siblings.pop(index))
            for position, sibling in enumerate(siblings):
                sibling.position = position
        return Outcome(self.get(node_id), _changed(node_id))

    # -- links ----------------------------------------------------------------------------------

    def link_method(self, node_id: str, method_id: str) -> Outcome[NodeRead]:
        with self._store.write() as session:
            _activity(session, node_id)
            require(session, Method, method_id, "method")
            exists = session.execute(select(logic_node_method).where(
                logic_node_method.c.node_id == node_id,
                logic_node_method.c.method_id == method_id)).first()
            if exists is None:
                session.execute(insert(logic_node_method).values(node_id=node_id,
                                                                 method_id=method_id))
        return Outcome(self.get(node_id), _changed(node_id))

    def unlink_method(self, node_id: str, method_id: str) -> Outcome[NodeRead]:
        with self._store.write() as session:
            require(session, LogicNode, node_id, "logic model node")
            session.execute(delete(logic_node_method).where(
                logic_node_method.c.node_id == node_id,
                logic_node_method.c.method_id == method_id))
        return Outcome(self.get(node_id), _changed(node_id))

    def link_item(self, node_id: str, item_id: str) -> Outcome[NodeRead]:
        with self._store.write() as session:
            node = _activity(session, node_id)
            item = require(session, BacklogItem, item_id, "backlog item")
            if item.project_id != node.project_id:
                raise ValidationFailed.single("item_id", "other_project",
                                              "the item belongs to another project")
            exists = session.execute(select(logic_node_item).where(
                logic_node_item.c.node_id == node_id,
                logic_node_item.c.item_id == item_id)).first()
            if exists is None:
                session.execute(insert(logic_node_item).values(node_id=node_id, item_id=item_id))
        return Outcome(self.get(node_id), _changed(node_id))

    def unlink_item(self, node_id: str, item_id: str) -> Outcome[NodeRead]:
        with self._store.write() as session:
            require(session, LogicNode, node_id, "logic model node")
            session.execute(delete(logic_node_item).where(
                logic_node_item.c.node_id == node_id, logic_node_item.c.item_id == item_id))
        return Outcome(self.get(node_id), _changed(node_id))


def _check_parent(session: Session, project_id: str, level: LogicLevel, parent_id: str) -> None:
    parent = session.get(LogicNode, parent_id)
    if parent is None or parent.project_id != project_id:
        raise ValidationFailed.single("parent_id", "unknown", "no such node in this project")
    if not may_link(level, parent.level):
        above = level_above(level)
        raise ValidationFailed.single(
            "parent_id", "wrong_level",
            f"a node links up to the next level ({above.value if above else 'none'})",
            expected=above.value if above else "")


def _activity(session: Session, node_id: str) -> LogicNode:
    node = require(session, LogicNode, node_id, "logic model node")
    if node.level is not LogicLevel.ACTIVITY:
        raise Refused("not_activity", "methods and backlog items link to activity nodes only")
    return node


def _read_nodes(session: Session, project_id: str) -> list[NodeRead]:
    rows = list(session.scalars(
        select(LogicNode).where(LogicNode.project_id == project_id)
        .order_by(LogicNode.position, LogicNode.created_at)))
    ids = [row.id for row in rows]
    methods: dict[str, list[str]] = {}
    items: dict[str, list[str]] = {}
    indicators: dict[str, list[str]] = {}
    if ids:
        for node_id, method_id in session.execute(
                select(logic_node_method.c.node_id, logic_node_method.c.method_id)
                .join(Method, Method.id == logic_node_method.c.method_id)
                .where(logic_node_method.c.node_id.in_(ids)).order_by(Method.code)):
            methods.setdefault(node_id, []).append(method_id)
        for node_id, item_id in session.execute(
                select(logic_node_item.c.node_id, logic_node_item.c.item_id)
                .join(BacklogItem, BacklogItem.id == logic_node_item.c.item_id)
                .where(logic_node_item.c.node_id.in_(ids)).order_by(BacklogItem.rank)):
            items.setdefault(node_id, []).append(item_id)
        for indicator_id, node_id in session.execute(
                select(Indicator.id, Indicator.node_id).where(Indicator.node_id.in_(ids))
                .order_by(Indicator.position)):
            if node_id is not None:
                indicators.setdefault(node_id, []).append(indicator_id)
    order = {level: number for number, level in enumerate(LEVELS)}
    rows.sort(key=lambda row: (order[row.level], row.position))
    return [
        NodeRead(id=row.id, project_id=row.project_id, level=row.level, title=row.title,
                 description=row.description, parent_id=row.parent_id, position=row.position,
                 method_ids=tuple(methods.get(row.id, ())), item_ids=tuple(items.get(row.id, ())),
                 indicator_ids=tuple(indicators.get(row.id, ())))
        for row in rows
    ]
