"""The project overview's list of open steering actions and decision requests, with their
commands: F2 edits the chosen action, Delete withdraws the chosen request (both also as
buttons and on the context menu)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.steering_schemas import DecisionRequestRead, SteeringActionRead

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class FollowUpList(QWidget):
    """Open actions and open decision requests of one project, one line each."""

    action_edit_requested = Signal(object)  # SteeringActionRead
    withdraw_requested = Signal(object)  # DecisionRequestRead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Open actions and decision re&quests:"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open actions and decision requests"))
        self.list.setWordWrap(True)
        caption.setBuddy(self.list)
        self.edit_action = QAction(self.tr("Ed&it action…"), self.list)
        self.edit_action.setShortcut(QKeySequence("F2"))
        self.withdraw_action = QAction(self.tr("&Withdraw request…"), self.list)
        self.withdraw_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, slot in ((self.edit_action, self._edit),
                             (self.withdraw_action, self._withdraw)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.list.addAction(action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.edit_button = QPushButton(self.tr("Ed&it action… (F2)"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen action"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw request… (Del)"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the chosen decision request"))
        self.edit_button.clicked.connect(self._edit)
        self.withdraw_button.clicked.connect(self._withdraw)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self._update()

    def show_rows(self, actions: Sequence[SteeringActionRead],
                  requests: Sequence[DecisionRequestRead]) -> None:
        from improve_desktop.ui.steering_words import (
            action_status_text,
            attention_text,
            optional_date,
        )

        chosen = self.chosen()
        chosen_id = getattr(chosen, "id", None)
        self.list.clear()
        for action in actions:
            text = " · ".join(part for part in (
                self.tr("Action: %1").replace("%1", action.text),
                action_status_text(action.status), action.owner,
                self.tr("due %1").replace("%1", optional_date(action.due_on)),
                attention_text(overdue=action.overdue)) if part)
            self._add(text, action)
        for request in requests:
            text = " · ".join(part for part in (
                self.tr("Decision request: %1").replace("%1", request.question),
                request.raised_by,
                self.tr("needed by %1").replace("%1", optional_date(request.needed_by))
                if request.needed_by else "") if part)
            self._add(text, request)
        for row in range(self.list.count()):
            if getattr(self.list.item(row).data(ROW_ROLE), "id", None) == chosen_id:
                self.list.setCurrentRow(row)
        self._fit_height()
        self._update()

    def _fit_height(self) -> None:
        """As tall as its lines (two at least, 180 px at most): no empty box below three rows."""
        lines = sum(self.list.sizeHintForRow(row) for row in range(self.list.count()))
        least = 2 * self.list.fontMetrics().height()
        self.list.setFixedHeight(min(180, max(least, lines) + 2 * self.list.frameWidth() + 4))

    def _add(self, text: str, row: Any) -> None:
        item = QListWidgetItem(text)
        item.setData(ROW_ROLE, row)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.list.addItem(item)

    def chosen(self) -> Any:
        item = self.list.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def select(self, row_id: str) -> None:
        for row in range(self.list.count()):
            if getattr(self.list.item(row).data(ROW_ROLE), "id", None) == row_id:
                self.list.setCurrentRow(row)

    def _update(self) -> None:
        chosen = self.chosen()
        for widget in (self.edit_button, self.edit_action):
            widget.setEnabled(isinstance(chosen, SteeringActionRead))
        for widget in (self.withdraw_button, self.withdraw_action):
            widget.setEnabled(isinstance(chosen, DecisionRequestRead))

    def _edit(self) -> None:
        chosen = self.chosen()
        if isinstance(chosen, SteeringActionRead):
            self.action_edit_requested.emit(chosen)

    def _withdraw(self) -> None:
        chosen = self.chosen()
        if isinstance(chosen, DecisionRequestRead):
            self.withdraw_requested.emit(chosen)

    def _menu(self, position: QPoint) -> None:
        item = self.list.itemAt(position)
        if item is not None:
            self.list.setCurrentItem(item)
        if self.chosen() is None:
            return
        menu = QMenu(self.list)
        menu.setAccessibleName(self.tr("Follow-up commands"))
        menu.addAction(self.edit_action)
        menu.addAction(self.withdraw_action)
        menu.exec(self.list.viewport().mapToGlobal(position))
