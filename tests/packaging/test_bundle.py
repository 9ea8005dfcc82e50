"""The PyInstaller bundle runs: build build_installer.spec into a temporary folder and use it.

The bundle lives away from the checkout, so improve_desktop.paths can only find the migrations
and resources that the spec shipped (at the bundle root, under sys._MEIPASS).
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

Run = Callable[..., subprocess.CompletedProcess[str]]

APP = "improve-desktop"
# Libraries the bundle must carry itself; anything else (libc, libGL, xcb...) is the host's.
BUNDLED_LIBRARY_PREFIXES = ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython")

if importlib.util.find_spec("PyInstaller") is None:
    pytest.skip("PyInstaller is not installed (pip install -e '.[installer]')",
                allow_module_level=True)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, repo_root: Path, run_clean: Run) -> Path:
    """dist/improve-desktop/ as build_installer.spec makes it, built into a temporary folder."""
    scratch = tmp_path_factory.mktemp("bundle")
    dist, work = scratch / "dist", scratch / "build"
    result = run_clean(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work, repo_root / "build_installer.spec"],
        cwd=scratch, timeout=1200, expect=None,
    )
    (scratch / "pyinstaller.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stderr[-6000:]}"
    folder = dist / APP
    assert folder.is_dir(), f"no {folder} after the build"
    return folder


def _executable(bundle: Path) -> Path:
    return bundle / (f"{APP}.exe" if sys.platform == "win32" else APP)


def _cli_executable(bundle: Path) -> Path:
    # Windows gets a console twin for the command line; elsewhere one executable does both.
    return bundle / f"{APP}-cli.exe" if sys.platform == "win32" else _executable(bundle)


def _bundle_root(bundle: Path) -> Path:
    """Where sys._MEIPASS points in a one-folder bundle (PyInstaller 6: _internal/)."""
    internal = bundle / "_internal"
    return internal if internal.is_dir() else bundle


def test_version(bundle: Path, outside: Run, project_version: str) -> None:
    result = outside([_cli_executable(bundle), "--version"])
    assert result.stdout.strip() == f"{APP} {project_version}"


def test_demo_creates_a_database_that_checks_healthy(
    bundle: Path, outside: Run, tmp_path: Path
) -> None:
    cli = _cli_executable(bundle)
    database = tmp_path / "new" / "bundle.sqlite3"

    outside([cli, "demo", "--database", database])  # creates, migrates and fills the file
    assert database.is_file()

    check = outside([cli, "check", "--database", database])
    assert "ok" in check.stdout, check.stdout

    listing = outside([cli, "list", "projects", "--json", "--database", database])
    assert len(json.loads(listing.stdout)) == 5, listing.stdout


def test_bad_input_is_one_line_not_a_traceback(bundle: Path, outside: Run, tmp_path: Path) -> None:
    result = outside([_cli_executable(bundle), "check", "--database", tmp_path / "none.sqlite3"],
                     expect=None)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr


def test_bundle_carries_migrations_and_resources(bundle: Path, repo_root: Path) -> None:
    root = _bundle_root(bundle)
    for folder in ("migrations", "resources"):
        source = repo_root / folder
        expected = {path.relative_to(source).as_posix() for path in source.rglob("*")
                    if path.is_file() and "__pycache__" not in path.parts}
        shipped = {path.relative_to(root / folder).as_posix()
                   for path in (root / folder).rglob("*") if path.is_file()}
        assert expected <= shipped, f"{folder}/ lacks {sorted(expected - shipped)}"
        assert not any("__pycache__" in name for name in shipped), sorted(shipped)
    assert (root / "migrations" / "env.py").is_file()
    assert (root / "resources" / "translations").is_dir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks ELF dependencies with ldd")
def test_qt_libraries_and_plugins_resolve_inside_the_bundle(bundle: Path) -> None:
    # The spec leaves some Qt libraries out; nothing that stays may need one of them.
    if shutil.which("ldd") is None:
        pytest.skip("ldd is not available")
    qt = _bundle_root(bundle) / "PySide6"
    unresolved: dict[str, list[str]] = {}
    for binary in sorted(qt.rglob("*.so*")):
        if not binary.is_file():
            continue
        output = subprocess.run(["ldd", binary], capture_output=True, text=True, check=False).stdout
        missing = [line.split()[0] for line in output.splitlines() if "not found" in line]
        ours = [name for name in missing if name.startswith(BUNDLED_LIBRARY_PREFIXES)]
        if ours:
            unresolved[binary.relative_to(qt).as_posix()] = ours
    assert not unresolved, f"bundled binaries need libraries the bundle lacks: {unresolved}"
    platforms = {path.name for path in (qt / "Qt" / "plugins" / "platforms").glob("*.so")}
    assert {"libqoffscreen.so", "libqxcb.so", "libqwayland.so"} <= platforms, platforms


@pytest.mark.parametrize("language", ["sv", "en"])
def test_window_starts_offscreen(bundle: Path, outside: Run, tmp_path: Path, language: str) -> None:
    """The frozen GUI finds Qt's plugins, its translations and styles, shows, and quits."""
    database = tmp_path / "gui" / "window.sqlite3"
    outside([_cli_executable(bundle), "demo", "--database", database])
    result = outside([_executable(bundle), "--database", database, "--lang", language,
                      "--quit-after-shown"], timeout=120)
    assert "Traceback" not in result.stderr, result.stderr
    assert "no translation file" not in result.stderr, result.stderr
