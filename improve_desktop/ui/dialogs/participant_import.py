"""Import participant figures: choose a file, map its columns, look at the dry run, import.

Nothing is stored until Import; a file with a personal identity number is refused at once,
naming the column and row. The column mapping is remembered for the source named here. The
caller decides how the import runs (``run_import``): the Results tab makes it an undo step, so
Import asks no "are you sure" question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.imports.participants import (
    FIELDS,
    IdentityNumberFound,
    ImportPreview,
    RawTable,
    commit,
    guess_mapping,
    preview,
    read_table,
)
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.results_schemas import FigureReplacement, ParticipantRow
from improve_desktop.ui.commands.participant_commands import ImportOperation
from improve_desktop.ui.formatting import format_date_range
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.results_text import exit_text, gender_text

translate = QCoreApplication.translate

# Runs the import for the file at the path; raises ServiceError when nothing was stored.
ImportRunner = Callable[[Path, ImportOperation], FigureReplacement]


def run_directly(_path: Path, operation: ImportOperation) -> FigureReplacement:
    """The import without an undo step (the caller broadcasts nothing)."""
    return operation().value


def field_text(name: str) -> str:
    return {
        "period": translate("ParticipantImport", "Period (quarter, month or date)"),
        "period_start": translate("ParticipantImport", "Period start"),
        "period_end": translate("ParticipantImport", "Period end"),
        "gender": translate("ParticipantImport", "Gender"),
        "age_band": translate("ParticipantImport", "Age band"),
        "started": translate("ParticipantImport", "Participants started"),
        "ended": translate("ParticipantImport", "Participants ended"),
    }.get(name) or translate("ParticipantImport", "Ended to: %1").replace(
        "%1", exit_text(name.removeprefix("exit_")).lower())


class PreviewModel(RowTableModel[ParticipantRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("ParticipantImport", "Period"),
                   lambda r: format_date_range(r.period_start, r.period_end),
                   lambda r: r.period_start),
            Column(translate("ParticipantImport", "Gender"), lambda r: gender_text(r.gender.value)),
            Column(translate("ParticipantImport", "Age band"), lambda r: r.age_band),
            Column(translate("ParticipantImport", "Started"), lambda r: str(r.started),
                   lambda r: r.started, numeric=True),
            Column(translate("ParticipantImport", "Ended"), lambda r: str(r.ended),
                   lambda r: r.ended, numeric=True),
        ], parent)


class ParticipantImportDialog(QDialog):
    """``imported`` says what a successful Import wrote and replaced."""

    NOT_IN_FILE = ""

    def __init__(self, service: ParticipantService, project_id: str,
                 parent: QWidget | None = None, run_import: ImportRunner = run_directly) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import participant figures"))
        self.setAccessibleName(self.tr("Import participant figures"))
        self.resize(900, 640)
        self.service, self.project_id = service, project_id
        self.table: RawTable | None = None
        self.table_path = Path()  # the file ``table`` was read from
        self.result: ImportPreview | None = None
        self.imported: FigureReplacement | None = None
        self._run_import = run_import
        self._filling = False

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("A CSV or XLSX export with aggregated figures"))
        self.path_edit.returnPressed.connect(self.read_file)
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Browse for the file"))
        self.browse_button.clicked.connect(self._browse)
        self.read_button = QPushButton(self.tr("&Read file"))
        self.read_button.setAccessibleName(self.tr("Read file"))
        self.read_button.clicked.connect(self.read_file)
        self.source_combo = QComboBox()
        self.source_combo.setEditable(True)
        self.source_combo.setAccessibleName(self.tr("Source of the file"))
        self.remembered = service.mappings()
        self.source_combo.addItems(sorted(set(self.remembered) | {"SUS"}))
        self.source_combo.setCurrentText("SUS")
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.read_button)
        top = QFormLayout()
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)
        top.addRow(file_label, file_row)
        source_label = QLabel(self.tr("&Source"))
        source_label.setBuddy(self.source_combo)
        top.addRow(source_label, self.source_combo)

        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)

        self.mapping_box = QGroupBox(self.tr("Which column holds what"))
        # Two columns of fields, so that the dry run below keeps room to be read.
        mapping_grid = QGridLayout(self.mapping_box)
        self.field_combos: dict[str, QComboBox] = {}
        half = (len(FIELDS) + 1) // 2
        for number, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(field_text(name))
            combo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
            label = QLabel(field_text(name))
            label.setBuddy(combo)
            row, column = number % half, 2 * (number // half)
            mapping_grid.addWidget(label, row, column)
            mapping_grid.addWidget(combo, row, column + 1)
            self.field_combos[name] = combo
        mapping_grid.setColumnStretch(1, 1)
        mapping_grid.setColumnStretch(3, 1)
        self.mapping_box.setEnabled(False)

        self.preview_model = PreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setAccessibleName(self.tr("Rows that would be imported"))
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setTabKeyNavigation(False)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems found in the file"))
        self.problem_list.setMaximumHeight(110)
        self.problem_list.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel"))
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.mapping_box)
        preview_label = QLabel(self.tr("&Dry run: what would be imported"))
        preview_label.setBuddy(self.preview_table)
        layout.addWidget(preview_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.problem_list)
        layout.addWidget(self.buttons)

    # -- steps ------------------------------------------------------------------------------------

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Participant figures"), "",
            self.tr("Exports (*.csv *.xlsx);;All files (*)"))
        if name:
            self.path_edit.setText(name)
            self.read_file()

    def read_file(self) -> None:
        self.table = None
        self.mapping_box.setEnabled(False)
        self.preview_model.set_rows([])
        self.problem_list.clear()
        self.import_button.setEnabled(False)
        path = Path(self.path_edit.text().strip())
        try:
            table = read_table(path)
        except IdentityNumberFound as error:
            self._say(self.tr("✖ Refused: the file holds a personal identity number in column "
                              "%1, row %2. Only aggregated figures may be imported. Nothing was "
                              "stored; remove the column and export again.")
                      .replace("%1", error.column).replace("%2", str(error.row)), problem=True)
            return
        except (ServiceError, OSError) as error:
            self._say(self.tr("✖ The file could not be read: %1").replace("%1", str(error)),
                      problem=True)
            return
        self.table, self.table_path = table, path
        self._say(self.tr("The file has %1 rows and %2 columns. Check which column holds what.")
                  .replace("%1", str(len(table.rows))).replace("%2", str(len(table.headers))))
        source = self.source_combo.currentText().strip()
        remembered = dict(self.remembered)
        if source in remembered:  # the chosen source's mapping is tried first
            remembered = {source: remembered.pop(source), **remembered}
        self.set_mapping(guess_mapping(table.headers, remembered))
        self.mapping_box.setEnabled(True)

    def set_mapping(self, mapping: dict[str, str]) -> None:
        if self.table is None:
            return
        self._filling = True
        for name, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), self.NOT_IN_FILE)
            for heading in self.table.headers:
                combo.addItem(heading, heading)
            combo.setCurrentIndex(max(combo.findData(mapping.get(name, self.NOT_IN_FILE)), 0))
        self._filling = False
        self.refresh_preview()

    def mapping(self) -> dict[str, str]:
        return {name: str(combo.currentData()) for name, combo in self.field_combos.items()
                if combo.currentData()}

    def refresh_preview(self) -> None:
        if self._filling or self.table is None:
            return
        self.result = preview(self.table, self.mapping())
        self.preview_model.set_rows(list(self.result.rows))
        self.problem_list.clear()
        for problem in self.result.problems[:200]:
            self.problem_list.addItem(f"{problem.field}: {problem.message}" if problem.field
                                      else problem.message)
        if self.result.ok:
            self.summary.setText(
                self.tr("✔ Rows: %1 · periods: %2 · started: %3 · ended: %4. Nothing is stored "
                        "until you choose Import; rows for the same period, gender and age band "
                        "replace those stored, and Edit → Undo puts them back.")
                .replace("%1", str(len(self.result.rows))).replace("%2", str(self.result.periods))
                .replace("%3", str(self.result.started)).replace("%4", str(self.result.ended)))
        else:
            self.summary.setText(self.tr("✖ %1 problems: nothing can be imported until they are "
                                         "fixed in the file or the mapping.")
                                 .replace("%1", str(len(self.result.problems))))
        self.import_button.setEnabled(self.result.ok)
        self.problem_list.setVisible(bool(self.result.problems))

    def import_now(self) -> None:
        if self.table is None or self.result is None or not self.result.ok:
            return
        table, mapping = self.table, self.mapping()
        source = self.source_combo.currentText().strip() or "SUS"
        try:
            self.imported = self._run_import(self.table_path, lambda: commit(
                self.service, self.project_id, table, mapping, source))
        except ServiceError as error:
            self._say(self.tr("✖ Nothing was imported: %1").replace("%1", str(error)),
                      problem=True)
            return
        self.accept()

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("QLabel#importMessage { color: #b3261e; font-weight: bold; }"
                                   if problem else "")

    @classmethod
    def get_import(cls, service: ParticipantService, project_id: str,
                   parent: QWidget | None = None, run_import: ImportRunner = run_directly,
                   ) -> tuple[FigureReplacement | None, bool]:
        dialog = cls(service, project_id, parent, run_import)
        accepted = bool(dialog.exec())
        return dialog.imported, accepted
