"""Table models of the steering screens: meetings, the decision log and actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from improve_desktop.services.steering_schemas import (
    DecisionRead,
    MeetingRead,
    SteeringActionRead,
)
from improve_desktop.ui.formatting import format_date
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.steering_words import (
    action_source_text,
    action_status_text,
    attention_text,
    decision_kind_text,
    decision_status_text,
    meeting_state_text,
    optional_date,
)

translate = QCoreApplication.translate


COL_MEETING_DATE, COL_MEETING_STATE = 0, 2


def meeting_columns() -> list[Column[MeetingRead]]:
    return [
        Column(
            translate("SteeringTables", "Date"),
            lambda m: format_date(m.meeting_date),
            lambda m: m.meeting_date,
        ),
        Column(translate("SteeringTables", "Time"), lambda m: m.start_time),
        Column(translate("SteeringTables", "State"), lambda m: meeting_state_text(m.state)),
        Column(
            translate("SteeringTables", "Decisions"),
            lambda m: str(m.decisions),
            lambda m: m.decisions,
            numeric=True,
        ),
        Column(
            translate("SteeringTables", "Actions"),
            lambda m: str(m.actions),
            lambda m: m.actions,
            numeric=True,
        ),
        Column(translate("SteeringTables", "Place"), lambda m: m.place),
    ]


class MeetingTableModel(RowTableModel[MeetingRead]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(meeting_columns(), parent)


(
    COL_REFERENCE,
    COL_DECIDED,
    COL_TITLE,
    COL_STATUS,
    COL_ATTENTION,
    COL_OWNER,
    COL_DUE,
    COL_REVIEW,
    COL_PROJECT,
    COL_KIND,
    COL_CLUSTER,
) = range(11)


def decision_columns() -> list[Column[DecisionRead]]:
    return [
        Column(
            translate("SteeringTables", "Reference"),
            lambda d: d.reference,
            lambda d: (d.reference[:-4], d.reference),
        ),
        Column(
            translate("SteeringTables", "Decided"),
            lambda d: format_date(d.decided_on),
            lambda d: d.decided_on,
        ),
        Column(
            translate("SteeringTables", "Decision"),
            lambda d: d.title,
            tooltip=lambda d: d.text or d.title,
        ),
        Column(translate("SteeringTables", "Status"), _decision_status),
        Column(
            translate("SteeringTables", "Attention"),
            lambda d: attention_text(overdue=d.overdue, review_due=d.review_due),
            lambda d: (not (d.overdue or d.review_due), d.due_on is None, d.due_on),
        ),
        Column(translate("SteeringTables", "Owner"), lambda d: d.owner),
        Column(
            translate("SteeringTables", "Due"),
            lambda d: optional_date(d.due_on),
            lambda d: (d.due_on is None, d.due_on),
        ),
        Column(
            translate("SteeringTables", "Review"),
            lambda d: optional_date(d.review_on),
            lambda d: (d.review_on is None, d.review_on),
        ),
        Column(
            translate("SteeringTables", "Project"),
            lambda d: d.project_code or translate("SteeringTables", "Whole cluster"),
        ),
        Column(translate("SteeringTables", "Kind"), lambda d: decision_kind_text(d.kind)),
        Column(translate("SteeringTables", "Cluster"), lambda d: d.cluster_code),
    ]


def _decision_status(decision: DecisionRead) -> str:
    text = decision_status_text(decision.status)
    if decision.superseded_by_reference:
        text += " " + translate("SteeringTables", "by %1").replace(
            "%1", decision.superseded_by_reference
        )
    return text


class DecisionLogModel(RowTableModel[DecisionRead]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(decision_columns(), parent)

    def sort_key(self, column: int, row: DecisionRead) -> object:
        return self._sort_key(self._columns[column], row)

    def sorted(
        self, rows: list[DecisionRead], column: int, order: Qt.SortOrder
    ) -> list[DecisionRead]:
        """``rows`` in the order the model would show them sorted by ``column``."""
        if not 0 <= column < len(self._columns):
            return list(rows)
        spec = self._columns[column]
        return sorted(
            rows,
            key=lambda row: self._sort_key(spec, row),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )


(
    COL_ACTION_TEXT,
    COL_ACTION_STATUS,
    COL_ACTION_ATTENTION,
    COL_ACTION_OWNER,
    COL_ACTION_DUE,
    COL_ACTION_PROJECT,
    COL_ACTION_SOURCE,
    COL_ACTION_CLUSTER,
) = range(8)


def action_columns() -> list[Column[SteeringActionRead]]:
    return [
        Column(translate("SteeringTables", "Action"), lambda a: a.text, tooltip=lambda a: a.text),
        Column(translate("SteeringTables", "Status"), lambda a: action_status_text(a.status)),
        Column(
            translate("SteeringTables", "Attention"),
            lambda a: attention_text(overdue=a.overdue),
            lambda a: (not a.overdue, a.due_on is None, a.due_on),
        ),
        Column(translate("SteeringTables", "Owner"), lambda a: a.owner),
        Column(
            translate("SteeringTables", "Due"),
            lambda a: optional_date(a.due_on),
            lambda a: (a.due_on is None, a.due_on),
        ),
        Column(
            translate("SteeringTables", "Project"),
            lambda a: a.project_code or translate("SteeringTables", "Whole cluster"),
        ),
        Column(
            translate("SteeringTables", "Source"),
            lambda a: " ".join(
                part for part in (action_source_text(a.source), a.decision_reference) if part
            ),
        ),
        Column(translate("SteeringTables", "Cluster"), lambda a: a.cluster_code),
    ]


class ActionTableModel(RowTableModel[SteeringActionRead]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(action_columns(), parent)
