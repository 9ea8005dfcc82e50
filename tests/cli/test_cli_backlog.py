"""``import backlog`` and ``export backlog-template`` on the command line."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from improve_desktop.cli import run

SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def items_of(database: Path, code: str) -> int:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute(
            "SELECT count(*) FROM backlog_item JOIN project ON project.id = project_id "
            "WHERE project.code = ?", (code,)).fetchone()[0]


def test_dry_run_reports_and_stores_nothing(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = items_of(demo_path, "SKE-VV")
    code = run(["import", "backlog", str(SAMPLES / "trello.json"), "--project", "ske-vv",
                "--dry-run", "--database", str(demo_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "dry run: would import 3 items from a trello file, 2 archived left out into SKE-VV" in out
    assert items_of(demo_path, "SKE-VV") == before


def test_import_stores_every_item(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = items_of(demo_path, "SKE-VV")
    code = run(["import", "backlog", str(SAMPLES / "taiga.csv"), "--project", "SKE-VV",
                "--database", str(demo_path)])
    out = capsys.readouterr().out
    assert code == 0 and "imported 3 items from a taiga file into SKE-VV" in out
    assert "note: row 3, sprint: iteration 2 is closed" in out
    assert items_of(demo_path, "SKE-VV") == before + 3


def test_a_bad_row_fails_with_every_problem_and_stores_nothing(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = items_of(demo_path, "SKE-VV")
    code = run(["import", "backlog", str(SAMPLES / "bad_row.csv"), "--project", "SKE-VV",
                "--database", str(demo_path)])
    captured = capsys.readouterr()
    assert code == 1
    assert "error: row 3, Estimate (points): the estimate “två” is not a number" in captured.out
    assert "error: row 4, Title: the title is empty" in captured.out
    assert "3 problems in" in captured.err and "nothing was imported" in captured.err
    assert items_of(demo_path, "SKE-VV") == before


def test_an_unreadable_file_is_one_error_line(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["import", "backlog", str(SAMPLES / "jira_malformed.csv"), "--project", "SKE-VV",
                "--database", str(demo_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert "is not valid CSV" in err[0]


def test_template_with_a_project_backlog(demo_path: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "vv.xlsx"
    code = run(["export", "backlog-template", "--project", "SKE-VV", "--lang", "en",
                "--output", str(target), "--database", str(demo_path)])
    assert code == 0
    sheet = load_workbook(target)["Backlog"]
    assert sheet.max_row == items_of(demo_path, "SKE-VV") + 1
    assert [c.value for c in sheet[1]] == ["Title", "Description", "Acceptance criteria", "Kind",
                                           "Status", "Estimate (points)", "Iteration", "Methods"]
