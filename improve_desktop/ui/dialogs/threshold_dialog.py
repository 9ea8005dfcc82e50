"""View → Small-count threshold…: below how many participants a count is shown as "<N"."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

LOWEST, HIGHEST = 1, 50  # the bounds of Settings.suppression_threshold


class ThresholdDialog(QDialog):
    def __init__(self, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Small-count threshold"))
        self.setAccessibleName(self.tr("Small-count threshold"))
        self.setMinimumWidth(480)
        explanation = QLabel(self.tr(
            "Participant counts below the threshold are shown as “<N” on the participants page "
            "and in every exported workbook, so that no one can be recognised from a small "
            "group. The figures are still stored as reported. The default is 5."))
        explanation.setWordWrap(True)
        self.spin = QSpinBox()
        self.spin.setRange(LOWEST, HIGHEST)
        self.spin.setValue(min(max(threshold, LOWEST), HIGHEST))
        self.spin.setMaximumWidth(120)
        self.spin.setAccessibleName(self.tr("Smallest count shown as it is"))
        self.spin.setAccessibleDescription(explanation.text())
        label = QLabel(self.tr("Show counts below &this as “<N”:"))
        label.setBuddy(self.spin)
        form = QFormLayout()
        form.addRow(label, self.spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        ok.setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.spin.setFocus()
        self.spin.selectAll()

    def value(self) -> int:
        return self.spin.value()
