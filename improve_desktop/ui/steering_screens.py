"""The steering screens of the main window: a cluster's meetings, the decision log and
meeting mode, built the first time they are needed and refreshed from every Change."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from improve_desktop.domain.steering import MeetingState
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from improve_desktop.services.steering_schemas import (
        AgendaItemRead,
        DecisionRequestRead,
        SteeringActionRead,
    )
    from improve_desktop.ui.main_window import MainWindow
    from improve_desktop.ui.views.decision_log_view import DecisionLogView
    from improve_desktop.ui.views.meeting_mode import MeetingModeWindow
    from improve_desktop.ui.views.meetings_page import MeetingsPage

STEERING_KINDS = (EntityKind.MEETING, EntityKind.DECISION)


class SteeringScreens(QObject):
    """Owns the meetings page, the decision log page and the meeting-mode window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._meetings_page: MeetingsPage | None = None
        self._log_view: DecisionLogView | None = None
        self.meeting_mode: MeetingModeWindow | None = None
        self.full_screen = True

    # -- pages ----------------------------------------------------------------------------------

    @property
    def meetings_page(self) -> MeetingsPage:
        if self._meetings_page is None:
            from improve_desktop.ui.views.meetings_page import MeetingsPage

            page = MeetingsPage()
            page.plan_requested.connect(self.plan_meeting)
            page.agenda_requested.connect(self.update_agenda)
            page.meeting_mode_requested.connect(self.open_meeting_mode)
            page.decision_log_requested.connect(self.show_decision_log)
            page.approve_requested.connect(self.approve_minutes)
            page.attendance_requested.connect(self.attendance)
            page.item_edit_requested.connect(self.edit_agenda_item)
            page.withdraw_requested.connect(self.withdraw_request)
            page.meeting_chosen.connect(
                lambda meeting_id: page.show_record(self._call(
                    lambda: self.window.workspace.meetings.record(meeting_id))))
            self.window.pages.addWidget(page)
            self._meetings_page = page
        return self._meetings_page

    @property
    def log_view(self) -> DecisionLogView:
        if self._log_view is None:
            from improve_desktop.ui.views.decision_log_view import (
                DecisionLogView,
                sort_newest_first,
            )

            view = DecisionLogView()
            view.status_requested.connect(self._set_decision_status)
            view.supersede_requested.connect(self._supersede)
            view.backlog_item_requested.connect(self._backlog_item)
            view.edit_requested.connect(self._edit_decision)
            view.action_status_requested.connect(self._set_action_status)
            view.action_edit_requested.connect(self.edit_action)
            self.window.pages.addWidget(view)
            self._log_view = view
            self._load_log()
            sort_newest_first(view)
        return self._log_view

    def show_meetings(self, cluster_id: str) -> None:
        self._load_meetings(cluster_id)
        self.window.pages.setCurrentWidget(self.meetings_page)
        self.meetings_page.table.setFocus()

    def show_decision_log(self) -> None:
        view = self.log_view
        self._load_log()
        self.window.pages.setCurrentWidget(view)
        view.text_filter.setFocus()

    def refresh(self, change: Change) -> None:
        if not change.touches(*STEERING_KINDS, EntityKind.PROJECT, EntityKind.CLUSTER):
            return
        current = self.window.pages.currentWidget()
        if self._meetings_page is not None and current is self._meetings_page and \
                self._meetings_page.cluster_id:
            self._load_meetings(self._meetings_page.cluster_id)
        if self._log_view is not None and current is self._log_view:
            if change.kinds == {EntityKind.DECISION} and change.ids:
                # One decision or action changed: read those rows, not the whole log.
                decisions = self.window.workspace.decisions
                self._log_view.refresh_decisions(decisions.get_many(sorted(change.ids)),
                                                 decisions.actions())
            else:
                self._load_log()

    def _load_meetings(self, cluster_id: str) -> None:
        workspace = self.window.workspace
        clusters = {c.id: c for c in workspace.organisations.list_clusters()}
        cluster = clusters.get(cluster_id)
        if cluster is None:
            return
        page = self.meetings_page
        page.show_meetings(cluster_id, cluster.name, workspace.meetings.list_meetings(cluster_id))
        chosen = page.chosen()
        page.show_record(workspace.meetings.record(chosen.id) if chosen else None)

    def _load_log(self) -> None:
        workspace = self.window.workspace
        decisions = workspace.decisions
        clusters = [(c.id, f"{c.code} – {c.name}") for c in workspace.organisations.list_clusters()]
        projects = [(p.id, f"{p.code} – {p.name}") for p in workspace.projects.list_projects()]
        self.log_view.show_log(decisions.log(), decisions.actions(), clusters, projects,
                               decisions.history, workspace.reprioritisation.linked_items)

    # -- commands -------------------------------------------------------------------------------

    def plan_meeting(self) -> None:
        from improve_desktop.ui.dialogs.steering_dialogs import PlanMeetingDialog

        cluster_id = self.meetings_page.cluster_id
        if cluster_id is None:
            return
        meetings = self.window.workspace.meetings.list_meetings(cluster_id)
        latest = max((m.meeting_date for m in meetings), default=date.today())
        values, accepted = PlanMeetingDialog.get_meeting(
            self.window, max(latest, date.today()) + timedelta(days=28))
        if not accepted or values is None:
            return
        outcome = self._call(lambda: self.window.workspace.meetings.plan(
            {"steering_cluster_id": cluster_id, **values}))
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def update_agenda(self, meeting_id: str) -> None:
        outcome = self._call(lambda: self.window.workspace.meetings.build_agenda(meeting_id))
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def approve_minutes(self, meeting_id: str) -> None:
        outcome = self._call(lambda: self.window.workspace.meetings.approve_minutes(meeting_id))
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def attendance(self, meeting_id: str) -> None:
        """Tick who is present, add guests (after the meeting, changes are in the history)."""
        from improve_desktop.ui.dialogs.steering_dialogs import AttendanceDialog

        meetings = self.window.workspace.meetings
        record = self._call(lambda: meetings.record(meeting_id))
        if record is None:
            return
        values, accepted = AttendanceDialog.get_attendance(self.window, list(record.attendees))
        if not accepted or values is None:
            return
        changed, guests = values
        for attendee_id, present in changed.items():
            self._call(lambda a=attendee_id, p=present: meetings.set_present(a, p))
        for name in guests:
            self._call(lambda n=name: meetings.add_guest(meeting_id, n))
        self.window.signals.emit_change(Change.of(EntityKind.MEETING, meeting_id))

    def raise_request(self, project_id: str | None) -> None:
        """A project manager's question to the steering group, onto the next agenda."""
        from improve_desktop.ui.dialogs.steering_dialogs import DecisionRequestDialog

        if project_id is None:
            return
        values, accepted = DecisionRequestDialog.get_request(self.window)
        if not accepted or values is None:
            return
        outcome = self._call(lambda: self.window.workspace.meetings.raise_request(
            {"project_id": project_id, **values}))
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)
            self.window.statusBar().showMessage(self.tr(
                "The decision request is on the next meeting's agenda"), 8000)

    def open_meeting_mode(self, meeting_id: str) -> MeetingModeWindow | None:
        from improve_desktop.ui.views.meeting_mode import MeetingModeWindow

        meeting = self._call(lambda: self.window.workspace.meetings.get(meeting_id))
        if meeting is None or meeting.state is not MeetingState.PLANNED:
            return None
        if self.meeting_mode is not None:
            self.meeting_mode.close()
        window = MeetingModeWindow(lambda: self.window.workspace, self.window.signals,
                                   meeting_id, self.window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._meeting_mode_closed)
        self.meeting_mode = window
        if self.full_screen:
            screen = self.window.screen()
            if screen is not None:
                window.setGeometry(screen.geometry())
            window.showFullScreen()
        else:
            window.show()
        window.activateWindow()
        window.text_edit.setFocus()
        return window

    def _meeting_mode_closed(self) -> None:
        self.meeting_mode = None
        self.window.activateWindow()
        self.refresh(Change.of(EntityKind.MEETING))

    def _set_decision_status(self, decision: object, status: object) -> None:
        outcome = self._call(lambda: self.window.workspace.decisions.set_status(
            decision.id, status))  # type: ignore[attr-defined]
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def _set_action_status(self, action: object, status: object) -> None:
        outcome = self._call(lambda: self.window.workspace.decisions.set_action_status(
            action.id, status))  # type: ignore[attr-defined]
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def edit_action(self, action: SteeringActionRead) -> None:
        """Owner, due date and wording of an action; the dialog shows what the service
        refuses under the field, and every change is kept in the history."""
        from improve_desktop.ui.dialogs.steering_edit_dialogs import EditActionDialog

        decisions = self.window.workspace.decisions
        outcome, accepted = EditActionDialog.edit(
            self.window, action, lambda changes: decisions.update_action(action.id, changes))
        if accepted and outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def edit_agenda_item(self, item: AgendaItemRead) -> None:
        from improve_desktop.ui.dialogs.steering_edit_dialogs import EditAgendaItemDialog

        meetings = self.window.workspace.meetings
        outcome, accepted = EditAgendaItemDialog.edit(
            self.window, item, lambda changes: meetings.update_item(item.id, changes))
        if accepted and outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def withdraw_request(self, request: DecisionRequestRead) -> None:
        """After a confirmation; the request leaves the open ones and the coming agendas."""
        from improve_desktop.ui.dialogs.steering_edit_dialogs import confirm_withdraw

        if not confirm_withdraw(self.window, request):
            return
        outcome = self._call(lambda: self.window.workspace.meetings.withdraw_request(request.id))
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)
            self.window.statusBar().showMessage(self.tr(
                "The decision request is withdrawn"), 8000)

    def _supersede(self, decision: object) -> None:
        from improve_desktop.ui.dialogs.steering_dialogs import SupersedeDialog

        values, accepted = SupersedeDialog.get_replacement(self.window, decision)  # type: ignore[arg-type]
        if not accepted or values is None:
            return
        outcome = self._call(lambda: self.window.workspace.decisions.supersede(
            decision.id, values))  # type: ignore[attr-defined]
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)
            self.log_view.select(outcome.value.id)

    def _edit_decision(self, decision: object) -> None:
        from improve_desktop.ui.dialogs.steering_dialogs import EditDecisionDialog

        changes, accepted = EditDecisionDialog.get_changes(self.window, decision)  # type: ignore[arg-type]
        if not accepted or changes is None:
            return
        outcome = self._call(lambda: self.window.workspace.decisions.update(
            decision.id, changes))  # type: ignore[attr-defined]
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)

    def _backlog_item(self, decision: object) -> None:
        title = self._ask_text(self.tr("New backlog item"), self.tr(
            "Title of the new item; it goes to the top of the project's backlog, linked to "
            "%1:").replace("%1", decision.reference))  # type: ignore[attr-defined]
        if not title:
            return
        outcome = self._call(lambda: self.window.workspace.reprioritisation.create_item(
            decision.id, title))  # type: ignore[attr-defined]
        if outcome is not None:
            self.window.signals.emit_change(outcome.change)
            self.log_view.select(decision.id)  # type: ignore[attr-defined]

    def _ask_text(self, title: str, label: str) -> str:
        from PySide6.QtWidgets import QInputDialog

        text, accepted = QInputDialog.getText(self.window, title, label)
        return text.strip() if accepted else ""

    def _call(self, work):  # type: ignore[no-untyped-def]
        try:
            return work()
        except ServiceError as error:
            self.window._warn(self.tr("Steering"), str(error))
            return None
