"""Secondary suppression in the exported workbooks, re-opened with openpyxl: no hidden count of
a breakdown can be worked out from the shown total and the shown cells, and every hidden count
is text ("<5" or "x"), never a number or a formula."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop.domain.participant_cells import GENDERS
from improve_desktop.domain.results import EXIT_STATUSES
from improve_desktop.exports.method_results import export_method_results
from improve_desktop.exports.results_sheets import participants_and_budget_sheet
from improve_desktop.exports.review_pack import export_review_pack
from improve_desktop.services.results_schemas import ParticipantPeriod
from tests.conftest import DEMO_TODAY
from tests.domain.test_suppression import _possible_values


def _period(started: int, ended: int, exits: dict[str, int],
            by_gender: dict[str, int] | None = None) -> ParticipantPeriod:
    return ParticipantPeriod(
        period_start=date(2026, 1, 1), period_end=date(2026, 3, 31), started=started,
        ended=ended, exits=exits, started_by_gender=by_gender or {"woman": started},
        ended_by_gender={}, started_by_age={"30-49": started}, ended_by_age={})


def assert_not_recoverable(cells: Sequence[object], counts: Sequence[int], total: object,
                           threshold: int = 5) -> None:
    """``cells`` as re-opened, ``counts`` the figures behind them, ``total`` the total's cell."""
    hidden = frozenset(i for i, cell in enumerate(cells) if not isinstance(cell, int))
    for i, cell in enumerate(cells):
        if i in hidden:
            assert cell in (f"<{threshold}", "x")
        else:
            assert cell == counts[i] >= threshold
    if not isinstance(total, int) or len(hidden) == len(counts):
        return  # a hidden total; or every cell hidden (the documented limit)
    assert len(hidden) != 1  # a single hidden cell would be the total less the shown cells
    for cell, values in _possible_values(counts, hidden, threshold).items():
        assert len(values) >= 2, (counts, cell, values)


def _no_formulas(book: Workbook) -> None:
    assert all(cell.data_type != "f" for sheet in book.worksheets
               for row in sheet.iter_rows() for cell in row)


def test_review_pack_sheet_hides_a_second_exit(tmp_path: Path) -> None:
    periods = [_period(30, 24, {"work": 6, "studies": 5, "job_seeking": 5, "other": 5,
                                "not_known": 3}),  # 3 alone would be 24 - 21
               _period(20, 12, {"work": 6, "studies": 6}),  # three zeros alone: 12 - 12
               _period(20, 4, {"work": 4})]  # the total is hidden itself
    book = Workbook()
    participants_and_budget_sheet(book.active, periods, None, "sv")
    book.save(tmp_path / "pb.xlsx")
    reopened = load_workbook(tmp_path / "pb.xlsx")
    sheet = reopened.active
    rows = [[sheet.cell(row=5 + i, column=c).value for c in range(3, 10)] for i in range(3)]
    # The smallest others: an "x" beside a shown 5 would be 5 (the smallest go first), so the
    # ties go too.
    assert rows[0] == [30, 24, 6, "x", "x", "x", "<5"]
    assert rows[1] == [20, 12, "x", 6, "<5", "<5", "<5"]
    assert rows[2] == [20, "<5", "<5", "<5", "<5", "<5", "<5"]
    for row, period in zip(rows, periods, strict=True):
        assert_not_recoverable(row[2:], [period.exits.get(s, 0) for s in EXIT_STATUSES], row[1])
    note = sheet.cell(row=2, column=1).value
    assert "<5" in note and "x = dolt för att ett litet antal" in note
    _no_formulas(reopened)


def _participant_rows(sheet: Worksheet, first: int, count: int) -> list[list[object]]:
    return [[cell.value for cell in row]
            for row in sheet.iter_rows(min_row=first, max_row=first + count - 1)]


def test_exported_review_packs_have_no_recoverable_cell(demo_store: object,
                                                        tmp_path: Path) -> None:
    from improve_desktop.services.participants import ParticipantService
    from improve_desktop.services.projects import ProjectService

    # The demo's exits happen to need no "x" (test_review_pack_sheet_hides_a_second_exit does).
    checked = 0
    for project in ProjectService(demo_store).list_projects():
        periods = ParticipantService(demo_store).periods(project.id)
        output = export_review_pack(demo_store, project.code, 5,
                                    tmp_path / f"{project.code}.xlsx", language="en",
                                    today=DEMO_TODAY, threshold=5)
        book = load_workbook(output)
        _no_formulas(book)
        sheet = book["Participants and budget"]
        for row, period in zip(_participant_rows(sheet, 5, len(periods)), periods, strict=True):
            assert_not_recoverable(row[4:9], [period.exits.get(s, 0) for s in EXIT_STATUSES],
                                   row[3])
            checked += 1
    assert checked >= 5


def test_method_result_export_has_no_recoverable_cell(demo_store: object,
                                                      tmp_path: Path) -> None:
    from improve_desktop.services.participants import ParticipantService

    participants = ParticipantService(demo_store).periods_by_project()
    output = export_method_results(tmp_path / "methods.xlsx", [], participants, "sv")
    book = load_workbook(output)
    _no_formulas(book)
    sheet = book["Deltagare"]
    assert "x = dolt för att" in sheet.cell(row=1, column=1).value
    # This workbook writes every count as text ("12"); read the digits back as numbers.
    rows = [[int(v) if isinstance(v, str) and v.isdigit() else v for v in row]
            for row in _participant_rows(sheet, 3, len(participants))]
    marks = 0
    for row, (code, period) in zip(rows, participants, strict=True):
        assert row[0] == code
        started, ended, genders, exits = row[3], row[4], row[5:8], row[8:13]
        assert_not_recoverable(genders, [period.started_by_gender.get(g, 0) for g in GENDERS],
                               started)
        assert_not_recoverable(exits, [period.exits.get(s, 0) for s in EXIT_STATUSES], ended)
        marks += (*genders, *exits).count("x")
    assert marks
