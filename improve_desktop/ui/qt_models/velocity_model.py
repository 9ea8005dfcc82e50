"""Closed iterations with committed and completed points: the text twin of the velocity chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from improve_desktop.domain.enums import GoalOutcome
from improve_desktop.services.schemas import VelocityPoint
from improve_desktop.ui.formatting import format_date_range, format_percent, goal_outcome_text
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_ITERATION = 0
COL_COMMITTED = 1
COL_COMPLETED = 2
COL_RATIO = 3
COL_GOAL = 4

translate = QCoreApplication.translate


def _ratio(point: VelocityPoint) -> float | None:
    return point.completed / point.committed if point.committed else None


def _columns() -> list[Column[VelocityPoint]]:
    return [
        Column(translate("VelocityModel", "Iteration"), lambda p: p.name, lambda p: p.number,
               tooltip=lambda p: format_date_range(p.start_date, p.end_date)),
        Column(translate("VelocityModel", "Committed"), lambda p: str(p.committed),
               lambda p: p.committed, numeric=True),
        Column(translate("VelocityModel", "Completed"), lambda p: str(p.completed),
               lambda p: p.completed, numeric=True),
        Column(translate("VelocityModel", "Share done"),
               lambda p: "–" if _ratio(p) is None else format_percent(_ratio(p) or 0.0),
               lambda p: _ratio(p) or -1.0, numeric=True),
        Column(translate("VelocityModel", "Goal"), lambda p: goal_outcome_text(p.goal_outcome),
               lambda p: list(GoalOutcome).index(p.goal_outcome) if p.goal_outcome else -1),
    ]


class VelocityModel(RowTableModel[VelocityPoint]):
    """One row per closed iteration, oldest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_columns(), parent)
