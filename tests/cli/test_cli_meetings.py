"""``list meetings`` and one meeting's JSON (its agenda, decisions and actions)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from improve_desktop.cli import run
from tests.cli.test_cli import one_error_line


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    assert run(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return json.loads(captured.out)


def test_list_meetings_as_a_table_and_as_json(demo_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "meetings", "--database", str(demo_path)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:5] == ["id", "cluster", "date", "time", "state"]
    assert len(table) == 2 + 8
    meetings = _json(capsys, "list", "meetings", "--json", "--database", str(demo_path))
    assert isinstance(meetings, list)
    assert sorted({(m["cluster_code"], m["state"]) for m in meetings}) == [
        ("SK", "held"), ("SK", "planned"), ("UL", "held"), ("UL", "planned")]
    dates = [m["meeting_date"] for m in meetings]
    assert dates == sorted(dates, reverse=True)
    only_sk = _json(capsys, "list", "meetings", "--project", "ske-vv", "--json",
                    "--database", str(demo_path))
    assert {m["cluster_code"] for m in only_sk} == {"SK"}  # type: ignore[union-attr]


def test_one_meeting_as_json_with_its_decisions_and_actions(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meetings = _json(capsys, "list", "meetings", "--json", "--database", str(demo_path))
    held = next(m for m in meetings if m["state"] == "held")  # type: ignore[union-attr]
    record = _json(capsys, "list", "meetings", "--meeting", held["id"][:8], "--json",
                   "--database", str(demo_path))
    assert isinstance(record, dict)
    assert record["meeting"]["id"] == held["id"]
    assert set(record) == {"meeting", "attendees", "agenda", "decisions", "actions"}
    assert len(record["decisions"]) == held["decisions"] > 0
    assert len(record["actions"]) == held["actions"] > 0
    assert all(d["reference"].startswith(held["cluster_code"] + "-") for d in record["decisions"])
    assert all(item["outcome"] in {"done", "carried_over"} for item in record["agenda"])
    assert run(["list", "meetings", "--meeting", held["id"], "--database", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert record["decisions"][0]["reference"] in out


def test_meeting_errors_are_one_line(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["list", "meetings", "--meeting", "nosuchmeeting", "--database",
                str(demo_path)]) == 1
    assert "no meeting 'nosuchmeeting'" in one_error_line(capsys.readouterr().err)
    assert run(["list", "projects", "--meeting", "x", "--database", str(demo_path)]) == 2
    assert "--meeting only applies" in one_error_line(capsys.readouterr().err)
