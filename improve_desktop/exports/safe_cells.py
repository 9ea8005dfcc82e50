"""Writing user text into worksheet cells so that it is only ever text.

Whatever a user typed (a backlog title, a goal, minutes) goes into a workbook through
:func:`write_text`. The rules, checked against openpyxl 3.1 and covered by property tests in
``tests/exports/test_safe_cells.py``:

1. **Never a formula.** openpyxl turns any ``str`` starting with ``=`` into a formula cell
   (``data_type == "f"``). :func:`write_text` sets the cell's ``data_type`` back to ``"s"``, so
   the text is saved as an inline string (``<is><t>…</t></is>``) and no ``<f>`` element is ever
   written. Text that a spreadsheet would read as a formula or command when edited or pasted
   (leading ``=``, ``+``, ``-``, ``@``, tab, CR, LF, and their full-width forms ``＝＋－＠``)
   also gets the ``quotePrefix`` style, the same as typing ``'`` before it in Excel: it shows
   exactly as typed and stays text when the cell is edited.
2. **Characters XML cannot hold are replaced, the rest is kept.** C0 control characters other
   than tab and line feed, lone surrogates and U+FFFE/U+FFFF cannot appear in the sheet's XML
   (openpyxl refuses the first and writes the others into a file nobody can open); each becomes
   U+FFFD (�). Carriage returns become line feeds (``\\r\\n`` → ``\\n``): XML parsers turn a raw
   CR into LF anyway, and a line feed is what a cell uses for a line break.
3. **Excel's escapes stay literal.** Excel reads ``_xHHHH_`` in cell text as the character
   U+HHHH; the underscore of such a sequence is written as ``_x005F_`` so that Excel shows
   ``_x0041_`` and not ``A``. :func:`excel_unescape` is what Excel does when reading, for tests.
4. **Too long is cut visibly.** A cell holds at most 32,767 characters (UTF-16 units). Longer
   text is cut and ends with a note saying how many characters were left out
   (``TRUNCATION_NOTE``, in the pack's language); a surrogate pair is never split.
5. Empty text leaves the cell empty.

:func:`clean_text` applies rules 2–4 and returns the string that is stored.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell

CELL_LIMIT = 32_767  # Excel's limit, in UTF-16 code units

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")

TRUNCATION_NOTE = {
    "en": " … [truncated: {count} characters left out]",
    "sv": " … [avkortad: {count} tecken utelämnade]",
}

REPLACEMENT = "\ufffd"

# Not allowed in XML 1.0 (tab U+0009 and line feed U+000A are; CR is handled separately).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile("_(x[0-9A-Fa-f]{4}_)")
# Anything rules 2 and 3 would change: a character XML forbids, a CR, or an Excel escape.
_NEEDS_CARE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")
_EXCEL_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def replace_forbidden(text: str) -> str:
    """Rule 2: CR (and CRLF) to LF, XML-forbidden characters to U+FFFD."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub(REPLACEMENT, text)


def truncate(text: str, language: str = "en") -> str:
    """Rule 4: ``text`` unchanged when it fits a cell, else cut with a visible note."""
    if len(text) <= CELL_LIMIT // 2 or _utf16_length(text) <= CELL_LIMIT:
        return text
    template = TRUNCATION_NOTE.get(language, TRUNCATION_NOTE["en"])
    # Leave room for the longest note this text can need (the count is at most len(text)).
    budget = CELL_LIMIT - _utf16_length(template.format(count=len(text)))
    keep = used = 0
    for ch in text:
        width = 2 if ord(ch) > 0xFFFF else 1
        if used + width > budget:
            break
        keep += 1
        used += width
    return text[:keep] + template.format(count=len(text) - keep)


def excel_escape(text: str) -> str:
    """Rule 3: protect literal ``_xHHHH_`` from Excel's unescaping."""
    return _EXCEL_ESCAPE.sub(r"_x005F_\1", text)


def excel_unescape(text: str) -> str:
    """What Excel (and LibreOffice) show for stored text: ``_xHHHH_`` read as U+HHHH."""
    return _EXCEL_ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text)


def clean_text(text: str, language: str = "en") -> str:
    """The text as shown in the cell (rules 2 and 4), before Excel's escaping (rule 3)."""
    return truncate(replace_forbidden(text), language)


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def write_text(cell: Cell, text: str | None, language: str = "en") -> Cell:
    """Put user ``text`` into ``cell`` as plain text (see the module's rules)."""
    if not text:
        cell.value = None
        return cell
    if len(text) <= CELL_LIMIT // 2 and not _NEEDS_CARE.search(text):
        shown = escaped = text  # the common case: nothing to replace, escape or cut
    else:
        shown = clean_text(text, language)
        escaped = excel_escape(shown)
    # Stored directly as a string cell: the text is already clean (rule 2), so openpyxl's
    # own check of every value (type tests, a search for illegal characters) is not needed,
    # and a leading "=" never makes it a formula cell ("f").
    cell._value = escaped
    cell.data_type = "s"
    if is_formula_like(shown):
        cell.quotePrefix = True
    return cell


def write_value(cell: Cell, value: Any, language: str = "en") -> Cell:
    """Numbers, dates and booleans as themselves; any string through :func:`write_text`."""
    if isinstance(value, str):
        return write_text(cell, value, language)
    cell.value = value
    return cell
