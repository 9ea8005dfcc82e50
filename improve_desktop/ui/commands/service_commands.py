"""Undoable commands: each wraps a service call and its inverse, so the store stays the truth.

A command runs once in ``execute()`` before it is pushed (so that a validation error reaches
the user and nothing lands on the stack); Qt's first ``redo()`` after the push is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import Change
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.planning_schemas import BacklogItemRead, ItemPlacement, ItemSnapshot
from improve_desktop.ui.signals import AppSignals


class ServiceCommand(QUndoCommand):
    """Base: ``_do`` and ``_undo`` call services and return the Change to broadcast."""

    def __init__(self, text: str, signals: AppSignals) -> None:
        super().__init__(text)
        self._signals = signals
        self._first_redo = True

    def execute(self) -> None:
        self._signals.emit_change(self._do())

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._signals.emit_change(self._do())

    def undo(self) -> None:
        self._signals.emit_change(self._undo())

    def _do(self) -> Change:
        raise NotImplementedError

    def _undo(self) -> Change:
        raise NotImplementedError


def run(stack: QUndoStack, command: ServiceCommand) -> None:
    """Execute ``command`` and, when it succeeded, put it on the undo stack."""
    command.execute()
    stack.push(command)


class PlacementCommand(ServiceCommand):
    """Moves, iteration assignments and status changes: undo puts items back where they were."""

    def __init__(self, text: str, signals: AppSignals, backlog: BacklogService,
                 operation: Callable[[], Outcome[list[ItemPlacement]]]) -> None:
        super().__init__(text, signals)
        self._backlog = backlog
        self._operation: Callable[[], Outcome[list[ItemPlacement]]] | None = operation
        self._before: list[ItemPlacement] = []
        self._after: list[ItemPlacement] = []

    def _do(self) -> Change:
        if self._operation is not None:
            outcome = self._operation()
            self._operation = None
            self._before = outcome.value
            return outcome.change
        outcome = self._backlog.restore_placements(self._after)
        return outcome.change

    def _undo(self) -> Change:
        outcome = self._backlog.restore_placements(self._before)
        self._after = outcome.value
        return outcome.change


class CreateItemCommand(ServiceCommand):
    def __init__(self, text: str, signals: AppSignals, backlog: BacklogService,
                 data: dict[str, Any]) -> None:
        super().__init__(text, signals)
        self._backlog = backlog
        self._data = data
        self.created: BacklogItemRead | None = None
        self._snapshots: list[ItemSnapshot] = []

    def _do(self) -> Change:
        if self.created is None:
            outcome = self._backlog.create_item(self._data)
            self.created = outcome.value
            return outcome.change
        return self._backlog.restore_items(self._snapshots).change

    def _undo(self) -> Change:
        assert self.created is not None
        outcome = self._backlog.delete_items([self.created.id])
        self._snapshots = outcome.value
        return outcome.change


class DeleteItemsCommand(ServiceCommand):
    def __init__(self, text: str, signals: AppSignals, backlog: BacklogService,
                 item_ids: Sequence[str]) -> None:
        super().__init__(text, signals)
        self._backlog = backlog
        self._item_ids = list(item_ids)
        self._snapshots: list[ItemSnapshot] = []

    def _do(self) -> Change:
        outcome = self._backlog.delete_items(self._item_ids)
        self._snapshots = outcome.value
        return outcome.change

    def _undo(self) -> Change:
        return self._backlog.restore_items(self._snapshots).change


class EditItemCommand(ServiceCommand):
    """A change of fields of one item; undo writes the old values back."""

    def __init__(self, text: str, signals: AppSignals, backlog: BacklogService,
                 item: BacklogItemRead, changes: dict[str, Any]) -> None:
        super().__init__(text, signals)
        self._backlog = backlog
        self._item_id = item.id
        self._new = dict(changes)
        self._old: dict[str, Any] = {}
        for field in changes:
            if field == "clear_estimate":
                if item.estimate_points is not None:
                    self._old["estimate_points"] = item.estimate_points
            elif field == "method_ids":
                self._old[field] = item.method_ids
            elif field == "estimate_points" and item.estimate_points is None:
                self._old["clear_estimate"] = True
            else:
                self._old[field] = getattr(item, field)

    def _do(self) -> Change:
        return self._backlog.update_item(self._item_id, self._new).change

    def _undo(self) -> Change:
        return self._backlog.update_item(self._item_id, self._old).change


class CallbackCommand(ServiceCommand):
    """Any pair of service calls, for operations with their own inverse (iterations)."""

    def __init__(self, text: str, signals: AppSignals, do: Callable[[], Change],
                 undo: Callable[[], Change]) -> None:
        super().__init__(text, signals)
        self._do_call = do
        self._undo_call = undo

    def _do(self) -> Change:
        return self._do_call()

    def _undo(self) -> Change:
        return self._undo_call()
