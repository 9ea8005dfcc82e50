"""Shared setup for the packaging tests: run programs as a user would, away from the checkout.

These tests build real artefacts (a wheel, a PyInstaller bundle) and run them in subprocesses.
The subprocesses start in a temporary folder with no PYTHONPATH, so that nothing is imported
from the repository by accident: what runs is what the artefact carries.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]

# Variables that would let a subprocess see the checkout or a developer's setup.
_LEAKY_VARIABLES = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "PYTHONUSERBASE",
                    "PYTHONINSPECT", "IMPROVE_DATABASE", "VIRTUAL_ENV", "__PYVENV_LAUNCHER__")

Run = Callable[..., subprocess.CompletedProcess[str]]


def _project_version() -> str:
    # Read as text: the test process may have imported any copy of the package.
    text = (REPO_ROOT / "improve_desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    assert found, "improve_desktop/__init__.py declares no __version__"
    return found.group(1)


def _outside_environment() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in _LEAKY_VARIABLES}
    env["PYTHONNOUSERSITE"] = "1"  # no ~/.local packages either
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _describe(result: subprocess.CompletedProcess[str]) -> str:
    return (f"command: {' '.join(map(str, result.args))}\nexit code: {result.returncode}\n"
            f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}")


def _run_outside(
    args: Sequence[str | Path],
    *,
    cwd: Path,
    expect: int | None = 0,
    timeout: float = 180,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` in ``cwd`` with a clean environment; check the exit code unless it is None."""
    assert not cwd.resolve().is_relative_to(REPO_ROOT), f"{cwd} is inside the checkout"
    result = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env if env is not None else _outside_environment(),
        stdin=subprocess.DEVNULL,  # as in CI: nobody answers a prompt
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )
    if expect is not None:
        assert result.returncode == expect, _describe(result)
    return result


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def project_version() -> str:
    """The version improve_desktop/__init__.py declares."""
    return _project_version()


@pytest.fixture(scope="session")
def run_clean() -> Run:
    """``run(args, cwd=..., expect=0, timeout=180, env=None)``: a checked subprocess.

    ``cwd`` must be outside the checkout; the environment is os.environ without PYTHONPATH
    and the like.
    For module-scoped fixtures (builds); tests use ``outside``.
    """
    return _run_outside


@pytest.fixture
def outside(tmp_path: Path, isolated_user_data: Path) -> Run:
    """``run(args, ...)`` in a fresh folder outside the checkout, user data kept in tmp."""
    workdir = tmp_path / "cwd"
    workdir.mkdir()

    def run(args: Sequence[str | Path], **options: object) -> subprocess.CompletedProcess[str]:
        options.setdefault("cwd", workdir)
        # the autouse isolated_user_data fixture has set IMPROVE_DATA_DIR by now
        options.setdefault("env", _outside_environment())
        return _run_outside(args, **options)  # type: ignore[arg-type]

    return run
