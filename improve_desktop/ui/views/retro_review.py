"""The review of last time's actions, shown first: "Did we do what we said?"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.retrospectives import ActionReview
from improve_desktop.services.retro_schemas import ActionRead
from improve_desktop.ui.qt_models.retro_models import PreviousActionsModel
from improve_desktop.ui.views.retro_labels import is_decided

translate = QCoreApplication.translate


class ReviewPanel(QGroupBox):
    """Last time's actions: each marked done, carried forward or dropped (with a reason).

    By keyboard: D, C or X on the chosen action (X needs a reason typed first), or the buttons.
    """

    decided = Signal(str, object, str)  # action id, ActionReview, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Retro", "Did we do what we said? Last time's actions"), parent)
        self.setObjectName("retroReview")
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("retroReviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = PreviousActionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("previousActions")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("Retro", "Last time's actions"))
        self.table.setAccessibleDescription(translate(
            "Retro", "D marks the action done, C carries it forward, X drops it with the "
            "reason typed below."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        reason_label = QLabel(translate("Retro", "&Reason"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reviewReason")
        self.reason.setAccessibleName(translate("Retro", "Reason or comment"))
        self.reason.setPlaceholderText(translate(
            "Retro", "Why it was dropped, or what came of it (needed to drop)"))
        reason_label.setBuddy(self.reason)
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        self.buttons: dict[ActionReview, QPushButton] = {}
        for decision, text, key in (
            (ActionReview.DONE, translate("Retro", "✓ &Done (D)"), "D"),
            (ActionReview.CARRIED_FORWARD, translate("Retro", "→ Carr&y forward (C)"), "C"),
            (ActionReview.DROPPED, translate("Retro", "✗ Dro&p (X)"), "X"),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _c=False, d=decision: self.decide(d))
            row.addWidget(button)
            self.buttons[decision] = button
            action = QAction(text.replace("&", ""), self.table)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, d=decision: self.decide(d))
            self.table.addAction(action)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def set_actions(self, actions: Sequence[ActionRead]) -> None:
        keep = self.current_action()
        self.model.set_rows(actions)
        decided = sum(1 for action in actions if is_decided(action))
        if not actions:
            self.summary.setText(translate(
                "Retro", "The retrospective before this one agreed on no actions."))
        elif decided == len(actions):
            self.summary.setText(translate(
                "Retro", "All %n action(s) from last time are followed up.", "", len(actions)))
        else:
            self.summary.setText(translate(
                "Retro", "%1 of %n action(s) from last time followed up. Choose one and press "
                "D (done), C (carry forward) or X (drop, with a reason).", "", len(actions))
                .replace("%1", str(decided)))
        self.table.setAccessibleDescription(self.summary.text())
        target = next((row for row, a in enumerate(actions) if keep and a.id == keep.id), None)
        if target is None:
            target = next((row for row, a in enumerate(actions) if not is_decided(a)), 0)
        if actions:
            self.table.selectRow(target)
            self.table.scrollTo(self.model.index(target, 0))
        for button in self.buttons.values():
            button.setEnabled(bool(actions))

    def undecided(self) -> int:
        return sum(1 for action in self.model.rows() if not is_decided(action))

    def current_action(self) -> ActionRead | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def decide(self, decision: ActionReview) -> None:
        action = self.current_action()
        if action is None:
            return
        reason = self.reason.text().strip()
        if decision is ActionReview.DROPPED and not reason:
            self.show_message(translate("Retro", "Say why the action is dropped: type the reason, "
                                        "then press Drop again."))
            self.reason.setFocus()
            return
        self.show_message("")
        self.reason.clear()
        self.decided.emit(action.id, decision, reason)
