"""The core stays free of Qt: domain/, store/, services/ and the command line import no PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "improve_desktop"
CORE_FILES = sorted(
    path for folder in ("domain", "store", "services") for path in (PACKAGE / folder).rglob("*.py")
)
FORBIDDEN = ("PySide6", "shiboken6", "improve_desktop.ui", "improve_desktop.app")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def forbidden_in(names: set[str]) -> list[str]:
    return sorted(
        name
        for name in names
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN)
    )


def test_the_core_files_were_found() -> None:
    assert len(CORE_FILES) >= 10
    assert {path.parent.name for path in CORE_FILES} == {"domain", "store", "services"}


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_core_module_imports_no_qt(path: Path) -> None:
    assert forbidden_in(imported_modules(path)) == []


def test_command_line_imports_qt_only_through_the_gui_entry() -> None:
    # Sub-commands must run without a display: the only way to the GUI is app.run_gui,
    # imported inside run() when no sub-command is given.
    tree = ast.parse((PACKAGE / "cli.py").read_text(encoding="utf-8"))
    top_level: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top_level.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            top_level.add(node.module)
    assert forbidden_in(top_level) == []
    assert not any("PySide6" in name for name in imported_modules(PACKAGE / "cli.py"))
