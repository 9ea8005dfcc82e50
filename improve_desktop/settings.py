"""Typed user settings, saved as one JSON file in the user data folder."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from improve_desktop import paths
from improve_desktop.fileio import atomic_write

log = logging.getLogger(__name__)

Language = Literal["sv", "en"]


class Settings(BaseModel):
    """What the application remembers between runs; every field has a safe default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: Language | None = None  # None follows the system locale
    high_contrast: bool = False
    last_database: str | None = None
    last_project_id: str | None = None
    window_geometry: str | None = None  # base64 of QWidget.saveGeometry()
    window_state: str | None = None  # base64 of QMainWindow.saveState()
    navigation_splitter: str | None = None
    # Databases whose risky place (network share, synced folder) the user was warned about.
    warned_locations: list[str] = Field(default_factory=list)
    # Participant counts below this are shown and exported as "<N", and the counts hidden to
    # protect them within a breakdown as "x" (domain/suppression.py).
    suppression_threshold: int = Field(default=5, ge=1, le=50)


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives defaults rather than a failed start."""
    path = path or paths.settings_path()
    try:
        return Settings.model_validate_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, ValidationError) as error:
        log.warning("settings file %s unreadable (%s); using defaults", path, type(error).__name__)
        return Settings()


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a temporary file beside the target, then rename over it."""
    path = path or paths.settings_path()
    payload = json.dumps(settings.model_dump(mode="json"), indent=2, ensure_ascii=False)
    atomic_write(path, payload)
