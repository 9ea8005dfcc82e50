"""Retrospective formats, their columns, action statuses and the dot-vote rule.

Column keys are stable identifiers stored with each note; the UI translates them into labels.
"""

from __future__ import annotations

from enum import StrEnum


class RetroFormat(StrEnum):
    START_STOP_CONTINUE = "start_stop_continue"
    WELL_IMPROVE_IDEAS = "well_improve_ideas"
    FOUR_L = "four_l"
    SAILBOAT = "sailboat"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionReview(StrEnum):
    """What a retrospective decides about an action of the retrospective before it."""

    DONE = "done"
    CARRIED_FORWARD = "carried_forward"
    DROPPED = "dropped"


# The columns of each format, in board order.
FORMAT_COLUMNS: dict[RetroFormat, tuple[str, ...]] = {
    RetroFormat.START_STOP_CONTINUE: ("start", "stop", "continue"),
    RetroFormat.WELL_IMPROVE_IDEAS: ("went_well", "to_improve", "ideas"),
    RetroFormat.FOUR_L: ("liked", "learned", "lacked", "longed_for"),
    RetroFormat.SAILBOAT: ("wind", "anchors", "rocks", "island"),
}

DEFAULT_VOTE_BUDGET = 3


def columns_of(retro_format: RetroFormat) -> tuple[str, ...]:
    return FORMAT_COLUMNS[retro_format]


def votes_left(budget: int, used: int) -> int:
    """Dots a person may still place; never negative."""
    return max(0, budget - used)


def split_tags(text: str) -> tuple[str, ...]:
    """Tags from free text separated by commas: trimmed, lower case, no duplicates, in order."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = " ".join(part.split()).lower()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def join_tags(tags: tuple[str, ...] | list[str]) -> str:
    return ", ".join(split_tags(",".join(tags)))
