"""One writer at a time, across processes: a second instance, and the lock of a killed one."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.services.workspace import DatabaseUnavailable, Workspace
from improve_desktop.store.lock import lock_path, read_owner
from improve_desktop.ui import data_safety

from .conftest import Child
from .writer import open_and_hold

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")


def test_a_second_instance_gets_read_only_or_nothing(
    demo_path: Path, spawn: Callable[..., Child], capsys: pytest.CaptureFixture[str]
) -> None:
    first = spawn(open_and_hold, str(demo_path))
    first.expect("opened")
    first.expect("wrote")

    with pytest.raises(DatabaseUnavailable) as refused:
        Workspace(demo_path)
    assert refused.value.reason == DatabaseUnavailable.LOCKED
    assert refused.value.holder_pid == first.pid
    assert str(first.pid) in str(refused.value)

    # Read-only, it sees what the first instance has committed (still in its WAL file).
    reader = Workspace(demo_path, read_only=True)
    try:
        names = {o.name for o in reader.organisations.list_organisations()}
        assert "Skriven av den första" in names
    finally:
        reader.close()

    # The command line's writer is refused too, with one line.
    assert run(["--database", str(demo_path), "demo"]) == 1
    assert "already open in Improve Desktop" in capsys.readouterr().err
    assert read_owner(demo_path) is not None and read_owner(demo_path).pid == first.pid  # type: ignore[union-attr]


def test_the_lock_of_a_killed_instance_is_recovered_automatically(
    demo_path: Path, spawn: Callable[..., Child]
) -> None:
    first = spawn(open_and_hold, str(demo_path))
    first.expect("opened")
    first.expect("wrote")
    first.kill()  # SIGKILL: no chance to release anything
    assert lock_path(demo_path).exists(), "the killed instance left its lock file"
    assert demo_path.with_name(demo_path.name + "-wal").exists(), "and an unmerged WAL file"

    workspace = Workspace(demo_path)
    try:
        assert workspace.lock_recovered_from_pid == first.pid
        assert not workspace.read_only
        names = {o.name for o in workspace.organisations.list_organisations()}
        assert "Skriven av den första" in names, "its acknowledged commit survived the kill"
    finally:
        workspace.close()
    assert not lock_path(demo_path).exists()


def test_the_window_offers_read_only_to_a_second_instance(
    demo_path: Path, spawn: Callable[..., Child], qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = spawn(open_and_hold, str(demo_path))
    first.expect("opened")
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, choices: list[str], *_: object) -> int:
        questions.append(text)
        return 0  # Open read-only

    monkeypatch.setattr(data_safety, "ask_choice", answer)
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 0
    assert len(questions) == 1 and f"process {first.pid}" in questions[0]
    assert not list((demo_path.parent / "backups").glob("*")) if (
        demo_path.parent / "backups").exists() else True, "a read-only window writes no backup"
