"""Every Qt model passes QAbstractItemModelTester, before and after sorting and reloading."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from improve_desktop.domain.enums import ClusterRole, GoalOutcome
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.schemas import VelocityPoint
from improve_desktop.ui.qt_models.member_model import COL_ROLE, MemberModel
from improve_desktop.ui.qt_models.navigation_model import (
    NODE_ID_ROLE,
    NODE_KIND_ROLE,
    NavigationModel,
    NodeKind,
)
from improve_desktop.ui.qt_models.project_table_model import COL_CODE, COL_ITEMS, ProjectTableModel
from improve_desktop.ui.qt_models.table_model import ROW_ROLE
from improve_desktop.ui.qt_models.velocity_model import (
    COL_COMPLETED,
    COL_GOAL,
    COL_RATIO,
    VelocityModel,
)

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _points() -> list[VelocityPoint]:
    return [
        VelocityPoint(number=n, name=f"Iteration {n}", start_date=date(2026, 1, 1 + 14 * (n - 1) % 28),
                      end_date=date(2026, 1, 14), committed=c, completed=d, goal_outcome=g)
        for n, c, d, g in (
            (1, 20, 10, GoalOutcome.NOT_MET),
            (2, 18, 18, GoalOutcome.MET),
            (3, 0, 0, None),
            (4, 22, 15, GoalOutcome.PARTLY),
        )
    ]


def test_navigation_model_holds_the_demo_tree(qapp: object, demo_store: object) -> None:
    model = NavigationModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_tree(ProjectService(demo_store).navigation_tree())  # type: ignore[arg-type]
    organisations = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert organisations == [
        "Samordningsförbundet Lycksele",
        "Samordningsförbundet Skellefteå",
        "Samordningsförbundet Umeå",
    ]
    skelleftea = model.index(1, 0)
    cluster = model.index(0, 0, skelleftea)
    assert cluster.data() == "Styrgruppskluster Skellefteå"
    assert cluster.data(NODE_KIND_ROLE) == NodeKind.CLUSTER.value
    projects = [model.index(r, 0, cluster).data() for r in range(model.rowCount(cluster))]
    assert projects == ["SKE-UNG – Unga på väg", "SKE-VV – Vägen vidare"]
    found = model.find(NodeKind.PROJECT, model.index(1, 0, cluster).data(NODE_ID_ROLE))
    assert found == model.index(1, 0, cluster)
    assert found.parent() == cluster
    assert model.first_project().data(NODE_KIND_ROLE) == NodeKind.PROJECT.value
    model.set_tree([])
    assert model.rowCount() == 0


def test_velocity_model_sorts_in_the_model(qapp: object) -> None:
    model = VelocityModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_rows(_points())
    assert model.rowCount() == 4
    assert model.index(0, COL_RATIO).data() == "50%"
    assert model.index(2, COL_RATIO).data() == "–"  # nothing committed: no share, no crash
    assert model.index(1, COL_GOAL).data() == "Goal met"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)  # the period, in words
    model.sort(COL_COMPLETED, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, COL_COMPLETED).data() for r in range(4)] == ["18", "15", "10", "0"]
    model.sort(COL_RATIO, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data(ROW_ROLE).number == 3


def test_project_and_member_models(qapp: object, demo_store: object) -> None:
    projects = ProjectTableModel()
    QAbstractItemModelTester(projects, FAIL)
    projects.set_rows(ProjectService(demo_store).list_projects())  # type: ignore[arg-type]
    projects.sort(COL_CODE, Qt.SortOrder.DescendingOrder)
    assert projects.index(0, COL_CODE).data() == "UME-SPR"
    assert projects.index(0, COL_ITEMS).data() == "200"
    organisations = OrganisationService(demo_store)  # type: ignore[arg-type]
    cluster = next(c for c in organisations.list_clusters() if c.code == "SK")
    members = MemberModel()
    QAbstractItemModelTester(members, FAIL)
    members.set_rows(organisations.list_members(cluster.id))
    members.sort(COL_ROLE)
    assert members.index(0, COL_ROLE).data() == "Chair"
    assert members.index(0, COL_ROLE).data(ROW_ROLE).role is ClusterRole.CHAIR


@pytest.mark.parametrize("column", [-1, 99])
def test_sorting_by_a_missing_column_changes_nothing(qapp: object, column: int) -> None:
    model = VelocityModel()
    model.set_rows(_points())
    before = model.rows()
    model.sort(column)
    assert model.rows() == before


def test_chart_table_models(qapp: object, demo_store: object) -> None:
    """The text twins of the burndown and velocity charts pass the model tester too."""
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.ui.views.charts_view import BurndownModel, VelocityHistoryModel

    service = IterationService(demo_store)  # type: ignore[arg-type]
    project_id = ProjectService(demo_store).find_project_id("SKE-VV")  # type: ignore[arg-type]
    iterations = service.list_iterations(project_id)
    burndown = BurndownModel()
    QAbstractItemModelTester(burndown, FAIL)
    burndown.set_rows(service.burndown(iterations[0].id).days)
    assert burndown.rowCount() == 14
    burndown.sort(1, Qt.SortOrder.DescendingOrder)
    assert int(burndown.index(0, 1).data()) >= int(burndown.index(13, 1).data())
    velocity = VelocityHistoryModel()
    QAbstractItemModelTester(velocity, FAIL)
    velocity.set_rows(service.velocity_history(project_id).points)
    assert velocity.rowCount() == 5
    assert velocity.index(4, 3).data() != ""
