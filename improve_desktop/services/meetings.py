"""Steering meetings: plan one, build its agenda from the projects, run it, close it.

The agenda of a meeting proposes, for every project of the cluster, its latest closed
iteration (not yet reviewed in an earlier meeting), its open decision requests and a
follow-up of the actions due since the last meeting; items an earlier meeting did not reach
come first, so nothing vanishes. Building is idempotent: it only adds what is missing.
Meeting mode saves everything at once: the current item and the half-typed entry (``draft``)
too, so a crash loses nothing. Closing marks the meeting held and carries the items not
reached; from then on every edit is kept in the history.
"""

from __future__ import annotations

from collections.abc import Callable
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
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import Refused
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.schemas import validate_input
from improve_desktop.services.steering_read import (
    default_user,
    read_actions,
    read_decisions,
    read_requests,
    record_edits,
)
from improve_desktop.services.steering_schemas import (
    AgendaItemCreate,
    AgendaItemRead,
    AttendeeRead,
    DecisionRequestCreate,
    DecisionRequestRead,
    IterationFacts,
    MeetingCreate,
    MeetingRead,
    MeetingRecord,
    MeetingUpdate,
)
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import ClusterMembership, Iteration, Person, Project
from improve_desktop.store.steering_models import (
    AgendaItem,
    Decision,
    DecisionRequest,
    Meeting,
    MeetingAttendee,
    SteeringAction,
)

VELOCITY_TREND = 4  # closed iterations shown in an iteration review's trend
HELD_STATES = (MeetingState.HELD, MeetingState.APPROVED)


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.MEETING, *ids)


class MeetingService:
    """The meetings of steering clusters, their agendas, attendees and decision requests."""

    def __init__(self, store: Store, *, today: Callable[[], date] = date.today,
                 user: str | None = None) -> None:
        self._store = store
        self._today = today
        self._user = default_user() if user is None else user

    # -- reading --------------------------------------------------------------------------------

    def list_meetings(self, cluster_id: str | None = None) -> list[MeetingRead]:
        """Meetings, newest first, with how many decisions and actions each recorded."""
        with self._store.read() as session:
            where = [] if cluster_id is None else [Meeting.steering_cluster_id == cluster_id]
            return _read_meetings(session, *where)

    def get(self, meeting_id: str) -> MeetingRead:
        with self._store.read() as session:
            require(session, Meeting, meeting_id, "meeting")
            return _read_meetings(session, Meeting.id == meeting_id)[0]

    def next_meeting(self, cluster_id: str) -> MeetingRead | None:
        """The earliest meeting of the cluster not yet held."""
        with self._store.read() as session:
            rows = _read_meetings(session, Meeting.steering_cluster_id == cluster_id,
                                  Meeting.state == MeetingState.PLANNED)
            return rows[-1] if rows else None

    def agenda(self, meeting_id: str) -> list[AgendaItemRead]:
        with self._store.read() as session:
            return self._agenda(session, require(session, Meeting, meeting_id, "meeting"))

    def record(self, meeting_id: str) -> MeetingRecord:
        """The whole meeting (the minutes once it is held): attendees, agenda, decisions,
        actions."""
        with self._store.read() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            attendees = session.scalars(
                select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id)
                .order_by(MeetingAttendee.is_guest, MeetingAttendee.name)
            ).all()
            today = self._today()
            return MeetingRecord(
                meeting=_read_meetings(session, Meeting.id == meeting_id)[0],
                attendees=tuple(AttendeeRead.model_validate(row) for row in attendees),
                agenda=tuple(self._agenda(session, meeting)),
                decisions=tuple(read_decisions(session, Decision.meeting_id == meeting_id,
                                               today=today, order_newest=False)),
                actions=tuple(read_actions(session, SteeringAction.meeting_id == meeting_id,
                                           today=today)),
            )

    def open_requests(self, *, cluster_id: str | None = None,
                      project_id: str | None = None) -> list[DecisionRequestRead]:
        where: list[Any] = [DecisionRequest.status == RequestStatus.OPEN]
        if cluster_id is not None:
            where.append(Project.steering_cluster_id == cluster_id)
        if project_id is not None:
            where.append(DecisionRequest.project_id == project_id)
        with self._store.read() as session:
            return read_requests(session, *where)

    # -- planning -------------------------------------------------------------------------------

    def plan(self, data: MeetingCreate | dict[str, Any]) -> Outcome[MeetingRead]:
        """A planned meeting with the cluster's members (and guests) invited, agenda built."""
        values = validate_input(MeetingCreate, data)
        with self._store.write() as session:
            now = utc_now()
            meeting = Meeting(
                id=new_id(), created_at=now, updated_at=now,
                steering_cluster_id=values.steering_cluster_id,
                meeting_date=values.meeting_date, start_time=values.start_time,
                place=values.place, state=MeetingState.PLANNED, minutes="",
                current_item_id=None, draft="", held_at=None,
            )
            session.add(meeting)
            members = session.execute(
                select(Person.id, Person.name)
                .join(ClusterMembership, ClusterMembership.person_id == Person.id)
                .where(ClusterMembership.cluster_id == values.steering_cluster_id)
                .order_by(Person.name)
            ).all()
            names: list[tuple[str | None, str, bool]] = [
                (person_id, name, False) for person_id, name in members]
            names += [(None, guest, True) for guest in values.guests if guest]
            for person_id, name, guest in names:
                session.add(MeetingAttendee(
                    id=new_id(), created_at=now, updated_at=now, meeting_id=meeting.id,
                    person_id=person_id, name=name, is_guest=guest, present=True,
                ))
            session.flush()
            _build_agenda(session, meeting)
            session.flush()
            result = _read_meetings(session, Meeting.id == meeting.id)[0]
        return Outcome(result, _changed(result.id))

    def build_agenda(self, meeting_id: str) -> Outcome[list[AgendaItemRead]]:
        """Add what is missing to the agenda of a planned meeting (nothing is removed)."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if meeting.state is not MeetingState.PLANNED:
                raise Refused("meeting_held", "the meeting is held; its agenda is kept as it was")
            _build_agenda(session, meeting)
            session.flush()
            result = self._agenda(session, meeting)
        return Outcome(result, _changed(meeting_id))

    def add_agenda_item(self, meeting_id: str, data: AgendaItemCreate | dict[str, Any]
                        ) -> Outcome[AgendaItemRead]:
        values = validate_input(AgendaItemCreate, data)
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if values.project_id:
                require(session, Project, values.project_id, "project")
            row = _add_item(session, meeting, values.kind, values.title,
                            project_id=values.project_id, details=values.details)
            session.flush()
            result = next(item for item in self._agenda(session, meeting) if item.id == row.id)
        return Outcome(result, _changed(meeting_id, result.id))

    def update(self, meeting_id: str, data: MeetingUpdate | dict[str, Any]
               ) -> Outcome[MeetingRead]:
        values = validate_input(MeetingUpdate, data)
        changes = {key: value for key, value in values.model_dump(exclude_unset=True).items()
                   if value is not None}
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            self._edit(session, "meeting", meeting, meeting, changes)
            session.flush()
            result = _read_meetings(session, Meeting.id == meeting_id)[0]
        return Outcome(result, _changed(meeting_id))

    def set_present(self, attendee_id: str, present: bool) -> Outcome[None]:
        with self._store.write() as session:
            row = require(session, MeetingAttendee, attendee_id, "attendee")
            meeting = require(session, Meeting, row.meeting_id, "meeting")
            self._edit(session, "attendee", meeting, row, {"present": present})
        return Outcome(None, _changed(row.meeting_id, attendee_id))

    def add_guest(self, meeting_id: str, name: str) -> Outcome[AttendeeRead]:
        name = " ".join(name.split())[:200]
        if not name:
            raise Refused("empty_name", "a guest needs a name")
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            now = utc_now()
            row = MeetingAttendee(id=new_id(), created_at=now, updated_at=now,
                                  meeting_id=meeting.id, person_id=None, name=name,
                                  is_guest=True, present=True)
            session.add(row)
            session.flush()
            result = AttendeeRead.model_validate(row)
        return Outcome(result, _changed(meeting_id, result.id))

    # -- meeting mode ---------------------------------------------------------------------------

    def set_current_item(self, meeting_id: str, item_id: str | None) -> Outcome[None]:
        """Remember the item on screen, so that a reopened meeting continues there."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            meeting.current_item_id = item_id
        return Outcome(None, Change(frozenset()))

    def save_draft(self, meeting_id: str, text: str) -> Outcome[None]:
        """The half-typed entry of meeting mode, saved while typing (not in the history)."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            meeting.draft = text[:4000]
        return Outcome(None, Change(frozenset()))

    def set_item_notes(self, item_id: str, notes: str) -> Outcome[AgendaItemRead]:
        return self._update_item(item_id, {"notes": notes.strip()[:20_000]})

    def set_item_outcome(self, item_id: str, outcome: AgendaOutcome) -> Outcome[AgendaItemRead]:
        return self._update_item(item_id, {"outcome": outcome})

    def close(self, meeting_id: str) -> Outcome[MeetingRecord]:
        """The meeting is held: items not dealt with are carried to the next meeting."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if meeting.state is not MeetingState.PLANNED:
                raise Refused("meeting_held", "the meeting is already closed")
            now = utc_now()
            for item in session.scalars(select(AgendaItem).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.outcome == AgendaOutcome.PENDING
            )):
                item.outcome = AgendaOutcome.CARRIED_OVER
                item.updated_at = now
            meeting.state = MeetingState.HELD
            meeting.held_at = now
            meeting.draft = ""
            meeting.current_item_id = None
            meeting.updated_at = now
            session.flush()
            following = session.scalars(select(Meeting).where(
                Meeting.steering_cluster_id == meeting.steering_cluster_id,
                Meeting.state == MeetingState.PLANNED, Meeting.id != meeting_id,
            )).all()
            for later in following:
                _build_agenda(session, later)
        return Outcome(self.record(meeting_id),
                       _changed(meeting_id, *(later.id for later in following)))

    def approve_minutes(self, meeting_id: str) -> Outcome[MeetingRead]:
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if meeting.state is not MeetingState.HELD:
                raise Refused("not_held", "only the minutes of a held meeting can be approved")
            record_edits(session, "meeting", meeting, {"state": MeetingState.APPROVED},
                         by=self._user, when=utc_now())
            session.flush()
            result = _read_meetings(session, Meeting.id == meeting_id)[0]
        return Outcome(result, _changed(meeting_id))

    # -- decision requests ----------------------------------------------------------------------

    def raise_request(self, data: DecisionRequestCreate | dict[str, Any]
                      ) -> Outcome[DecisionRequestRead]:
        """A project manager's question to the steering group; on the next agenda at once."""
        values = validate_input(DecisionRequestCreate, data)
        with self._store.write() as session:
            project = require(session, Project, values.project_id, "project")
            now = utc_now()
            row = DecisionRequest(
                id=new_id(), created_at=now, updated_at=now, project_id=project.id,
                raised_by=values.raised_by, raised_on=values.raised_on or self._today(),
                question=values.question, options=values.options,
                recommendation=values.recommendation, needed_by=values.needed_by,
                status=RequestStatus.OPEN,
            )
            session.add(row)
            session.flush()
            changed = [row.id]
            if project.steering_cluster_id:
                upcoming = session.scalars(select(Meeting).where(
                    Meeting.steering_cluster_id == project.steering_cluster_id,
                    Meeting.state == MeetingState.PLANNED,
                ).order_by(Meeting.meeting_date).limit(1)).first()
                if upcoming is not None:
                    _add_item(session, upcoming, AgendaKind.DECISION_REQUEST,
                              _title(values.question), project_id=project.id,
                              decision_request_id=row.id)
                    changed.append(upcoming.id)
            session.flush()
            result = read_requests(session, DecisionRequest.id == row.id)[0]
        return Outcome(result, _changed(*changed) | Change.of(EntityKind.DECISION, row.id))

    def withdraw_request(self, request_id: str) -> Outcome[None]:
        with self._store.write() as session:
            row = require(session, DecisionRequest, request_id, "decision request")
            record_edits(session, "request", row, {"status": RequestStatus.WITHDRAWN},
                         by=self._user, when=utc_now())
        return Outcome(None, Change.of(EntityKind.DECISION, request_id))

    # -- helpers --------------------------------------------------------------------------------

    def _update_item(self, item_id: str, changes: dict[str, Any]) -> Outcome[AgendaItemRead]:
        with self._store.write() as session:
            item = require(session, AgendaItem, item_id, "agenda item")
            meeting = require(session, Meeting, item.meeting_id, "meeting")
            self._edit(session, "agenda_item", meeting, item, changes)
            session.flush()
            result = next(row for row in self._agenda(session, meeting) if row.id == item_id)
        return Outcome(result, _changed(meeting.id, item_id))

    def _edit(self, session: Session, kind: str, meeting: Meeting, row: Any,
              changes: dict[str, Any]) -> None:
        """Change ``row``; after the meeting is held the change also goes into the history."""
        now = utc_now()
        if meeting.state in HELD_STATES:
            record_edits(session, kind, row, changes, by=self._user, when=now)
            return
        for field, value in changes.items():
            setattr(row, field, value)
        row.updated_at = now

    def _agenda(self, session: Session, meeting: Meeting) -> list[AgendaItemRead]:
        items = session.execute(
            select(AgendaItem, Project.code, Project.name)
            .outerjoin(Project, Project.id == AgendaItem.project_id)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        ).all()
        previous = _previous_meeting_date(session, meeting)
        today = self._today()
        result = []
        for item, code, name in items:
            values = {column: getattr(item, column) for column in (
                "id", "meeting_id", "position", "kind", "project_id", "title", "details",
                "notes", "outcome", "iteration_id", "decision_request_id", "carried_from_id")}
            values.update(project_code=code or "", project_name=name or "")
            if item.iteration_id:
                values["review"] = _iteration_facts(session, item.iteration_id)
            if item.decision_request_id:
                requests = read_requests(session, DecisionRequest.id == item.decision_request_id)
                values["request"] = requests[0] if requests else None
            if item.kind is AgendaKind.FOLLOW_UP:
                values["due_actions"] = tuple(read_actions(
                    session, *_due_actions(meeting, item.project_id, previous), today=today))
            result.append(AgendaItemRead(**values))
        return result


def _title(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= 200 else line[:199] + "…"


def _read_meetings(session: Session, *where: Any) -> list[MeetingRead]:
    from improve_desktop.store.models import SteeringCluster

    decisions = (select(func.count()).where(Decision.meeting_id == Meeting.id)
                 .correlate(Meeting).scalar_subquery())
    actions = (select(func.count()).where(SteeringAction.meeting_id == Meeting.id)
               .correlate(Meeting).scalar_subquery())
    rows = session.execute(
        select(Meeting, SteeringCluster.code, SteeringCluster.name,
               decisions.label("decisions"), actions.label("actions"))
        .join(SteeringCluster, SteeringCluster.id == Meeting.steering_cluster_id)
        .where(*where)
        .order_by(Meeting.meeting_date.desc(), Meeting.start_time.desc())
    ).all()
    return [
        MeetingRead(
            id=m.id, steering_cluster_id=m.steering_cluster_id, cluster_code=code,
            cluster_name=name, meeting_date=m.meeting_date, start_time=m.start_time,
            place=m.place, state=m.state, minutes=m.minutes, current_item_id=m.current_item_id,
            draft=m.draft, held_at=m.held_at, decisions=n_decisions, actions=n_actions,
        )
        for m, code, name, n_decisions, n_actions in rows
    ]


def _previous_meeting_date(session: Session, meeting: Meeting) -> date | None:
    return session.scalar(select(func.max(Meeting.meeting_date)).where(
        Meeting.steering_cluster_id == meeting.steering_cluster_id,
        Meeting.state.in_(HELD_STATES), Meeting.meeting_date < meeting.meeting_date,
        Meeting.id != meeting.id,
    ))


def _due_actions(meeting: Meeting, project_id: str | None, since: date | None) -> list[Any]:
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


def _iteration_facts(session: Session, iteration_id: str) -> IterationFacts | None:
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


def _add_item(session: Session, meeting: Meeting, kind: AgendaKind, title: str, *,
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


def _build_agenda(session: Session, meeting: Meeting) -> None:
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
    for item in left:
        if item.id in carried:
            continue
        _add_item(session, meeting, item.kind, item.title, project_id=item.project_id,
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
    previous = _previous_meeting_date(session, meeting)
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
            _add_item(session, meeting, AgendaKind.ITERATION_REVIEW, project.name,
                      project_id=project.id, iteration_id=latest.id)
        for request in session.scalars(
            select(DecisionRequest).where(DecisionRequest.project_id == project.id,
                                          DecisionRequest.status == RequestStatus.OPEN)
            .order_by(DecisionRequest.raised_on)
        ):
            if request.id not in requests:
                _add_item(session, meeting, AgendaKind.DECISION_REQUEST,
                          _title(request.question), project_id=project.id,
                          decision_request_id=request.id)
        if project.id not in follow_ups and _has_due(session, meeting, project.id, previous):
            _add_item(session, meeting, AgendaKind.FOLLOW_UP, project.name,
                      project_id=project.id)
    # 3. Actions of the whole cluster.
    if None not in follow_ups and _has_due(session, meeting, None, previous):
        _add_item(session, meeting, AgendaKind.FOLLOW_UP, "")


def _has_due(session: Session, meeting: Meeting, project_id: str | None,
             since: date | None) -> bool:
    return session.scalar(
        select(SteeringAction.id).where(*_due_actions(meeting, project_id, since)).limit(1)
    ) is not None
