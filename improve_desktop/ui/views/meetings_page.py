"""A steering cluster's meetings: the list, the chosen meeting's agenda or minutes, and the
way into meeting mode."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.steering import MeetingState, RequestStatus
from improve_desktop.services.steering_schemas import AgendaItemRead, MeetingRead, MeetingRecord
from improve_desktop.ui.formatting import format_date
from improve_desktop.ui.qt_models.meeting_models import (
    ROW_ROLE as AGENDA_ROW_ROLE,
)
from improve_desktop.ui.qt_models.meeting_models import (
    AgendaListModel,
    Entry,
    agenda_title,
    entry_text,
)
from improve_desktop.ui.qt_models.steering_models import COL_MEETING_DATE, MeetingTableModel
from improve_desktop.ui.qt_models.table_model import ROW_ROLE
from improve_desktop.ui.steering_words import (
    agenda_kind_text,
    agenda_outcome_text,
    meeting_state_text,
)
from improve_desktop.ui.views.project_overview import readable_label


class MeetingsPage(QWidget):
    """Meetings of one cluster, newest first; the chosen one's agenda, decisions and actions."""

    plan_requested = Signal()
    agenda_requested = Signal(str)  # meeting id
    meeting_mode_requested = Signal(str)  # meeting id
    decision_log_requested = Signal()
    approve_requested = Signal(str)  # meeting id
    attendance_requested = Signal(str)  # meeting id
    meeting_chosen = Signal(str)
    item_edit_requested = Signal(object)  # AgendaItemRead
    withdraw_requested = Signal(object)  # DecisionRequestRead

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cluster_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        self.title = readable_label(object_name="pageTitle")
        layout.addWidget(self.title)
        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("&Plan a meeting…"))
        self.agenda_button = QPushButton(self.tr("&Update the agenda"))
        self.agenda_button.setToolTip(self.tr(
            "Add what is new: the projects' latest closed iterations, open decision requests "
            "and actions due"))
        self.mode_button = QPushButton(self.tr("Start &meeting mode (F5)"))
        self.mode_button.setShortcut("F5")
        self.log_button = QPushButton(self.tr("Decision &log (Ctrl+Shift+D)"))
        self.approve_button = QPushButton(self.tr("&Approve the minutes"))
        self.attendance_button = QPushButton(self.tr("A&ttendance…"))
        for button in (self.plan_button, self.agenda_button, self.mode_button,
                       self.attendance_button, self.approve_button, self.log_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = MeetingTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self._build_agenda())
        splitter.addWidget(left)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("The chosen meeting"))
        self.record_text = readable_label()
        self.record_text.setAccessibleName(self.tr("Agenda, decisions and actions"))
        self.record_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.record_text.setContentsMargins(8, 4, 8, 4)
        scroll.setWidget(self.record_text)
        splitter.addWidget(scroll)
        splitter.setSizes([520, 460])
        layout.addWidget(splitter, 1)
        self.plan_button.clicked.connect(self.plan_requested)
        self.agenda_button.clicked.connect(lambda: self._with_meeting(self.agenda_requested))
        self.mode_button.clicked.connect(lambda: self._with_meeting(self.meeting_mode_requested))
        self.log_button.clicked.connect(self.decision_log_requested)
        self.approve_button.clicked.connect(lambda: self._with_meeting(self.approve_requested))
        self.attendance_button.clicked.connect(
            lambda: self._with_meeting(self.attendance_requested))
        self.table.selectionModel().currentRowChanged.connect(self._chosen_changed)

    def _build_agenda(self) -> QWidget:
        """The chosen meeting's agenda as a list: F2 edits an item, Delete withdraws the
        decision request an item asks (both also on the context menu and as buttons)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("A&genda:"))
        self.agenda_model = AgendaListModel(self)
        self.agenda_list = QListView()
        self.agenda_list.setModel(self.agenda_model)
        self.agenda_list.setAccessibleName(self.tr("Agenda of the chosen meeting"))
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setSpacing(3)
        self.agenda_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        caption.setBuddy(self.agenda_list)
        self.edit_item_action = QAction(self.tr("Edit agenda &item…"), self.agenda_list)
        self.edit_item_action.setShortcut(QKeySequence("F2"))
        self.withdraw_action = QAction(self.tr("&Withdraw the decision request…"),
                                       self.agenda_list)
        self.withdraw_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action, slot in ((self.edit_item_action, self._edit_item),
                             (self.withdraw_action, self._withdraw)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.agenda_list.addAction(action)
        self.agenda_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda_list.customContextMenuRequested.connect(self._agenda_menu)
        self.edit_item_button = QPushButton(self.tr("Edit agenda &item… (F2)"))
        self.edit_item_button.setAccessibleName(self.tr("Edit the chosen agenda item"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw request… (Del)"))
        self.withdraw_button.setAccessibleName(self.tr(
            "Withdraw the decision request of the chosen agenda item"))
        self.edit_item_button.clicked.connect(self._edit_item)
        self.withdraw_button.clicked.connect(self._withdraw)
        row = QHBoxLayout()
        row.addWidget(self.edit_item_button)
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        column.addWidget(caption)
        column.addWidget(self.agenda_list, 1)
        column.addLayout(row)
        self.agenda_list.selectionModel().currentChanged.connect(
            lambda *_: self._update_item_buttons())
        self._update_item_buttons()
        return box

    def chosen_item(self) -> AgendaItemRead | None:
        index = self.agenda_list.currentIndex()
        return index.data(AGENDA_ROW_ROLE) if index.isValid() else None

    def select_item(self, item_id: str) -> None:
        for row, item in enumerate(self.agenda_model.items()):
            if item.id == item_id:
                self.agenda_list.setCurrentIndex(self.agenda_model.index(row, 0))

    def _withdrawable(self, item: AgendaItemRead | None) -> bool:
        meeting = self.chosen()
        return (item is not None and item.request is not None
                and item.request.status is RequestStatus.OPEN
                and meeting is not None and meeting.state is MeetingState.PLANNED)

    def _update_item_buttons(self) -> None:
        item = self.chosen_item()
        meeting = self.chosen()
        approved = meeting is not None and meeting.state is MeetingState.APPROVED
        for widget in (self.edit_item_button, self.edit_item_action):
            widget.setEnabled(item is not None and not approved)
        # Approved minutes are the record; say why the edit is not there.
        self.edit_item_button.setToolTip(
            self.tr("The minutes are approved and are no longer changed.") if approved else "")
        for widget in (self.withdraw_button, self.withdraw_action):
            widget.setEnabled(self._withdrawable(item))

    def _edit_item(self) -> None:
        item = self.chosen_item()
        if item is not None:
            self.item_edit_requested.emit(item)

    def _withdraw(self) -> None:
        item = self.chosen_item()
        if item is not None and self._withdrawable(item):
            self.withdraw_requested.emit(item.request)

    def _agenda_menu(self, position: QPoint) -> None:
        index = self.agenda_list.indexAt(position)
        if index.isValid():
            self.agenda_list.setCurrentIndex(index)
        if self.chosen_item() is None:
            return
        menu = QMenu(self.agenda_list)
        menu.setAccessibleName(self.tr("Agenda item commands"))
        menu.addAction(self.edit_item_action)
        menu.addAction(self.withdraw_action)
        menu.exec(self.agenda_list.viewport().mapToGlobal(position))

    def show_meetings(self, cluster_id: str, cluster_name: str,
                      meetings: list[MeetingRead]) -> None:
        chosen = self.chosen()
        self.cluster_id = cluster_id
        self.title.setText(self.tr("Meetings – %1").replace("%1", cluster_name))
        self.title.setAccessibleName(self.title.text())
        self.setAccessibleName(self.title.text())
        self.model.set_rows(meetings)
        self.table.sortByColumn(COL_MEETING_DATE, Qt.SortOrder.DescendingOrder)
        wanted = chosen.id if chosen and chosen.steering_cluster_id == cluster_id else None
        if wanted is None:
            # The next meeting to be held, else the latest one.
            planned = [m for m in meetings if m.state is MeetingState.PLANNED]
            wanted = (min(planned, key=lambda m: m.meeting_date).id if planned
                      else meetings[0].id if meetings else None)
        for row, meeting in enumerate(self.model.rows()):
            if meeting.id == wanted:
                self.table.selectRow(row)
        self._update_buttons()

    def chosen(self) -> MeetingRead | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(ROW_ROLE) if index.isValid() else None

    def show_record(self, record: MeetingRecord | None) -> None:
        self.record_text.setText(record_text(record) if record else "")
        chosen = self.chosen_item()
        self.agenda_model.set_items(list(record.agenda) if record else [])
        if chosen is not None:
            self.select_item(chosen.id)
        self._update_item_buttons()

    def _chosen_changed(self) -> None:
        meeting = self.chosen()
        self._update_buttons()
        if meeting is not None:
            self.meeting_chosen.emit(meeting.id)

    def _update_buttons(self) -> None:
        meeting = self.chosen()
        planned = meeting is not None and meeting.state is MeetingState.PLANNED
        self.agenda_button.setEnabled(planned)
        self.mode_button.setEnabled(planned)
        self.approve_button.setEnabled(meeting is not None and meeting.state is MeetingState.HELD)
        self.attendance_button.setEnabled(meeting is not None)

    def _with_meeting(self, signal: Signal) -> None:
        meeting = self.chosen()
        if meeting is not None:
            signal.emit(meeting.id)  # type: ignore[attr-defined]


def record_text(record: MeetingRecord) -> str:
    """The meeting as minutes: when and where, who, the agenda with outcomes, what was decided."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    meeting = record.meeting
    lines = [" · ".join(part for part in (
        format_date(meeting.meeting_date), meeting.start_time, meeting.place,
        meeting_state_text(meeting.state)) if part)]
    present = [a.name + (" " + translate("MeetingsPage", "(guest)") if a.is_guest else "")
               for a in record.attendees if a.present]
    absent = [a.name for a in record.attendees if not a.present]
    lines.append(translate("MeetingsPage", "Present: %1").replace("%1", ", ".join(present) or "–"))
    if absent:
        lines.append(translate("MeetingsPage", "Absent: %1").replace("%1", ", ".join(absent)))
    lines.append("")
    lines.append(translate("MeetingsPage", "Agenda"))
    for number, item in enumerate(record.agenda, start=1):
        lines.append(f"{number}. {agenda_title(item)} ({agenda_kind_text(item.kind)}) – "
                     f"{agenda_outcome_text(item.outcome)}")
        if item.notes:
            lines.append(f"    {item.notes}")
    lines.append("")
    lines.append(translate("MeetingsPage", "Decisions and actions"))
    entries = [Entry(decision=d) for d in record.decisions] + [Entry(action=a)
                                                               for a in record.actions]
    if not entries:
        lines.append(translate("MeetingsPage", "None recorded."))
    lines += ["• " + entry_text(entry).replace("\n", " · ") for entry in entries]
    return "\n".join(lines)
