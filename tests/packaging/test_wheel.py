"""The wheel stands on its own: installed into a fresh virtual environment, run from elsewhere.

The wheel must carry the migrations and resources (force-included as improve_desktop/_data/),
and improve_desktop.paths must find them there. The machine may also have an editable install
of the checkout in its system site-packages; the venv is made with --system-site-packages (so
that Qt, SQLAlchemy and friends need no download), and the test proves that the venv's copy of
improve_desktop is the one that runs.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

Run = Callable[..., subprocess.CompletedProcess[str]]

# Printed by the venv's interpreter: where everything it imported and found comes from.
PROBE = r"""
import json, sys, sysconfig
import improve_desktop
from improve_desktop import paths
import improve_desktop.cli, improve_desktop.store.models, improve_desktop.services.demo
modules = sorted(
    module.__file__ for name, module in list(sys.modules.items())
    if name.split(".")[0] == "improve_desktop" and getattr(module, "__file__", None)
)
print(json.dumps({
    "prefix": sys.prefix,
    "purelib": sysconfig.get_paths()["purelib"],
    "package_file": improve_desktop.__file__,
    "version": improve_desktop.__version__,
    "migrations": str(paths.migrations_dir()),
    "resources": str(paths.resources_dir()),
    "modules": modules,
    "sys_path": sys.path,
}))
"""


def _venv_executable(venv: Path, name: str) -> Path:
    if sys.platform == "win32":
        return venv / "Scripts" / f"{name}.exe"
    return venv / "bin" / name


def _data_files(repo_root: Path, folder: str) -> set[str]:
    return {
        path.relative_to(repo_root).as_posix()
        for path in (repo_root / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, repo_root: Path, run_clean: Run) -> Path:
    """A wheel built from the checkout; offline when hatchling is already installed."""
    outdir = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "build", "--wheel", "--outdir", str(outdir)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-isolation")  # build with the installed backend: no download
    command.append(str(repo_root))
    result = run_clean(command, cwd=outdir, timeout=600)
    wheels = sorted(outdir.glob("improve_desktop-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {outdir}, found {wheels}\n{result.stdout}"
    return wheels[0]


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory, run_clean: Run) -> Path:
    """A fresh venv that sees the system site-packages, with the wheel installed (no deps)."""
    scratch = tmp_path_factory.mktemp("venv")
    folder = scratch / "env"
    # --without-pip: the system pip, visible through --system-site-packages, installs into the
    # venv when the venv's interpreter runs it; seeding pip into the venv would only cost time.
    run_clean([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", folder],
              cwd=scratch, timeout=300)
    # --ignore-installed: the system site-packages may already hold improve-desktop (the
    # editable install of the checkout). Install the wheel into the venv regardless, and leave
    # everything outside the venv alone.
    run_clean([_venv_executable(folder, "python"), "-m", "pip", "install", "--no-deps",
               "--no-index", "--ignore-installed", "--disable-pip-version-check", "--no-input",
               wheel], cwd=scratch, timeout=300)
    return folder


def test_wheel_carries_migrations_and_resources(wheel: Path, repo_root: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    expected = {f"improve_desktop/_data/{name}" for name in
                _data_files(repo_root, "migrations") | _data_files(repo_root, "resources")}
    missing = sorted(expected - names)
    assert not missing, f"the wheel lacks {missing}"
    assert "improve_desktop/_data/migrations/env.py" in names
    assert any(name.startswith("improve_desktop/_data/migrations/versions/") for name in names)
    assert any(name.startswith("improve_desktop/_data/resources/translations/") for name in names)
    strays = sorted(name for name in names
                    if name.startswith(("tests/", "migrations/", "resources/", "build/", "dist/")))
    assert not strays, f"the wheel carries files outside the package: {strays[:10]}"


def test_installed_copy_is_the_one_that_runs(
    venv: Path, outside: Run, repo_root: Path, project_version: str
) -> None:
    probe = json.loads(outside([_venv_executable(venv, "python"), "-c", PROBE]).stdout)
    purelib = Path(probe["purelib"]).resolve()
    package_dir = purelib / "improve_desktop"

    assert Path(probe["prefix"]).resolve() == venv.resolve(), probe["prefix"]
    assert purelib.is_relative_to(venv.resolve()), purelib
    strangers = [name for name in probe["modules"]
                 if not Path(name).resolve().is_relative_to(package_dir)]
    assert not strangers, (
        "improve_desktop was imported from outside the venv: the editable install or the "
        f"checkout shadows the wheel. Modules from elsewhere: {strangers[:5]}\n"
        f"sys.path: {probe['sys_path']}"
    )
    assert Path(probe["package_file"]).resolve() == package_dir / "__init__.py"
    assert Path(probe["migrations"]).resolve() == package_dir / "_data" / "migrations"
    assert Path(probe["resources"]).resolve() == package_dir / "_data" / "resources"
    assert probe["version"] == project_version
    # The checkout may be on sys.path only through the system editable install's .pth file,
    # which site processes after the venv's own site-packages - never first.
    entries = [Path(entry).resolve() if entry else None for entry in probe["sys_path"]]
    if repo_root in entries:
        assert entries.index(repo_root) > entries.index(purelib), probe["sys_path"]


def test_installed_cli_creates_lists_and_checks_a_database(
    venv: Path, outside: Run, tmp_path: Path, project_version: str
) -> None:
    python = _venv_executable(venv, "python")
    database = tmp_path / "fresh" / "wheel.sqlite3"

    version = outside([_venv_executable(venv, "improve-desktop"), "--version"])
    assert version.stdout.strip() == f"improve-desktop {project_version}"

    demo = outside([python, "-m", "improve_desktop", "demo", "--database", database])
    assert database.is_file(), f"'demo' exited 0 but made no {database}\n{demo.stdout}"

    listing = outside([python, "-m", "improve_desktop", "list", "projects", "--json",
                       "--database", database])
    assert len(json.loads(listing.stdout)) == 5, listing.stdout

    check = outside([python, "-m", "improve_desktop", "check", "--database", database])
    assert "ok" in check.stdout, check.stdout
