"""Where things live: the user's data folder and the bundled migrations and resources.

Resources and migrations are found in three layouts:
- a PyInstaller bundle (``sys._MEIPASS``/migrations, /resources);
- a wheel install, where the build copies them into ``improve_desktop/_data/``;
- a source checkout or editable install, where they sit beside the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from improve_desktop import APP_NAME, ORGANISATION_NAME

DATA_DIR_ENV = "IMPROVE_DATA_DIR"
DATABASE_ENV = "IMPROVE_DATABASE"
DEFAULT_DATABASE_NAME = "improve.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots: list[Path] = []
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        roots.append(Path(bundle_root))
    roots.append(_PACKAGE_DIR / "_data")
    roots.append(_PACKAGE_DIR.parent)
    return roots


def _find(name: str, marker: str) -> Path:
    for root in _candidate_roots():
        candidate = root / name
        if (candidate / marker).exists():
            return candidate
    searched = ", ".join(str(root / name) for root in _candidate_roots())
    raise FileNotFoundError(f"cannot find the {name} folder (looked in {searched})")


def migrations_dir() -> Path:
    """The Alembic script folder (contains env.py and versions/)."""
    return _find("migrations", "env.py")


def resources_dir() -> Path:
    """The folder holding translations/, icons/ and styles/."""
    return _find("resources", "translations")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir() -> Path:
    """The per-user folder for the default database, settings and logs.

    ``IMPROVE_DATA_DIR`` overrides it (portable installs, tests).
    """
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, ORGANISATION_NAME, roaming=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / DEFAULT_DATABASE_NAME


def settings_path() -> Path:
    return user_data_dir() / "settings.json"
