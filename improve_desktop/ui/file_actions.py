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


def _chosen_project(window: MainWindow, title: str) -> str | None:
    """The window's current project; None, after saying so, when none is chosen."""
    if window.current_project_id is None:
        QMessageBox.information(window, title, translate(
            "FileActions", "Choose a project in the navigation first."))
    return window.current_project_id


def make_import_dialog(window: MainWindow) -> ImportBacklogDialog | None:
    """The import dialog for the window's current project (None, with a message, if none)."""
    from improve_desktop.ui.commands.import_commands import ImportItemsCommand
    from improve_desktop.ui.commands.service_commands import run
    from improve_desktop.ui.dialogs.import_backlog import ImportBacklogDialog

    project_id = _chosen_project(window, translate("FileActions", "Import backlog"))
    if project_id is None:
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

    project_id = _chosen_project(window, translate("FileActions", "Export review pack"))
    if project_id is None:
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


def meeting_to_export(window: MainWindow) -> str | None:
    """The meeting the user means: the one chosen on the meetings page when it is shown, else
    the current cluster's latest held meeting (or its next planned one)."""
    from improve_desktop.domain.steering import MeetingState

    steering = window._steering  # noqa: SLF001 - only if the meetings page was ever built
    page = steering._meetings_page if steering is not None else None  # noqa: SLF001
    if page is not None and window.pages.currentWidget() is page and page.chosen() is not None:
        return page.chosen().id  # type: ignore[union-attr]
    cluster_id = page.cluster_id if page is not None and window.pages.currentWidget() is page \
        else None
    if cluster_id is None and window.current_project_id is not None:
        cluster_id = window.workspace.projects.get_project(
            window.current_project_id).steering_cluster_id
    if cluster_id is None:
        return None
    meetings = window.workspace.meetings.list_meetings(cluster_id)
    held = [m for m in meetings if m.state is not MeetingState.PLANNED]
    if held:
        return max(held, key=lambda m: m.meeting_date).id
    planned = [m for m in meetings if m.state is MeetingState.PLANNED]
    return min(planned, key=lambda m: m.meeting_date).id if planned else None


def export_meeting_pack(window: MainWindow, target: Path | None = None) -> Path | None:
    """Write the meeting pack of :func:`meeting_to_export`; asks where unless ``target``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from improve_desktop.services.errors import ServiceError

    title = translate("FileActions", "Export meeting pack")
    meeting_id = meeting_to_export(window)
    if meeting_id is None:
        QMessageBox.information(window, title, translate(
            "FileActions", "Choose a steering cluster with meetings, or one of its projects."))
        return None
    meeting = window.workspace.meetings.get(meeting_id)
    if target is None:
        name = translate("FileActions", "meeting-{cluster}-{date}").format(
            cluster=meeting.cluster_code, date=meeting.meeting_date.isoformat())
        chosen, _filter = QFileDialog.getSaveFileName(
            window, title, str(Path.home() / f"{name}.xlsx"),
            translate("FileActions", "Excel workbooks") + " (*.xlsx)")
        if not chosen:
            return None
        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = window.workspace.export_meeting_pack(meeting_id, target, window.language)
    except (OSError, ServiceError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        QMessageBox.warning(window, title, translate(
            "FileActions", "The meeting pack could not be written: {reason}").format(
                reason=reason))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    window.statusBar().showMessage(
        translate("FileActions", "Meeting pack saved as {path}").format(path=written), 10000)
    return written
