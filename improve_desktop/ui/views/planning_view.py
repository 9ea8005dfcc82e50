"""Planning: the backlog beside an iteration, a capacity gauge, and the iteration's life cycle."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.schemas import IterationRead, MethodRead
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.commands.service_commands import CallbackCommand, run
from improve_desktop.ui.formatting import iteration_label
from improve_desktop.ui.qt_models.backlog_model import BacklogFilter, BacklogModel
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.validation_text import refusal_text
from improve_desktop.ui.views.backlog_view import BacklogController, BacklogTable

translate = QCoreApplication.translate


def capacity_text(committed: int, capacity: int) -> tuple[str, bool]:
    """The gauge's words, and whether the plan is over capacity (said in words, not colour)."""
    if committed > capacity:
        return (translate("PlanningView", "⚠ Over capacity: %1 of %2 points planned, %3 too many")
                .replace("%1", str(committed)).replace("%2", str(capacity))
                .replace("%3", str(committed - capacity)), True)
    return (translate("PlanningView", "%1 of %2 points planned, %3 left")
            .replace("%1", str(committed)).replace("%2", str(capacity))
            .replace("%3", str(capacity - committed)), False)


class PlanningView(QWidget):
    """Left: the unplanned backlog. Right: the chosen iteration. Between: move buttons."""

    def __init__(self, workspace_getter: Callable[[], Workspace], controller: BacklogController,
                 stack: QUndoStack, signals: AppSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace_getter
        self.controller = controller
        self._stack = stack
        self._signals = signals
        self.project_id = ""
        self.iterations: list[IterationRead] = []
        self.setAccessibleName(self.tr("Iteration planning"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)

        top = QHBoxLayout()
        chooser_label = QLabel(self.tr("&Iteration:"))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Iteration to plan"))
        chooser_label.setBuddy(self.chooser)
        self.new_button = QPushButton(self.tr("&New iteration…"))
        self.start_button = QPushButton(self.tr("&Start iteration"))
        self.close_button = QPushButton(self.tr("Clos&e iteration…"))
        for button in (self.new_button, self.start_button, self.close_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        top.addWidget(chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.start_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Iteration details"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        gauge = QGridLayout()
        self.gauge = QProgressBar()
        self.gauge.setTextVisible(False)
        self.gauge.setMaximumHeight(14)
        self.gauge.setAccessibleName(self.tr("Capacity used"))
        self.gauge_text = QLabel()
        self.gauge_text.setObjectName("sectionTitle")
        self.gauge_text.setAccessibleName(self.tr("Capacity"))
        self.gauge_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.gauge_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        gauge.addWidget(self.gauge, 0, 0)
        gauge.addWidget(self.gauge_text, 1, 0)
        layout.addLayout(gauge)

        self.backlog_model = BacklogModel(self)
        self.backlog_model.set_filter(BacklogFilter(only_unplanned=True))
        self.iteration_model = BacklogModel(self)
        self.backlog_table = BacklogTable(self.backlog_model, self.tr("Unplanned backlog items"))
        self.iteration_table = BacklogTable(self.iteration_model, self.tr("Items in the iteration"))
        # Planning needs title, kind and points; the backlog view has the rest.
        for table, hidden in ((self.backlog_table, (0, 3, 5, 6)), (self.iteration_table, (0, 5, 6))):
            for column in hidden:
                table.setColumnHidden(column, True)
            table.setSortingEnabled(False)

        middle = QVBoxLayout()
        middle.addStretch(1)
        self.plan_button = QPushButton(self.tr("&Plan →"))
        self.plan_button.setAccessibleName(self.tr("Move the selected items into the iteration"))
        self.plan_button.setToolTip(self.tr("Alt+Right"))
        self.unplan_button = QPushButton(self.tr("← &Unplan"))
        self.unplan_button.setAccessibleName(self.tr("Move the selected items back to the backlog"))
        self.unplan_button.setToolTip(self.tr("Alt+Left"))
        middle.addWidget(self.plan_button)
        middle.addWidget(self.unplan_button)
        middle.addStretch(1)
        middle_widget = QWidget()
        middle_widget.setLayout(middle)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.backlog_caption = QLabel(self.tr("&Backlog (not planned)"))
        self.backlog_caption.setBuddy(self.backlog_table)
        left_layout.addWidget(self.backlog_caption)
        left_layout.addWidget(self.backlog_table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.iteration_caption = QLabel(self.tr("In the i&teration"))
        self.iteration_caption.setBuddy(self.iteration_table)
        right_layout.addWidget(self.iteration_caption)
        right_layout.addWidget(self.iteration_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(middle_widget)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(2, 1)
        layout.addWidget(splitter, 1)

        self.chooser.currentIndexChanged.connect(lambda _i: self._show_iteration())
        self.new_button.clicked.connect(self.new_iteration)
        self.start_button.clicked.connect(self.start_iteration)
        self.close_button.clicked.connect(self.close_iteration)
        self.plan_button.clicked.connect(self.plan_selected)
        self.unplan_button.clicked.connect(self.unplan_selected)
        queued = Qt.ConnectionType.QueuedConnection
        for model in (self.backlog_model, self.iteration_model):
            model.assign_requested.connect(self._on_assign, queued)
            model.move_requested.connect(self._on_move, queued)
        for text, shortcut, slot, target in (
            (self.tr("Plan the selected items"), "Alt+Right", self.plan_selected, self.backlog_table),
            (self.tr("Unplan the selected items"), "Alt+Left", self.unplan_selected,
             self.iteration_table),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            target.addAction(action)

    # -- data -----------------------------------------------------------------------------------

    def show_project(self, project_id: str, items: Sequence[BacklogItemRead],
                     methods: Sequence[MethodRead], iterations: Sequence[IterationRead],
                     language: str) -> None:
        wanted = self.chooser.currentData() if project_id == self.project_id else None
        self.project_id = project_id
        self.iterations = list(iterations)
        open_iterations = [i for i in self.iterations if i.state is not IterationState.CLOSED]
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for iteration in open_iterations:
            self.chooser.addItem(iteration_label(iteration, with_dates=True), iteration.id)
        default = next((i.id for i in open_iterations if i.state is IterationState.PLANNED),
                       open_iterations[0].id if open_iterations else None)
        index = self.chooser.findData(wanted if wanted else default)
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        for model in (self.backlog_model, self.iteration_model):
            model.set_methods(methods, language)
        self.backlog_model.set_items(project_id, items)
        self._items = list(items)
        self._show_iteration()

    def current_iteration(self) -> IterationRead | None:
        iteration_id = self.chooser.currentData()
        return next((i for i in self.iterations if i.id == iteration_id), None)

    def _show_iteration(self) -> None:
        iteration = self.current_iteration()
        self.iteration_model.iteration_id = iteration.id if iteration else "-"
        self.iteration_model.set_items(self.project_id, getattr(self, "_items", []))
        has = iteration is not None
        for widget in (self.plan_button, self.unplan_button, self.iteration_table):
            widget.setEnabled(has)
        self.start_button.setEnabled(has and iteration.state is IterationState.PLANNED)  # type: ignore[union-attr]
        self.close_button.setEnabled(has and iteration.state is IterationState.ACTIVE)  # type: ignore[union-attr]
        if iteration is None:
            self.details.setText(self.tr("No planned or active iteration. Plan the next one with "
                                         "“New iteration”."))
            self.gauge_text.setText("")
            self.gauge.setValue(0)
            return
        goal = iteration.goal or self.tr("no goal set")
        self.details.setText(self.tr("Goal: %1").replace("%1", goal))
        committed = self.iteration_model.visible_points()
        text, over = capacity_text(committed, iteration.capacity_points)
        self.gauge.setRange(0, max(iteration.capacity_points, committed, 1))
        self.gauge.setValue(committed)
        self.gauge_text.setText(text)
        self.gauge_text.setProperty("over", over)
        self.gauge_text.style().unpolish(self.gauge_text)  # re-read the style for the new state
        self.gauge_text.style().polish(self.gauge_text)
        self.gauge.setAccessibleDescription(text)

    # -- moving items ---------------------------------------------------------------------------

    def plan_selected(self) -> None:
        iteration = self.current_iteration()
        items = self.backlog_table.selected_items()
        if iteration is not None and items:
            self.controller.assign([item.id for item in items], iteration)
            self.iteration_table.select_ids([item.id for item in items])

    def unplan_selected(self) -> None:
        items = self.iteration_table.selected_items()
        if items:
            self.controller.assign([item.id for item in items], None)
            self.backlog_table.select_ids([item.id for item in items])

    def _on_assign(self, item_ids: list[str], iteration_id: object) -> None:
        if iteration_id == "-":
            return
        iteration = next((i for i in self.iterations if i.id == iteration_id), None)
        done = [item.id for item in getattr(self, "_items", []) if item.status is ItemStatus.DONE]
        self.controller.assign([i for i in item_ids if i not in done] or item_ids, iteration)

    def _on_move(self, item_ids: list[str], after_id: object) -> None:
        self.controller.move_after(item_ids, after_id if isinstance(after_id, str) else None)

    # -- the iteration's life cycle -------------------------------------------------------------

    def _run(self, command: Any) -> bool:
        try:
            run(self._stack, command)
        except ServiceError as error:
            self.controller.report(refusal_text(error))
            return False
        return True

    def new_iteration(self) -> None:
        from improve_desktop.ui.dialogs.iteration_dialogs import NewIterationDialog

        service = self._workspace().iterations
        dialog = NewIterationDialog(service.next_iteration_defaults(self.project_id), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values(self.project_id)
            created: dict[str, IterationRead] = {}

            def do(values: dict[str, object] = values) -> Any:
                outcome = service.create_iteration(values)
                created["iteration"] = outcome.value
                return outcome.change

            def undo() -> Any:
                return service.delete_iteration(created["iteration"].id).change

            command = CallbackCommand(self.tr("Plan a new iteration"), self._signals, do, undo)
            try:
                run(self._stack, command)
            except ServiceError as error:
                dialog.show_error(refusal_text(error))
                continue
            new_id = created["iteration"].id
            self.chooser.setCurrentIndex(max(self.chooser.findData(new_id), 0))
            return

    def start_iteration(self) -> None:
        iteration = self.current_iteration()
        if iteration is None:
            return
        service = self._workspace().iterations
        text = self.tr("Start %1").replace("%1", iteration.name)
        self._run(CallbackCommand(text, self._signals,
                                  lambda: service.start_iteration(iteration.id).change,
                                  lambda: service.undo_start(iteration.id).change))

    def close_iteration(self) -> None:
        from improve_desktop.ui.dialogs.iteration_dialogs import CloseIterationDialog

        iteration = self.current_iteration()
        if iteration is None:
            return
        unfinished = [i for i in self.iteration_model.all_items()
                      if i.iteration_id == iteration.id and i.status is not ItemStatus.DONE]
        dialog = CloseIterationDialog(iteration, len(unfinished),
                                      sum(i.estimate_points or 0 for i in unfinished), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        service = self._workspace().iterations
        values = dialog.values()
        results: dict[str, Any] = {}

        def do() -> Any:
            previous = service.get_iteration(iteration.id)
            outcome = service.close_iteration(iteration.id, values)
            results["result"], results["previous"] = outcome.value, previous
            return outcome.change

        def undo() -> Any:
            return service.undo_close(results["result"], results["previous"]).change

        self._run(CallbackCommand(self.tr("Close %1").replace("%1", iteration.name),
                                  self._signals, do, undo))
