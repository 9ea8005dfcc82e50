"""Undoable retrospective edits: each is a pair of service calls on the undo stack, named.

Deciding about last time's actions and putting an action in the backlog are not here: they
change other things (statuses, another iteration's backlog) that the board does not show,
and are made deliberately, one key or button at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.retro_schemas import NoteRead
from improve_desktop.ui.commands.service_commands import CallbackCommand, run
from improve_desktop.ui.signals import AppSignals

translate = QCoreApplication.translate


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


class RetroEditor:
    """The board's edits as named undo steps; service errors reach the caller unchanged."""

    def __init__(self, workspace: Callable[[], Any], stack: QUndoStack | None,
                 signals: AppSignals) -> None:
        self._workspace = workspace
        self._stack = stack
        self._signals = signals
        # A note deleted and brought back by undo (or added again by redo) gets a new id;
        # steps further down the stack still name the old one, so they look it up here.
        self._renamed: dict[str, str] = {}

    def _now(self, note_id: str) -> str:
        seen: set[str] = set()
        while note_id in self._renamed and note_id not in seen:
            seen.add(note_id)
            note_id = self._renamed[note_id]
        return note_id

    def _renumber(self, old_id: str, new_id: str) -> None:
        if old_id != new_id:
            self._renamed[old_id] = new_id

    @property
    def _retros(self) -> Any:
        return self._workspace().retrospectives

    def _push(self, text: str, do: Callable[[], Change], undo: Callable[[], Change]) -> None:
        command = CallbackCommand(text, self._signals, do, undo)
        if self._stack is None:
            command.execute()
        else:
            run(self._stack, command)

    def start(self, data: dict[str, Any]) -> None:
        made: dict[str, str] = {}

        def do() -> Change:
            outcome = self._retros.start(data)
            made["id"] = outcome.value.id
            return outcome.change

        self._push(translate("RetroEditor", "Start the retrospective"), do,
                   lambda: self._retros.delete(made["id"]).change)

    def add_note(self, retrospective_id: str, data: dict[str, Any]) -> None:
        made: dict[str, str] = {}

        def do() -> Change:
            outcome = self._retros.add_note(retrospective_id, data)
            if "id" in made:
                self._renumber(self._now(made["id"]), outcome.value.id)
            else:
                made["id"] = outcome.value.id
            return outcome.change

        self._push(translate("RetroEditor", "Add note “%1”").replace("%1", _short(data["text"])),
                   do, lambda: self._retros.delete_note(self._now(made["id"])).change)

    def delete_note(self, note: NoteRead) -> None:
        """Undo brings the note back with its column, text, initials, tags and group; the
        votes on it are not restored (each person places them again)."""
        def undo() -> Change:
            outcome = self._retros.add_note(note.retrospective_id, {
                "column_key": note.column_key, "text": note.text,
                "author_initials": note.author_initials, "tags": note.tags})
            self._renumber(self._now(note.id), outcome.value.id)
            change = outcome.change
            if note.group_name:
                change = change | self._retros.group_notes(
                    [outcome.value.id], note.group_name).change
            return change

        self._push(translate("RetroEditor", "Delete note “%1”").replace("%1", _short(note.text)),
                   lambda: self._retros.delete_note(self._now(note.id)).change, undo)

    def move_note(self, note: NoteRead, column_key: str) -> None:
        self._push(
            translate("RetroEditor", "Move note “%1”").replace("%1", _short(note.text)),
            lambda: self._retros.edit_note(self._now(note.id), {"column_key": column_key}).change,
            lambda: self._retros.edit_note(self._now(note.id),
                                           {"column_key": note.column_key}).change)

    def vote(self, note: NoteRead, voter: str, step: int) -> None:
        """+1 places one of ``voter``'s dots, -1 takes one back (nothing if they had none)."""
        taken = {"changed": True}

        def place() -> Change:
            return self._retros.vote(self._now(note.id), voter).change

        def take() -> Change:
            note_id = self._now(note.id)
            before = next((n.votes for n in self._retros.notes(note.retrospective_id)
                           if n.id == note_id), 0)
            outcome = self._retros.unvote(note_id, voter)
            taken["changed"] = outcome.value.votes != before
            return outcome.change

        def untake() -> Change:
            return place() if taken["changed"] else Change.of(EntityKind.RETROSPECTIVE)

        if step > 0:
            self._push(translate("RetroEditor", "Vote (%1)").replace("%1", voter), place, take)
        else:
            self._push(translate("RetroEditor", "Take back a vote (%1)").replace("%1", voter),
                       take, untake)

    def group(self, notes: Sequence[NoteRead], name: str) -> None:
        old: dict[str, list[str]] = {}
        for note in notes:
            old.setdefault(note.group_name, []).append(note.id)

        def undo() -> Change:
            change: Change | None = None
            for group_name, ids in old.items():
                step = self._retros.group_notes([self._now(i) for i in ids], group_name).change
                change = step if change is None else change | step
            assert change is not None
            return change

        self._push(translate("RetroEditor", "Group %n note(s)", "", len(notes)),
                   lambda: self._retros.group_notes([self._now(n.id) for n in notes], name).change,
                   undo)

    def make_action(self, note: NoteRead, owner: str, due: date) -> None:
        made: dict[str, str] = {}

        def do() -> Change:
            outcome: Outcome[Any] = self._retros.action_from_note(self._now(note.id), owner, due)
            made["id"] = outcome.value.id
            return outcome.change

        self._push(translate("RetroEditor", "Make an action of “%1”").replace(
            "%1", _short(note.text)), do, lambda: self._retros.delete_action(made["id"]).change)

    def flag_lesson(self, note: NoteRead, tags: Sequence[str]) -> str:
        """Flag the note as a lesson (with ``tags`` as its themes); returns the lesson's title."""
        made: dict[str, str] = {}

        def do() -> Change:
            change = Change.of(EntityKind.RETROSPECTIVE, note.id)
            if tags:
                change = self._retros.edit_note(self._now(note.id), {"tags": tuple(tags)}).change
            outcome = self._workspace().lessons.from_note(self._now(note.id))
            made["id"], made["title"] = outcome.value.id, outcome.value.title
            return change | outcome.change

        def undo() -> Change:
            change = self._workspace().lessons.delete(made["id"]).change
            if tags:
                change = change | self._retros.edit_note(self._now(note.id),
                                                         {"tags": note.tags}).change
            return change

        self._push(translate("RetroEditor", "Flag “%1” as a lesson").replace(
            "%1", _short(note.text)), do, undo)
        return made["title"]

