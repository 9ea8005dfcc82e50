"""A read-only table model over a list of read schemas, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """How one column shows a row: its header, its text and the key it sorts by."""

    header: str
    text: Callable[[RowT], str]
    sort_key: Callable[[RowT], Any] | None = None
    numeric: bool = False
    tooltip: Callable[[RowT], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows are replaced whole with ``set_rows``; sorting happens here, not in a proxy."""

    def __init__(self, columns: Sequence[Column[RowT]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[RowT] = []

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == SORT_ROLE:
            return self._sort_key(column, row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return None

    @staticmethod
    def _sort_key(column: Column[RowT], row: RowT) -> Any:
        return column.sort_key(row) if column.sort_key else column.text(row).casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(id(self._rows[index.row()]), index.column()) for index in persistent]
        self._rows.sort(key=lambda row: self._sort_key(spec, row),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(position[key], col) for key, col in remembered]
        )
        self.layoutChanged.emit()
