"""Meeting mode: a full-window screen for running a steering meeting from the keyboard.

The agenda is on the left, the current item in the middle, this meeting's decisions and
actions on the right, and one capture line at the bottom: type a decision (or, after Ctrl+T,
an action; after Ctrl+M, a note for the minutes on the current item), optionally an owner
(Ctrl+O) and a due date (Ctrl+U), and Enter records it. Every entry is committed by the
service before it is shown; the half-typed entry is saved as a draft while typing, and the item on screen is remembered, so that a crash or a dead battery
loses nothing and the reopened meeting continues where it stood.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.steering import AgendaKind, AgendaOutcome, parse_due_date
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.steering_schemas import AgendaItemRead
from improve_desktop.services.workspace import Workspace
from improve_desktop.ui.formatting import format_date
from improve_desktop.ui.qt_models.meeting_models import (
    AgendaListModel,
    EntriesModel,
    Entry,
    agenda_title,
)
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.steering_words import (
    agenda_kind_text,
    agenda_outcome_text,
)
from improve_desktop.ui.views.agenda_text import item_text
from improve_desktop.ui.views.project_overview import readable_label

DECISION, ACTION, NOTE, ITEM = "decision", "action", "note", "item"
DRAFT_DELAY_MS = 300

# Sizes for a 1280×720 projector seen from the back of the room (the widget's own sheet wins
# over the application's).
_STYLE = """
QWidget#meetingMode { font-size: 17pt; }
QLabel#meetingHeading { font-size: 15pt; font-weight: 600; }
QLabel#itemKind { font-size: 15pt; }
QLabel#itemTitle { font-size: 22pt; font-weight: 700; }
QLabel#itemBody { font-size: 17pt; }
QLabel#captureMode { font-size: 19pt; font-weight: 700; }
QLineEdit { font-size: 19pt; padding: 4px; border: 1px solid palette(mid); }
QListView { font-size: 15pt; border: 1px solid palette(mid); }
QLineEdit:focus, QListView:focus { border: 3px solid palette(highlight); }
QListView::item { padding: 6px 4px; }
QLabel#keysHint, QLabel#meetingStatus { font-size: 12pt; }
QPushButton { font-size: 14pt; padding: 4px 14px; }
"""



class _ListWithEmptyText(QListView):
    """A list that says what belongs in it while it is empty (an empty box says nothing)."""

    def __init__(self, empty_text: str) -> None:
        super().__init__()
        self.empty_text = empty_text

    def paintEvent(self, event: Any) -> None:  # Qt override  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                             | int(Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()


class MeetingModeWindow(QWidget):
    """One meeting, run by keyboard; ``closed`` tells the main window to show itself again."""

    closed = Signal()

    def __init__(self, workspace: Callable[[], Workspace], signals: AppSignals, meeting_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._workspace = workspace
        self.signals = signals
        self.meeting_id = meeting_id
        self.mode = DECISION
        self.setObjectName("meetingMode")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName(self.tr("Meeting mode"))
        record = workspace().meetings.record(meeting_id)
        self.meeting = record.meeting
        self.setWindowTitle(self.tr("Meeting mode – %1").replace("%1", self.meeting.cluster_name))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.heading = readable_label(object_name="meetingHeading")
        self.heading.setAccessibleName(self.tr("Meeting"))
        self.position_label = readable_label(object_name="meetingHeading")
        self.position_label.setWordWrap(False)
        self.position_label.setAccessibleName(self.tr("Position in the agenda"))
        self.leave_button = QPushButton(self.tr("&Leave"))
        self.leave_button.setAccessibleName(self.tr("Leave meeting mode"))
        self.leave_button.clicked.connect(self.close)
        self.end_button = QPushButton(self.tr("&End meeting"))
        self.end_button.setAccessibleName(self.tr("End the meeting and write the minutes"))
        self.end_button.clicked.connect(self.end_meeting)
        top.addWidget(self.heading, 1)
        top.addWidget(self.position_label)
        top.addWidget(self.end_button)
        top.addWidget(self.leave_button)
        layout.addLayout(top)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.agenda_model = AgendaListModel(self)
        self.agenda = self._list(self.tr("Agenda"), self.agenda_model)
        agenda_box = self._captioned(self.tr("&Agenda"), self.agenda)
        columns.addLayout(agenda_box, 27)
        middle_widget = QWidget()
        middle = QVBoxLayout(middle_widget)
        middle.setContentsMargins(0, 0, 8, 0)
        self.item_kind = readable_label(object_name="itemKind")
        self.item_kind.setAccessibleName(self.tr("Kind of item"))
        self.item_title = readable_label(object_name="itemTitle")
        self.item_title.setAccessibleName(self.tr("Current agenda item"))
        self.item_body = readable_label(object_name="itemBody")
        self.item_body.setAccessibleName(self.tr("What the item is about"))
        self.item_body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        middle.addWidget(self.item_kind)
        middle.addWidget(self.item_title)
        middle.addWidget(self.item_body, 1)
        # Long requests and follow-ups scroll rather than push the capture line off the screen.
        self.item_area = QScrollArea()
        self.item_area.setWidgetResizable(True)
        self.item_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.item_area.setAccessibleName(self.tr("Current agenda item"))
        self.item_area.setWidget(middle_widget)
        columns.addWidget(self.item_area, 43)
        self.entries_model = EntriesModel(self)
        self.entries = self._list(self.tr("Decisions and actions of this meeting"),
                                  self.entries_model,
                                  self.tr("Nothing recorded yet. Type a decision below and "
                                          "press Enter; it is saved at once."))
        columns.addLayout(self._captioned(self.tr("Decisions and actions"), self.entries), 30)
        layout.addLayout(columns, 1)

        capture = QHBoxLayout()
        self.mode_label = QLabel()
        self.mode_label.setObjectName("captureMode")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("captureText")
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Owner (Ctrl+O)"))
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.due_edit = QLineEdit()
        self.due_edit.setPlaceholderText(self.tr("Due (Ctrl+U)"))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setToolTip(self.tr("A date such as 2026-12-15, or +14 for 14 days from "
                                         "today, or +2w for two weeks"))
        self.due_edit.setMaximumWidth(260)  # room for the placeholder in Swedish
        self.owner_edit.setMaximumWidth(300)
        self.mode_label.setBuddy(self.text_edit)
        for edit in (self.text_edit, self.owner_edit, self.due_edit):
            edit.returnPressed.connect(self.save_entry)
            edit.textChanged.connect(self._draft_changed)
        capture.addWidget(self.mode_label)
        capture.addWidget(self.text_edit, 1)
        capture.addWidget(self.owner_edit)
        capture.addWidget(self.due_edit)
        layout.addLayout(capture)
        self.status = readable_label(object_name="meetingStatus")
        self.status.setAccessibleName(self.tr("Last message"))
        self.hint = QLabel(self.tr(
            "Enter saves · Ctrl+D decision · Ctrl+T action · Ctrl+M note · Ctrl+N new agenda "
            "item · Ctrl+O owner · Ctrl+U due date · "
            "Page Down marks the item dealt with and goes on · Page Up previous item · "
            "Ctrl+Shift+E ends the meeting · "
            "Esc leaves"))
        self.hint.setObjectName("keysHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self.hint)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._restoring = False
        for keys, slot in (
            ("Ctrl+D", lambda: self.set_mode(DECISION)),
            ("Ctrl+T", lambda: self.set_mode(ACTION)),
            ("Ctrl+M", lambda: self.set_mode(NOTE)),
            ("Ctrl+N", lambda: self.set_mode(ITEM)),
            ("Ctrl+O", lambda: self.owner_edit.setFocus()),
            ("Ctrl+U", lambda: self.due_edit.setFocus()),
            ("PgDown", self.next_item),
            ("PgUp", self.previous_item),
            ("Ctrl+Shift+E", self.end_meeting),
            ("Esc", self.close),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        self.agenda.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self._load(record)

    # -- building -------------------------------------------------------------------------------

    def _list(self, name: str, model: Any, empty_text: str = "") -> QListView:
        view = _ListWithEmptyText(empty_text)
        view.setModel(model)
        view.setAccessibleName(name)
        view.setWordWrap(True)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def _captioned(self, caption: str, view: QListView) -> QVBoxLayout:
        box = QVBoxLayout()
        label = QLabel(caption)
        label.setObjectName("meetingHeading")
        label.setBuddy(view)
        box.addWidget(label)
        box.addWidget(view, 1)
        return box

    def _load(self, record: Any) -> None:
        meeting = record.meeting
        when = format_date(meeting.meeting_date)
        if meeting.start_time:
            when += f" {meeting.start_time}"
        self.heading.setText(" · ".join(part for part in (
            meeting.cluster_name, when, meeting.place) if part))
        self.agenda_model.set_items(list(record.agenda))
        self.entries_model.set_entries(list(record.decisions), list(record.actions))
        self.entries.scrollToBottom()
        items = record.agenda
        start = next((row for row, item in enumerate(items) if item.id == meeting.current_item_id),
                     next((row for row, item in enumerate(items)
                           if item.outcome is AgendaOutcome.PENDING), 0))
        if items:
            self.agenda.selectionModel().setCurrentIndex(
                self.agenda_model.index(start, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()
        self._restore_draft(meeting.draft)
        self.set_mode(self.mode)

    # -- the current item -----------------------------------------------------------------------

    def current_item(self) -> AgendaItemRead | None:
        index = self.agenda.currentIndex()
        items = self.agenda_model.items()
        return items[index.row()] if index.isValid() and index.row() < len(items) else None

    def _show_current(self) -> None:
        item = self.current_item()
        count = self.agenda_model.rowCount()
        row = self.agenda.currentIndex().row()
        self.position_label.setText(
            self.tr("Item %1 of %2").replace("%1", str(row + 1)).replace("%2", str(count))
            if item else self.tr("No agenda items"))
        if item is None:
            self.item_kind.setText("")
            self.item_title.setText(self.tr("The agenda is empty"))
            self.item_body.setText(self.tr("Decisions and actions can still be recorded."))
            return
        self.item_kind.setText(
            f"{agenda_kind_text(item.kind)} · {agenda_outcome_text(item.outcome)}")
        self.item_title.setText(agenda_title(item))
        self.item_body.setText(item_text(item))
        self._call(lambda ws: ws.meetings.set_current_item(self.meeting_id, item.id))

    def next_item(self) -> None:
        """Mark the item on screen as dealt with and go to the next one."""
        item = self.current_item()
        if item is not None and item.outcome is AgendaOutcome.PENDING:
            outcome = self._call(lambda ws: ws.meetings.set_item_outcome(
                item.id, AgendaOutcome.DONE))
            if outcome is not None:
                self.agenda_model.replace(outcome.value)
        self._move(1)

    def previous_item(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        row = self.agenda.currentIndex().row() + step
        if 0 <= row < self.agenda_model.rowCount():
            self.agenda.selectionModel().setCurrentIndex(
                self.agenda_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    # -- capture --------------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode == DECISION:
            self.mode_label.setText(self.tr("&Decision:"))
            self.text_edit.setAccessibleName(self.tr("Decision"))
            self.text_edit.setPlaceholderText(self.tr("Type the decision and press Enter"))
        elif mode == ACTION:
            self.mode_label.setText(self.tr("Ac&tion:"))
            self.text_edit.setAccessibleName(self.tr("Action"))
            self.text_edit.setPlaceholderText(self.tr("Type the action and press Enter"))
        elif mode == ITEM:
            self.mode_label.setText(self.tr("New &item:"))
            self.text_edit.setAccessibleName(self.tr("New agenda item"))
            self.text_edit.setPlaceholderText(self.tr(
                "An item to add at the end of the agenda; Enter adds it"))
        else:
            self.mode_label.setText(self.tr("&Note:"))
            self.text_edit.setAccessibleName(self.tr("Note for the minutes"))
            self.text_edit.setPlaceholderText(self.tr(
                "A note on this item for the minutes; Enter saves it"))
        self.text_edit.setFocus()
        self._draft_changed()

    def save_entry(self) -> Entry | None:
        """Record what is typed; committed by the service before it is shown."""
        text = self.text_edit.text().strip()
        if not text:
            self.text_edit.setFocus()
            return None
        try:
            due = parse_due_date(self.due_edit.text(), date.today())
        except ValueError:
            self._say(self.tr("The due date was not understood: write 2026-12-15, +14 or +2w."))
            self.due_edit.setFocus()
            return None
        item = self.current_item()
        if self.mode == NOTE:
            return self._save_note(item, text)
        if self.mode == ITEM:
            return self._add_item(text)
        owner = self.owner_edit.text().strip()
        base: dict[str, Any] = {"meeting_id": self.meeting_id, "owner": owner, "due_on": due}
        if item is not None:
            base.update(agenda_item_id=item.id, project_id=item.project_id)
        if self.mode == DECISION:
            if item is not None and item.kind is AgendaKind.DECISION_REQUEST:
                base["decision_request_id"] = item.decision_request_id
            outcome = self._call(lambda ws: ws.decisions.record({"title": text[:200], **base,
                                                                 "text": text}))
            entry = Entry(decision=outcome.value) if outcome else None
        else:
            outcome = self._call(lambda ws: ws.decisions.add_action({"text": text, **base}))
            entry = Entry(action=outcome.value) if outcome else None
        if outcome is None or entry is None:
            return None
        self.entries.scrollTo(self.entries_model.append(entry))
        self._restoring = True
        for edit in (self.text_edit, self.owner_edit, self.due_edit):
            edit.clear()
        self._restoring = False
        self._draft_timer.stop()
        self.save_draft()
        self.signals.emit_change(outcome.change)
        self._say(self.tr("Saved: %1").replace("%1", self.entries_model.data(
            self.entries_model.index(self.entries_model.rowCount() - 1, 0)).split("\n")[0]))
        self.text_edit.setFocus()
        return entry

    def _add_item(self, text: str) -> None:
        """Other business raised in the meeting: an information item at the end."""
        outcome = self._call(lambda ws: ws.meetings.add_agenda_item(
            self.meeting_id, {"title": text[:200]}))
        if outcome is None:
            return None
        current = self.agenda.currentIndex().row()
        self.agenda_model.set_items([*self.agenda_model.items(), outcome.value])
        self.agenda.selectionModel().setCurrentIndex(
            self.agenda_model.index(max(current, 0), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()
        self._restoring = True
        self.text_edit.clear()
        self._restoring = False
        self.save_draft()
        self.signals.emit_change(outcome.change)
        self._say(self.tr("Added as item %1").replace(
            "%1", str(self.agenda_model.rowCount())))
        self.set_mode(DECISION)
        return None

    def _save_note(self, item: AgendaItemRead | None, text: str) -> None:
        """Add a line to the item's notes (they go into the minutes)."""
        if item is None:
            self._say(self.tr("There is no agenda item to add a note to."))
            return None
        outcome = self._call(lambda ws: ws.meetings.append_item_note(item.id, text))
        if outcome is None:
            return None
        self.agenda_model.replace(outcome.value)
        self.item_body.setText(item_text(outcome.value))
        self._restoring = True
        self.text_edit.clear()
        self._restoring = False
        self.save_draft()
        self.signals.emit_change(outcome.change)
        self._say(self.tr("Note saved on item %1").replace(
            "%1", str(self.agenda.currentIndex().row() + 1)))
        return None

    def _draft_changed(self) -> None:
        if not self._restoring:
            self._draft_timer.start()

    def draft_text(self) -> str:
        values = {"mode": self.mode, "text": self.text_edit.text(),
                  "owner": self.owner_edit.text(), "due": self.due_edit.text()}
        if not any((values["text"], values["owner"], values["due"])):
            return ""
        return json.dumps(values, ensure_ascii=False)

    def save_draft(self) -> None:
        self._draft_timer.stop()
        text = self.draft_text()
        self._call(lambda ws: ws.meetings.save_draft(self.meeting_id, text))

    def _restore_draft(self, draft: str) -> None:
        if not draft:
            return
        try:
            values = json.loads(draft)
        except ValueError:
            values = {"text": draft}
        self._restoring = True
        mode = values.get("mode")
        self.mode = mode if mode in (ACTION, NOTE, ITEM) else DECISION
        self.text_edit.setText(str(values.get("text", "")))
        self.owner_edit.setText(str(values.get("owner", "")))
        self.due_edit.setText(str(values.get("due", "")))
        self._restoring = False

    # -- ending ---------------------------------------------------------------------------------

    def end_meeting(self) -> None:
        if self.text_edit.text().strip():
            self._say(self.tr("Save the entry you are typing (Enter) or clear it first."))
            self.text_edit.setFocus()
            return
        if not self._ask(self.tr("End the meeting"), self.tr(
                "End the meeting and write the minutes? Items not dealt with move to the next "
                "meeting.")):
            return
        outcome = self._call(lambda ws: ws.meetings.close(self.meeting_id))
        if outcome is None:
            return
        record = outcome.value
        carried = sum(1 for item in record.agenda if item.outcome is AgendaOutcome.CARRIED_OVER)
        self.signals.emit_change(outcome.change)
        self._inform(self.tr("Minutes written"), self.tr(
            "The meeting is held and its minutes are saved. Decisions: %1; actions: %2; "
            "items moved to the next meeting: %3.").replace("%1", str(len(record.decisions)))
            .replace("%2", str(len(record.actions))).replace("%3", str(carried)))
        self.ended = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not getattr(self, "ended", False):
            self.save_draft()
        self.closed.emit()
        super().closeEvent(event)

    # -- seams ----------------------------------------------------------------------------------

    def _call(self, work: Callable[[Workspace], Any]) -> Any:
        try:
            return work(self._workspace())
        except ServiceError as error:
            self._say(str(error))
            return None

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _ask(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

