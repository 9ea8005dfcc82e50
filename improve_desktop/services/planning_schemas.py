"""Schemas of planning (revision 0002): iterations, burndown, velocity history, backlog items.

Kept apart from services/schemas.py, which the first screen needs: these load with the
planning services, when a planning view is first opened.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, field_validator

from improve_desktop.domain.enums import GoalOutcome, ItemKind, ItemStatus
from improve_desktop.services.schemas import (
    EntityId,
    InputSchema,
    IterationRead,
    LongText,
    ReadSchema,
    ShortText,
    Title,
    end_not_before_start,
)

# -- planning: iterations, burndown, velocity ---------------------------------------------------


class IterationCreate(InputSchema):
    """A new iteration; what is left out is filled from the project's defaults."""

    project_id: EntityId
    goal: LongText = ""
    name: ShortText = ""
    capacity_points: Annotated[int, Field(ge=0, le=10_000)] | None = None
    start_date: date | None = None
    end_date: date | None = None

    _check_end = field_validator("end_date")(
        lambda cls, end, info: end if end is None else end_not_before_start(end, info)
    )


class IterationUpdate(InputSchema):
    goal: LongText | None = None
    name: ShortText | None = None
    capacity_points: Annotated[int, Field(ge=0, le=10_000)] | None = None


class IterationDefaults(ReadSchema):
    """What 'new iteration' proposes: next number, dates after the last one, a capacity."""

    number: int
    name: str
    start_date: date
    end_date: date
    capacity_points: int


class CarryOver(StrEnum):
    BACKLOG = "backlog"
    NEXT_ITERATION = "next_iteration"


class IterationClose(InputSchema):
    carry_over: CarryOver = CarryOver.BACKLOG
    goal_outcome: GoalOutcome
    goal_comment: LongText = ""


class IterationCloseResult(ReadSchema):
    iteration: IterationRead
    carried_item_ids: tuple[str, ...]
    next_iteration: IterationRead | None  # where items went, when they went to the next one
    # True when the close created next_iteration, so that undoing the close removes it again.
    next_iteration_created: bool = False


class BurndownDay(ReadSchema):
    day: date
    remaining: int | None  # None for days after today in an active iteration
    ideal: float


class BurndownRead(ReadSchema):
    iteration: IterationRead
    days: tuple[BurndownDay, ...]
    scope_added: int  # points added to the iteration after it started
    scope_removed: int  # points taken out after it started


class VelocityHistoryPoint(ReadSchema):
    number: int
    name: str
    committed: int
    completed: int
    rolling_average: float | None  # completed, averaged over this and the two before


class VelocityHistory(ReadSchema):
    points: tuple[VelocityHistoryPoint, ...]


# -- planning: the backlog ----------------------------------------------------------------------

Estimate = Annotated[int, Field(ge=0, le=1000)]


class BacklogItemCreate(InputSchema):
    project_id: EntityId
    title: Title
    kind: ItemKind = ItemKind.STORY
    estimate_points: Estimate | None = None
    description: LongText = ""
    acceptance_criteria: LongText = ""
    iteration_id: EntityId | None = None
    method_ids: tuple[EntityId, ...] = ()
    # Where the new item goes: after this item, or at the top/bottom of the backlog.
    after_item_id: EntityId | None = None
    at_top: bool = False


class BacklogItemUpdate(InputSchema):
    """A partial edit: only the fields given change."""

    title: Title | None = None
    kind: ItemKind | None = None
    estimate_points: Estimate | None = None
    clear_estimate: bool = False
    description: LongText | None = None
    acceptance_criteria: LongText | None = None
    method_ids: tuple[EntityId, ...] | None = None


class BacklogItemRead(ReadSchema):
    """One row of the backlog; built without per-row validation for speed (trusted store data)."""

    id: str
    project_id: str
    iteration_id: str | None
    iteration_number: int | None
    rank: str
    title: str
    description: str
    kind: ItemKind
    status: ItemStatus
    estimate_points: int | None
    acceptance_criteria: str
    done_on: date | None
    method_ids: tuple[str, ...]


class ItemPlacement(ReadSchema):
    """Where an item was: enough to put it back on undo."""

    item_id: str
    rank: str
    iteration_id: str | None
    status: ItemStatus
    done_on: date | None = None


class ItemSnapshot(ReadSchema):
    """A deleted item with everything needed to restore it exactly."""

    item: dict[str, Any]
    method_ids: tuple[str, ...]
    history: tuple[dict[str, Any], ...]


class WipLimit(ReadSchema):
    status: ItemStatus
    wip_limit: int | None
