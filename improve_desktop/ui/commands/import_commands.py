"""Undo for a backlog import: undo removes the imported items, redo puts them back."""

from __future__ import annotations

from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.backlog_import import BacklogImportService, ImportPlan
from improve_desktop.services.change import Change
from improve_desktop.services.planning_schemas import ItemSnapshot
from improve_desktop.ui.commands.service_commands import ServiceCommand
from improve_desktop.ui.signals import AppSignals


class ImportItemsCommand(ServiceCommand):
    def __init__(self, text: str, signals: AppSignals, importer: BacklogImportService,
                 backlog: BacklogService, plan: ImportPlan) -> None:
        super().__init__(text, signals)
        self._importer = importer
        self._backlog = backlog
        self._plan: ImportPlan | None = plan
        self.item_ids: list[str] = []
        self._snapshots: list[ItemSnapshot] = []

    def _do(self) -> Change:
        if self._plan is not None:
            outcome = self._importer.commit(self._plan, by="import")
            self._plan = None
            self.item_ids = outcome.value
            return outcome.change
        return self._backlog.restore_items(self._snapshots).change

    def _undo(self) -> Change:
        outcome = self._backlog.delete_items(self.item_ids)
        self._snapshots = outcome.value
        return outcome.change
