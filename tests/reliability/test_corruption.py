"""Damaged files are detected, kept aside untouched, and the newest verified backup offered.

Each kind of damage is done to a copy of the demo database that has a verified daily backup:
a zeroed header, a truncated file, scribbled table pages, a file of random bytes in its place.
Nothing may crash, nothing may be changed before the user agrees, the damaged bytes must
survive under a new name, and the restored database must be the backup's.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.services.maintenance import check_database, newest_verified_backup
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
from improve_desktop.store.backup import integrity_errors
from improve_desktop.ui import data_safety

NOW = datetime(2026, 11, 27, 15, 9, tzinfo=UTC)


def zeroed_header(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.write(b"\0" * 100)


def truncated(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 3)


def scribbled_pages(path: Path) -> None:
    """Overwrite the root pages of the biggest tables, as a failing disk might."""
    uri = path.absolute().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = [row[0] for row in connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name IN "
            "('backlog_item', 'item_status_change', 'project')")]
    chance = random.Random(3)
    with path.open("r+b") as handle:
        for root in roots:
            handle.seek((root - 1) * page_size + 8)
            handle.write(chance.randbytes(page_size - 8))


def random_file(path: Path) -> None:
    path.write_bytes(random.Random(4).randbytes(64 * 1024))


DAMAGE = {
    "zeroed header": zeroed_header,
    "truncated": truncated,
    "scribbled pages": scribbled_pages,
    "random file": random_file,
}


@pytest.fixture
def with_backup(demo_path: Path) -> tuple[Path, list[str]]:
    workspace = Workspace(demo_path)
    codes = [p.code for p in workspace.projects.list_projects()]
    assert workspace.backup_if_due(NOW) is not None
    workspace.close()
    return demo_path, codes


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damage_is_detected_kept_aside_and_the_backup_restored(
    with_backup: tuple[Path, list[str]], damage: str, qapp: object,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    path, codes = with_backup
    DAMAGE[damage](path)
    damaged_bytes = path.read_bytes()
    files_before = sorted(p.name for p in path.parent.iterdir())

    # Detected on open, and by the command line's check; neither changes a thing.
    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(path)
    assert refused.value.reason == DatabaseUnavailable.DAMAGED
    report = check_database(path)
    assert not report.healthy
    assert any("newest verified backup" in message for message in report.messages)
    assert run(["--database", str(path), "check"]) == 1
    assert path.read_bytes() == damaged_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == files_before

    # The application explains and offers the backup; the user takes it.
    offered = newest_verified_backup(path)
    assert offered is not None
    questions: list[tuple[str, list[str]]] = []

    def restore(_parent: object, _title: str, text: str, choices: list[str], *_: object) -> int:
        questions.append((text, choices))
        return 0

    monkeypatch.setattr(data_safety, "ask_choice", restore)
    assert run(["--database", str(path), "--quit-after-shown", "--lang", "en"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    [(text, choices)] = questions
    assert "is damaged and cannot be opened safely" in text
    assert choices[0].startswith("&Restore the backup from")

    [kept] = path.parent.glob("demo.damaged.*.sqlite3")
    assert kept.read_bytes() == damaged_bytes, "the damaged file is kept, unchanged"
    assert integrity_errors(path) == []
    workspace = Workspace(path)
    try:
        assert [p.code for p in workspace.projects.list_projects()] == codes
    finally:
        workspace.close()
    assert offered.path.exists(), "the backup itself stays"


def test_a_foreign_file_without_backups_is_refused_not_moved(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    notes = tmp_path / "protokoll.sqlite3"
    notes.write_text("Protokoll från styrgruppens möte", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run(["--database", str(notes), "--quit-after-shown", "--lang", "en"]) == 1
    assert "is not an Improve Desktop database" in shown[0]
    assert [p.name for p in tmp_path.iterdir()] == ["protokoll.sqlite3"]


def test_damage_without_any_backup_starts_afresh_only_when_asked(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch,
    rows_of: Callable[[Path], object],
) -> None:
    path = tmp_path / "improve.sqlite3"
    path.write_bytes(b"\0" * 16384)
    answers = iter([None, 0])  # first closes the question, then "Start an empty database"
    monkeypatch.setattr(data_safety, "ask_choice", lambda *args: next(answers))
    assert run(["--database", str(path), "--quit-after-shown"]) == 1
    assert path.read_bytes() == b"\0" * 16384
    assert run(["--database", str(path), "--quit-after-shown"]) == 0
    [kept] = tmp_path.glob("improve.damaged.*.sqlite3")
    assert kept.read_bytes() == b"\0" * 16384
    assert integrity_errors(path) == []
