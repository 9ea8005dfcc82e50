"""The Results tab of a project: logic model, indicators and participant figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from improve_desktop.services.errors import ServiceError
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.views.indicator_panel import IndicatorPanel
from improve_desktop.ui.views.logic_model_editor import LogicModelEditor, apply_edit
from improve_desktop.ui.views.participants_page import ParticipantsPage


class ResultsView(QWidget):
    """Three pages; each edit goes through a service and is broadcast as a Change."""

    def __init__(self, workspace: Callable[[], Any], signals: AppSignals, threshold: int = 5,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._signals = signals
        self.project_id: str | None = None
        self.language = "en"
        self.pages = QTabWidget()
        self.pages.setObjectName("resultsPages")
        self.pages.setAccessibleName(self.tr("Results pages"))
        self.indicators = IndicatorPanel()
        self.logic_model = LogicModelEditor()
        self.participants = ParticipantsPage(threshold)
        self.pages.addTab(self.indicators, self.tr("Indicators"))
        self.pages.addTab(self.logic_model, self.tr("Logic model"))
        self.pages.addTab(self.participants, self.tr("Participants"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.setFocusProxy(self.pages)
        self.logic_model.edit = self._edit_logic_model
        self.indicators.record = self._record
        self.indicators.add_starters = self._add_starters
        self.indicators.add_reference = self._add_reference
        self.indicators.set_target = self._set_target
        self.participants.import_requested = self.import_participants
        self.pages.currentChanged.connect(lambda _i: self.reload())

    def show_project(self, project_id: str, language: str) -> None:
        self.project_id, self.language = project_id, language
        self.reload()

    def reload(self) -> None:
        """Load the visible page only."""
        if self.project_id is None:
            return
        workspace = self._workspace()
        page = self.pages.currentWidget()
        if page is self.indicators:
            self.indicators.show_progress(workspace.indicators.progress(self.project_id),
                                          workspace.iterations.list_iterations(self.project_id),
                                          self.language)
        elif page is self.logic_model:
            self.logic_model.show_model(workspace.logic_models.model(self.project_id),
                                        workspace.organisations.list_methods(),
                                        workspace.backlog.list_items(self.project_id),
                                        workspace.indicators.list_for_project(self.project_id),
                                        self.language)
        else:
            self.participants.show_periods(workspace.participants.periods(self.project_id))

    # -- edits --------------------------------------------------------------------------------

    def _run(self, call: Callable[[], Any]) -> Any:
        try:
            outcome = call()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Results"), str(error))
            return None
        self._signals.emit_change(outcome.change)
        return outcome

    def _edit_logic_model(self, action: str, **values: Any) -> None:
        if self.project_id is None:
            return
        project_id = self.project_id
        if action == "delete" and not self._confirm(
                self.tr("Delete this node of the logic model? Nodes linked to it lose their "
                        "link and its indicators their node; the indicators are kept.")):
            return
        outcome = self._run(lambda: apply_edit(self._workspace(), project_id, action, **values))
        if outcome is not None and action == "add":
            self.logic_model.select_node(outcome.value.id)

    def _confirm(self, text: str) -> bool:
        """A yes/no question (a seam that tests answer)."""
        answer = QMessageBox.question(self, self.tr("Logic model"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, indicator_id: str, iteration_id: str, value: float) -> None:
        self._run(lambda: self._workspace().indicators.record(
            indicator_id, {"iteration_id": iteration_id, "value": value}))

    def _add_starters(self) -> None:
        if self.project_id is not None:
            project_id = self.project_id
            self._run(lambda: self._workspace().indicators.add_starter_set(project_id,
                                                                           self.language))

    def _set_target(self, indicator_id: str, baseline: float, target: float,
                    direction: str) -> None:
        self._run(lambda: self._workspace().indicators.update(
            indicator_id, {"baseline": baseline, "target": target, "direction": direction}))

    def _add_reference(self, indicator_id: str, value: float, source: str) -> None:
        self._run(lambda: self._workspace().indicators.add_reference(
            indicator_id, {"value": value, "source": source}))

    def import_participants(self) -> None:
        if self.project_id is None:
            return
        from improve_desktop.ui.dialogs.participant_import import ParticipantImportDialog

        dialog = ParticipantImportDialog(self._workspace().participants, self.project_id, self)
        if dialog.exec() and dialog.outcome is not None:
            self._signals.emit_change(dialog.outcome.change)
