"""The indicator panel: each indicator's status in words and colour, its trend against the
target per iteration as a chart, and the same figures as a table beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.results import Direction, progress
from improve_desktop.services.results_schemas import IndicatorProgress, MeasurementRead
from improve_desktop.services.schemas import IterationRead
from improve_desktop.ui.formatting import format_date, format_percent
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.results_text import (
    STATUS_COLOURS,
    direction_text,
    format_figure,
    indicator_name,
    status_text,
)
from improve_desktop.ui.views.indicator_chart import IndicatorChart

translate = QCoreApplication.translate

COL_NAME = 0
COL_LATEST = 1
COL_TARGET = 2
COL_STATUS = 3


class IndicatorTableModel(RowTableModel[IndicatorProgress]):
    """One row per indicator: name, latest value, baseline → target, status in words."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("IndicatorTableModel", "Indicator"),
                   lambda p: indicator_name(p.indicator.key, p.indicator.name, language()),
                   lambda p: p.indicator.position),
            Column(translate("IndicatorTableModel", "Latest"),
                   lambda p: format_figure(p.latest, p.indicator.unit),
                   lambda p: p.latest if p.latest is not None else float("-inf"), numeric=True),
            Column(translate("IndicatorTableModel", "Baseline → target"),
                   lambda p: f"{format_figure(p.indicator.baseline, p.indicator.unit)} → "
                             f"{format_figure(p.indicator.target, p.indicator.unit)}"),
            Column(translate("IndicatorTableModel", "Status"), lambda p: status_text(p.status),
                   lambda p: p.status.value),
        ], parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and index.column() == COL_STATUS and 0 <= index.row() < self.rowCount():
            status = self.row_at(index.row()).status
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#ffffff"))
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(STATUS_COLOURS[status])
        return super().data(index, role)


class MeasurementModel(RowTableModel[MeasurementRead]):
    """The table alternative of the chart: iteration, date, value, status at that point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([
            Column(translate("MeasurementModel", "Iteration"),
                   lambda m: "" if m.iteration_number is None else str(m.iteration_number),
                   lambda m: m.iteration_number or 0, numeric=True),
            Column(translate("MeasurementModel", "Date"), lambda m: format_date(m.measured_on),
                   lambda m: m.measured_on),
            Column(translate("MeasurementModel", "Value"), lambda m: self._value(m),
                   lambda m: m.value, numeric=True),
            Column(translate("MeasurementModel", "Way to target"), lambda m: self._status(m)),
            Column(translate("MeasurementModel", "Note"), lambda m: m.note),
        ], parent)
        self.progress: IndicatorProgress | None = None

    def _value(self, measurement: MeasurementRead) -> str:
        unit = self.progress.indicator.unit if self.progress else ""
        return format_figure(measurement.value, unit)

    def _status(self, measurement: MeasurementRead) -> str:
        """How much of the way from baseline to target the value had come."""
        if self.progress is None:
            return ""
        indicator = self.progress.indicator
        share = progress(measurement.value, indicator.baseline, indicator.target)
        return "–" if share is None else format_percent(share)


def _table(model: RowTableModel, name: str) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class IndicatorPanel(QWidget):
    """Indicators on the left; the chosen one's chart, summary and figures on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.iterations: list[IterationRead] = []
        self.progress: list[IndicatorProgress] = []
        # Set by the owner: record a value, add the starter set, add a reference value.
        self.record: Callable[[str, str, float], None] = lambda *_a: None
        self.add_starters: Callable[[], None] = lambda: None
        self.add_reference: Callable[[str, float, str], None] = lambda *_a: None
        self.set_target: Callable[[str, float, float, str], None] = lambda *_a: None
        self.new_indicator: Callable[[], None] = lambda: None
        self.edit_indicator: Callable[[IndicatorProgress], None] = lambda _p: None
        self.delete_indicator: Callable[[IndicatorProgress], None] = lambda _p: None

        self.model = IndicatorTableModel(lambda: self.language, self)
        self.table = _table(self.model, self.tr("Indicators"))
        self.table.setObjectName("indicatorTable")
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        heading = QLabel(self.tr("&Indicators"))
        heading.setObjectName("sectionTitle")
        heading.setBuddy(self.table)
        self.starter_button = QPushButton(self.tr("Add &starter indicators"))
        self.starter_button.setAccessibleName(self.tr("Add starter indicators"))
        self.starter_button.clicked.connect(lambda: self.add_starters())
        self.new_button = QPushButton(self.tr("&New indicator…"))
        self.new_button.setAccessibleName(self.tr("New indicator"))
        self.new_button.clicked.connect(lambda: self.new_indicator())
        self.edit_button = QPushButton(self.tr("E&dit indicator…"))
        self.edit_button.setAccessibleName(self.tr("Edit indicator"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("De&lete indicator"))
        self.delete_button.setAccessibleName(self.tr("Delete indicator"))
        self.delete_button.clicked.connect(self._delete)
        self.table.setAccessibleDescription(self.tr(
            "Insert adds an indicator, F2 edits the chosen one, Delete deletes it."))
        for keys, slot in (("Insert", lambda: self.new_indicator()), ("F2", self._edit),
                           ("Delete", self._delete)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.starter_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)

        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("indicatorStatus")
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status_label.setAccessibleName(self.tr("Status against the target"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName(self.tr("Indicator summary"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.chart = IndicatorChart()
        self.measurements = MeasurementModel(self)
        self.measurement_table = _table(self.measurements, self.tr("Indicator values per iteration"))
        self.measurement_table.setObjectName("measurementTable")

        self.iteration_combo = QComboBox()
        self.iteration_combo.setAccessibleName(self.tr("Iteration of the value"))
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(-1e9, 1e9)
        self.value_spin.setDecimals(1)
        self.value_spin.setAccessibleName(self.tr("Value"))
        self.record_button = QPushButton(self.tr("&Record value"))
        self.record_button.setAccessibleName(self.tr("Record value"))
        self.record_button.clicked.connect(self._record)
        record_label = QLabel(self.tr("&Value for"))
        record_label.setBuddy(self.iteration_combo)
        record_row = QHBoxLayout()
        record_row.addWidget(record_label)
        record_row.addWidget(self.iteration_combo, 1)
        record_row.addWidget(self.value_spin)
        record_row.addWidget(self.record_button)
        self.reference_spin = QDoubleSpinBox()
        self.reference_spin.setRange(-1e9, 1e9)
        self.reference_spin.setDecimals(1)
        self.reference_spin.setAccessibleName(self.tr("Reference value"))
        self.reference_source = QLineEdit()
        self.reference_source.setAccessibleName(self.tr("Source of the reference value"))
        self.reference_source.setPlaceholderText(self.tr("Source, e.g. ordinary operations 2025"))
        self.reference_button = QPushButton(self.tr("Add re&ference"))
        self.reference_button.setAccessibleName(self.tr("Add reference value"))
        self.reference_button.clicked.connect(self._add_reference)
        reference_label = QLabel(self.tr("Ordinary operations (r&eference)"))
        reference_label.setBuddy(self.reference_spin)
        reference_row = QHBoxLayout()
        reference_row.addWidget(reference_label)
        reference_row.addWidget(self.reference_spin)
        reference_row.addWidget(self.reference_source, 1)
        reference_row.addWidget(self.reference_button)

        self.baseline_spin = _figure_spin(self.tr("Baseline"))
        self.target_spin = _figure_spin(self.tr("Target"))
        self.direction_combo = QComboBox()
        self.direction_combo.setAccessibleName(self.tr("Direction"))
        for direction in Direction:
            self.direction_combo.addItem(direction_text(direction), direction.value)
        self.target_button = QPushButton(self.tr("Save &target"))
        self.target_button.setAccessibleName(self.tr("Save baseline and target"))
        self.target_button.clicked.connect(self._save_target)
        baseline_label = QLabel(self.tr("&Baseline"))
        baseline_label.setBuddy(self.baseline_spin)
        target_label = QLabel(self.tr("Tar&get"))
        target_label.setBuddy(self.target_spin)
        target_row = QHBoxLayout()
        for widget in (baseline_label, self.baseline_spin, target_label, self.target_spin,
                       self.direction_combo, self.target_button):
            target_row.addWidget(widget)
        target_row.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.status_label)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.summary)
        figures = QSplitter(Qt.Orientation.Horizontal)
        figures.addWidget(self.chart)
        figures.addWidget(self.measurement_table)
        figures.setStretchFactor(0, 3)
        figures.setStretchFactor(1, 2)
        figures.setSizes([600, 360])
        figures.setChildrenCollapsible(False)
        self.chart.setMinimumWidth(420)
        right_layout.addWidget(figures, 1)
        right_layout.addLayout(record_row)
        right_layout.addLayout(target_row)
        right_layout.addLayout(reference_row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 460])
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setMinimumHeight(200)  # the six starter rows without a scroll bar
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)
        self.setFocusProxy(self.table)

    # -- showing ----------------------------------------------------------------------------------

    def show_progress(self, progress: list[IndicatorProgress], iterations: list[IterationRead],
                      language: str) -> None:
        keep = self.current()
        self.language, self.iterations, self.progress = language, iterations, progress
        self.model.set_rows(progress)
        self.starter_button.setVisible(not progress)
        self.iteration_combo.clear()
        for iteration in reversed(iterations):
            self.iteration_combo.addItem(iteration.name, iteration.id)
        row = next((n for n, p in enumerate(progress)
                    if keep is not None and p.indicator.id == keep.indicator.id), 0)
        if progress:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._chosen()

    def select_indicator(self, indicator_id: str) -> None:
        for row, item in enumerate(self.progress):
            if item.indicator.id == indicator_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))

    def current(self) -> IndicatorProgress | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _chosen(self) -> None:
        item = self.current()
        for widget in (self.record_button, self.reference_button, self.value_spin,
                       self.iteration_combo, self.reference_spin, self.reference_source,
                       self.baseline_spin, self.target_spin, self.direction_combo,
                       self.target_button, self.edit_button, self.delete_button):
            widget.setEnabled(item is not None)
        if item is None:
            self.title.setText(self.tr("No indicators yet"))
            self.status_label.clear()
            self.summary.setText(self.tr("Add the starter indicators, or your own, to begin "
                                         "measuring."))
            self.measurements.progress = None
            self.measurements.set_rows([])
            self.chart.draw(None)
            return
        indicator = item.indicator
        name = indicator_name(indicator.key, indicator.name, self.language)
        self.title.setText(name)
        colour = STATUS_COLOURS[item.status]
        self.status_label.setText(status_text(item.status))
        self.status_label.setStyleSheet(
            f"QLabel#indicatorStatus {{ background: {colour.name()}; color: white; "
            "padding: 4px 10px; border-radius: 4px; font-weight: bold; }")
        self.status_label.setAccessibleDescription(status_text(item.status))
        self.measurements.progress = item
        self.measurements.set_rows(list(item.measurements))
        self.baseline_spin.setValue(indicator.baseline or 0.0)
        self.target_spin.setValue(indicator.target or 0.0)
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(indicator.direction.value))
        if item.latest is not None:
            self.value_spin.setValue(item.latest)
        self.summary.setText(self._summary(item))
        self.chart.setAccessibleDescription(self.summary.text())
        self.chart.draw(item)

    def _summary(self, item: IndicatorProgress) -> str:
        indicator = item.indicator
        unit = indicator.unit
        parts = [
            self.tr("Latest %1, baseline %2, target %3 (%4).")
            .replace("%1", format_figure(item.latest, unit))
            .replace("%2", format_figure(indicator.baseline, unit))
            .replace("%3", format_figure(indicator.target, unit))
            .replace("%4", direction_text(indicator.direction).lower()),
            self.tr("%1 of the project period has passed; the status compares the progress "
                    "with that.").replace("%1", format_percent(item.expected_share)),
        ]
        if item.references:
            reference = item.references[-1]
            parts.append(self.tr("Ordinary operations: %1 (%2).")
                         .replace("%1", format_figure(reference.value, unit))
                         .replace("%2", reference.source))
        if indicator.source:
            parts.append(self.tr("Source: %1.").replace("%1", indicator.source))
        return " ".join(parts)

    # -- editing ----------------------------------------------------------------------------------

    def _edit(self) -> None:
        item = self.current()
        if item is not None:
            self.edit_indicator(item)

    def _delete(self) -> None:
        item = self.current()
        if item is not None:
            self.delete_indicator(item)

    def _record(self) -> None:
        item = self.current()
        iteration_id = self.iteration_combo.currentData()
        if item is not None and iteration_id:
            self.record(item.indicator.id, str(iteration_id), self.value_spin.value())

    def _save_target(self) -> None:
        item = self.current()
        if item is not None:
            self.set_target(item.indicator.id, self.baseline_spin.value(),
                            self.target_spin.value(), str(self.direction_combo.currentData()))

    def _add_reference(self) -> None:
        item = self.current()
        source = self.reference_source.text().strip()
        if item is None:
            return
        if not source:
            self.reference_source.setFocus()
            return
        self.add_reference(item.indicator.id, self.reference_spin.value(), source)
        self.reference_source.clear()


def _figure_spin(name: str) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-1e9, 1e9)
    spin.setDecimals(1)
    spin.setAccessibleName(name)
    return spin
