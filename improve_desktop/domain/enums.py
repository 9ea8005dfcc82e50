"""The closed vocabularies of the domain, stored by their value."""

from __future__ import annotations

from enum import StrEnum


class ClusterRole(StrEnum):
    CHAIR = "chair"
    MEMBER = "member"
    SECRETARY = "secretary"
    ADJUNCT = "adjunct"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class IterationState(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    CLOSED = "closed"


class GoalOutcome(StrEnum):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"


class ItemKind(StrEnum):
    STORY = "story"
    ACTIVITY = "activity"
    TASK = "task"
    IMPROVEMENT = "improvement"
    RISK = "risk"


class ItemStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
