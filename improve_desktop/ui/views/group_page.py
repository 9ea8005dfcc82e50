"""The page for an organisation or a steering cluster: its projects, and a cluster's members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.schemas import MembershipRead, ProjectSummary
from improve_desktop.ui.qt_models.member_model import COL_ROLE, MemberModel
from improve_desktop.ui.qt_models.project_table_model import ProjectTableModel
from improve_desktop.ui.views.project_overview import readable_label


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class GroupPage(QWidget):
    """Heading, description, a table of projects and (for clusters) a table of members."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        self.title = readable_label(object_name="pageTitle")
        self.description = readable_label()
        self.description.setAccessibleName(self.tr("Description"))
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        # A steering cluster's meetings, agendas and meeting mode (issue 4).
        self.meetings_button = QPushButton(self.tr("&Meetings and decisions (Ctrl+Shift+M)"))
        self.meetings_button.setAccessibleName(self.tr("Meetings and decisions"))
        layout.addWidget(self.meetings_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.projects_caption = QLabel(self.tr("Projects"))
        self.projects_caption.setObjectName("sectionTitle")
        self.project_model = ProjectTableModel(self)
        self.projects = _table(self.tr("Projects"))
        self.projects.setModel(self.project_model)
        self.projects_caption.setBuddy(self.projects)
        layout.addWidget(self.projects_caption)
        layout.addWidget(self.projects, 2)
        self.members_caption = QLabel(self.tr("Steering group members"))
        self.members_caption.setObjectName("sectionTitle")
        self.member_model = MemberModel(self)
        self.members = _table(self.tr("Steering group members"))
        self.members.setModel(self.member_model)
        self.members_caption.setBuddy(self.members)
        layout.addWidget(self.members_caption)
        layout.addWidget(self.members, 1)

    def show_group(
        self,
        title: str,
        description: str,
        projects: list[ProjectSummary],
        members: list[MembershipRead] | None,
    ) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.setAccessibleName(title)
        self.description.setText(description or "")
        self.description.setVisible(bool(description))
        self.project_model.set_rows(projects)
        self.projects.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        has_members = members is not None
        self.members_caption.setVisible(has_members)
        self.meetings_button.setVisible(has_members)
        self.members.setVisible(has_members)
        self.member_model.set_rows(members or [])

    def sort_members_by_role(self) -> None:
        self.members.sortByColumn(COL_ROLE, Qt.SortOrder.AscendingOrder)
