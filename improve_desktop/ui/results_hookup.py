"""How the main window builds the results views (issue 6): kept here so that the window
itself changes by a few lines only."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from improve_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from improve_desktop.ui.main_window import MainWindow


class BudgetTab(QWidget):
    """The Budget tab: the view plus loading and saving through the budget service."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        from PySide6.QtWidgets import QVBoxLayout

        from improve_desktop.ui.views.budget_view import BudgetView

        self.window_ = window
        self.view = BudgetView()
        self.view.save_line = self._save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)
        self.project_id: str | None = None

    def show_project(self, project_id: str, _language: str) -> None:
        self.project_id = project_id
        self.view.show_summary(self.window_.workspace.budget.summary(project_id))

    def _save(self, **values: Any) -> None:
        if self.project_id is None:
            return
        from improve_desktop.ui.commands.results_commands import ResultsEditor

        editor = ResultsEditor(lambda: self.window_.workspace, self.window_.undo_stack,
                               self.window_.signals)
        try:
            editor.set_budget_line(self.project_id, values)
        except ServiceError as error:
            QMessageBox.warning(self, self.tr("Budget"), str(error))


def build_results_view(window: MainWindow, key: str) -> QWidget:
    if key == "budget":
        return BudgetTab(window)
    from improve_desktop.ui.views.results_view import ResultsView

    return ResultsView(lambda: window.workspace, window.signals,
                       window.settings.suppression_threshold, window.undo_stack)


def open_method_results(window: MainWindow) -> None:
    from improve_desktop.ui.dialogs.method_results_dialog import MethodResultsDialog

    workspace = window.workspace
    language = window.language
    results = workspace.method_results.compare(language)

    def export(path: Path) -> Path:
        from improve_desktop.exports.method_results import export_method_results

        written = export_method_results(path, results, workspace.participants.periods_by_project(),
                                        language, window.settings.suppression_threshold)
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Method → result exported to %1")
            .replace("%1", str(written)), 8000)
        return written

    MethodResultsDialog(results, language, export, window).exec()


def choose_threshold(window: MainWindow) -> None:
    """View → Small-count threshold…: saved in the settings; the participants page shows it at
    once and exports read it when they are written."""
    from improve_desktop.ui.dialogs.threshold_dialog import ThresholdDialog

    dialog = ThresholdDialog(window.settings.suppression_threshold, window)
    if not dialog.exec():
        return
    window.settings.suppression_threshold = dialog.value()
    window._save_settings()
    view = window._views.get("results")
    if view is not None:
        view.participants.set_threshold(dialog.value())
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Counts below %1 are now shown as <%1")
        .replace("%1", str(dialog.value())), 6000)
