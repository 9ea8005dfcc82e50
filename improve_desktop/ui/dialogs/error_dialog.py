"""The dialog for an unexpected error: what happened in plain words, the details underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    """Says that something went wrong and that the application keeps running.

    The details pane holds the full traceback for support; it is shown on the screen only.
    The log file gets a version without user content (see ``improve_desktop/logs.py``).
    """

    def __init__(self, summary: str, details: str, log_file: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)

        self.heading = QLabel(self.tr("Something went wrong, but the application keeps running."))
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        reassurance = self.tr(
            "Everything that was saved before is safe: each change is saved the moment it is "
            "made. The last action may not have been completed; please check it.")
        if log_file:
            reassurance += " " + self.tr(
                "A description of the error (without your data) was written to %1."
            ).replace("%1", log_file)
        self.explanation = QLabel(reassurance)
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.explanation)

        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("errorSummary")
        self.summary.setAccessibleName(self.tr("Error"))
        layout.addWidget(self.summary)

        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(self.tr("Show details"))
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(220)
        self.details.setVisible(False)
        layout.addWidget(self.details, 1)
        self.details_button.toggled.connect(self._show_details)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        close.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()

    def copy_details(self) -> None:
        text = self.summary.text() + "\n\n" + self.details.toPlainText()
        QGuiApplication.clipboard().setText(text)
