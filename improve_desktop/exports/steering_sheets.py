"""Tables of steering decisions and actions, shared by the review pack and the meeting pack."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from openpyxl.worksheet.worksheet import Worksheet

from improve_desktop.exports.labels import label
from improve_desktop.exports.review_pack import (
    LABEL_FONT,
    ROW_BORDER,
    WRAP_TOP,
    _date_cell,
    _fit_row,
    _table_header,
)
from improve_desktop.exports.safe_cells import write_text
from improve_desktop.services.steering_schemas import DecisionRead, SteeringActionRead


def text_cell(sheet: Worksheet, row: int, column: int, value: str, language: str,
              *, bold: bool = False) -> None:
    cell = sheet.cell(row=row, column=column)
    write_text(cell, value, language)
    cell.alignment = WRAP_TOP
    cell.border = ROW_BORDER
    if bold:
        cell.font = LABEL_FONT


def date_cell(sheet: Worksheet, row: int, column: int, value: date | None,
              language: str) -> None:
    """A date as a real date in the pack's format, in a bordered table row."""
    _date_cell(sheet, row, column, value, language)
    sheet.cell(row=row, column=column).border = ROW_BORDER


def action_table(sheet: Worksheet, row: int, actions: Sequence[SteeringActionRead],
                 language: str, *, with_status: bool, text_width: float = 50) -> int:
    """A header at ``row`` and one row per action; returns the last row written.

    ``text_width`` is the width of the action column, which the row heights are fitted to.
    """
    headers = ["mp.col.reference", "mp.col.project", "mp.col.action", "mp.col.owner",
               "mp.col.due", "mp.col.status", "mp.col.overdue"]
    if not with_status:
        headers = headers[:5]
    _table_header(sheet, row, [label(key, language) for key in headers])
    first = row
    for action in actions:
        row += 1
        text_cell(sheet, row, 1, action.decision_reference, language)
        text_cell(sheet, row, 2, action.project_code or label("mp.whole_cluster", language),
                  language)
        text_cell(sheet, row, 3, action.text, language)
        text_cell(sheet, row, 4, action.owner or label("none", language), language)
        date_cell(sheet, row, 5, action.due_on, language)
        if with_status:
            text_cell(sheet, row, 6, label(f"mp.astatus.{action.status.value}", language),
                      language)
            text_cell(sheet, row, 7, label("mp.overdue" if action.overdue else "mp.not_overdue",
                                           language), language, bold=action.overdue)
        _fit_row(sheet, row, [(action.text, text_width)])
    if row == first:
        row += 1
        sheet.cell(row=row, column=1, value=label("mp.no_actions", language))
    return row


def decision_table(sheet: Worksheet, row: int, decisions: Sequence[DecisionRead],
                   language: str) -> int:
    """A header at ``row`` and one row per decision; returns the last row written."""
    headers = ["mp.col.reference", "mp.col.decision_kind", "mp.col.item",
               "mp.col.decision_text", "mp.col.status", "mp.col.owner", "mp.col.due"]
    _table_header(sheet, row, [label(key, language) for key in headers])
    first = row
    for decision in decisions:
        row += 1
        text_cell(sheet, row, 1, decision.reference, language, bold=True)
        text_cell(sheet, row, 2, label(f"mp.dkind.{decision.kind.value}", language), language)
        text_cell(sheet, row, 3, decision.title, language)
        body = decision.text
        if decision.rationale:
            body += ("\n" if body else "") + (f"{label('mp.rationale', language)}: "
                                              f"{decision.rationale}")
        text_cell(sheet, row, 4, body, language)
        text_cell(sheet, row, 5, label(f"mp.dstatus.{decision.status.value}", language),
                  language)
        text_cell(sheet, row, 6, decision.owner or label("none", language), language)
        date_cell(sheet, row, 7, decision.due_on, language)
        _fit_row(sheet, row, [(decision.title, 34), (body, 50)])
    if row == first:
        row += 1
        sheet.cell(row=row, column=1, value=label("mp.no_decisions_since", language))
    return row
