"""The result of a mutation: the value it produced and what it changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from improve_desktop.services.change import Change

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    change: Change
