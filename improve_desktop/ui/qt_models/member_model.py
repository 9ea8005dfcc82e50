"""Members of a steering cluster with their roles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from improve_desktop.domain.enums import ClusterRole
from improve_desktop.services.schemas import MembershipRead
from improve_desktop.ui.formatting import cluster_role_text
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_NAME = 0
COL_ROLE = 1
COL_AFFILIATION = 2

translate = QCoreApplication.translate


def _columns() -> list[Column[MembershipRead]]:
    return [
        Column(translate("MemberModel", "Name"), lambda m: m.person.name),
        Column(translate("MemberModel", "Role"), lambda m: cluster_role_text(m.role),
               lambda m: list(ClusterRole).index(m.role)),
        Column(translate("MemberModel", "Affiliation"), lambda m: m.person.affiliation),
    ]


class MemberModel(RowTableModel[MembershipRead]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
