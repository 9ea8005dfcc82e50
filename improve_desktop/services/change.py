"""What a mutation changed, so that screens can refresh exactly what they show."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityKind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"
    CLUSTER = "cluster"
    PROJECT = "project"
    ITERATION = "iteration"
    BACKLOG_ITEM = "backlog_item"
    METHOD = "method"
    RETROSPECTIVE = "retrospective"
    LESSON = "lesson"
    MEETING = "meeting"
    DECISION = "decision"  # decisions, steering actions and decision requests
    LOGIC_MODEL = "logic_model"
    INDICATOR = "indicator"
    PARTICIPANTS = "participants"
    BUDGET = "budget"


@dataclass(frozen=True)
class Change:
    """The kinds of things a mutation touched and the ids it created, updated or deleted."""

    kinds: frozenset[EntityKind]
    ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, kind: EntityKind, *ids: str) -> Change:
        return cls(frozenset({kind}), frozenset(ids))

    @classmethod
    def everything(cls) -> Change:
        """A change that may touch anything (a new database, a demo load, an import)."""
        return cls(frozenset(EntityKind))

    def touches(self, *kinds: EntityKind) -> bool:
        return any(kind in self.kinds for kind in kinds)

    def __or__(self, other: Change) -> Change:
        return Change(self.kinds | other.kinds, self.ids | other.ids)
