"""Import problems and refusals in plain English, for the command line and the log.

The window says the same in the user's language (``ui/import_text.py``); a test checks that
both know every code.
"""

from __future__ import annotations

from improve_desktop.imports.backlog_formats import ImportProblem
from improve_desktop.imports.tables import ImportRefused

REFUSALS = {
    "missing": "there is no file {path}",
    "too_large": "the file is {size_mb} MB; the limit is {limit_mb} MB",
    "empty": "the file is empty",
    "unknown_type": "files ending in {suffix} cannot be imported; use .csv, .xlsx or .json",
    "not_text": "the file is not text in UTF-8 or Windows-1252",
    "too_many_rows": "the file has more than {limit} rows",
    "too_many_columns": "the file has more than {limit} columns",
    "cell_too_long": "row {row} holds a cell longer than {limit} characters",
    "bad_csv": "the file is not valid CSV (line {line}: {reason})",
    "bad_xlsx": "the file is not a readable Excel workbook (.xlsx)",
    "xlsx_expands": "the workbook unpacks to far more than its size; it was not opened",
    "bad_json": "the file is not valid JSON (line {line})",
    "unknown_json": "the JSON file is not a Trello board export",
    "unknown_format": "the columns ({columns}) are not those of our template or of a Jira, "
                      "Trello or Taiga export",
    "no_title_column": "the file has no column for the items' titles",
}

PROBLEMS = {
    "title_missing": "the title is empty",
    "too_long": "the text is {length} characters long; at most {limit} fit",
    "bad_estimate": "the estimate \u201c{value}\u201d is not a number",
    "estimate_range": "the estimate \u201c{value}\u201d is outside 0\u20131000 points",
    "estimate_rounded": "the estimate {value} was rounded up to {rounded} points",
    "status_guessed": "the status \u201c{value}\u201d is not known; the item is read as To do",
    "kind_guessed": "the type \u201c{value}\u201d is not known; the item is read as a story",
    "sprint_unmatched": "no iteration matches \u201c{value}\u201d; the item goes to the backlog",
    "iteration_closed": "iteration {number} is closed; the unfinished item goes to the backlog",
    "label_unmatched": "the label \u201c{value}\u201d matches no method and is left out "
                       "(items with it: {count})",
    "bad_card": "the card is not in Trello's format",
}


def refusal_text(refusal: ImportRefused) -> str:
    return REFUSALS.get(refusal.code, refusal.code).format(**refusal.params)


def problem_text(problem: ImportProblem) -> str:
    message = PROBLEMS.get(problem.code, problem.code).format(**problem.params)
    if problem.row is None:
        return message
    return f"row {problem.row}, {problem.column}: {message}"
