"""Finding the way around: back from the decision log to the project, organisation pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from improve_desktop.ui.main_window import MainWindow
from improve_desktop.ui.qt_models.navigation_model import NodeKind


def test_back_from_the_decision_log_to_the_chosen_project(demo_window: MainWindow,
                                                          qtbot: Any) -> None:
    project_id = demo_window.current_project_id
    demo_window.decision_log_action.trigger()
    assert demo_window.pages.currentWidget() is not demo_window.project_tabs

    # By the View menu ...
    demo_window.show_backlog_action.trigger()
    assert demo_window.pages.currentWidget() is demo_window.project_tabs
    assert demo_window.current_view() is demo_window.backlog_view

    # ... and by Enter on the project that is still chosen in the navigation.
    demo_window.decision_log_action.trigger()
    demo_window.navigation.setFocus()
    index = demo_window.navigation_model.find(NodeKind.PROJECT, project_id)
    assert demo_window.navigation.currentIndex() == index
    QTest.keyClick(demo_window.navigation, Qt.Key.Key_Return)
    assert demo_window.pages.currentWidget() is demo_window.project_tabs
    assert demo_window.current_project_id == project_id


def test_an_organisation_page_lists_the_projects_it_owns(demo_window: MainWindow) -> None:
    organisations = demo_window.workspace.organisations.list_organisations()
    lycksele = next(o for o in organisations if o.locality == "Lycksele")
    owned = sorted(p.code for p in demo_window.workspace.projects.list_projects()
                   if p.owner_organisation == lycksele.name)
    assert owned, "the demo has a project owned by Lycksele"
    index = demo_window.navigation_model.find(NodeKind.ORGANISATION, lycksele.id)
    demo_window.navigation.setCurrentIndex(index)
    page = demo_window.group_page
    assert demo_window.pages.currentWidget() is page
    model = page.projects.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert all(any(code in str(text) for text in shown) for code in owned)
