"""The main window's file actions: import a backlog, save the import template, export a
review pack.

Kept out of ``main_window`` so that it stays about the window; each builds what it needs on
first use (openpyxl is not needed to start the application).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

if TYPE_CHECKING:
    from improve_desktop.ui.dialogs.import_backlog import ImportBacklogDialog
    from improve_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _template_writer(window: MainWindow, project_id: str | None):  # type: ignore[no-untyped-def]
    from improve_desktop.exports.backlog_template import write_template

    def write(path: Path) -> Path:
        workspace = window.workspace
        items = workspace.backlog.list_items(project_id) if project_id else []
        return write_template(path, window.language, workspace.organisations.list_methods(),
                              items)
    return write


def make_import_dialog(window: MainWindow) -> ImportBacklogDialog | None:
    """The import dialog for the window's current project (None, with a message, if none)."""
    from improve_desktop.ui.commands.import_commands import ImportItemsCommand
    from improve_desktop.ui.commands.service_commands import run
    from improve_desktop.ui.dialogs.import_backlog import ImportBacklogDialog

    project_id = window.current_project_id
    if project_id is None:
        QMessageBox.information(
            window, translate("FileActions", "Import backlog"),
            translate("FileActions", "Choose a project in the navigation first."))
        return None
    workspace = window.workspace
    project = workspace.projects.get_project(project_id)
    importer = workspace.backlog_import

    def commit(plan: object) -> None:
        count = len(plan.items)  # type: ignore[attr-defined]
        text = translate("FileActions", "Import %n item(s)", "", count)
        run(window.undo_stack, ImportItemsCommand(text, window.signals, importer,
                                                  workspace.backlog, plan))  # type: ignore[arg-type]
        window.statusBar().showMessage(
            translate("FileActions", "%n item(s) imported into the backlog", "", count), 8000)

    return ImportBacklogDialog(project.name, lambda path: importer.plan_file(project_id, path),
                               commit, _template_writer(window, None), window)


def import_backlog(window: MainWindow) -> None:
    dialog = make_import_dialog(window)
    if dialog is not None:
        dialog.exec()


def save_backlog_template(window: MainWindow) -> None:
    """Save the template, holding the current project's backlog when a project is chosen."""
    name, _filter = QFileDialog.getSaveFileName(
        window, translate("FileActions", "Save the backlog as an import template"),
        translate("FileActions", "backlog-template") + ".xlsx",
        translate("FileActions", "Excel workbooks") + " (*.xlsx)")
    if not name:
        return
    path = Path(name) if name.lower().endswith(".xlsx") else Path(name).with_suffix(".xlsx")
    try:
        _template_writer(window, window.current_project_id)(path)
    except OSError as error:
        QMessageBox.warning(window, translate("FileActions", "Save template"),
                            translate("FileActions", "The template could not be saved: {reason}")
                            .format(reason=error.strerror or str(error)))
        return
    window.statusBar().showMessage(
        translate("FileActions", "Template saved as {path}").format(path=path), 8000)


def make_review_export_dialog(window: MainWindow):  # type: ignore[no-untyped-def]
    """The review pack export for the current project (None, with a message, if none)."""
    from improve_desktop.ui.dialogs.export_review import ExportReviewDialog

    project_id = window.current_project_id
    if project_id is None:
        QMessageBox.information(
            window, translate("FileActions", "Export review pack"),
            translate("FileActions", "Choose a project in the navigation first."))
        return None
    workspace = window.workspace
    project = workspace.projects.get_project(project_id)
    return ExportReviewDialog(
        project.code, workspace.iterations.list_iterations(project_id), window.language,
        lambda number, path, language: workspace.export_review_pack(
            project.code, number, path, language, window.settings.suppression_threshold),
        window)


def export_review_pack(window: MainWindow) -> None:
    dialog = make_review_export_dialog(window)
    if dialog is not None and dialog.exec() and dialog.written is not None:
        window.statusBar().showMessage(
            translate("FileActions", "Review pack saved as {path}").format(path=dialog.written),
            10000)
