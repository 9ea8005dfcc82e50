"""Committed vs completed points per closed iteration, as a bar chart with a text alternative."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from improve_desktop.services.schemas import VelocityPoint


def nice_axis(highest: int, most_ticks: int = 6) -> tuple[int, int]:
    """A step of 1, 2 or 5 times a power of ten and the top of the axis (a multiple of it),
    with room above ``highest`` for the bar labels: every gridline is a round number."""
    wanted = highest * 1.15
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            top = -(-int(wanted) // candidate) * candidate
            if top < wanted:
                top += candidate
            if top // candidate + 1 <= most_ticks:
                return candidate, top
        step *= 10


class VelocityChart(QChartView):
    """The chart reads its figures from the same rows as the velocity table beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Velocity chart"))
        self._summary = ""

    def summary(self) -> str:
        """The chart's figures in words: its accessible description."""
        return self._summary

    def set_points(self, points: list[VelocityPoint] | tuple[VelocityPoint, ...]) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundVisible(False)
        chart.legend().setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))
        committed = QBarSet(self.tr("Committed"))
        completed = QBarSet(self.tr("Completed"))
        # Blue and orange differ in lightness too; the hatched pattern on "committed" keeps
        # the two apart in greyscale and for colour-blind readers.
        committed.setColor(QColor("#8fb3d9"))
        committed.setBorderColor(QColor("#1f4e79"))
        committed.setBrush(QBrush(QColor("#8fb3d9"), Qt.BrushStyle.Dense4Pattern))
        completed.setColor(QColor("#c0504d"))
        completed.setBorderColor(QColor("#7f2320"))
        label_colour = self.palette().color(QPalette.ColorRole.WindowText)
        committed.setLabelColor(label_colour)
        completed.setLabelColor(label_colour)
        categories = []
        for point in points:
            committed.append(point.committed)
            completed.append(point.completed)
            categories.append(str(point.number))
        series = QBarSeries()
        series.append(committed)
        series.append(completed)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        # Wide bars: two equal figures side by side ("21" "21") must not run into each other.
        series.setBarWidth(0.85)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        axis_x.setTitleText(self.tr("Iteration"))
        axis_y = QValueAxis()
        highest = max([p.committed for p in points] + [p.completed for p in points] + [1])
        step, top = nice_axis(highest)
        axis_y.setRange(0, top)
        axis_y.setTickCount(top // step + 1)
        axis_y.setLabelFormat("%d")
        axis_y.setTitleText(self.tr("Points"))
        for axis in (axis_x, axis_y):
            axis.setLabelsColor(label_colour)
            axis.setTitleBrush(QBrush(label_colour))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        if points:
            parts = [
                self.tr("iteration %1: %2 committed, %3 completed")
                .replace("%1", str(p.number)).replace("%2", str(p.committed))
                .replace("%3", str(p.completed))
                for p in points
            ]
            self._summary = self.tr("Velocity per iteration: %1.").replace("%1", "; ".join(parts))
        else:
            self._summary = self.tr("No closed iterations yet.")
        self.setAccessibleDescription(self._summary)
        self.setToolTip(self._summary)
