"""Importing aggregated participant figures (a SUS export or the like) from CSV or XLSX.

The steps, each its own call so that the import dialog can show them:

1. :func:`read_table` reads the file whole (CSV: UTF-8 or Windows-1252, ``;``, ``,`` or tab;
   XLSX: the first sheet, read-only) and *refuses it* with :class:`IdentityNumberFound`,
   naming the column and row, if any cell (headings included) holds a Swedish personal
   identity number or samordningsnummer (``domain/personal_numbers.py``). Nothing is stored.
2. :func:`guess_mapping` proposes which column holds which field; a mapping remembered for
   the source (``ParticipantService.mapping_for``) is preferred when its columns are all there.
3. :func:`preview` is the dry run: every row converted and validated (Pydantic), with one
   problem per row and field that is wrong.
4. :func:`commit` stores all rows in one transaction, or none when any row has a problem, and
   remembers the mapping for the source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from pydantic import ValidationError

from improve_desktop.domain.personal_numbers import contains_identity_number
from improve_desktop.domain.results import Gender
from improve_desktop.services.errors import FieldError, Refused, ValidationFailed, field_errors_from
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.results_schemas import FigureReplacement, ParticipantRow

COUNT_FIELDS = ("started", "ended", "exit_work", "exit_studies", "exit_job_seeking",
                "exit_other", "exit_not_known")
# Every field a column can be mapped to: one "period" column, or a start and an end column.
FIELDS = ("period", "period_start", "period_end", "gender", "age_band", *COUNT_FIELDS)

# Headings (casefolded, without spaces, hyphens or underscores) that usually mean a field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "period": ("period", "kvartal", "quarter", "månad", "month", "tidsperiod"),
    "period_start": ("periodstart", "startdatum", "från", "from", "periodfrom", "fromdate"),
    "period_end": ("periodslut", "periodend", "slutdatum", "till", "to", "periodtom", "todate"),
    "gender": ("kön", "gender", "sex", "kon"),
    "age_band": ("ålder", "åldersgrupp", "åldersintervall", "age", "ageband", "agegroup"),
    "started": ("påbörjade", "antalpåbörjade", "startade", "started", "inskrivna", "nya"),
    "ended": ("avslutade", "antalavslutade", "ended", "utskrivna"),
    "exit_work": ("arbete", "iarbete", "work", "employment", "avslutadtillarbete"),
    "exit_studies": ("studier", "istudier", "studies", "education", "avslutadtillstudier"),
    "exit_job_seeking": ("arbetssökande", "jobbsökande", "jobseeking", "arbetssokande"),
    "exit_other": ("annat", "övrigt", "other", "annansysselsättning"),
    "exit_not_known": ("okänt", "uppgiftsaknas", "notknown", "unknown", "vetej"),
}

_GENDERS = {
    "kvinna": Gender.WOMAN, "kvinnor": Gender.WOMAN, "k": Gender.WOMAN, "woman": Gender.WOMAN,
    "women": Gender.WOMAN, "female": Gender.WOMAN, "f": Gender.WOMAN,
    "man": Gender.MAN, "män": Gender.MAN, "m": Gender.MAN, "men": Gender.MAN,
    "male": Gender.MAN,
    "annat": Gender.OTHER, "other": Gender.OTHER, "uppgift saknas": Gender.OTHER,
    "okänt": Gender.OTHER, "unknown": Gender.OTHER, "ej angivet": Gender.OTHER,
}

_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*(?:q|k|kv|kvartal)\s*([1-4])$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


class IdentityNumberFound(Refused):
    """The file holds a personal identity number; it is refused and nothing is stored."""

    def __init__(self, column: str, row: int) -> None:
        super().__init__(
            "identity_number",
            f"the file holds a personal identity number in column {column!r}, row {row}; "
            "only aggregated figures may be imported, so nothing was stored")
        self.column = column
        self.row = row


@dataclass(frozen=True)
class RawTable:
    """A file's headings and rows as read, before any mapping."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    first_data_row: int = 2  # the file's row number of rows[0] (1-based, headings above it)


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[ParticipantRow, ...]
    problems: tuple[FieldError, ...] = field(default_factory=tuple)  # field "row N: field"

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.problems

    @property
    def periods(self) -> int:
        return len({(row.period_start, row.period_end) for row in self.rows})

    @property
    def started(self) -> int:
        return sum(row.started for row in self.rows)

    @property
    def ended(self) -> int:
        return sum(row.ended for row in self.rows)


# -- 1. reading -------------------------------------------------------------------------------


def read_table(path: Path) -> RawTable:
    """The file's headings and rows; refused when it holds a personal identity number.

    Read by :func:`improve_desktop.imports.tables.read_source`, as backlog files are: the same
    size, row and workbook-expansion limits are checked before parsing.
    """
    from improve_desktop.imports.problem_text import refusal_text
    from improve_desktop.imports.tables import ImportRefused, read_source

    path = Path(path)
    try:
        source = read_source(path)
    except ImportRefused as refusal:
        raise Refused(refusal.code, f"{path.name}: {refusal_text(refusal)}") from None
    if source.kind == "json":
        raise Refused("unknown_type", f"{path.name}: participant figures come as CSV or XLSX")
    width = len(source.headers)
    table = RawTable(source.headers,
                     tuple(tuple(row[:width]) + ("",) * (width - len(row)) for row in source.rows))
    _refuse_identity_numbers(table)
    return table


def _column_name(table: RawTable, index: int) -> str:
    from openpyxl.utils import get_column_letter

    heading = table.headers[index] if index < len(table.headers) else ""
    letter = get_column_letter(index + 1)
    return f"{heading} ({letter})" if heading else letter


def _refuse_identity_numbers(table: RawTable) -> None:
    for index, heading in enumerate(table.headers):
        if contains_identity_number(heading):
            raise IdentityNumberFound(_column_name(table, index), 1)
    for number, row in enumerate(table.rows, start=table.first_data_row):
        for index, cell in enumerate(row):
            if contains_identity_number(cell):
                raise IdentityNumberFound(_column_name(table, index), number)


# -- 2. mapping -------------------------------------------------------------------------------


def _normal(heading: str) -> str:
    return re.sub(r"[\s_\-–.]+", "", heading.casefold())


def guess_mapping(headers: Iterable[str],
                  remembered: Mapping[str, Mapping[str, str]] | None = None) -> dict[str, str]:
    """Field → heading: a remembered mapping whose headings are all present, else by name."""
    headers = list(headers)
    for columns in (remembered or {}).values():
        if columns and all(heading in headers for heading in columns.values()):
            return dict(columns)
    mapping: dict[str, str] = {}
    for field_name, words in _SYNONYMS.items():
        for heading in headers:
            if _normal(heading) in words and heading not in mapping.values():
                mapping[field_name] = heading
                break
    return mapping


def mapping_problems(mapping: Mapping[str, str], headers: Iterable[str]) -> list[FieldError]:
    """What a mapping lacks: gender, age band, a period (one column or start and end)."""
    present = set(headers)
    problems = [FieldError(name, "unknown_column", f"no column {heading!r} in the file")
                for name, heading in mapping.items() if heading and heading not in present]
    for name in ("gender", "age_band"):
        if not mapping.get(name):
            problems.append(FieldError(name, "required", "choose the column"))
    if not mapping.get("period") and not (mapping.get("period_start") and mapping.get("period_end")):
        problems.append(FieldError("period", "required",
                                   "choose a period column, or a start and an end column"))
    if not any(mapping.get(name) for name in COUNT_FIELDS):
        problems.append(FieldError("started", "required", "choose at least one count column"))
    return problems


# -- 3. the dry run -----------------------------------------------------------------------------


def preview(table: RawTable, mapping: Mapping[str, str]) -> ImportPreview:
    """Every row converted and validated; nothing is written."""
    problems = mapping_problems(mapping, table.headers)
    if problems:
        return ImportPreview((), tuple(problems))
    position = {name: table.headers.index(heading) for name, heading in mapping.items() if heading}
    rows: list[ParticipantRow] = []
    found: list[FieldError] = []
    seen: dict[tuple[date, str, str], int] = {}
    for number, raw in enumerate(table.rows, start=table.first_data_row):
        values, errors = _convert(raw, position)
        if not errors:
            try:
                row = ParticipantRow.model_validate(values)
            except ValidationError as error:
                errors = field_errors_from(error)
            else:
                key = (row.period_start, row.gender.value, row.age_band)
                if key in seen:
                    errors = [FieldError("gender", "duplicate",
                                         f"the same period, gender and age band as row {seen[key]}")]
                elif sum(getattr(row, name) for name in COUNT_FIELDS[2:]) > row.ended:
                    errors = [FieldError("exit_work", "exits_exceed_ended",
                                         "more exits by status than participants ended")]
                else:
                    seen[key] = number
                    rows.append(row)
        found.extend(FieldError(f"row {number}: {e.field}", e.code, e.message, {"row": number})
                     for e in errors)
    if not table.rows:
        found.append(FieldError("", "empty", "the file has headings but no rows"))
    return ImportPreview(tuple(rows), tuple(found))


def _convert(raw: tuple[object, ...], position: Mapping[str, int]
             ) -> tuple[dict[str, object], list[FieldError]]:
    values: dict[str, object] = {}
    errors: list[FieldError] = []

    def cell(name: str) -> object:
        return raw[position[name]] if name in position else None

    try:
        if "period" in position and cell("period") not in (None, ""):
            values["period_start"], values["period_end"] = parse_period(cell("period"))
        else:
            values["period_start"] = _date(cell("period_start"))
            values["period_end"] = _date(cell("period_end"))
    except ValueError as error:
        errors.append(FieldError("period", "period", str(error)))
    gender = _GENDERS.get(str(cell("gender") or "").strip().casefold())
    if gender is None:
        errors.append(FieldError("gender", "gender", f"{cell('gender')!s} is not a known gender"))
    else:
        values["gender"] = gender
    values["age_band"] = normal_age_band(cell("age_band"))
    for name in COUNT_FIELDS:
        if name in position:
            try:
                values[name] = _count(cell(name))
            except ValueError as error:
                errors.append(FieldError(name, "count", str(error)))
    return values, errors


def parse_period(value: object) -> tuple[date, date]:
    """A period cell: "2026-Q1", "2026 K1", "2026-03" (a month) or a date (that month)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _month(value.year, value.month)
    text = str(value).strip()
    if match := _QUARTER.match(text):
        year, quarter = int(match[1]), int(match[2])
        start = date(year, 3 * quarter - 2, 1)
        return start, _month(year, 3 * quarter)[1]
    if match := _MONTH.match(text):
        return _month(int(match[1]), int(match[2]))
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a period (2026-Q1, 2026-03 or a date)") from None
    return _month(day.year, day.month)


def _month(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} does not exist")
    start = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return start, following - timedelta(days=1)


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"{value!s} is not a date (yyyy-mm-dd)") from None


def normal_age_band(value: object) -> str:
    """ "16–24 år" → "16-24"; bands the export spells its own way are kept as written."""
    text = re.sub(r"\s*(år|years?)$", "", str(value or "").strip(), flags=re.IGNORECASE)
    text = text.replace("–", "-").replace("—", "-").replace(" ", "")
    return text


def _count(value: object) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError("is not a count")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text.startswith("<"):
        raise ValueError(f"{value!s} is a suppressed figure; the exact count is needed")
    if not text.isdigit():
        raise ValueError(f"{value!s} is not a whole number")
    return int(text)


# -- 4. commit ----------------------------------------------------------------------------------


def commit(service: ParticipantService, project_id: str, table: RawTable,
           mapping: Mapping[str, str], source: str) -> Outcome[FigureReplacement]:
    """Store every row in one transaction, or nothing when any row has a problem. The value
    says what was replaced (``ParticipantService.restore_figures`` puts it back)."""
    _refuse_identity_numbers(table)  # the table may not have come through read_table
    result = preview(table, mapping)
    if not result.ok:
        raise ValidationFailed(result.problems or (FieldError("", "empty", "no rows"),))
    outcome = service.replace_figures(project_id, result.rows, source=source)
    service.remember_mapping(source, {k: v for k, v in mapping.items() if v})
    return outcome
