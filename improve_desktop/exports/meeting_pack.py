"""The steering meeting pack: one workbook for a steering group meeting, before and after.

Sheets: the agenda (with the attendees); one overview row per project of the cluster (status
in words, whether the goal was met, committed against completed points, velocity trend, the
decisions requested); one sheet per project from its latest review (the review pack's summary);
the cluster's open actions; and, once the meeting is held, the minutes — attendees, every
decision and action — laid out to be printed and signed. Fed by services only
(:func:`collect_meeting`); every piece of user text goes through ``write_text``.
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop import __version__
from improve_desktop.domain.enums import IterationState
from improve_desktop.domain.steering import MeetingState
from improve_desktop.exports.labels import label
from improve_desktop.exports.results_sheets import key_figures_text
from improve_desktop.exports.review_pack import (
    LABEL_FONT,
    ROW_BORDER,
    TITLE_FONT,
    WRAP_TOP,
    ReviewData,
    _fit_row,
    _print_setup,
    _summary,
    _table_header,
    _widths,
    collect_review,
    committed_and_completed,
    completion_ratio,
    day_text,
    header_and_footer,
    page_setup,
    status_from_ratio,
)
from improve_desktop.exports.safe_cells import write_text
from improve_desktop.exports.steering_sheets import action_table, text_cell
from improve_desktop.fileio import atomic_writer
from improve_desktop.services.errors import NotFound
from improve_desktop.services.schemas import ProjectNode
from improve_desktop.services.steering_schemas import (
    DecisionRequestRead,
    MeetingRecord,
    SteeringActionRead,
)

SIGN_LINE = Border(bottom=Side(style="thin", color="000000"))


@dataclass(frozen=True)
class ProjectReview:
    project: ProjectNode
    review: ReviewData | None  # None: no closed iteration yet
    requests: tuple[DecisionRequestRead, ...]


@dataclass(frozen=True)
class MeetingPackData:
    record: MeetingRecord
    projects: tuple[ProjectReview, ...]
    open_actions: tuple[SteeringActionRead, ...]
    prepared_on: date


def find_meeting_id(store: object, reference: str) -> str:
    """A meeting by its id, or by an unambiguous start of it (at least six characters)."""
    from improve_desktop.services.meetings import MeetingService

    reference = reference.strip().lower()
    meetings = MeetingService(store).list_meetings()  # type: ignore[arg-type]
    exact = [m.id for m in meetings if m.id == reference]
    if exact:
        return exact[0]
    found = [m.id for m in meetings if len(reference) >= 6 and m.id.startswith(reference)]
    if len(found) != 1:
        raise NotFound("meeting", reference)
    return found[0]


def collect_meeting(store: object, meeting_id: str, today: date | None = None) -> MeetingPackData:
    from improve_desktop.services.decisions import DecisionService
    from improve_desktop.services.iterations import IterationService
    from improve_desktop.services.meetings import MeetingService
    from improve_desktop.services.projects import ProjectService

    today = today or date.today()
    meetings = MeetingService(store, today=lambda: today)  # type: ignore[arg-type]
    record = meetings.record(meeting_id)
    cluster_id = record.meeting.steering_cluster_id
    projects: list[ProjectNode] = []
    for organisation in ProjectService(store).navigation_tree():  # type: ignore[arg-type]
        for node in organisation.clusters:
            if node.cluster.id == cluster_id:
                projects.extend(node.projects)
    requests = meetings.open_requests(cluster_id=cluster_id)
    iterations = IterationService(store)  # type: ignore[arg-type]
    reviews = []
    for project in projects:
        closed = [it for it in iterations.list_iterations(project.id)
                  if it.state is IterationState.CLOSED]
        review = (collect_review(store, project.code, max(it.number for it in closed), today)
                  if closed else None)
        reviews.append(ProjectReview(project, review, tuple(
            request for request in requests if request.project_id == project.id)))
    actions = DecisionService(store, today=lambda: today).actions(  # type: ignore[arg-type]
        cluster_id=cluster_id, open_only=True)
    return MeetingPackData(record, tuple(reviews), tuple(actions), today)


# -- layout -------------------------------------------------------------------------------------


def _setup(sheet: Worksheet, data: MeetingPackData, language: str, *, landscape: bool,
           title_rows: str | None = None) -> None:
    page_setup(sheet, landscape=landscape, title_rows=title_rows)
    meeting = data.record.meeting
    header_and_footer(sheet, f"{label('mp.title', language)} · {meeting.cluster_name}",
                      day_text(meeting.meeting_date, language), data.prepared_on, language)




def _heading(sheet: Worksheet, data: MeetingPackData, language: str, title_key: str) -> int:
    meeting = data.record.meeting
    sheet.cell(row=1, column=1, value=label(title_key, language)).font = TITLE_FONT
    facts = [
        ("mp.cluster", f"{meeting.cluster_code} · {meeting.cluster_name}"),
        ("mp.date", day_text(meeting.meeting_date, language)),
        ("mp.time", meeting.start_time or label("none", language)),
        ("mp.place", meeting.place or label("none", language)),
        ("mp.state", label(f"mp.state.{meeting.state.value}", language)),
    ]
    for offset, (key, value) in enumerate(facts):
        row = 3 + offset
        sheet.cell(row=row, column=1, value=label(key, language)).font = LABEL_FONT
        write_text(sheet.cell(row=row, column=2), value, language)
    return 3 + len(facts) + 1


def _attendees(sheet: Worksheet, row: int, data: MeetingPackData, language: str,
               *, held: bool) -> int:
    sheet.cell(row=row, column=1, value=label("mp.attendees", language)).font = LABEL_FONT
    for attendee in data.record.attendees:
        name = attendee.name + (f" ({label('mp.guest', language)})" if attendee.is_guest else "")
        write_text(sheet.cell(row=row, column=2), name, language)
        if held:
            sheet.cell(row=row, column=3, value=label(
                "mp.present" if attendee.present else "mp.absent", language))
        row += 1
    return row + 1


def _agenda(sheet: Worksheet, data: MeetingPackData, language: str) -> None:
    sheet.title = label("mp.sheet.agenda", language)
    held = data.record.meeting.state is not MeetingState.PLANNED
    row = _heading(sheet, data, language, "mp.title")
    row = _attendees(sheet, row, data, language, held=held)
    sheet.cell(row=row, column=1, value=label("mp.agenda", language)).font = LABEL_FONT
    row += 1
    headers = ["mp.col.number", "mp.col.kind", "mp.col.project", "mp.col.item"]
    if held:
        headers.append("mp.col.outcome")
    _table_header(sheet, row, [label(key, language) for key in headers])
    for item in data.record.agenda:
        row += 1
        sheet.cell(row=row, column=1, value=item.position).alignment = Alignment(
            horizontal="left", vertical="top")
        text_cell(sheet, row, 2, label(f"mp.kind.{item.kind.value}", language), language)
        text_cell(sheet, row, 3, item.project_code, language)
        text = item.title + (f"\n{item.details}" if item.details else "")
        text_cell(sheet, row, 4, text, language)
        if held:
            text_cell(sheet, row, 5, label(f"mp.outcome.{item.outcome.value}", language), language)
        _fit_row(sheet, row, [(text, 60)])
    _widths(sheet, [16, 26, 14, 60, 24])


def _overview(sheet: Worksheet, data: MeetingPackData, language: str) -> None:
    headers = ["mp.col.project", "mp.col.iteration", "mp.col.goal", "mp.col.goal_met",
               "mp.col.committed", "mp.col.completed", "mp.col.status", "mp.col.trend",
               "mp.col.figures", "mp.col.requests"]
    _table_header(sheet, 1, [label(key, language) for key in headers])
    sheet.row_dimensions[1].height = 30  # two lines of heading in the narrow number columns
    for row, entry in enumerate(data.projects, start=2):
        review = entry.review
        text_cell(sheet, row, 1, f"{entry.project.code} · {entry.project.name}", language,
                  bold=True)
        requests = "\n".join(f"• {request.question}" for request in entry.requests)
        text_cell(sheet, row, 10, requests or label("mp.no_requests", language), language)
        figures = key_figures_text(review.indicators, language) if review else ""
        text_cell(sheet, row, 9, figures or label("mp.figures_missing", language), language)
        if review is None:
            for column in range(2, 9):
                sheet.cell(row=row, column=column).border = ROW_BORDER
            text_cell(sheet, row, 2, label("mp.no_review", language), language)
            _fit_row(sheet, row, [(requests, 40)])
            continue
        iteration = review.iteration
        number = sheet.cell(row=row, column=2, value=iteration.number)
        number.alignment = Alignment(horizontal="left", vertical="top")
        number.border = ROW_BORDER
        text_cell(sheet, row, 3, iteration.goal or label("none", language), language)
        outcome = (f"outcome.{iteration.goal_outcome.value}" if iteration.goal_outcome
                   else "outcome.none")
        text_cell(sheet, row, 4, label(outcome, language), language)
        committed, completed = committed_and_completed(review)
        for column, value in ((5, committed), (6, completed)):
            cell = sheet.cell(row=row, column=column, value=value)
            cell.number_format = "0"
            cell.alignment = WRAP_TOP
            cell.border = ROW_BORDER
        text_cell(sheet, row, 7, label(status_from_ratio(completion_ratio(review)), language),
                  language, bold=True)
        text_cell(sheet, row, 8, label(f"trend.{review.overview.velocity.trend}", language),
                  language)
        _fit_row(sheet, row, [(iteration.goal, 34), (requests, 40), (figures, 30)])
    _widths(sheet, [30, 11, 34, 18, 10, 10, 14, 14, 30, 40])
    sheet.freeze_panes = "B2"
    last = max(2, len(data.projects) + 1)
    sheet.auto_filter.ref = f"A1:J{last}"


def _open_actions(sheet: Worksheet, data: MeetingPackData, language: str) -> None:
    last = action_table(sheet, 1, data.open_actions, language, with_status=True)
    _widths(sheet, [16, 14, 50, 22, 13, 13, 14])
    sheet.freeze_panes = "A2"
    if data.open_actions:
        sheet.auto_filter.ref = f"A1:G{last}"


def _minutes(sheet: Worksheet, data: MeetingPackData, language: str) -> None:
    record = data.record
    row = _heading(sheet, data, language, "mp.minutes_title")
    if record.meeting.state is MeetingState.PLANNED:
        sheet.cell(row=row, column=1, value=label("mp.not_held", language))
        _widths(sheet, [22, 22, 60, 20])
        return
    row = _attendees(sheet, row, data, language, held=True)
    sheet.cell(row=row, column=1, value=label("mp.decisions", language)).font = TITLE_FONT
    row += 1
    if not record.decisions:
        sheet.cell(row=row, column=1, value=label("mp.no_decisions", language))
        row += 1
    for decision in record.decisions:
        # One block per decision: reference and title, then the text and its details.
        text_cell(sheet, row, 1, decision.reference, language, bold=True)
        text_cell(sheet, row, 2, decision.project_code or label("mp.whole_cluster", language),
              language)
        text_cell(sheet, row, 3, decision.title, language, bold=True)
        text_cell(sheet, row, 4, label(f"mp.dstatus.{decision.status.value}", language), language)
        _fit_row(sheet, row, [(decision.title, 60)])
        row += 1
        body = decision.text
        if decision.rationale:
            body += ("\n" if body else "") + f"{label('mp.rationale', language)}: " \
                                              f"{decision.rationale}"
        if body:
            text_cell(sheet, row, 3, body, language)
            _fit_row(sheet, row, [(body, 60)])
            row += 1
        details = [label(f"mp.dkind.{decision.kind.value}", language)]
        if decision.owner:
            details.append(f"{label('mp.col.owner', language)}: {decision.owner}")
        if decision.due_on:
            due = day_text(decision.due_on, language)
            details.append(f"{label('mp.col.due', language)}: {due}")
        text_cell(sheet, row, 3, " · ".join(details), language)
        row += 2
    sheet.cell(row=row, column=1, value=label("mp.actions", language)).font = TITLE_FONT
    row = action_table(sheet, row + 1, record.actions, language, with_status=False) + 2
    if record.meeting.minutes:
        sheet.cell(row=row, column=1, value=label("mp.notes", language)).font = LABEL_FONT
        text_cell(sheet, row, 2, record.meeting.minutes, language)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        _fit_row(sheet, row, [(record.meeting.minutes, 100)])
        row += 2
    _signatures(sheet, row + 1, language)
    _widths(sheet, [22, 22, 60, 20, 13])


def _signatures(sheet: Worksheet, row: int, language: str) -> None:
    """Lines to sign on: chair, secretary and adjuster, each with name and date."""
    for role in ("mp.sign.chair", "mp.sign.secretary", "mp.sign.adjuster"):
        sheet.cell(row=row, column=1, value=label(role, language)).font = LABEL_FONT
        for offset, key in enumerate(("mp.sign.signature", "mp.sign.name", "mp.sign.date")):
            line = row + 1 + offset * 2
            sheet.row_dimensions[line].height = 28
            for column in (2, 3):
                sheet.cell(row=line, column=column).border = SIGN_LINE
            caption = sheet.cell(row=line + 1, column=2, value=label(key, language))
            caption.font = Font(name="Calibri", size=8, color="595959")
        row += 8
    # Keep each signature block on one page: a break before the first if it would split.
    del row


def _sheet_name(code: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "-", code)[:31] or "-"
    base, number = name, 2
    while name.lower() in taken:
        suffix = f" ({number})"
        name = base[:31 - len(suffix)] + suffix
        number += 1
    taken.add(name.lower())
    return name


def build_meeting_pack(data: MeetingPackData, language: str = "sv") -> Workbook:
    workbook = Workbook()
    agenda = workbook.active
    _agenda(agenda, data, language)
    _setup(agenda, data, language, landscape=False)
    overview = workbook.create_sheet(label("mp.sheet.overview", language))
    _overview(overview, data, language)
    _setup(overview, data, language, landscape=True, title_rows="1:1")
    taken = {name.lower() for name in workbook.sheetnames}
    for entry in data.projects:
        if entry.review is None:
            continue
        sheet = workbook.create_sheet(_sheet_name(entry.project.code, taken))
        title = sheet.title
        _summary(sheet, entry.review, language)
        sheet.title = title  # the summary names its sheet; here the project's code does
        _print_setup(sheet, entry.review, language, landscape=False)
    actions = workbook.create_sheet(label("mp.sheet.actions", language))
    _open_actions(actions, data, language)
    _setup(actions, data, language, landscape=True, title_rows="1:1")
    minutes = workbook.create_sheet(label("mp.sheet.minutes", language))
    _minutes(minutes, data, language)
    _setup(minutes, data, language, landscape=False)

    meeting = data.record.meeting
    properties = workbook.properties
    properties.title = (f"{label('mp.title', language)} {meeting.cluster_code} "
                        f"{meeting.meeting_date.isoformat()}")
    properties.subject = meeting.cluster_name[:200]
    properties.creator = f"Improve Desktop {__version__}"
    properties.lastModifiedBy = properties.creator
    properties.language = "sv-SE" if language == "sv" else "en-GB"
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    properties.created = properties.modified = now
    return workbook


def export_meeting_pack(store: object, meeting_reference: str, output: Path, *,
                        language: str = "sv", today: date | None = None) -> Path:
    """Write the meeting pack to ``output`` all at once, or leave ``output`` as it was."""
    data = collect_meeting(store, find_meeting_id(store, meeting_reference), today)
    collecting = gc.isenabled()
    gc.disable()  # as in the review pack: openpyxl's many small objects, no cycles
    try:
        workbook = build_meeting_pack(data, language)
        with atomic_writer(Path(output)) as handle:
            workbook.save(handle)
    finally:
        if collecting:
            gc.enable()
    return Path(output)
