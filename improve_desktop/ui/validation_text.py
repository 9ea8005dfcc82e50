"""Validation messages from the services, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from improve_desktop.services.errors import FieldError

translate = QCoreApplication.translate


def field_error_text(error: FieldError) -> str:
    """The message for one field error; unknown codes fall back to the service's English text."""
    params = {key: str(value) for key, value in error.params.items()}
    messages = {
        "required": translate("Validation", "This field is required."),
        "too_short": translate("Validation", "Use at least %1 characters.").replace(
            "%1", params.get("min_length", "?")
        ),
        "too_long": translate("Validation", "Use at most %1 characters.").replace(
            "%1", params.get("max_length", "?")
        ),
        "pattern": translate(
            "Validation", "Use only letters A–Ö, digits and hyphens, starting with a letter or digit."
        ),
        "too_small": translate("Validation", "The value must be at least %1.").replace(
            "%1", params.get("ge", params.get("gt", "?"))
        ),
        "too_large": translate("Validation", "The value must be at most %1.").replace(
            "%1", params.get("le", params.get("lt", "?"))
        ),
        "end_before_start": translate("Validation", "The end date must be on or after the start date."),
        "duplicate": translate("Validation", "This is already in use; choose another."),
        "unknown": translate("Validation", "The chosen record no longer exists."),
    }
    return messages.get(error.code, error.message)
