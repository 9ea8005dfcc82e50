"""The backlog view: quick add, filter, an editable table, reordering by drag and by keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.services.errors import ServiceError, ValidationFailed
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.schemas import IterationRead, MethodRead
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.commands.service_commands import (
    CallbackCommand,
    CreateItemCommand,
    DeleteItemsCommand,
    EditItemCommand,
    PlacementCommand,
    run,
)
from improve_desktop.ui.formatting import (
    item_kind_text,
    item_status_text,
    iteration_label,
)
from improve_desktop.ui.qt_models.backlog_model import (
    COL_ESTIMATE,
    COL_ITERATION,
    COL_KIND,
    COL_METHODS,
    COL_POSITION,
    COL_STATUS,
    COL_TITLE,
    BacklogFilter,
    BacklogModel,
)
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.validation_text import field_error_text
from improve_desktop.ui.views.delegates import ChoiceDelegate, PointsDelegate

translate = QCoreApplication.translate


class BacklogTable(QTableView):
    """A table of backlog items that can be reordered by drag and drop."""

    def __init__(self, model: BacklogModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setTabKeyNavigation(False)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_POSITION, 48), (COL_KIND, 110), (COL_STATUS, 100),
                              (COL_ESTIMATE, 60), (COL_METHODS, 220), (COL_ITERATION, 80)):
            self.setColumnWidth(column, width)
        header.setSortIndicator(COL_POSITION, Qt.SortOrder.AscendingOrder)
        self.setItemDelegateForColumn(COL_KIND, ChoiceDelegate(
            [(kind.value, item_kind_text(kind)) for kind in ItemKind], self.tr("Kind"), self))
        self.setItemDelegateForColumn(COL_STATUS, ChoiceDelegate(
            [(status.value, item_status_text(status)) for status in ItemStatus],
            self.tr("Status"), self))
        self.setItemDelegateForColumn(COL_ESTIMATE, PointsDelegate(self.tr("Points"), self))

    def selected_items(self) -> list[BacklogItemRead]:
        model = self.model()
        assert isinstance(model, BacklogModel)
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return [model.item_at(row) for row in rows]

    def select_ids(self, item_ids: Sequence[str]) -> None:
        model = self.model()
        assert isinstance(model, BacklogModel)
        selection = self.selectionModel()
        selection.clearSelection()
        first = True
        for item_id in item_ids:
            row = model.row_of(item_id)
            if row < 0:
                continue
            index = model.index(row, COL_TITLE)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                self.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)


class BacklogController:
    """Turns user intentions on a BacklogModel into undoable service calls."""

    def __init__(self, workspace_getter: Callable[[], Workspace], stack: QUndoStack,
                 signals: AppSignals, parent: QWidget) -> None:
        self._workspace = workspace_getter
        self._stack = stack
        self._signals = signals
        self._parent = parent
        self.report: Callable[[str], None] = lambda message: None

    @property
    def backlog(self) -> Any:
        return self._workspace().backlog

    def _run(self, command: Any) -> bool:
        try:
            run(self._stack, command)
        except ValidationFailed as failure:
            self.report("; ".join(field_error_text(error) for error in failure.errors))
            return False
        except ServiceError as error:
            self.report(str(error))
            return False
        return True

    def create(self, project_id: str, title: str, **extra: Any) -> BacklogItemRead | None:
        command = CreateItemCommand(
            translate("BacklogController", "Add item “%1”").replace("%1", title[:40]),
            self._signals, self.backlog, {"project_id": project_id, "title": title, **extra})
        return command.created if self._run(command) else None

    def edit(self, item: BacklogItemRead, changes: dict[str, Any]) -> bool:
        if not changes:
            return False
        if set(changes) == {"status"}:
            return self.set_status([item], changes["status"])
        text = translate("BacklogController", "Edit “%1”").replace("%1", item.title[:40])
        return self._run(EditItemCommand(text, self._signals, self.backlog, item, changes))

    def set_status(self, items: Sequence[BacklogItemRead], status: ItemStatus) -> bool:
        ids = [item.id for item in items]
        text = translate("BacklogController", "Set %n item(s) to %1", "", len(ids)).replace(
            "%1", item_status_text(status))
        return self._run(PlacementCommand(text, self._signals, self.backlog,
                                          lambda: self.backlog.set_status(ids, status)))

    def move_after(self, item_ids: Sequence[str], after_id: str | None) -> bool:
        ids = list(item_ids)
        text = translate("BacklogController", "Reorder %n item(s)", "", len(ids))
        return self._run(PlacementCommand(text, self._signals, self.backlog,
                                          lambda: self.backlog.move_items(ids, after_id)))

    def move_to_end(self, item_ids: Sequence[str], *, top: bool) -> bool:
        ids = list(item_ids)
        text = (translate("BacklogController", "Move %n item(s) to the top", "", len(ids)) if top
                else translate("BacklogController", "Move %n item(s) to the bottom", "", len(ids)))
        return self._run(PlacementCommand(text, self._signals, self.backlog,
                                          lambda: self.backlog.move_to_end(ids, top=top)))

    def assign(self, item_ids: Sequence[str], iteration: IterationRead | None) -> bool:
        ids = list(item_ids)
        if iteration is None:
            text = translate("BacklogController", "Move %n item(s) to the backlog", "", len(ids))
        else:
            text = translate("BacklogController", "Move %n item(s) to iteration %1", "", len(ids)).replace(
                "%1", str(iteration.number))
        target = iteration.id if iteration else None
        return self._run(PlacementCommand(text, self._signals, self.backlog,
                                          lambda: self.backlog.assign_iteration(ids, target)))

    def set_wip_limit(self, project_id: str, status: ItemStatus, limit: int | None,
                      old: int | None) -> bool:
        backlog = self.backlog
        text = translate("BacklogController", "Set the limit of %1").replace(
            "%1", item_status_text(status))
        return self._run(CallbackCommand(
            text, self._signals,
            lambda: backlog.set_wip_limit(project_id, status, limit).change,
            lambda: backlog.set_wip_limit(project_id, status, old).change))

    def delete(self, item_ids: Sequence[str]) -> bool:
        ids = list(item_ids)
        text = translate("BacklogController", "Delete %n item(s)", "", len(ids))
        return self._run(DeleteItemsCommand(text, self._signals, self.backlog, ids))


class BacklogView(QWidget):
    """The whole backlog of one project."""

    def __init__(self, controller: BacklogController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project_id = ""
        self.language = "en"
        self.methods: list[MethodRead] = []
        self.iterations: list[IterationRead] = []
        self.setAccessibleName(self.tr("Backlog"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)

        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("&New item:"))
        self.quick_add = QLineEdit()
        self.quick_add.setMaxLength(200)
        self.quick_add.setPlaceholderText(
            self.tr("Type a title and press Enter (Ctrl+N comes here)"))
        self.quick_add.setAccessibleName(self.tr("New item title"))
        add_label.setBuddy(self.quick_add)
        add_row.addWidget(add_label)
        add_row.addWidget(self.quick_add, 1)
        layout.addLayout(add_row)

        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("&Filter:"))
        self.filter_text = QLineEdit()
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setPlaceholderText(self.tr("Words in title or description (Ctrl+F)"))
        self.filter_text.setAccessibleName(self.tr("Filter text"))
        filter_label.setBuddy(self.filter_text)
        self.filter_status = QComboBox()
        self.filter_status.setAccessibleName(self.tr("Filter by status"))
        self.filter_status.addItem(self.tr("All statuses"), None)
        for status in ItemStatus:
            self.filter_status.addItem(item_status_text(status), status.value)
        self.filter_kind = QComboBox()
        self.filter_kind.setAccessibleName(self.tr("Filter by kind"))
        self.filter_kind.addItem(self.tr("All kinds"), None)
        for kind in ItemKind:
            self.filter_kind.addItem(item_kind_text(kind), kind.value)
        self.filter_method = QComboBox()
        self.filter_method.setAccessibleName(self.tr("Filter by method"))
        self.hide_done = QCheckBox(self.tr("&Hide done"))
        self.hide_done.setAccessibleName(self.tr("Hide done items"))
        # Open work is what planning is about; finished items stay one click away.
        self.hide_done.setChecked(True)
        self.clear_filter = QPushButton(self.tr("C&lear filter"))
        self.clear_filter.setAccessibleName(self.tr("Clear filter"))
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_text, 2)
        filter_row.addWidget(self.filter_status)
        filter_row.addWidget(self.filter_kind)
        filter_row.addWidget(self.filter_method, 1)
        filter_row.addWidget(self.hide_done)
        filter_row.addWidget(self.clear_filter)
        layout.addLayout(filter_row)

        self.model = BacklogModel(self)
        self.model.set_filter(BacklogFilter(hide_done=True))
        self.table = BacklogTable(self.model, self.tr("Backlog items"))
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Backlog summary"))
        layout.addWidget(self.summary)

        self.quick_add.returnPressed.connect(self._quick_add)
        self.filter_text.textChanged.connect(self._apply_filter)
        for combo in (self.filter_status, self.filter_kind, self.filter_method):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.hide_done.toggled.connect(self._apply_filter)
        self.clear_filter.clicked.connect(self.reset_filter)
        # Queued: the model asks from inside setData or a drop, and the store's answer resets
        # the model; that must happen after Qt has finished with the editor or the drag.
        queued = Qt.ConnectionType.QueuedConnection
        self.model.edit_requested.connect(self._on_edit_requested, queued)
        self.model.move_requested.connect(self._on_move_requested, queued)
        self.model.assign_requested.connect(self._on_assign_requested, queued)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._build_actions()

    # -- actions --------------------------------------------------------------------------------

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], Any],
                target: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Table actions fire only while the table itself has focus: an inline editor inside
        # it must keep Return, Delete and the arrows for itself.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if target is not None
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (target or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        table = self.table
        self.new_item_action = self._action(self.tr("&New item"), "Ctrl+N", self.focus_quick_add)
        self.find_action = self._action(self.tr("&Filter"), QKeySequence.StandardKey.Find,
                                        self.filter_text.setFocus)
        self.edit_action = self._action(self.tr("&Edit item…"), "Return", self.edit_current, table)
        self.move_up_action = self._action(self.tr("Move &up"), "Ctrl+Up",
                                           lambda: self.move_selected(-1), table)
        self.move_down_action = self._action(self.tr("Move &down"), "Ctrl+Down",
                                             lambda: self.move_selected(+1), table)
        self.move_top_action = self._action(self.tr("Move to &top"), "Ctrl+Home",
                                            lambda: self.move_selected_to_end(top=True), table)
        self.move_bottom_action = self._action(self.tr("Move to &bottom"), "Ctrl+End",
                                               lambda: self.move_selected_to_end(top=False), table)
        self.to_iteration_action = self._action(self.tr("Move to &iteration…"), "Ctrl+I",
                                                self.choose_iteration, table)
        self.to_backlog_action = self._action(self.tr("Move to the bac&klog"), "Ctrl+Shift+I",
                                              self.move_selected_to_backlog, table)
        self.delete_action = self._action(self.tr("De&lete"), QKeySequence.StandardKey.Delete,
                                          self.delete_selected, table)
        self.status_actions = []
        for number, status in enumerate(ItemStatus, start=1):
            action = self._action(
                self.tr("Set status: %1").replace("%1", item_status_text(status)),
                f"Alt+{number}", lambda _checked=False, s=status: self.set_selected_status(s), table)
            self.status_actions.append(action)

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        for action in (self.edit_action, None, self.move_up_action, self.move_down_action,
                       self.move_top_action, self.move_bottom_action, None,
                       self.to_iteration_action, self.to_backlog_action, None,
                       *self.status_actions, None, self.delete_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- data -----------------------------------------------------------------------------------

    def show_project(self, project_id: str, items: Sequence[BacklogItemRead],
                     methods: Sequence[MethodRead], iterations: Sequence[IterationRead],
                     language: str) -> None:
        keep = [item.id for item in self.table.selected_items()] if project_id == self.project_id else []
        if project_id != self.project_id:
            self.quick_add.clear()
        self.project_id = project_id
        self.language = language
        self.methods = list(methods)
        self.iterations = list(iterations)
        current_method = self.filter_method.currentData()
        self.filter_method.blockSignals(True)
        self.filter_method.clear()
        self.filter_method.addItem(self.tr("All methods"), None)
        for method in self.methods:
            self.filter_method.addItem(method.name_sv if language == "sv" else method.name_en, method.id)
        self.filter_method.setCurrentIndex(max(self.filter_method.findData(current_method), 0))
        self.filter_method.blockSignals(False)
        self.model.set_methods(self.methods, language)
        self.model.set_items(project_id, items)
        self.table.select_ids(keep)
        self._update_summary()

    def refresh_items(self, item_ids: Sequence[str], backlog: Any) -> None:
        """Reload just these items after a change (moves and edits in a large backlog)."""
        keep = [item.id for item in self.table.selected_items()]
        current = backlog.get_items(item_ids)
        ours = [item for item in current if item.project_id == self.project_id]
        self.model.update_items(ours, set(item_ids) - {item.id for item in current})
        self.table.select_ids(keep)
        self._update_summary()

    def _apply_filter(self) -> None:
        status = self.filter_status.currentData()
        kind = self.filter_kind.currentData()
        self.model.set_filter(BacklogFilter(
            text=self.filter_text.text(),
            status=ItemStatus(status) if status else None,
            kind=ItemKind(kind) if kind else None,
            method_id=self.filter_method.currentData(),
            hide_done=self.hide_done.isChecked(),
        ))
        self._update_summary()

    def reset_filter(self) -> None:
        """Back to the default view: every open item."""
        for combo in (self.filter_status, self.filter_kind, self.filter_method):
            combo.setCurrentIndex(0)
        self.hide_done.setChecked(True)
        self.filter_text.clear()

    def _update_summary(self) -> None:
        shown = self.model.rowCount()
        total = len(self.model.all_items())
        text = self.tr("%n item(s) shown", "", shown)
        text += " · " + self.tr("%1 points").replace("%1", str(self.model.visible_points()))
        if shown != total:
            text += " · " + self.tr("filtered from %1").replace("%1", str(total))
        self.summary.setText(text)

    # -- intentions -----------------------------------------------------------------------------

    def focus_quick_add(self) -> None:
        self.quick_add.setFocus()
        self.quick_add.selectAll()

    def _quick_add(self) -> None:
        title = self.quick_add.text().strip()
        if not title or not self.project_id:
            return
        created = self.controller.create(self.project_id, title)
        if created is not None:
            self.quick_add.clear()  # ready for the next one: type-ahead entry

    def _on_edit_requested(self, item_id: str, field: str, value: object) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.controller.edit(self.model.item_at(row), {field: value})

    def _on_move_requested(self, item_ids: list[str], after_id: object) -> None:
        if self.controller.move_after(item_ids, after_id if isinstance(after_id, str) else None):
            self.table.select_ids(item_ids)

    def _on_assign_requested(self, item_ids: list[str], iteration_id: object) -> None:
        iteration = next((i for i in self.iterations if i.id == iteration_id), None)
        self.controller.assign(item_ids, iteration)

    def _on_double_click(self, index: Any) -> None:
        if index.column() in (COL_POSITION, COL_METHODS, COL_ITERATION):
            self.edit_current()

    def edit_current(self) -> None:
        items = self.table.selected_items()
        if not items:
            return
        from improve_desktop.ui.dialogs.item_dialog import ItemDialog

        item = items[0]

        def autosave(texts: dict[str, str]) -> None:
            try:
                self.controller.backlog.update_item(item.id, texts)
            except ServiceError as error:
                self.controller.report(str(error))

        dialog = ItemDialog(item, self.methods, self.language, self, autosave=autosave)
        if dialog.exec() == ItemDialog.DialogCode.Accepted:
            self.controller.edit(items[0], dialog.changes())
            self.table.select_ids([items[0].id])

    def move_selected(self, step: int) -> None:
        """Move the selection one visible row up or down (Ctrl+Up / Ctrl+Down)."""
        items = self.table.selected_items()
        if not items or not self.model.in_rank_order():
            if items:
                self.controller.report(self.tr("Sort by # to reorder the backlog."))
            return
        ids = [item.id for item in items]
        rows = sorted(self.model.row_of(item_id) for item_id in ids)
        if step < 0:
            if rows[0] == 0:
                return
            anchor = self.model.anchor_before(rows[0] - 1, set(ids))
        else:
            if rows[-1] >= self.model.rowCount() - 1:
                return
            anchor = self.model.item_at(rows[-1] + 1).id
        if self.controller.move_after(ids, anchor):
            self.table.select_ids(ids)

    def move_selected_to_end(self, *, top: bool) -> None:
        items = self.table.selected_items()
        if items and self.controller.move_to_end([item.id for item in items], top=top):
            self.table.select_ids([item.id for item in items])

    def choose_iteration(self) -> None:
        items = self.table.selected_items()
        open_iterations = [i for i in self.iterations if i.state.value != "closed"]
        if not items or not open_iterations:
            if items:
                self.controller.report(self.tr("There is no planned or active iteration to move to."))
            return
        labels = [iteration_label(iteration) for iteration in open_iterations]
        choice, accepted = QInputDialog.getItem(
            self, self.tr("Move to iteration"), self.tr("&Iteration:"), labels, 0, False)
        if accepted:
            iteration = open_iterations[labels.index(choice)]
            self.controller.assign([item.id for item in items], iteration)
            self.table.select_ids([item.id for item in items])

    def move_selected_to_backlog(self) -> None:
        items = self.table.selected_items()
        if items:
            self.controller.assign([item.id for item in items], None)

    def set_selected_status(self, status: ItemStatus) -> None:
        items = self.table.selected_items()
        if items:
            self.controller.set_status(items, status)
            self.table.select_ids([item.id for item in items])

    def delete_selected(self) -> None:
        items = self.table.selected_items()
        if items:
            self.controller.delete([item.id for item in items])
