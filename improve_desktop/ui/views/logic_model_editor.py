"""The logic model editor: the project's nodes as a tree from impact down to activities.

Keyboard: Insert adds a node below the selected one (one level down, linked to it), F2 renames,
Delete deletes, Alt+Up/Alt+Down reorder within a level. The panel beside the tree shows the
selected node's indicators (Enter opens one on the Indicators page), its methods (Space ticks
one; activities only) and linked items (an activity's own; above, those of its activities).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.results import LEVELS, LogicLevel, level_above
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.results_schemas import IndicatorRead, LogicModelRead, NodeRead
from improve_desktop.services.schemas import MethodRead
from improve_desktop.ui.results_text import indicator_name, level_text

NODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LogicModelEditor(QWidget):
    """Edits through callbacks set by the owner (each calls a service and broadcasts the change)."""

    node_selected = Signal(str)
    indicator_chosen = Signal(str)  # Enter on an indicator of the node: show it on its page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_read: LogicModelRead | None = None
        self.methods: list[MethodRead] = []
        self.items: list[BacklogItemRead] = []
        self.indicators: list[IndicatorRead] = []
        self.language = "en"
        # Set by the owner: (action, **values) → None; errors are reported by the owner.
        self.edit: Callable[..., None] = lambda *_args, **_values: None

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("logicTree")
        self.tree.setModel(self.tree_model)
        self.tree.setAccessibleName(self.tr("Logic model"))
        self.tree.setAccessibleDescription(self.tr(
            "Impact at the top, activities at the bottom. Insert adds a node below the selected "
            "one, F2 renames, Delete deletes, Alt+Up and Alt+Down reorder."))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree_model.itemChanged.connect(self._renamed)

        heading = QLabel(self.tr("&Logic model"))
        heading.setObjectName("sectionTitle")
        heading.setBuddy(self.tree)
        self.add_title = QLineEdit()
        self.add_title.setAccessibleName(self.tr("Title of the new node"))
        self.add_title.setPlaceholderText(self.tr("Title of the new node"))
        self.add_level = QComboBox()
        self.add_level.setAccessibleName(self.tr("Level of the new node"))
        for level in reversed(LEVELS):
            self.add_level.addItem(level_text(level), level.value)
        self.add_button = QPushButton(self.tr("&Add node"))
        self.add_button.setAccessibleName(self.tr("Add node"))
        self.add_button.clicked.connect(self.add_node)
        self.add_title.returnPressed.connect(self.add_node)
        self.delete_button = QPushButton(self.tr("&Delete node"))
        self.delete_button.setAccessibleName(self.tr("Delete node"))
        self.delete_button.clicked.connect(self.delete_node)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_level)
        add_row.addWidget(self.add_title, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(add_row)

        # Details of the selected node.
        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionTitle")
        self.detail_title.setWordWrap(True)
        self.parent_combo = QComboBox()
        self.parent_combo.setAccessibleName(self.tr("Links up to"))
        self.parent_combo.activated.connect(self._parent_chosen)
        self.indicator_list = QListWidget()
        self.indicator_list.setAccessibleName(self.tr("Indicators measuring this node"))
        self.indicator_list.setAccessibleDescription(self.tr(
            "Enter opens the chosen indicator on the Indicators page."))
        self.indicator_list.itemActivated.connect(self._indicator_activated)
        self.method_list = QListWidget()
        self.method_list.setAccessibleName(self.tr("Methods used in this activity"))
        self.method_list.itemChanged.connect(self._method_ticked)
        self.item_list = QListWidget()
        self.item_list.setAccessibleName(self.tr("Backlog items linked to this activity"))
        self.item_combo = QComboBox()
        self.item_combo.setAccessibleName(self.tr("Backlog item to link"))
        self.item_combo.setMaxVisibleItems(20)
        self.link_item_button = QPushButton(self.tr("Lin&k item"))
        self.link_item_button.setAccessibleName(self.tr("Link item"))
        self.link_item_button.clicked.connect(self._link_item)
        self.unlink_item_button = QPushButton(self.tr("U&nlink item"))
        self.unlink_item_button.setAccessibleName(self.tr("Unlink item"))
        self.unlink_item_button.clicked.connect(self._unlink_item)
        form = QFormLayout()
        parent_label = QLabel(self.tr("Links &up to"))
        parent_label.setBuddy(self.parent_combo)
        form.addRow(parent_label, self.parent_combo)
        indicators_label = QLabel(self.tr("&Indicators"))
        indicators_label.setBuddy(self.indicator_list)
        form.addRow(indicators_label, self.indicator_list)
        methods_label = QLabel(self.tr("&Methods"))
        methods_label.setBuddy(self.method_list)
        form.addRow(methods_label, self.method_list)
        items_label = QLabel(self.tr("Linked i&tems"))
        items_label.setBuddy(self.item_list)
        form.addRow(items_label, self.item_list)
        item_row = QHBoxLayout()
        item_row.addWidget(self.item_combo, 1)
        item_row.addWidget(self.link_item_button)
        item_row.addWidget(self.unlink_item_button)
        form.addRow("", item_row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addLayout(form, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)
        self.setFocusProxy(self.tree)

        for keys, slot in (("Insert", self.add_child), ("Delete", self.delete_node),
                           ("Alt+Up", lambda: self._move(-1)), ("Alt+Down", lambda: self._move(1))):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._loading = False

    # -- showing ----------------------------------------------------------------------------------

    def show_model(self, model: LogicModelRead, methods: list[MethodRead],
                   items: list[BacklogItemRead], indicators: list[IndicatorRead],
                   language: str) -> None:
        keep = self.current_node_id()
        self.model_read, self.methods, self.items = model, methods, items
        self.indicators, self.language = indicators, language
        self._loading = True
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels([self.tr("Node"), self.tr("Level"),
                                                   self.tr("Indicators"), self.tr("Items"),
                                                   self.tr("Methods")])
        rows: dict[str, list[QStandardItem]] = {}
        codes = {m.id: m.code for m in methods}
        for node in model.nodes:
            title = QStandardItem(node.title)
            title.setData(node.id, NODE_ID_ROLE)
            title.setEditable(True)
            level = QStandardItem(level_text(node.level))
            count = QStandardItem(str(len(node.indicator_ids)) if node.indicator_ids else "")
            linked = len(self._items_under(node))
            item_count = QStandardItem(str(linked) if linked else "")
            methods_text = QStandardItem(", ".join(codes.get(m, "?") for m in node.method_ids))
            for cell in (level, count, item_count, methods_text):
                cell.setEditable(False)
            rows[node.id] = [title, level, count, item_count, methods_text]
        # Parents first: impact down to activities, each under what it links up to.
        for node in sorted(model.nodes, key=lambda n: -LEVELS.index(n.level)):
            parent_row = rows.get(node.parent_id) if node.parent_id else None
            (parent_row[0] if parent_row else self.tree_model.invisibleRootItem()).appendRow(
                rows[node.id])
        self._loading = False
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.expandAll()
        self.select_node(keep or (model.nodes[-1].id if model.nodes else None))

    def current_node_id(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(NODE_ID_ROLE)
        return str(value) if value else None

    def current_node(self) -> NodeRead | None:
        node_id = self.current_node_id()
        if self.model_read is None or node_id is None:
            return None
        return next((n for n in self.model_read.nodes if n.id == node_id), None)

    def select_node(self, node_id: str | None) -> None:
        if node_id is None:
            self._show_details(None)
            return
        found = self.tree_model.match(self.tree_model.index(0, 0), NODE_ID_ROLE, node_id, 1,
                                      Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if found:
            self.tree.setCurrentIndex(found[0])
        self._show_details(self.current_node())

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.current_node()
        self._show_details(node)
        if node is not None:
            self.node_selected.emit(node.id)

    def _show_details(self, node: NodeRead | None) -> None:
        self._loading = True
        self.parent_combo.clear()
        self.indicator_list.clear()
        self.method_list.clear()
        self.item_list.clear()
        self.item_combo.clear()
        is_activity = node is not None and node.level is LogicLevel.ACTIVITY
        for widget in (self.method_list, self.item_combo, self.link_item_button,
                       self.unlink_item_button):
            widget.setEnabled(is_activity)
        self.item_list.setEnabled(node is not None)
        self.item_list.setAccessibleName(
            self.tr("Backlog items linked to this activity") if is_activity or node is None
            else self.tr("Backlog items linked to the activities under this node"))
        self.parent_combo.setEnabled(node is not None and node.level is not LogicLevel.IMPACT)
        self.delete_button.setEnabled(node is not None)
        if node is None or self.model_read is None:
            self.detail_title.setText(self.tr("No node chosen. Add the project's impact first, "
                                              "then outcomes, outputs and activities."))
            self._loading = False
            return
        self.detail_title.setText(f"{level_text(node.level)}: {node.title}")
        above = level_above(node.level)
        self.parent_combo.addItem(self.tr("(not linked)"), "")
        for candidate in self.model_read.nodes:
            if candidate.level is above:
                self.parent_combo.addItem(candidate.title, candidate.id)
        self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(node.parent_id or ""), 0))
        names = {i.id: indicator_name(i.key, i.name, self.language) for i in self.indicators}
        for indicator_id in node.indicator_ids:
            entry = QListWidgetItem(names.get(indicator_id, "?"))
            entry.setData(NODE_ID_ROLE, indicator_id)
            self.indicator_list.addItem(entry)
        if not node.indicator_ids:
            self.indicator_list.addItem(self.tr("(none)"))
        if not is_activity:
            # Items link to activities; a node above shows those of the activities under it.
            titles = {item.id: item.title for item in self.items}
            for item_id in self._items_under(node):
                self.item_list.addItem(titles.get(item_id, "?"))
            if self.item_list.count() == 0:
                self.item_list.addItem(self.tr("(none, through its activities)"))
        if is_activity:
            for method in self.methods:
                entry = QListWidgetItem(method.name_sv if self.language == "sv" else method.name_en)
                entry.setData(NODE_ID_ROLE, method.id)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if method.id in node.method_ids
                                    else Qt.CheckState.Unchecked)
                self.method_list.addItem(entry)
            titles = {item.id: item.title for item in self.items}
            for item_id in node.item_ids:
                entry = QListWidgetItem(titles.get(item_id, "?"))
                entry.setData(NODE_ID_ROLE, item_id)
                self.item_list.addItem(entry)
            for item in self.items:
                if item.id not in node.item_ids:
                    self.item_combo.addItem(item.title, item.id)
        self._loading = False

    def _items_under(self, node: NodeRead) -> list[str]:
        """The items of a node: its own (an activity) or those of the activities under it."""
        if self.model_read is None:
            return []
        children: dict[str, list[NodeRead]] = {}
        for candidate in self.model_read.nodes:
            if candidate.parent_id:
                children.setdefault(candidate.parent_id, []).append(candidate)
        found: list[str] = []
        waiting, seen = [node], set()
        while waiting:
            current = waiting.pop()
            if current.id in seen:
                continue
            seen.add(current.id)
            found.extend(i for i in current.item_ids if i not in found)
            waiting.extend(children.get(current.id, ()))
        return found

    def _indicator_activated(self, entry: QListWidgetItem) -> None:
        indicator_id = entry.data(NODE_ID_ROLE)
        if indicator_id:
            self.indicator_chosen.emit(str(indicator_id))

    # -- editing ----------------------------------------------------------------------------------

    def _request(self, action: str, **values: Any) -> None:
        """Run an edit once Qt has finished with the editor or list that asked for it: the
        edit reloads the tree, which must not happen inside the item's own change signal."""
        QTimer.singleShot(0, lambda: self.edit(action, **values))

    def add_node(self) -> None:
        title = self.add_title.text().strip()
        if not title:
            self.add_title.setFocus()
            return
        level = LogicLevel(self.add_level.currentData())
        current = self.current_node()
        parent_id = current.id if current is not None and level_above(level) is current.level else None
        self._request("add", level=level, title=title, parent_id=parent_id)
        self.add_title.clear()

    def add_child(self) -> None:
        """Insert: prepare a node one level below the selected one (impact when none is)."""
        current = self.current_node()
        if current is None:
            level = LogicLevel.IMPACT
        else:
            position = LEVELS.index(current.level)
            level = LEVELS[position - 1] if position > 0 else LogicLevel.ACTIVITY
        self.add_level.setCurrentIndex(self.add_level.findData(level.value))
        self.add_title.setFocus()

    def delete_node(self) -> None:
        node = self.current_node()
        if node is not None:
            self._request("delete", node_id=node.id)

    def _move(self, offset: int) -> None:
        node = self.current_node()
        if node is not None:
            self._request("move", node_id=node.id, offset=offset)

    def _renamed(self, item: QStandardItem) -> None:
        if self._loading or item.column() != 0:
            return
        node_id = item.data(NODE_ID_ROLE)
        if node_id and item.text().strip():
            self._request("rename", node_id=str(node_id), title=item.text().strip())

    def _parent_chosen(self, _index: int) -> None:
        node = self.current_node()
        if node is None or self._loading:
            return
        parent_id = self.parent_combo.currentData() or None
        if parent_id != node.parent_id:
            self._request("relink", node_id=node.id, parent_id=parent_id)

    def _method_ticked(self, entry: QListWidgetItem) -> None:
        node = self.current_node()
        if node is None or self._loading:
            return
        checked = entry.checkState() == Qt.CheckState.Checked
        self._request("link_method" if checked else "unlink_method", node_id=node.id,
                  method_id=str(entry.data(NODE_ID_ROLE)))

    def _link_item(self) -> None:
        node = self.current_node()
        item_id = self.item_combo.currentData()
        if node is not None and item_id:
            self._request("link_item", node_id=node.id, item_id=str(item_id))

    def _unlink_item(self) -> None:
        node = self.current_node()
        entry = self.item_list.currentItem()
        if node is not None and entry is not None:
            self._request("unlink_item", node_id=node.id, item_id=str(entry.data(NODE_ID_ROLE)))

