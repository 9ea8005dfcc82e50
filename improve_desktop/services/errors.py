"""Service errors with one clear message per field, never a traceback.

Messages are English here (the core has no Qt); each carries a stable ``code`` and its
parameters so that the UI can show the same message in the user's language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError


class ServiceError(Exception):
    """Base of errors a user can act on; ``str()`` is one readable line."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one input field."""

    field: str
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


# Pydantic's error types mapped to our codes and English messages; {placeholders} come from
# the error's context.
_PYDANTIC_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("required", "is required"),
    "string_too_short": ("too_short", "must be at least {min_length} characters"),
    "string_too_long": ("too_long", "must be at most {max_length} characters"),
    "too_short": ("too_short", "must be at least {min_length} characters"),
    "too_long": ("too_long", "must be at most {max_length} characters"),
    "string_pattern_mismatch": ("pattern", "has characters that are not allowed"),
    "greater_than_equal": ("too_small", "must be at least {ge}"),
    "greater_than": ("too_small", "must be more than {gt}"),
    "less_than_equal": ("too_large", "must be at most {le}"),
    "less_than": ("too_large", "must be less than {lt}"),
    "extra_forbidden": ("unknown_field", "is not a known field"),
    "enum": ("choice", "must be one of: {expected}"),
    "literal_error": ("choice", "must be one of: {expected}"),
}


def _field_name(location: Iterable[Any]) -> str:
    return ".".join(str(part) for part in location)


def field_errors_from(error: ValidationError) -> list[FieldError]:
    """Turn Pydantic's errors into our field errors, one per field and problem."""
    result: list[FieldError] = []
    for detail in error.errors(include_url=False):
        error_type = str(detail["type"])
        context = dict(detail.get("ctx") or {})
        if error_type in ("string_too_short", "too_short") and context.get("min_length") == 1:
            code, message = "required", "must not be empty"
        elif error_type in _PYDANTIC_MESSAGES:
            code, template = _PYDANTIC_MESSAGES[error_type]
            try:
                message = template.format(**context)
            except (KeyError, IndexError):
                message = str(detail["msg"])
        else:
            # Our own PydanticCustomError codes and type errors keep Pydantic's text,
            # which for custom errors is the message we wrote.
            code, message = error_type, str(detail["msg"])
            message = message.removeprefix("Value error, ")
        params = {key: value for key, value in context.items() if key != "error"}
        result.append(FieldError(_field_name(detail["loc"]), code, message, params))
    return result


class ValidationFailed(ServiceError):
    """Input that breaks the rules; ``errors`` holds one entry per field and problem."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(str(item) for item in self.errors))

    @classmethod
    def single(cls, field_name: str, code: str, message: str, **params: Any) -> ValidationFailed:
        return cls([FieldError(field_name, code, message, params)])

    @classmethod
    def from_pydantic(cls, error: ValidationError) -> ValidationFailed:
        return cls(field_errors_from(error))


class NotFound(ServiceError):
    def __init__(self, what: str, key: str) -> None:
        super().__init__(f"no {what} {key!r}")
        self.what = what
        self.key = key


class Refused(ServiceError):
    """An operation that cannot be done in the present state (e.g. demo into a full database)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class SaveFailed(ServiceError):
    """A change could not be saved and was rolled back; what was saved before is intact.

    ``code`` is ``disk_full``, ``read_only_media``, ``io_error``, ``busy``, ``damaged`` or
    ``read_only`` (the database was opened read-only).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def as_service_error(error: BaseException) -> ServiceError | None:
    """The error a user can act on that ``error`` stands for, or None for a real bug.

    Service methods let the store's write failures through; the UI asks this function
    (instead of importing the store) whether an unexpected exception was one of them.
    """
    from improve_desktop.store.errors import ReadOnlyStore, WriteFailed

    if isinstance(error, ServiceError):
        return error
    if isinstance(error, WriteFailed):
        return SaveFailed(error.reason, str(error))
    if isinstance(error, ReadOnlyStore):
        return SaveFailed("read_only", str(error))
    return None
