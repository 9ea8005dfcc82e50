"""The tables of steering clusters (revision 0004): meetings, their attendees and agendas,
decision requests, decisions with their backlog links, actions, and the edit history.

Nothing here is deleted by the application: decisions, minutes and actions change status, and
every edit after a meeting is held leaves a ``steering_edit`` row (who, when, field, old, new).
"""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from improve_desktop.domain.steering import (
    ActionSource,
    AgendaKind,
    AgendaOutcome,
    DecisionKind,
    DecisionStatus,
    MeetingState,
    RequestStatus,
    SteeringActionStatus,
)
from improve_desktop.store.base import Base, Entity, UtcDateTime, utc_now
from improve_desktop.store.models import _enum


class Meeting(Entity):
    """A meeting of a steering cluster: planned, held (minutes written), minutes approved."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_cluster_date", "steering_cluster_id", "meeting_date"),)

    steering_cluster_id: Mapped[str] = mapped_column(
        ForeignKey("steering_cluster.id", ondelete="RESTRICT")
    )
    meeting_date: Mapped[date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5), default="")  # "13:00", local time
    place: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[MeetingState] = mapped_column(
        _enum(MeetingState, "meeting_state"), default=MeetingState.PLANNED
    )
    minutes: Mapped[str] = mapped_column(Text, default="")
    # Meeting mode: the agenda item on screen, and the half-typed entry (saved as a draft).
    current_item_id: Mapped[str | None] = mapped_column(String(36))
    draft: Mapped[str] = mapped_column(Text, default="")
    held_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class MeetingAttendee(Entity):
    """Someone at a meeting: a member of the cluster (``person_id``) or a guest (name only)."""

    __tablename__ = "meeting_attendee"

    meeting_id: Mapped[str] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    person_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class DecisionRequest(Entity):
    """A question a project manager puts to the steering group; it lands on the next agenda."""

    __tablename__ = "decision_request"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    raised_by: Mapped[str] = mapped_column(String(200), default="")
    raised_on: Mapped[date] = mapped_column(Date)
    question: Mapped[str] = mapped_column(Text)
    options: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(Text, default="")
    needed_by: Mapped[date | None] = mapped_column(Date)
    status: Mapped[RequestStatus] = mapped_column(
        _enum(RequestStatus, "request_status"), default=RequestStatus.OPEN
    )


class AgendaItem(Entity):
    """One item of a meeting's agenda, in order; not reached, it is carried to the next one."""

    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_position", "meeting_id", "position"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaKind] = mapped_column(_enum(AgendaKind, "agenda_kind"))
    project_id: Mapped[str | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    # What the chair reads out: goal met or not, velocity trend, key figures (a snapshot).
    details: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[AgendaOutcome] = mapped_column(
        _enum(AgendaOutcome, "agenda_outcome"), default=AgendaOutcome.PENDING
    )
    iteration_id: Mapped[str | None] = mapped_column(
        ForeignKey("iteration.id", ondelete="SET NULL"), index=True
    )
    decision_request_id: Mapped[str | None] = mapped_column(
        ForeignKey("decision_request.id", ondelete="SET NULL"), index=True
    )
    carried_from_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )


decision_backlog_item = Table(
    "decision_backlog_item",
    Base.metadata,
    Column("decision_id", ForeignKey("decision.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "item_id", ForeignKey("backlog_item.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Decision(Entity):
    """A decision of a steering cluster, numbered per cluster and year (``SK-2026-014``)."""

    __tablename__ = "decision"
    __table_args__ = (
        UniqueConstraint("steering_cluster_id", "year", "number"),
        CheckConstraint("number >= 1", name="number"),
        Index("ix_decision_decided_on", "decided_on"),
    )

    steering_cluster_id: Mapped[str] = mapped_column(
        ForeignKey("steering_cluster.id", ondelete="RESTRICT")
    )
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(30), unique=True)
    project_id: Mapped[str | None] = mapped_column(  # None: the whole cluster
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    decision_request_id: Mapped[str | None] = mapped_column(
        ForeignKey("decision_request.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[DecisionKind] = mapped_column(
        _enum(DecisionKind, "decision_kind"), default=DecisionKind.APPROVE
    )
    status: Mapped[DecisionStatus] = mapped_column(
        _enum(DecisionStatus, "decision_status"), default=DecisionStatus.DECIDED
    )
    superseded_by_id: Mapped[str | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), index=True
    )
    owner: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    review_on: Mapped[date | None] = mapped_column(Date)


class SteeringAction(Entity):
    """Something someone is to do, from a meeting, a decision or a retrospective."""

    __tablename__ = "steering_action"
    __table_args__ = (Index("ix_steering_action_cluster_status", "steering_cluster_id", "status"),)

    steering_cluster_id: Mapped[str] = mapped_column(
        ForeignKey("steering_cluster.id", ondelete="RESTRICT")
    )
    project_id: Mapped[str | None] = mapped_column(
        ForeignKey("project.id", ondelete="RESTRICT"), index=True
    )
    source: Mapped[ActionSource] = mapped_column(
        _enum(ActionSource, "action_source"), default=ActionSource.MEETING
    )
    meeting_id: Mapped[str | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    agenda_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    decision_id: Mapped[str | None] = mapped_column(
        ForeignKey("decision.id", ondelete="RESTRICT"), index=True
    )
    retro_action_id: Mapped[str | None] = mapped_column(
        ForeignKey("retro_action.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[SteeringActionStatus] = mapped_column(
        _enum(SteeringActionStatus, "steering_action_status"), default=SteeringActionStatus.OPEN
    )
    done_on: Mapped[date | None] = mapped_column(Date)
    backlog_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("backlog_item.id", ondelete="SET NULL"), index=True
    )


class SteeringEdit(Entity):
    """One field changed on a decision, action, meeting or agenda item: who, when, old, new."""

    __tablename__ = "steering_edit"
    __table_args__ = (Index("ix_steering_edit_entity_time", "entity_id", "edited_at"),)

    entity_kind: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    edited_by: Mapped[str] = mapped_column(String(200), default="")
    edited_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
