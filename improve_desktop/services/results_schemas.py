"""Pydantic schemas of the results follow-up: strict inputs, frozen reads."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from improve_desktop.domain.results import (
    CostCategory,
    Direction,
    Gender,
    IndicatorStatus,
    LogicLevel,
)
from improve_desktop.services.schemas import (
    EntityId,
    InputSchema,
    LongText,
    ReadSchema,
    ShortText,
    Title,
)

Unit = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)]
Figure = Annotated[float, Field(ge=-1e12, le=1e12, allow_inf_nan=False)]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Money = Annotated[int, Field(ge=0, le=10_000_000_000)]
# Enums are accepted by value too ("activity"), as a file or a dialog gives them.
Level = Annotated[LogicLevel, Field(strict=False)]
DirectionIn = Annotated[Direction, Field(strict=False)]
CategoryIn = Annotated[CostCategory, Field(strict=False)]
GenderIn = Annotated[Gender, Field(strict=False)]
Source = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

# -- inputs -------------------------------------------------------------------------------------


class NodeCreate(InputSchema):
    project_id: EntityId
    level: Level
    title: Title
    description: LongText = ""
    parent_id: EntityId | None = None


class NodeUpdate(InputSchema):
    title: Title | None = None
    description: LongText | None = None
    parent_id: EntityId | None = None
    clear_parent: bool = False


class IndicatorCreate(InputSchema):
    project_id: EntityId
    name: Title
    unit: Unit = ""
    node_id: EntityId | None = None
    key: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    baseline: Figure | None = None
    target: Figure | None = None
    direction: DirectionIn = Direction.HIGHER_IS_BETTER
    source: ShortText = ""


class IndicatorUpdate(InputSchema):
    name: Title | None = None
    unit: Unit | None = None
    node_id: EntityId | None = None
    clear_node: bool = False
    baseline: Figure | None = None
    target: Figure | None = None
    direction: DirectionIn | None = None
    source: ShortText | None = None


class MeasurementInput(InputSchema):
    """A value for an iteration (its last day is the date) or for a date."""

    value: Figure
    iteration_id: EntityId | None = None
    measured_on: date | None = None
    note: LongText = ""


class ReferenceInput(InputSchema):
    value: Figure
    source: Source
    period: ShortText = ""


class BudgetLineInput(InputSchema):
    project_id: EntityId
    period_start: date
    period_end: date
    category: CategoryIn
    planned_sek: Money = 0
    actual_sek: Money | None = None


class ParticipantRow(InputSchema):
    """One row of aggregated participant figures, as a SUS export gives them."""

    period_start: date
    period_end: date
    gender: GenderIn
    age_band: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10)]
    started: Count = 0
    ended: Count = 0
    exit_work: Count = 0
    exit_studies: Count = 0
    exit_job_seeking: Count = 0
    exit_other: Count = 0
    exit_not_known: Count = 0


# -- reads --------------------------------------------------------------------------------------


class NodeRead(ReadSchema):
    id: str
    project_id: str
    level: LogicLevel
    title: str
    description: str
    parent_id: str | None
    position: int
    method_ids: tuple[str, ...] = ()
    item_ids: tuple[str, ...] = ()
    indicator_ids: tuple[str, ...] = ()


class LogicModelRead(ReadSchema):
    project_id: str
    nodes: tuple[NodeRead, ...]  # level by level, in position order

    def at(self, level: LogicLevel) -> tuple[NodeRead, ...]:
        return tuple(node for node in self.nodes if node.level is level)


class MeasurementRead(ReadSchema):
    id: str
    indicator_id: str
    iteration_id: str | None
    iteration_number: int | None
    measured_on: date
    value: float
    note: str


class ReferenceRead(ReadSchema):
    id: str
    indicator_id: str
    value: float
    source: str
    period: str


class IndicatorRead(ReadSchema):
    id: str
    project_id: str
    node_id: str | None
    key: str
    name: str
    unit: str
    baseline: float | None
    target: float | None
    direction: Direction
    source: str
    position: int


class IndicatorSnapshot(ReadSchema):
    """All of a deleted indicator, so that undo can bring it back under the same ids."""

    indicator: IndicatorRead
    measurements: tuple[MeasurementRead, ...] = ()
    references: tuple[ReferenceRead, ...] = ()


class NodeSnapshot(ReadSchema):
    """A deleted node with what pointed at it: the nodes linked up to it, the indicators
    measuring it, and its method and item links."""

    node: NodeRead
    child_ids: tuple[str, ...] = ()


class IndicatorProgress(ReadSchema):
    """An indicator with its measurements, latest value and status against its target."""

    indicator: IndicatorRead
    measurements: tuple[MeasurementRead, ...]
    references: tuple[ReferenceRead, ...]
    latest: float | None
    status: IndicatorStatus
    expected_share: float


class ParticipantFigureRead(ReadSchema):
    id: str
    project_id: str
    period_start: date
    period_end: date
    gender: Gender
    age_band: str
    started: int
    ended: int
    exit_work: int
    exit_studies: int
    exit_job_seeking: int
    exit_other: int
    exit_not_known: int
    source: str
    # Kept so that an undone import puts the rows back exactly, times included.
    created_at: datetime | None = None
    updated_at: datetime | None = None


class FigureKey(ReadSchema):
    """What identifies a participant figure within its project (the unique constraint)."""

    period_start: date
    gender: Gender
    age_band: str


class FigureReplacement(ReadSchema):
    """What ``replace_figures`` wrote and what it replaced, so that undo can put it back:
    ``keys`` are the keys written, ``previous`` the rows stored under them before (a key that
    was new has none). ``rows`` and ``source`` are what was written, for a redo."""

    count: int
    keys: tuple[FigureKey, ...]
    previous: tuple[ParticipantFigureRead, ...]
    rows: tuple[ParticipantRow, ...]
    source: str


class ParticipantPeriod(ReadSchema):
    """One period's totals, and the same by gender and by age band (raw counts)."""

    period_start: date
    period_end: date
    started: int
    ended: int
    exits: dict[str, int]  # exit status → count
    started_by_gender: dict[str, int]
    ended_by_gender: dict[str, int]
    started_by_age: dict[str, int]
    ended_by_age: dict[str, int]


class BudgetLineRead(ReadSchema):
    id: str
    project_id: str
    period_start: date
    period_end: date
    category: CategoryIn
    planned_sek: int
    actual_sek: int | None


class BudgetPeriodRead(ReadSchema):
    period_start: date
    period_end: date
    planned_sek: int
    actual_sek: int | None
    cumulative_planned: int
    cumulative_actual: int
    under_way: bool = False  # today falls in the period: its actual cost is "so far"


class BudgetSummary(ReadSchema):
    project_id: str
    total_budget: int
    lines: tuple[BudgetLineRead, ...]
    periods: tuple[BudgetPeriodRead, ...]
    planned_to_date: int
    spent_to_date: int
    burn_rate_per_month: float
    forecast_at_end: int
    variance_at_end: int
    spent_share: float
    time_share: float
    project_end: date


class GroupRead(ReadSchema):
    iterations: int
    projects: int
    mean_change: float | None
    mean_level: float | None


class IndicatorComparisonRead(ReadSchema):
    key: str
    name: str
    unit: str
    direction: Direction
    used: GroupRead
    not_used: GroupRead
    difference: float | None
    reference: float | None
    reference_sources: tuple[str, ...]
    too_few: bool


class MethodUsage(ReadSchema):
    project_id: str
    project_code: str
    iteration_numbers: tuple[int, ...]
    points: int


class MethodResultRead(ReadSchema):
    method_id: str
    code: str
    name_sv: str
    name_en: str
    projects: int
    iterations: int
    effort_points: int
    first_start: date | None
    last_end: date | None
    usage: tuple[MethodUsage, ...]
    comparisons: tuple[IndicatorComparisonRead, ...]
    too_few: bool
