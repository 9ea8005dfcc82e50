"""The Retrospective tab: choose the iteration, start or open its retrospective, review last
time's actions first, then the board of notes and this time's actions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from improve_desktop.domain.enums import IterationState
from improve_desktop.domain.retrospectives import (
    DEFAULT_VOTE_BUDGET,
    ActionReview,
    RetroFormat,
)
from improve_desktop.services.errors import ServiceError
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.retro_schemas import ActionRead, NoteRead, RetrospectiveBoard
from improve_desktop.services.schemas import IterationRead
from improve_desktop.ui.commands.retro_commands import RetroEditor
from improve_desktop.ui.formatting import (
    format_date,
    format_date_range,
    iteration_label,
)
from improve_desktop.ui.qt_models.retro_models import ActionsModel
from improve_desktop.ui.signals import AppSignals
from improve_desktop.ui.views.retro_board import NoteBoard
from improve_desktop.ui.views.retro_labels import (
    format_text,
    retro_error_text,
    short_format_text,
    votes_left_text,
)
from improve_desktop.ui.views.retro_review import ReviewPanel

translate = QCoreApplication.translate


def default_iteration(iterations: Sequence[IterationRead],
                      with_retrospective: set[str]) -> IterationRead | None:
    """The active iteration once its retrospective is started, else the latest closed one,
    else the active one, else the first."""
    active = [i for i in iterations if i.state is IterationState.ACTIVE]
    if active and active[0].id in with_retrospective:
        return active[0]
    closed = [i for i in iterations if i.state is IterationState.CLOSED]
    if closed:
        return max(closed, key=lambda i: i.number)
    return active[0] if active else (iterations[0] if iterations else None)


class RetrospectiveView(QWidget):
    """Runs one iteration's retrospective through the services; refreshes from their Changes."""

    def __init__(self, workspace: Callable[[], Any], signals: AppSignals,
                 stack: QUndoStack | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._signals = signals
        self.editor = RetroEditor(workspace, stack, signals)
        self.report: Callable[[str], None] = lambda message: None
        self.project_id = ""
        self.iterations: list[IterationRead] = []
        self.board_data: RetrospectiveBoard | None = None
        self.setObjectName("RetrospectiveView")
        self.setAccessibleName(self.tr("Retrospective"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(self._build_header())
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.message = QLabel()
        self.message.setObjectName("retroMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.pages = QStackedWidget()
        self.empty = QLabel()
        self.empty.setObjectName("pageSubtitle")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self._build_retro_page())
        layout.addWidget(self.pages, 1)

    # -- building -------------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        iteration_label = QLabel(self.tr("&Iteration"))
        self.iteration = QComboBox()
        self.iteration.setObjectName("retroIteration")
        self.iteration.setAccessibleName(self.tr("Iteration of the retrospective"))
        self.iteration.setMinimumContentsLength(18)
        iteration_label.setBuddy(self.iteration)
        # Arrowing through iterations keeps the focus in the combo box.
        self.iteration.currentIndexChanged.connect(lambda _i: self.load(focus=False))
        format_label = QLabel(self.tr("F&ormat"))
        self.format = QComboBox()
        self.format.setObjectName("retroFormat")
        self.format.setAccessibleName(self.tr("Format of the retrospective"))
        for retro_format in RetroFormat:
            self.format.addItem(format_text(retro_format), retro_format.value)
        format_label.setBuddy(self.format)
        facilitator_label = QLabel(self.tr("Fa&cilitator"))
        self.facilitator = QLineEdit()
        self.facilitator.setObjectName("retroFacilitator")
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.setMaximumWidth(140)
        facilitator_label.setBuddy(self.facilitator)
        budget_label = QLabel(self.tr("Vote b&udget"))
        self.budget = QSpinBox()
        self.budget.setObjectName("retroBudget")
        self.budget.setRange(1, 20)
        self.budget.setValue(DEFAULT_VOTE_BUDGET)
        self.budget.setAccessibleName(self.tr("Votes per person"))
        budget_label.setBuddy(self.budget)
        self.start_button = QPushButton(self.tr("&Start retrospective"))
        self.start_button.setObjectName("retroStart")
        self.start_button.setAccessibleName(self.tr("Start the retrospective"))
        self.start_button.clicked.connect(self.start)
        self._start_widgets: list[QWidget] = [
            format_label, self.format, facilitator_label, self.facilitator, budget_label,
            self.budget, self.start_button]
        for widget in (iteration_label, self.iteration, *self._start_widgets):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _build_retro_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.review = ReviewPanel()
        self.review.decided.connect(self._on_decided)
        board_box = QGroupBox(self.tr("Board"))
        board_layout = QVBoxLayout(board_box)
        voting = QHBoxLayout()
        voter_label = QLabel(self.tr("Vo&ter"))
        self.voter = QLineEdit()
        self.voter.setObjectName("retroVoter")
        self.voter.setAccessibleName(self.tr("Initials of who is voting"))
        self.voter.setPlaceholderText(self.tr("Initials"))
        self.voter.setMaxLength(40)
        self.voter.setFixedWidth(90)
        voter_label.setBuddy(self.voter)
        self.voter.textChanged.connect(lambda _t: self._update_votes_left())
        self.votes_left = QLabel()
        self.votes_left.setObjectName("retroVotesLeft")
        self.by_group = QCheckBox(self.tr("Keep groups together"))
        self.by_group.setAccessibleName(self.tr("Keep groups together"))
        self.by_group.toggled.connect(lambda _c: self._show_notes())
        hint = QLabel(self.tr("Sorted by votes. In a column: + and − vote, Left/Right move "
                              "between columns, Ctrl+Left/Right move the note."))
        hint.setObjectName("retroHint")
        hint.setWordWrap(True)
        for widget in (voter_label, self.voter, self.votes_left):
            voting.addWidget(widget)
        voting.addStretch(1)
        voting.addWidget(self.by_group)
        board_layout.addLayout(voting)
        board_layout.addWidget(hint)
        self.board = NoteBoard()
        self.board.add_requested.connect(self._add_note)
        self.board.vote_requested.connect(self._vote)
        self.board.move_requested.connect(
            lambda note_id, key: self._edit(
                lambda: self.editor.move_note(self._note(note_id), key)))
        self.board.delete_requested.connect(
            lambda note_id: self._edit(lambda: self.editor.delete_note(self._note(note_id))))
        self.board.group_requested.connect(self._group)
        self.board.action_requested.connect(self._make_action)
        self.board.lesson_requested.connect(self._flag_lesson)
        board_layout.addWidget(self.board, 1)
        actions_box = QGroupBox(self.tr("This time's actions"))
        actions_layout = QHBoxLayout(actions_box)
        self.actions_model = ActionsModel(self)
        self.actions = QTableView()
        self.actions.setObjectName("retroActions")
        self.actions.setModel(self.actions_model)
        self.actions.setAccessibleName(self.tr("This time's actions"))
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.verticalHeader().setVisible(False)
        self.actions.verticalHeader().setDefaultSectionSize(
            self.actions.fontMetrics().height() + 10)
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions_layout.addWidget(self.actions, 1)
        self.to_backlog = QPushButton(self.tr("Put in the next\niteration's bac&klog"))
        self.to_backlog.setObjectName("actionToBacklog")
        self.to_backlog.setAccessibleName(self.tr("Put the action in the next iteration's backlog"))
        self.to_backlog.clicked.connect(self._to_backlog)
        actions_layout.addWidget(self.to_backlog, 0, Qt.AlignmentFlag.AlignTop)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for widget in (self.review, board_box, actions_box):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([215, 400, 110])
        layout.addWidget(self.splitter, 1)
        return page

    # -- loading --------------------------------------------------------------------------------

    def show_project(self, project_id: str, iterations: Sequence[IterationRead]) -> None:
        changed_project = project_id != self.project_id
        keep = self.iteration.currentData()
        self.project_id = project_id
        self.iterations = list(iterations)
        held = {retro.iteration_id
                for retro in self._workspace().retrospectives.list_for_project(project_id)}
        self.iteration.blockSignals(True)
        self.iteration.clear()
        for iteration in self.iterations:
            text = iteration_label(iteration)
            if iteration.id in held:
                text += " · " + self.tr("retrospective")
            self.iteration.addItem(text, iteration.id)
        wanted = None if changed_project else keep
        if wanted is None or self.iteration.findData(wanted) < 0:
            chosen = default_iteration(self.iterations, held)
            wanted = chosen.id if chosen else None
        self.iteration.setCurrentIndex(max(0, self.iteration.findData(wanted)))
        self.iteration.blockSignals(False)
        self.load(focus=changed_project)

    def current_iteration(self) -> IterationRead | None:
        iteration_id = self.iteration.currentData()
        return next((i for i in self.iterations if i.id == iteration_id), None)

    def load(self, focus: bool = True) -> None:
        """Read the chosen iteration's retrospective; a new one opens on last time's actions."""
        iteration = self.current_iteration()
        service = self._workspace().retrospectives
        retro = service.for_iteration(iteration.id) if iteration else None
        opened_another = (self.board_data is None or retro is None
                          or retro.id != self.board_data.retrospective.id)
        self.board_data = service.board(retro.id) if retro else None
        self._show_header(iteration)
        if self.board_data is None:
            self.pages.setCurrentIndex(0)
            self.setFocusProxy(self.start_button if iteration else self.iteration)
            return
        self.pages.setCurrentIndex(1)
        data = self.board_data
        self.board.set_columns(data.retrospective.columns)
        self.review.set_actions(data.previous_actions)
        self.review.setVisible(True)
        self._show_notes()
        self._show_actions(data.actions)
        self._update_votes_left()
        if opened_another:
            self.board.set_default_due(self._default_due(iteration))
            # The review comes first: did we do what we said?
            first = self.review.table if self.review.undecided() else self.board.note_text
            self.setFocusProxy(first)
            if focus:
                first.setFocus()

    def _show_header(self, iteration: IterationRead | None) -> None:
        retro = self.board_data.retrospective if self.board_data else None
        # Once started, the heading says the format and facilitator; the start fields go.
        for widget in self._start_widgets:
            widget.setVisible(retro is None)
        self.start_button.setEnabled(iteration is not None)
        if retro is not None:
            self.format.setCurrentIndex(self.format.findData(retro.format.value))
            self.facilitator.setText(retro.facilitator)
            self.budget.setValue(retro.vote_budget)
            name = iteration.name if iteration else ""
            parts = [self.tr("Retrospective of %1").replace("%1", name),
                     short_format_text(retro.format), format_date(retro.held_on)]
            if retro.facilitator:
                parts.append(self.tr("facilitated by %1").replace("%1", retro.facilitator))
            self.heading.setText(" · ".join(parts))
        elif iteration is None:
            self.heading.setText(self.tr("The project has no iterations yet."))
            self.empty.setText(self.tr("Plan an iteration first; each iteration ends with a "
                                       "retrospective."))
        else:
            self.heading.setText(self.tr("%1 · %2").replace("%1", iteration.name).replace(
                "%2", format_date_range(iteration.start_date, iteration.end_date)))
            self.empty.setText(self.tr(
                "No retrospective yet for %1. Choose a format (it decides the columns) and "
                "press Start retrospective. It opens with last time's actions: did we do "
                "what we said?").replace("%1", iteration.name))

    def _default_due(self, iteration: IterationRead | None) -> date:
        if iteration is None:
            return date.today() + timedelta(days=14)
        following = [i for i in self.iterations if i.number > iteration.number]
        if following:
            return min(following, key=lambda i: i.number).end_date
        return iteration.end_date + timedelta(days=14)

    def _show_notes(self) -> None:
        if self.board_data is not None:
            self.board.set_notes(self.board_data.notes, by_group=self.by_group.isChecked())

    def _show_actions(self, actions: Sequence[ActionRead]) -> None:
        selected = self.actions.selectionModel().selectedRows()
        keep = self.actions_model.row_at(selected[0].row()).id if selected else None
        self.actions_model.set_rows(actions)
        row = next((n for n, a in enumerate(actions) if a.id == keep), None)
        if row is not None:
            self.actions.selectRow(row)
        self.to_backlog.setEnabled(bool(actions))

    def _update_votes_left(self) -> None:
        if self.board_data is None:
            return
        budget = self.board_data.retrospective.vote_budget
        voter = self.voter.text().strip()
        left = (self._workspace().retrospectives.votes_left(
            self.board_data.retrospective.id, voter) if voter else budget)
        self.votes_left.setText(votes_left_text(voter, left, budget))
        self.voter.setAccessibleDescription(self.votes_left.text())

    # -- doing ----------------------------------------------------------------------------------

    def _call(self, operation: Callable[[Any], Outcome[Any]], done: str = "") -> Any:
        """Run one service call; show a refusal in words; broadcast what changed."""
        try:
            outcome = operation(self._workspace().retrospectives)
        except ServiceError as error:
            self.say(retro_error_text(error))
            return None
        self.say(done)
        self._signals.emit_change(outcome.change)
        return outcome.value

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        if text:
            self.report(text)

    def _edit(self, operation: Callable[[], Any], done: str = "") -> bool:
        """Run one undoable edit (RetroEditor); show a refusal in words."""
        try:
            result = operation()
        except ServiceError as error:
            self.say(retro_error_text(error))
            return False
        self.say(done.replace("%1", str(result)) if done else "")
        return True

    def _note(self, note_id: str) -> NoteRead:
        assert self.board_data is not None
        return next(note for note in self.board_data.notes if note.id == note_id)

    def start(self) -> None:
        iteration = self.current_iteration()
        if iteration is None:
            return
        self._edit(lambda: self.editor.start({
            "iteration_id": iteration.id,
            "format": RetroFormat(self.format.currentData()),
            "facilitator": self.facilitator.text().strip(),
            "vote_budget": self.budget.value(),
        }), self.tr("Retrospective started."))
        if self.board_data is not None and self.focusProxy() is not None:
            self.focusProxy().setFocus()  # last time's actions first, else the note field

    def retrospective_id(self) -> str:
        assert self.board_data is not None
        return self.board_data.retrospective.id

    def _on_decided(self, action_id: str, decision: ActionReview, reason: str) -> None:
        self._call(lambda s: s.review_action(
            self.retrospective_id(), action_id, {"decision": decision, "reason": reason}))
        self.review.table.setFocus()

    def _add_note(self, column_key: str, text: str, initials: str) -> None:
        self._edit(lambda: self.editor.add_note(self.retrospective_id(), {
            "column_key": column_key, "text": text, "author_initials": initials}))

    def _vote(self, note_id: str, step: int) -> None:
        voter = self.voter.text().strip()
        if not voter:
            self.say(self.tr("Type your initials in Voter first; each person has their own votes."))
            self.voter.setFocus()
            return
        self._edit(lambda: self.editor.vote(self._note(note_id), voter, step))
        self.board.select_note(note_id)

    def _group(self, note_ids: list[str], name: str) -> None:
        self._edit(lambda: self.editor.group([self._note(i) for i in note_ids], name),
                   self.tr("Notes grouped.") if name.strip() else self.tr("Notes ungrouped."))

    def _make_action(self, note_id: str, owner: str, due: date) -> None:
        self._edit(lambda: self.editor.make_action(self._note(note_id), owner, due),
                   self.tr("Action added; put it in the next iteration's backlog below."))
        if self.actions_model.rowCount():
            self.actions.selectRow(self.actions_model.rowCount() - 1)

    def _to_backlog(self) -> None:
        rows = self.actions.selectionModel().selectedRows()
        if not rows:
            self.say(self.tr("Choose an action first."))
            return
        action = self.actions_model.row_at(rows[0].row())
        self._call(lambda s: s.action_to_backlog_item(action.id),
                   self.tr("The action is now a backlog item in the next iteration."))

    def _flag_lesson(self, note_id: str, tags: list[str]) -> None:
        self._edit(lambda: self.editor.flag_lesson(self._note(note_id), tags),
                   self.tr("Saved in the lessons library: %1"))

    def show_note(self, iteration_number: int, note_id: str) -> bool:
        """Open the retrospective of iteration ``iteration_number`` with the note chosen."""
        iteration = next((i for i in self.iterations if i.number == iteration_number), None)
        if iteration is None:
            return False
        self.iteration.setCurrentIndex(self.iteration.findData(iteration.id))
        return self.board.select_note(note_id)

    def refresh(self) -> None:
        """Read the board again after a change (keeping the chosen iteration and focus)."""
        if self.project_id:
            self.load(focus=False)
