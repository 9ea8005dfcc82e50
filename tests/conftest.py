"""Shared test setup: offscreen Qt, an isolated user data folder, demo databases."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Set before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")

DEMO_TODAY = date(2026, 11, 27)  # a Friday: the demo's active iteration is in its second week


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder, so settings never leak between tests."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("IMPROVE_DATA_DIR", str(folder))
    monkeypatch.delenv("IMPROVE_DATABASE", raising=False)
    return folder


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "improve.sqlite3"


@pytest.fixture
def store(database_path: Path) -> Iterator[object]:
    """A freshly created store at the head revision."""
    from improve_desktop.store.migrate import open_store

    opened = open_store(database_path)
    yield opened.store
    opened.store.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session; copy it before changing it."""
    from improve_desktop.services.demo import DemoService
    from improve_desktop.store.migrate import open_store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    opened = open_store(path)
    DemoService(opened.store).load(today=DEMO_TODAY)
    opened.store.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test."""
    from improve_desktop.store.backup import backup_database

    return backup_database(demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_store(demo_path: Path) -> Iterator[object]:
    from improve_desktop.store.migrate import open_store

    opened = open_store(demo_path)
    yield opened.store
    opened.store.close()
