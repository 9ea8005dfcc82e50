"""Export the sprint review pack of one of the project's iterations to an Excel workbook.

The same pack as ``improve-desktop export review``: the iteration (the latest closed one is
proposed, as that is what a steering meeting reviews), the language of the pack and the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import IterationState
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.schemas import IterationRead
from improve_desktop.ui.formatting import format_date_range, iteration_state_text


def proposed_iteration(iterations: Sequence[IterationRead]) -> IterationRead | None:
    """The latest closed iteration, else the active one, else the first."""
    closed = [i for i in iterations if i.state is IterationState.CLOSED]
    if closed:
        return max(closed, key=lambda i: i.number)
    active = [i for i in iterations if i.state is IterationState.ACTIVE]
    return active[0] if active else (iterations[0] if iterations else None)


class ExportReviewDialog(QDialog):
    """``export(number, path, language)`` writes the pack and returns the path written."""

    def __init__(self, project_code: str, iterations: Sequence[IterationRead], language: str,
                 export: Callable[[int, Path, str], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._export = export
        self._project_code = project_code
        self.written: Path | None = None
        self.choose_target: Callable[[], Path | None] = self._ask_target
        self.setWindowTitle(self.tr("Export review pack"))
        self.setAccessibleName(self.windowTitle())

        self.iteration_box = QComboBox()
        self.iteration_box.setAccessibleName(self.tr("Iteration to review"))
        for iteration in sorted(iterations, key=lambda i: i.number):
            self.iteration_box.addItem(
                self.tr("Iteration {number} ({dates}, {state})").format(
                    number=iteration.number,
                    dates=format_date_range(iteration.start_date, iteration.end_date),
                    state=iteration_state_text(iteration.state)),
                iteration.number)
        proposed = proposed_iteration(iterations)
        if proposed is not None:
            self.iteration_box.setCurrentIndex(self.iteration_box.findData(proposed.number))
        self.iteration_box.currentIndexChanged.connect(lambda _i: self._propose_name())
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the pack"))
        self.language_box.addItem("Svenska", "sv")
        self.language_box.addItem("English", "en")
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to write"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the pack"))
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        about = QLabel(self.tr(
            "An Excel workbook for the steering group, ready to print: summary and status, "
            "delivered and not delivered items, indicators, decisions and actions, the "
            "retrospective, participants and budget, burndown and velocity charts."))
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&Iteration:"), self.iteration_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)  # the row is a layout, which cannot be a buddy
        form.addRow(file_label, path_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Export result"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setEnabled(self.iteration_box.count() > 0)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self._propose_name()

    def _propose_name(self) -> None:
        number = self.iteration_box.currentData()
        if number is None:
            return
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        name = self.tr("review-{project}-iteration-{number}").format(
            project=self._project_code, number=number)
        self.path_edit.setText(str(folder / f"{name}.xlsx"))

    def _ask_target(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the review pack"), self.path_edit.text(),
            self.tr("Excel workbooks") + " (*.xlsx)")
        return Path(name) if name else None

    def _browse(self) -> None:
        path = self.choose_target()
        if path is not None:
            self.path_edit.setText(str(path))

    def export(self) -> None:
        number = self.iteration_box.currentData()
        text = self.path_edit.text().strip()
        if number is None or not text:
            self.message.setText(self.tr("Choose an iteration and a file."))
            return
        path = Path(text).expanduser()
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = self._export(int(number), path, str(self.language_box.currentData()))
        except (OSError, ServiceError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.message.setText(self.tr("The pack could not be written: {reason}").format(
                reason=reason))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()
