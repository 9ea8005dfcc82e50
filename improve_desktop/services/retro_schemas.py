"""Pydantic schemas of retrospectives and the lessons library: strict inputs, frozen reads."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field, StringConstraints

from improve_desktop.domain.retrospectives import (
    DEFAULT_VOTE_BUDGET,
    ActionReview,
    ActionStatus,
    RetroFormat,
)
from improve_desktop.services.schemas import (
    EntityId,
    InputSchema,
    LongText,
    ReadSchema,
    ShortText,
    Title,
)

NoteText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Initials = Annotated[str, StringConstraints(strip_whitespace=True, max_length=10)]
Voter = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
Tags = Annotated[tuple[Tag, ...], Field(max_length=20)]
VoteBudget = Annotated[int, Field(ge=1, le=20)]


# -- inputs -------------------------------------------------------------------------------------


class RetrospectiveCreate(InputSchema):
    iteration_id: EntityId
    format: RetroFormat
    held_on: date | None = None  # None: the iteration's last day
    facilitator: ShortText = ""
    vote_budget: VoteBudget = DEFAULT_VOTE_BUDGET


class NoteCreate(InputSchema):
    column_key: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)]
    text: NoteText
    author_initials: Initials = ""
    tags: Tags = ()


class NoteUpdate(InputSchema):
    """A partial edit of a note: only the fields given change."""

    column_key: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] | None = (
        None
    )
    text: NoteText | None = None
    author_initials: Initials | None = None
    tags: Tags | None = None


class ActionCreate(InputSchema):
    text: NoteText
    owner: ShortText = ""
    due_on: date | None = None
    note_id: EntityId | None = None


class ActionUpdate(InputSchema):
    text: NoteText | None = None
    owner: ShortText | None = None
    due_on: date | None = None
    clear_due_on: bool = False
    status: ActionStatus | None = None


class ActionReviewInput(InputSchema):
    """What this retrospective decided about one action of the one before."""

    decision: ActionReview
    reason: LongText = ""


class LessonCreate(InputSchema):
    title: Title
    text: LongText = ""
    # Context: given a project, the organisation and locality default to the project's owner.
    project_id: EntityId | None = None
    organisation_id: EntityId | None = None
    locality: ShortText | None = None
    method_ids: tuple[EntityId, ...] = ()
    target_groups: Tags = ()
    themes: Tags = ()
    learned_on: date | None = None
    source_note_id: EntityId | None = None


class LessonUpdate(InputSchema):
    title: Title | None = None
    text: LongText | None = None
    locality: ShortText | None = None
    method_ids: tuple[EntityId, ...] | None = None
    target_groups: Tags | None = None
    themes: Tags | None = None
    learned_on: date | None = None


class LessonQuery(InputSchema):
    """A library search: words (each a prefix, all must match) and optional filters."""

    text: Annotated[str, StringConstraints(max_length=500)] = ""
    locality: ShortText | None = None
    method_id: EntityId | None = None
    tag: ShortText | None = None
    project_id: EntityId | None = None
    learned_from: date | None = None
    learned_to: date | None = None
    limit: Annotated[int, Field(ge=1, le=1000)] = 50


# -- reads --------------------------------------------------------------------------------------


class RetrospectiveRead(ReadSchema):
    id: str
    iteration_id: str
    project_id: str
    iteration_number: int
    format: RetroFormat
    columns: tuple[str, ...]
    held_on: date
    facilitator: str
    vote_budget: int


class NoteRead(ReadSchema):
    id: str
    retrospective_id: str
    column_key: str
    text: str
    votes: int
    author_initials: str
    group_name: str
    is_lesson: bool
    tags: tuple[str, ...]


class ActionRead(ReadSchema):
    id: str
    retrospective_id: str
    note_id: str | None
    text: str
    owner: str
    due_on: date | None
    status: ActionStatus
    carried_from_id: str | None
    review_note: str
    backlog_item_id: str | None
    # The action of a later retrospective that carries this one forward, if any.
    carried_to_id: str | None = None


class RetrospectiveBoard(ReadSchema):
    """Everything a retrospective shows: last time's actions first, then notes and actions."""

    retrospective: RetrospectiveRead
    previous_actions: tuple[ActionRead, ...]
    notes: tuple[NoteRead, ...]
    actions: tuple[ActionRead, ...]


class LessonRead(ReadSchema):
    id: str
    title: str
    text: str
    project_id: str | None
    project_code: str
    project_name: str
    organisation_id: str | None
    organisation_name: str
    locality: str
    method_ids: tuple[str, ...]
    target_groups: tuple[str, ...]
    themes: tuple[str, ...]
    learned_on: date
    source_note_id: str | None
    # Where it came from: the retrospective of this iteration, when it was a note.
    source_iteration_number: int | None = None


class LessonHit(ReadSchema):
    lesson: LessonRead
    score: float
