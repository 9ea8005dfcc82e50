"""Burndown of any iteration and velocity across iterations, each with a table of its figures."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import IterationState
from improve_desktop.services.planning_schemas import (
    BurndownDay,
    BurndownRead,
    VelocityHistory,
    VelocityHistoryPoint,
)
from improve_desktop.services.schemas import IterationRead
from improve_desktop.ui.formatting import (
    format_date,
    format_decimal,
    iteration_label,
)
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

translate = QCoreApplication.translate


class BurndownModel(RowTableModel[BurndownDay]):
    """Day, remaining and ideal points: the text twin of the burndown chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("BurndownModel", "Day"), lambda d: format_date(d.day), lambda d: d.day),
            Column(translate("BurndownModel", "Remaining"),
                   lambda d: "" if d.remaining is None else str(d.remaining),
                   lambda d: -1 if d.remaining is None else d.remaining, numeric=True),
            Column(translate("BurndownModel", "Ideal"), lambda d: format_decimal(d.ideal),
                   lambda d: d.ideal, numeric=True),
        ], parent)


class VelocityHistoryModel(RowTableModel[VelocityHistoryPoint]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("VelocityHistoryModel", "Iteration"), lambda p: p.name, lambda p: p.number),
            Column(translate("VelocityHistoryModel", "Committed"), lambda p: str(p.committed),
                   lambda p: p.committed, numeric=True),
            Column(translate("VelocityHistoryModel", "Completed"), lambda p: str(p.completed),
                   lambda p: p.completed, numeric=True),
            Column(translate("VelocityHistoryModel", "Average of 3"),
                   lambda p: "" if p.rolling_average is None else format_decimal(p.rolling_average),
                   lambda p: p.rolling_average or -1.0, numeric=True),
        ], parent)


def _table(model: RowTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setMinimumWidth(260)
    return table


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _style_axes(widget: QWidget, *axes: object) -> None:
    colour = _text_colour(widget)
    for axis in axes:
        axis.setLabelsColor(colour)  # type: ignore[attr-defined]
        axis.setTitleBrush(QBrush(colour))  # type: ignore[attr-defined]


def burndown_summary(burndown: BurndownRead) -> str:
    days = [d for d in burndown.days if d.remaining is not None]
    if not days:
        return translate("ChartsView", "No days of this iteration have passed yet.")
    last = days[-1]
    text = (translate("ChartsView", "%1: %2 points remaining on %3; the ideal line is at %4.")
            .replace("%1", burndown.iteration.name).replace("%2", str(last.remaining))
            .replace("%3", format_date(last.day)).replace("%4", format_decimal(last.ideal)))
    if burndown.scope_added or burndown.scope_removed:
        text += " " + (translate("ChartsView", "Scope changed after the start: +%1 / −%2 points.")
                       .replace("%1", str(burndown.scope_added))
                       .replace("%2", str(burndown.scope_removed)))
    return text


class ChartsView(QScrollArea):
    """Choose an iteration for its burndown; velocity covers every closed iteration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Charts"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        chooser_row = QHBoxLayout()
        label = QLabel(self.tr("&Burndown of:"))
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Iteration for the burndown"))
        label.setBuddy(self.chooser)
        chooser_row.addWidget(label)
        chooser_row.addWidget(self.chooser, 1)
        layout.addLayout(chooser_row)

        burndown_box = QGroupBox(self.tr("Burndown"))
        burndown_layout = QVBoxLayout(burndown_box)
        self.burndown_summary = QLabel()
        self.burndown_summary.setWordWrap(True)
        self.burndown_summary.setAccessibleName(self.tr("Burndown summary"))
        self.burndown_summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.burndown_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        burndown_layout.addWidget(self.burndown_summary)
        row = QHBoxLayout()
        self.burndown_chart = QChartView()
        self.burndown_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.burndown_chart.setMinimumHeight(300)
        self.burndown_chart.setAccessibleName(self.tr("Burndown chart"))
        self.burndown_chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.burndown_model = BurndownModel(self)
        self.burndown_table = _table(self.burndown_model, self.tr("Burndown figures"))
        row.addWidget(self.burndown_chart, 3)
        row.addWidget(self.burndown_table, 2)
        burndown_layout.addLayout(row)
        layout.addWidget(burndown_box)

        velocity_box = QGroupBox(self.tr("Velocity"))
        velocity_layout = QVBoxLayout(velocity_box)
        self.velocity_summary = QLabel()
        self.velocity_summary.setWordWrap(True)
        self.velocity_summary.setAccessibleName(self.tr("Velocity summary"))
        velocity_layout.addWidget(self.velocity_summary)
        row = QHBoxLayout()
        self.velocity_chart = QChartView()
        self.velocity_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.velocity_chart.setMinimumHeight(280)
        self.velocity_chart.setAccessibleName(self.tr("Velocity chart"))
        self.velocity_chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.velocity_model = VelocityHistoryModel(self)
        self.velocity_table = _table(self.velocity_model, self.tr("Velocity figures"))
        row.addWidget(self.velocity_chart, 3)
        row.addWidget(self.velocity_table, 2)
        velocity_layout.addLayout(row)
        layout.addWidget(velocity_box)
        self.setWidget(body)
        self.iterations: list[IterationRead] = []
        self.load_burndown = lambda iteration_id: None  # set by the main window

        self.chooser.currentIndexChanged.connect(lambda _i: self._chosen())

    def show_project(self, iterations: Sequence[IterationRead], velocity: VelocityHistory) -> None:
        wanted = self.chooser.currentData()
        self.iterations = [i for i in iterations if i.state is not IterationState.PLANNED]
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for iteration in reversed(self.iterations):
            self.chooser.addItem(iteration_label(iteration, with_dates=True), iteration.id)
        index = self.chooser.findData(wanted)
        self.chooser.setCurrentIndex(index if index >= 0 else 0)
        self.chooser.blockSignals(False)
        self.show_velocity(velocity)
        self._chosen()

    def _chosen(self) -> None:
        iteration_id = self.chooser.currentData()
        if iteration_id:
            self.show_burndown(self.load_burndown(iteration_id))
        else:
            self.burndown_model.set_rows([])
            self.burndown_chart.setChart(QChart())
            self.burndown_summary.setText(self.tr("No started iterations yet."))

    def show_burndown(self, burndown: BurndownRead | None) -> None:
        if burndown is None:
            return
        self.burndown_model.set_rows(burndown.days)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(_text_colour(self))
        ideal = QLineSeries()
        ideal.setName(self.tr("Ideal"))
        ideal_pen = QPen(QColor("#7f7f7f"), 2, Qt.PenStyle.DashLine)
        ideal.setPen(ideal_pen)
        remaining = QLineSeries()
        remaining.setName(self.tr("Remaining"))
        remaining.setPen(QPen(QColor("#1f4e79"), 3))
        remaining.setPointsVisible(True)
        for number, day in enumerate(burndown.days, start=1):
            ideal.append(QPointF(number, day.ideal))
            if day.remaining is not None:
                remaining.append(QPointF(number, day.remaining))
        chart.addSeries(ideal)
        chart.addSeries(remaining)
        axis_x = QValueAxis()
        axis_x.setRange(1, max(len(burndown.days), 2))
        axis_x.setTickCount(min(max(len(burndown.days), 2), 15))
        axis_x.setLabelFormat("%d")
        axis_x.setTitleText(self.tr("Day of the iteration"))
        axis_y = QValueAxis()
        highest = max([d.remaining or 0 for d in burndown.days] + [d.ideal for d in burndown.days] + [1])
        axis_y.setRange(0, highest * 1.1)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("Points remaining"))
        _style_axes(self, axis_x, axis_y)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (ideal, remaining):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self._replace(self.burndown_chart, chart)
        summary = burndown_summary(burndown)
        self.burndown_summary.setText(summary)
        self.burndown_chart.setAccessibleDescription(summary)

    def show_velocity(self, velocity: VelocityHistory) -> None:
        points = velocity.points
        self.velocity_model.set_rows(points)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setLabelColor(_text_colour(self))
        committed = QBarSet(self.tr("Committed"))
        committed.setBrush(QBrush(QColor("#8fb3d9"), Qt.BrushStyle.Dense4Pattern))
        committed.setBorderColor(QColor("#1f4e79"))
        completed = QBarSet(self.tr("Completed"))
        completed.setColor(QColor("#c0504d"))
        completed.setBorderColor(QColor("#7f2320"))
        average = QLineSeries()
        average.setName(self.tr("Average of the last 3"))
        average.setPen(QPen(QColor("#222222"), 2, Qt.PenStyle.DashDotLine))
        average.setPointsVisible(True)
        categories = []
        for index, point in enumerate(points):
            committed.append(point.committed)
            completed.append(point.completed)
            categories.append(str(point.number))
            if point.rolling_average is not None:
                average.append(QPointF(index, point.rolling_average))
        bars = QBarSeries()
        bars.append(committed)
        bars.append(completed)
        chart.addSeries(bars)
        chart.addSeries(average)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or ["–"])
        axis_x.setTitleText(self.tr("Iteration"))
        axis_y = QValueAxis()
        highest = max([p.committed for p in points] + [p.completed for p in points] + [1])
        axis_y.setRange(0, highest * 1.2)
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("Points"))
        _style_axes(self, axis_x, axis_y)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, average):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self._replace(self.velocity_chart, chart)
        if points:
            last = points[-1]
            text = (self.tr("Last closed: %1, %2 of %3 points completed.")
                    .replace("%1", last.name).replace("%2", str(last.completed))
                    .replace("%3", str(last.committed)))
            if last.rolling_average is not None:
                text += " " + self.tr("Average of the last three: %1 points.").replace(
                    "%1", format_decimal(last.rolling_average))
        else:
            text = self.tr("No closed iterations yet.")
        self.velocity_summary.setText(text)
        self.velocity_chart.setAccessibleDescription(text)

    @staticmethod
    def _replace(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()
