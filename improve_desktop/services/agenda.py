"""Building a steering meeting's agenda from the cluster's projects (used by MeetingService).

Proposed, in order: items earlier meetings did not reach (unless a later meeting took them
up already), then per project (by code) its latest closed iteration not yet reviewed, its
open decision requests and a follow-up when actions are due by the meeting or were done
since the last one; then a follow-up of the cluster's own actions. Nothing is removed, and
building again adds only what is missing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from improve_desktop.domain.enums import IterationState
from improve_desktop.domain.steering import (
    OPEN_ACTION_STATUSES,
    AgendaKind,
    AgendaOutcome,
    MeetingState,
    RequestStatus,
    SteeringActionStatus,
)
from improve_desktop.services.steering_schemas import IterationFacts
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.models import Iteration, Project
from improve_desktop.store.steering_models import (
    AgendaItem,
    DecisionRequest,
    Meeting,
    SteeringAction,
)

VELOCITY_TREND = 4  # closed iterations shown in an iteration review's trend
HELD_STATES = (MeetingState.HELD, MeetingState.APPROVED)


def agenda_title_text(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 200 else line[:199] + "…"


def previous_meeting_date(session: Session, meeting: Meeting) -> date | None:
    return session.scalar(select(func.max(Meeting.meeting_date)).where(
        Meeting.steering_cluster_id == meeting.steering_cluster_id,
        Meeting.state.in_(HELD_STATES), Meeting.meeting_date < meeting.meeting_date,
        Meeting.id != meeting.id,
    ))


def due_actions(meeting: Meeting, project_id: str | None, since: date | None) -> list[Any]:
    """Open actions due by the meeting, and those done since the last meeting."""
    due = SteeringAction.status.in_(OPEN_ACTION_STATUSES) & (
        SteeringAction.due_on <= meeting.meeting_date)
    condition: Any = due
    if since is not None:
        condition = or_(due, (SteeringAction.status == SteeringActionStatus.DONE)
                        & (SteeringAction.done_on >= since))
    return [
        SteeringAction.steering_cluster_id == meeting.steering_cluster_id,
        SteeringAction.project_id.is_(None) if project_id is None
        else SteeringAction.project_id == project_id,
        condition,
    ]


def iteration_facts(session: Session, iteration_id: str) -> IterationFacts | None:
    iteration = session.get(Iteration, iteration_id)
    if iteration is None:
        return None
    velocity = session.scalars(
        select(Iteration.completed_points).where(
            Iteration.project_id == iteration.project_id,
            Iteration.state == IterationState.CLOSED,
            Iteration.number <= iteration.number,
        ).order_by(Iteration.number.desc()).limit(VELOCITY_TREND)
    ).all()
    return IterationFacts(
        iteration_id=iteration.id, number=iteration.number, goal=iteration.goal,
        goal_outcome=iteration.goal_outcome, goal_comment=iteration.goal_comment,
        committed_points=iteration.committed_points,
        completed_points=iteration.completed_points, start_date=iteration.start_date,
        end_date=iteration.end_date, velocity=tuple(reversed([v or 0 for v in velocity])),
    )


def add_item(session: Session, meeting: Meeting, kind: AgendaKind, title: str, *,
              project_id: str | None = None, details: str = "",
              iteration_id: str | None = None, decision_request_id: str | None = None,
              carried_from_id: str | None = None) -> AgendaItem:
    position = 1 + (session.scalar(select(func.max(AgendaItem.position)).where(
        AgendaItem.meeting_id == meeting.id)) or 0)
    now = utc_now()
    row = AgendaItem(
        id=new_id(), created_at=now, updated_at=now, meeting_id=meeting.id, position=position,
        kind=kind, project_id=project_id, title=title, details=details, notes="",
        outcome=AgendaOutcome.PENDING, iteration_id=iteration_id,
        decision_request_id=decision_request_id, carried_from_id=carried_from_id,
    )
    session.add(row)
    session.flush()
    return row


def build_agenda(session: Session, meeting: Meeting) -> None:
    present = session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)).all()
    carried = {item.carried_from_id for item in present if item.carried_from_id}
    iterations: set[str | None] = {item.iteration_id for item in present if item.iteration_id}
    requests: set[str | None] = {
        item.decision_request_id for item in present if item.decision_request_id}
    follow_ups: set[str | None] = {
        item.project_id for item in present if item.kind is AgendaKind.FOLLOW_UP}
    cluster_id = meeting.steering_cluster_id
    # 1. What earlier meetings did not reach, unless a later meeting already took it up.
    taken = select(AgendaItem.carried_from_id).where(AgendaItem.carried_from_id.is_not(None))
    left = session.scalars(
        select(AgendaItem).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.steering_cluster_id == cluster_id, Meeting.id != meeting.id,
               Meeting.meeting_date <= meeting.meeting_date,
               AgendaItem.outcome == AgendaOutcome.CARRIED_OVER, AgendaItem.id.not_in(taken))
        .order_by(Meeting.meeting_date, AgendaItem.position)
    ).all()
    withdrawn = set(session.scalars(select(DecisionRequest.id).where(
        DecisionRequest.status == RequestStatus.WITHDRAWN)))
    for item in left:
        if item.id in carried or item.decision_request_id in withdrawn:
            continue
        add_item(session, meeting, item.kind, item.title, project_id=item.project_id,
                  details=item.details, iteration_id=item.iteration_id,
                  decision_request_id=item.decision_request_id, carried_from_id=item.id)
        iterations.add(item.iteration_id)
        requests.add(item.decision_request_id)
        if item.kind is AgendaKind.FOLLOW_UP:
            follow_ups.add(item.project_id)
    reviewed = set(session.scalars(
        select(AgendaItem.iteration_id).where(AgendaItem.iteration_id.is_not(None),
                                              AgendaItem.outcome == AgendaOutcome.DONE)
    ))
    previous = previous_meeting_date(session, meeting)
    projects = session.scalars(
        select(Project).where(Project.steering_cluster_id == cluster_id).order_by(Project.code)
    ).all()
    for project in projects:
        # 2. Per project: the latest closed iteration, open requests, actions due.
        latest = session.scalars(
            select(Iteration).where(Iteration.project_id == project.id,
                                    Iteration.state == IterationState.CLOSED)
            .order_by(Iteration.number.desc()).limit(1)
        ).first()
        if latest is not None and latest.id not in iterations and latest.id not in reviewed:
            add_item(session, meeting, AgendaKind.ITERATION_REVIEW, project.name,
                      project_id=project.id, iteration_id=latest.id)
        for request in session.scalars(
            select(DecisionRequest).where(DecisionRequest.project_id == project.id,
                                          DecisionRequest.status == RequestStatus.OPEN)
            .order_by(DecisionRequest.raised_on)
        ):
            if request.id not in requests:
                add_item(session, meeting, AgendaKind.DECISION_REQUEST,
                          agenda_title_text(request.question), project_id=project.id,
                          decision_request_id=request.id)
        if project.id not in follow_ups and _has_due(session, meeting, project.id, previous):
            add_item(session, meeting, AgendaKind.FOLLOW_UP, project.name,
                      project_id=project.id)
    # 3. Actions of the whole cluster.
    if None not in follow_ups and _has_due(session, meeting, None, previous):
        add_item(session, meeting, AgendaKind.FOLLOW_UP, "")


def _has_due(session: Session, meeting: Meeting, project_id: str | None,
             since: date | None) -> bool:
    return session.scalar(
        select(SteeringAction.id).where(*due_actions(meeting, project_id, since)).limit(1)
    ) is not None
