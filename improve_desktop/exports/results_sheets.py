"""Results in the packs: indicators with trend charts, participant figures and the budget.

Participant counts below the suppression threshold are written as the text "<5" (never the
number), and exit counts hidden to protect them as the text "x", as the results views show them
(``domain/participant_cells.py``). Indicator statuses are words, not colours.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop.domain.participant_cells import period_texts
from improve_desktop.domain.results import EXIT_STATUSES, Direction
from improve_desktop.domain.suppression import DEFAULT_THRESHOLD, SECONDARY_MARK
from improve_desktop.exports.labels import label
from improve_desktop.exports.review_pack import (
    LABEL_FONT,
    TITLE_FONT,
    _fit_row,
    _table_header,
    _widths,
)
from improve_desktop.exports.steering_sheets import date_cell, text_cell
from improve_desktop.services.results_schemas import (
    BudgetSummary,
    IndicatorProgress,
    ParticipantPeriod,
)

CHART_ROWS = 16  # rows a trend chart takes, so that charts are placed without overlapping
CHARTS_PER_PAGE = 3


def _number(sheet: Worksheet, row: int, column: int, value: float | int | None,
            number_format: str = "General") -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.number_format = number_format
    cell.alignment = Alignment(horizontal="right", vertical="top")


def key_figures_text(indicators: Sequence[IndicatorProgress], language: str,
                     count: int = 3) -> str:
    """The first ``count`` indicators with their latest value and status, one per line."""
    lines = []
    for progress in list(indicators)[:count]:
        value = label("none", language) if progress.latest is None else _plain(progress.latest)
        unit = f" {progress.indicator.unit}" if progress.indicator.unit else ""
        status = label(f"ind.{progress.status.value}", language)
        lines.append(f"{progress.indicator.name}: {value}{unit} ({status})")
    return "\n".join(lines)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def indicators_sheet(sheet: Worksheet, indicators: Sequence[IndicatorProgress],
                     iteration_number: int, language: str) -> None:
    """A table (baseline, target, this and the previous iteration, status) and a trend chart
    per indicator over a value matrix (indicator × iteration) below the charts."""
    sheet.cell(row=1, column=1, value=label("ind.title", language).format(
        number=iteration_number)).font = TITLE_FONT
    headers = ["ind.col.name", "ind.col.unit", "ind.col.direction", "ind.col.baseline",
               "ind.col.target", "ind.col.this", "ind.col.previous", "ind.col.status"]
    _table_header(sheet, 3, [label(key, language) for key in headers])
    sheet.row_dimensions[3].height = 30
    _widths(sheet, [36, 12, 18, 12, 12, 14, 14, 22])
    if not indicators:
        sheet.cell(row=4, column=1, value=label("ind.none", language)).font = Font(
            name="Calibri", italic=True)
        return
    numbers = sorted({m.iteration_number for p in indicators for m in p.measurements
                      if m.iteration_number is not None and m.iteration_number <= iteration_number})
    for row, progress in enumerate(indicators, start=4):
        indicator = progress.indicator
        by_iteration = {m.iteration_number: m.value for m in progress.measurements}
        text_cell(sheet, row, 1, indicator.name, language, bold=True)
        text_cell(sheet, row, 2, indicator.unit, language)
        text_cell(sheet, row, 3, label(
            "ind.higher" if indicator.direction is Direction.HIGHER_IS_BETTER else "ind.lower",
            language), language)
        _number(sheet, row, 4, indicator.baseline)
        _number(sheet, row, 5, indicator.target)
        _number(sheet, row, 6, by_iteration.get(iteration_number))
        _number(sheet, row, 7, by_iteration.get(iteration_number - 1))
        text_cell(sheet, row, 8, label(f"ind.{progress.status.value}", language), language,
                  bold=True)
        _fit_row(sheet, row, [(indicator.name, 36)])
    sheet.freeze_panes = "A4"
    if not numbers:
        return
    # The values per iteration, for the charts: one row per indicator, one column per iteration.
    charts_top = 4 + len(indicators) + 2
    data_top = charts_top + CHART_ROWS * len(indicators) + 2
    sheet.cell(row=data_top - 1, column=1, value=label("ind.values", language)).font = LABEL_FONT
    sheet.cell(row=data_top, column=1, value=label("ind.col.name", language)).font = LABEL_FONT
    for offset, number in enumerate(numbers):
        sheet.cell(row=data_top, column=2 + offset,
                   value=f"{label('iteration', language)} {number}").font = LABEL_FONT
    for index, progress in enumerate(indicators):
        row = data_top + 1 + index
        text_cell(sheet, row, 1, progress.indicator.name, language)
        by_iteration = {m.iteration_number: m.value for m in progress.measurements}
        for offset, number in enumerate(numbers):
            _number(sheet, row, 2 + offset, by_iteration.get(number))
    categories = Reference(sheet, min_col=2, max_col=1 + len(numbers), min_row=data_top)
    for index, progress in enumerate(indicators):
        chart = LineChart()
        chart.title = progress.indicator.name[:80]
        chart.y_axis.title = progress.indicator.unit[:40] or None
        chart.x_axis.title = label("iteration", language)
        chart.legend = None
        chart.height, chart.width = 7.0, 24.0
        row = data_top + 1 + index
        chart.add_data(Reference(sheet, min_col=1, max_col=1 + len(numbers), min_row=row),
                       from_rows=True, titles_from_data=True)
        chart.set_categories(categories)
        for series in chart.series:
            series.smooth = False
        anchor_row = charts_top + CHART_ROWS * index
        sheet.add_chart(chart, f"A{anchor_row}")
        if index and index % CHARTS_PER_PAGE == 0:
            # A break before the chart, so that no chart is split across two pages.
            sheet.row_breaks.append(Break(id=anchor_row - 1))


def participants_and_budget_sheet(sheet: Worksheet, periods: Sequence[ParticipantPeriod],
                                  budget: BudgetSummary | None, language: str,
                                  threshold: int = DEFAULT_THRESHOLD) -> None:
    sheet.cell(row=1, column=1, value=label("pb.participants", language)).font = TITLE_FONT
    note = sheet.cell(row=2, column=1, value=label("pb.suppression", language).format(
        threshold=threshold))
    note.font = Font(name="Calibri", italic=True, size=9, color="595959")
    headers = (["pb.col.from", "pb.col.to", "pb.col.started", "pb.col.ended"]
               + [f"pb.exit.{status}" for status in EXIT_STATUSES])
    _table_header(sheet, 4, [label(key, language) for key in headers])
    sheet.row_dimensions[4].height = 30
    row = 4
    secondary = False
    for period in periods:
        row += 1
        date_cell(sheet, row, 1, period.period_start, language)
        date_cell(sheet, row, 2, period.period_end, language)
        texts = period_texts(period, threshold)
        secondary = secondary or texts.has_secondary
        for column, text in enumerate([texts.started, texts.ended, *texts.exits], start=3):
            _count(sheet, row, column, text)
    if secondary:
        note.value = f"{note.value} {label('pb.secondary', language).format(mark=SECONDARY_MARK)}"
    if not periods:
        row += 1
        sheet.cell(row=row, column=1, value=label("pb.no_participants", language))
    _widths(sheet, [13, 13, 11, 11, 11, 11, 13, 11, 11])

    row += 3
    sheet.cell(row=row, column=1, value=label("pb.budget", language)).font = TITLE_FONT
    if budget is None or not budget.periods:
        sheet.cell(row=row + 1, column=1, value=label("pb.no_budget", language))
        return
    facts = [("pb.total", budget.total_budget, "#,##0"),
             ("pb.spent", budget.spent_to_date, "#,##0"),
             ("pb.planned_to_date", budget.planned_to_date, "#,##0"),
             ("pb.burn_rate", round(budget.burn_rate_per_month), "#,##0"),
             ("pb.forecast", budget.forecast_at_end, "#,##0"),
             ("pb.variance", budget.variance_at_end, "#,##0")]
    for key, value, number_format in facts:
        row += 1
        sheet.cell(row=row, column=1, value=label(key, language)).font = LABEL_FONT
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        _number(sheet, row, 4, value, number_format)
    row += 2
    _table_header(sheet, row, [label(key, language) for key in (
        "pb.col.from", "pb.col.to", "pb.col.planned", "pb.col.actual", "pb.col.cum_planned",
        "pb.col.cum_actual")])
    sheet.row_dimensions[row].height = 30
    for period in budget.periods:
        row += 1
        date_cell(sheet, row, 1, period.period_start, language)
        date_cell(sheet, row, 2, period.period_end, language)
        _number(sheet, row, 3, period.planned_sek, "#,##0")
        _number(sheet, row, 4, period.actual_sek, "#,##0")
        _number(sheet, row, 5, period.cumulative_planned, "#,##0")
        # No actual cost yet (a period to come): the running total stops where the facts do.
        _number(sheet, row, 6, None if period.actual_sek is None else period.cumulative_actual,
                "#,##0")


def _count(sheet: Worksheet, row: int, column: int, text: str) -> None:
    """A count as shown: a number, or the text "<5" or "x" (text, never a number or formula)."""
    if text.isdigit():
        cell = sheet.cell(row=row, column=column, value=int(text))
        cell.number_format = "0"
    else:
        cell = sheet.cell(row=row, column=column, value=text)
    cell.alignment = Alignment(horizontal="right", vertical="top")
