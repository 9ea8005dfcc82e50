"""The notes board of a retrospective: one column per format column, a fast note entry, and
the tools for the chosen note (vote, group, make an action, flag as a lesson).

Everything has a key: in a column, + and − vote, Left/Right go to the next column,
Ctrl+Left/Ctrl+Right move the note there, Delete removes it. In the note field, Enter adds
the note and keeps the focus there; Up and Down change the column.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.retrospectives import split_tags
from improve_desktop.services.retro_schemas import NoteRead
from improve_desktop.ui.qt_models.retro_models import NOTE_ID_ROLE, NotesColumnModel
from improve_desktop.ui.views.note_card import NoteCardDelegate
from improve_desktop.ui.views.retro_labels import column_text

translate = QCoreApplication.translate


class _NoteList(QListView):
    """A list whose cards are laid out again whenever its width changes (their height
    depends on how the text wraps)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class NoteColumn(QWidget):
    """A titled column of notes."""

    def __init__(self, column_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_key = column_key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("boardColumnTitle")
        self.title.setWordWrap(True)
        self.model = NotesColumnModel(column_key, self)
        self.list = _NoteList()
        self.list.setObjectName("retroColumn")
        self.list.setModel(self.model)
        self.list.setAccessibleName(translate("Retro", "Notes: %1").replace(
            "%1", column_text(column_key)))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setItemDelegate(NoteCardDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.title.setBuddy(self.list)
        self.counts = QLabel()
        self.counts.setObjectName("retroColumnCounts")
        layout.addWidget(self.title)
        layout.addWidget(self.counts)
        layout.addWidget(self.list, 1)

    def update_title(self) -> None:
        count = self.model.rowCount()
        votes = sum(note.votes for note in self.model.notes())
        counts = translate("Retro", "%n note(s)", "", count)
        if votes:
            counts += " · " + translate("Retro", "%n vote(s)", "", votes)
        self.title.setText(column_text(self.column_key))
        self.counts.setText(counts)
        self.list.setAccessibleDescription(f"{column_text(self.column_key)}: {counts}")

    def selected_notes(self) -> list[NoteRead]:
        rows = sorted({index.row() for index in self.list.selectionModel().selectedIndexes()})
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        return [self.model.note_at(row) for row in rows]


class NoteBoard(QWidget):
    """Columns, note entry and note tools; emits what the person asked for."""

    add_requested = Signal(str, str, str)  # column key, text, initials
    vote_requested = Signal(str, int)  # note id, +1 or -1
    move_requested = Signal(str, str)  # note id, column key
    delete_requested = Signal(str)  # note id
    group_requested = Signal(list, str)  # note ids, group name
    action_requested = Signal(str, str, object)  # note id, owner, due date
    lesson_requested = Signal(str, list)  # note id, tags
    current_note_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[NoteColumn] = []
        self._current_column = 0
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.column_row = QHBoxLayout()
        self.column_row.setSpacing(10)
        left.addLayout(self.column_row, 1)
        entry = QHBoxLayout()
        note_label = QLabel(translate("Retro", "&Note"))
        self.note_text = QLineEdit()
        self.note_text.setObjectName("noteText")
        self.note_text.setAccessibleName(translate("Retro", "New note"))
        # A short placeholder (a long one is cut off); the keys are in the tooltip.
        self.note_text.setPlaceholderText(translate("Retro", "Type a note, then Enter"))
        self.note_text.setToolTip(translate(
            "Retro", "Type a note and press Enter; Up and Down change the column"))
        self.note_text.returnPressed.connect(self._add)
        self.note_text.installEventFilter(self)
        note_label.setBuddy(self.note_text)
        column_label = QLabel(translate("Retro", "in colu&mn"))
        self.column_choice = QComboBox()
        self.column_choice.setObjectName("noteColumn")
        self.column_choice.setAccessibleName(translate("Retro", "Column of the new note"))
        self.column_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.column_choice.setMinimumContentsLength(12)
        column_label.setBuddy(self.column_choice)
        self.initials = QLineEdit()
        self.initials.setObjectName("noteInitials")
        self.initials.setAccessibleName(translate("Retro", "Initials of who wrote it (optional)"))
        self.initials.setPlaceholderText(translate("Retro", "Initials"))
        self.initials.setMaxLength(10)
        self.initials.setFixedWidth(80)
        self.initials.returnPressed.connect(self._add)
        self.add_button = QPushButton(translate("Retro", "Add note"))
        self.add_button.setAccessibleName(translate("Retro", "Add note"))
        self.add_button.clicked.connect(self._add)
        for widget in (note_label,):
            entry.addWidget(widget)
        entry.addWidget(self.note_text, 1)
        entry.addWidget(column_label)
        entry.addWidget(self.column_choice)
        entry.addWidget(self.initials)
        entry.addWidget(self.add_button)
        left.addLayout(entry)
        outer.addLayout(left, 1)
        outer.addWidget(self._build_tools())

    # -- the tools for the chosen note ----------------------------------------------------------

    def _build_tools(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("retroNoteTools")
        panel.setFixedWidth(270)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        heading = QLabel(translate("Retro", "Chosen note"))
        heading.setObjectName("boardColumnTitle")
        layout.addWidget(heading)
        self.chosen = QLabel(translate("Retro", "Choose a note in a column."))
        self.chosen.setObjectName("retroChosenNote")
        self.chosen.setWordWrap(True)
        self.chosen.setMinimumHeight(36)
        layout.addWidget(self.chosen)
        votes = QHBoxLayout()
        self.vote_button = QPushButton(translate("Retro", "+ Vote (+)"))
        self.vote_button.setAccessibleName(translate("Retro", "Vote for the note"))
        self.vote_button.clicked.connect(lambda: self._vote(+1))
        self.unvote_button = QPushButton(translate("Retro", "− Take back (−)"))
        self.unvote_button.setAccessibleName(translate("Retro", "Take back a vote"))
        self.unvote_button.clicked.connect(lambda: self._vote(-1))
        votes.addWidget(self.vote_button)
        votes.addWidget(self.unvote_button)
        layout.addLayout(votes)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        group_label = QLabel(translate("Retro", "&Group"))
        self.group_name = QLineEdit()
        self.group_name.setObjectName("groupName")
        self.group_name.setAccessibleName(translate("Retro", "Group name for the chosen notes"))
        self.group_name.setPlaceholderText(translate("Retro", "Group name"))
        self.group_name.setToolTip(translate(
            "Retro", "Type a name and press Enter to group the chosen notes"))
        self.group_name.returnPressed.connect(self._group)
        group_label.setBuddy(self.group_name)
        self.group_button = QPushButton(translate("Retro", "Group"))
        self.group_button.setAccessibleName(translate("Retro", "Group the chosen notes"))
        self.group_button.clicked.connect(self._group)
        form.addWidget(group_label, 0, 0)
        form.addWidget(self.group_name, 0, 1)
        form.addWidget(self.group_button, 0, 2)
        layout.addLayout(form)
        action_box = QFormLayout()
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(translate("Retro", "Owner of the action"))
        owner_label = QLabel(translate("Retro", "O&wner"))
        owner_label.setBuddy(self.owner)
        action_box.addRow(owner_label, self.owner)
        self.due = QDateEdit()
        self.due.setObjectName("actionDue")
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(translate("Retro", "Action due by"))
        due_label = QLabel(translate("Retro", "Due &by"))
        due_label.setBuddy(self.due)
        action_box.addRow(due_label, self.due)
        layout.addLayout(action_box)
        self.action_button = QPushButton(translate("Retro", "Make an &action"))
        self.action_button.setAccessibleName(translate("Retro", "Make the note an action"))
        self.action_button.clicked.connect(self._make_action)
        layout.addWidget(self.action_button)
        self.tags = QLineEdit()
        self.tags.setObjectName("lessonTags")
        self.tags.setAccessibleName(translate("Retro", "Lesson tags, separated by commas"))
        self.tags.setPlaceholderText(translate("Retro", "Tags, e.g. samverkan, unga"))
        self.tags.returnPressed.connect(self._flag_lesson)
        layout.addWidget(self.tags)
        self.lesson_button = QPushButton(translate("Retro", "★ Flag as &lesson"))
        self.lesson_button.setAccessibleName(translate("Retro", "Flag the note as a lesson"))
        self.lesson_button.clicked.connect(self._flag_lesson)
        layout.addWidget(self.lesson_button)
        layout.addStretch(1)
        self._update_tools()
        return panel

    # -- columns --------------------------------------------------------------------------------

    def set_columns(self, column_keys: Sequence[str]) -> None:
        if [column.column_key for column in self.columns] == list(column_keys):
            return
        for column in self.columns:
            self.column_row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        self.column_choice.clear()
        for key in column_keys:
            column = NoteColumn(key, self)
            column.list.installEventFilter(self)
            column.list.selectionModel().currentChanged.connect(
                lambda _c, _p, col=column: self._on_current(col))
            self.column_row.addWidget(column, 1)
            self.columns.append(column)
            self.column_choice.addItem(column_text(key), key)
        self._current_column = 0

    def set_notes(self, notes: Sequence[NoteRead], *, by_group: bool = False) -> None:
        keep = [note.id for column in self.columns for note in column.selected_notes()]
        for column in self.columns:
            column.model.set_notes(notes, by_group=by_group)
            column.update_title()
            for note_id in keep:
                row = column.model.row_of(note_id)
                if row >= 0:
                    column.list.setCurrentIndex(column.model.index(row))
        self._update_tools()

    def column_index(self, column_key: str) -> int:
        return next((n for n, c in enumerate(self.columns) if c.column_key == column_key), -1)

    def current_notes(self) -> list[NoteRead]:
        if not self.columns:
            return []
        return self.columns[self._current_column].selected_notes()

    def select_note(self, note_id: str) -> bool:
        for number, column in enumerate(self.columns):
            row = column.model.row_of(note_id)
            if row >= 0:
                self._current_column = number
                column.list.setCurrentIndex(column.model.index(row))
                column.list.setFocus()
                self._update_tools()
                return True
        return False

    def _on_current(self, column: NoteColumn) -> None:
        self._current_column = self.columns.index(column)
        self._update_tools()
        self.current_note_changed.emit()

    def _update_tools(self) -> None:
        notes = self.current_notes()
        if not notes:
            self.chosen.setText(translate("Retro", "Choose a note in a column."))
        elif len(notes) == 1:
            self.chosen.setText(f"“{notes[0].text}”")
        else:
            self.chosen.setText(translate("Retro", "%n note(s) chosen", "", len(notes)))
        for widget in (self.vote_button, self.unvote_button, self.group_button,
                       self.action_button, self.lesson_button):
            widget.setEnabled(bool(notes))

    # -- keys -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, modifiers = event.key(), event.modifiers()
        if watched is self.note_text and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            count = self.column_choice.count()
            if count:
                following = (self.column_choice.currentIndex() + step) % count
                self.column_choice.setCurrentIndex(following)
            return True
        column = next((c for c in self.columns if c.list is watched), None)
        if column is None:
            return False
        number = self.columns.index(column)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            target = number + (-1 if key == Qt.Key.Key_Left else 1)
            if 0 <= target < len(self.columns):
                if ctrl:
                    for note in column.selected_notes():
                        self.move_requested.emit(note.id, self.columns[target].column_key)
                    self._current_column = target
                self.columns[target].list.setFocus()
                beside = self.columns[target]
                if (not ctrl and not beside.list.currentIndex().isValid()
                        and beside.model.rowCount()):
                    beside.list.setCurrentIndex(beside.model.index(0))
            return True
        if event.text() in ("+", "="):
            self._vote(+1)
            return True
        if event.text() in ("-", "−"):
            self._vote(-1)
            return True
        if key == Qt.Key.Key_Delete:
            for note in column.selected_notes():
                self.delete_requested.emit(note.id)
            return True
        return False

    # -- requests -------------------------------------------------------------------------------

    def _add(self) -> None:
        text = self.note_text.text().strip()
        key = self.column_choice.currentData()
        if not text or not key:
            return
        self.add_requested.emit(key, text, self.initials.text().strip())
        self.note_text.clear()
        self.note_text.setFocus()

    def _vote(self, step: int) -> None:
        notes = self.current_notes()
        if len(notes) == 1:
            self.vote_requested.emit(notes[0].id, step)

    def _group(self) -> None:
        notes = self.current_notes()
        if notes:
            self.group_requested.emit([note.id for note in notes], self.group_name.text())
            self.group_name.clear()

    def _make_action(self) -> None:
        notes = self.current_notes()
        if len(notes) == 1:
            due = self.due.date()
            self.action_requested.emit(notes[0].id, self.owner.text().strip(),
                                       date(due.year(), due.month(), due.day()))
            self.owner.clear()

    def _flag_lesson(self) -> None:
        notes = self.current_notes()
        if len(notes) == 1:
            self.lesson_requested.emit(notes[0].id, list(split_tags(self.tags.text())))
            self.tags.clear()

    def set_default_due(self, due: date) -> None:
        self.due.setDate(QDate(due.year, due.month, due.day))

    def current_note_ids(self) -> list[str]:
        return [str(index.data(NOTE_ID_ROLE)) for column in self.columns
                for index in column.list.selectionModel().selectedIndexes()]
