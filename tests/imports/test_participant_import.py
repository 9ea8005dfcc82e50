"""Participant import: mapping, dry run, all-or-nothing commit, and refusal of files that hold
personal identity numbers (naming column and row, storing nothing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from improve_desktop.imports.participants import (
    IdentityNumberFound,
    commit,
    guess_mapping,
    parse_period,
    preview,
    read_table,
)
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.projects import ProjectService
from improve_desktop.store.engine import Store

HEADINGS = ["Kvartal", "Kön", "Åldersgrupp", "Påbörjade", "Avslutade", "Arbete", "Studier",
            "Arbetssökande", "Annat", "Okänt"]
ROWS = [
    ["2026-Q1", "Kvinna", "16–24 år", 7, 3, 1, 1, 1, 0, 0],
    ["2026-Q1", "Man", "16-24", 5, 2, 1, 0, 0, 0, 1],
    ["2026 K2", "Kvinna", "25-29", 3, 1, 0, 1, 0, 0, 0],
]


@pytest.fixture
def project_id(store: Store) -> str:
    from improve_desktop.services.organisations import OrganisationService

    owner = OrganisationService(store).create_organisation({"name": "Förbundet"}).value.id
    return ProjectService(store).create_project({
        "code": "SKE-VV", "name": "Vägen vidare", "owner_organisation_id": owner,
        "start_date": date(2026, 1, 5), "end_date": date(2028, 12, 31)}).value.id


def write_csv(path: Path, rows: list[list[Any]], headings: list[str] = HEADINGS,
              delimiter: str = ";", encoding: str = "utf-8-sig") -> Path:
    text = "\n".join(delimiter.join(str(c) for c in row) for row in [headings, *rows])
    path.write_text(text + "\n", encoding=encoding)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv-semicolon", "csv-comma-cp1252", "xlsx"])
def test_mapping_preview_and_commit(store: Store, project_id: str, tmp_path: Path,
                                    kind: str) -> None:
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "sus.xlsx", ROWS)
    elif kind == "csv-semicolon":
        path = write_csv(tmp_path / "sus.csv", ROWS)
    else:
        path = write_csv(tmp_path / "sus.csv", ROWS, delimiter=",", encoding="cp1252")
    table = read_table(path)
    assert table.headers[1] == "Kön"
    mapping = guess_mapping(table.headers)
    assert mapping == {"period": "Kvartal", "gender": "Kön", "age_band": "Åldersgrupp",
                       "started": "Påbörjade", "ended": "Avslutade", "exit_work": "Arbete",
                       "exit_studies": "Studier", "exit_job_seeking": "Arbetssökande",
                       "exit_other": "Annat", "exit_not_known": "Okänt"}
    result = preview(table, mapping)
    assert result.ok, result.problems
    assert (result.periods, result.started, result.ended) == (2, 15, 6)
    assert result.rows[0].age_band == "16-24"
    service = ParticipantService(store)
    assert service.figures(project_id) == []  # the dry run stored nothing
    assert commit(service, project_id, table, mapping, "SUS").value.count == 3
    periods = service.periods(project_id)
    assert [(p.period_start, p.period_end) for p in periods] == [
        (date(2026, 1, 1), date(2026, 3, 31)), (date(2026, 4, 1), date(2026, 6, 30))]
    assert periods[0].started == 12
    # The mapping is remembered for the source and found again for a file with those columns.
    assert service.mapping_for("SUS") == mapping
    renamed = ["Period", *HEADINGS[1:]]
    assert guess_mapping(renamed, service.mappings())["gender"] == "Kön"


def test_a_bad_row_stores_nothing(store: Store, project_id: str, tmp_path: Path) -> None:
    rows = [*ROWS, ["2026-Q3", "Okänd varelse", "30-49", "<5", 1, 2, 0, 0, 0, 0]]
    table = read_table(write_csv(tmp_path / "bad.csv", rows))
    mapping = guess_mapping(table.headers)
    result = preview(table, mapping)
    assert not result.ok
    problems = {(p.field, p.code) for p in result.problems}
    assert ("row 5: gender", "gender") in problems
    assert ("row 5: started", "count") in problems
    with pytest.raises(ValidationFailed):
        commit(ParticipantService(store), project_id, table, mapping, "SUS")
    assert ParticipantService(store).figures(project_id) == []
    assert ParticipantService(store).mapping_for("SUS") is None


def test_exits_above_ended_and_duplicates_are_problems(tmp_path: Path) -> None:
    rows = [ROWS[0], ROWS[0], ["2026-Q1", "Man", "30-49", 1, 1, 1, 1, 0, 0, 0]]
    result = preview(read_table(write_csv(tmp_path / "x.csv", rows)), guess_mapping(HEADINGS))
    assert {p.code for p in result.problems} == {"duplicate", "exits_exceed_ended"}


def test_missing_mapping_is_named(tmp_path: Path) -> None:
    table = read_table(write_csv(tmp_path / "x.csv", ROWS))
    result = preview(table, {"started": "Påbörjade"})
    assert {p.field for p in result.problems} >= {"gender", "age_band", "period"}


@pytest.mark.parametrize(
    ("cell", "column", "row"),
    [
        ("811218-9876", "Kön (B)", 3),
        ("Anna 19811218-9876", "Kön (B)", 3),
        ("701063-2391", "Kön (B)", 3),  # samordningsnummer
    ],
)
def test_identity_numbers_refuse_the_file_naming_column_and_row(
        store: Store, project_id: str, tmp_path: Path, cell: str, column: str, row: int) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][1] = cell
    path = write_csv(tmp_path / "people.csv", rows)
    with pytest.raises(IdentityNumberFound) as error:
        read_table(path)
    assert (error.value.column, error.value.row) == (column, row)
    assert "'Kön (B)', row 3" in str(error.value)
    assert ParticipantService(store).figures(project_id) == []
    assert ParticipantService(store).mappings() == {}


def test_identity_number_as_a_spreadsheet_number_and_in_a_heading(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[2].append(198112189876)
    with pytest.raises(IdentityNumberFound) as error:
        read_table(write_xlsx(tmp_path / "p.xlsx", rows))
    assert (error.value.column, error.value.row) == ("K", 4)
    with pytest.raises(IdentityNumberFound) as error:
        read_table(write_csv(tmp_path / "h.csv", ROWS, headings=[*HEADINGS[:-1], "8112189876"]))
    assert error.value.row == 1


def test_look_alikes_do_not_refuse_a_file(tmp_path: Path) -> None:
    headings = [*HEADINGS, "Telefon", "Belopp", "Datum", "Postnr"]
    rows = [[*row, "070-123 45 67", "1234567,50", "2026-03-31", "931 85"] for row in ROWS]
    table = read_table(write_csv(tmp_path / "ok.csv", rows, headings=headings))
    assert len(table.rows) == 3


def test_commit_checks_a_table_that_skipped_reading(store: Store, project_id: str) -> None:
    from improve_desktop.imports.participants import RawTable

    table = RawTable(tuple(HEADINGS), (tuple(ROWS[0][:-1] + ["811218-9876"]),))
    with pytest.raises(Refused):
        commit(ParticipantService(store), project_id, table, guess_mapping(HEADINGS), "SUS")
    assert ParticipantService(store).figures(project_id) == []


def test_periods() -> None:
    assert parse_period("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))
    assert parse_period("2026 kv 2") == (date(2026, 4, 1), date(2026, 6, 30))
    assert parse_period("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period(date(2024, 2, 10)) == (date(2024, 2, 1), date(2024, 2, 29))
    with pytest.raises(ValueError):
        parse_period("våren")
