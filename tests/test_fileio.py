"""atomic_write: the new content under the final name, or the old content and no leftovers."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from improve_desktop import fileio
from improve_desktop.fileio import atomic_write, atomic_writer
from improve_desktop.settings import Settings, load_settings, save_settings


def test_writes_a_new_file_and_replaces_an_old_one(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "out.json"
    atomic_write(target, "första")
    assert target.read_text(encoding="utf-8") == "första"
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.json"]


def test_failure_inside_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "review.xlsx"
    target.write_bytes(b"old pack")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half of the new pa")
        raise RuntimeError("the export failed half-way")
    assert target.read_bytes() == b"old pack"
    assert [p.name for p in tmp_path.iterdir()] == ["review.xlsx"]


def test_a_full_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_text("{}")

    def no_space(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", no_space)
    with pytest.raises(OSError, match="No space"):
        atomic_write(target, "x" * 10_000)
    assert target.read_text() == "{}"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_no_file_appears_when_the_first_write_fails(tmp_path: Path) -> None:
    target = tmp_path / "new.xlsx"
    with pytest.raises(ValueError), atomic_writer(target):
        raise ValueError("nothing to export")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_permissions_of_the_old_file_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("a")
    target.chmod(0o644)
    atomic_write(target, "b")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_settings_are_saved_through_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(language="sv"), path)
    written: list[Path] = []
    original = fileio.atomic_write

    def spy(target: Path, data: bytes | str, **kwargs: str) -> None:
        written.append(target)
        original(target, data, **kwargs)

    import improve_desktop.settings as settings_module

    monkeypatch.setattr(settings_module, "atomic_write", spy)
    save_settings(Settings(language="en"), path)
    assert written == [path]
    assert load_settings(path).language == "en"
