"""Reading steering rows into schemas in bulk, and the edit history shared by the services.

Reads select plain columns with their cluster and project names joined in, and build the
frozen read schemas without re-validating every row (the store's constraints already hold):
the decision log reads 10,000 decisions this way in a few tens of milliseconds.
"""

from __future__ import annotations

import getpass
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from improve_desktop.domain.steering import (
    action_overdue,
    decision_overdue,
    review_passed,
)
from improve_desktop.services.steering_schemas import (
    DecisionRead,
    DecisionRequestRead,
    EditRead,
    SteeringActionRead,
)
from improve_desktop.store.base import new_id
from improve_desktop.store.models import Project, SteeringCluster
from improve_desktop.store.steering_models import (
    Decision,
    DecisionRequest,
    SteeringAction,
    SteeringEdit,
    decision_backlog_item,
)


def default_user() -> str:
    """Who is editing: ``IMPROVE_USER``, else the login name (no accounts in a desktop app)."""
    name = os.environ.get("IMPROVE_USER", "").strip()
    if name:
        return name[:200]
    try:
        return getpass.getuser()[:200]
    except (OSError, KeyError):
        return ""


def as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(getattr(value, "value", value))


def record_edits(
    session: Session, kind: str, row: Any, changes: dict[str, Any], *, by: str, when: datetime
) -> list[str]:
    """Set ``changes`` on ``row`` and keep one history row per field that really changed."""
    changed = []
    for field, new in changes.items():
        old = getattr(row, field)
        if old == new:
            continue
        session.add(
            SteeringEdit(
                id=new_id(), created_at=when, updated_at=when, entity_kind=kind,
                entity_id=row.id, field=field, old_value=as_text(old), new_value=as_text(new),
                edited_by=by, edited_at=when,
            )
        )
        setattr(row, field, new)
        changed.append(field)
    if changed:
        row.updated_at = when
    return changed


def read_history(session: Session, entity_id: str) -> list[EditRead]:
    rows = session.scalars(
        select(SteeringEdit)
        .where(SteeringEdit.entity_id == entity_id)
        .order_by(SteeringEdit.edited_at, SteeringEdit.created_at)
    ).all()
    return [EditRead.model_validate(row) for row in rows]


_replacement = aliased(Decision)
_DECISION_COLUMNS = (
    Decision.id, Decision.reference, Decision.steering_cluster_id,
    SteeringCluster.code.label("cluster_code"), Decision.project_id,
    Project.code.label("project_code"), Project.name.label("project_name"),
    Decision.meeting_id, Decision.agenda_item_id, Decision.decision_request_id, Decision.title,
    Decision.text, Decision.rationale, Decision.kind, Decision.status, Decision.superseded_by_id,
    _replacement.reference.label("superseded_by_reference"), Decision.owner,
    Decision.decided_on, Decision.due_on, Decision.review_on, Decision.created_at,
)


def read_decisions(
    session: Session, *where: ColumnElement[bool], today: date, order_newest: bool = True
) -> list[DecisionRead]:
    query = (
        select(*_DECISION_COLUMNS)
        .join(SteeringCluster, SteeringCluster.id == Decision.steering_cluster_id)
        .outerjoin(Project, Project.id == Decision.project_id)
        .outerjoin(_replacement, _replacement.id == Decision.superseded_by_id)
        .where(*where)
    )
    if order_newest:
        query = query.order_by(Decision.decided_on.desc(), Decision.year.desc(),
                               Decision.number.desc())
    else:
        query = query.order_by(Decision.created_at, Decision.number)
    rows = session.execute(query).all()
    links: dict[str, list[str]] = defaultdict(list)
    ids = [row.id for row in rows]
    if ids:
        link_query = select(decision_backlog_item.c.decision_id, decision_backlog_item.c.item_id)
        if len(ids) < 500:
            link_query = link_query.where(decision_backlog_item.c.decision_id.in_(ids))
        for decision_id, item_id in session.execute(link_query):
            links[decision_id].append(item_id)
    result = []
    for row in rows:
        values = row._asdict()
        values["project_code"] = values["project_code"] or ""
        values["project_name"] = values["project_name"] or ""
        values["superseded_by_reference"] = values["superseded_by_reference"] or ""
        values["overdue"] = decision_overdue(row.status, row.due_on, today)
        values["review_due"] = review_passed(row.status, row.review_on, today)
        values["backlog_item_ids"] = tuple(links.get(row.id, ()))
        result.append(DecisionRead.model_construct(**values))
    return result


_ACTION_COLUMNS = (
    SteeringAction.id, SteeringAction.steering_cluster_id,
    SteeringCluster.code.label("cluster_code"), SteeringAction.project_id,
    Project.code.label("project_code"), SteeringAction.source, SteeringAction.meeting_id,
    SteeringAction.agenda_item_id, SteeringAction.decision_id,
    Decision.reference.label("decision_reference"), SteeringAction.retro_action_id,
    SteeringAction.text, SteeringAction.owner, SteeringAction.due_on, SteeringAction.status,
    SteeringAction.done_on, SteeringAction.backlog_item_id, SteeringAction.created_at,
)


def read_actions(
    session: Session, *where: ColumnElement[bool], today: date
) -> list[SteeringActionRead]:
    rows = session.execute(
        select(*_ACTION_COLUMNS)
        .join(SteeringCluster, SteeringCluster.id == SteeringAction.steering_cluster_id)
        .outerjoin(Project, Project.id == SteeringAction.project_id)
        .outerjoin(Decision, Decision.id == SteeringAction.decision_id)
        .where(*where)
        .order_by(SteeringAction.due_on.is_(None), SteeringAction.due_on,
                  SteeringAction.created_at)
    ).all()
    result = []
    for row in rows:
        values = row._asdict()
        values["project_code"] = values["project_code"] or ""
        values["decision_reference"] = values["decision_reference"] or ""
        values["overdue"] = action_overdue(row.status, row.due_on, today)
        result.append(SteeringActionRead.model_construct(**values))
    return result


def read_requests(
    session: Session, *where: ColumnElement[bool]
) -> list[DecisionRequestRead]:
    rows = session.execute(
        select(
            DecisionRequest.id, DecisionRequest.project_id, Project.code.label("project_code"),
            Project.name.label("project_name"), DecisionRequest.raised_by,
            DecisionRequest.raised_on, DecisionRequest.question, DecisionRequest.options,
            DecisionRequest.recommendation, DecisionRequest.needed_by, DecisionRequest.status,
        )
        .join(Project, Project.id == DecisionRequest.project_id)
        .where(*where)
        .order_by(DecisionRequest.raised_on, DecisionRequest.created_at)
    ).all()
    return [DecisionRequestRead.model_construct(**row._asdict()) for row in rows]


def ids_of(rows: Iterable[Any]) -> list[str]:
    return [row.id for row in rows]
