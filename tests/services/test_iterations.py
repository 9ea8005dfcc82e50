"""IterationService: plan, start, close and undo iterations; burndown and velocity history."""

from __future__ import annotations

import time as timer
from datetime import UTC, date, datetime, time, timedelta
from itertools import count, pairwise
from typing import Any

import pytest
from sqlalchemy import select

from improve_desktop.domain.enums import GoalOutcome, ItemStatus, IterationState
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import NotFound, Refused, ValidationFailed
from improve_desktop.services.iterations import IterationRefused, IterationService
from improve_desktop.services.planning_schemas import (
    CarryOver,
    IterationClose,
    IterationCloseResult,
    IterationCreate,
)
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.schemas import IterationRead
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem, ItemStatusChange, Iteration
from tests.conftest import DEMO_TODAY

TODO, DOING, DONE = ItemStatus.TODO, ItemStatus.IN_PROGRESS, ItemStatus.DONE
PROJECT_START = date(2026, 1, 5)  # a Monday; see project_input in conftest.py
_UNCHANGED: Any = object()


def moment(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=UTC)


class Clock:
    """A clock the test moves by hand; the service asks it for "now" and "today"."""

    def __init__(self) -> None:
        self.now = moment(date(2026, 1, 2), 12)

    def __call__(self) -> datetime:
        return self.now

    def set(self, day: date, hour: int = 12, minute: int = 0) -> None:
        self.now = moment(day, hour, minute)


class Items:
    """Writes backlog items and their history straight into the store, at chosen moments."""

    def __init__(self, store: Store, project_id: str) -> None:
        self.store = store
        self.project_id = project_id
        self._ranks = count(1)

    def add(
        self,
        estimate: int | None,
        *,
        at: datetime,
        iteration_id: str | None = None,
        status: ItemStatus = TODO,
    ) -> str:
        with self.store.write() as session:
            item = BacklogItem(
                project_id=self.project_id,
                iteration_id=iteration_id,
                rank=f"{next(self._ranks):04d}1",
                title="Kartlägga deltagarnas behov",
                status=status,
                estimate_points=estimate,
                created_at=at,
                updated_at=at,
            )
            session.add(item)
            session.flush()
            session.add(
                ItemStatusChange(
                    item_id=item.id,
                    changed_at=at,
                    from_status=None,
                    to_status=status,
                    iteration_id=iteration_id,
                    estimate_points=estimate,
                )
            )
            return item.id

    def change(
        self,
        item_id: str,
        *,
        at: datetime,
        status: ItemStatus = _UNCHANGED,
        iteration_id: str | None = _UNCHANGED,
        estimate: int | None = _UNCHANGED,
    ) -> None:
        with self.store.write() as session:
            item = session.get(BacklogItem, item_id)
            assert item is not None
            old = item.status
            if status is not _UNCHANGED:
                item.status = status
            if iteration_id is not _UNCHANGED:
                item.iteration_id = iteration_id
            if estimate is not _UNCHANGED:
                item.estimate_points = estimate
            session.add(
                ItemStatusChange(
                    item_id=item.id,
                    changed_at=at,
                    from_status=old,
                    to_status=item.status,
                    iteration_id=item.iteration_id,
                    estimate_points=item.estimate_points,
                )
            )

    def where(self, item_id: str) -> tuple[str | None, ItemStatus]:
        with self.store.read() as session:
            item = session.get(BacklogItem, item_id)
            assert item is not None
            return item.iteration_id, item.status

    def history(self, item_id: str) -> list[ItemStatusChange]:
        with self.store.read() as session:
            return list(
                session.scalars(
                    select(ItemStatusChange)
                    .where(ItemStatusChange.item_id == item_id)
                    .order_by(ItemStatusChange.changed_at)
                )
            )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(store: Store, clock: Clock) -> IterationService:
    return IterationService(store, clock=clock)


@pytest.fixture
def project_id(projects: ProjectService, project_input: dict[str, Any]) -> str:
    return projects.create_project(project_input).value.id


@pytest.fixture
def items(store: Store, project_id: str) -> Items:
    return Items(store, project_id)


def create(service: IterationService, project_id: str, **values: Any) -> IterationRead:
    return service.create_iteration({"project_id": project_id, **values}).value


def set_closed(store: Store, iteration_id: str, committed: int, completed: int) -> None:
    """Record a closed iteration directly, as history imported from elsewhere would be."""
    with store.write() as session:
        row = session.get(Iteration, iteration_id)
        assert row is not None
        row.state = IterationState.CLOSED
        row.committed_points = committed
        row.completed_points = completed


def refusal(error: pytest.ExceptionInfo[Refused]) -> tuple[str, dict[str, Any]]:
    assert isinstance(error.value, IterationRefused)
    return error.value.code, error.value.params


# -- listing and defaults -----------------------------------------------------------------------


class TestListing:
    def test_ordered_by_number(self, service: IterationService, project_id: str) -> None:
        created = [create(service, project_id) for _ in range(3)]
        assert service.list_iterations(project_id) == created
        assert [it.number for it in created] == [1, 2, 3]

    def test_empty_project(self, service: IterationService, project_id: str) -> None:
        assert service.list_iterations(project_id) == []

    def test_unknown_project(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.list_iterations("no-such-project")

    def test_get_iteration(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        assert service.get_iteration(iteration.id) == iteration
        with pytest.raises(NotFound):
            service.get_iteration("no-such-iteration")


class TestDefaults:
    def test_first_iteration_starts_with_the_project(
        self, service: IterationService, project_id: str
    ) -> None:
        defaults = service.next_iteration_defaults(project_id)
        assert defaults.number == 1
        assert defaults.name == "Iteration 1"
        assert (defaults.start_date, defaults.end_date) == (PROJECT_START, date(2026, 1, 18))
        assert defaults.capacity_points == 20

    def test_first_iteration_of_a_running_project_starts_today(
        self, service: IterationService, project_id: str, clock: Clock
    ) -> None:
        clock.set(date(2026, 2, 11))
        defaults = service.next_iteration_defaults(project_id)
        assert (defaults.start_date, defaults.end_date) == (date(2026, 2, 11), date(2026, 2, 24))
        assert service.next_iteration_defaults(project_id, today=date(2026, 3, 2)).start_date == (
            date(2026, 3, 2)
        )

    def test_follow_the_last_iteration(self, service: IterationService, project_id: str) -> None:
        create(service, project_id, capacity_points=31)
        defaults = service.next_iteration_defaults(project_id)
        assert (defaults.number, defaults.name) == (2, "Iteration 2")
        assert (defaults.start_date, defaults.end_date) == (date(2026, 1, 19), date(2026, 2, 1))
        # Nothing closed yet: the last iteration's capacity carries on.
        assert defaults.capacity_points == 31

    def test_follow_the_iteration_that_ends_last(
        self, service: IterationService, project_id: str
    ) -> None:
        create(service, project_id, start_date=date(2026, 3, 2), end_date=date(2026, 3, 15))
        create(service, project_id, start_date=date(2026, 1, 5), end_date=date(2026, 1, 18))
        defaults = service.next_iteration_defaults(project_id)
        assert defaults.number == 3
        assert defaults.start_date == date(2026, 3, 16)

    def test_capacity_from_the_last_three_closed(
        self, service: IterationService, project_id: str, store: Store
    ) -> None:
        for completed in (40, 18, 21, 24):
            set_closed(store, create(service, project_id).id, committed=25, completed=completed)
        create(service, project_id, capacity_points=99)  # planned: not part of the average
        assert service.next_iteration_defaults(project_id).capacity_points == 21

    def test_capacity_rounds_half_up(
        self, service: IterationService, project_id: str, store: Store
    ) -> None:
        for completed in (22, 23):
            set_closed(store, create(service, project_id).id, committed=25, completed=completed)
        assert service.next_iteration_defaults(project_id).capacity_points == 23

    def test_unknown_project(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.next_iteration_defaults("no-such-project")


# -- creating, editing, deleting ----------------------------------------------------------------


class TestCreate:
    def test_fills_in_the_defaults(self, service: IterationService, project_id: str) -> None:
        outcome = service.create_iteration({"project_id": project_id, "goal": " Fler i arbete "})
        iteration = outcome.value
        assert iteration.number == 1
        assert iteration.name == "Iteration 1"
        assert iteration.goal == "Fler i arbete"
        assert (iteration.start_date, iteration.end_date) == (PROJECT_START, date(2026, 1, 18))
        assert iteration.capacity_points == 20
        assert iteration.state is IterationState.PLANNED
        assert iteration.committed_points is None and iteration.completed_points is None
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION})
        assert outcome.change.ids == frozenset({iteration.id})

    def test_takes_what_is_given(self, service: IterationService, project_id: str) -> None:
        iteration = service.create_iteration(
            IterationCreate(
                project_id=project_id,
                name="Uppstart",
                goal="Rekrytera deltagare",
                capacity_points=12,
                start_date=date(2026, 2, 2),
                end_date=date(2026, 2, 6),
            )
        ).value
        assert (iteration.name, iteration.goal, iteration.capacity_points) == (
            "Uppstart",
            "Rekrytera deltagare",
            12,
        )
        assert (iteration.start_date, iteration.end_date) == (date(2026, 2, 2), date(2026, 2, 6))

    def test_zero_capacity_is_kept(self, service: IterationService, project_id: str) -> None:
        assert create(service, project_id, capacity_points=0).capacity_points == 0

    def test_start_without_end_lasts_the_project_length(
        self, service: IterationService, project_id: str
    ) -> None:
        iteration = create(service, project_id, start_date=date(2026, 4, 6))
        assert iteration.end_date == date(2026, 4, 19)

    def test_end_without_start(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id, end_date=date(2026, 1, 9))
        assert (iteration.start_date, iteration.end_date) == (PROJECT_START, date(2026, 1, 9))

    def test_end_before_the_default_start(self, service: IterationService, project_id: str) -> None:
        with pytest.raises(ValidationFailed) as error:
            create(service, project_id, end_date=date(2026, 1, 1))
        assert [(e.field, e.code) for e in error.value.errors] == [("end_date", "end_before_start")]

    def test_end_before_start(self, service: IterationService, project_id: str) -> None:
        with pytest.raises(ValidationFailed) as error:
            create(service, project_id, start_date=date(2026, 2, 2), end_date=date(2026, 2, 1))
        assert [(e.field, e.code) for e in error.value.errors] == [("end_date", "end_before_start")]

    def test_numbers_and_dates_follow_on(self, service: IterationService, project_id: str) -> None:
        created = [create(service, project_id) for _ in range(4)]
        for before, after in pairwise(created):
            assert after.number == before.number + 1
            assert after.start_date == before.end_date + timedelta(days=1)

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            (date(2026, 1, 18), date(2026, 1, 25)),  # starts on the last day of iteration 1
            (date(2026, 1, 1), date(2026, 1, 5)),  # ends on its first day
            (date(2026, 1, 8), date(2026, 1, 10)),  # inside it
            (date(2026, 1, 1), date(2026, 2, 1)),  # around it
        ],
    )
    def test_refuses_an_overlap(
        self, service: IterationService, project_id: str, start: date, end: date
    ) -> None:
        first = create(service, project_id)
        with pytest.raises(ValidationFailed) as error:
            create(service, project_id, start_date=start, end_date=end)
        [problem] = error.value.errors
        assert (problem.field, problem.code) == ("start_date", "overlap")
        assert problem.params["number"] == 1
        assert problem.params["name"] == first.name
        assert problem.params["start_date"] == "2026-01-05"
        assert "iteration 1" in problem.message
        assert service.list_iterations(project_id) == [first]

    def test_touching_is_not_overlapping(self, service: IterationService, project_id: str) -> None:
        create(service, project_id)
        second = create(service, project_id, start_date=date(2026, 1, 19))
        assert second.number == 2

    def test_other_projects_do_not_overlap(
        self,
        service: IterationService,
        project_id: str,
        projects: ProjectService,
        project_input: dict[str, Any],
    ) -> None:
        other = projects.create_project({**project_input, "code": "SKE-UNG"}).value.id
        create(service, project_id)
        assert create(service, other).start_date == PROJECT_START

    def test_unknown_project(self, service: IterationService) -> None:
        with pytest.raises(ValidationFailed) as error:
            service.create_iteration({"project_id": "no-such-project"})
        assert [(e.field, e.code) for e in error.value.errors] == [("project_id", "unknown")]

    def test_input_is_checked(self, service: IterationService, project_id: str) -> None:
        with pytest.raises(ValidationFailed) as error:
            service.create_iteration(
                {"project_id": project_id, "capacity_points": -1, "colour": "red"}
            )
        assert {(e.field, e.code) for e in error.value.errors} == {
            ("capacity_points", "too_small"),
            ("colour", "unknown_field"),
        }


class TestUpdate:
    def test_changes_only_what_is_given(self, service: IterationService, project_id: str) -> None:
        before = create(service, project_id, goal="Första målet", capacity_points=20)
        outcome = service.update_iteration(before.id, {"goal": "Nytt mål", "capacity_points": 24})
        after = outcome.value
        assert (after.goal, after.capacity_points, after.name) == ("Nytt mål", 24, before.name)
        assert service.get_iteration(before.id) == after
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION})
        assert outcome.change.ids == frozenset({before.id})

    def test_undo_with_the_old_values(self, service: IterationService, project_id: str) -> None:
        before = create(service, project_id, goal="Första målet", capacity_points=20)
        service.update_iteration(before.id, {"name": "Sprint A", "goal": "Annat"})
        restored = service.update_iteration(
            before.id, {"name": before.name, "goal": before.goal, "capacity_points": 20}
        ).value
        assert restored == before

    def test_an_empty_name_falls_back_to_the_number(
        self, service: IterationService, project_id: str
    ) -> None:
        iteration = create(service, project_id, name="Uppstart")
        assert service.update_iteration(iteration.id, {"name": "  "}).value.name == "Iteration 1"

    def test_planned_and_active_can_be_edited(
        self, service: IterationService, project_id: str
    ) -> None:
        iteration = create(service, project_id)
        service.start_iteration(iteration.id)
        assert (
            service.update_iteration(iteration.id, {"capacity_points": 5}).value.capacity_points
            == 5
        )

    def test_closed_is_refused(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        service.start_iteration(iteration.id)
        service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.MET})
        with pytest.raises(Refused) as error:
            service.update_iteration(iteration.id, {"goal": "Efterhandskonstruktion"})
        assert refusal(error) == ("closed", {"number": 1})

    def test_input_is_checked(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        with pytest.raises(ValidationFailed) as error:
            service.update_iteration(iteration.id, {"name": "x" * 201})
        assert [(e.field, e.code) for e in error.value.errors] == [("name", "too_long")]

    def test_unknown_iteration(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.update_iteration("no-such-iteration", {"goal": "x"})


class TestDelete:
    def test_an_empty_planned_iteration(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        outcome = service.delete_iteration(iteration.id)
        assert outcome.value == iteration
        assert outcome.change.ids == frozenset({iteration.id})
        assert service.list_iterations(project_id) == []
        # Creating again (redo) gives the same number and dates.
        again = create(service, project_id)
        assert (again.number, again.start_date) == (1, iteration.start_date)

    def test_refuses_one_with_items(
        self, service: IterationService, project_id: str, items: Items
    ) -> None:
        iteration = create(service, project_id)
        items.add(3, at=moment(date(2026, 1, 2)), iteration_id=iteration.id)
        with pytest.raises(Refused) as error:
            service.delete_iteration(iteration.id)
        assert refusal(error) == ("not_empty", {"number": 1, "items": 1})

    def test_refuses_an_active_one(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        service.start_iteration(iteration.id)
        with pytest.raises(Refused) as error:
            service.delete_iteration(iteration.id)
        assert refusal(error)[0] == "not_planned"

    def test_history_rows_lose_the_iteration_but_stay(
        self, service: IterationService, project_id: str, items: Items
    ) -> None:
        iteration = create(service, project_id)
        item = items.add(3, at=moment(date(2026, 1, 2), 9), iteration_id=iteration.id)
        items.change(item, at=moment(date(2026, 1, 2), 10), iteration_id=None)
        service.delete_iteration(iteration.id)
        assert [row.iteration_id for row in items.history(item)] == [None, None]


# -- starting -----------------------------------------------------------------------------------


class TestStart:
    def test_records_the_commitment(
        self, service: IterationService, project_id: str, items: Items
    ) -> None:
        iteration = create(service, project_id)
        planning = moment(date(2026, 1, 2))
        for estimate in (3, 5, None, 8):
            items.add(estimate, at=planning, iteration_id=iteration.id)
        items.add(13, at=planning)  # still in the backlog
        outcome = service.start_iteration(iteration.id)
        assert outcome.value.state is IterationState.ACTIVE
        assert outcome.value.committed_points == 16
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION})
        assert service.get_iteration(iteration.id) == outcome.value

    def test_an_empty_iteration_commits_zero(
        self, service: IterationService, project_id: str
    ) -> None:
        iteration = create(service, project_id)
        assert service.start_iteration(iteration.id).value.committed_points == 0

    def test_only_one_active_per_project(self, service: IterationService, project_id: str) -> None:
        first = create(service, project_id, name="Uppstart")
        second = create(service, project_id)
        service.start_iteration(first.id)
        with pytest.raises(Refused) as error:
            service.start_iteration(second.id)
        code, params = refusal(error)
        assert code == "another_active"
        assert params == {"number": 2, "active_number": 1, "active_name": "Uppstart"}
        assert "iteration 1 (Uppstart) is active" in str(error.value)
        assert service.get_iteration(second.id).state is IterationState.PLANNED

    def test_another_project_may_have_an_active_one(
        self,
        service: IterationService,
        project_id: str,
        projects: ProjectService,
        project_input: dict[str, Any],
    ) -> None:
        other = projects.create_project({**project_input, "code": "SKE-UNG"}).value.id
        service.start_iteration(create(service, other).id)
        assert service.start_iteration(create(service, project_id).id).value.state == "active"

    @pytest.mark.parametrize("state", [IterationState.ACTIVE, IterationState.CLOSED])
    def test_only_a_planned_one_starts(
        self, service: IterationService, project_id: str, state: IterationState
    ) -> None:
        iteration = create(service, project_id)
        service.start_iteration(iteration.id)
        if state is IterationState.CLOSED:
            service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.MET})
        with pytest.raises(Refused) as error:
            service.start_iteration(iteration.id)
        assert refusal(error) == ("not_planned", {"number": 1, "state": state.value})

    def test_unknown_iteration(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.start_iteration("no-such-iteration")

    def test_undo_start(self, service: IterationService, project_id: str, items: Items) -> None:
        planned = create(service, project_id)
        items.add(5, at=moment(date(2026, 1, 2)), iteration_id=planned.id)
        service.start_iteration(planned.id)
        outcome = service.undo_start(planned.id)
        assert outcome.value == planned
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION})
        # Redo: starting again records the commitment again.
        assert service.start_iteration(planned.id).value.committed_points == 5

    def test_undo_start_of_a_planned_one_is_refused(
        self, service: IterationService, project_id: str
    ) -> None:
        iteration = create(service, project_id)
        with pytest.raises(Refused) as error:
            service.undo_start(iteration.id)
        assert refusal(error)[0] == "not_active"


# -- closing ------------------------------------------------------------------------------------


@pytest.fixture
def running(
    service: IterationService, project_id: str, items: Items, clock: Clock
) -> tuple[IterationRead, dict[str, str]]:
    """Iteration 1 (5-18 January) started with four items; two done by the 15th."""
    iteration = create(service, project_id, goal="Tio deltagare i praktik")
    planning = moment(date(2026, 1, 5), 8)
    ids = {
        name: items.add(estimate, at=planning, iteration_id=iteration.id)
        for name, estimate in (("done_a", 3), ("done_b", 5), ("doing", 8), ("todo", 2))
    }
    clock.set(date(2026, 1, 5), 9)
    started = service.start_iteration(iteration.id).value
    items.change(ids["done_a"], at=moment(date(2026, 1, 7)), status=DONE)
    items.change(ids["doing"], at=moment(date(2026, 1, 8)), status=DOING)
    items.change(ids["done_b"], at=moment(date(2026, 1, 13), 15), status=DONE)
    clock.set(date(2026, 1, 16), 14)  # the review, on the Friday before the last day
    return started, ids


class TestClose:
    def test_records_points_and_goal(
        self, service: IterationService, running: tuple[IterationRead, dict[str, str]]
    ) -> None:
        iteration, _ = running
        outcome = service.close_iteration(
            iteration.id,
            {"goal_outcome": GoalOutcome.PARTLY, "goal_comment": " Sju av tio "},
        )
        closed = outcome.value.iteration
        assert closed.state is IterationState.CLOSED
        assert (closed.committed_points, closed.completed_points) == (18, 8)
        assert (closed.goal_outcome, closed.goal_comment) == (GoalOutcome.PARTLY, "Sju av tio")
        assert service.get_iteration(iteration.id) == closed

    def test_committed_points_are_kept(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
    ) -> None:
        iteration, _ = running
        items.add(13, at=moment(date(2026, 1, 12)), iteration_id=iteration.id, status=DONE)
        closed = service.close_iteration(
            iteration.id, {"goal_outcome": GoalOutcome.MET}
        ).value.iteration
        assert (closed.committed_points, closed.completed_points) == (18, 21)

    def test_committed_points_are_computed_when_missing(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        store: Store,
    ) -> None:
        iteration, _ = running
        with store.write() as session:
            row = session.get(Iteration, iteration.id)
            assert row is not None
            row.committed_points = None
        closed = service.close_iteration(
            iteration.id, {"goal_outcome": GoalOutcome.MET}
        ).value.iteration
        assert closed.committed_points == 18

    def test_unfinished_items_go_back_to_the_backlog(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
        clock: Clock,
    ) -> None:
        iteration, ids = running
        outcome = service.close_iteration(
            iteration.id, IterationClose(goal_outcome=GoalOutcome.PARTLY), by="Sara Lundberg"
        )
        result = outcome.value
        assert set(result.carried_item_ids) == {ids["doing"], ids["todo"]}
        assert result.next_iteration is None and not result.next_iteration_created
        assert items.where(ids["doing"]) == (None, DOING)
        assert items.where(ids["todo"]) == (None, TODO)
        assert items.where(ids["done_a"]) == (iteration.id, DONE)
        last = items.history(ids["doing"])[-1]
        assert (last.from_status, last.to_status, last.iteration_id) == (DOING, DOING, None)
        assert (last.estimate_points, last.changed_by, last.changed_at) == (
            8,
            "Sara Lundberg",
            clock.now,
        )
        assert len(items.history(ids["done_a"])) == 2  # a done item does not move
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION, EntityKind.BACKLOG_ITEM})
        assert outcome.change.ids == {iteration.id, ids["doing"], ids["todo"]}

    def test_unfinished_items_go_to_a_new_next_iteration(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
    ) -> None:
        iteration, ids = running
        outcome = service.close_iteration(
            iteration.id,
            {"goal_outcome": GoalOutcome.PARTLY, "carry_over": CarryOver.NEXT_ITERATION},
        )
        result = outcome.value
        following = result.next_iteration
        assert following is not None and result.next_iteration_created
        assert following.number == 2
        assert following.state is IterationState.PLANNED
        assert (following.start_date, following.end_date) == (date(2026, 1, 19), date(2026, 2, 1))
        # The closed iteration's completed points are the only velocity there is.
        assert following.capacity_points == 8
        assert items.where(ids["doing"]) == (following.id, DOING)
        assert items.history(ids["todo"])[-1].iteration_id == following.id
        assert outcome.change.ids == {iteration.id, following.id, ids["doing"], ids["todo"]}
        assert service.list_iterations(iteration.project_id)[1] == following

    def test_unfinished_items_go_to_the_planned_next_iteration(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
        project_id: str,
    ) -> None:
        iteration, ids = running
        following = create(service, project_id, goal="Fortsättning")
        later = create(service, project_id)
        result = service.close_iteration(
            iteration.id,
            {"goal_outcome": GoalOutcome.PARTLY, "carry_over": CarryOver.NEXT_ITERATION},
        ).value
        assert result.next_iteration == following
        assert not result.next_iteration_created
        assert items.where(ids["todo"]) == (following.id, TODO)
        assert service.list_iterations(project_id)[2] == later

    def test_nothing_unfinished_creates_no_next_iteration(
        self, service: IterationService, project_id: str, items: Items
    ) -> None:
        iteration = create(service, project_id)
        items.add(3, at=moment(date(2026, 1, 2)), iteration_id=iteration.id, status=DONE)
        service.start_iteration(iteration.id)
        outcome = service.close_iteration(
            iteration.id, {"goal_outcome": GoalOutcome.MET, "carry_over": CarryOver.NEXT_ITERATION}
        )
        assert outcome.value.carried_item_ids == ()
        assert outcome.value.next_iteration is None
        assert outcome.change.kinds == frozenset({EntityKind.ITERATION})
        assert len(service.list_iterations(project_id)) == 1

    @pytest.mark.parametrize("start_it", [False, True])
    def test_only_the_active_one_closes(
        self, service: IterationService, project_id: str, start_it: bool
    ) -> None:
        iteration = create(service, project_id)
        if start_it:
            service.start_iteration(iteration.id)
            service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.MET})
        with pytest.raises(Refused) as error:
            service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.MET})
        assert refusal(error)[0] == "not_active"

    def test_goal_outcome_is_required(
        self, service: IterationService, running: tuple[IterationRead, dict[str, str]]
    ) -> None:
        iteration, _ = running
        with pytest.raises(ValidationFailed) as error:
            service.close_iteration(iteration.id, {"carry_over": "somewhere"})
        problems = {e.field: e.code for e in error.value.errors}
        assert problems.keys() == {"goal_outcome", "carry_over"}
        assert problems["goal_outcome"] == "required"
        assert service.get_iteration(iteration.id).state is IterationState.ACTIVE


class TestUndoClose:
    def close(
        self, service: IterationService, iteration_id: str, carry: str
    ) -> IterationCloseResult:
        return service.close_iteration(
            iteration_id,
            {
                "goal_outcome": GoalOutcome.NOT_MET,
                "goal_comment": "Sjukdom",
                "carry_over": CarryOver(carry),
            },
        ).value

    @pytest.mark.parametrize("carry", ["backlog", "next_iteration"])
    def test_restores_the_iteration_and_its_items(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
        carry: str,
        project_id: str,
    ) -> None:
        previous, ids = running
        result = self.close(service, previous.id, carry)
        outcome = service.undo_close(result, previous, by="Sara Lundberg")
        assert outcome.value == previous
        assert service.get_iteration(previous.id) == previous
        for name in ("doing", "todo"):
            assert items.where(ids[name])[0] == previous.id
            last = items.history(ids[name])[-1]
            assert (last.iteration_id, last.changed_by) == (previous.id, "Sara Lundberg")
        assert [it.id for it in service.list_iterations(project_id)] == [previous.id]
        assert EntityKind.BACKLOG_ITEM in outcome.change.kinds
        assert {ids["doing"], ids["todo"], previous.id} <= outcome.change.ids
        if result.next_iteration is not None:
            assert result.next_iteration.id in outcome.change.ids
        # Redo is closing again.
        again = self.close(service, previous.id, carry)
        assert set(again.carried_item_ids) == set(result.carried_item_ids)

    def test_keeps_a_next_iteration_it_did_not_create(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        project_id: str,
    ) -> None:
        previous, _ = running
        following = create(service, project_id)
        result = self.close(service, previous.id, "next_iteration")
        service.undo_close(result, previous)
        assert service.list_iterations(project_id) == [previous, following]

    def test_keeps_a_created_next_iteration_that_is_in_use(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        project_id: str,
        items: Items,
    ) -> None:
        previous, _ = running
        result = self.close(service, previous.id, "next_iteration")
        assert result.next_iteration is not None
        items.add(1, at=moment(date(2026, 1, 16), 15), iteration_id=result.next_iteration.id)
        service.undo_close(result, previous)
        assert len(service.list_iterations(project_id)) == 2

    def test_leaves_items_that_moved_on_since(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
    ) -> None:
        previous, ids = running
        result = self.close(service, previous.id, "backlog")
        other = create(service, previous.project_id)
        items.change(ids["todo"], at=moment(date(2026, 1, 16), 15), iteration_id=other.id)
        outcome = service.undo_close(result, previous)
        assert items.where(ids["todo"])[0] == other.id
        assert items.where(ids["doing"])[0] == previous.id
        assert ids["todo"] not in outcome.change.ids

    def test_refused_while_another_is_active(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        project_id: str,
    ) -> None:
        previous, _ = running
        result = self.close(service, previous.id, "backlog")
        service.start_iteration(create(service, project_id, name="Nästa").id)
        with pytest.raises(Refused) as error:
            service.undo_close(result, previous)
        assert refusal(error)[1]["active_name"] == "Nästa"
        assert service.get_iteration(previous.id).state is IterationState.CLOSED

    def test_refused_when_not_closed(
        self, service: IterationService, running: tuple[IterationRead, dict[str, str]]
    ) -> None:
        previous, _ = running
        result = self.close(service, previous.id, "backlog")
        service.undo_close(result, previous)
        with pytest.raises(Refused) as error:
            service.undo_close(result, previous)
        assert refusal(error)[0] == "not_closed"


# -- burndown -----------------------------------------------------------------------------------


class TestBurndown:
    def test_of_a_closed_iteration(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
    ) -> None:
        iteration, _ = running
        added = items.add(1, at=moment(date(2026, 1, 9)), iteration_id=iteration.id)
        items.change(added, at=moment(date(2026, 1, 12)), status=DONE)
        service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.PARTLY})
        chart = service.burndown(iteration.id, today=date(2026, 1, 6))  # ignored: closed
        assert [day.day for day in chart.days][0::13] == [date(2026, 1, 5), date(2026, 1, 18)]
        assert [day.remaining for day in chart.days] == [
            18,
            18,
            15,
            15,
            16,
            16,
            16,
            15,
            10,
            10,
            10,
            10,
            10,
            10,
        ]
        # The two unfinished items left at the close on the 16th; they are its remainder.
        assert (chart.scope_added, chart.scope_removed) == (1, 0)
        assert chart.days[0].ideal == 18.0 and chart.days[-1].ideal == 0.0
        assert chart.iteration == service.get_iteration(iteration.id)

    def test_of_the_active_iteration(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        clock: Clock,
    ) -> None:
        iteration, _ = running
        clock.set(date(2026, 1, 9))
        chart = service.burndown(iteration.id)
        assert [day.remaining for day in chart.days] == [18, 18, 15, 15, 15] + [None] * 9
        later = service.burndown(iteration.id, today=date(2026, 1, 14))
        assert [day.remaining for day in later.days][:10] == [
            18,
            18,
            15,
            15,
            15,
            15,
            15,
            15,
            10,
            10,
        ]

    def test_items_that_left_count_until_they_left(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        items: Items,
    ) -> None:
        iteration, ids = running
        items.change(ids["todo"], at=moment(date(2026, 1, 8), 16), iteration_id=None)
        chart = service.burndown(iteration.id, today=date(2026, 1, 9))
        assert [day.remaining for day in chart.days][:5] == [18, 18, 15, 13, 13]
        assert chart.scope_removed == 2

    def test_an_undone_close_leaves_no_trace(
        self,
        service: IterationService,
        running: tuple[IterationRead, dict[str, str]],
        clock: Clock,
    ) -> None:
        previous, _ = running
        before = service.burndown(previous.id, today=date(2026, 1, 16))
        result = service.close_iteration(
            previous.id,
            {"goal_outcome": GoalOutcome.PARTLY, "carry_over": CarryOver.NEXT_ITERATION},
        ).value
        clock.set(date(2026, 1, 16), 14, 5)
        service.undo_close(result, previous)
        after = service.burndown(previous.id, today=date(2026, 1, 16))
        assert after == before

    def test_of_a_planned_iteration(
        self, service: IterationService, project_id: str, items: Items
    ) -> None:
        iteration = create(service, project_id)
        items.add(5, at=moment(date(2026, 1, 2)), iteration_id=iteration.id)
        chart = service.burndown(iteration.id)  # the clock says 2 January
        assert {day.remaining for day in chart.days} == {None}
        assert chart.days[0].ideal == 5.0

    def test_of_an_empty_iteration(self, service: IterationService, project_id: str) -> None:
        iteration = create(service, project_id)
        chart = service.burndown(iteration.id, today=date(2026, 2, 1))
        assert {day.remaining for day in chart.days} == {0}
        assert len(chart.days) == 14

    def test_unknown_iteration(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.burndown("no-such-iteration")


class TestWithTheBacklogService:
    """Planning through the backlog service writes the history that burndown replays."""

    def test_plan_work_and_read_the_burndown(self, store: Store, project_id: str) -> None:
        today = date.today()
        service = IterationService(store)
        backlog = BacklogService(store)
        iteration = create(service, project_id, start_date=today)
        created = [
            backlog.create_item(
                {"project_id": project_id, "title": f"Punkt {n}", "estimate_points": n}
            ).value.id
            for n in (1, 2, 3, 5)
        ]
        backlog.assign_iteration(created, iteration.id)
        assert service.start_iteration(iteration.id).value.committed_points == 11
        backlog.set_status([created[3]], ItemStatus.DONE)
        chart = service.burndown(iteration.id)
        assert chart.days[0].remaining == 6
        assert chart.days[1].remaining is None
        assert chart.scope_added == 0
        result = service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.PARTLY}).value
        assert result.iteration.completed_points == 5
        assert {item.iteration_id for item in backlog.list_items(project_id)} == {
            None,
            iteration.id,
        }


# -- velocity -----------------------------------------------------------------------------------


class TestVelocityHistory:
    def test_closed_iterations_with_a_rolling_average(
        self, service: IterationService, project_id: str, store: Store
    ) -> None:
        for committed, completed in ((20, 14), (22, 18), (24, 25), (25, 19)):
            set_closed(store, create(service, project_id).id, committed, completed)
        service.start_iteration(create(service, project_id).id)
        create(service, project_id)
        history = service.velocity_history(project_id)
        assert [(p.number, p.committed, p.completed) for p in history.points] == [
            (1, 20, 14),
            (2, 22, 18),
            (3, 24, 25),
            (4, 25, 19),
        ]
        assert [p.rolling_average for p in history.points] == [None, None, 19.0, 62 / 3]
        assert history.points[0].name == "Iteration 1"

    def test_no_closed_iterations(self, service: IterationService, project_id: str) -> None:
        assert service.velocity_history(project_id).points == ()

    def test_follows_closing(
        self, service: IterationService, running: tuple[IterationRead, dict[str, str]]
    ) -> None:
        iteration, _ = running
        service.close_iteration(iteration.id, {"goal_outcome": GoalOutcome.PARTLY})
        [point] = service.velocity_history(iteration.project_id).points
        assert (point.committed, point.completed, point.rolling_average) == (18, 8, None)

    def test_unknown_project(self, service: IterationService) -> None:
        with pytest.raises(NotFound):
            service.velocity_history("no-such-project")


# -- the demo data ------------------------------------------------------------------------------


@pytest.fixture
def demo_clock() -> Clock:
    clock = Clock()
    clock.set(DEMO_TODAY, 15)
    return clock


@pytest.fixture
def demo(demo_store: Store, demo_clock: Clock) -> IterationService:
    return IterationService(demo_store, clock=demo_clock)


@pytest.fixture
def demo_projects(demo_store: Store) -> list[str]:
    return [project.id for project in ProjectService(demo_store).list_projects()]


class TestDemo:
    def test_closed_burndowns_end_at_what_was_left(
        self, demo: IterationService, demo_projects: list[str]
    ) -> None:
        checked = 0
        for project_id in demo_projects:
            for iteration in demo.list_iterations(project_id):
                if iteration.state is not IterationState.CLOSED:
                    continue
                chart = demo.burndown(iteration.id)
                assert iteration.committed_points is not None
                assert iteration.completed_points is not None
                # The demo plans (and carries over) on the first morning: that is the commitment.
                assert chart.days[0].ideal == iteration.committed_points
                assert chart.scope_removed == 0
                assert chart.days[-1].remaining == (
                    iteration.committed_points + chart.scope_added - iteration.completed_points
                )
                assert all(day.remaining is not None for day in chart.days)
                checked += 1
        assert checked == 25

    def test_active_burndown_stops_today(
        self, demo: IterationService, demo_projects: list[str]
    ) -> None:
        for project_id in demo_projects:
            [active] = [
                it for it in demo.list_iterations(project_id) if it.state is IterationState.ACTIVE
            ]
            chart = demo.burndown(active.id)
            known = [day for day in chart.days if day.remaining is not None]
            assert known[-1].day == DEMO_TODAY
            assert all(day.day > DEMO_TODAY for day in chart.days[len(known) :])
            assert known[0].remaining == chart.days[0].ideal > 0

    def test_velocity_history_matches_the_overview(
        self, demo: IterationService, demo_store: Store, demo_projects: list[str]
    ) -> None:
        overview = ProjectService(demo_store).overview(demo_projects[0])
        history = demo.velocity_history(demo_projects[0])
        assert [(p.number, p.committed, p.completed) for p in history.points] == [
            (p.number, p.committed, p.completed) for p in overview.velocity.points
        ]
        averages = [p.rolling_average for p in history.points]
        assert averages[:2] == [None, None] and None not in averages[2:]
        completed = [p.completed for p in history.points]
        assert averages[-1] == pytest.approx(sum(completed[-3:]) / 3)

    def test_defaults_follow_the_active_iteration(
        self, demo: IterationService, demo_projects: list[str]
    ) -> None:
        iterations = demo.list_iterations(demo_projects[0])
        defaults = demo.next_iteration_defaults(demo_projects[0])
        assert defaults.number == 7
        assert defaults.start_date == iterations[-1].end_date + timedelta(days=1)
        assert (defaults.end_date - defaults.start_date).days == 13
        completed = [it.completed_points or 0 for it in iterations[2:5]]
        assert defaults.capacity_points == int(sum(completed) / 3 + 0.5)

    def test_close_the_active_iteration_and_plan_the_next(
        self, demo: IterationService, demo_projects: list[str]
    ) -> None:
        project_id = demo_projects[0]
        active = demo.list_iterations(project_id)[-1]
        before = demo.burndown(active.id)
        result = demo.close_iteration(
            active.id, {"goal_outcome": GoalOutcome.PARTLY, "carry_over": CarryOver.NEXT_ITERATION}
        ).value
        assert result.next_iteration_created and result.next_iteration is not None
        assert result.next_iteration.number == 7
        assert result.carried_item_ids
        # Closed mid-way: the days up to the close keep their remaining, the rest stay at it.
        after = demo.burndown(active.id)
        known = [day.remaining for day in before.days if day.remaining is not None]
        assert [day.remaining for day in after.days][: len(known)] == known
        assert {day.remaining for day in after.days[len(known) :]} == {known[-1]}
        assert after.scope_removed == before.scope_removed
        # The next iteration starts with the carried items as its baseline.
        following = demo.burndown(result.next_iteration.id, today=result.next_iteration.start_date)
        assert following.days[0].remaining == known[-1]
        assert following.scope_added == 0
        demo.undo_close(result, active)
        assert demo.list_iterations(project_id)[-1] == active
        assert demo.burndown(active.id) == before

    def test_burndown_is_fast(self, demo: IterationService, demo_projects: list[str]) -> None:
        iterations = [it for p in demo_projects for it in demo.list_iterations(p)]
        started = timer.perf_counter()
        for iteration in iterations:
            demo.burndown(iteration.id)
        per_call = (timer.perf_counter() - started) / len(iterations)
        assert per_call < 0.05, f"burndown took {per_call * 1000:.1f} ms"
