"""Import a backlog file into the current project: choose, check (a dry run), then import.

The file is read and checked as soon as it is chosen; the dialog shows what it found (the
source, the items as they will be stored) and every problem with its row and column, errors
before notices and each marked in words. Import stays disabled while there is an error, so
that nothing is stored from a file with a bad row. The template can be saved from here too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.imports.tables import ImportRefused
from improve_desktop.services.backlog_import import ImportPlan, PlannedItem
from improve_desktop.ui.formatting import item_kind_text, item_status_text
from improve_desktop.ui.import_text import problem_message, problem_place, refusal_message
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

translate = QCoreApplication.translate
FILE_FILTER = "(*.csv *.xlsx *.json *.txt)"


def source_format_text(source_format: str) -> str:
    return {
        "template": translate("ImportBacklogDialog", "the Improve Desktop template"),
        "jira": translate("ImportBacklogDialog", "a Jira export"),
        "trello": translate("ImportBacklogDialog", "a Trello export"),
        "taiga": translate("ImportBacklogDialog", "a Taiga export"),
    }.get(source_format, source_format)


class PlannedItemsModel(RowTableModel[PlannedItem]):
    """The items as they will be stored, with each row's check in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.checks: dict[int, str] = {}
        super().__init__([
            Column(translate("ImportBacklogDialog", "Row"), lambda item: str(item.row),
                   sort_key=lambda item: item.row, numeric=True),
            Column(translate("ImportBacklogDialog", "Check"),
                   lambda item: self.checks.get(item.row, "")),
            Column(translate("ImportBacklogDialog", "Title"), lambda item: item.title),
            Column(translate("ImportBacklogDialog", "Kind"),
                   lambda item: item_kind_text(item.kind)),
            Column(translate("ImportBacklogDialog", "Status"),
                   lambda item: item_status_text(item.status)),
            Column(translate("ImportBacklogDialog", "Points"),
                   lambda item: "" if item.estimate_points is None else str(item.estimate_points),
                   numeric=True),
            Column(translate("ImportBacklogDialog", "Iteration"),
                   lambda item: "" if item.iteration_number is None
                   else str(item.iteration_number)),
            Column(translate("ImportBacklogDialog", "Methods"),
                   lambda item: ", ".join(item.method_codes)),
        ], parent)


class ImportBacklogDialog(QDialog):
    """``plan_file(path)`` checks a file; ``commit(plan)`` imports it; ``save_template(path)``."""

    def __init__(self, project_name: str, plan_file: Callable[[Path], ImportPlan],
                 commit: Callable[[ImportPlan], object],
                 save_template: Callable[[Path], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan_file = plan_file
        self._commit = commit
        self._save_template = save_template
        self.plan: ImportPlan | None = None
        self.imported = False
        # Tests (and scripts) answer the file dialogs through these.
        self.choose_source: Callable[[], Path | None] = self._ask_source
        self.choose_template_target: Callable[[], Path | None] = self._ask_template_target

        self.setWindowTitle(self.tr("Import backlog into {project}").format(project=project_name))
        self.setAccessibleName(self.windowTitle())
        self.resize(900, 620)
        intro = QLabel(self.tr(
            "Bring items in from the Improve Desktop template or from a Jira, Trello or Taiga "
            "export (CSV, Excel or Trello JSON). The whole file is checked first; nothing is "
            "stored until you import, and nothing at all if a row has an error."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file to import"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save &template…"))
        self.template_button.setAccessibleName(self.tr("Save an empty import template"))
        self.template_button.clicked.connect(self.save_template)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.choose_button)
        buttons_row.addWidget(self.template_button)
        buttons_row.addStretch(1)
        self.summary = QLabel(self.tr("No file chosen yet."))
        self.summary.setWordWrap(True)
        self.summary.setObjectName("importSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What the file holds"))

        self.items_model = PlannedItemsModel(self)
        self.items_view = QTableView()
        self.items_view.setModel(self.items_model)
        self.items_view.setAccessibleName(self.tr("Items that will be imported"))
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.verticalHeader().hide()
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title
        self.items_view.setTabKeyNavigation(False)
        items_label = QLabel(self.tr("It&ems"))
        items_label.setBuddy(self.items_view)

        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems and notes, row by row"))
        self.problems.setWordWrap(True)
        problems_label = QLabel(self.tr("&Problems and notes"))
        problems_label.setBuddy(self.problems)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.setAccessibleName(self.tr("Import the items"))
        self.buttons.accepted.connect(self.import_items)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons_row)
        layout.addWidget(self.summary)
        layout.addWidget(items_label)
        layout.addWidget(self.items_view, 3)
        layout.addWidget(problems_label)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.buttons)
        self.choose_button.setFocus()

    # -- files ----------------------------------------------------------------------------------

    def _ask_source(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backlog file"), "",
            self.tr("Backlog files") + " " + FILE_FILTER)
        return Path(name) if name else None

    def _ask_template_target(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the import template"),
            self.tr("backlog-template") + ".xlsx", self.tr("Excel workbooks") + " (*.xlsx)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def choose_file(self) -> None:
        path = self.choose_source()
        if path is not None:
            self.check_file(path)

    def save_template(self) -> None:
        path = self.choose_template_target()
        if path is None:
            return
        try:
            self._save_template(path)
        except OSError as error:
            self.summary.setText(self.tr("The template could not be saved: {reason}").format(
                reason=error.strerror or str(error)))
            return
        self.summary.setText(self.tr("The template was saved as {path}.").format(path=path))

    # -- checking and importing -----------------------------------------------------------------

    def check_file(self, path: Path) -> None:
        self.plan = None
        self.items_model.set_rows([])
        self.problems.clear()
        self.import_button.setEnabled(False)
        try:
            plan = self._plan_file(path)
        except ImportRefused as refusal:
            self.summary.setText(self.tr("{file} cannot be imported: {reason}").format(
                file=path.name, reason=refusal_message(refusal)))
            return
        except OSError as error:
            self.summary.setText(self.tr("{file} cannot be read: {reason}").format(
                file=path.name, reason=error.strerror or str(error)))
            return
        self.plan = plan
        checks = {problem.row: self.tr("Note") for problem in plan.notices}
        checks.update({problem.row: "⚠ " + self.tr("Error") for problem in plan.errors})
        self.items_model.checks = {row: text for row, text in checks.items() if row is not None}
        self.items_model.set_rows(list(plan.items))
        for problem in (*plan.errors, *plan.notices):
            word = self.tr("Error") if problem.error else self.tr("Note")
            self.problems.addItem(f"{word} – {problem_place(problem)}: {problem_message(problem)}")
        found = self.tr("%n item(s) from {source}", "", len(plan.items)).format(
            source=source_format_text(plan.source_format))
        if plan.skipped:
            found += " " + self.tr("(%n archived card(s) left out)", "", plan.skipped)
        if plan.errors:
            verdict = self.tr("%n error(s) must be corrected in the file before it can be "
                              "imported; nothing will be stored.", "", len(plan.errors))
        elif not plan.items:
            verdict = self.tr("There is nothing to import.")
        else:
            verdict = self.tr("Ready to import.")
            self.import_button.setEnabled(True)
        self.summary.setText(f"{path.name}: {found}. {verdict}")
        self.import_button.setText(self.tr("&Import %n item(s)", "", len(plan.items)))

    def import_items(self) -> None:
        if self.plan is None or not self.plan.can_commit:
            return
        self._commit(self.plan)
        self.imported = True
        self.accept()
