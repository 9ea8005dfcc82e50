"""List models of meeting mode: the agenda, and the running list of decisions and actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from improve_desktop.domain.steering import AgendaOutcome
from improve_desktop.services.steering_schemas import (
    AgendaItemRead,
    DecisionRead,
    SteeringActionRead,
)
from improve_desktop.ui.steering_words import (
    CARRIED_MARK,
    DONE_MARK,
    agenda_kind_text,
    agenda_outcome_text,
    optional_date,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
translate = QCoreApplication.translate


def agenda_title(item: AgendaItemRead) -> str:
    """What an agenda item is called: its project and title, or its kind when it has neither."""
    if item.project_name and item.title and item.title != item.project_name:
        return f"{item.project_name}: {item.title}"
    return item.title or item.project_name or translate("MeetingMode", "Whole cluster")


class AgendaListModel(QAbstractListModel):
    """The agenda, one row per item: number, a done/moved marker, kind and title."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[AgendaItemRead] = []

    def set_items(self, items: list[AgendaItemRead]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[AgendaItemRead]:
        return list(self._items)

    def replace(self, item: AgendaItemRead) -> None:
        for row, present in enumerate(self._items):
            if present.id == item.id:
                self._items[row] = item
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        marker = {AgendaOutcome.DONE: DONE_MARK, AgendaOutcome.CARRIED_OVER: CARRIED_MARK}.get(
            item.outcome, "")
        if role == Qt.ItemDataRole.DisplayRole:
            head = f"{index.row() + 1}. {marker} " if marker else f"{index.row() + 1}. "
            return f"{head}{agenda_title(item)}\n{agenda_kind_text(item.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("MeetingMode", "Item %1 of %2: %3, %4, %5").replace(
                "%1", str(index.row() + 1)).replace("%2", str(len(self._items))).replace(
                "%3", agenda_title(item)).replace("%4", agenda_kind_text(item.kind)).replace(
                "%5", agenda_outcome_text(item.outcome))
        if role == Qt.ItemDataRole.ToolTipRole:
            return agenda_outcome_text(item.outcome)
        if role == ROW_ROLE:
            return item
        return None


@dataclass(frozen=True)
class Entry:
    """One line of the running list: a decision or an action recorded in this meeting."""

    decision: DecisionRead | None = None
    action: SteeringActionRead | None = None

    @property
    def id(self) -> str:
        return self.decision.id if self.decision else self.action.id  # type: ignore[union-attr]


class EntriesModel(QAbstractListModel):
    """This meeting's decisions and actions, in the order they were entered; new rows are
    appended (no reload), so recording stays quick however long the log is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, decisions: list[DecisionRead], actions: list[SteeringActionRead]) -> None:
        entries = [Entry(decision=d) for d in decisions] + [Entry(action=a) for a in actions]
        entries.sort(key=lambda e: (e.decision or e.action).created_at or 0)  # type: ignore[union-attr, return-value]
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def append(self, entry: Entry) -> QModelIndex:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()
        return self.index(row, 0)

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_text(entry)
        if role == ROW_ROLE:
            return entry
        return None


def entry_text(entry: Entry) -> str:
    if entry.decision is not None:
        decision = entry.decision
        head = translate("MeetingMode", "Decision %1").replace("%1", decision.reference)
        owner, due, title = decision.owner, decision.due_on, decision.title
    else:
        action = entry.action
        assert action is not None
        head = translate("MeetingMode", "Action")
        owner, due, title = action.owner, action.due_on, action.text
    details = []
    if owner:
        details.append(owner)
    if due is not None:
        details.append(translate("MeetingMode", "due %1").replace("%1", optional_date(due)))
    tail = f"\n{' · '.join(details)}" if details else ""
    return f"{head}: {title}{tail}"
