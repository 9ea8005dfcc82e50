"""Read a user's CSV, XLSX or JSON file into plain rows, with its size checked before parsing.

Nothing here knows what the rows mean; :mod:`backlog_formats` maps them. Every refusal is an
:class:`ImportRefused` with a code and the values a message needs, so that the command line
and the window can each say it in the user's language.

Limits are checked before any parser runs: the file's size, and for XLSX (a zip of XML parts)
the number of parts, their unpacked size and how much each one expands, so that a small
"zip bomb" cannot fill memory. openpyxl parses XML through defusedxml when it is installed
(it is one of our dependencies; a test checks that openpyxl sees it), which stops entity
expansion and external entities.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 20_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 40_000
MAX_XLSX_PARTS = 500
MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_XLSX_RATIO = 200  # how many times larger a part may be unpacked than packed

CSV_DELIMITERS = ",;\t"


class ImportRefused(Exception):
    """A file that cannot be read at all; nothing was stored."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True)
class SourceTable:
    """The rows of a file: a header and the data rows, with the row number a user would see."""

    kind: str  # "csv", "xlsx" or "json"
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]
    document: Any = field(default=None, compare=False)  # the parsed JSON, for JSON sources


def read_source(path: Path) -> SourceTable:
    """The table in ``path``, read by its extension (.csv, .txt, .xlsx, .json)."""
    path = Path(path)
    if not path.is_file():
        raise ImportRefused("missing", path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused("too_large", size_mb=round(size / 1024 / 1024, 1),
                            limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if size == 0:
        raise ImportRefused("empty")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path.read_bytes())
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix == ".json":
        return _read_json(path.read_bytes())
    raise ImportRefused("unknown_type", suffix=suffix or "(none)")


def _decode(data: bytes) -> str:
    # Jira, Trello and Taiga write UTF-8 (Jira with a byte-order mark); Excel's "CSV
    # (semicolon separated)" on a Swedish Windows writes Windows-1252.
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if "\ufffd" in text:
            raise ImportRefused("not_text") from None
        return text


def _read_csv(data: bytes) -> SourceTable:
    if b"\x00" in data[:4096]:
        raise ImportRefused("not_text")
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = max(CSV_DELIMITERS, key=first_line.count)
    if first_line.count(delimiter) == 0:
        delimiter = ","
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    try:
        # Rows are counted as a spreadsheet shows them: a quoted line break stays in its row.
        for number, record in enumerate(reader, start=1):
            records.append((number, record))
            if len(records) > MAX_ROWS + 1:
                raise ImportRefused("too_many_rows", limit=MAX_ROWS)
    except csv.Error as error:
        raise ImportRefused("bad_csv", line=reader.line_num, reason=str(error)) from None
    return _table("csv", records)


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ImportRefused("bad_xlsx") from None
    if len(parts) > MAX_XLSX_PARTS:
        raise ImportRefused("xlsx_expands")
    unpacked = 0
    for part in parts:
        unpacked += part.file_size
        if part.file_size > 1024 * 1024 and part.file_size > MAX_XLSX_RATIO * max(
                part.compress_size, 1):
            raise ImportRefused("xlsx_expands")
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportRefused("xlsx_expands")


def _read_xlsx(path: Path) -> SourceTable:
    _check_zip(path)
    from openpyxl import load_workbook  # a heavy import, needed only here

    from improve_desktop.exports.safe_cells import excel_unescape

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a damaged file
        raise ImportRefused("bad_xlsx") from None
    try:
        sheet = workbook.worksheets[0]
        records: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append((number, [_cell_text(value, excel_unescape) for value in values]))
            if len(records) > MAX_ROWS + 1:
                raise ImportRefused("too_many_rows", limit=MAX_ROWS)
    finally:
        workbook.close()
    return _table("xlsx", records)


def _cell_text(value: object, excel_unescape: Callable[[str], str]) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if isinstance(value, str):
        # Excel writes a literal "_x0041_" as "_x005F_x0041_"; openpyxl leaves that as it is.
        return excel_unescape(value)
    return str(value)


def _read_json(data: bytes) -> SourceTable:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        line = getattr(error, "lineno", None)
        raise ImportRefused("bad_json", line=line or 1) from None
    return SourceTable("json", (), (), (), document)


def _table(kind: str, records: list[tuple[int, list[str]]]) -> SourceTable:
    # Skip blank lines before the header and blank rows anywhere.
    records = [(number, row) for number, row in records if any(cell.strip() for cell in row)]
    if not records:
        raise ImportRefused("empty")
    header = records[0][1]
    if len(header) > MAX_COLUMNS:
        raise ImportRefused("too_many_columns", limit=MAX_COLUMNS)
    headers = tuple(cell.strip() for cell in header)
    width = len(headers)
    rows: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for number, row in records[1:]:
        for cell in row:
            if len(cell) > MAX_CELL_CHARS:
                raise ImportRefused("cell_too_long", row=number, limit=MAX_CELL_CHARS)
        padded = (list(row) + [""] * width)[:max(width, len(row))]
        rows.append(tuple(padded))
        numbers.append(number)
    return SourceTable(kind, headers, tuple(rows), tuple(numbers))
