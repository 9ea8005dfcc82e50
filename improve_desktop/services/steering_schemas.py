"""Pydantic schemas of steering clusters: meetings, agendas, decisions, actions, requests."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from improve_desktop.domain.enums import GoalOutcome
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
from improve_desktop.services.schemas import (
    EntityId,
    InputSchema,
    LongText,
    ReadSchema,
    ShortText,
    Title,
)

EntryText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
ClockTime = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^(\d{2}:\d{2})?$")]
GuestNames = Annotated[tuple[ShortText, ...], Field(max_length=50)]


# -- inputs -------------------------------------------------------------------------------------


class MeetingCreate(InputSchema):
    steering_cluster_id: EntityId
    meeting_date: date
    start_time: ClockTime = ""
    place: ShortText = ""
    guests: GuestNames = ()


class MeetingUpdate(InputSchema):
    meeting_date: date | None = None
    start_time: ClockTime | None = None
    place: ShortText | None = None
    minutes: LongText | None = None


class AgendaItemCreate(InputSchema):
    kind: AgendaKind = AgendaKind.INFORMATION
    title: Title
    project_id: EntityId | None = None
    details: LongText = ""


class AgendaItemUpdate(InputSchema):
    """A partial edit of an agenda item; after the meeting each change is in the history."""

    title: Title | None = None
    details: LongText | None = None
    notes: LongText | None = None


class DecisionCreate(InputSchema):
    """A decision; in a meeting, the title alone is enough (the rest can follow)."""

    title: Title
    steering_cluster_id: EntityId | None = None  # None: the meeting's, or the project's
    project_id: EntityId | None = None
    meeting_id: EntityId | None = None
    agenda_item_id: EntityId | None = None
    decision_request_id: EntityId | None = None
    text: LongText = ""
    rationale: LongText = ""
    kind: DecisionKind = DecisionKind.APPROVE
    status: DecisionStatus = DecisionStatus.DECIDED
    owner: ShortText = ""
    decided_on: date | None = None  # None: the meeting's date, else today
    due_on: date | None = None
    review_on: date | None = None


class DecisionUpdate(InputSchema):
    """A partial edit: only the fields given change; each change is kept in the history."""

    title: Title | None = None
    text: LongText | None = None
    rationale: LongText | None = None
    kind: DecisionKind | None = None
    status: DecisionStatus | None = None
    owner: ShortText | None = None
    project_id: EntityId | None = None
    due_on: date | None = None
    review_on: date | None = None
    clear_due_on: bool = False
    clear_review_on: bool = False


class SteeringActionCreate(InputSchema):
    text: EntryText
    steering_cluster_id: EntityId | None = None
    project_id: EntityId | None = None
    meeting_id: EntityId | None = None
    agenda_item_id: EntityId | None = None
    decision_id: EntityId | None = None
    retro_action_id: EntityId | None = None
    owner: ShortText = ""
    due_on: date | None = None


class SteeringActionUpdate(InputSchema):
    text: EntryText | None = None
    owner: ShortText | None = None
    due_on: date | None = None
    clear_due_on: bool = False
    status: SteeringActionStatus | None = None
    backlog_item_id: EntityId | None = None


class DecisionRequestCreate(InputSchema):
    project_id: EntityId
    question: EntryText
    options: LongText = ""
    recommendation: LongText = ""
    raised_by: ShortText = ""
    needed_by: date | None = None
    raised_on: date | None = None


class DecisionFilter(InputSchema):
    """The decision log's filters; empty fields do not filter."""

    cluster_id: EntityId | None = None
    project_id: EntityId | None = None
    status: DecisionStatus | None = None
    kind: DecisionKind | None = None
    owner: ShortText = ""
    decided_from: date | None = None
    decided_to: date | None = None
    text: Annotated[str, StringConstraints(max_length=500)] = ""
    attention_only: bool = False  # overdue or past the review date


# -- reads --------------------------------------------------------------------------------------


class AttendeeRead(ReadSchema):
    id: str
    person_id: str | None
    name: str
    is_guest: bool
    present: bool


class MeetingRead(ReadSchema):
    id: str
    steering_cluster_id: str
    cluster_code: str
    cluster_name: str
    meeting_date: date
    start_time: str
    place: str
    state: MeetingState
    minutes: str
    current_item_id: str | None
    draft: str
    held_at: datetime | None
    decisions: int = 0
    actions: int = 0


class IterationFacts(ReadSchema):
    """What an iteration-review item shows: the goal and how it went, and the velocity trend."""

    iteration_id: str
    number: int
    goal: str
    goal_outcome: GoalOutcome | None
    goal_comment: str
    committed_points: int | None
    completed_points: int | None
    start_date: date
    end_date: date
    # Completed points of the last closed iterations, oldest first (the trend).
    velocity: tuple[int, ...]


class DecisionRequestRead(ReadSchema):
    id: str
    project_id: str
    project_code: str
    project_name: str
    raised_by: str
    raised_on: date
    question: str
    options: str
    recommendation: str
    needed_by: date | None
    status: RequestStatus


class SteeringActionRead(ReadSchema):
    id: str
    steering_cluster_id: str
    cluster_code: str
    project_id: str | None
    project_code: str
    source: ActionSource
    meeting_id: str | None
    agenda_item_id: str | None
    decision_id: str | None
    decision_reference: str
    retro_action_id: str | None
    text: str
    owner: str
    due_on: date | None
    status: SteeringActionStatus
    done_on: date | None
    backlog_item_id: str | None
    overdue: bool = False
    created_at: datetime | None = None


class AgendaItemRead(ReadSchema):
    id: str
    meeting_id: str
    position: int
    kind: AgendaKind
    project_id: str | None
    project_code: str
    project_name: str
    title: str
    details: str
    notes: str
    outcome: AgendaOutcome
    iteration_id: str | None
    decision_request_id: str | None
    carried_from_id: str | None
    review: IterationFacts | None = None
    request: DecisionRequestRead | None = None
    due_actions: tuple[SteeringActionRead, ...] = ()


class DecisionRead(ReadSchema):
    id: str
    reference: str
    steering_cluster_id: str
    cluster_code: str
    project_id: str | None
    project_code: str
    project_name: str
    meeting_id: str | None
    agenda_item_id: str | None
    decision_request_id: str | None
    title: str
    text: str
    rationale: str
    kind: DecisionKind
    status: DecisionStatus
    superseded_by_id: str | None
    superseded_by_reference: str
    owner: str
    decided_on: date
    due_on: date | None
    review_on: date | None
    overdue: bool = False
    review_due: bool = False
    backlog_item_ids: tuple[str, ...] = ()
    created_at: datetime | None = None


class EditRead(ReadSchema):
    entity_kind: str
    entity_id: str
    field: str
    old_value: str
    new_value: str
    edited_by: str
    edited_at: datetime


class MeetingRecord(ReadSchema):
    """A whole meeting: attendees, agenda, the decisions and actions recorded in it."""

    meeting: MeetingRead
    attendees: tuple[AttendeeRead, ...]
    agenda: tuple[AgendaItemRead, ...]
    decisions: tuple[DecisionRead, ...]
    actions: tuple[SteeringActionRead, ...]


class OpenFollowUp(ReadSchema):
    """A project's (or cluster's) open decisions and actions, for the overview."""

    decisions: tuple[DecisionRead, ...]
    actions: tuple[SteeringActionRead, ...]
