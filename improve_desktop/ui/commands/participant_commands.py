"""Undo for a participant import: undo puts back the figures the import replaced (and removes
those it added), redo imports the same rows again.

The first run is the import dialog's own (file checked for identity numbers, rows validated,
mapping remembered); the command is pushed only when that succeeded. Undo does not forget the
remembered column mapping: that is a preference, not figures.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from improve_desktop.services.change import Change
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.results_schemas import FigureReplacement
from improve_desktop.ui.commands.service_commands import ServiceCommand, run
from improve_desktop.ui.signals import AppSignals

ImportOperation = Callable[[], Outcome[FigureReplacement]]


class ImportFiguresCommand(ServiceCommand):
    """One participant import as a named undo step."""

    def __init__(self, text: str, signals: AppSignals, service: ParticipantService,
                 project_id: str, operation: ImportOperation) -> None:
        super().__init__(text, signals)
        self._service = service
        self._project_id = project_id
        self._operation: ImportOperation | None = operation
        self.replacement: FigureReplacement | None = None

    def _do(self) -> Change:
        if self._operation is not None:
            outcome = self._operation()
            self._operation = None
        else:
            assert self.replacement is not None
            outcome = self._service.replace_figures(self._project_id, self.replacement.rows,
                                                    self.replacement.source)
        self.replacement = outcome.value
        return outcome.change

    def _undo(self) -> Change:
        assert self.replacement is not None
        return self._service.restore_figures(self._project_id, self.replacement.keys,
                                             self.replacement.previous).change


def import_figures(stack: QUndoStack | None, signals: AppSignals, service: ParticipantService,
                   project_id: str, *, path: Path, operation: ImportOperation,
                   ) -> FigureReplacement:
    """Run ``operation`` (the import) and put it on ``stack`` when it succeeded; a service
    error reaches the caller and nothing is pushed."""
    text = QCoreApplication.translate("ResultsEditor", "Import participant figures from %1")
    command = ImportFiguresCommand(text.replace("%1", path.name), signals, service,
                                   project_id, operation)
    if stack is None:
        command.execute()
    else:
        run(stack, command)
    assert command.replacement is not None
    return command.replacement
