"""Method → result: for each method, where it was used, the effort, and how the indicators
linked to it moved with and without it, next to ordinary operations. Honest about numbers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.method_results import MIN_ITERATIONS, MIN_PROJECTS, assessment
from improve_desktop.services.results_schemas import IndicatorComparisonRead, MethodResultRead
from improve_desktop.ui.formatting import format_date_range
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.results_text import format_change, format_figure

translate = QCoreApplication.translate

# The comparison a method's row shows first: outcomes before outputs.
KEY_ORDER = ("work_or_studies", "capacity", "cost_per_participant", "satisfaction", "ended",
             "started")

COL_METHOD = 0
COL_ASSESSMENT = 7
COL_DIFFERENCE = 5


def assessment_text(code: str) -> str:
    return {
        "too_few": translate("MethodResults", "⚠ Too few to conclude anything"),
        "better": translate("MethodResults", "▲ Better with the method"),
        "worse": translate("MethodResults", "▼ Worse with the method"),
        "no_difference": translate("MethodResults", "● No clear difference"),
    }[code]


ASSESSMENT_COLOURS = {"too_few": "#fff4ce", "better": "#dff0d8", "worse": "#f8d7da",
                      "no_difference": "#eeeeee"}


def assess(comparison: IndicatorComparisonRead | None) -> str:
    if comparison is None:
        return "too_few"
    return assessment(comparison.difference, comparison.used.mean_change,
                      comparison.not_used.mean_change, comparison.too_few)


def main_comparison(result: MethodResultRead) -> IndicatorComparisonRead | None:
    order = {key: n for n, key in enumerate(KEY_ORDER)}
    ranked = sorted(result.comparisons, key=lambda c: order.get(c.key, len(order)))
    return ranked[0] if ranked else None


def _period(result: MethodResultRead) -> str:
    if result.first_start is None or result.last_end is None:
        return "–"
    return format_date_range(result.first_start, result.last_end)


def _used_in(result: MethodResultRead) -> str:
    return (translate("MethodResults", "iterations: %1 · projects: %2 · points: %3")
            .replace("%1", str(result.iterations)).replace("%2", str(result.projects))
            .replace("%3", str(result.effort_points)))


class MethodResultModel(RowTableModel[MethodResultRead]):
    """One row per method with its main linked indicator."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        def main(result: MethodResultRead) -> IndicatorComparisonRead | None:
            return main_comparison(result)

        super().__init__([
            Column(translate("MethodResults", "Method"),
                   lambda r: r.name_sv if language() == "sv" else r.name_en),
            Column(translate("MethodResults", "Used in"), _used_in, lambda r: r.iterations),
            Column(translate("MethodResults", "Main indicator"),
                   lambda r: c.name if (c := main(r)) else translate(
                       "MethodResults", "(none linked)")),
            Column(translate("MethodResults", "Improvement\nwith"),
                   lambda r: format_change(c.used.mean_change, c.unit) if (c := main(r)) else "–",
                   lambda r: (c.used.mean_change or 0) if (c := main(r)) else 0, numeric=True),
            Column(translate("MethodResults", "Improvement\nwithout"),
                   lambda r: format_change(c.not_used.mean_change, c.unit) if (c := main(r))
                   else "–",
                   lambda r: (c.not_used.mean_change or 0) if (c := main(r)) else 0,
                   numeric=True),
            Column(translate("MethodResults", "Difference"),
                   lambda r: format_change(c.difference, c.unit) if (c := main(r)) else "–",
                   lambda r: (c.difference or 0) if (c := main(r)) else 0, numeric=True),
            Column(translate("MethodResults", "Ordinary\noperations"),
                   lambda r: format_figure(c.reference, c.unit) if (c := main(r)) else "–",
                   lambda r: (c.reference or 0) if (c := main(r)) else 0, numeric=True,
                   tooltip=lambda r: "; ".join(c.reference_sources) if (c := main(r)) else ""),
            Column(translate("MethodResults", "Assessment"),
                   lambda r: assessment_text(assess(main(r))),
                   lambda r: assess(main(r))),
        ], parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.BackgroundRole and index.isValid()
                and index.column() == COL_ASSESSMENT and index.row() < self.rowCount()):
            code = assess(main_comparison(self.row_at(index.row())))
            return QBrush(QColor(ASSESSMENT_COLOURS[code]))
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == COL_ASSESSMENT):
            return QBrush(QColor("#000000"))
        return super().data(index, role)


class ComparisonModel(RowTableModel[IndicatorComparisonRead]):
    """Every indicator linked to the chosen method: with and without, counts, reference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("MethodResults", "Indicator"), lambda c: c.name),
            Column(translate("MethodResults", "With the method\n(iterations, projects)"),
                   lambda c: f"{format_change(c.used.mean_change, c.unit)} "
                             f"({c.used.iterations}, {c.used.projects})",
                   lambda c: c.used.mean_change or 0, numeric=True),
            Column(translate("MethodResults", "Without the method\n(iterations, projects)"),
                   lambda c: f"{format_change(c.not_used.mean_change, c.unit)} "
                             f"({c.not_used.iterations}, {c.not_used.projects})",
                   lambda c: c.not_used.mean_change or 0, numeric=True),
            Column(translate("MethodResults", "Mean level\nwith / without"),
                   lambda c: f"{format_figure(c.used.mean_level, c.unit)} / "
                             f"{format_figure(c.not_used.mean_level, c.unit)}"),
            Column(translate("MethodResults", "Ordinary operations"),
                   lambda c: format_figure(c.reference, c.unit),
                   lambda c: c.reference or 0, numeric=True,
                   tooltip=lambda c: "; ".join(c.reference_sources)),
            Column(translate("MethodResults", "Assessment"),
                   lambda c: assessment_text(assess(c)), lambda c: assess(c)),
        ], parent)


def _table(model: RowTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setSortingEnabled(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MethodResultsDialog(QDialog):
    """The comparison for the whole association; Export writes it to a workbook."""

    def __init__(self, results: list[MethodResultRead], language: str,
                 export: Callable[[Path], Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Method → result"))
        self.setAccessibleName(self.tr("Method → result"))
        self.resize(1240, 760)
        self.language = language
        self.export = export
        intro = QLabel(self.tr(
            "For each method: the projects and iterations that worked with it (backlog items "
            "tagged with the method), the effort in points, and how the indicators linked to it "
            "in the logic models moved per iteration, with and without the method, next to "
            "ordinary operations. Improvement = how far an indicator moved towards its target "
            "since the project's previous measurement (negative: away from it)."))
        intro.setWordWrap(True)
        self.caveat = QLabel(self.tr(
            "⚠ This shows association, not cause: projects differ in more than their methods. "
            "With fewer than %1 iterations in a group, or fewer than %2 projects using the "
            "method, the numbers are too few to conclude anything.")
            .replace("%1", str(MIN_ITERATIONS)).replace("%2", str(MIN_PROJECTS)))
        self.caveat.setObjectName("caveat")
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet("QLabel#caveat { background: #fff4ce; color: #3b2f00; "
                                  "padding: 6px; border: 1px solid #b26a00; }")
        self.model = MethodResultModel(lambda: self.language, self)
        self.model.set_rows(results)
        self.table = _table(self.model, self.tr("Methods and their results"))
        self.table.setObjectName("methodTable")
        # Fixed widths with wrapped text, so that the assessment stays in sight at 1280 pixels.
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((200, 160, 200, 115, 115, 105, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        methods_label = QLabel(self.tr("&Methods"))
        methods_label.setObjectName("sectionTitle")
        methods_label.setBuddy(self.table)

        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionTitle")
        self.usage = QLabel()
        self.usage.setWordWrap(True)
        self.usage.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.usage.setAccessibleName(self.tr("Where the method was used"))
        self.usage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.warning = QLabel()
        self.warning.setObjectName("smallNumbers")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel#smallNumbers { color: #8a4b00; font-weight: bold; }")
        self.comparisons = ComparisonModel(self)
        self.comparison_table = _table(self.comparisons, self.tr("Linked indicators"))
        self.comparison_table.setObjectName("comparisonTable")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.usage)
        detail_layout.addWidget(self.warning)
        detail_layout.addWidget(self.comparison_table, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(methods_label)
        upper_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 240])
        splitter.setChildrenCollapsible(False)
        self.comparison_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close"))
        self.export_button = self.buttons.addButton(self.tr("&Export to Excel…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setAccessibleName(self.tr("Export to Excel"))
        self.export_button.clicked.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.caveat)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        # Largest difference first: where the association is strongest (and the words say how
        # much to trust it).
        self.table.sortByColumn(COL_DIFFERENCE, Qt.SortOrder.DescendingOrder)
        if results:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def current(self) -> MethodResultRead | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def _chosen(self) -> None:
        result = self.current()
        if result is None:
            return
        name = result.name_sv if self.language == "sv" else result.name_en
        self.detail_title.setText(name)
        if result.usage:
            used = "; ".join(
                self.tr("%1 – iterations %2 (%3 points)").replace("%1", u.project_code)
                .replace("%2", ", ".join(map(str, u.iteration_numbers))).replace("%3", str(u.points))
                for u in result.usage[:12])
            if len(result.usage) > 12:
                used += " " + self.tr("and %1 more projects").replace(
                    "%1", str(len(result.usage) - 12))
            self.usage.setText(self.tr("Iterations: %1 · projects: %2 · period %3. %4.")
                               .replace("%1", str(result.iterations))
                               .replace("%2", str(result.projects))
                               .replace("%3", _period(result)).replace("%4", used))
        else:
            self.usage.setText(self.tr("No backlog item in any iteration is tagged with this "
                                       "method yet."))
        if not result.comparisons:
            self.warning.setText(self.tr("⚠ No indicator is linked to this method: link the "
                                         "method to an activity in a project's logic model."))
        elif result.too_few:
            self.warning.setText(self.tr(
                "⚠ Too few to conclude anything: the method was used in %1 iteration(s) of %2 "
                "project(s). "
                "Read the figures as a hint at most.")
                .replace("%1", str(result.iterations)).replace("%2", str(result.projects)))
        else:
            self.warning.setText("")
        self.comparisons.set_rows(list(result.comparisons))

    def _export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export method → result"), "metod-resultat.xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export(Path(name))
