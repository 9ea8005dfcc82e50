"""The Results tab of a project: logic model, indicators and participant figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.services.errors import ServiceError
from improve_desktop.services.results_schemas import FigureReplacement, IndicatorProgress
from improve_desktop.ui.commands.results_commands import ResultsEditor
from improve_desktop.ui.results_text import indicator_name
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.views.indicator_panel import IndicatorPanel
from improve_desktop.ui.views.logic_model_editor import LogicModelEditor
from improve_desktop.ui.views.participants_page import ParticipantsPage


class ResultsView(QWidget):
    """Three pages; each edit is a named undo step (ResultsEditor) broadcast as a Change."""

    def __init__(self, workspace: Callable[[], Any], signals: AppSignals, threshold: int = 5,
                 stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._signals = signals
        self._stack = stack
        self.editor = ResultsEditor(workspace, stack, signals)
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
        self.indicators.new_indicator = self.new_indicator
        self.indicators.edit_indicator = self.edit_indicator
        self.indicators.delete_indicator = self.delete_indicator
        self.participants.import_requested = self.import_participants
        self.pages.currentChanged.connect(lambda _i: self.reload())
        self.logic_model.indicator_chosen.connect(self.show_indicator)

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

    def show_indicator(self, indicator_id: str) -> None:
        """From the logic model to the indicator's own page, with it chosen."""
        self.pages.setCurrentWidget(self.indicators)
        self.indicators.select_indicator(indicator_id)
        self.indicators.table.setFocus()

    # -- edits --------------------------------------------------------------------------------

    def _run(self, call: Callable[[], Any]) -> Any:
        """Run an edit; a refusal is shown, not raised (the step is then not on the stack)."""
        try:
            return call()
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Results"), str(error))
            return None

    def _edit_logic_model(self, action: str, **values: Any) -> None:
        if self.project_id is None:
            return
        project_id = self.project_id
        editor = self.editor
        if action == "add":
            made = self._run(lambda: editor.add_node({"project_id": project_id, **values}))
            if made is not None:
                self.logic_model.select_node(made)
            return
        model = self._workspace().logic_models.model(project_id)
        node = next((n for n in model.nodes if n.id == values["node_id"]), None)
        if node is None:
            return
        if action == "delete":
            if self._confirm(self.tr(
                    "Delete this node of the logic model? Nodes linked to it lose their link and "
                    "its indicators their node; the indicators are kept. Edit → Undo brings it "
                    "all back.")):
                self._run(lambda: editor.delete_node(node))
        elif action == "move":
            index = [n.id for n in model.at(node.level)].index(node.id)
            self._run(lambda: editor.move_node(node, values["offset"], index))
        elif action == "rename":
            self._run(lambda: editor.rename_node(node, values["title"]))
        elif action == "relink":
            self._run(lambda: editor.relink_node(node, values["parent_id"]))
        else:
            other = values.get("method_id") or values.get("item_id")
            self._run(lambda: editor.link(action, node, str(other)))

    def _confirm(self, text: str, title: str | None = None) -> bool:
        """A yes/no question (a seam that tests answer)."""
        answer = QMessageBox.question(self, title or self.tr("Logic model"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _record(self, indicator_id: str, iteration_id: str, value: float) -> None:
        self._run(lambda: self.editor.record(indicator_id, iteration_id, value))

    def _add_starters(self) -> None:
        if self.project_id is not None:
            project_id = self.project_id
            self._run(lambda: self.editor.add_starter_set(project_id, self.language))

    def _set_target(self, indicator_id: str, baseline: float, target: float,
                    direction: str) -> None:
        before = self._workspace().indicators.get(indicator_id)
        self._run(lambda: self.editor.edit_indicator(
            before, {"baseline": baseline, "target": target, "direction": direction},
            self.tr("Baseline and target of “%1”").replace("%1", before.name)))

    def _add_reference(self, indicator_id: str, value: float, source: str) -> None:
        self._run(lambda: self.editor.add_reference(indicator_id, value, source))

    # -- the project's own indicators -----------------------------------------------------------

    def _indicator_dialog(self, save: Callable[[dict[str, Any]], None],
                          item: IndicatorProgress | None) -> QDialog:
        """The dialog (a seam that tests replace to fill it in by keyboard)."""
        from improve_desktop.ui.dialogs.indicator_dialog import IndicatorDialog

        assert self.project_id is not None
        nodes = self._workspace().logic_models.model(self.project_id).nodes
        return IndicatorDialog(nodes, save, item.indicator if item else None, self.language, self)

    def new_indicator(self) -> None:
        if self.project_id is None:
            return
        project_id = self.project_id
        made: list[str] = []

        def save(values: dict[str, Any]) -> None:
            made.append(self.editor.add_indicator({"project_id": project_id, **values}))

        self._indicator_dialog(save, None).exec()
        if made:
            self.indicators.select_indicator(made[0])

    def edit_indicator(self, item: IndicatorProgress) -> None:
        before = item.indicator
        shown = indicator_name(before.key, before.name, self.language)

        def save(values: dict[str, Any]) -> None:
            changes = {key: value for key, value in values.items()
                       if key not in ("node_id", "direction") and value != getattr(before, key)}
            if values["direction"] != before.direction.value:
                changes["direction"] = values["direction"]
            if values["name"] == shown:
                changes.pop("name", None)  # a starter shown in the other language stays as is
            if values["node_id"] != before.node_id:
                changes.update({"node_id": values["node_id"]} if values["node_id"]
                               else {"clear_node": True})
            if changes:
                self.editor.edit_indicator(before, changes)

        self._indicator_dialog(save, item).exec()

    def delete_indicator(self, item: IndicatorProgress) -> None:
        name = indicator_name(item.indicator.key, item.indicator.name, self.language)
        if self._confirm(self.tr("Delete the indicator “%1” with its %n value(s)? Edit → Undo "
                                 "brings it back.", "", len(item.measurements))
                         .replace("%1", name), self.tr("Delete indicator")):
            self._run(lambda: self.editor.delete_indicator(item.indicator))

    def import_participants(self) -> None:
        if self.project_id is None:
            return
        from improve_desktop.ui.commands.participant_commands import (
            ImportOperation,
            import_figures,
        )
        from improve_desktop.ui.dialogs.participant_import import ParticipantImportDialog

        service, project_id = self._workspace().participants, self.project_id

        def run(path: Path, operation: ImportOperation) -> FigureReplacement:
            return import_figures(self._stack, self._signals, service, project_id,
                                  path=path, operation=operation)

        # No "are you sure": the dry run shows what comes in, and the import is an undo step.
        dialog = ParticipantImportDialog(service, project_id, self, run)
        if not dialog.exec() or dialog.imported is None:
            return
        window = self.window()
        if isinstance(window, QMainWindow):
            undo_keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
                QKeySequence.SequenceFormat.NativeText)
            window.statusBar().showMessage(
                self.tr("Imported %n row(s) of participant figures. Undo with %1.", "",
                        dialog.imported.count).replace("%1", undo_keys), 10000)
