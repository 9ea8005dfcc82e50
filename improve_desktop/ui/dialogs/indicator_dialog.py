"""Add or edit one of a project's own indicators: name, unit, direction, baseline, target,
source and the logic-model node it measures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.results import LEVELS, Direction
from improve_desktop.services.errors import ServiceError, ValidationFailed
from improve_desktop.services.results_schemas import IndicatorRead, NodeRead
from improve_desktop.ui.results_text import direction_text, indicator_name, level_text
from improve_desktop.ui.validation_text import field_error_text


def parse_figure(text: str) -> float | None:
    """A figure as typed: empty is "not set"; both 12,5 and 12.5 are read; spaces ignored."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    return float(cleaned)


def figure_text(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(value, "g", 12)


class IndicatorDialog(QDialog):
    """OK hands the values to ``save`` (a service call through the undo stack); what the
    service refuses is shown in the dialog, which stays open."""

    def __init__(self, nodes: tuple[NodeRead, ...], save: Callable[[dict[str, Any]], None],
                 indicator: IndicatorRead | None = None, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        title = self.tr("New indicator") if indicator is None else self.tr("Edit indicator")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.unit.setMaxLength(20)
        self.unit.setPlaceholderText(self.tr("e.g. %, st, kr"))
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(direction_text(direction), direction.value)
        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(self.tr("not set"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("not set"))
        self.source = QLineEdit()
        self.source.setMaxLength(200)
        self.source.setPlaceholderText(self.tr("e.g. SUS, participant survey"))
        self.node = QComboBox()
        self.node.addItem(self.tr("(no node)"), "")
        order = {level: n for n, level in enumerate(LEVELS)}
        for node in sorted(nodes, key=lambda n: (-order[n.level], n.position)):
            self.node.addItem(f"{level_text(node.level)}: {node.title}", node.id)
        form = QFormLayout()
        for caption, widget in (
                (self.tr("&Name *"), self.name), (self.tr("&Unit"), self.unit),
                (self.tr("&Direction"), self.direction), (self.tr("&Baseline"), self.baseline),
                (self.tr("&Target"), self.target), (self.tr("&Source"), self.source),
                (self.tr("&Measures node"), self.node)):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(" *"))
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add indicator") if indicator is None else self.tr("Save"))
        ok.setAccessibleName(ok.text())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Fields marked * are required. Leave baseline and target empty "
                               "when they are not known yet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if indicator is not None:
            self.name.setText(indicator_name(indicator.key, indicator.name, language))
            self.unit.setText(indicator.unit)
            self.direction.setCurrentIndex(self.direction.findData(indicator.direction.value))
            self.baseline.setText(figure_text(indicator.baseline))
            self.target.setText(figure_text(indicator.target))
            self.source.setText(indicator.source)
            self.node.setCurrentIndex(max(self.node.findData(indicator.node_id or ""), 0))
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        self.error.setText("⚠ " + text)
        self.error.setVisible(True)
        if field is not None:
            field.setAccessibleDescription(text)
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any] | None:
        """The form as service input, or None (with the problem shown) when a figure or the
        name cannot be read."""
        if not self.name.text().strip():
            self.show_error(self.tr("Give the indicator a name."), self.name)
            return None
        figures: dict[str, float | None] = {}
        for key, field in (("baseline", self.baseline), ("target", self.target)):
            try:
                figures[key] = parse_figure(field.text())
            except ValueError:
                self.show_error(self.tr("“%1” is not a number.").replace("%1", field.text()),
                                field)
                return None
        return {"name": self.name.text().strip(), "unit": self.unit.text().strip(),
                "direction": str(self.direction.currentData()),
                "source": self.source.text().strip(),
                "node_id": self.node.currentData() or None, **figures}

    def accept(self) -> None:
        values = self.values()
        if values is None:
            return
        try:
            self._save(values)
        except ValidationFailed as failure:
            fields = {"name": self.name, "unit": self.unit, "baseline": self.baseline,
                      "target": self.target, "source": self.source, "node_id": self.node}
            first = failure.errors[0]
            self.show_error("\n".join(field_error_text(e) for e in failure.errors),
                            fields.get(first.field))
            return
        except ServiceError as error:
            self.show_error(str(error))
            return
        super().accept()
