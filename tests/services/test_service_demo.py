"""The demo data set: deterministic, refuses full databases, and internally consistent."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.services import demo_content
from improve_desktop.services.change import Change
from improve_desktop.services.demo import DemoService, database_summary
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.store.engine import Store
from improve_desktop.store.migrate import open_store
from improve_desktop.store.models import (
    BacklogItem,
    ItemStatusChange,
    Iteration,
    Method,
    Project,
    backlog_item_method,
)
from tests.conftest import DEMO_TODAY


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Any]:
    """Open new, empty stores on demand; all are closed at the end."""
    stores: list[Store] = []

    def make(name: str) -> Store:
        store = open_store(tmp_path / f"{name}.sqlite3").store
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def content_of(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What a user sees of the demo, in a stable order, without the random ids."""
    item_iteration = aliased(Iteration)
    history_iteration = aliased(Iteration)
    with store.read() as session:
        return {
            "projects": list(
                session.execute(
                    select(
                        Project.code,
                        Project.name,
                        Project.start_date,
                        Project.end_date,
                        Project.budget_sek,
                        Project.status,
                    ).order_by(Project.code)
                )
            ),
            "iterations": list(
                session.execute(
                    select(
                        Project.code,
                        Iteration.number,
                        Iteration.start_date,
                        Iteration.end_date,
                        Iteration.state,
                        Iteration.capacity_points,
                        Iteration.committed_points,
                        Iteration.completed_points,
                        Iteration.goal_outcome,
                        Iteration.goal,
                    )
                    .join(Project)
                    .order_by(Project.code, Iteration.number)
                )
            ),
            "items": list(
                session.execute(
                    select(
                        Project.code,
                        BacklogItem.rank,
                        BacklogItem.title,
                        BacklogItem.kind,
                        BacklogItem.estimate_points,
                        BacklogItem.status,
                        BacklogItem.done_on,
                        item_iteration.number,
                        BacklogItem.created_at,
                    )
                    .join(Project, BacklogItem.project_id == Project.id)
                    .outerjoin(item_iteration, BacklogItem.iteration_id == item_iteration.id)
                    .order_by(Project.code, BacklogItem.rank)
                )
            ),
            "history": list(
                session.execute(
                    select(
                        Project.code,
                        BacklogItem.rank,
                        ItemStatusChange.changed_at,
                        ItemStatusChange.from_status,
                        ItemStatusChange.to_status,
                        history_iteration.number,
                    )
                    .join(BacklogItem, ItemStatusChange.item_id == BacklogItem.id)
                    .join(Project, BacklogItem.project_id == Project.id)
                    .outerjoin(
                        history_iteration, ItemStatusChange.iteration_id == history_iteration.id
                    )
                    .order_by(Project.code, BacklogItem.rank, ItemStatusChange.changed_at)
                )
            ),
            "methods": list(
                session.execute(
                    select(Project.code, BacklogItem.rank, Method.code)
                    .select_from(backlog_item_method)
                    .join(BacklogItem, backlog_item_method.c.item_id == BacklogItem.id)
                    .join(Project, BacklogItem.project_id == Project.id)
                    .join(Method, backlog_item_method.c.method_id == Method.id)
                    .order_by(Project.code, BacklogItem.rank, Method.code)
                )
            ),
        }


class TestDeterminism:
    def test_same_day_gives_the_same_data_set(self, fresh: Any) -> None:
        first, second = fresh("first"), fresh("second")
        DemoService(first).load(today=DEMO_TODAY)
        DemoService(second).load(today=DEMO_TODAY)
        assert content_of(first) == content_of(second)
        with first.read() as a, second.read() as b:
            ids_a = set(a.scalars(select(BacklogItem.id)))
            ids_b = set(b.scalars(select(BacklogItem.id)))
        assert ids_a.isdisjoint(ids_b), "ids are fresh UUIDs, so that databases can be merged"

    def test_two_weeks_later_the_same_data_set_moves_with_the_calendar(self, fresh: Any) -> None:
        now, later = fresh("now"), fresh("later")
        DemoService(now).load(today=DEMO_TODAY)
        DemoService(later).load(today=DEMO_TODAY + timedelta(days=14))
        shift = timedelta(days=14)
        before, after = content_of(now), content_of(later)
        assert [
            (row[0], row[1], row[2] + shift, row[3] + shift) for row in before["iterations"]
        ] == [(row[0], row[1], row[2], row[3]) for row in after["iterations"]]
        assert [row[:6] for row in before["items"]] == [row[:6] for row in after["items"]]


class TestLoading:
    def test_summary_and_change(self, fresh: Any) -> None:
        store = fresh("demo")
        outcome = DemoService(store).load(today=DEMO_TODAY)
        summary = outcome.value
        assert (summary.organisations, summary.clusters, summary.projects) == (3, 2, 5)
        assert (summary.iterations, summary.items) == (30, 1000)
        assert outcome.change == Change.everything()
        assert database_summary(store) == summary

    def test_a_database_with_projects_is_refused(self, demo_store: Store) -> None:
        before = database_summary(demo_store)
        with pytest.raises(Refused) as refused:
            DemoService(demo_store).load(today=DEMO_TODAY)
        assert refused.value.code == "not_empty"
        assert database_summary(demo_store) == before

    @pytest.mark.parametrize("scale", [0, -1, 1001])
    def test_scale_out_of_range(self, fresh: Any, scale: int) -> None:
        store = fresh("demo")
        with pytest.raises(ValidationFailed) as failure:
            DemoService(store).load(scale=scale, today=DEMO_TODAY)
        assert [(e.field, e.code) for e in failure.value.errors] == [("scale", "out_of_range")]
        assert database_summary(store).projects == 0

    def test_scale_multiplies_projects_and_items(self, fresh: Any) -> None:
        store = fresh("scaled")
        summary = DemoService(store).load(scale=2, today=DEMO_TODAY).value
        assert summary.projects == 10
        assert summary.iterations == 60
        assert 1900 <= summary.items <= 2100
        assert (summary.organisations, summary.clusters) == (3, 2)
        with store.read() as session:
            codes = sorted(session.scalars(select(Project.code)))
            names = set(session.scalars(select(Project.name)))
        expected = sorted(
            [p.code for p in demo_content.PROJECTS] + [f"{p.code}-2" for p in demo_content.PROJECTS]
        )
        assert codes == expected
        assert len(names) == 10, "copies get their own names"


class TestConsistency:
    """Facts every screen relies on, checked over the whole demo data set."""

    @pytest.fixture
    def demo(self, demo_store: Store) -> Store:
        return demo_store

    def test_closed_iterations_record_their_points(self, demo: Store) -> None:
        with demo.read() as session:
            iterations = list(session.scalars(select(Iteration)))
            done_points: dict[str, int] = defaultdict(int)
            for iteration_id, points in session.execute(
                select(BacklogItem.iteration_id, BacklogItem.estimate_points).where(
                    BacklogItem.status == ItemStatus.DONE
                )
            ):
                if iteration_id is not None:
                    done_points[iteration_id] += points or 0
        closed = [it for it in iterations if it.state is IterationState.CLOSED]
        assert len(closed) == 25
        for iteration in closed:
            assert iteration.committed_points is not None and iteration.committed_points > 0
            assert iteration.completed_points is not None
            assert iteration.goal_outcome is not None
            # Velocity is recorded at closing and agrees with the items left done in it.
            assert iteration.completed_points == done_points[iteration.id]
        for iteration in iterations:
            if iteration.state is not IterationState.CLOSED:
                assert iteration.committed_points is None
                assert iteration.completed_points is None

    def test_one_active_iteration_per_project_and_it_contains_today(self, demo: Store) -> None:
        with demo.read() as session:
            active = list(
                session.scalars(select(Iteration).where(Iteration.state == IterationState.ACTIVE))
            )
        assert len(active) == 5
        assert len({it.project_id for it in active}) == 5
        for iteration in active:
            assert iteration.number == 6
            assert iteration.start_date <= DEMO_TODAY <= iteration.end_date

    def test_every_item_has_a_consistent_status_history(self, demo: Store) -> None:
        with demo.read() as session:
            items = {item.id: item for item in session.scalars(select(BacklogItem))}
            history: dict[str, list[ItemStatusChange]] = defaultdict(list)
            for change in session.scalars(
                select(ItemStatusChange).order_by(
                    ItemStatusChange.item_id, ItemStatusChange.changed_at
                )
            ):
                history[change.item_id].append(change)
        assert set(history) == set(items), "every item has history, and only items do"
        problems = []
        for item_id, item in items.items():
            rows = history[item_id]
            first, last = rows[0], rows[-1]
            if first.from_status is not None or first.changed_at != item.created_at:
                problems.append(f"{item.title}: history does not start at creation")
            for previous, following in pairwise(rows):
                if following.changed_at <= previous.changed_at:
                    problems.append(f"{item.title}: two changes at {following.changed_at}")
                if following.from_status != previous.to_status:
                    problems.append(
                        f"{item.title}: {previous.to_status} then from {following.from_status} "
                        f"at {following.changed_at}"
                    )
            if last.to_status != item.status:
                problems.append(
                    f"{item.title}: status {item.status}, history ends {last.to_status}"
                )
            if last.iteration_id != item.iteration_id:
                problems.append(f"{item.title}: iteration differs from its last history row")
        assert problems == []

    def test_done_items_and_only_they_have_a_done_date(self, demo: Store) -> None:
        with demo.read() as session:
            rows = list(session.execute(select(BacklogItem.status, BacklogItem.done_on)))
        for status, done_on in rows:
            assert (done_on is not None) == (status is ItemStatus.DONE)
            if done_on is not None:
                assert done_on <= DEMO_TODAY

    def test_ranks_are_unique_within_each_project(self, demo: Store) -> None:
        with demo.read() as session:
            duplicates = session.execute(
                select(BacklogItem.project_id, BacklogItem.rank)
                .group_by(BacklogItem.project_id, BacklogItem.rank)
                .having(func.count() > 1)
            ).all()
        assert duplicates == []


@pytest.mark.parametrize("offset", range(7))
def test_any_weekday_gives_an_active_iteration_and_nothing_in_the_future(
    fresh: Any, offset: int
) -> None:
    today = date(2026, 11, 23) + timedelta(days=offset)  # Monday .. Sunday
    store = fresh(f"day{offset}")
    DemoService(store).load(today=today)
    end_of_today = datetime.combine(today + timedelta(days=1), time(0), tzinfo=UTC)
    with store.read() as session:
        latest_change = session.scalar(select(func.max(ItemStatusChange.changed_at)))
        latest_item = session.scalar(select(func.max(BacklogItem.created_at)))
        active = list(
            session.scalars(select(Iteration).where(Iteration.state == IterationState.ACTIVE))
        )
    assert latest_change is not None and latest_change < end_of_today
    assert latest_item is not None and latest_item < end_of_today
    assert len(active) == 5
    for iteration in active:
        assert iteration.start_date <= today <= iteration.end_date
