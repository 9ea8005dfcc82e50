"""Fetching a row by its key, or a NotFound that names what was missing."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from improve_desktop.services.errors import NotFound

RowT = TypeVar("RowT")


def require(session: Session, model: type[RowT], key: Any, what: str) -> RowT:
    """``session.get(model, key)``, raising NotFound(what, key) when there is no such row."""
    row = session.get(model, key)
    if row is None:
        raise NotFound(what, str(key))
    return row
