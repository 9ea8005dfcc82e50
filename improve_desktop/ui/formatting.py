"""Locale-aware text for dates, money and the domain's vocabularies."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from improve_desktop.domain.enums import (
    ClusterRole,
    GoalOutcome,
    ItemKind,
    ItemStatus,
    IterationState,
    ProjectStatus,
)

if TYPE_CHECKING:
    from improve_desktop.services.schemas import IterationRead

# The alias keeps lines short; pyside6-lupdate recognises calls to ``translate``.
translate = QCoreApplication.translate


def format_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_date_range(start: date, end: date) -> str:
    return f"{format_date(start)} – {format_date(end)}"


def format_sek(amount: int) -> str:
    return translate("Vocabulary", "%1 SEK").replace("%1", QLocale().toString(amount))


def goal_outcome_text(outcome: GoalOutcome | None) -> str:
    return {
        GoalOutcome.MET: translate("Vocabulary", "Goal met"),
        GoalOutcome.PARTLY: translate("Vocabulary", "Goal partly met"),
        GoalOutcome.NOT_MET: translate("Vocabulary", "Goal not met"),
        None: translate("Vocabulary", "Not assessed"),
    }[outcome]


def item_status_text(status: ItemStatus) -> str:
    return {
        ItemStatus.TODO: translate("Vocabulary", "To do"),
        ItemStatus.IN_PROGRESS: translate("Vocabulary", "In progress"),
        ItemStatus.DONE: translate("Vocabulary", "Done"),
    }[status]


def item_kind_text(kind: ItemKind) -> str:
    return {
        ItemKind.STORY: translate("Vocabulary", "Story"),
        ItemKind.ACTIVITY: translate("Vocabulary", "Activity"),
        ItemKind.TASK: translate("Vocabulary", "Task"),
        ItemKind.IMPROVEMENT: translate("Vocabulary", "Improvement"),
        ItemKind.RISK: translate("Vocabulary", "Risk"),
    }[kind]


def iteration_state_text(state: IterationState) -> str:
    return {
        IterationState.PLANNED: translate("Vocabulary", "Planned", "iteration state"),
        IterationState.ACTIVE: translate("Vocabulary", "Active"),
        IterationState.CLOSED: translate("Vocabulary", "Closed"),
    }[state]


def iteration_label(iteration: IterationRead, *, with_dates: bool = False) -> str:
    """How every screen names an iteration: "Iteration 6 (active)", with its dates when the
    choice needs them: "Iteration 6 (active) · 23/11/2026 – 06/12/2026"."""
    label = translate("Vocabulary", "%1 (%2)", "iteration and its state").replace(
        "%1", iteration.name).replace("%2", iteration_state_text(iteration.state).lower())
    if with_dates:
        label += " · " + format_date_range(iteration.start_date, iteration.end_date)
    return label


def project_status_text(status: ProjectStatus) -> str:
    return {
        ProjectStatus.PLANNED: translate("Vocabulary", "Planned", "project status"),
        ProjectStatus.RUNNING: translate("Vocabulary", "Running", "project status"),
        ProjectStatus.PAUSED: translate("Vocabulary", "Paused", "project status"),
        ProjectStatus.FINISHED: translate("Vocabulary", "Finished", "project status"),
    }[status]


def cluster_role_text(role: ClusterRole) -> str:
    return {
        ClusterRole.CHAIR: translate("Vocabulary", "Chair"),
        ClusterRole.MEMBER: translate("Vocabulary", "Member"),
        ClusterRole.SECRETARY: translate("Vocabulary", "Secretary"),
        ClusterRole.ADJUNCT: translate("Vocabulary", "Adjunct"),
    }[role]


def trend_text(trend: str) -> str:
    return {
        "rising": translate("Vocabulary", "rising"),
        "falling": translate("Vocabulary", "falling"),
        "steady": translate("Vocabulary", "steady"),
    }.get(trend, translate("Vocabulary", "not enough iterations yet"))


def format_percent(share: float) -> str:
    """A share as a whole percentage in the user's locale ("81 %" in Swedish, "81%" in English)."""
    return with_percent_sign(QLocale().toString(round(share * 100)))


def with_percent_sign(number: str) -> str:
    """The percent sign as the user's language writes it: after a (non-breaking) space in
    Swedish, straight after the number in English. Every screen writes percentages so."""
    if QLocale().language() == QLocale.Language.Swedish:
        return f"{number}\u00a0%"
    return f"{number}%"


def format_decimal(value: float, decimals: int = 1) -> str:
    return QLocale().toString(value, "f", decimals)
