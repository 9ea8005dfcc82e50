"""Words, symbols and colours for the results follow-up: status never by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from improve_desktop.domain.results import (
    CostCategory,
    Direction,
    Gender,
    IndicatorStatus,
    LogicLevel,
    starter,
)
from improve_desktop.ui.formatting import format_decimal, with_percent_sign

translate = QCoreApplication.translate


def level_text(level: LogicLevel) -> str:
    return {
        LogicLevel.ACTIVITY: translate("Results", "Activity"),
        LogicLevel.OUTPUT: translate("Results", "Output"),
        LogicLevel.SHORT_TERM_OUTCOME: translate("Results", "Short-term outcome"),
        LogicLevel.LONG_TERM_OUTCOME: translate("Results", "Long-term outcome"),
        LogicLevel.IMPACT: translate("Results", "Impact"),
    }[level]


def status_text(status: IndicatorStatus) -> str:
    """The status in words, with a symbol that also tells it apart in greyscale."""
    return {
        IndicatorStatus.MET: translate("Results", "✔ Target met"),
        IndicatorStatus.ON_TRACK: translate("Results", "▲ On track"),
        IndicatorStatus.AT_RISK: translate("Results", "● At risk"),
        IndicatorStatus.OFF_TRACK: translate("Results", "▼ Off track"),
        IndicatorStatus.NO_DATA: translate("Results", "– No value yet"),
    }[status]


STATUS_COLOURS = {
    IndicatorStatus.MET: QColor("#1e7b34"),
    IndicatorStatus.ON_TRACK: QColor("#2e7d32"),
    IndicatorStatus.AT_RISK: QColor("#b26a00"),
    IndicatorStatus.OFF_TRACK: QColor("#b3261e"),
    IndicatorStatus.NO_DATA: QColor("#5f6368"),
}


def direction_text(direction: Direction) -> str:
    return {
        Direction.HIGHER_IS_BETTER: translate("Results", "Higher is better"),
        Direction.LOWER_IS_BETTER: translate("Results", "Lower is better"),
    }[direction]


def category_text(category: CostCategory) -> str:
    return {
        CostCategory.STAFF: translate("Results", "Staff"),
        CostCategory.EXTERNAL: translate("Results", "External services"),
        CostCategory.PREMISES: translate("Results", "Premises"),
        CostCategory.TRAVEL: translate("Results", "Travel"),
        CostCategory.PARTICIPANTS: translate("Results", "Participant costs"),
        CostCategory.OTHER: translate("Results", "Other costs"),
    }[category]


def gender_text(gender: str) -> str:
    return {
        Gender.WOMAN.value: translate("Results", "Women"),
        Gender.MAN.value: translate("Results", "Men"),
        Gender.OTHER.value: translate("Results", "Other or not stated"),
    }.get(gender, gender)


def exit_text(status: str) -> str:
    return {
        "work": translate("Results", "Work"),
        "studies": translate("Results", "Studies"),
        "job_seeking": translate("Results", "Job seeking"),
        "other": translate("Results", "Other"),
        "not_known": translate("Results", "Not known"),
    }.get(status, status)


def indicator_name(key: str, stored_name: str, language: str) -> str:
    """A starter indicator in the user's language; the project's own ones as they were named."""
    known = starter(key)
    if known is None or stored_name not in (known.name_sv, known.name_en):
        return stored_name  # the project's own, or a starter the user renamed
    return known.name_sv if language == "sv" else known.name_en


def format_figure(value: float | None, unit: str = "") -> str:
    """A value with its unit: 34.5 %, 98 000 kr, 4.1."""
    if value is None:
        return "–"
    decimals = 0 if abs(value) >= 1000 or float(value).is_integer() else 1
    text = format_decimal(value, decimals)
    if unit == "%":
        return with_percent_sign(text)
    if unit in ("kr", "SEK"):
        return translate("Results", "%1 SEK").replace("%1", text)
    return text


def format_change(value: float | None, unit: str = "") -> str:
    """A movement with its sign: +2.5 percentage points, −3 300 SEK."""
    if value is None:
        return "–"
    sign = "+" if value > 0 else "−" if value < 0 else "±"
    decimals = 0 if abs(value) >= 100 else 1
    number = format_decimal(abs(value), decimals)
    if unit == "%":
        return translate("Results", "%1 pp").replace("%1", f"{sign}{number}")
    if unit in ("kr", "SEK"):
        return translate("Results", "%1 SEK").replace("%1", f"{sign}{number}")
    return f"{sign}{number}"
