"""Edits of steering records outside meeting mode: an action's text, owner and due date, an
agenda item's title, details and notes, and the confirmation to withdraw a decision request.

The edit dialogs save through the service callable they are given and stay open on a
validation error, showing it under the field it concerns (in words and with a ⚠ sign, not
only in colour), so nothing is stored until every field is right.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.errors import ServiceError, ValidationFailed
from improve_desktop.services.steering_schemas import (
    AgendaItemRead,
    DecisionRequestRead,
    SteeringActionRead,
)
from improve_desktop.ui.dialogs.field_errors import FieldErrors, to_date, to_qdate
from improve_desktop.ui.validation_text import refusal_text

Save = Callable[[dict[str, Any]], Any]
translate = QCoreApplication.translate


class _FieldForm(QDialog):
    """A form whose rows each carry an error line; ``save`` is tried on OK."""

    def __init__(self, save: Save, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._save = save
        self.outcome: Any = None
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        self.note = QLabel(translate("SteeringEdits",
                                     "Who changed what, and when, is kept in the history."))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        self.general_error = QLabel()
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.setAccessibleName(translate("SteeringEdits", "Problem"))
        self.general_error.hide()
        layout.addWidget(self.general_error)
        self.field_errors = FieldErrors(self.general_error)
        self.errors = self.field_errors.labels
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        standard = QDialogButtonBox.StandardButton
        for button, name in ((standard.Save, translate("SteeringEdits", "Save")),
                             (standard.Cancel, translate("SteeringEdits", "Cancel"))):
            self.buttons.button(button).setAccessibleName(name)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._initial: dict[str, Any] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._initial is None:
            self._initial = self.values()  # what was there before anything was typed
        super().showEvent(event)

    def reject(self) -> None:
        """Cancel or Esc: typed text is not thrown away without a question."""
        if self._initial is not None and self.values() != self._initial \
                and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          translate("SteeringEdits", "Throw away what you have changed?"),
                          QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(translate("SteeringEdits", "&Throw away"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("SteeringEdits", "&Keep editing"),
                             QMessageBox.ButtonRole.RejectRole)
        discard.setAccessibleName(translate("SteeringEdits", "Throw away the changes"))
        keep.setAccessibleName(translate("SteeringEdits", "Keep editing"))
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        chosen = box.clickedButton() is discard
        box.deleteLater()
        return chosen

    def add_row(self, field: str, caption: str, widget: QWidget,
                extra: QWidget | None = None) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        name = caption.replace("&", "").rstrip(":")
        widget.setAccessibleName(name)
        self.form.addRow(label, self.field_errors.row(
            field, widget, extra,
            translate("SteeringEdits", "Problem with %1").replace("%1", name)))

    def values(self) -> dict[str, Any]:  # pragma: no cover - every form has its own
        raise NotImplementedError

    def save(self) -> None:
        self.field_errors.clear()
        try:
            self.outcome = self._save(self.values())
        except ValidationFailed as failure:
            self.field_errors.show(failure)
            return
        except ServiceError as error:
            self.general_error.setText("⚠ " + refusal_text(error))
            self.general_error.show()
            return
        self.accept()

    def ask(self) -> tuple[Any, bool]:
        """Show, and save on OK: (the service's outcome, accepted)."""
        accepted = self.exec() == QDialog.DialogCode.Accepted
        self.deleteLater()  # not one hidden dialog more for every edit
        return self.outcome, accepted and self.outcome is not None


class EditActionDialog(_FieldForm):
    """Change a steering action's text, owner and due date (or take the due date away)."""

    def __init__(self, action: SteeringActionRead, save: Save, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.action = action
        self.setWindowTitle(translate("SteeringEdits", "Edit action"))
        self.setAccessibleName(translate("SteeringEdits", "Edit action"))
        self.setMinimumWidth(460)
        self.text_edit = QLineEdit(action.text)
        # No length limit here: the service's limit is reported under the field.
        self.owner_edit = QLineEdit(action.owner)
        self.owner_edit.setPlaceholderText(translate("SteeringEdits", "Who sees to it"))
        self.due_edit = QDateEdit(to_qdate(action.due_on or today))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_due = QCheckBox(translate("SteeringEdits", "&No due date"))
        self.no_due.setAccessibleName(translate("SteeringEdits", "No due date"))
        self.no_due.toggled.connect(lambda checked: self.due_edit.setEnabled(not checked))
        self.no_due.setChecked(action.due_on is None)
        self.add_row("text", translate("SteeringEdits", "&Action:"), self.text_edit)
        self.add_row("owner", translate("SteeringEdits", "&Owner:"), self.owner_edit)
        self.add_row("due_on", translate("SteeringEdits", "&Due date:"), self.due_edit, self.no_due)
        self.owner_edit.setFocus()

    def values(self) -> dict[str, Any]:
        """A SteeringActionUpdate: text, owner and the due date, or ``clear_due_on``."""
        values: dict[str, Any] = {"text": self.text_edit.text(),
                                  "owner": self.owner_edit.text()}
        if self.no_due.isChecked():
            values["clear_due_on"] = True
        else:
            values["due_on"] = to_date(self.due_edit.date())
        return values

    @classmethod
    def edit(cls, parent: QWidget | None, action: SteeringActionRead, save: Save,
             today: date | None = None) -> tuple[Any, bool]:
        """Ask and save: (the service's outcome, accepted)."""
        return cls(action, save, today or date.today(), parent).ask()


class EditAgendaItemDialog(_FieldForm):
    """Change an agenda item's title, details (what the members read beforehand) and notes."""

    def __init__(self, item: AgendaItemRead, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.item = item
        self.setWindowTitle(translate("SteeringEdits", "Edit agenda item"))
        self.setAccessibleName(translate("SteeringEdits", "Edit agenda item"))
        self.setMinimumWidth(520)
        self.title_edit = QLineEdit(item.title)
        self.details_edit = QPlainTextEdit(item.details)
        self.notes_edit = QPlainTextEdit(item.notes)
        for edit in (self.details_edit, self.notes_edit):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(80)
        self.add_row("title", translate("SteeringEdits", "&Title:"), self.title_edit)
        self.add_row("details", translate("SteeringEdits", "&Details:"), self.details_edit)
        self.add_row("notes", translate("SteeringEdits", "N&otes for the minutes:"),
                     self.notes_edit)
        self.title_edit.setFocus()

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "details": self.details_edit.toPlainText(),
                "notes": self.notes_edit.toPlainText()}

    @classmethod
    def edit(cls, parent: QWidget | None, item: AgendaItemRead, save: Save
             ) -> tuple[Any, bool]:
        return cls(item, save, parent).ask()


def confirm_withdraw(parent: QWidget | None, request: DecisionRequestRead) -> bool:
    """Ask before a decision request is withdrawn (the service keeps no reason)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("SteeringEdits", "Withdraw decision request"),
                      translate("SteeringEdits", "Withdraw the decision request “%1”?").replace(
                          "%1", request.question),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "SteeringEdits", "It leaves the open requests and the agendas of meetings not yet "
        "held. The withdrawal is kept in the history."))
    withdraw = box.addButton(translate("SteeringEdits", "&Withdraw"),
                             QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("SteeringEdits", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
    withdraw.setAccessibleName(translate("SteeringEdits", "Withdraw"))
    keep.setAccessibleName(translate("SteeringEdits", "Keep it"))
    box.setDefaultButton(keep)
    box.setAccessibleName(box.windowTitle())
    box.exec()
    chosen = box.clickedButton() is withdraw
    box.deleteLater()
    return chosen
