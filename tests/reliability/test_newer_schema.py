"""A database from a newer version of the application is refused and left byte for byte."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.services.maintenance import check_database
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace


def everything_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_newer_schema_is_refused_everywhere_and_nothing_changes(
    demo_path: Path, journal_mode: str, qapp: object, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    with closing(sqlite3.connect(demo_path)) as connection:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        with connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = everything_in(demo_path.parent)
    assert list(before) == [demo_path.name]

    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(demo_path)
    assert refused.value.reason == DatabaseUnavailable.NEWER
    with pytest.raises(DatabaseUnavailable):
        Workspace(demo_path, read_only=True)
    assert not check_database(demo_path).healthy

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run(["--database", str(demo_path), "--quit-after-shown", "--lang", "en"]) == 1
    assert shown and "newer version" in shown[0] and "has not been changed" in shown[0]
    for argv in (["check"], ["list", "projects"], ["demo"]):
        assert run(["--database", str(demo_path), *argv]) == 1
    assert "Traceback" not in capsys.readouterr().err
    # Copying it elsewhere only reads it, and is allowed (e.g. to hand it to a newer version).
    copy = tmp_path_factory.mktemp("elsewhere") / "copy.sqlite3"
    assert run(["--database", str(demo_path), "backup", "--output", str(copy)]) == 0

    # Not a byte changed, and nothing written beside it: no backup, lock, -wal or -shm file.
    assert everything_in(demo_path.parent) == before
