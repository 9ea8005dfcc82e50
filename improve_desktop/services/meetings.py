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

from improve_desktop.domain.steering import (
    AgendaKind,
    AgendaOutcome,
    MeetingState,
    RequestStatus,
)
from improve_desktop.services.agenda import (
    HELD_STATES,
    add_item,
    agenda_title_text,
    build_agenda,
    due_actions,
    iteration_facts,
    previous_meeting_date,
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
    AgendaItemUpdate,
    AttendeeRead,
    DecisionRequestCreate,
    DecisionRequestRead,
    MeetingCreate,
    MeetingRead,
    MeetingRecord,
    MeetingUpdate,
)
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import ClusterMembership, Person, Project
from improve_desktop.store.steering_models import (
    AgendaItem,
    Decision,
    DecisionRequest,
    Meeting,
    MeetingAttendee,
    SteeringAction,
)


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
            build_agenda(session, meeting)
            session.flush()
            result = _read_meetings(session, Meeting.id == meeting.id)[0]
        return Outcome(result, _changed(result.id))

    def build_agenda(self, meeting_id: str) -> Outcome[list[AgendaItemRead]]:
        """Add what is missing to the agenda of a planned meeting (nothing is removed)."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if meeting.state is not MeetingState.PLANNED:
                raise Refused("meeting_held", "the meeting is held; its agenda is kept as it was")
            build_agenda(session, meeting)
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
            row = add_item(session, meeting, values.kind, values.title,
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

    def update_item(self, item_id: str, data: AgendaItemUpdate | dict[str, Any]
                    ) -> Outcome[AgendaItemRead]:
        """Change an agenda item's title, details or notes (only the fields given)."""
        values = validate_input(AgendaItemUpdate, data)
        changes = {key: value for key, value in values.model_dump(exclude_unset=True).items()
                   if value is not None}
        return self._update_item(item_id, changes)

    def set_item_notes(self, item_id: str, notes: str) -> Outcome[AgendaItemRead]:
        return self._update_item(item_id, {"notes": notes.strip()[:20_000]})

    def append_item_note(self, item_id: str, line: str) -> Outcome[AgendaItemRead]:
        """Add a line to the item's notes as they are in the store now (meeting mode's copy
        may be older than an edit made on the meetings page meanwhile)."""
        line = line.strip()

        def appended(item: AgendaItem) -> dict[str, Any]:
            notes = f"{item.notes}\n{line}" if item.notes else line
            return {"notes": notes[:20_000]}

        return self._update_item(item_id, appended)

    def set_item_outcome(self, item_id: str, outcome: AgendaOutcome) -> Outcome[AgendaItemRead]:
        return self._update_item(item_id, {"outcome": outcome})

    def close(self, meeting_id: str) -> Outcome[MeetingRecord]:
        """The meeting is held: items not dealt with are carried to the next meeting."""
        with self._store.write() as session:
            meeting = require(session, Meeting, meeting_id, "meeting")
            if meeting.state is not MeetingState.PLANNED:
                raise Refused("meeting_held", "the meeting is already closed")
            now = utc_now()
            withdrawn = select(DecisionRequest.id).where(
                DecisionRequest.status == RequestStatus.WITHDRAWN)
            for item in session.scalars(select(AgendaItem).where(
                AgendaItem.meeting_id == meeting_id, AgendaItem.outcome == AgendaOutcome.PENDING,
                # A request withdrawn before the meeting was never on it: its item stays
                # pending and hidden (``_agenda``), not "carried over" into the minutes.
                or_(AgendaItem.decision_request_id.is_(None),
                    AgendaItem.decision_request_id.not_in(withdrawn)),
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
                build_agenda(session, later)
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
                    add_item(session, upcoming, AgendaKind.DECISION_REQUEST,
                              agenda_title_text(values.question), project_id=project.id,
                              decision_request_id=row.id)
                    changed.append(upcoming.id)
            session.flush()
            result = read_requests(session, DecisionRequest.id == row.id)[0]
        return Outcome(result, _changed(*changed) | Change.of(EntityKind.DECISION, row.id))

    def withdraw_request(self, request_id: str) -> Outcome[None]:
        """The question is no longer asked: it leaves the open requests and the agendas of
        meetings not yet held (their items stay in the store, hidden; see ``_agenda``)."""
        with self._store.write() as session:
            row = require(session, DecisionRequest, request_id, "decision request")
            if row.status is not RequestStatus.OPEN:
                raise Refused("request_not_open", "only an open decision request can be withdrawn")
            record_edits(session, "request", row, {"status": RequestStatus.WITHDRAWN},
                         by=self._user, when=utc_now())
            planned = session.scalars(
                select(AgendaItem.meeting_id).join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .where(AgendaItem.decision_request_id == request_id,
                       Meeting.state == MeetingState.PLANNED)
            ).all()
        change = Change.of(EntityKind.DECISION, request_id)
        return Outcome(None, change | _changed(*planned) if planned else change)

    # -- helpers --------------------------------------------------------------------------------

    def _update_item(self, item_id: str, changes: dict[str, Any]
                     | Callable[[AgendaItem], dict[str, Any]]) -> Outcome[AgendaItemRead]:
        """``changes``, or what it makes of the item as stored, in the same transaction."""
        with self._store.write() as session:
            item = require(session, AgendaItem, item_id, "agenda item")
            meeting = require(session, Meeting, item.meeting_id, "meeting")
            if meeting.state is MeetingState.APPROVED:
                raise Refused("minutes_approved",
                              "the minutes are approved and are no longer changed")
            if callable(changes):
                changes = changes(item)
            self._edit(session, "agenda_item", meeting, item, changes)
            session.flush()
            result = next(row for row in self._agenda(session, meeting, with_withdrawn=True)
                          if row.id == item_id)
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

    def _agenda(self, session: Session, meeting: Meeting,
                with_withdrawn: bool = False) -> list[AgendaItemRead]:
        items = session.execute(
            select(AgendaItem, Project.code, Project.name)
            .outerjoin(Project, Project.id == AgendaItem.project_id)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        ).all()
        previous = previous_meeting_date(session, meeting)
        today = self._today()
        result = []
        for item, code, name in items:
            values = {column: getattr(item, column) for column in (
                "id", "meeting_id", "position", "kind", "project_id", "title", "details",
                "notes", "outcome", "iteration_id", "decision_request_id", "carried_from_id")}
            values.update(project_code=code or "", project_name=name or "")
            if item.iteration_id:
                values["review"] = iteration_facts(session, item.iteration_id)
            if item.decision_request_id:
                requests = read_requests(session, DecisionRequest.id == item.decision_request_id)
                values["request"] = requests[0] if requests else None
                # Withdrawn before the meeting (its item still pending then): no longer on
                # the agenda, nor in the minutes.
                if (not with_withdrawn and requests and item.outcome is AgendaOutcome.PENDING
                        and requests[0].status is RequestStatus.WITHDRAWN):
                    continue
            if item.kind is AgendaKind.FOLLOW_UP:
                values["due_actions"] = tuple(read_actions(
                    session, *due_actions(meeting, item.project_id, previous), today=today))
            result.append(AgendaItemRead(**values))
        return result


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
