"""The backlog as an editable, filterable, sortable table with drag-and-drop reordering.

The model never writes to the store itself: edits and drops are emitted as requests, which
the view turns into undoable commands over the backlog service. Filtering and sorting happen
here, over plain lists (a proxy model over tens of thousands of rows is far slower).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.schemas import MethodRead
from improve_desktop.ui.formatting import item_kind_text, item_status_text

Index = QModelIndex | QPersistentModelIndex

ITEMS_MIME_TYPE = "application/x-improve-backlog-items"

COL_POSITION = 0
COL_TITLE = 1
COL_KIND = 2
COL_STATUS = 3
COL_ESTIMATE = 4
COL_METHODS = 5
COL_ITERATION = 6
COLUMN_COUNT = 7

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

translate = QCoreApplication.translate


def items_mime(item_ids: Sequence[str], project_id: str) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"project_id": project_id, "item_ids": list(item_ids)})
    data.setData(ITEMS_MIME_TYPE, payload.encode("utf-8"))
    return data


def ids_from_mime(data: QMimeData, project_id: str) -> list[str]:
    """The item ids carried by a drag, or [] when it is not ours or from another project."""
    if not data.hasFormat(ITEMS_MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(data.data(ITEMS_MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if payload.get("project_id") != project_id:
        return []
    return [str(item_id) for item_id in payload.get("item_ids", [])]


@dataclass(frozen=True)
class BacklogFilter:
    text: str = ""
    status: ItemStatus | None = None
    kind: ItemKind | None = None
    method_id: str | None = None
    only_unplanned: bool = False
    hide_done: bool = False

    def is_empty(self) -> bool:
        return self == BacklogFilter()


class BacklogModel(QAbstractTableModel):
    """Rows are the project's items; the visible rows are those passing the filter."""

    edit_requested = Signal(str, str, object)  # item id, field, new value
    move_requested = Signal(list, object)  # item ids, id of the item to place them after (or None)
    assign_requested = Signal(list, object)  # item ids, iteration id (or None = backlog)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[BacklogItemRead] = []
        self._rows: list[BacklogItemRead] = []
        self._position: dict[str, int] = {}
        self._methods: dict[str, MethodRead] = {}
        self._language = "en"
        self._filter = BacklogFilter()
        self._sort: tuple[int, Qt.SortOrder] = (COL_POSITION, Qt.SortOrder.AscendingOrder)
        self.project_id = ""
        # When set, only items in this iteration are rows, and drops assign to it.
        self.iteration_id: str | None = None
        self._headers = [
            translate("BacklogModel", "#"),
            translate("BacklogModel", "Title"),
            translate("BacklogModel", "Kind"),
            translate("BacklogModel", "Status"),
            translate("BacklogModel", "Points"),
            translate("BacklogModel", "Methods"),
            translate("BacklogModel", "Iteration"),
        ]

    # -- data in --------------------------------------------------------------------------------

    def set_methods(self, methods: Sequence[MethodRead], language: str) -> None:
        self._methods = {method.id: method for method in methods}
        self._language = language

    def set_items(self, project_id: str, items: Sequence[BacklogItemRead]) -> None:
        self.project_id = project_id
        self._all = list(items)
        self._position = {item.id: number for number, item in enumerate(self._all, start=1)}
        self._refilter()

    def update_items(self, changed: Sequence[BacklogItemRead], gone: set[str]) -> None:
        """Replace, add and drop a few items without reloading the whole project."""
        fresh = {item.id: item for item in changed}
        items = [fresh.pop(item.id, item) for item in self._all if item.id not in gone]
        items.extend(fresh.values())
        items.sort(key=lambda item: item.rank)
        self._all = items
        self._position = {item.id: number for number, item in enumerate(items, start=1)}
        self._refilter()

    def set_filter(self, backlog_filter: BacklogFilter) -> None:
        self._filter = backlog_filter
        self._refilter()

    def filter(self) -> BacklogFilter:
        return self._filter

    def _refilter(self) -> None:
        self.beginResetModel()
        wanted = self._filter
        needle = wanted.text.casefold().strip()
        rows = self._all
        if self.iteration_id is not None:
            rows = [item for item in rows if item.iteration_id == self.iteration_id]
        if wanted.only_unplanned:
            rows = [item for item in rows if item.iteration_id is None and item.status is not ItemStatus.DONE]
        if wanted.hide_done and wanted.status is not ItemStatus.DONE:
            rows = [item for item in rows if item.status is not ItemStatus.DONE]
        if wanted.status is not None:
            rows = [item for item in rows if item.status is wanted.status]
        if wanted.kind is not None:
            rows = [item for item in rows if item.kind is wanted.kind]
        if wanted.method_id is not None:
            rows = [item for item in rows if wanted.method_id in item.method_ids]
        if needle:
            rows = [item for item in rows
                    if needle in item.title.casefold() or needle in item.description.casefold()]
        self._rows = list(rows)
        self._apply_sort()
        self.endResetModel()

    # -- helpers for views ----------------------------------------------------------------------

    def item_at(self, row: int) -> BacklogItemRead:
        return self._rows[row]

    def items(self) -> list[BacklogItemRead]:
        return list(self._rows)

    def all_items(self) -> list[BacklogItemRead]:
        return list(self._all)

    def row_of(self, item_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                return row
        return -1

    def in_rank_order(self) -> bool:
        return self._sort == (COL_POSITION, Qt.SortOrder.AscendingOrder)

    def method_names(self, item: BacklogItemRead) -> str:
        names = []
        for method_id in item.method_ids:
            method = self._methods.get(method_id)
            if method is not None:
                names.append(method.name_sv if self._language == "sv" else method.name_en)
        return ", ".join(names)

    def visible_points(self) -> int:
        return sum(item.estimate_points or 0 for item in self._rows)

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT and role in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != COL_TITLE:
                return None
            return self._text(item, column, role)
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_TITLE: item.title,
                COL_KIND: item.kind.value,
                COL_STATUS: item.status.value,
                COL_ESTIMATE: item.estimate_points if item.estimate_points is not None else 0,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_POSITION, COL_ESTIMATE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return None

    def _text(self, item: BacklogItemRead, column: int, role: int) -> str:
        if column == COL_POSITION:
            return str(self._position.get(item.id, ""))
        if column == COL_TITLE:
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.description or item.title
            return item.title
        if column == COL_KIND:
            return item_kind_text(item.kind)
        if column == COL_STATUS:
            return item_status_text(item.status)
        if column == COL_ESTIMATE:
            return "" if item.estimate_points is None else str(item.estimate_points)
        if column == COL_METHODS:
            return self.method_names(item)
        if column == COL_ITERATION:
            if item.iteration_number is None:
                return translate("BacklogModel", "Backlog")
            return str(item.iteration_number)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (COL_TITLE, COL_KIND, COL_STATUS, COL_ESTIMATE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        column = index.column()
        if column == COL_TITLE:
            text = str(value).strip()
            if not text or text == item.title:
                return False
            self.edit_requested.emit(item.id, "title", text)
        elif column == COL_KIND:
            kind = ItemKind(value)
            if kind is item.kind:
                return False
            self.edit_requested.emit(item.id, "kind", kind)
        elif column == COL_STATUS:
            status = ItemStatus(value)
            if status is item.status:
                return False
            self.edit_requested.emit(item.id, "status", status)
        elif column == COL_ESTIMATE:
            points = int(value)
            if points == item.estimate_points:
                return False
            self.edit_requested.emit(item.id, "estimate_points", points)
        else:
            return False
        return True

    # -- sorting --------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self._rows[index.row()].id, index.column()) for index in persistent]
        self._sort = (column, order)
        self._apply_sort()
        rows = {item.id: row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[item_id], col) if item_id in rows else QModelIndex()
                         for item_id, col in remembered])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        keys = {
            COL_POSITION: lambda item: self._position.get(item.id, 0),
            COL_TITLE: lambda item: item.title.casefold(),
            COL_KIND: lambda item: list(ItemKind).index(item.kind),
            COL_STATUS: lambda item: list(ItemStatus).index(item.status),
            COL_ESTIMATE: lambda item: -1 if item.estimate_points is None else item.estimate_points,
            COL_METHODS: lambda item: self.method_names(item).casefold(),
            COL_ITERATION: lambda item: item.iteration_number or 0,
        }
        self._rows.sort(key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    # -- drag and drop --------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return items_mime([self._rows[row].id for row in rows], self.project_id)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return bool(ids_from_mime(data, self.project_id))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        item_ids = ids_from_mime(data, self.project_id)
        if not item_ids or action == Qt.DropAction.IgnoreAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        incoming = [item_id for item_id in item_ids if self.row_of(item_id) < 0]
        if incoming:
            # Items dragged in from another list join this list's iteration (or the backlog).
            self.assign_requested.emit(incoming, self.iteration_id)
        if self.in_rank_order():
            self.move_requested.emit(item_ids, self.anchor_before(row, set(item_ids)))
        # The view refreshes from the store; returning False keeps Qt from removing rows itself.
        return False

    def anchor_before(self, row: int, moving: set[str]) -> str | None:
        """The id of the nearest item above ``row`` that is not being moved, or None."""
        for candidate in range(min(row, len(self._rows)) - 1, -1, -1):
            if self._rows[candidate].id not in moving:
                return self._rows[candidate].id
        # Nothing visible above: place right after whatever precedes the first visible row.
        if self._rows:
            first = self._rows[0]
            position = self._all.index(first) if first in self._all else 0
            for candidate in range(position - 1, -1, -1):
                if self._all[candidate].id not in moving:
                    return self._all[candidate].id
        return None
