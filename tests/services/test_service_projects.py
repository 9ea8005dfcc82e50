"""ProjectService: creating projects, and what navigation, overview and listings read."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from pydantic import ValidationError
from sqlalchemy import func, select

from improve_desktop.domain.enums import ItemStatus, IterationState, ProjectStatus
from improve_desktop.domain.velocity import IterationPoints, summarise_velocity
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import NotFound
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.schemas import ProjectCreate, ProjectRead
from improve_desktop.store.engine import Store
from improve_desktop.store.models import BacklogItem, Iteration

DEMO_CODES = ["LYC-HR", "SKE-UNG", "SKE-VV", "UME-IPS", "UME-SPR"]


class TestCreateProject:
    def test_returns_the_project_and_the_change(
        self, projects: ProjectService, project_input: dict[str, Any], owner_id: str
    ) -> None:
        outcome = projects.create_project(
            {**project_input, "code": " ske-vv ", "name": " Vägen vidare "}
        )
        assert isinstance(outcome, Outcome)
        project = outcome.value
        assert isinstance(project, ProjectRead)
        assert project.code == "SKE-VV"
        assert project.name == "Vägen vidare"
        assert project.owner_organisation_id == owner_id
        assert project.status is ProjectStatus.PLANNED
        assert (project.start_date, project.end_date) == (date(2026, 1, 5), date(2028, 12, 31))
        assert len(project.id) == 36
        assert outcome.change.kinds == frozenset({EntityKind.PROJECT})
        assert outcome.change.ids == frozenset({project.id})
        assert projects.get_project(project.id) == project

    def test_accepts_a_schema_instance(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        outcome = projects.create_project(ProjectCreate(**project_input))
        assert outcome.value.code == "SKE-VV"

    def test_read_schema_is_frozen(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        project = projects.create_project(project_input).value
        with pytest.raises(ValidationError):
            project.name = "changed"  # type: ignore[misc]

    def test_with_cluster_and_manager(
        self,
        projects: ProjectService,
        organisations: OrganisationService,
        project_input: dict[str, Any],
        owner_id: str,
    ) -> None:
        cluster = organisations.create_cluster(
            {"code": "sk", "name": "Styrgruppskluster Skellefteå", "organisation_id": owner_id}
        ).value
        manager = organisations.create_person(
            {"name": "Sara Lundberg", "organisation_id": owner_id}
        ).value
        project = projects.create_project(
            {**project_input, "steering_cluster_id": cluster.id, "manager_id": manager.id}
        ).value
        overview = projects.overview(project.id)
        assert overview.cluster is not None and overview.cluster.code == "SK"
        assert overview.manager is not None and overview.manager.name == "Sara Lundberg"

    def test_lookups(self, projects: ProjectService, project_input: dict[str, Any]) -> None:
        project = projects.create_project(project_input).value
        assert projects.find_project_id("ske-vv") == project.id
        assert projects.count_projects() == 1
        with pytest.raises(NotFound):
            projects.find_project_id("NOPE")
        with pytest.raises(NotFound):
            projects.get_project("no-such-id")
        with pytest.raises(NotFound):
            projects.overview("no-such-id")


class TestNewProjectReads:
    def test_overview_of_a_project_without_iterations(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        project = projects.create_project(project_input).value
        overview = projects.overview(project.id)
        assert overview.project == project
        assert overview.owner.name == "Samordningsförbundet Skellefteå"
        assert overview.cluster is None and overview.manager is None
        assert overview.current_iteration is None
        assert overview.current_counts == ()
        assert [(c.status, c.items, c.points) for c in overview.backlog_counts] == [
            (status, 0, 0) for status in ItemStatus
        ]
        assert overview.iteration_count == 0
        assert overview.velocity.points == ()
        assert overview.velocity.trend == "unknown"
        assert overview.velocity.average_completed is None

    def test_project_without_cluster_sits_under_its_owner(
        self, projects: ProjectService, project_input: dict[str, Any]
    ) -> None:
        project = projects.create_project(project_input).value
        [node] = projects.navigation_tree()
        assert node.clusters == ()
        assert [(p.id, p.code, p.name, p.status) for p in node.projects_without_cluster] == [
            (project.id, "SKE-VV", "Vägen vidare", ProjectStatus.PLANNED)
        ]
        [summary] = projects.list_projects()
        assert (summary.iterations, summary.items) == (0, 0)
        assert summary.steering_cluster is None

    def test_empty_database(self, projects: ProjectService) -> None:
        assert projects.list_projects() == []
        assert projects.list_iterations() == []
        assert projects.navigation_tree() == []


class TestDemoReads:
    @pytest.fixture
    def demo(self, demo_store: Store) -> ProjectService:
        return ProjectService(demo_store)

    def test_list_projects(self, demo: ProjectService) -> None:
        summaries = demo.list_projects()
        assert [summary.code for summary in summaries] == DEMO_CODES
        for summary in summaries:
            assert summary.iterations == 6
            assert summary.items == 200
            assert summary.status is ProjectStatus.RUNNING
            assert summary.owner_organisation.startswith("Samordningsförbundet")

    def test_navigation_tree(self, demo: ProjectService) -> None:
        tree = demo.navigation_tree()
        shape = {
            node.organisation.locality: {
                cluster.cluster.code: [project.code for project in cluster.projects]
                for cluster in node.clusters
            }
            for node in tree
        }
        assert shape == {
            "Lycksele": {},
            "Skellefteå": {"SK": ["SKE-UNG", "SKE-VV"]},
            "Umeå": {"UL": ["LYC-HR", "UME-IPS", "UME-SPR"]},
        }
        assert all(node.projects_without_cluster == () for node in tree)
        listed = sorted(
            project.code
            for node in tree
            for cluster in node.clusters
            for project in cluster.projects
        )
        assert listed == DEMO_CODES
        assert [node.organisation.name for node in tree] == sorted(
            node.organisation.name for node in tree
        )

    def test_overview_of_a_demo_project(self, demo: ProjectService, demo_store: Store) -> None:
        project_id = demo.find_project_id("SKE-VV")
        overview = demo.overview(project_id)
        assert overview.project.code == "SKE-VV"
        assert overview.owner.locality == "Skellefteå"
        assert overview.cluster is not None and overview.cluster.code == "SK"
        assert overview.manager is not None
        assert overview.iteration_count == 6

        current = overview.current_iteration
        assert current is not None
        assert (current.number, current.state) == (6, IterationState.ACTIVE)
        assert current.committed_points is None

        velocity = overview.velocity
        assert [point.number for point in velocity.points] == [1, 2, 3, 4, 5]
        expected = summarise_velocity(
            [IterationPoints(p.number, p.committed, p.completed) for p in velocity.points]
        )
        assert velocity.average_completed == pytest.approx(expected.average_completed)
        assert velocity.completion_ratio == pytest.approx(expected.completion_ratio)
        assert velocity.trend == expected.trend
        assert velocity.trend in {"rising", "falling", "steady"}
        listed = {it.number: it for it in demo.list_iterations("SKE-VV")}
        for point in velocity.points:
            assert (point.committed, point.completed) == (
                listed[point.number].committed_points,
                listed[point.number].completed_points,
            )
            assert point.goal_outcome is not None

        with demo_store.read() as session:
            total_points = session.scalar(
                select(func.coalesce(func.sum(BacklogItem.estimate_points), 0)).where(
                    BacklogItem.project_id == project_id
                )
            )
            in_current = session.scalar(
                select(func.count())
                .select_from(BacklogItem)
                .where(BacklogItem.iteration_id == current.id)
            )
        assert [count.status for count in overview.backlog_counts] == list(ItemStatus)
        assert sum(count.items for count in overview.backlog_counts) == 200
        assert sum(count.points for count in overview.backlog_counts) == total_points
        assert in_current
        assert sum(count.items for count in overview.current_counts) == in_current
        for current_count, backlog_count in zip(
            overview.current_counts, overview.backlog_counts, strict=True
        ):
            assert current_count.items <= backlog_count.items

    @pytest.mark.parametrize("code", DEMO_CODES)
    def test_every_demo_project_has_an_active_sixth_iteration(
        self, demo: ProjectService, code: str
    ) -> None:
        overview = demo.overview(demo.find_project_id(code))
        assert overview.current_iteration is not None
        assert overview.current_iteration.number == 6
        assert len(overview.velocity.points) == 5

    def test_list_iterations(self, demo: ProjectService) -> None:
        everything = demo.list_iterations()
        assert len(everything) == 30
        assert [(it.project_code, it.number) for it in everything] == sorted(
            (it.project_code, it.number) for it in everything
        )
        mine = demo.list_iterations("ske-vv")
        assert [it.number for it in mine] == [1, 2, 3, 4, 5, 6]
        assert {it.project_code for it in mine} == {"SKE-VV"}
        assert [it.state for it in mine] == [IterationState.CLOSED] * 5 + [IterationState.ACTIVE]
        for earlier, later in pairwise(mine):
            assert earlier.end_date < later.start_date
        with pytest.raises(NotFound):
            demo.list_iterations("NOPE")

    def test_current_iteration_falls_back_to_planned_then_closed(
        self, demo: ProjectService, demo_store: Store
    ) -> None:
        project_id = demo.find_project_id("UME-IPS")
        with demo_store.write() as session:
            active = session.scalars(
                select(Iteration).where(
                    Iteration.project_id == project_id, Iteration.state == IterationState.ACTIVE
                )
            ).one()
            active.state = IterationState.PLANNED
        assert demo.overview(project_id).current_iteration.number == 6  # type: ignore[union-attr]
        with demo_store.write() as session:
            session.get(Iteration, active.id).state = IterationState.CLOSED  # type: ignore[union-attr]
        overview = demo.overview(project_id)
        assert overview.current_iteration is not None
        assert overview.current_iteration.number == 6  # the most recently closed one
