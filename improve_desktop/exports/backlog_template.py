"""The backlog import template: a workbook users fill in, optionally holding a project's items.

The first sheet is what ``import backlog`` reads (one row per item, headings in the chosen
language; both languages' headings are accepted back). The second sheet explains the columns
and lists the method codes. Written with a project, the template holds that project's backlog,
so that "export, edit in Excel, import into another project" works and is tested as a round
trip. User text goes through :func:`~improve_desktop.exports.safe_cells.write_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.exports.labels import label
from improve_desktop.exports.safe_cells import write_text
from improve_desktop.fileio import atomic_writer
from improve_desktop.services.planning_schemas import BacklogItemRead
from improve_desktop.services.schemas import MethodRead

COLUMNS = (
    ("template.title", 48), ("template.description", 48), ("template.acceptance", 36),
    ("template.kind", 14), ("template.status", 14), ("template.estimate", 12),
    ("template.iteration", 11), ("template.methods", 18),
)


def build_template(language: str, methods: Sequence[MethodRead],
                   items: Sequence[BacklogItemRead] = ()) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = label("template.sheet", language)
    bold = Font(bold=True)
    for column, (key, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=column, value=label(key, language))
        cell.font = bold
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"
    kinds = [label(f"kind.{kind.value}", language) for kind in ItemKind]
    statuses = [label(f"item.{status.value}", language) for status in ItemStatus]
    for letter, choices in (("D", kinds), ("E", statuses)):
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                                    allow_blank=True)
        validation.add(f"{letter}2:{letter}5000")
        sheet.add_data_validation(validation)
    codes = {method.id: method.code for method in methods}
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, item in enumerate(items, start=2):
        write_text(sheet.cell(row=row, column=1), item.title)
        write_text(sheet.cell(row=row, column=2), item.description)
        write_text(sheet.cell(row=row, column=3), item.acceptance_criteria)
        sheet.cell(row=row, column=4, value=label(f"kind.{item.kind.value}", language))
        sheet.cell(row=row, column=5, value=label(f"item.{item.status.value}", language))
        sheet.cell(row=row, column=6, value=item.estimate_points)
        sheet.cell(row=row, column=7, value=item.iteration_number)
        write_text(sheet.cell(row=row, column=8),
                   "; ".join(codes[m] for m in item.method_ids if m in codes))
        for column in (1, 2, 3):
            sheet.cell(row=row, column=column).alignment = wrap
    sheet.auto_filter.ref = f"A1:H{max(2, len(items) + 1)}"

    help_sheet = workbook.create_sheet(label("template.help_sheet", language))
    help_sheet.column_dimensions["A"].width = 16
    help_sheet.column_dimensions["B"].width = 70
    help_sheet.merge_cells("A1:B1")
    help_sheet["A1"] = label("template.help", language)
    help_sheet["A1"].alignment = wrap
    help_sheet.row_dimensions[1].height = 150
    help_sheet["A3"] = label("template.methods_heading", language)
    help_sheet["A3"].font = bold
    help_sheet["A4"], help_sheet["B4"] = (label("template.code", language),
                                          label("template.name", language))
    help_sheet["A4"].font = help_sheet["B4"].font = bold
    for row, method in enumerate(methods, start=5):
        write_text(help_sheet.cell(row=row, column=1), method.code)
        write_text(help_sheet.cell(row=row, column=2),
                   method.name_sv if language == "sv" else method.name_en)
    workbook.properties.title = label("template.sheet", language)
    workbook.properties.creator = "Improve Desktop"
    return workbook


def write_template(path: Path, language: str, methods: Sequence[MethodRead],
                   items: Sequence[BacklogItemRead] = ()) -> Path:
    workbook = build_template(language, methods, items)
    with atomic_writer(Path(path)) as handle:
        workbook.save(handle)
    return Path(path)
