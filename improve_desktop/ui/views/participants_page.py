"""Participant figures per period, with small counts shown as "<5" and the cells hidden to
protect them shown as "x" (domain/suppression.py, domain/participant_cells.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.participant_cells import PeriodTexts, period_texts
from improve_desktop.domain.results import AGE_BANDS, EXIT_STATUSES, Gender
from improve_desktop.domain.suppression import SECONDARY_MARK
from improve_desktop.services.results_schemas import ParticipantPeriod
from improve_desktop.ui.formatting import format_date_range
from improve_desktop.ui.results_text import exit_text, gender_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


Measure = tuple[str, Callable[[PeriodTexts], str]]


def participant_measures() -> list[Measure]:
    """The rows: totals, started by gender and by age band, ended by exit status."""
    started = translate("ParticipantsPage", "Started")
    measures: list[Measure] = [
        (started, lambda t: t.started),
        (translate("ParticipantsPage", "Ended"), lambda t: t.ended),
    ]
    for i, gender in enumerate(Gender):
        measures.append((f"{started}: {gender_text(gender.value).lower()}",
                         lambda t, i=i: t.started_by_gender[i]))
    for i, band in enumerate(AGE_BANDS):
        measures.append((translate("ParticipantsPage", "%1: %2 years")
                         .replace("%1", started).replace("%2", band),
                         lambda t, i=i: t.started_by_age[i]))
    for i, status in enumerate(EXIT_STATUSES):
        measures.append((translate("ParticipantsPage", "Exit: %1")
                         .replace("%1", exit_text(status).lower()),
                         lambda t, i=i: t.exits[i]))
    return measures


class ParticipantTableModel(QAbstractTableModel):
    """Measures down, periods across (a few periods read better this way than a wide table)."""

    def __init__(self, threshold: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self.measures = participant_measures()
        self.periods: list[ParticipantPeriod] = []
        self.texts: list[PeriodTexts] = []  # per period, worked out once per reset

    def set_periods(self, periods: list[ParticipantPeriod]) -> None:
        self.beginResetModel()
        self.periods = list(periods)
        self.texts = [period_texts(period, self.threshold) for period in self.periods]
        self.endResetModel()

    def set_threshold(self, threshold: int) -> None:
        self.beginResetModel()
        self.threshold = threshold
        self.texts = [period_texts(period, threshold) for period in self.periods]
        self.endResetModel()

    def has_secondary(self) -> bool:
        """Whether some cell is hidden to protect another (the note then explains the mark)."""
        return any(texts.has_secondary for texts in self.texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self.periods)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if section == 0:
            return translate("ParticipantsPage", "Participants")
        if 1 <= section <= len(self.periods):
            period = self.periods[section - 1]
            return format_date_range(period.period_start, period.period_end)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.measures):
            return None
        label, getter = self.measures[index.row()]
        column = index.column()
        text = getter(self.texts[column - 1]) if 1 <= column <= len(self.texts) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return label if column == 0 else text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return label if column == 0 else _explained(text)
        if role == Qt.ItemDataRole.ToolTipRole and text == SECONDARY_MARK:
            return _explained(text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _explained(text: str | None) -> str | None:
    """The secondary mark alone says nothing to a screen reader or a first-time reader."""
    if text != SECONDARY_MARK:
        return text
    return translate("ParticipantsPage", "Hidden so that a small count in the same breakdown "
                     "cannot be worked out from the total")


class ParticipantsPage(QWidget):
    """The figures as a table, and the way to import a new file."""

    def __init__(self, threshold: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threshold = threshold
        self.import_requested: Callable[[], None] = lambda: None
        self.model = ParticipantTableModel(threshold, self)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participant figures per period"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heading = QLabel(self.tr("&Participants (aggregated, as reported to SUS)"))
        heading.setObjectName("sectionTitle")
        heading.setBuddy(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.set_threshold(threshold)
        self.import_button = QPushButton(self.tr("&Import participant figures…"))
        self.import_button.setAccessibleName(self.tr("Import participant figures"))
        self.import_button.clicked.connect(lambda: self.import_requested())
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.setFocusProxy(self.table)

    def set_threshold(self, threshold: int) -> None:
        """View → Small-count threshold… changes it while the page is open."""
        self.threshold = threshold
        self.model.set_threshold(threshold)
        self._explain()

    def show_periods(self, periods: list[ParticipantPeriod]) -> None:
        self.model.set_periods(periods)
        self._explain()

    def _explain(self) -> None:
        text = (self.tr("Counts below %1 are shown as <%1 so that no one can be "
                        "recognised; they are stored as reported.")
                .replace("%1", str(self.threshold)))
        if self.model.has_secondary():
            text += " " + self.tr("%1: hidden so that a small count in the same breakdown "
                                  "cannot be worked out from the total.").replace(
                                      "%1", SECONDARY_MARK)
        self.note.setText(text)
