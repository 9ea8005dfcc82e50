"""The command line contract (DESIGN.md): sub-commands, --database anywhere, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from improve_desktop import __version__
from improve_desktop.cli import run
from improve_desktop.store.backup import integrity_errors
from improve_desktop.store.schema import HEAD_REVISION

DEMO_CODES = ["LYC-HR", "SKE-UNG", "SKE-VV", "UME-IPS", "UME-SPR"]
REPOSITORY = Path(__file__).resolve().parents[2]


def files_in(folder: Path) -> dict[str, bytes]:
    return {item.name: item.read_bytes() for item in sorted(folder.iterdir()) if item.is_file()}


def one_error_line(stderr: str, *, prefixed: bool = True) -> str:
    """The single line on stderr; errors are prefixed, ``check`` prints its findings as they are."""
    lines = stderr.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    assert "Traceback" not in stderr
    if prefixed:
        assert lines[0].startswith("improve-desktop: error: ")
    return lines[0]


def count_rows(path: Path, table: str) -> int:
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.fixture
def demo_db(demo_path: Path) -> Path:
    """A private copy of the demo database."""
    return demo_path


def list_project_codes(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    capsys.readouterr()
    assert run(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return [record["code"] for record in json.loads(captured.out)]


class TestDemoAndList:
    def test_demo_then_list_projects_as_json(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        database = tmp_path / "demo.sqlite3"
        assert run(["--database", str(database), "demo"]) == 0
        out = capsys.readouterr().out
        assert "5 projects" in out and "1000 backlog items" in out
        assert run(["--database", str(database), "list", "projects", "--json"]) == 0
        out = capsys.readouterr().out
        assert "Hälsa som resurs" in out, "Swedish letters are printed, not escaped"
        records = json.loads(out)
        assert [record["code"] for record in records] == DEMO_CODES
        first = records[0]
        assert first["name"] == "Hälsa som resurs"
        assert {
            "id",
            "status",
            "start_date",
            "end_date",
            "owner_organisation",
            "iterations",
            "items",
        } <= set(first)
        assert first["iterations"] == 6 and first["items"] == 200

    def test_demo_twice_is_refused(self, demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        before = count_rows(demo_db, "project")
        assert run(["demo", "--database", str(demo_db)]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert "already holds projects" in line
        assert count_rows(demo_db, "project") == before

    def test_demo_with_a_bad_scale(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["--database", str(tmp_path / "d.sqlite3"), "demo", "--scale", "0"]) == 1
        assert "scale" in one_error_line(capsys.readouterr().err)

    def test_list_projects_as_a_table(
        self, demo_db: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["list", "projects", "--database", str(demo_db)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].split()[:3] == ["code", "name", "status"]
        assert set(lines[1]) <= {"-", " "}
        assert [line.split()[0] for line in lines[2:]] == DEMO_CODES

    def test_database_before_or_after_the_sub_command(
        self, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert (
            list_project_codes(capsys, "--database", str(demo_db), "list", "projects", "--json")
            == DEMO_CODES
        )
        assert (
            list_project_codes(capsys, "list", "projects", "--json", "--database", str(demo_db))
            == DEMO_CODES
        )
        # Both given: the one after the sub-command wins.
        other = tmp_path / "missing.sqlite3"
        assert (
            list_project_codes(
                capsys,
                "--database",
                str(other),
                "list",
                "projects",
                "--json",
                "--database",
                str(demo_db),
            )
            == DEMO_CODES
        )
        assert not other.exists()

    def test_database_from_the_environment(
        self, demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        monkeypatch.setenv("IMPROVE_DATABASE", str(demo_db))
        assert list_project_codes(capsys, "list", "projects", "--json") == DEMO_CODES

    def test_option_beats_the_environment(
        self,
        demo_db: Path,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        monkeypatch.setenv("IMPROVE_DATABASE", str(tmp_path / "elsewhere.sqlite3"))
        assert (
            list_project_codes(capsys, "list", "projects", "--json", "--database", str(demo_db))
            == DEMO_CODES
        )

    def test_default_database_is_in_the_user_data_folder(
        self, isolated_user_data: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["demo"]) == 0
        assert (isolated_user_data / "improve.sqlite3").exists()
        assert list_project_codes(capsys, "list", "projects", "--json") == DEMO_CODES

    def test_list_iterations_of_one_project(
        self, demo_db: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert (
            run(["--database", str(demo_db), "list", "iterations", "--project", "SKE-VV", "--json"])
            == 0
        )
        records = json.loads(capsys.readouterr().out)
        assert [(r["project_code"], r["number"]) for r in records] == [
            ("SKE-VV", number) for number in range(1, 7)
        ]
        assert [r["state"] for r in records] == ["closed"] * 5 + ["active"]
        assert all(r["committed_points"] is not None for r in records[:5])
        assert records[5]["committed_points"] is None

        assert run(["--database", str(demo_db), "list", "iterations", "--project", "ske-vv"]) == 0
        table = capsys.readouterr().out.splitlines()
        assert table[0].split()[0] == "project"
        assert len(table) == 2 + 6
        assert all(line.startswith("SKE-VV") for line in table[2:])

    def test_list_all_iterations(self, demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(["--database", str(demo_db), "list", "iterations", "--json"]) == 0
        records = json.loads(capsys.readouterr().out)
        assert len(records) == 30
        assert sorted({r["project_code"] for r in records}) == DEMO_CODES

    def test_empty_database_lists_nothing(
        self, store: object, database_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["--database", str(database_path), "list", "projects"]) == 0
        assert capsys.readouterr().out.strip() == "no projects"
        assert run(["--database", str(database_path), "list", "projects", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == []


class TestErrors:
    def test_unknown_project(self, demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        code = run(["--database", str(demo_db), "list", "iterations", "--project", "NOPE-1"])
        captured = capsys.readouterr()
        assert code == 1
        assert "NOPE-1" in one_error_line(captured.err)
        assert captured.out == ""

    @pytest.mark.parametrize(
        "argv",
        [
            ["list"],
            ["list", "everything"],
            ["list", "projects", "--colour"],
            ["demo", "--scale", "many"],
            ["frobnicate"],
            ["--lang", "de", "check"],
            ["list", "projects", "--project", "SKE-VV"],
        ],
        ids=" ".join,
    )
    def test_bad_arguments_exit_2_with_one_line(
        self, argv: list[str], demo_db: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["--database", str(demo_db), *argv]) == 2
        captured = capsys.readouterr()
        line = one_error_line(captured.err)
        if "--project" not in argv:  # argparse's own errors point to --help
            assert "--help" in line
        assert captured.out == ""

    def test_list_on_a_missing_database_does_not_create_it(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        missing = tmp_path / "nowhere" / "missing.sqlite3"
        for argv in (["list", "projects"], ["list", "iterations"], ["backup"], ["check"]):
            assert run(["--database", str(missing), *argv]) == 1
            line = one_error_line(capsys.readouterr().err, prefixed=argv != ["check"])
            assert str(missing) in line
        assert not missing.exists()
        assert not missing.parent.exists()

    def test_text_file_is_not_a_database(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        text_file = tmp_path / "notes.txt"
        text_file.write_text("inte en databas\n", encoding="utf-8")
        before = files_in(tmp_path)
        for argv in (["check"], ["list", "projects"], ["demo"], ["backup"]):
            assert run(["--database", str(text_file), *argv]) == 1
            captured = capsys.readouterr()
            line = one_error_line(captured.err, prefixed=argv != ["check"])
            assert "not an Improve Desktop database" in line
        assert files_in(tmp_path) == before


class TestCheckAndBackup:
    def test_check_a_healthy_database(
        self, demo_db: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["--database", str(demo_db), "check"]) == 0
        captured = capsys.readouterr()
        assert "ok" in captured.out and HEAD_REVISION in captured.out
        assert captured.err == ""

    @pytest.mark.parametrize("journal_mode", ["delete", "wal"])
    def test_check_a_newer_schema_leaves_the_file_alone(
        self, demo_db: Path, journal_mode: str, capsys: pytest.CaptureFixture[str]
    ) -> None:
        with closing(sqlite3.connect(demo_db)) as connection:
            connection.execute(f"PRAGMA journal_mode = {journal_mode}")
            with connection:
                connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
        before = files_in(demo_db.parent)
        assert list(before) == [demo_db.name]
        assert run(["--database", str(demo_db), "check"]) == 1
        captured = capsys.readouterr()
        line = one_error_line(captured.err, prefixed=False)
        assert "9999_future" in line and "newer" in line
        assert captured.out == ""
        assert run(["--database", str(demo_db), "list", "projects"]) == 1
        assert "newer version" in one_error_line(capsys.readouterr().err)
        assert files_in(demo_db.parent) == before

    def test_backup_to_a_chosen_file(
        self, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        output = tmp_path / "copies" / "kopia.sqlite3"
        assert run(["--database", str(demo_db), "backup", "--output", str(output)]) == 0
        assert str(output) in capsys.readouterr().out
        assert integrity_errors(output) == []
        for table in ("project", "iteration", "backlog_item", "item_status_change"):
            assert count_rows(output, table) == count_rows(demo_db, table)
        # A second backup to the same file is refused and leaves the first one alone.
        before = output.read_bytes()
        assert run(["--database", str(demo_db), "backup", "--output", str(output)]) == 1
        assert "already exists" in one_error_line(capsys.readouterr().err)
        assert output.read_bytes() == before

    def test_backup_by_default_goes_to_a_backups_folder(
        self, demo_db: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        assert run(["backup", "--database", str(demo_db)]) == 0
        [written] = (demo_db.parent / "backups").iterdir()
        assert written.name.startswith("demo.manual.")
        assert str(written) in capsys.readouterr().out
        assert integrity_errors(written) == []


def test_version_in_a_real_process(tmp_path: Path) -> None:
    environment = {**os.environ, "IMPROVE_DATA_DIR": str(tmp_path)}
    environment.pop("IMPROVE_DATABASE", None)
    result = subprocess.run(
        [sys.executable, "-m", "improve_desktop", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPOSITORY,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"improve-desktop {__version__}"
    assert result.stderr == ""
    assert list(tmp_path.iterdir()) == [], "--version must not create a database"


def test_check_reports_a_damaged_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(demo_db)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(demo_db.read_bytes())
    for fraction in (0.3, 0.5, 0.7, 0.9):
        start = (int(page_count * fraction) - 1) * page_size + page_size // 4
        data[start : start + page_size // 2] = b"\xa5" * (page_size // 2)
    demo_db.write_bytes(bytes(data))
    assert run(["--database", str(demo_db), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "integrity check failed" in captured.err or "SQLite cannot read" in captured.err
