"""What an agenda item says in meeting mode: how the iteration went, the decision request,
the actions due, the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from improve_desktop.domain.steering import AgendaKind
from improve_desktop.services.steering_schemas import AgendaItemRead
from improve_desktop.ui.formatting import goal_outcome_text
from improve_desktop.ui.steering_words import OVERDUE_MARK, action_status_text, optional_date


def item_text(item: AgendaItemRead) -> str:
    """The body of the current item: how the iteration went, the request, the actions due."""
    translate = QCoreApplication.translate
    lines: list[str] = []
    review = item.review
    if review is not None:
        lines.append(translate("MeetingMode", "Iteration %1: %2").replace("%1", str(review.number))
                     .replace("%2", review.goal or "–"))
        outcome = goal_outcome_text(review.goal_outcome)
        lines.append(f"{outcome}. {review.goal_comment}".strip())
        if review.committed_points is not None:
            lines.append(translate("MeetingMode", "Completed %1 of %2 committed points").replace(
                "%1", str(review.completed_points or 0)).replace(
                "%2", str(review.committed_points)))
        if review.velocity:
            lines.append(translate("MeetingMode", "Velocity, last iterations: %1").replace(
                "%1", " → ".join(str(v) for v in review.velocity)))
    request = item.request
    if request is not None:
        if request.question != item.title:
            lines.append(request.question)
        if request.options:
            lines.append(translate("MeetingMode", "Options:") + "\n" + request.options)
        if request.recommendation:
            lines.append(translate("MeetingMode", "Recommendation: %1").replace(
                "%1", request.recommendation))
        lines.append(translate("MeetingMode", "Raised by %1 on %2").replace(
            "%1", request.raised_by or "–").replace("%2", optional_date(request.raised_on)))
    if item.kind is AgendaKind.FOLLOW_UP:
        if not item.due_actions:
            lines.append(translate("MeetingMode", "No actions are due."))
        for action in item.due_actions:
            mark = (f"{OVERDUE_MARK} " + translate("MeetingMode", "Overdue") + ": "
                    if action.overdue else "")
            lines.append(f"• {mark}{action.text} — {action.owner or '–'}, "
                         f"{optional_date(action.due_on)} ({action_status_text(action.status)})")
    if item.details:
        lines.append(item.details)
    if item.notes:
        lines.append(translate("MeetingMode", "Notes: %1").replace("%1", item.notes))
    if not lines:
        # An item with nothing more to show (information, say): the middle is not left blank.
        lines.append(translate("MeetingMode", "Nothing more is written for this item. Type a "
                                              "decision or an action, or go on with Page Down."))
    return "\n".join(lines)
