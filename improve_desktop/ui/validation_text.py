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
        "overlap": translate("Validation", "The dates overlap iteration %1.").replace(
            "%1", params.get("number", "?")
        ),
    }
    return messages.get(error.code, error.message)


def refusal_text(error: Exception) -> str:
    """A refused iteration step or other service error, in the user's language where known."""
    from improve_desktop.services.errors import Refused, ValidationFailed

    if isinstance(error, ValidationFailed):
        return " ".join(field_error_text(item) for item in error.errors)
    if not isinstance(error, Refused):
        return str(error)
    params = {key: str(value) for key, value in getattr(error, "params", {}).items()}
    messages = {
        "another_active": translate(
            "Validation", "Iteration %1 is already active; close it before starting another."
        ).replace("%1", params.get("active_number", "?")),
        "not_planned": translate("Validation", "Only a planned iteration can be started."),
        "not_active": translate("Validation", "Only the active iteration can be closed."),
        "not_empty": translate("Validation", "The iteration still has items; move them first."),
        "closed": translate("Validation", "The iteration is closed."),
    }
    return messages.get(error.code, str(error))
