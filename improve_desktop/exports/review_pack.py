"""The sprint review pack: one project iteration as a print-ready workbook for the steering group.

Fed by services only (:func:`collect_review`), then laid out by :func:`build_review_pack` and
written atomically by :func:`export_review_pack`. Sheets: Summary, Delivered, Not delivered,
Retrospective (notes, actions, last time's actions), Charts (native charts over the Data
sheet) and Data. Every piece of user text goes through
:mod:`improve_desktop.exports.safe_cells`.

Status rule (on track / at risk / off track), :func:`status_from_ratio`: the completion ratio is
completed points / committed points; for an active iteration the points done so far are
divided by the points the ideal burndown line has burned by the last day with figures. A ratio
of 0.9 or more is *on track*, 0.7 or more *at risk*, below 0.7 *off track*; no committed points
(or nothing due yet) cannot be judged.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop import __version__
from improve_desktop.domain.enums import ItemStatus, IterationState
from improve_desktop.domain.suppression import DEFAULT_THRESHOLD
from improve_desktop.exports.labels import DATE_FORMAT, LABELS, RATIO_FORMAT, label
from improve_desktop.exports.safe_cells import write_text
from improve_desktop.fileio import atomic_writer
from improve_desktop.services.errors import NotFound
from improve_desktop.services.planning_schemas import BacklogItemRead, BurndownRead, VelocityHistory
from improve_desktop.services.results_schemas import (
    BudgetSummary,
    IndicatorProgress,
    ParticipantPeriod,
)
from improve_desktop.services.retro_schemas import ActionRead, RetrospectiveBoard
from improve_desktop.services.schemas import IterationRead, MethodRead, ProjectOverview
from improve_desktop.services.steering_schemas import (
    DecisionRead,
    DecisionRequestRead,
    SteeringActionRead,
)

ON_TRACK, AT_RISK = 0.9, 0.7

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
TITLE_FONT = Font(name="Calibri", bold=True, size=16, color="1F4E79")
LABEL_FONT = Font(name="Calibri", bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
THIN = Side(style="thin", color="BFBFBF")
ROW_BORDER = Border(bottom=THIN)


@dataclass(frozen=True)
class ReviewData:
    """Everything the pack shows, read from the services."""

    overview: ProjectOverview
    iteration: IterationRead
    items: tuple[BacklogItemRead, ...]  # the items in the iteration, in rank order
    carried: tuple[BacklogItemRead, ...]  # unfinished at the close and moved out of it
    methods: dict[str, MethodRead]
    burndown: BurndownRead
    velocity: VelocityHistory
    prepared_on: date
    retrospective: RetrospectiveBoard | None = None
    # steering: decisions since the last review, open actions, open decision requests
    decisions: tuple[DecisionRead, ...] = ()
    open_actions: tuple[SteeringActionRead, ...] = ()
    requests: tuple[DecisionRequestRead, ...] = ()
    # results: indicators with their measurements, participant periods, the budget
    indicators: tuple[IndicatorProgress, ...] = ()
    participants: tuple[ParticipantPeriod, ...] = ()
    budget: BudgetSummary | None = None


def collect_review(store: object, project_code: str, number: int,
                   today: date | None = None) -> ReviewData:
    """Read one iteration's review through the services (``NotFound`` for unknown ones)."""
    from improve_desktop.services.backlog import BacklogService
    from improve_desktop.services.budget import BudgetService
    from improve_desktop.services.decisions import DecisionService
    from improve_desktop.services.indicators import IndicatorService
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.services.meetings import MeetingService
    from improve_desktop.services.organisations import OrganisationService
    from improve_desktop.services.participants import ParticipantService
    from improve_desktop.services.projects import ProjectService
    from improve_desktop.services.retrospectives import RetrospectiveService
    from improve_desktop.services.review import ReviewService

    projects = ProjectService(store)  # type: ignore[arg-type]
    iterations = IterationService(store)  # type: ignore[arg-type]
    project_id = projects.find_project_id(project_code)
    overview = projects.overview(project_id)
    iteration = next(
        (it for it in iterations.list_iterations(project_id) if it.number == number), None
    )
    if iteration is None:
        raise NotFound("iteration", f"{overview.project.code} {number}")
    today = today or date.today()
    items = tuple(BacklogService(store).list_iteration_items(iteration.id))  # type: ignore[arg-type]
    methods = {m.id: m for m in OrganisationService(store).list_methods()}  # type: ignore[arg-type]
    retros = RetrospectiveService(store)  # type: ignore[arg-type]
    retro = retros.for_iteration(iteration.id)
    decisions = DecisionService(store, today=lambda: today)  # type: ignore[arg-type]
    return ReviewData(
        overview=overview,
        iteration=iteration,
        items=items,
        carried=tuple(ReviewService(store).carried_over(iteration.id)),  # type: ignore[arg-type]
        methods=methods,
        burndown=iterations.burndown(iteration.id, today=today),
        velocity=iterations.velocity_history(project_id),
        prepared_on=today,
        retrospective=retros.board(retro.id) if retro is not None else None,
        # "Since the last review": the last review was held when this iteration began.
        decisions=tuple(decisions.log({"project_id": project_id,
                                       "decided_from": iteration.start_date})),
        open_actions=tuple(decisions.actions(project_id=project_id, open_only=True)),
        requests=tuple(MeetingService(store).open_requests(  # type: ignore[arg-type]
            project_id=project_id)),
        indicators=tuple(IndicatorService(store).progress(  # type: ignore[arg-type]
            project_id, today)),
        participants=tuple(ParticipantService(store).periods(project_id)),  # type: ignore[arg-type]
        budget=BudgetService(store).summary(project_id, today),  # type: ignore[arg-type]
    )


# -- figures ------------------------------------------------------------------------------------


def committed_and_completed(data: ReviewData) -> tuple[int, int]:
    """Closed iterations keep their figures; otherwise they are summed from the items."""
    it = data.iteration
    if it.state is IterationState.CLOSED and it.committed_points is not None:
        return it.committed_points, it.completed_points or 0
    committed = sum(item.estimate_points or 0 for item in data.items)
    completed = sum(item.estimate_points or 0 for item in data.items
                    if item.status is ItemStatus.DONE)
    return committed, completed


def completion_ratio(data: ReviewData) -> float | None:
    committed, completed = committed_and_completed(data)
    if data.iteration.state is not IterationState.ACTIVE:
        return completed / committed if committed else None
    known = [day for day in data.burndown.days if day.remaining is not None]
    if not known or not data.burndown.days:
        return None
    start_ideal = data.burndown.days[0].ideal
    due = start_ideal - known[-1].ideal
    done = start_ideal - (known[-1].remaining or 0)
    if due <= 0:
        return None if start_ideal == 0 else 1.0
    return done / due


def status_from_ratio(ratio: float | None) -> str:
    """The status key (``rag.*``) for a completion ratio; see the module docstring."""
    if ratio is None:
        return "rag.unknown"
    if ratio >= ON_TRACK:
        return "rag.on_track"
    if ratio >= AT_RISK:
        return "rag.at_risk"
    return "rag.off_track"


# -- layout helpers -----------------------------------------------------------------------------


def _header_footer_text(text: str) -> str:
    # '&' starts a code in header/footer text; the whole section is limited to 255 characters.
    return text.replace("&", "&&")[:120]


def page_setup(sheet: Worksheet, *, landscape: bool, fit_height: bool = False,
               title_rows: str | None = None) -> None:
    """A4, fitted to the page's width (and height, for a sheet of charts), centred."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1 if fit_height else 0
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    if title_rows:
        sheet.print_title_rows = title_rows


def day_text(value: date, language: str) -> str:
    """A date in the pack's language: ISO in Swedish, dd/mm/yyyy in English."""
    return value.isoformat() if language == "sv" else value.strftime("%d/%m/%Y")


def header_and_footer(sheet: Worksheet, left: str, right: str, prepared_on: date,
                      language: str) -> None:
    """Small print at the top (what the pack is about) and bottom (date, page of pages)."""
    sheet.oddHeader.left.text = _header_footer_text(left)
    sheet.oddHeader.right.text = _header_footer_text(right)
    sheet.oddFooter.left.text = f"{label('prepared', language)} {day_text(prepared_on, language)}"
    sheet.oddFooter.right.text = label("page", language)
    for part in (sheet.oddHeader.left, sheet.oddHeader.right, sheet.oddFooter.left,
                 sheet.oddFooter.right):
        part.size = 9


def _print_setup(sheet: Worksheet, data: ReviewData, language: str, *, landscape: bool,
                 fit_height: bool = False, title_rows: str | None = None) -> None:
    page_setup(sheet, landscape=landscape, fit_height=fit_height, title_rows=title_rows)
    project = data.overview.project
    header_and_footer(sheet, f"{project.code} {project.name}",
                      f"{label('iteration', language)} {data.iteration.number}",
                      data.prepared_on, language)


def _table_header(sheet: Worksheet, row: int, headers: list[str], first_column: int = 1) -> None:
    for offset, text in enumerate(headers):
        cell = sheet.cell(row=row, column=first_column + offset, value=text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _widths(sheet: Worksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _lines(text: str | None, width: float) -> int:
    """Lines a wrapped ``text`` takes in a column ``width`` characters wide (an estimate)."""
    per_line = max(int(width * 1.1), 1)
    if not text or (len(text) <= per_line and "\n" not in text):
        return 1
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _fit_row(sheet: Worksheet, row: int, texts: list[tuple[str | None, float]],
             size: float = 11) -> None:
    # LibreOffice and Excel do not grow rows for wrapped text written by openpyxl on opening,
    # so each row gets the height its longest wrapped cell needs.
    lines = max(_lines(text, width) for text, width in texts)
    if lines > 1:
        sheet.row_dimensions[row].height = min(409, lines * size * 1.3 + 2)


def _date_cell(sheet: Worksheet, row: int, column: int, value: date | None, language: str) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    cell.number_format = DATE_FORMAT[language]
    cell.alignment = Alignment(horizontal="left", vertical="top")


# -- sheets -------------------------------------------------------------------------------------


def _summary(sheet: Worksheet, data: ReviewData, language: str) -> None:
    from improve_desktop.exports.results_sheets import key_figures_text

    o, it = data.overview, data.iteration
    sheet.title = label("sheet.summary", language)
    title = sheet.cell(row=1, column=1, value=f"{label('title', language)}: "
                                              f"{label('iteration', language)} {it.number}")
    title.font = TITLE_FONT
    write_text(sheet.cell(row=2, column=1), f"{o.project.code} · {o.project.name}", language)
    sheet.cell(row=2, column=1).font = Font(name="Calibri", bold=True, size=12)
    committed, completed = committed_and_completed(data)
    ratio = completion_ratio(data)
    done = [item for item in data.items if item.status is ItemStatus.DONE]
    averages = [p.rolling_average for p in data.velocity.points if p.rolling_average is not None]
    outcome = f"outcome.{it.goal_outcome.value}" if it.goal_outcome else "outcome.none"
    rows: list[tuple[str, object, str | None]] = [
        ("project", f"{o.project.code} · {o.project.name}", None),
        ("organisation", o.owner.name, None),
        ("cluster", o.cluster.name if o.cluster else label("none", language), None),
        ("manager", o.manager.name if o.manager else label("none", language), None),
        ("iteration", f"{it.number}" + (f" · {it.name}" if it.name else ""), None),
        ("iteration_state", label(f"state.{it.state.value}", language), None),
        ("start", it.start_date, "date"),
        ("end", it.end_date, "date"),
        ("goal", it.goal or label("none", language), None),
        ("goal_outcome", label(outcome, language), None),
        ("goal_comment", it.goal_comment or label("none", language), None),
        ("status", label(status_from_ratio(ratio), language), "status"),
        ("committed", committed, "int"),
        ("completed", completed, "int"),
        ("completion", ratio, "ratio"),
        ("items_done", len(done), "int"),
        ("items_not_done", len(data.items) - len(done) + len(data.carried), "int"),
        ("velocity_average", averages[-1] if averages else o.velocity.average_completed, "dec"),
        ("velocity_trend", label(f"trend.{o.velocity.trend}", language), None),
        ("key_figures", key_figures_text(data.indicators, language)
         or label("ind.none", language), None),
        ("requests", "\n".join(f"• {r.question}" for r in data.requests)
         or label("mp.no_requests", language), None),
        ("scope_change", label("scope_change_text", language).format(
            added=data.burndown.scope_added, removed=data.burndown.scope_removed), None),
        ("status_rule", label("rag.rule", language), "note"),
    ]
    first = 4
    for offset, (key, value, kind) in enumerate(rows):
        row = first + offset
        name = sheet.cell(row=row, column=1, value=label(key, language))
        name.font = LABEL_FONT
        name.alignment = WRAP_TOP
        cell = sheet.cell(row=row, column=2)
        if kind == "date":
            _date_cell(sheet, row, 2, value, language)  # type: ignore[arg-type]
        elif kind in ("int", "dec", "ratio"):
            cell.value = None if value is None else value
            cell.number_format = {"int": "0", "dec": "0.0", "ratio": RATIO_FORMAT}[kind]
            cell.alignment = Alignment(horizontal="left", vertical="top")
        else:
            write_text(cell, str(value), language)
            cell.alignment = WRAP_TOP
        if kind == "status":
            cell.font = Font(name="Calibri", bold=True)
        if kind == "note":
            cell.font = Font(name="Calibri", italic=True, size=9, color="595959")
            _fit_row(sheet, row, [(str(value), 90 * 11 / 9)], size=9)
        elif kind is None:
            _fit_row(sheet, row, [(str(value), 90), (label(key, language), 30)])
        for column in (1, 2):
            sheet.cell(row=row, column=column).border = ROW_BORDER
    _widths(sheet, [30, 90])
    sheet.freeze_panes = "A4"


def _where(item: BacklogItemRead, language: str) -> str:
    if item.iteration_number is None:
        return label("backlog", language)
    return f"{label('iteration', language)} {item.iteration_number}"


def _plain(cell: Cell, value: object, data_type: str) -> None:
    """A value of ours (a label, a number, a date) straight into ``cell``."""
    if value is not None:
        cell._value = value
        cell.data_type = data_type


def _items(sheet: Worksheet, items: list[BacklogItemRead], data: ReviewData, language: str,
           *, note: str | None = None, now_in: bool = False) -> None:
    headers = ["col.title", "col.kind", "col.status", "col.estimate", "col.methods",
               "col.done_on", "col.description"] + (["col.now_in"] if now_in else [])
    _table_header(sheet, 1, [label(h, language) for h in headers])
    widths = [46, 13, 12, 8, 32, 12, 60] + ([14] if now_in else [])

    def name_of(method: MethodRead) -> str:
        return method.name_sv if language == "sv" else method.name_en

    kinds = {kind: label(f"kind.{kind.value}", language) for kind in {i.kind for i in items}}
    statuses = {s: label(f"item.{s.value}", language) for s in ItemStatus}
    # One styled prototype per column; rows copy its style array, which is far cheaper than
    # assigning style objects cell by cell (openpyxl hashes and looks up each assignment).
    center_top = Alignment(horizontal="center", vertical="top")
    looks = [(WRAP_TOP, None), (TOP, None), (TOP, None), (center_top, "0"), (WRAP_TOP, None),
             (TOP, DATE_FORMAT[language]), (WRAP_TOP, None)] + ([(TOP, None)] if now_in else [])
    prototypes = []
    for alignment, number_format in looks:
        prototype = Cell(sheet)
        prototype.alignment = alignment
        if number_format:
            prototype.number_format = number_format
        prototypes.append(prototype._style)
    # Cells are made with their style and put into openpyxl's own map in one step; labels,
    # numbers and dates are ours and typed already, so they skip openpyxl's value checks.
    store = sheet._cells
    for row, item in enumerate(items, start=2):
        cells = []
        for column, style in enumerate(prototypes, start=1):
            cell = Cell(sheet, row=row, column=column, style_array=StyleArray(style))
            store[(row, column)] = cell
            cells.append(cell)
        methods = "\n".join(name_of(data.methods[m]) for m in item.method_ids if m in data.methods)
        write_text(cells[0], item.title, language)
        _plain(cells[1], kinds[item.kind], "s")
        _plain(cells[2], statuses[item.status], "s")
        _plain(cells[3], item.estimate_points, "n")
        write_text(cells[4], methods, language)
        _plain(cells[5], item.done_on, "d")
        write_text(cells[6], item.description, language)
        if now_in:
            _plain(cells[7], _where(item, language), "s")
        _fit_row(sheet, row, [(item.title, widths[0]), (methods, widths[4]),
                              (item.description, widths[6])])
    if items:
        sheet._current_row = max(sheet._current_row, len(items) + 1)
    last = len(items) + 1
    if items:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{last}"
    else:
        empty = sheet.cell(row=2, column=1, value=label("no_items", language))
        empty.font = Font(name="Calibri", italic=True)
        last = 2
    if note:
        cell = sheet.cell(row=last + 2, column=1, value=note)
        cell.font = Font(name="Calibri", italic=True, size=9, color="595959")
    _widths(sheet, widths)
    sheet.freeze_panes = "A2"


def _section(sheet: Worksheet, row: int, title: str) -> int:
    sheet.cell(row=row, column=1, value=title).font = Font(name="Calibri", bold=True, size=12,
                                                            color="1F4E79")
    return row + 1


def _action_rows(sheet: Worksheet, row: int, actions: tuple[ActionRead, ...], language: str,
                 *, review: bool) -> int:
    headers = ["retro.col.action", "retro.col.owner", "retro.col.due", "retro.col.status"]
    _table_header(sheet, row, [label(h, language) for h in
                               headers + (["retro.col.review"] if review else [])])
    row += 1
    if not actions:
        sheet.cell(row=row, column=1, value=label("no_items", language)).font = Font(
            name="Calibri", italic=True)
        return row + 1
    for action in actions:
        write_text(sheet.cell(row=row, column=1), action.text, language).alignment = WRAP_TOP
        write_text(sheet.cell(row=row, column=2), action.owner, language).alignment = WRAP_TOP
        _date_cell(sheet, row, 3, action.due_on, language)
        sheet.cell(row=row, column=4, value=label(f"action.{action.status.value}", language))
        sheet.cell(row=row, column=4).alignment = TOP
        if review:
            write_text(sheet.cell(row=row, column=5), action.review_note, language)
            sheet.cell(row=row, column=5).alignment = WRAP_TOP
        _fit_row(sheet, row, [(action.text, 60), (action.owner, 20),
                              (action.review_note if review else "", 40)])
        row += 1
    return row


def _retrospective(sheet: Worksheet, data: ReviewData, language: str) -> None:
    board = data.retrospective
    title = label("retro.title", language).format(number=data.iteration.number)
    sheet.cell(row=1, column=1, value=title).font = TITLE_FONT
    _widths(sheet, [60, 20, 13, 13, 40])
    if board is None:
        sheet.cell(row=3, column=1, value=label("retro.none", language)).font = Font(
            name="Calibri", italic=True)
        return
    retro = board.retrospective
    facts: list[tuple[str, object]] = [
        ("retro.format", label(f"format.{retro.format.value}", language)),
        ("retro.held_on", retro.held_on),
        ("retro.facilitator", retro.facilitator or label("none", language)),
    ]
    row = 3
    for key, value in facts:
        sheet.cell(row=row, column=1, value=label(key, language)).font = LABEL_FONT
        if isinstance(value, date):
            _date_cell(sheet, row, 2, value, language)
        else:
            write_text(sheet.cell(row=row, column=2), str(value), language)
        row += 1
    row = _section(sheet, row + 1, label("retro.notes", language))
    _table_header(sheet, row, [label(k, language) for k in
                               ("retro.col.note", "retro.col.column", "retro.col.votes",
                                "retro.col.group")])
    row += 1
    if not board.notes:
        sheet.cell(row=row, column=1, value=label("no_items", language)).font = Font(
            name="Calibri", italic=True)
        row += 1
    for note in board.notes:
        write_text(sheet.cell(row=row, column=1), note.text, language).alignment = WRAP_TOP
        column_key = f"column.{note.column_key}"
        column_name = label(column_key, language) if column_key in LABELS else note.column_key
        write_text(sheet.cell(row=row, column=2), column_name, language).alignment = TOP
        votes = sheet.cell(row=row, column=3, value=note.votes)
        votes.alignment = Alignment(horizontal="center", vertical="top")
        write_text(sheet.cell(row=row, column=4), note.group_name, language).alignment = WRAP_TOP
        _fit_row(sheet, row, [(note.text, 60), (note.group_name, 13)])
        row += 1
    row = _section(sheet, row + 1, label("retro.actions", language))
    row = _action_rows(sheet, row, board.actions, language, review=False)
    row = _section(sheet, row + 1, label("retro.previous", language))
    _action_rows(sheet, row, board.previous_actions, language, review=True)


def _decisions(sheet: Worksheet, data: ReviewData, language: str) -> None:
    from improve_desktop.exports.steering_sheets import action_table, decision_table

    day = day_text(data.iteration.start_date, language)
    row = _section(sheet, 1, label("rp.decisions_since", language).format(day=day))
    row = decision_table(sheet, row, data.decisions, language)
    row = _section(sheet, row + 2, label("rp.open_actions", language))
    action_table(sheet, row, data.open_actions, language, with_status=True, text_width=34)
    _widths(sheet, [16, 16, 34, 50, 14, 20, 13])


def _data(sheet: Worksheet, data: ReviewData, language: str) -> tuple[int, int]:
    sheet.title = label("sheet.data", language)
    _table_header(sheet, 1, [label(k, language) for k in ("col.day", "col.remaining", "col.ideal")])
    date_format = DATE_FORMAT[language]
    for row, day in enumerate(data.burndown.days, start=2):
        cell = sheet.cell(row=row, column=1, value=day.day)
        cell.number_format = date_format
        sheet.cell(row=row, column=2, value=day.remaining).number_format = "0"
        sheet.cell(row=row, column=3, value=round(day.ideal, 2)).number_format = "0.0"
    _table_header(sheet, 1, [label(k, language) for k in
                             ("col.iteration", "col.committed", "col.completed", "col.rolling")],
                  first_column=5)
    for row, point in enumerate(data.velocity.points, start=2):
        sheet.cell(row=row, column=5, value=point.number)
        sheet.cell(row=row, column=6, value=point.committed).number_format = "0"
        sheet.cell(row=row, column=7, value=point.completed).number_format = "0"
        average = sheet.cell(row=row, column=8, value=point.rolling_average)
        average.number_format = "0.0"
    _widths(sheet, [12, 11, 9, 3, 10, 11, 9, 12])
    sheet.freeze_panes = "A2"
    return len(data.burndown.days), len(data.velocity.points)


def _charts(sheet: Worksheet, source: Worksheet, days: int, iterations: int,
            language: str) -> None:
    sheet.title = label("sheet.charts", language)
    if days:
        burndown = LineChart()
        burndown.title = label("chart.burndown", language)
        burndown.y_axis.title = label("axis.points", language)
        burndown.x_axis.title = label("axis.day", language)
        burndown.x_axis.number_format = "mm-dd" if language == "sv" else "dd/mm"
        burndown.add_data(Reference(source, min_col=2, max_col=3, min_row=1, max_row=days + 1),
                          titles_from_data=True)
        burndown.set_categories(Reference(source, min_col=1, min_row=2, max_row=days + 1))
        for series in burndown.series:
            series.smooth = False
            series.marker.symbol = "none"
        burndown.series[1].graphicalProperties.line.dashStyle = "dash"
        burndown.series[0].graphicalProperties.line.width = 28575  # 2.25 pt
        burndown.series[0].graphicalProperties.line.solidFill = "1F4E79"
        burndown.series[1].graphicalProperties.line.solidFill = "A6A6A6"
        burndown.x_axis.delete = False
        burndown.y_axis.delete = False
        burndown.legend.position = "b"
        burndown.width, burndown.height = 17, 9
        sheet.add_chart(burndown, "A1")
    if iterations:
        velocity = BarChart()
        velocity.type = "col"
        velocity.title = label("chart.velocity", language)
        velocity.y_axis.title = label("axis.points", language)
        velocity.x_axis.title = label("axis.iteration", language)
        velocity.add_data(Reference(source, min_col=6, max_col=7, min_row=1,
                                    max_row=iterations + 1), titles_from_data=True)
        velocity.set_categories(Reference(source, min_col=5, min_row=2, max_row=iterations + 1))
        velocity.series[0].graphicalProperties.solidFill = "A6A6A6"
        velocity.series[1].graphicalProperties.solidFill = "1F4E79"
        velocity.x_axis.delete = False
        velocity.y_axis.delete = False
        velocity.legend.position = "b"
        velocity.width, velocity.height = 17, 9
        sheet.add_chart(velocity, "A20")


def build_review_pack(data: ReviewData, language: str = "sv",
                      threshold: int = DEFAULT_THRESHOLD) -> Workbook:
    """The workbook for ``data`` in ``language`` (``sv`` or ``en``); participant counts below
    ``threshold`` are written as "<threshold", and those hidden to protect them as "x"
    (``domain/suppression.py``)."""
    from improve_desktop.exports.results_sheets import (
        indicators_sheet,
        participants_and_budget_sheet,
    )

    workbook = Workbook()
    summary = workbook.active
    _summary(summary, data, language)
    delivered = workbook.create_sheet(label("sheet.delivered", language))
    done = [item for item in data.items if item.status is ItemStatus.DONE]
    _items(delivered, done, data, language)
    not_delivered = workbook.create_sheet(label("sheet.not_delivered", language))
    closed = data.iteration.state is IterationState.CLOSED
    unfinished = [item for item in data.items if item.status is not ItemStatus.DONE]
    _items(not_delivered, unfinished + list(data.carried), data, language,
           note=label("carried_note", language) if closed else None, now_in=closed)
    indicators = workbook.create_sheet(label("sheet.indicators", language))
    indicators_sheet(indicators, data.indicators, data.iteration.number, language)
    steering = workbook.create_sheet(label("sheet.decisions", language))
    _decisions(steering, data, language)
    retrospective = workbook.create_sheet(label("sheet.retrospective", language))
    _retrospective(retrospective, data, language)
    results = workbook.create_sheet(label("sheet.participants_budget", language))
    participants_and_budget_sheet(results, data.participants, data.budget, language,
                                  threshold)
    charts = workbook.create_sheet(label("sheet.charts", language))
    source = workbook.create_sheet(label("sheet.data", language))
    days, iterations = _data(source, data, language)
    _charts(charts, source, days, iterations, language)

    _print_setup(summary, data, language, landscape=False)
    _print_setup(delivered, data, language, landscape=True, title_rows="1:1")
    _print_setup(not_delivered, data, language, landscape=True, title_rows="1:1")
    _print_setup(indicators, data, language, landscape=False)
    _print_setup(steering, data, language, landscape=True)
    _print_setup(results, data, language, landscape=False)
    _print_setup(retrospective, data, language, landscape=False)
    _print_setup(charts, data, language, landscape=False, fit_height=True)
    _print_setup(source, data, language, landscape=False, title_rows="1:1")

    project = data.overview.project
    properties = workbook.properties
    properties.title = (f"{label('title', language)} {project.code} "
                        f"{label('iteration', language).lower()} {data.iteration.number}")
    properties.subject = project.name[:200]
    properties.creator = f"Improve Desktop {__version__}"
    properties.lastModifiedBy = properties.creator
    properties.language = "sv-SE" if language == "sv" else "en-GB"
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    return workbook


def export_review_pack(store: object, project_code: str, number: int, output: Path, *,
                       language: str = "sv", today: date | None = None,
                       threshold: int = DEFAULT_THRESHOLD) -> Path:
    """Write the review pack to ``output`` all at once, or leave ``output`` as it was."""
    data = collect_review(store, project_code, number, today)
    output = Path(output)
    existed = output.exists()
    # openpyxl makes tens of thousands of small objects and no cycles worth collecting here;
    # the cyclic collector's passes over them cost a third of the time of a large pack.
    collecting = gc.isenabled()
    gc.disable()
    try:
        workbook = build_review_pack(data, language, threshold)
        with atomic_writer(output) as handle:
            workbook.save(handle)
    finally:
        if collecting:
            gc.enable()
    if not existed:
        # The temporary file was private (0600); a new export gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(output, 0o666 & ~umask)
    return output
