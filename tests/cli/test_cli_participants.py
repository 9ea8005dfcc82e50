"""``import participants`` on the command line: the remembered mapping per source, a dry run,
a refusal without a mapping, and files with personal identity numbers storing nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.imports.participants import guess_mapping
from improve_desktop.services.participants import ParticipantService
from improve_desktop.store.migrate import open_store
from tests.imports.test_participant_import import HEADINGS, ROWS, write_csv


def figures_of(database: Path, code: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(
            "SELECT period_start, gender, age_band, started, ended, source "
            "FROM participant_figure JOIN project ON project.id = project_id "
            "WHERE project.code = ? ORDER BY period_start, gender, age_band",
            (code,)).fetchall()


def remember(database: Path, source: str) -> None:
    store = open_store(database, create=False).store
    try:
        ParticipantService(store).remember_mapping(source, guess_mapping(HEADINGS))
    finally:
        store.close()


def test_without_a_remembered_mapping_it_names_the_needed_columns(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = figures_of(demo_path, "SKE-VV")
    file = write_csv(tmp_path / "sus.csv", ROWS)
    code = run(["import", "participants", str(file), "--project", "SKE-VV",
                "--source", "Nytt system", "--database", str(demo_path)])
    err = capsys.readouterr().err
    assert code != 0
    assert "no column mapping remembered for the source 'Nytt system'" in err
    assert "period (or period_start and period_end), gender, age_band" in err
    assert "Kvartal, Kön, Åldersgrupp" in err  # the file's own columns, to map from
    assert figures_of(demo_path, "SKE-VV") == before


def test_dry_run_then_import_with_the_remembered_mapping(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remember(demo_path, "Kommunens SUS")
    before = figures_of(demo_path, "SKE-VV")
    file = write_csv(tmp_path / "sus.csv", ROWS)
    arguments = ["import", "participants", str(file), "--project", "ske-vv",
                 "--source", "Kommunens SUS", "--database", str(demo_path)]
    assert run([*arguments, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run: would import 3 rows over 2 periods (started 15, ended 6) into SKE-VV" in out
    assert figures_of(demo_path, "SKE-VV") == before
    assert run(arguments) == 0
    assert "imported 3 rows over 2 periods (started 15, ended 6) into SKE-VV" in (
        capsys.readouterr().out)
    stored = [row for row in figures_of(demo_path, "SKE-VV") if row[5] == "Kommunens SUS"]
    assert sorted((row[1], row[2], row[3]) for row in stored) == [
        ("man", "16-24", 5), ("woman", "16-24", 7), ("woman", "25-29", 3)]


def test_a_file_with_a_personal_identity_number_is_refused(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remember(demo_path, "SUS")
    before = figures_of(demo_path, "SKE-VV")
    rows = [list(row) for row in ROWS]
    rows[1][2] = "19811218-9876"  # a valid personnummer (Luhn) in the age band column
    file = write_csv(tmp_path / "sus.csv", rows)
    code = run(["import", "participants", str(file), "--project", "SKE-VV",
                "--database", str(demo_path)])
    err = capsys.readouterr().err
    assert code != 0
    assert "column 'Åldersgrupp (C)', row 3 holds a personal identity number" in err
    assert "nothing was stored" in err
    assert "19811218" not in err  # the number itself is never repeated
    assert figures_of(demo_path, "SKE-VV") == before


def test_a_row_with_a_problem_imports_nothing(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    remember(demo_path, "SUS")
    before = figures_of(demo_path, "SKE-VV")
    rows = [list(row) for row in ROWS]
    rows[2][3] = "många"
    file = write_csv(tmp_path / "sus.csv", rows)
    code = run(["import", "participants", str(file), "--project", "SKE-VV",
                "--database", str(demo_path)])
    captured = capsys.readouterr()
    assert code != 0
    assert "row 4" in captured.out and "nothing was imported" in captured.err
    assert figures_of(demo_path, "SKE-VV") == before
