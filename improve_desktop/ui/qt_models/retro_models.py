"""Models of the retrospective board: the notes of one column, and tables of actions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from improve_desktop.services.retro_schemas import ActionRead, NoteRead
from improve_desktop.ui.formatting import format_date
from improve_desktop.ui.qt_models.table_model import Column, RowTableModel
from improve_desktop.ui.views.retro_labels import action_status_text, review_text, votes_text

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

NBSP = "\u00a0"
NOTE_ROLE = Qt.ItemDataRole.UserRole + 20
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 21


def note_details(note: NoteRead) -> str:
    """The line under a note's text: votes, group, author, lesson flag (words and symbols)."""
    # No-break spaces keep a symbol with its word when the card wraps the line.
    parts = [votes_text(note.votes).replace(" ", NBSP)]
    if note.group_name:
        parts.append(translate("Retro", "▣ Group: %1").replace(" ", NBSP).replace(
            "%1", note.group_name))
    if note.author_initials:
        parts.append(note.author_initials)
    if note.is_lesson:
        parts.append(translate("Retro", "★ Lesson").replace(" ", NBSP))
    if note.tags:
        parts.append("#" + " #".join(note.tags))
    return " · ".join(part for part in parts if part)


class NotesColumnModel(QAbstractListModel):
    """The notes of one column, most votes first (or grouped together)."""

    def __init__(self, column_key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_key = column_key
        self._notes: list[NoteRead] = []

    def set_notes(self, notes: Sequence[NoteRead], *, by_group: bool = False) -> None:
        mine = [note for note in notes if note.column_key == self.column_key]
        if by_group:
            # Groups stay together (the group with most votes first); ungrouped notes last.
            totals: dict[str, int] = {}
            for note in mine:
                totals[note.group_name] = totals.get(note.group_name, 0) + note.votes
            mine.sort(key=lambda n: (n.group_name == "", -totals[n.group_name], n.group_name,
                                     -n.votes))
        self.beginResetModel()
        self._notes = mine
        self.endResetModel()

    def notes(self) -> list[NoteRead]:
        return list(self._notes)

    def note_at(self, row: int) -> NoteRead:
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        return next((row for row, note in enumerate(self._notes) if note.id == note_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = note_details(note)
            return f"{note.text}\n{details}" if details else note.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            details = note_details(note).replace("●", "").replace(" · ", ", ").replace(NBSP, " ")
            return f"{note.text}. {details}" if details else note.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return note.text
        if role == NOTE_ROLE:
            return note
        if role == NOTE_ID_ROLE:
            return note.id
        return None


def _due(action: ActionRead) -> str:
    return format_date(action.due_on) if action.due_on else "–"


def _backlog(action: ActionRead) -> str:
    return translate("Retro", "→ In the backlog") if action.backlog_item_id else ""


class ActionsModel(RowTableModel[ActionRead]):
    """This retrospective's actions: what, who, by when, status, whether in the backlog."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Retro", "Action"), lambda a: a.text),
                Column(translate("Retro", "Owner"), lambda a: a.owner),
                Column(translate("Retro", "Due"), _due, lambda a: a.due_on or ""),
                Column(translate("Retro", "Status"), lambda a: action_status_text(a.status)),
                Column(translate("Retro", "Backlog"), _backlog),
            ],
            parent,
        )


class PreviousActionsModel(RowTableModel[ActionRead]):
    """Last time's actions with what this retrospective decided about each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(translate("Retro", "Action"), lambda a: a.text),
                Column(translate("Retro", "Owner"), lambda a: a.owner),
                Column(translate("Retro", "Due"), _due, lambda a: a.due_on or ""),
                Column(translate("Retro", "Did we do it?"), review_text),
            ],
            parent,
        )
