"""Words of the retrospective board: formats, columns, action states, votes in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from improve_desktop.domain.retrospectives import ActionStatus, RetroFormat
from improve_desktop.services.errors import Refused, ServiceError
from improve_desktop.services.retro_schemas import ActionRead
from improve_desktop.ui.validation_text import refusal_text

translate = QCoreApplication.translate


def format_text(retro_format: RetroFormat) -> str:
    return {
        RetroFormat.START_STOP_CONTINUE: translate("Retro", "Start, stop, continue"),
        RetroFormat.WELL_IMPROVE_IDEAS: translate("Retro", "Went well, to improve, ideas"),
        RetroFormat.FOUR_L: translate("Retro", "4L: liked, learned, lacked, longed for"),
        RetroFormat.SAILBOAT: translate("Retro", "Sailboat: wind, anchors, rocks, island"),
    }[retro_format]


def short_format_text(retro_format: RetroFormat) -> str:
    """The format's name alone, for headings."""
    return {
        RetroFormat.START_STOP_CONTINUE: translate("Retro", "Start, stop, continue"),
        RetroFormat.WELL_IMPROVE_IDEAS: translate("Retro", "Went well, to improve, ideas"),
        RetroFormat.FOUR_L: translate("Retro", "4L"),
        RetroFormat.SAILBOAT: translate("Retro", "Sailboat"),
    }[retro_format]


def column_text(column_key: str) -> str:
    return {
        "start": translate("Retro", "Start"),
        "stop": translate("Retro", "Stop"),
        "continue": translate("Retro", "Continue"),
        "went_well": translate("Retro", "Went well"),
        "to_improve": translate("Retro", "To improve"),
        "ideas": translate("Retro", "Ideas"),
        "liked": translate("Retro", "Liked"),
        "learned": translate("Retro", "Learned"),
        "lacked": translate("Retro", "Lacked"),
        "longed_for": translate("Retro", "Longed for"),
        "wind": translate("Retro", "Wind (what pushes us on)"),
        "anchors": translate("Retro", "Anchors (what holds us back)"),
        "rocks": translate("Retro", "Rocks (risks ahead)"),
        "island": translate("Retro", "Island (our goal)"),
    }.get(column_key, column_key)


def action_status_text(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: translate("Retro", "Open"),
        ActionStatus.IN_PROGRESS: translate("Retro", "In progress"),
        ActionStatus.DONE: translate("Retro", "✓ Done"),
        ActionStatus.DROPPED: translate("Retro", "✗ Dropped"),
    }[status]


def review_text(action: ActionRead) -> str:
    """What the retrospective after this action's decided about it, in words and a symbol."""
    if action.carried_to_id is not None:
        text = translate("Retro", "→ Carried forward")
    elif action.status is ActionStatus.DONE:
        text = translate("Retro", "✓ Done")
    elif action.status is ActionStatus.DROPPED:
        text = translate("Retro", "✗ Dropped")
    else:
        return translate("Retro", "? Not decided yet")
    return f"{text}: {action.review_note}" if action.review_note else text


def is_decided(action: ActionRead) -> bool:
    return action.carried_to_id is not None or action.status in (
        ActionStatus.DONE, ActionStatus.DROPPED)


def number_word(number: int) -> str:
    """Small numbers in words (a screen reader and a tired facilitator both read them better)."""
    words = (
        translate("Retro", "no"), translate("Retro", "one"), translate("Retro", "two"),
        translate("Retro", "three"), translate("Retro", "four"), translate("Retro", "five"),
        translate("Retro", "six"), translate("Retro", "seven"), translate("Retro", "eight"),
        translate("Retro", "nine"), translate("Retro", "ten"),
    )
    return words[number] if 0 <= number < len(words) else str(number)


def votes_left_text(voter: str, left: int, budget: int) -> str:
    if not voter:
        return translate("Retro", "Type your initials to vote (%1 votes each).").replace(
            "%1", number_word(budget))
    if left == 0:
        return translate("Retro", "%1 has used all %2 votes.").replace("%1", voter).replace(
            "%2", number_word(budget))
    return translate("Retro", "%1 has %2 of %3 votes left.").replace("%1", voter).replace(
        "%2", number_word(left)).replace("%3", number_word(budget))


def votes_text(votes: int) -> str:
    if votes == 0:
        return ""
    dots = "●" * min(votes, 10)
    return translate("Retro", "%1 %n vote(s)", "", votes).replace("%1", dots)


def retro_error_text(error: ServiceError) -> str:
    if isinstance(error, Refused):
        known = {
            "vote_budget_spent": translate("Retro", "All your votes are used; take one back "
                                           "from another note first."),
            "no_next_iteration": translate("Retro", "There is no next iteration yet: plan it "
                                           "first, the action goes into its backlog."),
            "already_in_backlog": translate("Retro", "The action is already a backlog item."),
            "already_a_lesson": translate("Retro", "The note is already a lesson."),
            "already_carried": translate("Retro", "The action is already carried forward."),
            "retrospective_exists": translate("Retro", "This iteration already has a "
                                              "retrospective."),
        }
        if error.code in known:
            return known[error.code]
    return refusal_text(error)
