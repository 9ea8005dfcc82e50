"""Edit all of a backlog item: title, kind, estimate, methods, description, acceptance criteria."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import ItemKind
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.schemas import MethodRead
from improve_desktop.ui.formatting import item_kind_text

AUTOSAVE_DELAY_MS = 800


class ItemDialog(QDialog):
    """Shows an item's fields; ``changes()`` gives only what the user changed.

    Long texts are saved while typing (``autosave``, debounced), so that a crash or a dead
    battery loses at most the last second of a description; Cancel puts the old text back.
    """

    def __init__(self, item: BacklogItemRead, methods: Sequence[MethodRead], language: str,
                 parent: QWidget | None = None,
                 autosave: Callable[[dict[str, str]], None] | None = None) -> None:
        super().__init__(parent)
        self._item = item
        self._autosave = autosave
        self.autosaved = False
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.save_texts_now)
        self.setWindowTitle(self.tr("Edit item"))
        self.setAccessibleName(self.tr("Edit item"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit(item.title)
        self.title.setMaxLength(200)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(item_kind_text(kind), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.estimate = QSpinBox()
        self.estimate.setRange(-1, 1000)
        self.estimate.setSpecialValueText(self.tr("Not estimated"))
        self.estimate.setValue(-1 if item.estimate_points is None else item.estimate_points)
        self.methods = QListWidget()
        self.methods.setMaximumHeight(150)
        for method in methods:
            entry = QListWidgetItem(method.name_sv if language == "sv" else method.name_en)
            entry.setData(Qt.ItemDataRole.UserRole, method.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if method.id in item.method_ids else Qt.CheckState.Unchecked)
            self.methods.addItem(entry)
        self.description = QPlainTextEdit(item.description)
        self.description.setTabChangesFocus(True)
        self.acceptance = QPlainTextEdit(item.acceptance_criteria)
        self.acceptance.setTabChangesFocus(True)
        for caption, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Kind"), self.kind),
            (self.tr("&Points"), self.estimate),
            (self.tr("&Methods (Space ticks)"), self.methods),
            (self.tr("&Description"), self.description),
            (self.tr("&Acceptance criteria"), self.acceptance),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            widget.setAccessibleName(caption.replace("&", "").split(" (")[0])
            form.addRow(label, widget)
        for editor in (self.description, self.acceptance):
            editor.textChanged.connect(self._autosave_timer.start)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.setFocus()

    def texts(self) -> dict[str, str]:
        return {"description": self.description.toPlainText().strip(),
                "acceptance_criteria": self.acceptance.toPlainText().strip()}

    def save_texts_now(self) -> None:
        """Write the long texts as they stand (the debounced autosave)."""
        self._autosave_timer.stop()
        if self._autosave is not None:
            self._autosave(self.texts())
            self.autosaved = True

    def reject(self) -> None:
        self._autosave_timer.stop()
        if self.autosaved and self._autosave is not None:
            self._autosave({"description": self._item.description,
                            "acceptance_criteria": self._item.acceptance_criteria})
        super().reject()

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText("⚠ " + self.tr("The title is required."))
            self.error.setVisible(True)
            self.title.setAccessibleDescription(self.error.text())
            self.title.setFocus()
            return
        self._autosave_timer.stop()
        super().accept()

    def changes(self) -> dict[str, Any]:
        item = self._item
        changes: dict[str, Any] = {}
        title = self.title.text().strip()
        if title != item.title:
            changes["title"] = title
        kind = ItemKind(self.kind.currentData())
        if kind is not item.kind:
            changes["kind"] = kind
        estimate = None if self.estimate.value() < 0 else self.estimate.value()
        if estimate != item.estimate_points:
            if estimate is None:
                changes["clear_estimate"] = True
            else:
                changes["estimate_points"] = estimate
        checked = tuple(
            str(self.methods.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.methods.count())
            if self.methods.item(row).checkState() == Qt.CheckState.Checked
        )
        if set(checked) != set(item.method_ids):
            changes["method_ids"] = checked
        for field, widget in (("description", self.description),
                              ("acceptance_criteria", self.acceptance)):
            text = widget.toPlainText().strip()
            if text != getattr(item, field):
                changes[field] = text
        return changes
