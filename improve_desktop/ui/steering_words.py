"""Words for the steering vocabularies (meeting states, agenda kinds, decision kinds and
statuses, action statuses), and the status markers that never rely on colour alone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from improve_desktop.domain.steering import (
    ActionSource,
    AgendaKind,
    AgendaOutcome,
    DecisionKind,
    DecisionStatus,
    MeetingState,
    SteeringActionStatus,
)
from improve_desktop.ui.formatting import format_date

translate = QCoreApplication.translate

# Symbols shown beside the words (a screen reader reads the words).
OVERDUE_MARK = "⚠"
DONE_MARK = "✓"
CARRIED_MARK = "→"
CURRENT_MARK = "▶"


def meeting_state_text(state: MeetingState) -> str:
    return {
        MeetingState.PLANNED: translate("Steering", "Planned"),
        MeetingState.HELD: translate("Steering", "Held"),
        MeetingState.APPROVED: translate("Steering", "Minutes approved"),
    }[state]


def agenda_kind_text(kind: AgendaKind) -> str:
    return {
        AgendaKind.ITERATION_REVIEW: translate("Steering", "Iteration review"),
        AgendaKind.DECISION_REQUEST: translate("Steering", "Decision request"),
        AgendaKind.FOLLOW_UP: translate("Steering", "Follow-up of actions"),
        AgendaKind.INFORMATION: translate("Steering", "Information"),
    }[kind]


def agenda_outcome_text(outcome: AgendaOutcome) -> str:
    return {
        AgendaOutcome.PENDING: translate("Steering", "Not yet dealt with"),
        AgendaOutcome.DONE: translate("Steering", "Dealt with"),
        AgendaOutcome.CARRIED_OVER: translate("Steering", "Moved to the next meeting"),
    }[outcome]


def decision_kind_text(kind: DecisionKind) -> str:
    return {
        DecisionKind.APPROVE: translate("Steering", "Approve"),
        DecisionKind.CHANGE_SCOPE: translate("Steering", "Change of scope"),
        DecisionKind.REPRIORITISE: translate("Steering", "Reprioritise"),
        DecisionKind.BUDGET: translate("Steering", "Budget"),
        DecisionKind.STOP_PAUSE: translate("Steering", "Stop or pause"),
        DecisionKind.ESCALATE: translate("Steering", "Escalate"),
        DecisionKind.INFORMATION: translate("Steering", "Information"),
    }[kind]


def decision_status_text(status: DecisionStatus) -> str:
    return {
        DecisionStatus.PROPOSED: translate("Steering", "Proposed"),
        DecisionStatus.DECIDED: translate("Steering", "Decided"),
        DecisionStatus.IN_PROGRESS: translate("Steering", "Being carried out"),
        DecisionStatus.DONE: translate("Steering", "Done"),
        DecisionStatus.REJECTED: translate("Steering", "Rejected"),
        DecisionStatus.SUPERSEDED: translate("Steering", "Superseded"),
    }[status]


def action_status_text(status: SteeringActionStatus) -> str:
    return {
        SteeringActionStatus.OPEN: translate("Steering", "Open"),
        SteeringActionStatus.IN_PROGRESS: translate("Steering", "In progress"),
        SteeringActionStatus.DONE: translate("Steering", "Done"),
        SteeringActionStatus.ON_HOLD: translate("Steering", "On hold"),
    }[status]


def action_source_text(source: ActionSource) -> str:
    return {
        ActionSource.MEETING: translate("Steering", "Meeting"),
        ActionSource.DECISION: translate("Steering", "Decision"),
        ActionSource.RETROSPECTIVE: translate("Steering", "Retrospective"),
    }[source]


def attention_text(*, overdue: bool, review_due: bool = False) -> str:
    """"⚠ Overdue", "⚠ Review due" or both, in words; empty when nothing stands out."""
    parts = []
    if overdue:
        parts.append(translate("Steering", "Overdue"))
    if review_due:
        parts.append(translate("Steering", "Review due"))
    return f"{OVERDUE_MARK} " + ", ".join(parts) if parts else ""


def edited_field_text(field: str) -> str:
    """A field named in the edit history, in words (the store keeps its column name)."""
    words = {
        "title": translate("SteeringWords", "title"),
        "text": translate("SteeringWords", "text"),
        "details": translate("SteeringWords", "details"),
        "notes": translate("SteeringWords", "notes"),
        "rationale": translate("SteeringWords", "rationale"),
        "owner": translate("SteeringWords", "owner"),
        "due_on": translate("SteeringWords", "due date"),
        "review_on": translate("SteeringWords", "review date"),
        "status": translate("SteeringWords", "status"),
        "state": translate("SteeringWords", "state"),
        "kind": translate("SteeringWords", "kind"),
        "outcome": translate("SteeringWords", "outcome"),
        "minutes": translate("SteeringWords", "minutes"),
        "place": translate("SteeringWords", "place"),
        "meeting_date": translate("SteeringWords", "date"),
        "start_time": translate("SteeringWords", "start time"),
        "project_id": translate("SteeringWords", "project"),
        "backlog_item_id": translate("SteeringWords", "backlog item"),
    }
    return words.get(field, field)


def optional_date(value: date | None) -> str:
    return format_date(value) if value is not None else "–"
