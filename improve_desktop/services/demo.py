"""The demo data set: three organisations, two steering clusters, five projects, six iterations.

Every closed iteration has a retrospective, and the lessons library holds a few dozen lessons
(``demo_retros.py``).

The content is fixed (seeded) and its dates are laid out relative to ``today``: the sixth
iteration of every project is the active one, a few days under way, and the five before it are
closed, so that the overview, burndown and velocity look alive on the day the demo is loaded.
The same ``today`` always gives the same data set.
``scale`` multiplies the projects (and so the items) for benchmarks: scale 100 gives
500 projects and about 100,000 backlog items.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from improve_desktop.domain.enums import (
    GoalOutcome,
    ItemKind,
    ItemStatus,
    IterationState,
    ProjectStatus,
)
from improve_desktop.domain.ranking import initial_ranks
from improve_desktop.services import demo_content as content
from improve_desktop.services import demo_results, demo_retros, demo_steering
from improve_desktop.services.change import Change
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.schemas import DatabaseSummary
from improve_desktop.store.base import new_id
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    BacklogItem,
    ClusterMembership,
    ItemStatusChange,
    Iteration,
    Method,
    Organisation,
    Person,
    Project,
    SteeringCluster,
    backlog_item_method,
)

ITERATIONS_PER_PROJECT = 6
ITERATION_DAYS = 14
ITEMS_PER_PROJECT = 200
MAX_SCALE = 1000
SEED = 2026


def database_summary(store: Store) -> DatabaseSummary:
    with store.read() as session:

        def count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        return DatabaseSummary(
            organisations=count(Organisation),
            clusters=count(SteeringCluster),
            projects=count(Project),
            iterations=count(Iteration),
            items=count(BacklogItem),
        )


class DemoService:
    """Fills an empty database with the demo portfolio."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def load(self, scale: int = 1, today: date | None = None) -> Outcome[DatabaseSummary]:
        if not 1 <= scale <= MAX_SCALE:
            raise ValidationFailed.single(
                "scale", "out_of_range", f"must be between 1 and {MAX_SCALE}",
                min=1, max=MAX_SCALE,
            )
        today = today or date.today()
        with self._store.write() as session:
            if session.scalar(select(func.count()).select_from(Project)):
                raise Refused(
                    "not_empty",
                    "the database already holds projects; load the demo into a new database",
                )
            builder = _DemoBuilder(today)
            builder.build(scale)
            for model, rows in builder.tables():
                if rows:
                    session.execute(insert(model), rows)
        return Outcome(database_summary(self._store), Change.everything())


@dataclass
class _DemoBuilder:
    today: date
    rng: random.Random = field(default_factory=lambda: random.Random(SEED))
    organisations: list[dict[str, Any]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    clusters: list[dict[str, Any]] = field(default_factory=list)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    methods: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    iterations: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    retrospectives: list[tuple[Any, list[dict[str, Any]]]] = field(default_factory=list)
    steering: list[tuple[Any, list[dict[str, Any]]]] = field(default_factory=list)

    def tables(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        return [
            (Organisation, self.organisations),
            (Person, self.people),
            (SteeringCluster, self.clusters),
            (ClusterMembership, self.memberships),
            (Method, self.methods),
            (Project, self.projects),
            (Iteration, self.iterations),
            (BacklogItem, self.items),
            (backlog_item_method, self.links),
            (ItemStatusChange, self.history),
            *self.retrospectives,
            *self.steering,
        ]

    def _stamp(self, when: datetime, **values: Any) -> dict[str, Any]:
        return {"id": new_id(), "created_at": when, "updated_at": when, **values}

    def build(self, scale: int) -> None:
        # The active (sixth) iteration is a few days under way, whatever the weekday:
        # it began this Monday from Thursday on, else the Monday before.
        monday = self.today - timedelta(days=self.today.weekday())
        self.active_start = monday if self.today.weekday() >= 3 else monday - timedelta(days=7)
        self.first_start = self.active_start - timedelta(
            days=ITERATION_DAYS * (ITERATIONS_PER_PROJECT - 1)
        )
        setup_time = datetime.combine(
            self.first_start - timedelta(days=30), time(8, 0), tzinfo=UTC
        )
        org_ids = []
        for name, locality in content.ORGANISATIONS:
            row = self._stamp(setup_time, name=name, locality=locality)
            self.organisations.append(row)
            org_ids.append(row["id"])
        self.person_ids = []
        for name, affiliation, org in content.PEOPLE:
            email = name.lower().replace(" ", ".")
            for source, target in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e")):
                email = email.replace(source, target)
            row = self._stamp(
                setup_time,
                name=name,
                email=f"{email}@example.se",
                affiliation=affiliation,
                organisation_id=org_ids[org],
            )
            self.people.append(row)
            self.person_ids.append(row["id"])
        cluster_ids = []
        for code, name, org, description, seats in content.CLUSTERS:
            row = self._stamp(
                setup_time, code=code, name=name, description=description,
                organisation_id=org_ids[org],
            )
            self.clusters.append(row)
            cluster_ids.append(row["id"])
            for person, role in seats:
                self.memberships.append(
                    self._stamp(
                        setup_time, cluster_id=row["id"],
                        person_id=self.person_ids[person], role=role.value,
                    )
                )
        self.method_ids: dict[str, str] = {}
        for code, name_sv, name_en, description in content.METHODS:
            row = self._stamp(
                setup_time, code=code, name_sv=name_sv, name_en=name_en, description=description
            )
            self.methods.append(row)
            self.method_ids[code] = row["id"]
        for copy in range(scale):
            for spec in content.PROJECTS:
                self._project(spec, copy, org_ids, cluster_ids)
        # Retrospectives and lessons come last, with their own random numbers.
        self.retrospectives = demo_retros.build(self)
        self.steering = demo_steering.build(self)  # meetings and decisions (issue 4)
        # Results follow-up (logic models, indicators, participants, budget), also last.
        self.retrospectives += demo_results.build(self)

    def _project(
        self,
        spec: content.DemoProject,
        copy: int,
        org_ids: list[str],
        cluster_ids: list[str],
    ) -> None:
        rng = self.rng
        suffix = "" if copy == 0 else f"-{copy + 1}"
        start = self.first_start - timedelta(days=14)
        created = datetime.combine(start - timedelta(days=10), time(9, 0), tzinfo=UTC)
        project = self._stamp(
            created,
            code=f"{spec.code}{suffix}",
            name=spec.name if copy == 0 else f"{spec.name} {copy + 1}",
            owner_organisation_id=org_ids[spec.organisation],
            steering_cluster_id=cluster_ids[spec.cluster] if spec.cluster is not None else None,
            manager_id=self.person_ids[spec.manager],
            programme_area=spec.programme_area,
            start_date=start,
            end_date=start + timedelta(days=3 * 365),
            budget_sek=spec.budget_sek,
            purpose=spec.purpose,
            iteration_length_days=ITERATION_DAYS,
            status=ProjectStatus.RUNNING.value,
        )
        self.projects.append(project)
        ranks = iter(initial_ranks(ITEMS_PER_PROJECT))
        carried: list[dict[str, Any]] = []
        base_capacity = rng.randint(18, 26)
        for number in range(1, ITERATIONS_PER_PROJECT + 1):
            carried = self._iteration(
                project, spec, number, base_capacity + number // 2, carried, ranks
            )
        # The rest of the backlog: ideas and later work, not yet planned.
        while True:
            rank = next(ranks, None)
            if rank is None:
                break
            when = created + timedelta(days=rng.randint(0, 90), hours=rng.randint(0, 7))
            self._item(project, spec, rank, when, None, ItemStatus.TODO)

    def _item(
        self,
        project: dict[str, Any],
        spec: content.DemoProject,
        rank: str,
        when: datetime,
        iteration_id: str | None,
        status: ItemStatus,
    ) -> dict[str, Any]:
        rng = self.rng
        kind, template = rng.choice(content.ITEM_TEMPLATES)
        subject = rng.choice(content.ITEM_SUBJECTS)
        estimate = rng.choice((1, 1, 2, 2, 3, 3, 3, 5, 5, 8))
        if kind is ItemKind.RISK:
            estimate = rng.choice((1, 2))
        item = self._stamp(
            when,
            project_id=project["id"],
            iteration_id=iteration_id,
            rank=rank,
            title=template.format(subject=subject),
            description=(
                f"{spec.name}: {subject}. Underlag och dokumentation finns i projektets "
                "gemensamma mapp."
            ),
            kind=kind.value,
            status=status.value,
            estimate_points=estimate,
            acceptance_criteria=rng.choice(content.ACCEPTANCE),
            done_on=None,
        )
        self.items.append(item)
        self._event(item, when, None, ItemStatus.TODO, iteration_id)
        roll = rng.random()
        chosen: list[str] = []
        if roll < 0.75:
            chosen.append(rng.choice(spec.methods[:2] if rng.random() < 0.6 else spec.methods))
        if roll < 0.25:
            chosen.append(rng.choice([code for code, *_ in content.METHODS]))
        for code in dict.fromkeys(chosen):
            self.links.append({"item_id": item["id"], "method_id": self.method_ids[code]})
        return item

    def _event(
        self,
        item: dict[str, Any],
        when: datetime,
        old: ItemStatus | None,
        new: ItemStatus,
        iteration_id: str | None,
        by: str = "",
    ) -> None:
        self.history.append(
            self._stamp(
                when,
                item_id=item["id"],
                changed_at=when,
                changed_by=by,
                from_status=old.value if old else None,
                to_status=new.value,
                iteration_id=iteration_id,
                estimate_points=item["estimate_points"],
            )
        )
        item["status"] = new.value
        item["iteration_id"] = iteration_id
        item["updated_at"] = when

    def _iteration(
        self,
        project: dict[str, Any],
        spec: content.DemoProject,
        number: int,
        capacity: int,
        carried: list[dict[str, Any]],
        ranks: Any,
    ) -> list[dict[str, Any]]:
        """Plan, run and (unless it is the active one) close one iteration."""
        rng = self.rng
        start = self.first_start + timedelta(days=ITERATION_DAYS * (number - 1))
        end = start + timedelta(days=ITERATION_DAYS - 1)
        active = number == ITERATIONS_PER_PROJECT
        manager = self.people[self.person_ids.index(project["manager_id"])]["name"]
        iteration = self._stamp(
            datetime.combine(start - timedelta(days=3), time(13, 0), tzinfo=UTC),
            project_id=project["id"],
            number=number,
            name=f"Iteration {number}",
            goal=spec.goals[number - 1],
            start_date=start,
            end_date=end,
            capacity_points=capacity,
            state=(IterationState.ACTIVE if active else IterationState.CLOSED).value,
            committed_points=None,
            completed_points=None,
            goal_outcome=None,
            goal_comment="",
            started_at=datetime.combine(start, time(8, 30), tzinfo=UTC),
            closed_at=None,
        )
        self.iterations.append(iteration)
        planned_at = datetime.combine(start, time(8, 30), tzinfo=UTC)
        committed = list(carried)
        for item in carried:
            self._event(item, planned_at, ItemStatus(item["status"]), ItemStatus(item["status"]),
                        iteration["id"], manager)
        points = sum(item["estimate_points"] for item in committed)
        while points < capacity - 1:
            created = planned_at - timedelta(days=rng.randint(2, 40), hours=rng.randint(0, 6))
            item = self._item(project, spec, next(ranks), created, None, ItemStatus.TODO)
            self._event(item, planned_at, ItemStatus.TODO, ItemStatus.TODO, iteration["id"], manager)
            committed.append(item)
            points += item["estimate_points"]
        elapsed = (self.today - start).days if active else ITERATION_DAYS
        # Mid-iteration additions are part of real life; they are not in the commitment.
        # They are added on a day that has passed, and work on them starts the day after.
        added = []
        earliest_start: dict[str, int] = {}
        if rng.random() < 0.6:
            added_day = rng.choice((2, 3, 8))
            if added_day < elapsed:
                when = planned_at + timedelta(days=added_day, hours=2)
                item = self._item(
                    project, spec, next(ranks), when, iteration["id"], ItemStatus.TODO
                )
                added.append(item)
                earliest_start[item["id"]] = added_day + 1
        working_days = [d for d in range(ITERATION_DAYS) if (start + timedelta(days=d)).weekday() < 5]
        # Teams get better at planning: later iterations finish more of what they commit.
        completion = min(1.0, rng.uniform(0.55, 0.8) + 0.05 * number)
        unfinished: list[dict[str, Any]] = []
        for item in committed + added:
            finishes = rng.random() < completion
            earliest = earliest_start.get(item["id"], 0)
            start_day = rng.choice(
                [d for d in working_days[: max(1, len(working_days) * 2 // 3)] if d >= earliest]
                or [d for d in working_days if d >= earliest]
                or [earliest]
            )
            # Most work takes a few days from start to done, which gives a steady burndown.
            done_day = rng.choice(
                [d for d in working_days if start_day < d <= start_day + 6] or [start_day]
            )
            if start_day >= elapsed:
                unfinished.append(item)
                continue
            self._event(
                item, self._at(start, start_day), ItemStatus(item["status"]),
                ItemStatus.IN_PROGRESS, iteration["id"], manager,
            )
            if finishes and done_day < elapsed:
                done_at = self._at(start, done_day, afternoon=True)
                self._event(item, done_at, ItemStatus.IN_PROGRESS, ItemStatus.DONE,
                            iteration["id"], manager)
                item["done_on"] = done_at.date()
                # Now and then something "done" turns out not to be, and is re-opened.
                if rng.random() < 0.05 and done_day + 2 < min(elapsed, ITERATION_DAYS - 1):
                    reopened = self._at(start, done_day + 1)
                    self._event(item, reopened, ItemStatus.DONE, ItemStatus.IN_PROGRESS,
                                iteration["id"], manager)
                    item["done_on"] = None
                    redone = self._at(start, done_day + 2, afternoon=True)
                    self._event(item, redone, ItemStatus.IN_PROGRESS, ItemStatus.DONE,
                                iteration["id"], manager)
                    item["done_on"] = redone.date()
            else:
                unfinished.append(item)
        if active:
            return []
        completed_points = sum(
            item["estimate_points"] for item in committed + added if item["status"] == "done"
        )
        ratio = completed_points / points if points else 1.0
        outcome = (
            GoalOutcome.MET if ratio >= 0.9 else GoalOutcome.PARTLY if ratio >= 0.6
            else GoalOutcome.NOT_MET
        )
        iteration.update(
            committed_points=points,
            completed_points=completed_points,
            goal_outcome=outcome.value,
            goal_comment={
                GoalOutcome.MET: "Målet nåddes. Bra samarbete mellan huvudmännen.",
                GoalOutcome.PARTLY: "Delvis uppnått; resten flyttas till nästa iteration.",
                GoalOutcome.NOT_MET: "Inte uppnått: sjukfrånvaro i teamet och färre remisser "
                "än väntat.",
            }[outcome],
            updated_at=datetime.combine(end, time(15, 0), tzinfo=UTC),
            closed_at=datetime.combine(end, time(15, 0), tzinfo=UTC),
        )
        return unfinished

    @staticmethod
    def _at(start: date, day: int, *, afternoon: bool = False) -> datetime:
        return datetime.combine(
            start + timedelta(days=day), time(14 if afternoon else 9, 15), tzinfo=UTC
        )
