"""Retrospectives: the board of notes, dot votes, actions, and the review of last time's actions.

A retrospective belongs to one iteration. Its "previous" retrospective is the one of the
latest earlier iteration of the same project that had one; opening a retrospective lists
that one's actions first, to be marked done, carried forward (a new action here that points
back) or dropped with a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from improve_desktop.domain.enums import ItemKind
from improve_desktop.domain.retrospectives import (
    ActionReview,
    ActionStatus,
    columns_of,
    join_tags,
    split_tags,
)
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.retro_schemas import (
    ActionCreate,
    ActionRead,
    ActionReviewInput,
    ActionUpdate,
    NoteCreate,
    NoteRead,
    NoteUpdate,
    RetrospectiveBoard,
    RetrospectiveCreate,
    RetrospectiveRead,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Iteration
from improve_desktop.store.retro_models import RetroAction, RetroNote, Retrospective, RetroVote


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.RETROSPECTIVE, *ids)


class RetrospectiveService:
    """Run retrospectives: start one, add and group notes, vote, agree on actions, follow up."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading --------------------------------------------------------------------------------

    def get(self, retrospective_id: str) -> RetrospectiveRead:
        with self._store.read() as session:
            return _read_retro(session, _retro(session, retrospective_id))

    def for_iteration(self, iteration_id: str) -> RetrospectiveRead | None:
        with self._store.read() as session:
            row = session.scalar(
                select(Retrospective).where(Retrospective.iteration_id == iteration_id)
            )
            return _read_retro(session, row) if row is not None else None

    def list_for_project(self, project_id: str) -> list[RetrospectiveRead]:
        """The project's retrospectives, latest iteration first."""
        with self._store.read() as session:
            rows = session.scalars(
                select(Retrospective)
                .join(Iteration, Iteration.id == Retrospective.iteration_id)
                .where(Iteration.project_id == project_id)
                .order_by(Iteration.number.desc())
            ).all()
            return [_read_retro(session, row) for row in rows]

    def board(self, retrospective_id: str) -> RetrospectiveBoard:
        """The whole board: last time's actions, notes (most votes first), actions."""
        with self._store.read() as session:
            row = _retro(session, retrospective_id)
            previous = _previous_retro(session, row)
            previous_actions = (
                _read_actions(session, RetroAction.retrospective_id == previous.id)
                if previous is not None
                else []
            )
            return RetrospectiveBoard(
                retrospective=_read_retro(session, row),
                previous_actions=tuple(previous_actions),
                notes=tuple(_read_notes(session, retrospective_id)),
                actions=tuple(
                    _read_actions(session, RetroAction.retrospective_id == retrospective_id)
                ),
            )

    def notes(self, retrospective_id: str) -> list[NoteRead]:
        """The notes, most votes first, then grouped, then in the order they were added."""
        with self._store.read() as session:
            _retro(session, retrospective_id)
            return _read_notes(session, retrospective_id)

    def previous_actions(self, retrospective_id: str) -> list[ActionRead]:
        """The actions of the retrospective before this one ("did we do what we said?")."""
        with self._store.read() as session:
            previous = _previous_retro(session, _retro(session, retrospective_id))
            if previous is None:
                return []
            return _read_actions(session, RetroAction.retrospective_id == previous.id)

    def votes_left(self, retrospective_id: str, voter: str) -> int:
        with self._store.read() as session:
            row = _retro(session, retrospective_id)
            return max(0, row.vote_budget - _votes_used(session, row.id, voter.strip()))

    # -- the retrospective ----------------------------------------------------------------------

    def start(self, data: RetrospectiveCreate | dict[str, Any]) -> Outcome[RetrospectiveRead]:
        values = validate_input(RetrospectiveCreate, data)
        with self._store.write() as session:
            iteration = session.get(Iteration, values.iteration_id)
            if iteration is None:
                raise ValidationFailed.single("iteration_id", "unknown", "no such iteration")
            if (
                session.scalar(
                    select(Retrospective.id).where(Retrospective.iteration_id == iteration.id)
                )
                is not None
            ):
                raise Refused("retrospective_exists", "this iteration already has a retrospective")
            now = utc_now()
            row = Retrospective(
                id=new_id(),
                iteration_id=iteration.id,
                format=values.format,
                held_on=values.held_on or iteration.end_date,
                facilitator=values.facilitator,
                vote_budget=values.vote_budget,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            result = _read_retro(session, row)
        return Outcome(result, _changed(result.id))

    def delete(self, retrospective_id: str) -> Outcome[None]:
        with self._store.write() as session:
            session.delete(_retro(session, retrospective_id))
        return Outcome(None, _changed(retrospective_id))

    # -- notes ----------------------------------------------------------------------------------

    def add_note(
        self, retrospective_id: str, data: NoteCreate | dict[str, Any]
    ) -> Outcome[NoteRead]:
        values = validate_input(NoteCreate, data)
        with self._store.write() as session:
            row = _retro(session, retrospective_id)
            _check_column(row, values.column_key)
            now = utc_now()
            note = RetroNote(
                id=new_id(),
                retrospective_id=row.id,
                column_key=values.column_key,
                text=values.text,
                votes=0,
                author_initials=values.author_initials,
                group_name="",
                is_lesson=False,
                tags=join_tags(values.tags),
                created_at=now,
                updated_at=now,
            )
            session.add(note)
            session.flush()
            result = _read_note(note)
        return Outcome(result, _changed(row.id, result.id))

    def edit_note(self, note_id: str, data: NoteUpdate | dict[str, Any]) -> Outcome[NoteRead]:
        values = validate_input(NoteUpdate, data)
        with self._store.write() as session:
            note = _note(session, note_id)
            if values.column_key is not None:
                _check_column(_retro(session, note.retrospective_id), values.column_key)
                note.column_key = values.column_key
            if values.text is not None:
                note.text = values.text
            if values.author_initials is not None:
                note.author_initials = values.author_initials
            if values.tags is not None:
                note.tags = join_tags(values.tags)
            note.updated_at = utc_now()
            session.flush()
            result = _read_note(note)
        return Outcome(result, _changed(result.retrospective_id, note_id))

    def delete_note(self, note_id: str) -> Outcome[None]:
        with self._store.write() as session:
            note = _note(session, note_id)
            retrospective_id = note.retrospective_id
            session.delete(note)
        return Outcome(None, _changed(retrospective_id, note_id))

    def group_notes(self, note_ids: Sequence[str], group_name: str) -> Outcome[list[NoteRead]]:
        """Put notes of one retrospective under one group name ("" takes them out of groups)."""
        name = " ".join(group_name.split())
        if len(name) > 200:
            raise ValidationFailed.single(
                "group_name", "too_long", "must be at most 200 characters", max_length=200
            )
        with self._store.write() as session:
            notes = [_note(session, note_id) for note_id in note_ids]
            if len({note.retrospective_id for note in notes}) > 1:
                raise ValidationFailed.single(
                    "note_ids", "invalid", "notes of different retrospectives"
                )
            now = utc_now()
            for note in notes:
                note.group_name = name
                note.updated_at = now
            session.flush()
            result = [_read_note(note) for note in notes]
            retro_ids = {note.retrospective_id for note in notes}
        return Outcome(result, _changed(*retro_ids, *note_ids))

    # -- dot votes ------------------------------------------------------------------------------

    def vote(self, note_id: str, voter: str) -> Outcome[NoteRead]:
        """Place one of ``voter``'s dots on the note; refused when their budget is spent."""
        voter = voter.strip()
        if not voter or len(voter) > 40:
            raise ValidationFailed.single("voter", "required", "who is voting is required")
        with self._store.write() as session:
            note = _note(session, note_id)
            retro = _retro(session, note.retrospective_id)
            if _votes_used(session, retro.id, voter) >= retro.vote_budget:
                raise Refused(
                    "vote_budget_spent", f"{voter} has used all {retro.vote_budget} votes"
                )
            now = utc_now()
            session.add(
                RetroVote(id=new_id(), note_id=note.id, voter=voter, created_at=now, updated_at=now)
            )
            note.votes += 1
            note.updated_at = now
            session.flush()
            result = _read_note(note)
        return Outcome(result, _changed(result.retrospective_id, note_id))

    def unvote(self, note_id: str, voter: str) -> Outcome[NoteRead]:
        """Take back one of ``voter``'s dots from the note (nothing happens if there is none)."""
        voter = voter.strip()
        with self._store.write() as session:
            note = _note(session, note_id)
            vote_id = session.scalar(
                select(RetroVote.id)
                .where(RetroVote.note_id == note_id, RetroVote.voter == voter)
                .limit(1)
            )
            if vote_id is not None:
                session.execute(delete(RetroVote).where(RetroVote.id == vote_id))
                note.votes = max(0, note.votes - 1)
                note.updated_at = utc_now()
            session.flush()
            result = _read_note(note)
        return Outcome(result, _changed(result.retrospective_id, note_id))

    # -- actions --------------------------------------------------------------------------------

    def add_action(
        self, retrospective_id: str, data: ActionCreate | dict[str, Any]
    ) -> Outcome[ActionRead]:
        values = validate_input(ActionCreate, data)
        with self._store.write() as session:
            retro = _retro(session, retrospective_id)
            if values.note_id is not None:
                note = _note(session, values.note_id)
                if note.retrospective_id != retro.id:
                    raise ValidationFailed.single(
                        "note_id", "unknown", "no such note in this retrospective"
                    )
            action = _new_action(
                retro.id, values.text, values.owner, values.due_on, note_id=values.note_id
            )
            session.add(action)
            session.flush()
            result = _read_actions(session, RetroAction.id == action.id)[0]
        return Outcome(result, _changed(retrospective_id, result.id))

    def action_from_note(
        self, note_id: str, owner: str = "", due_on: date | None = None
    ) -> Outcome[ActionRead]:
        """Turn a note into an action with the note's text, an owner and a due date."""
        with self._store.read() as session:
            note = _note(session, note_id)
            retrospective_id, text = note.retrospective_id, note.text
        return self.add_action(
            retrospective_id, {"text": text, "owner": owner, "due_on": due_on, "note_id": note_id}
        )

    def update_action(
        self, action_id: str, data: ActionUpdate | dict[str, Any]
    ) -> Outcome[ActionRead]:
        values = validate_input(ActionUpdate, data)
        with self._store.write() as session:
            action = _action(session, action_id)
            if values.text is not None:
                action.text = values.text
            if values.owner is not None:
                action.owner = values.owner
            if values.due_on is not None:
                action.due_on = values.due_on
            if values.clear_due_on:
                action.due_on = None
            if values.status is not None:
                action.status = values.status
            action.updated_at = utc_now()
            session.flush()
            result = _read_actions(session, RetroAction.id == action_id)[0]
        return Outcome(result, _changed(result.retrospective_id, action_id))

    def delete_action(self, action_id: str) -> Outcome[None]:
        with self._store.write() as session:
            action = _action(session, action_id)
            retrospective_id = action.retrospective_id
            session.delete(action)
        return Outcome(None, _changed(retrospective_id, action_id))

    def action_to_backlog_item(self, action_id: str, by: str = "") -> Outcome[ActionRead]:
        """Make the action a backlog item planned into the iteration after the retrospective's.

        The item's description names the retrospective; the action keeps the item's id.
        """
        with self._store.read() as session:
            action = _action(session, action_id)
            if action.backlog_item_id is not None:
                raise Refused("already_in_backlog", "the action is already a backlog item")
            retro = _retro(session, action.retrospective_id)
            iteration = session.get(Iteration, retro.iteration_id)
            assert iteration is not None
            following = session.scalar(
                select(Iteration)
                .where(
                    Iteration.project_id == iteration.project_id,
                    Iteration.number > iteration.number,
                )
                .order_by(Iteration.number)
                .limit(1)
            )
            if following is None:
                raise Refused(
                    "no_next_iteration", "plan the next iteration first; the action goes into it"
                )
            owner = f" Ansvarig/owner: {action.owner}." if action.owner else ""
            item_input = {
                "project_id": iteration.project_id,
                "title": action.text if len(action.text) <= 200 else action.text[:199] + "…",
                "kind": ItemKind.IMPROVEMENT,
                "description": (
                    f"Åtgärd från retrospektiven för iteration {iteration.number} / action from "
                    f"the retrospective of iteration {iteration.number}.{owner}\n\n{action.text}"
                ),
                "iteration_id": following.id,
            }
        created = BacklogService(self._store).create_item(item_input, by=by)
        item_id = created.value.id
        try:
            with self._store.write() as session:
                row = _action(session, action_id)
                if row.backlog_item_id is not None:
                    raise Refused("already_in_backlog", "the action is already a backlog item")
                row.backlog_item_id = item_id
                if row.status is ActionStatus.OPEN:
                    row.status = ActionStatus.IN_PROGRESS
                row.updated_at = utc_now()
                session.flush()
                result = _read_actions(session, RetroAction.id == action_id)[0]
        except BaseException:
            # The link could not be written: take the new item away again.
            BacklogService(self._store).delete_items([item_id])
            raise
        return Outcome(result, _changed(result.retrospective_id, action_id) | created.change)

    # -- review of last time's actions ----------------------------------------------------------

    def review_action(
        self, retrospective_id: str, action_id: str, data: ActionReviewInput | dict[str, Any]
    ) -> Outcome[ActionRead]:
        """Decide about an action of the previous retrospective.

        Done and dropped set its status (dropped needs a reason); carried forward adds an
        action to this retrospective pointing back to it. Returns the action as decided:
        for carried forward, the new one.
        """
        values = validate_input(ActionReviewInput, data)
        if values.decision is ActionReview.DROPPED and not values.reason:
            raise ValidationFailed.single("reason", "required", "say why the action is dropped")
        with self._store.write() as session:
            retro = _retro(session, retrospective_id)
            previous = _previous_retro(session, retro)
            action = _action(session, action_id)
            if previous is None or action.retrospective_id != previous.id:
                raise ValidationFailed.single(
                    "action_id", "unknown", "not an action of the previous retrospective"
                )
            now = utc_now()
            action.review_note = values.reason
            action.updated_at = now
            result_id = action.id
            if values.decision is ActionReview.DONE:
                action.status = ActionStatus.DONE
            elif values.decision is ActionReview.DROPPED:
                action.status = ActionStatus.DROPPED
            else:
                if (
                    session.scalar(
                        select(RetroAction.id).where(RetroAction.carried_from_id == action.id)
                    )
                    is not None
                ):
                    raise Refused("already_carried", "the action is already carried forward")
                carried = _new_action(
                    retro.id,
                    action.text,
                    action.owner,
                    None,
                    carried_from_id=action.id,
                    status=action.status,
                )
                carried.backlog_item_id = action.backlog_item_id
                session.add(carried)
                result_id = carried.id
            session.flush()
            result = _read_actions(session, RetroAction.id == result_id)[0]
        return Outcome(result, _changed(retrospective_id, previous.id, action_id, result_id))


# -- helpers ------------------------------------------------------------------------------------


def _retro(session: Session, retrospective_id: str) -> Retrospective:
    return require(session, Retrospective, retrospective_id, "retrospective")


def _note(session: Session, note_id: str) -> RetroNote:
    return require(session, RetroNote, note_id, "note")


def _action(session: Session, action_id: str) -> RetroAction:
    return require(session, RetroAction, action_id, "action")


def _check_column(retro: Retrospective, column_key: str) -> None:
    columns = columns_of(retro.format)
    if column_key not in columns:
        raise ValidationFailed.single(
            "column_key",
            "choice",
            f"must be one of: {', '.join(columns)}",
            expected=", ".join(columns),
        )


def _new_action(
    retrospective_id: str,
    text: str,
    owner: str,
    due_on: date | None,
    *,
    note_id: str | None = None,
    carried_from_id: str | None = None,
    status: ActionStatus = ActionStatus.OPEN,
) -> RetroAction:
    now = utc_now()
    return RetroAction(
        id=new_id(),
        retrospective_id=retrospective_id,
        note_id=note_id,
        text=text,
        owner=owner,
        due_on=due_on,
        status=status,
        carried_from_id=carried_from_id,
        review_note="",
        backlog_item_id=None,
        created_at=now,
        updated_at=now,
    )


def _votes_used(session: Session, retrospective_id: str, voter: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(RetroVote)
            .join(RetroNote, RetroNote.id == RetroVote.note_id)
            .where(RetroNote.retrospective_id == retrospective_id, RetroVote.voter == voter)
        )
        or 0
    )


def _previous_retro(session: Session, retro: Retrospective) -> Retrospective | None:
    """The retrospective of the latest earlier iteration of the same project that had one."""
    iteration = session.get(Iteration, retro.iteration_id)
    assert iteration is not None
    return session.scalar(
        select(Retrospective)
        .join(Iteration, Iteration.id == Retrospective.iteration_id)
        .where(Iteration.project_id == iteration.project_id, Iteration.number < iteration.number)
        .order_by(Iteration.number.desc())
        .limit(1)
    )


def _read_retro(session: Session, row: Retrospective) -> RetrospectiveRead:
    iteration = session.get(Iteration, row.iteration_id)
    assert iteration is not None
    return RetrospectiveRead(
        id=row.id,
        iteration_id=row.iteration_id,
        project_id=iteration.project_id,
        iteration_number=iteration.number,
        format=row.format,
        columns=columns_of(row.format),
        held_on=row.held_on,
        facilitator=row.facilitator,
        vote_budget=row.vote_budget,
    )


def _read_note(row: RetroNote) -> NoteRead:
    return NoteRead(
        id=row.id,
        retrospective_id=row.retrospective_id,
        column_key=row.column_key,
        text=row.text,
        votes=row.votes,
        author_initials=row.author_initials,
        group_name=row.group_name,
        is_lesson=row.is_lesson,
        tags=split_tags(row.tags),
    )


def _read_notes(session: Session, retrospective_id: str) -> list[NoteRead]:
    rows = session.scalars(
        select(RetroNote)
        .where(RetroNote.retrospective_id == retrospective_id)
        .order_by(RetroNote.votes.desc(), RetroNote.group_name, RetroNote.created_at, RetroNote.id)
    ).all()
    return [_read_note(row) for row in rows]


def _read_actions(session: Session, condition: Any) -> list[ActionRead]:
    rows = session.scalars(
        select(RetroAction).where(condition).order_by(RetroAction.created_at, RetroAction.id)
    ).all()
    carried_to: dict[str, str] = {}
    if rows:
        carried_to = {
            source: target
            for target, source in session.execute(
                select(RetroAction.id, RetroAction.carried_from_id).where(
                    RetroAction.carried_from_id.in_([row.id for row in rows])
                )
            )
            if source is not None
        }
    return [
        ActionRead(
            id=row.id,
            retrospective_id=row.retrospective_id,
            note_id=row.note_id,
            text=row.text,
            owner=row.owner,
            due_on=row.due_on,
            status=row.status,
            carried_from_id=row.carried_from_id,
            review_note=row.review_note,
            backlog_item_id=row.backlog_item_id,
            carried_to_id=carried_to.get(row.id),
        )
        for row in rows
    ]
