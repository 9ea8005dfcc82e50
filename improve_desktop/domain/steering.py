"""Steering clusters: meeting states, agenda kinds, decision kinds and statuses, action statuses,
and the rules of reference numbers and of what counts as overdue.

Values are stable identifiers stored in the database; the UI translates them into words.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum


class MeetingState(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    APPROVED = "approved"  # the minutes are approved


class AgendaKind(StrEnum):
    ITERATION_REVIEW = "iteration_review"
    DECISION_REQUEST = "decision_request"
    FOLLOW_UP = "follow_up"
    INFORMATION = "information"


class AgendaOutcome(StrEnum):
    PENDING = "pending"  # not yet dealt with
    DONE = "done"  # dealt with in this meeting
    CARRIED_OVER = "carried_over"  # not reached: moved to the next meeting


class DecisionKind(StrEnum):
    APPROVE = "approve"
    CHANGE_SCOPE = "change_scope"
    REPRIORITISE = "reprioritise"
    BUDGET = "budget"
    STOP_PAUSE = "stop_pause"
    ESCALATE = "escalate"
    INFORMATION = "information"


class DecisionStatus(StrEnum):
    PROPOSED = "proposed"
    DECIDED = "decided"
    IN_PROGRESS = "in_progress"  # being carried out
    DONE = "done"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


class SteeringActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ON_HOLD = "on_hold"


class ActionSource(StrEnum):
    MEETING = "meeting"
    DECISION = "decision"
    RETROSPECTIVE = "retrospective"


class RequestStatus(StrEnum):
    OPEN = "open"  # waiting for a meeting
    ANSWERED = "answered"  # a decision answers it
    WITHDRAWN = "withdrawn"


# Statuses in which a decision still asks for follow-up.
OPEN_DECISION_STATUSES = frozenset(
    {DecisionStatus.PROPOSED, DecisionStatus.DECIDED, DecisionStatus.IN_PROGRESS}
)
OPEN_ACTION_STATUSES = frozenset(
    {SteeringActionStatus.OPEN, SteeringActionStatus.IN_PROGRESS, SteeringActionStatus.ON_HOLD}
)

# Which status may follow which; superseding goes through its own service call.
DECISION_STEPS: dict[DecisionStatus, frozenset[DecisionStatus]] = {
    DecisionStatus.PROPOSED: frozenset({DecisionStatus.DECIDED, DecisionStatus.REJECTED}),
    DecisionStatus.DECIDED: frozenset(
        {DecisionStatus.IN_PROGRESS, DecisionStatus.DONE, DecisionStatus.PROPOSED}
    ),
    DecisionStatus.IN_PROGRESS: frozenset({DecisionStatus.DONE, DecisionStatus.DECIDED}),
    DecisionStatus.DONE: frozenset({DecisionStatus.IN_PROGRESS}),
    DecisionStatus.REJECTED: frozenset({DecisionStatus.PROPOSED}),
    DecisionStatus.SUPERSEDED: frozenset(),
}

_REFERENCE = re.compile(r"^([A-Z0-9ÅÄÖ][A-Z0-9ÅÄÖ\-]*)-(\d{4})-(\d{3,})$")


def format_reference(cluster_code: str, year: int, number: int) -> str:
    """``SK-2026-014``: the cluster's code, the year, a running number (at least 3 digits)."""
    return f"{cluster_code}-{year:04d}-{number:03d}"


def parse_reference(reference: str) -> tuple[str, int, int] | None:
    match = _REFERENCE.match(reference.strip().upper())
    if match is None:
        return None
    return match.group(1), int(match.group(2)), int(match.group(3))


def may_step(old: DecisionStatus, new: DecisionStatus) -> bool:
    return old == new or new in DECISION_STEPS[old]


def action_overdue(status: SteeringActionStatus, due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today and status in OPEN_ACTION_STATUSES


def decision_overdue(status: DecisionStatus, due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today and status in OPEN_DECISION_STATUSES


def review_passed(status: DecisionStatus, review_on: date | None, today: date) -> bool:
    """A decision whose review date has come while it still stands is due for review."""
    return (
        review_on is not None
        and review_on <= today
        and status not in (DecisionStatus.SUPERSEDED, DecisionStatus.REJECTED)
    )


_RELATIVE = re.compile(r"^\+\s*(\d{1,3})\s*([dDwWvV]?)$")


def parse_due_date(text: str, today: date) -> date | None:
    """A due date typed in a meeting: ``2026-12-15``, ``+14`` (days) or ``+2w``/``+2v`` (weeks).

    Empty text is no date; anything else raises ValueError.
    """
    from datetime import timedelta

    text = text.strip()
    if not text:
        return None
    relative = _RELATIVE.match(text)
    if relative:
        amount = int(relative.group(1))
        weeks = relative.group(2).lower() in ("w", "v")
        return today + timedelta(days=amount * (7 if weeks else 1))
    return date.fromisoformat(text)
