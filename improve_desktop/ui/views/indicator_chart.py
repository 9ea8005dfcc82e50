"""The indicator's trend: actual value per iteration against target, baseline and the
reference value for ordinary operations (the figures are also in the table beside it)."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from improve_desktop.services.results_schemas import IndicatorProgress


class IndicatorChart(QChartView):
    """Redrawn whole for each indicator; line styles (dashed, dotted) tell the lines apart
    without colour, and the legend names them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("indicatorChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Indicator trend chart"))

    def draw(self, item: IndicatorProgress | None) -> None:
        """Actual values per iteration against target, baseline and ordinary operations."""
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setLocalizeNumbers(True)  # "42,0" in Swedish
        chart.setLocale(QLocale())
        text = self.palette().color(QPalette.ColorRole.WindowText)
        chart.legend().setLabelColor(text)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # On a dark (high-contrast) background the lines need light colours to stand out.
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        actual_colour = QColor("#8cc4ff" if dark else "#1f4e79")
        if item is not None and item.measurements:
            values = [m for m in item.measurements if m.iteration_number is not None]
            xs = [float(m.iteration_number or 0) for m in values]
            low, high = (min(xs), max(xs)) if xs else (0.0, 1.0)
            actual = QLineSeries()
            actual.setName(self.tr("Actual"))
            actual.setPen(QPen(actual_colour, 3))
            points = QScatterSeries()
            points.setMarkerSize(9)
            points.setColor(actual_colour)
            for x, m in zip(xs, values, strict=True):
                actual.append(QPointF(x, m.value))
                points.append(QPointF(x, m.value))
            series: list[QLineSeries] = [actual]
            ys = [m.value for m in values]
            for value, name, colour, style in (
                (item.indicator.target, self.tr("Target"), "#7fe08a" if dark else "#2e7d32",
                 Qt.PenStyle.DashLine),
                (item.indicator.baseline, self.tr("Baseline"), "#d0d0d0" if dark else "#5f6368",
                 Qt.PenStyle.DotLine),
                (item.references[-1].value if item.references else None,
                 self.tr("Ordinary operations"), "#ffb84d" if dark else "#b26a00",
                 Qt.PenStyle.DashDotLine),
            ):
                if value is None:
                    continue
                line = QLineSeries()
                line.setName(name)
                line.setPen(QPen(QColor(colour), 2, style))
                line.append(QPointF(low, value))
                line.append(QPointF(high, value))
                series.append(line)
                ys.append(value)
            axis_x = QValueAxis()
            axis_x.setRange(low - 0.3, high + 0.3)
            # One tick per iteration, on the iteration numbers themselves.
            axis_x.setTickType(QValueAxis.TickType.TicksDynamic)
            axis_x.setTickAnchor(low)
            axis_x.setTickInterval(1)
            axis_x.setLabelFormat("%.0f")  # "%d" shows nothing with localised numbers
            axis_x.setTitleText(self.tr("Iteration"))
            axis_y = QValueAxis()
            span = (max(ys) - min(ys)) or abs(max(ys)) or 1.0
            bottom, top = min(ys) - span * 0.1, max(ys) + span * 0.1
            if min(ys) >= 0:
                bottom = max(bottom, 0.0)  # counts, shares and costs never go below zero
            axis_y.setRange(bottom, top)
            axis_y.applyNiceNumbers()  # gridlines on round values, not 120,0 / 165,0
            if all(float(y).is_integer() for y in ys) and axis_y.max() - axis_y.min() >= 5:
                axis_y.setLabelFormat("%.0f")  # whole numbers need no decimals
            axis_y.setTitleText(item.indicator.unit)
            for axis in (axis_x, axis_y):
                axis.setLabelsColor(text)
                axis.setTitleBrush(QBrush(text))
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            for one in [*series, points]:
                chart.addSeries(one)
                one.attachAxis(axis_x)
                one.attachAxis(axis_y)
            chart.legend().markers(points)[0].setVisible(False)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

