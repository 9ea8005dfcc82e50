"""The composition root: the real entry point opens the window on the right database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from improve_desktop.cli import run
from improve_desktop.settings import Settings, load_settings, save_settings


def _start(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in its own process: a finished event loop stays finished, so
    running the application's exec() inside the test process would spoil later GUI tests."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       IMPROVE_DATA_DIR=os.environ["IMPROVE_DATA_DIR"])
    return subprocess.run(
        [sys.executable, "-m", "improve_desktop", *arguments, "--quit-after-shown"],
        env=environment, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )


def test_gui_entry_opens_and_quits_on_a_new_database(tmp_path: Path) -> None:
    database = tmp_path / "fresh.sqlite3"
    result = _start(tmp_path, "--database", str(database), "--lang", "sv")
    assert result.returncode == 0, result.stderr
    assert database.exists()  # created and migrated on first start
    settings = load_settings()
    assert settings.last_database == str(database)
    assert settings.language is None  # --lang is for one run; it is not saved


def test_last_database_is_reopened_when_none_is_given(tmp_path: Path, demo_path: Path) -> None:
    save_settings(Settings(last_database=str(demo_path)))
    result = _start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert load_settings().last_database == str(demo_path)
    assert load_settings().last_project_id is not None


def test_a_file_that_is_not_a_database_is_refused_with_a_message(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("minutes of the last meeting")
    assert run(["--database", str(text_file), "--quit-after-shown"]) == 1
    assert "is not an Improve Desktop database" in shown[0]
    assert text_file.read_text() == "minutes of the last meeting"


def test_module_entry_point_starts_the_window(tmp_path: Path) -> None:
    """``python -m improve_desktop`` in a fresh process, offscreen, exits cleanly."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", IMPROVE_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "improve_desktop", "--quit-after-shown"],
        env=environment, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "improve.sqlite3").exists()  # the default store in the user data folder
