"""Fixtures for driving the real main window over real databases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from improve_desktop.services.workspace import Workspace
from improve_desktop.settings import Settings


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    from improve_desktop.ui.i18n import install_translators

    install_translators("en")
    yield
    install_translators("en")


@pytest.fixture
def make_window(qtbot: object, english: None) -> Iterator[Callable[..., object]]:
    """Build a MainWindow over a database file, as the application does."""
    from improve_desktop.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def build(path: Path, settings: Settings | None = None) -> MainWindow:
        window = MainWindow(Workspace(path), settings or Settings())
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.workspace.close()


@pytest.fixture
def demo_window(make_window: Callable[..., object], demo_path: Path) -> object:
    return make_window(demo_path)
