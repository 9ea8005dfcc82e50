"""The Budget tab: planned vs actual per period, burn rate and the forecast to the project's end."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.results import CostCategory
from improve_desktop.services.results_schemas import BudgetPeriodRead, BudgetSummary
from improve_desktop.ui.formatting import format_date, format_date_range, format_percent, format_sek
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.results_text import category_text

translate = QCoreApplication.translate


def _sek(value: int | None) -> str:
    return "–" if value is None else format_sek(value)


class BudgetPeriodModel(RowTableModel[BudgetPeriodRead]):
    """Period, planned, actual, difference, cumulative planned and actual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("BudgetView", "Period"),
                   lambda p: format_date_range(p.period_start, p.period_end),
                   lambda p: p.period_start),
            Column(translate("BudgetView", "Planned"), lambda p: _sek(p.planned_sek),
                   lambda p: p.planned_sek, numeric=True),
            Column(translate("BudgetView", "Actual"),
                   lambda p: translate("BudgetView", "%1 so far").replace("%1", _sek(p.actual_sek))
                   if p.under_way and p.actual_sek is not None else _sek(p.actual_sek),
                   lambda p: -1 if p.actual_sek is None else p.actual_sek, numeric=True),
            Column(translate("BudgetView", "Actual − planned"),
                   lambda p: "–" if p.actual_sek is None or p.under_way
                   else _sek(p.actual_sek - p.planned_sek),
                   lambda p: 0 if p.actual_sek is None else p.actual_sek - p.planned_sek,
                   numeric=True),
            Column(translate("BudgetView", "Planned so far"), lambda p: _sek(p.cumulative_planned),
                   lambda p: p.cumulative_planned, numeric=True),
            Column(translate("BudgetView", "Spent so far"),
                   lambda p: "–" if p.actual_sek is None else _sek(p.cumulative_actual),
                   lambda p: p.cumulative_actual, numeric=True),
        ], parent)


class BudgetView(QWidget):
    """Summary in words, a bar chart of planned vs actual, the same figures as a table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: BudgetSummary | None = None
        # Set by the owner: save one line (period start, end, category, planned, actual or None).
        self.save_line: Callable[..., None] = lambda **_values: None
        self.headline = QLabel()
        self.headline.setObjectName("budgetHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.headline.setAccessibleName(self.tr("Budget summary"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.chart = QChartView()
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart.setMinimumHeight(240)
        self.chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart.setAccessibleName(self.tr("Planned and actual cost per period"))
        self.model = BudgetPeriodModel(self)
        self.table = QTableView()
        self.table.setObjectName("budgetTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Budget per period"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._period_chosen())

        # Editing one line of the chosen period.
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Cost category"))
        for category in CostCategory:
            self.category_combo.addItem(category_text(category), category.value)
        self.category_combo.currentIndexChanged.connect(lambda _i: self._period_chosen())
        self.planned_spin = _money_spin(self.tr("Planned cost"))
        self.actual_spin = _money_spin(self.tr("Actual cost"))
        self.actual_known = QCheckBox(self.tr("Actual &known"))
        self.actual_known.setAccessibleName(self.tr("Actual cost known"))
        self.actual_known.toggled.connect(self.actual_spin.setEnabled)
        self.save_button = QPushButton(self.tr("&Save line"))
        self.save_button.setAccessibleName(self.tr("Save budget line"))
        self.save_button.clicked.connect(self._save)
        category_label = QLabel(self.tr("C&ategory"))
        category_label.setBuddy(self.category_combo)
        planned_label = QLabel(self.tr("&Planned"))
        planned_label.setBuddy(self.planned_spin)
        edit_row = QHBoxLayout()
        for widget in (category_label, self.category_combo, planned_label, self.planned_spin,
                       self.actual_known, self.actual_spin, self.save_button):
            edit_row.addWidget(widget)
        edit_row.addStretch(1)

        table_label = QLabel(self.tr("Peri&ods"))
        table_label.setObjectName("sectionTitle")
        table_label.setBuddy(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(table_label)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addLayout(edit_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.headline)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    def show_summary(self, summary: BudgetSummary) -> None:
        self.summary = summary
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(list(summary.periods))
        self.headline.setText(self._headline(summary))
        self.chart.setAccessibleDescription(re.sub(r"<[^>]+>", " ", self.headline.text()))
        self._draw(summary)
        if summary.periods:
            row = min(row, len(summary.periods) - 1)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._period_chosen()

    def _headline(self, s: BudgetSummary) -> str:
        if not s.lines:
            return self.tr("No budget lines yet. Choose a period and enter the planned cost.")
        if s.variance_at_end > 0:
            verdict = self.tr("⚠ Over budget: at this rate the project ends %1 over its budget.") \
                .replace("%1", format_sek(s.variance_at_end))
        else:
            verdict = self.tr("✔ Within budget: at this rate %1 is left at the end.") \
                .replace("%1", format_sek(-s.variance_at_end))
        return "<br>".join([
            self.tr("Budget %1. Spent so far %2 (%3 of the budget, with %4 of the project's time "
                    "passed); planned so far %5.")
            .replace("%1", format_sek(s.total_budget)).replace("%2", format_sek(s.spent_to_date))
            .replace("%3", format_percent(s.spent_share))
            .replace("%4", format_percent(s.time_share))
            .replace("%5", format_sek(s.planned_to_date)),
            self.tr("Burn rate %1 per month; forecast at the end (%2): %3.")
            .replace("%1", format_sek(round(s.burn_rate_per_month)))
            .replace("%2", format_date(s.project_end)).replace("%3", format_sek(s.forecast_at_end)),
            f"<b>{verdict}</b>",
        ])

    def _draw(self, s: BudgetSummary) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setLocalizeNumbers(True)  # "42,0" in Swedish
        chart.setLocale(QLocale())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        chart.legend().setLabelColor(text)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        planned = QBarSet(self.tr("Planned"))
        actual = QBarSet(self.tr("Actual"))
        # The hatched pattern keeps "planned" apart from "actual" without colour.
        planned.setBrush(QBrush(QColor("#8fb3d9"), Qt.BrushStyle.Dense4Pattern))
        planned.setBorderColor(QColor("#1f4e79"))
        actual.setColor(QColor("#c0504d"))
        actual.setBorderColor(QColor("#7f2320"))
        categories = []
        locale = QLocale()
        for period in s.periods:
            planned.append(period.planned_sek / 1000)
            actual.append((period.actual_sek or 0) / 1000)
            categories.append(locale.toString(period.period_start, "MMM yy"))
        series = QBarSeries()
        series.append(planned)
        series.append(actual)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_y = QValueAxis()
        highest = max([p.planned_sek for p in s.periods] + [p.actual_sek or 0 for p in s.periods]
                      + [1000])
        axis_y.setRange(0, highest / 1000 * 1.15)
        axis_y.setLabelFormat("%.0f")
        axis_y.applyNiceNumbers()
        axis_y.setTitleText(self.tr("thousand SEK"))
        for axis in (axis_x, axis_y):
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        old = self.chart.chart()
        self.chart.setChart(chart)
        if old is not None:
            old.deleteLater()

    def current_period(self) -> BudgetPeriodRead | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _period_chosen(self) -> None:
        period = self.current_period()
        self.save_button.setEnabled(period is not None)
        if period is None or self.summary is None:
            return
        category = CostCategory(self.category_combo.currentData())
        line = next((line for line in self.summary.lines if line.period_start == period.period_start
                     and line.category is category), None)
        self.planned_spin.setValue(line.planned_sek if line else 0)
        known = line is not None and line.actual_sek is not None
        self.actual_known.setChecked(known)
        self.actual_spin.setEnabled(known)
        self.actual_spin.setValue(line.actual_sek or 0 if line else 0)

    def _save(self) -> None:
        period = self.current_period()
        if period is None:
            return
        self.save_line(period_start=period.period_start, period_end=period.period_end,
                       category=self.category_combo.currentData(),
                       planned_sek=self.planned_spin.value(),
                       actual_sek=self.actual_spin.value() if self.actual_known.isChecked()
                       else None)


def _money_spin(name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 2_000_000_000)
    spin.setSingleStep(1000)
    spin.setGroupSeparatorShown(True)
    spin.setSuffix(" kr")
    spin.setAccessibleName(name)
    spin.setMinimumWidth(130)
    return spin
