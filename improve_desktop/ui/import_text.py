"""Import problems and refusals in the user's language (the command line's English words
are in :mod:`improve_desktop.imports.problem_text`; a test checks both know every code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from improve_desktop.imports.backlog_formats import ImportProblem
from improve_desktop.imports.tables import ImportRefused

translate = QCoreApplication.translate


def _refusals() -> dict[str, str]:
    return {
        "missing": translate("ImportText", "There is no file {path}."),
        "too_large": translate("ImportText",
                               "The file is {size_mb} MB; the limit is {limit_mb} MB."),
        "empty": translate("ImportText", "The file is empty."),
        "unknown_type": translate("ImportText",
                          "Files ending in {suffix} cannot be imported. Use .csv, .xlsx or .json."),
        "not_text": translate("ImportText", "The file is not text in UTF-8 or Windows-1252."),
        "too_many_rows": translate("ImportText", "The file has more than {limit} rows."),
        "too_many_columns": translate("ImportText", "The file has more than {limit} columns."),
        "cell_too_long": translate("ImportText",
                           "Row {row} holds a cell longer than {limit} characters."),
        "bad_csv": translate("ImportText", "The file is not valid CSV (line {line}: {reason})."),
        "bad_xlsx": translate("ImportText", "The file is not a readable Excel workbook (.xlsx)."),
        "xlsx_expands": translate("ImportText",
                          "The workbook unpacks to far more than its size, so it was not opened."),
        "bad_json": translate("ImportText", "The file is not valid JSON (line {line})."),
        "unknown_json": translate("ImportText", "The JSON file is not a Trello board export."),
        "unknown_format": translate("ImportText",
                            "The columns ({columns}) are not those of our template or of a "
                            "Jira, Trello or Taiga export."),
        "no_title_column": translate("ImportText", "The file has no column for the items' titles."),
    }


def _problems() -> dict[str, str]:
    return {
        "title_missing": translate("ImportText", "The title is empty."),
        "too_long": translate("ImportText",
                              "The text is {length} characters long; at most {limit} fit."),
        "bad_estimate": translate("ImportText", "The estimate “{value}” is not a number."),
        "estimate_range": translate("ImportText",
                                    "The estimate “{value}” is outside 0–1000 points."),
        "estimate_rounded": translate("ImportText",
                              "The estimate {value} was rounded up to {rounded} points."),
        "status_guessed": translate("ImportText",
                            "The status “{value}” is not known; the item is read as To do."),
        "kind_guessed": translate("ImportText",
                          "The type “{value}” is not known; the item is read as a story."),
        "sprint_unmatched": translate("ImportText",
                              "No iteration matches “{value}”; the item goes to the backlog."),
        "iteration_closed": translate("ImportText",
                              "Iteration {number} is closed; the unfinished item goes to the "
                              "backlog."),
        "label_unmatched": translate("ImportText",
                             "The label “{value}” matches no method and is left out "
                             "(items with it: {count})."),
        "bad_card": translate("ImportText", "The card is not in Trello's format."),
    }


def known_codes() -> tuple[frozenset[str], frozenset[str]]:
    """The refusal and problem codes this module has words for (for a test)."""
    return frozenset(_refusals()), frozenset(_problems())


def refusal_message(refusal: ImportRefused) -> str:
    return _refusals().get(refusal.code, refusal.code).format(**refusal.params)


def problem_message(problem: ImportProblem) -> str:
    return _problems().get(problem.code, problem.code).format(**problem.params)


def problem_place(problem: ImportProblem) -> str:
    if problem.row is None:
        return translate("ImportText", "Whole file")
    return translate("ImportText", "Row {row}, {column}").format(
        row=problem.row, column=problem.column)
