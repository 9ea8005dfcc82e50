"""Projects as a table: code, name, status, period, organisation, iterations, items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from improve_desktop.services.schemas import ProjectSummary
from improve_desktop.ui.formatting import format_date_range, project_status_text
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_CODE = 0
COL_NAME = 1
COL_STATUS = 2
COL_PERIOD = 3
COL_ORGANISATION = 4
COL_ITERATIONS = 5
COL_ITEMS = 6

translate = QCoreApplication.translate


def _columns() -> list[Column[ProjectSummary]]:
    return [
        Column(translate("ProjectTableModel", "Code"), lambda p: p.code),
        Column(translate("ProjectTableModel", "Name"), lambda p: p.name),
        Column(translate("ProjectTableModel", "Status"), lambda p: project_status_text(p.status)),
        Column(translate("ProjectTableModel", "Period"),
               lambda p: format_date_range(p.start_date, p.end_date), lambda p: p.start_date),
        Column(translate("ProjectTableModel", "Owner"), lambda p: p.owner_organisation),
        Column(translate("ProjectTableModel", "Iterations"), lambda p: str(p.iterations),
               lambda p: p.iterations, numeric=True),
        Column(translate("ProjectTableModel", "Backlog items"), lambda p: str(p.items),
               lambda p: p.items, numeric=True),
    ]


class ProjectTableModel(RowTableModel[ProjectSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
