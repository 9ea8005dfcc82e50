"""Projects: creation, listings, the navigation tree and the overview page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.domain.velocity import IterationPoints, summarise_velocity
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import FieldError, NotFound, ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.schemas import (
    ClusterNode,
    ClusterRead,
    IterationListing,
    IterationRead,
    OrganisationNode,
    OrganisationRead,
    PersonRead,
    ProjectCreate,
    ProjectNode,
    ProjectOverview,
    ProjectRead,
    ProjectSummary,
    ReadSchema,
    StatusCount,
    VelocityPoint,
    VelocityRead,
    validate_input,
)
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    BacklogItem,
    Iteration,
    Organisation,
    Person,
    Project,
    SteeringCluster,
)


class ProjectService:
    """Create projects and read what the navigation, overview and command line show."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def create_project(self, data: ProjectCreate | dict[str, Any]) -> Outcome[ProjectRead]:
        try:
            values = validate_input(ProjectCreate, data)
        except ValidationFailed as failure:
            # Report a taken code together with the other problems, not in a second round.
            raw_code = data.get("code") if isinstance(data, dict) else None
            if isinstance(raw_code, str) and not any(e.field == "code" for e in failure.errors):
                with self._store.read() as session:
                    if _code_taken(session, raw_code):
                        raise ValidationFailed([_DUPLICATE_CODE, *failure.errors]) from None
            raise
        with self._store.write() as session:
            errors = []
            if _code_taken(session, values.code):
                errors.append(_DUPLICATE_CODE)
            if session.get(Organisation, values.owner_organisation_id) is None:
                errors.append(FieldError("owner_organisation_id", "unknown", "no such organisation"))
            if values.steering_cluster_id and session.get(
                SteeringCluster, values.steering_cluster_id
            ) is None:
                errors.append(FieldError("steering_cluster_id", "unknown", "no such steering cluster"))
            if values.manager_id and session.get(Person, values.manager_id) is None:
                errors.append(FieldError("manager_id", "unknown", "no such person"))
            if errors:
                raise ValidationFailed(errors)
            row = Project(**values.model_dump())
            session.add(row)
            session.flush()
            result = ProjectRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.PROJECT, result.id))

    def get_project(self, project_id: str) -> ProjectRead:
        with self._store.read() as session:
            row = require(session, Project, project_id, "project")
            return ProjectRead.model_validate(row)

    def find_project_id(self, code: str) -> str:
        with self._store.read() as session:
            project_id = session.scalar(select(Project.id).where(Project.code == code.upper()))
        if project_id is None:
            raise NotFound("project", code)
        return project_id

    def count_projects(self) -> int:
        with self._store.read() as session:
            return session.scalar(select(func.count()).select_from(Project)) or 0

    def list_projects(self) -> list[ProjectSummary]:
        with self._store.read() as session:
            return _project_summaries(session)

    # The navigation tree and the overview are the first screen's reads. They are Core
    # statements on the tables, not ORM queries: the first ORM query configures every mapper
    # (about 16 ms), which can then wait until the window has been drawn. Fewer statements
    # compile too (each one's first compilation costs a few ms).

    def navigation_tree(self) -> list[OrganisationNode]:
        """Organisation → steering cluster → project, for the navigation pane."""
        project, cluster, organisation = _PROJECT, _CLUSTER, _ORGANISATION
        with self._store.read() as session:
            rows = session.execute(
                select(project.c.id, project.c.code, project.c.name, project.c.status,
                       project.c.steering_cluster_id, project.c.owner_organisation_id)
                .order_by(project.c.code)
            ).all()
            clusters = [
                ClusterRead.model_validate(row)
                for row in session.execute(select(*_columns(cluster, ClusterRead))
                                           .order_by(cluster.c.name))
            ]
            organisations = [
                OrganisationRead.model_validate(row)
                for row in session.execute(select(*_columns(organisation, OrganisationRead))
                                           .order_by(organisation.c.name))
            ]
        by_cluster: dict[str, list[ProjectNode]] = defaultdict(list)
        unclustered: dict[str, list[ProjectNode]] = defaultdict(list)
        for project_id, code, name, status, cluster_id, owner_id in rows:
            node = ProjectNode(id=project_id, code=code, name=name, status=status)
            if cluster_id:
                by_cluster[cluster_id].append(node)
            else:
                unclustered[owner_id].append(node)
        clusters_of: dict[str, list[ClusterNode]] = defaultdict(list)
        for cluster_read in clusters:
            clusters_of[cluster_read.organisation_id].append(
                ClusterNode(cluster=cluster_read, projects=tuple(by_cluster[cluster_read.id]))
            )
        return [
            OrganisationNode(
                organisation=organisation_read,
                clusters=tuple(clusters_of[organisation_read.id]),
                projects_without_cluster=tuple(unclustered[organisation_read.id]),
            )
            for organisation_read in organisations
        ]

    def overview(self, project_id: str) -> ProjectOverview:
        project, iteration, item = _PROJECT, _ITERATION, _ITEM
        with self._store.read() as session:
            project_row = session.execute(
                select(*_columns(project, ProjectRead)).where(project.c.id == project_id)
            ).one_or_none()
            if project_row is None:
                raise NotFound("project", project_id)
            iterations = session.execute(
                select(*_columns(iteration, IterationRead))
                .where(iteration.c.project_id == project_id)
                .order_by(iteration.c.number)
            ).all()
            # Items by iteration and status in one statement: the whole backlog's counts and
            # the current iteration's are both sums of these.
            counted = session.execute(
                select(item.c.iteration_id, item.c.status, func.count(),
                       func.coalesce(func.sum(item.c.estimate_points), 0))
                .where(item.c.project_id == project_id)
                .group_by(item.c.iteration_id, item.c.status)
            ).all()
            owner = _read_one(session, _ORGANISATION, OrganisationRead,
                              project_row.owner_organisation_id)
            cluster = _read_one(session, _CLUSTER, ClusterRead, project_row.steering_cluster_id)
            manager = _read_one(session, _PERSON, PersonRead, project_row.manager_id)
        current = _current_iteration(iterations)
        closed = [it for it in iterations if it.state is IterationState.CLOSED]
        history = [
            IterationPoints(it.number, it.committed_points or 0, it.completed_points or 0)
            for it in closed
        ]
        summary = summarise_velocity(history)
        velocity = VelocityRead(
            points=tuple(
                VelocityPoint(
                    number=it.number,
                    name=it.name,
                    start_date=it.start_date,
                    end_date=it.end_date,
                    committed=it.committed_points or 0,
                    completed=it.completed_points or 0,
                    goal_outcome=it.goal_outcome,
                )
                for it in closed
            ),
            average_completed=summary.average_completed,
            completion_ratio=summary.completion_ratio,
            trend=summary.trend,
        )
        return ProjectOverview(
            project=ProjectRead.model_validate(project_row),
            owner=owner,
            cluster=cluster,
            manager=manager,
            current_iteration=IterationRead.model_validate(current) if current else None,
            current_counts=(
                _status_counts(counted, current.id) if current is not None else ()
            ),
            backlog_counts=_status_counts(counted, None),
            iteration_count=len(iterations),
            velocity=velocity,
        )

    def list_iterations(self, project_code: str | None = None) -> list[IterationListing]:
        with self._store.read() as session:
            query = (
                select(Iteration, Project.code)
                .join(Project)
                .order_by(Project.code, Iteration.number)
            )
            if project_code is not None:
                if not session.scalar(select(Project.id).where(Project.code == project_code.upper())):
                    raise NotFound("project", project_code)
                query = query.where(Project.code == project_code.upper())
            return [
                IterationListing(
                    project_code=code,
                    number=it.number,
                    name=it.name,
                    state=it.state,
                    start_date=it.start_date,
                    end_date=it.end_date,
                    capacity_points=it.capacity_points,
                    committed_points=it.committed_points,
                    completed_points=it.completed_points,
                    goal=it.goal,
                )
                for it, code in session.execute(query)
            ]


_DUPLICATE_CODE = FieldError("code", "duplicate", "is already used by another project")


def _code_taken(session: Session, code: str) -> bool:
    return session.scalar(select(Project.id).where(Project.code == code.strip().upper())) is not None


def _current_iteration(iterations: Sequence[Any]) -> Any | None:
    """The active iteration; else the next planned one; else the most recently closed one.

    ``iterations`` are ORM rows or Core rows, in number order: anything with a ``state``.
    """
    for state, pick_last in (
        (IterationState.ACTIVE, False),
        (IterationState.PLANNED, False),
        (IterationState.CLOSED, True),
    ):
        matching = [it for it in iterations if it.state is state]
        if matching:
            return matching[-1] if pick_last else matching[0]
    return None


def _status_counts(counted: Sequence[Any], iteration_id: str | None) -> tuple[StatusCount, ...]:
    """Items and points by status from (iteration, status, items, points) rows: of one
    iteration, or (``None``) of them all."""
    totals: dict[ItemStatus, list[int]] = {status: [0, 0] for status in ItemStatus}
    for row_iteration, status, items, points in counted:
        if iteration_id is None or row_iteration == iteration_id:
            totals[status][0] += items
            totals[status][1] += points
    return tuple(
        StatusCount(status=status, items=items, points=points)
        for status, (items, points) in totals.items()
    )


def _columns(table: Table, schema: type[ReadSchema]) -> list[Any]:
    """The table's columns that the read schema has fields for."""
    return [table.c[name] for name in schema.model_fields if name in table.c]


def _read_one(session: Session, table: Table, schema: type[ReadT], key: str | None) -> ReadT | None:
    if key is None:
        return None
    # Optional references (cluster, manager) read as "none" if the row has gone, as the ORM
    # relationships they replace did.
    row = session.execute(select(*_columns(table, schema)).where(table.c.id == key)).one_or_none()
    return None if row is None else schema.model_validate(row)


_PROJECT: Table = Project.__table__  # type: ignore[assignment]
_ITERATION: Table = Iteration.__table__  # type: ignore[assignment]
_ITEM: Table = BacklogItem.__table__  # type: ignore[assignment]
_CLUSTER: Table = SteeringCluster.__table__  # type: ignore[assignment]
_ORGANISATION: Table = Organisation.__table__  # type: ignore[assignment]
_PERSON: Table = Person.__table__  # type: ignore[assignment]
ReadT = TypeVar("ReadT", bound=ReadSchema)


def _project_summaries(session: Session) -> list[ProjectSummary]:
    iteration_counts = (
        select(Iteration.project_id, func.count().label("n"))
        .group_by(Iteration.project_id)
        .subquery()
    )
    item_counts = (
        select(BacklogItem.project_id, func.count().label("n"))
        .group_by(BacklogItem.project_id)
        .subquery()
    )
    query = (
        select(
            Project.id,
            Project.code,
            Project.name,
            Project.status,
            Project.start_date,
            Project.end_date,
            Organisation.name,
            SteeringCluster.name,
            func.coalesce(iteration_counts.c.n, 0),
            func.coalesce(item_counts.c.n, 0),
        )
        .join(Organisation, Project.owner_organisation_id == Organisation.id)
        .outerjoin(SteeringCluster, Project.steering_cluster_id == SteeringCluster.id)
        .outerjoin(iteration_counts, iteration_counts.c.project_id == Project.id)
        .outerjoin(item_counts, item_counts.c.project_id == Project.id)
        .order_by(Project.code)
    )
    return [
        ProjectSummary(
            id=row[0],
            code=row[1],
            name=row[2],
            status=row[3],
            start_date=row[4],
            end_date=row[5],
            owner_organisation=row[6],
            steering_cluster=row[7],
            iterations=row[8],
            items=row[9],
        )
        for row in session.execute(query)
    ]


