"""Dialogs for the iteration cycle: plan a new iteration, and close the active one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import GoalOutcome
from improve_desktop.services.planning_schemas import CarryOver, IterationDefaults
from improve_desktop.services.schemas import IterationRead
from improve_desktop.ui.dialogs.field_errors import to_date, to_qdate
from improve_desktop.ui.formatting import goal_outcome_text


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel.text().replace("&", ""))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class NewIterationDialog(QDialog):
    """Proposes the next iteration from the project's defaults; everything can be changed."""

    def __init__(self, defaults: IterationDefaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New iteration"))
        self.setAccessibleName(self.tr("New iteration"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name = QLineEdit(defaults.name)
        self.goal = QPlainTextEdit()
        self.goal.setTabChangesFocus(True)
        self.goal.setFixedHeight(80)
        self.start = QDateEdit(to_qdate(defaults.start_date))
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(to_qdate(defaults.end_date))
        self.end.setCalendarPopup(True)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10_000)
        self.capacity.setValue(defaults.capacity_points)
        self.capacity.setSuffix(" " + self.tr("points"))
        for caption, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("&Goal"), self.goal),
            (self.tr("&Start"), self.start),
            (self.tr("&End"), self.end),
            (self.tr("&Capacity"), self.capacity),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", ""))
            form.addRow(label, widget)
        hint = QLabel(self.tr("The capacity proposed is the average completed in the last "
                              "three iterations."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Plan iteration")))
        self.goal.setFocus()

    def values(self, project_id: str) -> dict[str, object]:
        return {
            "project_id": project_id,
            "name": self.name.text(),
            "goal": self.goal.toPlainText(),
            "start_date": to_date(self.start.date()),
            "end_date": to_date(self.end.date()),
            "capacity_points": self.capacity.value(),
        }

    def show_error(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.setVisible(True)


class CloseIterationDialog(QDialog):
    """Asks how the goal went and where unfinished items go."""

    def __init__(self, iteration: IterationRead, unfinished_items: int, unfinished_points: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Close %1").replace("%1", iteration.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        goal = QLabel(self.tr("Goal: %1").replace("%1", iteration.goal or "–"))
        goal.setWordWrap(True)
        layout.addWidget(goal)

        outcome_box = QGroupBox(self.tr("Was the goal met?"))
        outcome_layout = QVBoxLayout(outcome_box)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[GoalOutcome, QRadioButton] = {}
        for number, outcome in enumerate(GoalOutcome):
            button = QRadioButton(f"&{number + 1} " + goal_outcome_text(outcome))
            button.setAccessibleName(goal_outcome_text(outcome))
            self.outcome_group.addButton(button)
            outcome_layout.addWidget(button)
            self.outcome_buttons[outcome] = button
        self.outcome_buttons[GoalOutcome.PARTLY].setChecked(True)
        layout.addWidget(outcome_box)

        comment_label = QLabel(self.tr("&Comment"))
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(70)
        self.comment.setAccessibleName(self.tr("Comment"))
        comment_label.setBuddy(self.comment)
        layout.addWidget(comment_label)
        layout.addWidget(self.comment)

        carry_box = QGroupBox(
            self.tr("%n unfinished item(s), %1 points, go:", "", unfinished_items)
            .replace("%1", str(unfinished_points)))
        carry_layout = QVBoxLayout(carry_box)
        self.to_backlog = QRadioButton(self.tr("back to the &backlog"))
        self.to_next = QRadioButton(self.tr("into the &next iteration"))
        for button in (self.to_backlog, self.to_next):
            button.setAccessibleName(button.text().replace("&", ""))
            carry_layout.addWidget(button)
        self.to_next.setChecked(True)
        carry_box.setEnabled(unfinished_items > 0)
        layout.addWidget(carry_box)
        layout.addWidget(_buttons(self, self.tr("Close &iteration")))

    def outcome(self) -> GoalOutcome:
        return next(o for o, button in self.outcome_buttons.items() if button.isChecked())

    def values(self) -> dict[str, object]:
        return {
            "goal_outcome": self.outcome(),
            "goal_comment": self.comment.toPlainText(),
            "carry_over": CarryOver.NEXT_ITERATION if self.to_next.isChecked() else CarryOver.BACKLOG,
        }
