"""The board: one column per status for the active iteration, cards moved by drag or keyboard."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.services.planning_schemas import BacklogItemRead, WipLimit
from improve_desktop.services.schemas import IterationRead, MethodRead
from improve_desktop.ui.formatting import format_date_range, item_status_text
from improve_desktop.ui.qt_models.backlog_model import ID_ROLE, ITEM_ROLE, ids_from_mime, items_mime
from improve_desktop.ui.views.backlog_view import BacklogController
from improve_desktop.ui.views.board_card import BoardCardDelegate

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


class BoardColumnModel(QAbstractListModel):
    """The cards of one status column, in backlog order."""

    status_requested = Signal(list, object)  # item ids, the column's ItemStatus

    def __init__(self, status: ItemStatus, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = status
        self.project_id = ""
        self._items: list[BacklogItemRead] = []
        self._method_names: dict[str, str] = {}

    def set_items(self, project_id: str, items: Sequence[BacklogItemRead],
                  method_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.project_id = project_id
        self._items = [item for item in items if item.status is self.status]
        self._method_names = method_names
        self.endResetModel()

    def items(self) -> list[BacklogItemRead]:
        return list(self._items)

    def points(self) -> int:
        return sum(item.estimate_points or 0 for item in self._items)

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def _methods(self, item: BacklogItemRead) -> str:
        return ", ".join(self._method_names[m] for m in item.method_ids if m in self._method_names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        points = ("–" if item.estimate_points is None
                  else translate("BoardView", "%1 p").replace("%1", str(item.estimate_points)))
        methods = self._methods(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.title}\n{points}" + (f" · {methods}" if methods else "")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = translate("BoardView", "%1, %2 points").replace("%1", item.title).replace(
                "%2", "0" if item.estimate_points is None else str(item.estimate_points))
            return text + (", " + methods if methods else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.description or item.title
        if role == ITEM_ROLE:
            return item
        if role == ID_ROLE:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        from improve_desktop.ui.qt_models.backlog_model import ITEMS_MIME_TYPE

        return [ITEMS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return items_mime([self._items[row].id for row in rows], self.project_id)

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return bool(ids_from_mime(data, self.project_id))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        moving = [item_id for item_id in ids_from_mime(data, self.project_id)
                  if self.row_of(item_id) < 0]
        if moving:
            self.status_requested.emit(moving, self.status)
        return False


class BoardColumn(QWidget):
    """A titled column with its count, points and optional WIP limit."""

    def __init__(self, status: ItemStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.title = QLabel()
        self.title.setObjectName("boardColumnTitle")
        self.title.setWordWrap(True)
        self.model = BoardColumnModel(status, self)
        self.list = QListView()
        self.list.setObjectName("boardColumn")
        self.list.setModel(self.model)
        self.list.setItemDelegate(BoardCardDelegate(self.list))
        self.list.setAccessibleName(translate("BoardView", "Column %1").replace(
            "%1", item_status_text(status)))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setUniformItemSizes(False)
        self.list.setGridSize(QSize())
        # Cards wrap to the column's width and are laid out again when it changes; a card
        # never runs off to the right behind a sideways scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.title.setBuddy(self.list)
        limit_row = QHBoxLayout()
        limit_label = QLabel(translate("BoardView", "WIP limit:"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 999)
        self.limit.setSpecialValueText(translate("BoardView", "none"))
        self.limit.setAccessibleName(translate("BoardView", "Work-in-progress limit for %1")
                                     .replace("%1", item_status_text(status)))
        limit_label.setBuddy(self.limit)
        limit_row.addWidget(limit_label)
        limit_row.addWidget(self.limit)
        limit_row.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(limit_row)

    def update_title(self, wip_limit: int | None) -> bool:
        count = self.model.rowCount()
        text = translate("BoardView", "%1 · %n item(s), %2 points", "", count).replace(
            "%1", item_status_text(self.status)).replace("%2", str(self.model.points()))
        over = wip_limit is not None and count > wip_limit
        if wip_limit is not None:
            text += " · " + translate("BoardView", "limit %1").replace("%1", str(wip_limit))
        if over:
            text += "\n" + translate("BoardView", "⚠ Over the work-in-progress limit")
        self.title.setText(text)
        self.title.setProperty("over", over)
        self.title.style().unpolish(self.title)
        self.title.style().polish(self.title)
        self.list.setAccessibleDescription(text)
        return over


class BoardView(QWidget):
    """The active iteration's board."""

    def __init__(self, controller: BacklogController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = ""
        self.iteration: IterationRead | None = None
        self.setAccessibleName(self.tr("Board"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        hint = QLabel(self.tr("Move a card with Ctrl+Left and Ctrl+Right, or drag it."))
        layout.addWidget(hint)
        columns = QHBoxLayout()
        self.columns: dict[ItemStatus, BoardColumn] = {}
        for status in ItemStatus:
            column = BoardColumn(status)
            column.model.status_requested.connect(self._on_status_requested,
                                                  Qt.ConnectionType.QueuedConnection)
            column.limit.editingFinished.connect(lambda c=column: self._limit_changed(c))
            for text, shortcut, step in ((self.tr("Move card right"), "Ctrl+Right", +1),
                                         (self.tr("Move card left"), "Ctrl+Left", -1)):
                action = QAction(text, column.list)
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                action.triggered.connect(lambda _c=False, col=column, s=step: self.move_cards(col, s))
                column.list.addAction(action)
            columns.addWidget(column, 1)
            self.columns[status] = column
        layout.addLayout(columns, 1)
        self._limits: dict[ItemStatus, int | None] = {}

    def show_project(self, project_id: str, items: Sequence[BacklogItemRead],
                     methods: Sequence[MethodRead], iterations: Sequence[IterationRead],
                     language: str, limits: Sequence[WipLimit] = ()) -> None:
        self.project_id = project_id
        self.iteration = next((i for i in iterations if i.state is IterationState.ACTIVE), None)
        names = {m.id: (m.name_sv if language == "sv" else m.name_en) for m in methods}
        cards = [item for item in items if self.iteration and item.iteration_id == self.iteration.id]
        self._limits = {limit.status: limit.wip_limit for limit in limits}
        for status, column in self.columns.items():
            keep = [i.data(ID_ROLE) for i in column.list.selectionModel().selectedIndexes()]
            column.model.set_items(project_id, cards, names)
            column.limit.blockSignals(True)
            column.limit.setValue(self._limits.get(status) or 0)
            column.limit.blockSignals(False)
            column.update_title(self._limits.get(status))
            self._select(column, keep)
        if self.iteration is None:
            self.heading.setText(self.tr("No active iteration: start one in the planning view."))
        else:
            self.heading.setText(f"{self.iteration.name} · "
                                 f"{format_date_range(self.iteration.start_date, self.iteration.end_date)}"
                                 f" · {self.iteration.goal}")
        for column in self.columns.values():
            column.setEnabled(self.iteration is not None)

    @staticmethod
    def _select(column: BoardColumn, item_ids: Sequence[str]) -> None:
        for item_id in item_ids:
            row = column.model.row_of(item_id)
            if row >= 0:
                column.list.setCurrentIndex(column.model.index(row))

    def move_cards(self, column: BoardColumn, step: int) -> None:
        order = list(ItemStatus)
        target_index = order.index(column.status) + step
        if not 0 <= target_index < len(order):
            return
        rows = sorted({i.row() for i in column.list.selectionModel().selectedIndexes()})
        if not rows and column.list.currentIndex().isValid():
            rows = [column.list.currentIndex().row()]
        items = [column.model.items()[row] for row in rows]
        if not items:
            return
        target = self.columns[order[target_index]]
        if self.controller.set_status(items, order[target_index]):
            target.list.setFocus()
            self._select(target, [item.id for item in items])

    def _on_status_requested(self, item_ids: list[str], status: object) -> None:
        items = [item for column in self.columns.values() for item in column.model.items()
                 if item.id in item_ids]
        if items and isinstance(status, ItemStatus):
            self.controller.set_status(items, status)

    def _limit_changed(self, column: BoardColumn) -> None:
        value = column.limit.value() or None
        old = self._limits.get(column.status)
        if value == old or not self.project_id:
            return
        if self.controller.set_wip_limit(self.project_id, column.status, value, old):
            self._limits[column.status] = value
            column.update_title(value)
