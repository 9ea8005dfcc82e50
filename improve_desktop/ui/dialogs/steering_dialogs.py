"""Small dialogs of the steering screens: plan a meeting, supersede a decision."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.steering_schemas import AttendeeRead, DecisionRead


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PlanMeetingDialog(QDialog):
    """Date, time, place and guests of a new meeting (the members are invited anyway)."""

    def __init__(self, default_date: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a meeting"))
        self.setAccessibleName(self.tr("Plan a meeting"))
        form = QFormLayout()
        self.date_edit = QDateEdit(QDate(default_date.year, default_date.month, default_date.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.time_edit = QLineEdit("13:00")
        self.time_edit.setInputMask("99:99")
        self.place_edit = QLineEdit()
        self.guests_edit = QLineEdit()
        self.guests_edit.setPlaceholderText(self.tr("Names separated by commas"))
        for caption, widget in ((self.tr("&Date:"), self.date_edit),
                                (self.tr("&Time:"), self.time_edit),
                                (self.tr("&Place:"), self.place_edit),
                                (self.tr("&Guests:"), self.guests_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "The cluster's members are invited; the agenda is built from the projects.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, Any]:
        day = self.date_edit.date()
        time_text = self.time_edit.text()
        return {
            "meeting_date": date(day.year(), day.month(), day.day()),
            "start_time": time_text if len(time_text.strip(":")) == 4 else "",
            "place": self.place_edit.text().strip(),
            "guests": tuple(name.strip() for name in self.guests_edit.text().split(",")
                            if name.strip()),
        }

    @classmethod
    def get_meeting(cls, parent: QWidget | None, default_date: date
                    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(default_date, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.values() if accepted else None), accepted


class SupersedeDialog(QDialog):
    """The decision that replaces another: its title and text (the rest is taken over)."""

    def __init__(self, decision: DecisionRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supersede %1").replace("%1", decision.reference))
        self.setAccessibleName(self.windowTitle())
        self.title_edit = QLineEdit(decision.title)
        self.title_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit(decision.text)
        self.text_edit.setTabChangesFocus(True)
        self.rationale_edit = QPlainTextEdit()
        self.rationale_edit.setTabChangesFocus(True)
        form = QFormLayout()
        for caption, widget in ((self.tr("New &decision:"), self.title_edit),
                                (self.tr("&Text:"), self.text_edit),
                                (self.tr("&Rationale:"), self.rationale_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 will be marked superseded by the new decision.")
                                .replace("%1", f"{decision.reference} {decision.title}")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(),
                "text": self.text_edit.toPlainText().strip(),
                "rationale": self.rationale_edit.toPlainText().strip()}

    @classmethod
    def get_replacement(cls, parent: QWidget | None, decision: DecisionRead
                        ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(decision, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.values() if accepted else None), accepted


class DecisionRequestDialog(QDialog):
    """A question for the steering group: the options, a recommendation, when it is needed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise a decision request"))
        self.setAccessibleName(self.windowTitle())
        self.question_edit = QPlainTextEdit()
        self.options_edit = QPlainTextEdit()
        self.recommendation_edit = QLineEdit()
        self.raised_by_edit = QLineEdit()
        self.needed_edit = QLineEdit()
        self.needed_edit.setPlaceholderText(self.tr("yyyy-mm-dd (optional)"))
        for edit in (self.question_edit, self.options_edit):
            edit.setTabChangesFocus(True)
        form = QFormLayout()
        for caption, widget in ((self.tr("&Question:"), self.question_edit),
                                (self.tr("&Options:"), self.options_edit),
                                (self.tr("Re&commendation:"), self.recommendation_edit),
                                (self.tr("Raised &by:"), self.raised_by_edit),
                                (self.tr("&Needed by:"), self.needed_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The request goes onto the next meeting's agenda.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, Any]:
        try:
            needed: date | None = date.fromisoformat(self.needed_edit.text().strip())
        except ValueError:
            needed = None
        return {"question": self.question_edit.toPlainText().strip(),
                "options": self.options_edit.toPlainText().strip(),
                "recommendation": self.recommendation_edit.text().strip(),
                "raised_by": self.raised_by_edit.text().strip(), "needed_by": needed}

    @classmethod
    def get_request(cls, parent: QWidget | None) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.values() if accepted else None), accepted


class EditDecisionDialog(QDialog):
    """Change a decision's wording, owner and dates; every change is kept in its history."""

    def __init__(self, decision: DecisionRead, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decision = decision
        self.setWindowTitle(self.tr("Edit %1").replace("%1", decision.reference))
        self.setAccessibleName(self.windowTitle())
        self.title_edit = QLineEdit(decision.title)
        self.title_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit(decision.text)
        self.rationale_edit = QPlainTextEdit(decision.rationale)
        for edit in (self.text_edit, self.rationale_edit):
            edit.setTabChangesFocus(True)
        self.owner_edit = QLineEdit(decision.owner)
        self.due_edit = QLineEdit(decision.due_on.isoformat() if decision.due_on else "")
        self.review_edit = QLineEdit(decision.review_on.isoformat() if decision.review_on else "")
        for edit in (self.due_edit, self.review_edit):
            edit.setPlaceholderText(self.tr("yyyy-mm-dd (empty: none)"))
        form = QFormLayout()
        for caption, widget in ((self.tr("&Decision:"), self.title_edit),
                                (self.tr("&Text:"), self.text_edit),
                                (self.tr("&Rationale:"), self.rationale_edit),
                                (self.tr("&Owner:"), self.owner_edit),
                                (self.tr("D&ue:"), self.due_edit),
                                (self.tr("Re&view:"), self.review_edit)):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who changed what, and when, is kept in the history.")))
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, Any]:
        """The changes (a partial DecisionUpdate); dates that cannot be read are left as they
        were."""
        values: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "text": self.text_edit.toPlainText().strip(),
            "rationale": self.rationale_edit.toPlainText().strip(),
            "owner": self.owner_edit.text().strip(),
        }
        for field, edit in (("due_on", self.due_edit), ("review_on", self.review_edit)):
            text = edit.text().strip()
            if not text:
                values[f"clear_{field}"] = True
                continue
            try:
                values[field] = date.fromisoformat(text)
            except ValueError:
                continue
        return values

    @classmethod
    def get_changes(cls, parent: QWidget | None, decision: DecisionRead
                    ) -> tuple[dict[str, Any] | None, bool]:
        dialog = cls(decision, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.values() if accepted else None), accepted


class AttendanceDialog(QDialog):
    """Who was there: one box per invited member or guest, and guests to add."""

    def __init__(self, attendees: list[AttendeeRead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick those present.")))
        self.boxes: dict[str, QCheckBox] = {}
        for attendee in attendees:
            text = attendee.name + (" " + self.tr("(guest)") if attendee.is_guest else "")
            box = QCheckBox(text)
            box.setAccessibleName(text)
            box.setChecked(attendee.present)
            layout.addWidget(box)
            self.boxes[attendee.id] = box
        self._was = {attendee.id: attendee.present for attendee in attendees}
        self.guests_edit = QLineEdit()
        self.guests_edit.setPlaceholderText(self.tr("Names separated by commas"))
        label = QLabel(self.tr("Add &guests:"))
        label.setBuddy(self.guests_edit)
        self.guests_edit.setAccessibleName(self.tr("Add guests"))
        layout.addWidget(label)
        layout.addWidget(self.guests_edit)
        layout.addWidget(_buttons(self))

    def values(self) -> tuple[dict[str, bool], list[str]]:
        """The attendees whose presence changed, and the new guests' names."""
        changed = {key: box.isChecked() for key, box in self.boxes.items()
                   if box.isChecked() != self._was[key]}
        guests = [name.strip() for name in self.guests_edit.text().split(",") if name.strip()]
        return changed, guests

    @classmethod
    def get_attendance(cls, parent: QWidget | None, attendees: list[AttendeeRead]
                       ) -> tuple[tuple[dict[str, bool], list[str]] | None, bool]:
        dialog = cls(attendees, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.values() if accepted else None), accepted
