"""The lessons library: one search across every project, organisation and locality."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.retro_schemas import LessonHit, LessonRead
from improve_desktop.services.schemas import MethodRead
from improve_desktop.ui.formatting import format_date
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel

COL_TITLE = 0
COL_LOCALITY = 1
COL_PROJECT = 2
COL_ORGANISATION = 3
COL_LEARNED = 4

# Dates before this mean "no limit" in the date filters (shown as "any").
NO_DATE = QDate(2000, 1, 1)


translate = QCoreApplication.translate


def project_text(lesson: LessonRead) -> str:
    return " – ".join(part for part in (lesson.project_code, lesson.project_name) if part)


def where_from(lesson: LessonRead) -> str:
    """Project, organisation and locality of a lesson, as far as they are known."""
    return ", ".join(part for part in (project_text(lesson), lesson.organisation_name,
                                       lesson.locality) if part)


class LessonsModel(RowTableModel[LessonHit]):
    """Search hits, best first: title, locality, where it came from and the day it was learned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(translate("LessonsModel", "Lesson"), lambda hit: hit.lesson.title),
                Column(translate("LessonsModel", "Locality"), lambda hit: hit.lesson.locality),
                Column(translate("LessonsModel", "Project"),
                       lambda hit: project_text(hit.lesson)),
                Column(translate("LessonsModel", "Organisation"),
                       lambda hit: hit.lesson.organisation_name),
                Column(translate("LessonsModel", "Learned"),
                       lambda hit: format_date(hit.lesson.learned_on),
                       lambda hit: hit.lesson.learned_on),
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
    """Type to search (every word a prefix); filter by locality, method, tag and date; read
    the lesson below; open it where it was learned, or write a new one."""

    def __init__(self, search: Callable[[dict[str, object]], list[LessonHit]],
                 localities: list[str], parent: QWidget | None = None, *,
                 methods: Sequence[MethodRead] = (), tags: Sequence[str] = (),
                 language: str = "en",
                 open_in_context: Callable[[LessonRead], None] | None = None,
                 write_lesson: Callable[[], LessonRead | None] | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._open_in_context = open_in_context
        self._write_lesson = write_lesson
        self.setObjectName("LessonsDialog")
        self.setWindowTitle(self.tr("Lessons library"))
        self.setAccessibleName(self.tr("Lessons library"))
        self.setMinimumSize(900, 600)
        layout = QVBoxLayout(self)
        form = QGridLayout()
        for column in (1, 3, 5):
            form.setColumnStretch(column, 1)
        self.query = _SearchField(self._focus_results)
        self.query.setObjectName("lessonQuery")
        self.query.setAccessibleName(self.tr("Search lessons"))
        self.query.setPlaceholderText(self.tr("Words or the start of words, e.g. arbetsträn"))
        self.query.setClearButtonEnabled(True)
        self.locality = self._combo("lessonLocality", self.tr("Locality"),
                                    self.tr("All localities"),
                                    [(name, name) for name in localities])
        self.method = self._combo("lessonMethod", self.tr("Method"), self.tr("All methods"),
                                  [(m.name_sv if language == "sv" else m.name_en, m.id)
                                   for m in methods])
        self.tag = self._combo("lessonTag", self.tr("Tag"), self.tr("All tags"),
                               [(tag, tag) for tag in tags])
        self.since = self._date("lessonSince", self.tr("Learned on or after"))
        self.until = self._date("lessonUntil", self.tr("Learned on or before"))
        for row, column, text, widget in (
            (0, 0, self.tr("&Search"), self.query), (1, 0, self.tr("&Locality"), self.locality),
            (1, 2, self.tr("&Method"), self.method), (1, 4, self.tr("&Tag"), self.tag),
            (2, 0, self.tr("Learned s&ince"), self.since),
            (2, 2, self.tr("Learned &until"), self.until),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, row, column)
            form.addWidget(widget, row, column + 1, 1, 5 if widget is self.query else 1)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Long project and organisation names must not squeeze the lesson's title.
        for column, width in ((COL_PROJECT, 190), (COL_ORGANISATION, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setVisible(False)
        self.table.activated.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 3)
        self.detail = QTextBrowser()
        self.detail.setObjectName("lessonText")
        self.detail.setAccessibleName(self.tr("Lesson text"))
        layout.addWidget(self.detail, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("&Open in context"))
        self.open_button.setAccessibleName(self.tr("Open the lesson where it was learned"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setVisible(open_in_context is not None)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button = QPushButton(self.tr("&Write a lesson…"))
        self.write_button.setAccessibleName(self.tr("Write a lesson"))
        self.write_button.clicked.connect(self.write)
        self.write_button.setVisible(write_lesson is not None)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.query.textChanged.connect(lambda _text: self.run_search())
        for combo in (self.locality, self.method, self.tag):
            combo.currentIndexChanged.connect(lambda _index: self.run_search())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _date: self.run_search())
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.run_search()

    @staticmethod
    def _combo(name: str, accessible: str, everything: str,
               choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(everything, "")
        for text, data in choices:
            combo.addItem(text, data)
        return combo

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(NO_DATE)
        return edit

    @staticmethod
    def _date_of(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        if chosen <= NO_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def query_values(self) -> dict[str, object]:
        return {"text": self.query.text(),
                "locality": self.locality.currentData() or None,
                "method_id": self.method.currentData() or None,
                "tag": self.tag.currentData() or None,
                "learned_from": self._date_of(self.since),
                "learned_to": self._date_of(self.until)}

    def run_search(self) -> None:
        hits = self._search(self.query_values())
        self.model.set_rows(hits)
        self.status.setText(self.tr("%n lesson(s) found", "", len(hits)))
        self.detail.clear()
        if hits:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_lesson(self) -> LessonRead | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).lesson if rows else None

    def _update_buttons(self) -> None:
        lesson = self.selected_lesson()
        self.open_button.setEnabled(lesson is not None and lesson.project_id is not None)

    def open_selected(self) -> None:
        lesson = self.selected_lesson()
        if lesson is None or lesson.project_id is None or self._open_in_context is None:
            return
        self.accept()
        self._open_in_context(lesson)

    def write(self) -> None:
        if self._write_lesson is None:
            return
        written = self._write_lesson()
        if written is not None:
            self.query.setText(written.title)
            self.table.setFocus()

    def _focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _show_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        lesson = self.selected_lesson()
        if lesson is None:
            self.detail.clear()
            return
        source = (self.tr("From the retrospective of iteration %1").replace(
            "%1", str(lesson.source_iteration_number))
            if lesson.source_iteration_number else self.tr("Written directly"))
        learned = self.tr("Learned %1").replace("%1", format_date(lesson.learned_on))
        context = " · ".join(part for part in (where_from(lesson), learned, source) if part)
        tags = "  ".join(f"#{tag}" for tag in (*lesson.target_groups, *lesson.themes))
        text = "".join(f"<p>{escape(part)}</p>" for part in lesson.text.split("\n\n") if part)
        self.detail.setHtml(
            f"<h3>{escape(lesson.title)}</h3>{text}"
            f"<p><i>{escape(context)}</i></p>"
            + (f"<p><b>{escape(tags)}</b></p>" if tags else ""))
