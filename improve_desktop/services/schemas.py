"""Pydantic schemas at the service boundary: strict inputs, frozen read models."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from improve_desktop.domain.enums import (
    ClusterRole,
    GoalOutcome,
    ItemKind,
    ItemStatus,
    IterationState,
    ProjectStatus,
)
from improve_desktop.services.errors import ValidationFailed

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


def _upper(value: object) -> object:
    return value.strip().upper() if isinstance(value, str) else value


# Short codes such as "SKE-VV": letters, digits and hyphens, stored in upper case.
Code = Annotated[
    str,
    BeforeValidator(_upper),
    StringConstraints(min_length=2, max_length=16, pattern=r"^[A-Z0-9ÅÄÖ][A-Z0-9ÅÄÖ\-]*$"),
]
EntityId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=36)]


class InputSchema(BaseModel):
    """Base of every input: strict types, no unknown fields, surrounding whitespace removed."""

    model_config = ConfigDict(
        strict=True, extra="forbid", str_strip_whitespace=True, defer_build=True
    )


class ReadSchema(BaseModel):
    """Base of every output: built from ORM rows, immutable, nothing lazy inside."""

    # Validators are built on first use, which keeps them out of the application's start-up.
    model_config = ConfigDict(from_attributes=True, frozen=True, defer_build=True)


InputT = TypeVar("InputT", bound=InputSchema)


def validate_input(schema: type[InputT], data: InputT | dict[str, Any]) -> InputT:
    """Accept a schema instance or a plain dict; raise ValidationFailed with field messages."""
    if isinstance(data, schema):
        return data
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        raise ValidationFailed.from_pydantic(error) from None


def end_not_before_start(end: date, info: ValidationInfo) -> date:
    start = info.data.get("start_date")
    if isinstance(start, date) and end < start:
        raise PydanticCustomError("end_before_start", "must be on or after the start date")
    return end


# -- inputs -------------------------------------------------------------------------------------


class OrganisationCreate(InputSchema):
    name: Name
    locality: ShortText = ""


class PersonCreate(InputSchema):
    name: Name
    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)] = ""
    affiliation: ShortText = ""
    organisation_id: EntityId | None = None


class ClusterCreate(InputSchema):
    code: Code
    name: Name
    organisation_id: EntityId
    description: LongText = ""


class ProjectCreate(InputSchema):
    code: Code
    name: Name
    owner_organisation_id: EntityId
    steering_cluster_id: EntityId | None = None
    manager_id: EntityId | None = None
    programme_area: ShortText = ""
    start_date: date
    end_date: date
    budget_sek: Annotated[int, Field(ge=0, le=10_000_000_000)] = 0
    purpose: LongText = ""
    iteration_length_days: Annotated[int, Field(ge=5, le=42)] = 14
    status: ProjectStatus = ProjectStatus.PLANNED

    _check_end = field_validator("end_date")(end_not_before_start)


# -- read schemas -------------------------------------------------------------------------------


class OrganisationRead(ReadSchema):
    id: str
    name: str
    locality: str


class PersonRead(ReadSchema):
    id: str
    name: str
    email: str
    affiliation: str
    organisation_id: str | None


class MembershipRead(ReadSchema):
    person: PersonRead
    role: ClusterRole


class ClusterRead(ReadSchema):
    id: str
    code: str
    name: str
    description: str
    organisation_id: str


class ProjectRead(ReadSchema):
    id: str
    code: str
    name: str
    owner_organisation_id: str
    steering_cluster_id: str | None
    manager_id: str | None
    programme_area: str
    start_date: date
    end_date: date
    budget_sek: int
    purpose: str
    iteration_length_days: int
    status: ProjectStatus


class IterationRead(ReadSchema):
    id: str
    project_id: str
    number: int
    name: str
    goal: str
    start_date: date
    end_date: date
    capacity_points: int
    state: IterationState
    committed_points: int | None
    completed_points: int | None
    goal_outcome: GoalOutcome | None
    goal_comment: str
    started_at: datetime | None = None
    closed_at: datetime | None = None


class MethodRead(ReadSchema):
    id: str
    code: str
    name_sv: str
    name_en: str
    description: str


class StatusCount(ReadSchema):
    status: ItemStatus
    items: int
    points: int


class KindCount(ReadSchema):
    kind: ItemKind
    items: int


class VelocityPoint(ReadSchema):
    number: int
    name: str
    start_date: date
    end_date: date
    committed: int
    completed: int
    goal_outcome: GoalOutcome | None


class VelocityRead(ReadSchema):
    points: tuple[VelocityPoint, ...]
    average_completed: float | None
    completion_ratio: float | None
    trend: str


class ProjectOverview(ReadSchema):
    """Everything the project overview page shows, read in one session."""

    project: ProjectRead
    owner: OrganisationRead
    cluster: ClusterRead | None
    manager: PersonRead | None
    current_iteration: IterationRead | None
    current_counts: tuple[StatusCount, ...]  # items of the current iteration by status
    backlog_counts: tuple[StatusCount, ...]  # the whole project by status
    iteration_count: int
    velocity: VelocityRead


class ProjectSummary(ReadSchema):
    """A project as listed in navigation and on the command line."""

    id: str
    code: str
    name: str
    status: ProjectStatus
    start_date: date
    end_date: date
    owner_organisation: str
    steering_cluster: str | None
    iterations: int
    items: int


class ProjectNode(ReadSchema):
    """A project as the navigation tree shows it: cheap to read for hundreds of projects."""

    id: str
    code: str
    name: str
    status: ProjectStatus


class ClusterNode(ReadSchema):
    cluster: ClusterRead
    projects: tuple[ProjectNode, ...]


class OrganisationNode(ReadSchema):
    organisation: OrganisationRead
    clusters: tuple[ClusterNode, ...]
    projects_without_cluster: tuple[ProjectNode, ...]


class IterationListing(ReadSchema):
    """An iteration as listed on the command line, with its project code."""

    project_code: str
    number: int
    name: str
    state: IterationState
    start_date: date
    end_date: date
    capacity_points: int
    committed_points: int | None
    completed_points: int | None
    goal: str


class DatabaseSummary(ReadSchema):
    organisations: int
    clusters: int
    projects: int
    iterations: int
    items: int
    created_at: datetime | None = None
