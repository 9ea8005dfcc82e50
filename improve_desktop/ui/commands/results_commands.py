"""Undoable results edits: indicators, their values and targets, the logic model and budget
lines, each a named step on the window's undo stack.

Deleted indicators and nodes come back under their own ids (the services' ``restore``), so
later steps on the stack that name them still find them. Participant imports are undone in
``participant_commands.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from improve_desktop.services.budget import BudgetService
from improve_desktop.services.change import Change
from improve_desktop.services.indicators import IndicatorService
from improve_desktop.services.logic_model import LogicModelService
from improve_desktop.services.results_schemas import IndicatorRead, NodeRead
from improve_desktop.ui.commands.service_commands import CallbackCommand, run
from improve_desktop.ui.signals import AppSignals

translate = QCoreApplication.translate

INDICATOR_FIELDS = ("name", "unit", "direction", "baseline", "target", "source")


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _merge(*changes: Change) -> Change:
    merged = changes[0]
    for change in changes[1:]:
        merged = merged | change
    return merged


class ResultsEditor:
    """Results edits as named undo steps; service errors reach the caller unchanged."""

    def __init__(self, workspace: Callable[[], Any], stack: QUndoStack | None,
                 signals: AppSignals) -> None:
        self._workspace = workspace
        self._stack = stack
        self._signals = signals

    def _push(self, text: str, do: Callable[[], Change], undo: Callable[[], Change]) -> None:
        command = CallbackCommand(text, self._signals, do, undo)
        if self._stack is None:
            command.execute()
        else:
            run(self._stack, command)

    @property
    def _indicators(self) -> IndicatorService:
        service: IndicatorService = self._workspace().indicators
        return service

    @property
    def _nodes(self) -> LogicModelService:
        service: LogicModelService = self._workspace().logic_models
        return service

    # -- indicators -------------------------------------------------------------------------------

    def add_indicator(self, data: dict[str, Any]) -> str:
        kept: dict[str, Any] = {}

        def do() -> Change:
            if "snapshot" in kept:
                return self._indicators.restore(kept["snapshot"]).change
            outcome = self._indicators.create(data)
            kept["id"] = outcome.value.id
            return outcome.change

        def undo() -> Change:
            outcome = self._indicators.delete(kept["id"])
            kept["snapshot"] = outcome.value
            return outcome.change

        self._push(translate("ResultsEditor", "Add indicator “%1”").replace(
            "%1", _short(str(data.get("name", "")))), do, undo)
        return str(kept["id"])

    def add_starter_set(self, project_id: str, language: str) -> None:
        kept: dict[str, Any] = {"snapshots": []}

        def do() -> Change:
            if kept["snapshots"]:
                changes = [self._indicators.restore(s).change for s in kept["snapshots"]]
                kept["snapshots"] = []
                return _merge(*changes)
            outcome = self._indicators.add_starter_set(project_id, language)
            kept["ids"] = [read.id for read in outcome.value]
            return outcome.change

        def undo() -> Change:
            outcomes = [self._indicators.delete(i) for i in kept["ids"]]
            kept["snapshots"] = [o.value for o in outcomes]
            return _merge(*(o.change for o in outcomes))

        self._push(translate("ResultsEditor", "Add the starter indicators"), do, undo)

    def edit_indicator(self, before: IndicatorRead, changes: dict[str, Any],
                       text: str | None = None) -> None:
        old: dict[str, Any] = {}
        for field in changes:
            if field == "node_id":
                if before.node_id is None:
                    old["clear_node"] = True
                else:
                    old["node_id"] = before.node_id
            elif field == "clear_node":
                if before.node_id is not None:
                    old["node_id"] = before.node_id
            else:
                old[field] = getattr(before, field)
        new = dict(changes)
        self._push(text or translate("ResultsEditor", "Edit indicator “%1”").replace(
                       "%1", _short(before.name)),
                   lambda: self._indicators.update(before.id, new).change,
                   lambda: self._indicators.update(before.id, old).change)

    def delete_indicator(self, indicator: IndicatorRead) -> None:
        kept: dict[str, Any] = {}

        def do() -> Change:
            outcome = self._indicators.delete(indicator.id)
            kept["snapshot"] = outcome.value
            return outcome.change

        self._push(translate("ResultsEditor", "Delete indicator “%1”").replace(
                       "%1", _short(indicator.name)),
                   do, lambda: self._indicators.restore(kept["snapshot"]).change)

    def record(self, indicator_id: str, iteration_id: str, value: float) -> None:
        """A value for an iteration; undo gives back the value it replaced, or none."""
        project_id = self._indicators.get(indicator_id).project_id
        previous = next((m for p in self._indicators.progress(project_id)
                         if p.indicator.id == indicator_id
                         for m in p.measurements if m.iteration_id == iteration_id), None)
        kept: dict[str, str] = {}

        def do() -> Change:
            outcome = self._indicators.record(indicator_id, {"iteration_id": iteration_id,
                                                             "value": value})
            kept["id"] = outcome.value.id
            return outcome.change

        def undo() -> Change:
            if previous is None:
                return self._indicators.delete_measurement(kept["id"]).change
            return self._indicators.record(indicator_id, {
                "iteration_id": iteration_id, "value": previous.value,
                "note": previous.note}).change

        self._push(translate("ResultsEditor", "Record value %1").replace(
            "%1", f"{value:g}"), do, undo)

    def add_reference(self, indicator_id: str, value: float, source: str) -> None:
        kept: dict[str, str] = {}

        def do() -> Change:
            outcome = self._indicators.add_reference(indicator_id, {"value": value,
                                                                    "source": source})
            kept["id"] = outcome.value.id
            return outcome.change

        self._push(translate("ResultsEditor", "Add reference value"), do,
                   lambda: self._indicators.delete_reference(kept["id"]).change)

    # -- logic model ------------------------------------------------------------------------------

    def add_node(self, data: dict[str, Any]) -> str:
        kept: dict[str, Any] = {}

        def do() -> Change:
            if "snapshot" in kept:
                return self._nodes.restore_node(kept["snapshot"]).change
            outcome = self._nodes.add_node(data)
            kept["id"] = outcome.value.id
            return outcome.change

        def undo() -> Change:
            outcome = self._nodes.delete_node(kept["id"])
            kept["snapshot"] = outcome.value
            return outcome.change

        self._push(translate("ResultsEditor", "Add node “%1”").replace(
            "%1", _short(str(data.get("title", "")))), do, undo)
        return str(kept["id"])

    def delete_node(self, node: NodeRead) -> None:
        kept: dict[str, Any] = {}

        def do() -> Change:
            outcome = self._nodes.delete_node(node.id)
            kept["snapshot"] = outcome.value
            return outcome.change

        self._push(translate("ResultsEditor", "Delete node “%1”").replace(
                       "%1", _short(node.title)),
                   do, lambda: self._nodes.restore_node(kept["snapshot"]).change)

    def rename_node(self, node: NodeRead, title: str) -> None:
        self._push(translate("ResultsEditor", "Rename node “%1”").replace("%1", _short(title)),
                   lambda: self._nodes.update_node(node.id, {"title": title}).change,
                   lambda: self._nodes.update_node(node.id, {"title": node.title}).change)

    def relink_node(self, node: NodeRead, parent_id: str | None) -> None:
        def link(target: str | None) -> Change:
            values = {"clear_parent": True} if target is None else {"parent_id": target}
            return self._nodes.update_node(node.id, values).change

        self._push(translate("ResultsEditor", "Link node “%1”").replace("%1", _short(node.title)),
                   lambda: link(parent_id), lambda: link(node.parent_id))

    def move_node(self, node: NodeRead, offset: int, index_before: int) -> None:
        """Up or down within its level; a move at the end of the row is no step at all."""
        outcome = self._nodes.move_node(node.id, offset)
        moved = outcome.value.position - index_before
        self._signals.emit_change(outcome.change)
        if moved == 0 or self._stack is None:
            return
        command = CallbackCommand(
            translate("ResultsEditor", "Move node “%1”").replace("%1", _short(node.title)),
            self._signals, lambda: self._nodes.move_node(node.id, moved).change,
            lambda: self._nodes.move_node(node.id, -moved).change)
        self._stack.push(command)  # the first redo is skipped: the move is done

    def link(self, action: str, node: NodeRead, other_id: str) -> None:
        """Tick or untick a method, link or unlink an item; the inverse is the other call."""
        inverse = {"link_method": "unlink_method", "unlink_method": "link_method",
                   "link_item": "unlink_item", "unlink_item": "link_item"}[action]
        texts = {
            "link_method": translate("ResultsEditor", "Tick method on “%1”"),
            "unlink_method": translate("ResultsEditor", "Untick method on “%1”"),
            "link_item": translate("ResultsEditor", "Link item to “%1”"),
            "unlink_item": translate("ResultsEditor", "Unlink item from “%1”"),
        }
        self._push(texts[action].replace("%1", _short(node.title)),
                   lambda: self._link_call(action, node.id, other_id),
                   lambda: self._link_call(inverse, node.id, other_id))

    def _link_call(self, action: str, node_id: str, other_id: str) -> Change:
        change: Change = getattr(self._nodes, action)(node_id, other_id).change
        return change

    # -- budget -----------------------------------------------------------------------------------

    def set_budget_line(self, project_id: str, values: dict[str, Any]) -> None:
        budget: BudgetService = self._workspace().budget
        data = {"project_id": project_id, **values}
        old = next((line for line in budget.lines(project_id)
                    if line.period_start == data["period_start"]
                    and getattr(line.category, "value", line.category)
                    == getattr(data["category"], "value", data["category"])), None)
        kept: dict[str, str] = {}

        def do() -> Change:
            outcome = budget.set_line(data)
            kept["id"] = outcome.value.id
            return outcome.change

        def undo() -> Change:
            if old is None:
                return budget.delete_line(kept["id"]).change
            return budget.set_line({"project_id": project_id, "period_start": old.period_start,
                                    "period_end": old.period_end, "category": old.category,
                                    "planned_sek": old.planned_sek,
                                    "actual_sek": old.actual_sek}).change

        self._push(translate("ResultsEditor", "Budget line"), do, undo)
