"""The lessons library: one search across every project, organisation and locality."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.retro_schemas import LessonHit
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_TITLE = 0
COL_LOCALITY = 1
COL_PROJECT = 2
COL_LEARNED = 3


translate = QCoreApplication.translate


class LessonsModel(RowTableModel[LessonHit]):
    """Search hits, best first: title, locality, project and the day it was learned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(translate("LessonsModel", "Lesson"), lambda hit: hit.lesson.title),
                Column(translate("LessonsModel", "Locality"), lambda hit: hit.lesson.locality),
                Column(translate("LessonsModel", "Project"),
                       lambda hit: hit.lesson.project_name),
                Column(translate("LessonsModel", "Learned"),
                       lambda hit: hit.lesson.learned_on.isoformat()),
            ],
            parent,
        )


class _SearchField(QLineEdit):
    """The search box; Down moves on to the results."""

    def __init__(self, on_down: Callable[[], None]) -> None:
        super().__init__()
        self._on_down = on_down

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if event.key() == Qt.Key.Key_Down:
            self._on_down()
            return
        super().keyPressEvent(event)


class LessonsDialog(QDialog):
    """Type to search (every word a prefix); choose a locality; read the lesson below."""

    def __init__(self, search: Callable[[dict[str, object]], list[LessonHit]],
                 localities: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.setObjectName("LessonsDialog")
        self.setWindowTitle(self.tr("Lessons library"))
        self.setAccessibleName(self.tr("Lessons library"))
        self.setMinimumSize(760, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.query = _SearchField(self._focus_results)
        self.query.setObjectName("lessonQuery")
        self.query.setAccessibleName(self.tr("Search lessons"))
        self.query.setPlaceholderText(self.tr("Words or the start of words, e.g. arbetsträn"))
        self.query.setClearButtonEnabled(True)
        query_label = QLabel(self.tr("&Search"))
        query_label.setBuddy(self.query)
        form.addRow(query_label, self.query)
        self.locality = QComboBox()
        self.locality.setObjectName("lessonLocality")
        self.locality.setAccessibleName(self.tr("Locality"))
        self.locality.addItem(self.tr("All localities"), "")
        for name in localities:
            self.locality.addItem(name, name)
        locality_label = QLabel(self.tr("&Locality"))
        locality_label.setBuddy(self.locality)
        form.addRow(locality_label, self.locality)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("lessonCount")
        layout.addWidget(self.status)
        self.model = LessonsModel(self)
        self.table = QTableView()
        self.table.setObjectName("lessons")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Lessons found"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 3)
        self.detail = QTextBrowser()
        self.detail.setObjectName("lessonText")
        self.detail.setAccessibleName(self.tr("Lesson text"))
        layout.addWidget(self.detail, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.query.textChanged.connect(lambda _text: self.run_search())
        self.locality.currentIndexChanged.connect(lambda _index: self.run_search())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.run_search()

    def run_search(self) -> None:
        hits = self._search({"text": self.query.text(),
                             "locality": self.locality.currentData() or None})
        self.model.set_rows(hits)
        self.status.setText(self.tr("%n lesson(s) found", "", len(hits)))
        self.detail.clear()
        if hits:
            self.table.selectRow(0)

    def _focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        lesson = self.model.row_at(rows[0].row()).lesson
        where = ", ".join(part for part in (lesson.project_name, lesson.organisation_name,
                                            lesson.locality) if part)
        source = (self.tr("From the retrospective of iteration %1").replace(
            "%1", str(lesson.source_iteration_number))
            if lesson.source_iteration_number else "")
        tags = ", ".join((*lesson.target_groups, *lesson.themes))
        self.detail.setPlainText("\n\n".join(
            part for part in (lesson.title, lesson.text, where, source, tags) if part))
