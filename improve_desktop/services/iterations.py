"""Iterations: plan, start and close them, undo those steps, and read burndown and velocity.

Every change of an item's iteration writes an ItemStatusChange row (status unchanged, the
iteration and estimate after the move), because burndown is replayed from that history.
A closed iteration's ``closed_at`` is the moment it closed: burndown leaves out the changes
made from then on (the carry-over). Closed iterations are not edited any more: their figures
are what the steering group saw.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from improve_desktop.domain.burndown import ItemState, compute_burndown
from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.domain.planning import next_period, suggested_capacity
from improve_desktop.domain.velocity import rolling_average
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import FieldError, Refused, ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.planning_schemas import (
    BurndownDay,
    BurndownRead,
    CarryOver,
    IterationClose,
    IterationCloseResult,
    IterationCreate,
    IterationDefaults,
    IterationUpdate,
    VelocityHistory,
    VelocityHistoryPoint,
)
from improve_desktop.services.schemas import IterationRead, validate_input
from improve_desktop.store.base import utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem, ItemStatusChange, Iteration, Project

VELOCITY_WINDOW = 3


class IterationRefused(Refused):
    """An iteration step the present state does not allow.

    ``params`` carries what the message names (numbers, names), so that the UI can say the
    same in the user's language from ``code``.
    """

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__(code, message)
        self.params = params


class IterationService:
    """Plan, start, close and undo iterations; read burndown and velocity history."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        # One clock for history rows and "today", so that tests can say when things happen.
        self._clock = clock

    # -- reading --------------------------------------------------------------------------------

    def get_iteration(self, iteration_id: str) -> IterationRead:
        with self._store.read() as session:
            return IterationRead.model_validate(_iteration(session, iteration_id))

    def list_iterations(self, project_id: str) -> list[IterationRead]:
        with self._store.read() as session:
            _project(session, project_id)
            return [IterationRead.model_validate(row) for row in _iterations(session, project_id)]

    def next_iteration_defaults(
        self, project_id: str, today: date | None = None
    ) -> IterationDefaults:
        with self._store.read() as session:
            project = _project(session, project_id)
            return _defaults(session, project, today or self._today())

    # -- planning -------------------------------------------------------------------------------

    def create_iteration(self, data: IterationCreate | dict[str, Any]) -> Outcome[IterationRead]:
        values = validate_input(IterationCreate, data)
        with self._store.write() as session:
            project = session.get(Project, values.project_id)
            if project is None:
                raise ValidationFailed.single("project_id", "unknown", "no such project")
            defaults = _defaults(session, project, self._today())
            start = values.start_date or defaults.start_date
            end = values.end_date or start + timedelta(days=project.iteration_length_days - 1)
            if end < start:
                raise ValidationFailed.single(
                    "end_date", "end_before_start", "must be on or after the start date"
                )
            _check_no_overlap(session, project.id, start, end)
            row = Iteration(
                project_id=project.id,
                number=defaults.number,
                name=values.name or f"Iteration {defaults.number}",
                goal=values.goal,
                start_date=start,
                end_date=end,
                capacity_points=(
                    values.capacity_points
                    if values.capacity_points is not None
                    else defaults.capacity_points
                ),
                state=IterationState.PLANNED,
            )
            session.add(row)
            session.flush()
            result = IterationRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.ITERATION, result.id))

    def update_iteration(
        self, iteration_id: str, data: IterationUpdate | dict[str, Any]
    ) -> Outcome[IterationRead]:
        """Change goal, name or capacity; fields left out (None) keep their value.

        A closed iteration is refused: its figures are what the steering group saw.
        """
        values = validate_input(IterationUpdate, data)
        with self._store.write() as session:
            row = _iteration(session, iteration_id)
            if row.state is IterationState.CLOSED:
                raise IterationRefused(
                    "closed",
                    f"iteration {row.number} is closed; its goal and figures are kept as they were",
                    number=row.number,
                )
            for field_name, value in values.model_dump(exclude_none=True).items():
                setattr(row, field_name, value)
            if values.name == "":
                # As when creating: an iteration without a name is called by its number.
                row.name = f"Iteration {row.number}"
            session.flush()
            result = IterationRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.ITERATION, result.id))

    def delete_iteration(self, iteration_id: str) -> Outcome[IterationRead]:
        """Delete a planned iteration that holds no items (the undo of creating it)."""
        with self._store.write() as session:
            row = _iteration(session, iteration_id)
            _require_state(row, IterationState.PLANNED, "not_planned", "deleted")
            items = _item_count(session, row.id)
            if items:
                raise IterationRefused(
                    "not_empty",
                    f"iteration {row.number} holds {items} item(s); move them out first",
                    number=row.number,
                    items=items,
                )
            result = IterationRead.model_validate(row)
            session.delete(row)
        return Outcome(result, Change.of(EntityKind.ITERATION, result.id))

    # -- starting and closing -------------------------------------------------------------------

    def start_iteration(self, iteration_id: str) -> Outcome[IterationRead]:
        """Make a planned iteration active and record what it commits to."""
        with self._store.write() as session:
            row = _iteration(session, iteration_id)
            _require_state(row, IterationState.PLANNED, "not_planned", "started")
            _check_no_other_active(session, row)
            row.state = IterationState.ACTIVE
            row.started_at = self._clock()
            row.committed_points = _points(session, row.id)
            session.flush()
            result = IterationRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.ITERATION, result.id))

    def undo_start(self, iteration_id: str) -> Outcome[IterationRead]:
        """Put an active iteration back to planned, as before it was started."""
        with self._store.write() as session:
            row = _iteration(session, iteration_id)
            _require_state(row, IterationState.ACTIVE, "not_active")
            row.state = IterationState.PLANNED
            row.committed_points = None
            row.started_at = None
            session.flush()
            result = IterationRead.model_validate(row)
        return Outcome(result, Change.of(EntityKind.ITERATION, result.id))

    def close_iteration(
        self, iteration_id: str, data: IterationClose | dict[str, Any], by: str = ""
    ) -> Outcome[IterationCloseResult]:
        """Close the active iteration: record its points and goal, carry unfinished items on.

        Unfinished items go back to the backlog or into the next planned iteration, which is
        created with the project's defaults when there is none.
        """
        values = validate_input(IterationClose, data)
        with self._store.write() as session:
            row = _iteration(session, iteration_id)
            _require_state(row, IterationState.ACTIVE, "not_active", "closed")
            now = self._clock()
            if row.committed_points is None:
                row.committed_points = _points(session, row.id)
            row.completed_points = _points(session, row.id, done=True)
            row.goal_outcome = values.goal_outcome
            row.goal_comment = values.goal_comment
            row.state = IterationState.CLOSED
            # Burndown takes this as the moment of closing (see the module notes).
            row.closed_at = now
            row.updated_at = now
            session.flush()
            unfinished = list(
                session.scalars(
                    select(BacklogItem)
                    .where(
                        BacklogItem.iteration_id == row.id,
                        BacklogItem.status != ItemStatus.DONE,
                    )
                    .order_by(BacklogItem.rank)
                )
            )
            next_row: Iteration | None = None
            created_next = False
            if values.carry_over is CarryOver.NEXT_ITERATION and unfinished:
                next_row = _next_planned(session, row)
                if next_row is None:
                    next_row = _create_from_defaults(session, row.project, self._today())
                    created_next = True
            _move_items(session, unfinished, next_row.id if next_row else None, now, by)
            session.flush()
            result = IterationCloseResult(
                iteration=IterationRead.model_validate(row),
                carried_item_ids=tuple(item.id for item in unfinished),
                next_iteration=IterationRead.model_validate(next_row) if next_row else None,
                next_iteration_created=created_next,
            )
        change = Change.of(EntityKind.ITERATION, row.id, *([next_row.id] if next_row else []))
        if unfinished:
            change = change | Change.of(EntityKind.BACKLOG_ITEM, *result.carried_item_ids)
        return Outcome(result, change)

    def undo_close(
        self, result: IterationCloseResult, previous: IterationRead, by: str = ""
    ) -> Outcome[IterationRead]:
        """Reopen an iteration closed by ``result``; ``previous`` is how it was before.

        Carried items that are still where the close put them come back (with history rows);
        a next iteration the close created goes again while it is planned and empty.
        """
        with self._store.write() as session:
            row = _iteration(session, result.iteration.id)
            _require_state(row, IterationState.CLOSED, "not_closed")
            _check_no_other_active(session, row)
            row.state = IterationState.ACTIVE
            row.closed_at = None
            row.committed_points = previous.committed_points
            row.completed_points = previous.completed_points
            row.goal_outcome = previous.goal_outcome
            row.goal_comment = previous.goal_comment
            destination = result.next_iteration.id if result.next_iteration else None
            carried = [
                item
                for item in _items(session, result.carried_item_ids)
                if item.iteration_id == destination
            ]
            _move_items(session, carried, row.id, self._clock(), by)
            session.flush()
            change = Change.of(EntityKind.ITERATION, row.id)
            if carried:
                change = change | Change.of(EntityKind.BACKLOG_ITEM, *(i.id for i in carried))
            if result.next_iteration_created and result.next_iteration is not None:
                next_row = session.get(Iteration, result.next_iteration.id)
                if (
                    next_row is not None
                    and next_row.state is IterationState.PLANNED
                    and _item_count(session, next_row.id) == 0
                ):
                    session.delete(next_row)
                    change = change | Change.of(EntityKind.ITERATION, next_row.id)
            reopened = IterationRead.model_validate(row)
        return Outcome(reopened, change)

    # -- charts ---------------------------------------------------------------------------------

    def burndown(self, iteration_id: str, today: date | None = None) -> BurndownRead:
        """Remaining and ideal points per day; ``today`` matters for an iteration not closed."""
        with self._store.read() as session:
            row = _iteration(session, iteration_id)
            # Straight to the driver: thousands of history rows, and SQLAlchemy's per-row
            # result processing (the UTC timestamp type) cost more than the replay itself.
            history_rows = session.connection().exec_driver_sql(
                "SELECT item_id, changed_at, to_status, iteration_id, estimate_points "
                "FROM item_status_change WHERE item_id IN "
                "(SELECT item_id FROM item_status_change WHERE iteration_id = ?) "
                "ORDER BY item_id, changed_at",
                (iteration_id,),
            ).all()
            iteration = IterationRead.model_validate(row)
            closed_at = (row.closed_at or row.updated_at) if row.state is IterationState.CLOSED else None
        histories: dict[str, list[ItemState]] = {}
        statuses = {status.value: status for status in ItemStatus}
        for item_id, changed_at, status, in_iteration, estimate in history_rows:
            histories.setdefault(item_id, []).append(ItemState(
                _stored_utc(changed_at), statuses[status], in_iteration, estimate))
        closed = iteration.state is IterationState.CLOSED
        chart = compute_burndown(
            iteration.id,
            iteration.start_date,
            iteration.end_date,
            histories.values(),
            today=None if closed else (today or self._today()),
            closed_at=closed_at,
        )
        return BurndownRead(
            iteration=iteration,
            days=tuple(
                BurndownDay(day=point.day, remaining=point.remaining, ideal=point.ideal)
                for point in chart.days
            ),
            scope_added=chart.scope_added,
            scope_removed=chart.scope_removed,
        )

    def velocity_history(self, project_id: str) -> VelocityHistory:
        """Committed and completed points of the closed iterations, with a rolling average."""
        with self._store.read() as session:
            _project(session, project_id)
            closed = [
                (row.number, row.name, row.committed_points or 0, row.completed_points or 0)
                for row in _iterations(session, project_id)
                if row.state is IterationState.CLOSED
            ]
        averages = rolling_average([completed for *_, completed in closed], VELOCITY_WINDOW)
        return VelocityHistory(
            points=tuple(
                VelocityHistoryPoint(
                    number=number,
                    name=name,
                    committed=committed,
                    completed=completed,
                    rolling_average=average,
                )
                for (number, name, committed, completed), average in zip(
                    closed, averages, strict=True
                )
            )
        )

    def _today(self) -> date:
        # The user's calendar day, not UTC's: "today" is what the user sees on the wall.
        return self._clock().astimezone().date()


# -- helpers, all inside the caller's session ---------------------------------------------------


def _require_state(row: Iteration, wanted: IterationState, code: str, doing: str = "") -> None:
    """Refuse a step the iteration's state does not allow, naming its number and state."""
    if row.state is wanted:
        return
    purpose = f"; only a {wanted.value} iteration can be {doing}" if doing else f", not {wanted.value}"
    raise IterationRefused(
        code, f"iteration {row.number} is {row.state.value}{purpose}",
        number=row.number, state=row.state.value,
    )


def _project(session: Session, project_id: str) -> Project:
    return require(session, Project, project_id, "project")


def _iteration(session: Session, iteration_id: str) -> Iteration:
    return require(session, Iteration, iteration_id, "iteration")


def _iterations(session: Session, project_id: str) -> list[Iteration]:
    return list(
        session.scalars(
            select(Iteration).where(Iteration.project_id == project_id).order_by(Iteration.number)
        )
    )


def _defaults(session: Session, project: Project, today: date) -> IterationDefaults:
    iterations = _iterations(session, project.id)
    last = iterations[-1] if iterations else None
    start, end = next_period(
        max((row.end_date for row in iterations), default=None),
        project.start_date,
        today,
        project.iteration_length_days,
    )
    number = (last.number if last else 0) + 1
    return IterationDefaults(
        number=number,
        name=f"Iteration {number}",
        start_date=start,
        end_date=end,
        capacity_points=suggested_capacity(
            [row.completed_points or 0 for row in iterations if row.state is IterationState.CLOSED],
            last.capacity_points if last else None,
        ),
    )


def _create_from_defaults(session: Session, project: Project, today: date) -> Iteration:
    defaults = _defaults(session, project, today)
    row = Iteration(
        project_id=project.id,
        number=defaults.number,
        name=defaults.name,
        goal="",
        start_date=defaults.start_date,
        end_date=defaults.end_date,
        capacity_points=defaults.capacity_points,
        state=IterationState.PLANNED,
    )
    session.add(row)
    session.flush()
    return row


def _check_no_overlap(session: Session, project_id: str, start: date, end: date) -> None:
    clash = session.scalars(
        select(Iteration)
        .where(
            Iteration.project_id == project_id,
            Iteration.start_date <= end,
            Iteration.end_date >= start,
        )
        .order_by(Iteration.number)
        .limit(1)
    ).first()
    if clash is not None:
        raise ValidationFailed(
            [
                FieldError(
                    "start_date",
                    "overlap",
                    f"overlaps iteration {clash.number} "
                    f"({clash.start_date.isoformat()} – {clash.end_date.isoformat()})",
                    {
                        "number": clash.number,
                        "name": clash.name,
                        "start_date": clash.start_date.isoformat(),
                        "end_date": clash.end_date.isoformat(),
                    },
                )
            ]
        )


def _check_no_other_active(session: Session, row: Iteration) -> None:
    active = session.scalars(
        select(Iteration).where(
            Iteration.project_id == row.project_id,
            Iteration.state == IterationState.ACTIVE,
            Iteration.id != row.id,
        )
    ).first()
    if active is not None:
        raise IterationRefused(
            "another_active",
            f"iteration {active.number} ({active.name}) is active; close it before "
            f"iteration {row.number} can be active",
            number=row.number,
            active_number=active.number,
            active_name=active.name,
        )


def _next_planned(session: Session, row: Iteration) -> Iteration | None:
    return session.scalars(
        select(Iteration)
        .where(
            Iteration.project_id == row.project_id,
            Iteration.state == IterationState.PLANNED,
            Iteration.number > row.number,
        )
        .order_by(Iteration.number)
        .limit(1)
    ).first()


def _points(session: Session, iteration_id: str, *, done: bool = False) -> int:
    query = select(func.coalesce(func.sum(BacklogItem.estimate_points), 0)).where(
        BacklogItem.iteration_id == iteration_id
    )
    if done:
        query = query.where(BacklogItem.status == ItemStatus.DONE)
    return int(session.scalar(query) or 0)


def _item_count(session: Session, iteration_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(BacklogItem)
            .where(BacklogItem.iteration_id == iteration_id)
        )
        or 0
    )


def _items(session: Session, item_ids: Sequence[str]) -> list[BacklogItem]:
    if not item_ids:
        return []
    return list(session.scalars(select(BacklogItem).where(BacklogItem.id.in_(item_ids))))


def _move_items(
    session: Session,
    items: Iterable[BacklogItem],
    iteration_id: str | None,
    when: datetime,
    by: str,
) -> None:
    """Put items into an iteration (None: the backlog), with the history burndown replays."""
    for item in items:
        item.iteration_id = iteration_id
        item.updated_at = when
        session.add(
            ItemStatusChange(
                item_id=item.id,
                changed_at=when,
                changed_by=by,
                from_status=item.status,
                to_status=item.status,
                iteration_id=iteration_id,
                estimate_points=item.estimate_points,
                created_at=when,
                updated_at=when,
            )
        )


def _stored_utc(text: str) -> datetime:
    """A timestamp as the store keeps it (naive UTC text, see store.base.UtcDateTime)."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
