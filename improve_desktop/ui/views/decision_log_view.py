"""The decision log: every decision of every cluster and project, filtered as you type, with
the follow-up of actions beside it.

Every decision is read once into the model; filters run in memory on each keystroke
(``services.decisions.DecisionIndex``), so 10,000 decisions filter well under 50 ms.
Overdue decisions and actions and decisions due for review say so in a column of their own
("⚠ Overdue"), not by colour.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.steering import (
    DecisionKind,
    DecisionStatus,
    SteeringActionStatus,
    may_step,
)
from improve_desktop.services.decisions import DecisionIndex
from improve_desktop.services.steering_schemas import (
    DecisionFilter,
    DecisionRead,
    SteeringActionRead,
)
from improve_desktop.ui.qt_models.steering_models import (
    COL_DECIDED,
    COL_TITLE,
    ActionTableModel,
    DecisionLogModel,
)
from improve_desktop.ui.qt_models.table_model import ROW_ROLE
from improve_desktop.ui.steering_words import (
    action_status_text,
    decision_kind_text,
    decision_status_text,
    edited_field_text,
    optional_date,
)
from improve_desktop.ui.views.project_overview import readable_label


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    # Fixed widths: sizing columns to their contents would measure every one of 10,000 rows.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DecisionLogView(QWidget):
    """Filters over the table of decisions; the chosen decision's text and history below."""

    supersede_requested = Signal(object)  # DecisionRead
    backlog_item_requested = Signal(object)  # DecisionRead
    edit_requested = Signal(object)  # DecisionRead
    status_requested = Signal(object, object)  # DecisionRead, DecisionStatus
    action_status_requested = Signal(object, object)  # SteeringActionRead, SteeringActionStatus
    action_edit_requested = Signal(object)  # SteeringActionRead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Decision log"))
        self._all: list[DecisionRead] = []
        self._index = DecisionIndex([])
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._history: Callable[[str], list[Any]] = lambda _id: []
        self._linked_items: Callable[[str], list[Any]] = lambda _id: []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        title = readable_label(self.tr("Decision log"), object_name="pageTitle")
        title.setAccessibleName(self.tr("Decision log"))
        layout.addWidget(title)

        filters = QGridLayout()
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Reference, title, text, owner or project"))
        self.cluster_filter = QComboBox()
        self.project_filter = QComboBox()
        self.status_filter = QComboBox()
        self.kind_filter = QComboBox()
        self.owner_filter = QLineEdit()
        self.from_filter = QLineEdit()
        self.to_filter = QLineEdit()
        for edit in (self.from_filter, self.to_filter):
            edit.setPlaceholderText(self.tr("yyyy-mm-dd"))
            edit.setMaximumWidth(120)
        self.attention_filter = QCheckBox(self.tr("Only &overdue or due for review"))
        self.attention_filter.setAccessibleName(self.tr("Only overdue or due for review"))
        period = QWidget()
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        to_label = QLabel(self.tr("&to:"))
        to_label.setBuddy(self.to_filter)
        self.to_filter.setAccessibleName(self.tr("Decided to"))
        period_layout.addWidget(self.from_filter)
        period_layout.addWidget(to_label)
        period_layout.addWidget(self.to_filter)
        for row, column, span, caption, widget in (
            (0, 0, 5, self.tr("&Search:"), self.text_filter),
            (1, 0, 1, self.tr("Cl&uster:"), self.cluster_filter),
            (1, 2, 1, self.tr("&Project:"), self.project_filter),
            (1, 4, 1, self.tr("Stat&us:"), self.status_filter),
            (2, 0, 1, self.tr("O&wner:"), self.owner_filter),
            (2, 2, 1, self.tr("&Kind:"), self.kind_filter),
            (2, 4, 1, self.tr("Decided &from:"), self.from_filter),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            filters.addWidget(label, row, column)
            filters.addWidget(period if widget is self.from_filter else widget,
                              row, column + 1, 1, span)
        filters.addWidget(self.attention_filter, 3, 0, 1, 6)
        for column in (1, 3, 5):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in DecisionStatus:
            self.status_filter.addItem(decision_status_text(status), status)
        self.kind_filter.addItem(self.tr("Any kind"), None)
        for kind in DecisionKind:
            self.kind_filter.addItem(decision_kind_text(kind), kind)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Decisions and actions"))
        decisions_page = QSplitter(Qt.Orientation.Vertical)
        self.model = DecisionLogModel(self)
        self.table = _table(self.tr("Decisions"))
        self.table.setModel(self.model)
        # Reference to Owner fit beside the navigation on a 1280-pixel screen.
        for column, width in enumerate((115, 95, 260, 130, 170, 140, 95, 95, 90, 120)):
            self.table.setColumnWidth(column, width)
        decisions_page.addWidget(self.table)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 6, 0, 0)
        self.details = readable_label()
        self.details.setAccessibleName(self.tr("The chosen decision"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        self.status_choice = QComboBox()
        self.status_choice.setAccessibleName(self.tr("New status"))
        self.set_status_button = QPushButton(self.tr("Set st&atus"))
        self.set_status_button.setAccessibleName(self.tr("Set the chosen decision's status"))
        self.supersede_button = QPushButton(self.tr("Supe&rsede…"))
        self.supersede_button.setAccessibleName(self.tr("Record a decision that replaces this one"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen decision"))
        self.backlog_button = QPushButton(self.tr("New &backlog item…"))
        self.backlog_button.setAccessibleName(self.tr(
            "New backlog item from this decision, at the top of the project's backlog"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Decisions shown"))
        for widget in (self.status_choice, self.set_status_button, self.edit_button,
                       self.supersede_button, self.backlog_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        details_layout.addLayout(buttons)
        details_layout.addWidget(self.details, 1)
        decisions_page.addWidget(details)
        decisions_page.setStretchFactor(0, 3)
        decisions_page.setStretchFactor(1, 1)
        self.tabs.addTab(decisions_page, self.tr("Decisions"))

        actions_page = QWidget()
        actions_layout = QVBoxLayout(actions_page)
        self.open_actions_only = QCheckBox(self.tr("Only actions not &done"))
        self.open_actions_only.setAccessibleName(self.tr("Only actions not done"))
        self.open_actions_only.setChecked(True)
        self.action_model = ActionTableModel(self)
        self.actions_table = _table(self.tr("Actions"))
        self.actions_table.setModel(self.action_model)
        for column, width in enumerate((380, 110, 110, 150, 95, 90, 150)):
            self.actions_table.setColumnWidth(column, width)
        action_buttons = QHBoxLayout()
        # F2 edits the chosen action, as it edits the chosen row elsewhere in the window.
        self.edit_action_action = QAction(self.tr("Ed&it action…"), self.actions_table)
        self.edit_action_action.setShortcut(QKeySequence("F2"))
        self.edit_action_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action_action.triggered.connect(self._edit_action)
        self.actions_table.addAction(self.edit_action_action)
        self.actions_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.actions_table.customContextMenuRequested.connect(self._action_menu)
        self.edit_action_button = QPushButton(self.tr("Ed&it action… (F2)"))
        self.edit_action_button.setAccessibleName(self.tr("Edit the chosen action"))
        self.edit_action_button.clicked.connect(self._edit_action)
        action_buttons.addWidget(self.edit_action_button)
        self.action_buttons: dict[SteeringActionStatus, QPushButton] = {}
        for status, text in (
            (SteeringActionStatus.IN_PROGRESS, self.tr("&Start")),
            (SteeringActionStatus.DONE, self.tr("Mark d&one")),
            (SteeringActionStatus.ON_HOLD, self.tr("Put on &hold")),
            (SteeringActionStatus.OPEN, self.tr("Re&open")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _c=False, s=status: self._action_status(s))
            action_buttons.addWidget(button)
            self.action_buttons[status] = button
        action_buttons.addStretch(1)
        actions_layout.addWidget(self.open_actions_only)
        actions_layout.addWidget(self.actions_table, 1)
        actions_layout.addLayout(action_buttons)
        self.action_details = readable_label()
        self.action_details.setAccessibleName(self.tr("The chosen action's history"))
        actions_layout.addWidget(self.action_details)
        self.tabs.addTab(actions_page, self.tr("Actions"))
        layout.addWidget(self.tabs, 1)
        self._all_actions: list[SteeringActionRead] = []

        self.text_filter.textChanged.connect(self.apply_filters)
        self.owner_filter.textChanged.connect(self.apply_filters)
        self.from_filter.textChanged.connect(self.apply_filters)
        self.to_filter.textChanged.connect(self.apply_filters)
        for combo in (self.cluster_filter, self.project_filter, self.status_filter,
                      self.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.attention_filter.toggled.connect(self.apply_filters)
        self.open_actions_only.toggled.connect(self._show_actions)
        self.tabs.currentChanged.connect(lambda _index: self._show_actions())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())
        self.actions_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_action_buttons())
        self.set_status_button.clicked.connect(self._set_status)
        self.supersede_button.clicked.connect(self._supersede)
        self.backlog_button.clicked.connect(self._backlog_item)
        self.edit_button.clicked.connect(lambda: self._emit_chosen(self.edit_requested))

    # -- loading --------------------------------------------------------------------------------

    def show_log(self, decisions: list[DecisionRead], actions: list[SteeringActionRead],
                 clusters: list[tuple[str, str]], projects: list[tuple[str, str]],
                 history: Callable[[str], list[Any]],
                 linked_items: Callable[[str], list[Any]] | None = None) -> None:
        """Everything, with the filters kept as they are; ``clusters``/``projects``: (id, text)."""
        chosen = self.chosen()
        self._all = decisions
        self._index = DecisionIndex(decisions)
        self._sorted_by = None
        self._all_actions = actions
        self._history = history
        if linked_items is not None:
            self._linked_items = linked_items
        for combo, rows, anything in ((self.cluster_filter, clusters, self.tr("All clusters")),
                                      (self.project_filter, projects, self.tr("All projects"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for key, text in rows:
                combo.addItem(text, key)
            position = combo.findData(current)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(False)
        self.apply_filters()
        self._show_actions()
        if chosen is not None:
            self.select(chosen.id)

    def refresh_decisions(self, rows: list[DecisionRead],
                          actions: list[SteeringActionRead]) -> None:
        """Replace (or add) a few decisions and all actions, keeping filters and choice: a
        change to one decision does not read all of them again."""
        chosen = self.chosen()
        ids = {row.id for row in rows}
        before = {row.id: row for row in self._all if row.id in ids}
        added = self._index.replace(rows)
        self._all = self._index.rows
        if self._sorted_by is not None and (added or any(
                self.model.sort_key(self._sorted_by[0], before[row.id])
                != self.model.sort_key(self._sorted_by[0], row)
                for row in rows if row.id in before)):
            self._sorted_by = None  # sort again: a changed one may belong elsewhere now
        self._all_actions = actions
        self.apply_filters()
        self._show_actions()
        if chosen is not None:
            self.select(chosen.id)

    def current_filter(self) -> DecisionFilter:
        return DecisionFilter(
            text=self.text_filter.text()[:500],
            cluster_id=self.cluster_filter.currentData(),
            project_id=self.project_filter.currentData(),
            # Qt hands enum data back as plain strings.
            status=_enum_or_none(DecisionStatus, self.status_filter.currentData()),
            kind=_enum_or_none(DecisionKind, self.kind_filter.currentData()),
            owner=self.owner_filter.text().strip()[:200],
            decided_from=_date_or_none(self.from_filter.text()),
            decided_to=_date_or_none(self.to_filter.text()),
            attention_only=self.attention_filter.isChecked(),
        )

    def apply_filters(self) -> None:
        # All decisions are kept in the shown order, so a filter never sorts; they are sorted
        # again only when the order changes.
        header = self.table.horizontalHeader()
        order = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        if order[0] >= 0 and order != self._sorted_by:
            self._all = self.model.sorted(self._all, *order)
            self._index.reorder(self._all)
            self._sorted_by = order
        rows = self._index.filter(self.current_filter())
        self.model.set_rows(rows)
        self.summary.setText(self.tr("%1 of %2 decisions").replace("%1", str(len(rows)))
                             .replace("%2", str(len(self._all))))
        if self.tabs.currentIndex() == 1:
            self._show_actions()
        self._show_chosen()

    def _show_actions(self) -> None:
        """The actions passing the filters that apply to them: cluster, project, owner, text
        (and "only overdue"), and unless asked for, only those not done."""
        query = self.current_filter()
        words = query.text.casefold().split()
        owner = query.owner.casefold()
        open_only = self.open_actions_only.isChecked()
        rows = [
            a for a in self._all_actions
            if (not open_only or a.status is not SteeringActionStatus.DONE)
            and (query.cluster_id is None or a.steering_cluster_id == query.cluster_id)
            and (query.project_id is None or a.project_id == query.project_id)
            and (not owner or owner in a.owner.casefold())
            and (not query.attention_only or a.overdue)
            and all(word in f"{a.text} {a.owner} {a.project_code} {a.decision_reference}"
                    .casefold() for word in words)
        ]
        chosen = self.chosen_action()
        self.action_model.set_rows(rows)
        if chosen is not None:
            for row, action in enumerate(self.action_model.rows()):
                if action.id == chosen.id:
                    self.actions_table.selectRow(row)
        self._update_action_buttons()

    # -- the chosen decision --------------------------------------------------------------------

    def chosen(self) -> DecisionRead | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def select(self, decision_id: str) -> bool:
        for row, decision in enumerate(self.model.rows()):
            if decision.id == decision_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_TITLE))
                return True
        return False

    def _show_chosen(self) -> None:
        decision = self.chosen()
        self.set_status_button.setEnabled(decision is not None)
        self.supersede_button.setEnabled(decision is not None and decision.status not in (
            DecisionStatus.SUPERSEDED, DecisionStatus.REJECTED))
        self.backlog_button.setEnabled(decision is not None and decision.project_id is not None)
        self.edit_button.setEnabled(decision is not None)
        self.status_choice.clear()
        if decision is None:
            self.details.setText(self.tr("Choose a decision to see its text and history."))
            return
        for status in DecisionStatus:
            if status is not decision.status and status is not DecisionStatus.SUPERSEDED and \
                    may_step(decision.status, status):
                self.status_choice.addItem(decision_status_text(status), status)
        self.set_status_button.setEnabled(self.status_choice.count() > 0)
        lines = [f"{decision.reference} · {decision.title}"]
        for caption, value in ((self.tr("Decision"), decision.text),
                               (self.tr("Rationale"), decision.rationale)):
            if value:
                lines.append(f"{caption}: {value}")
        if decision.superseded_by_reference:
            lines.append(self.tr("Superseded by %1").replace(
                "%1", decision.superseded_by_reference))
        lines.append(self.tr("Due %1 · review %2").replace("%1", optional_date(decision.due_on))
                     .replace("%2", optional_date(decision.review_on)))
        if decision.backlog_item_ids:
            titles = [item.title for item in self._linked_items(decision.id)]
            lines.append(self.tr("Backlog items: %1").replace("%1", "; ".join(titles)))
        history = self._history_text(decision.id)
        self.details.setText("\n".join(lines + ([history] if history else [])))

    def _history_text(self, entity_id: str) -> str:
        """The last five edits of a decision or action: when, who, what, from and to."""
        return "\n".join(
            self.tr("%1, %2: %3 changed from “%4” to “%5”")
            .replace("%1", edit.edited_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            .replace("%2", edit.edited_by or "–").replace("%3", edited_field_text(edit.field))
            .replace("%4", edit.old_value).replace("%5", edit.new_value)
            for edit in self._history(entity_id)[-5:])

    def _set_status(self) -> None:
        decision = self.chosen()
        status = _enum_or_none(DecisionStatus, self.status_choice.currentData())
        if decision is not None and status is not None:
            self.status_requested.emit(decision, status)

    def _emit_chosen(self, signal: Any) -> None:
        decision = self.chosen()
        if decision is not None:
            signal.emit(decision)

    def _backlog_item(self) -> None:
        decision = self.chosen()
        if decision is not None and decision.project_id is not None:
            self.backlog_item_requested.emit(decision)

    def _supersede(self) -> None:
        decision = self.chosen()
        if decision is not None:
            self.supersede_requested.emit(decision)

    # -- actions --------------------------------------------------------------------------------

    def chosen_action(self) -> SteeringActionRead | None:
        index = self.actions_table.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def _update_action_buttons(self) -> None:
        action = self.chosen_action()
        self.edit_action_button.setEnabled(action is not None)
        self.edit_action_action.setEnabled(action is not None)
        self.action_details.setText(self._history_text(action.id) if action else "")
        for status, button in self.action_buttons.items():
            button.setEnabled(action is not None and action.status is not status)
            button.setToolTip(action_status_text(status))

    def _edit_action(self) -> None:
        action = self.chosen_action()
        if action is not None:
            self.action_edit_requested.emit(action)

    def _action_menu(self, position: QPoint) -> None:
        """The chosen action's commands, also reached with the context-menu key."""
        index = self.actions_table.indexAt(position)
        if index.isValid():
            self.actions_table.selectRow(index.row())
        action = self.chosen_action()
        if action is None:
            return
        menu = QMenu(self.actions_table)
        menu.setAccessibleName(self.tr("Action commands"))
        menu.addAction(self.edit_action_action)
        menu.addSeparator()
        for status, button in self.action_buttons.items():
            entry = menu.addAction(button.text())
            entry.setEnabled(button.isEnabled())
            entry.triggered.connect(lambda _c=False, s=status: self._action_status(s))
        menu.exec(self.actions_table.viewport().mapToGlobal(position))

    def _action_status(self, status: SteeringActionStatus) -> None:
        action = self.chosen_action()
        if action is not None:
            self.action_status_requested.emit(action, status)


def _enum_or_none(enum: Any, value: object) -> Any:
    return enum(value) if value else None


def _date_or_none(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def sort_newest_first(view: DecisionLogView) -> None:
    view.table.sortByColumn(COL_DECIDED, Qt.SortOrder.DescendingOrder)

