"""A form's fields, each with an error line under it, and a line for the other problems.

What the service refuses is shown under the field it concerns, with a ⚠ sign and words (not
only in colour) and as the field's accessible description; the first field with a problem
gets the focus. Problems that name no field of the form go to the form's general line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from improve_desktop.services.errors import ValidationFailed
from improve_desktop.ui.validation_text import field_error_text


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FieldErrors:
    """The error lines of one form; ``labels`` and ``widgets`` are keyed by field name."""

    def __init__(self, general: QLabel, *, mark_general: bool = True) -> None:
        self.general = general
        self._mark_general = mark_general
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def row(self, field: str, widget: QWidget, extra: QWidget | None = None,
            error_name: str = "") -> QWidget:
        """The widget (and ``extra`` below it) over its hidden error line, for a form row."""
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if extra is not None:
            column.addWidget(extra)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        if error_name:
            error.setAccessibleName(error_name)
        error.hide()
        column.addWidget(error)
        self.labels[field] = error
        self.widgets[field] = widget
        return container

    def show(self, failure: ValidationFailed) -> None:
        first: QWidget | None = None
        general = []
        for error in failure.errors:
            text = field_error_text(error)
            label = self.labels.get(error.field)
            if label is None:
                general.append(text)
                continue
            label.setText("⚠ " + text)
            label.show()
            widget = self.widgets[error.field]
            widget.setAccessibleDescription(text)
            first = first or widget
        mark = "⚠ " if self._mark_general else ""
        self.general.setText("\n".join(mark + text for text in general))
        self.general.setVisible(bool(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        for field, label in self.labels.items():
            label.clear()
            label.hide()
            self.widgets[field].setAccessibleDescription("")
        self.general.hide()
