"""Retrospectives: formats and columns, notes, groups, dot votes, actions, the review of last
time's actions, and actions that become backlog items in the next iteration."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from improve_desktop.domain.retrospectives import (
    FORMAT_COLUMNS,
    ActionReview,
    ActionStatus,
    RetroFormat,
)
from improve_desktop.services.backlog import BacklogService
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import NotFound, Refused, ValidationFailed
from improve_desktop.services.iterations import IterationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.retrospectives import RetrospectiveService
from improve_desktop.store.engine import Store


@pytest.fixture
def project_id(projects: ProjectService, project_input: dict[str, Any]) -> str:
    return projects.create_project(project_input).value.id


@pytest.fixture
def iteration_ids(store: Store, project_id: str) -> list[str]:
    service = IterationService(store)
    return [service.create_iteration({"project_id": project_id}).value.id for _ in range(3)]


@pytest.fixture
def retros(store: Store) -> RetrospectiveService:
    return RetrospectiveService(store)


@pytest.mark.parametrize("retro_format", list(RetroFormat))
def test_a_full_retrospective_in_each_format(
    retros: RetrospectiveService, iteration_ids: list[str], retro_format: RetroFormat
) -> None:
    started = retros.start(
        {
            "iteration_id": iteration_ids[0],
            "format": retro_format,
            "facilitator": "Sara Lundberg",
            "vote_budget": 2,
        }
    )
    retro = started.value
    assert started.change.touches(EntityKind.RETROSPECTIVE)
    assert retro.columns == FORMAT_COLUMNS[retro_format]
    assert retro.iteration_number == 1
    notes = [
        retros.add_note(
            retro.id,
            {
                "column_key": column,
                "text": f"Lapp {index} i {column}",
                "author_initials": "SL",
                "tags": ("Samverkan", " samverkan"),
            },
        ).value
        for index, column in enumerate(retro.columns)
    ]
    assert notes[0].tags == ("samverkan",)
    with pytest.raises(ValidationFailed) as failure:
        retros.add_note(retro.id, {"column_key": "nonsense", "text": "x"})
    assert failure.value.errors[0].field == "column_key"
    # Two people vote; each has a budget of two dots.
    retros.vote(notes[-1].id, "SL")
    retros.vote(notes[-1].id, "SL")
    with pytest.raises(Refused) as spent:
        retros.vote(notes[0].id, "SL")
    assert spent.value.code == "vote_budget_spent"
    assert retros.votes_left(retro.id, "SL") == 0
    retros.vote(notes[0].id, "EB")
    assert retros.votes_left(retro.id, "EB") == 1
    retros.unvote(notes[-1].id, "SL")
    assert retros.votes_left(retro.id, "SL") == 1
    ordered = retros.notes(retro.id)
    assert [note.votes for note in ordered] == sorted((n.votes for n in ordered), reverse=True)
    assert ordered[0].votes == 1
    action = retros.action_from_note(notes[-1].id, owner="Sara", due_on=date(2026, 2, 1)).value
    assert action.text == notes[-1].text
    assert action.note_id == notes[-1].id
    assert action.status is ActionStatus.OPEN
    board = retros.board(retro.id)
    assert board.previous_actions == ()
    assert [a.id for a in board.actions] == [action.id]
    assert len(board.notes) == len(retro.columns)


def test_one_retrospective_per_iteration(
    retros: RetrospectiveService, iteration_ids: list[str]
) -> None:
    retros.start({"iteration_id": iteration_ids[0], "format": RetroFormat.FOUR_L})
    with pytest.raises(Refused):
        retros.start({"iteration_id": iteration_ids[0], "format": RetroFormat.SAILBOAT})
    with pytest.raises(ValidationFailed):
        retros.start({"iteration_id": "nope", "format": RetroFormat.SAILBOAT})
    with pytest.raises(ValidationFailed):
        retros.start({"iteration_id": iteration_ids[1], "format": "four_l"})


def test_notes_are_edited_grouped_and_deleted(
    retros: RetrospectiveService, iteration_ids: list[str]
) -> None:
    retro = retros.start(
        {"iteration_id": iteration_ids[0], "format": RetroFormat.START_STOP_CONTINUE}
    ).value
    first = retros.add_note(retro.id, {"column_key": "stop", "text": "Långa möten"}).value
    second = retros.add_note(retro.id, {"column_key": "stop", "text": "Möten utan agenda"}).value
    edited = retros.edit_note(first.id, {"text": "Långa möten utan paus", "column_key": "start"})
    assert edited.value.text == "Långa möten utan paus"
    assert edited.value.column_key == "start"
    grouped = retros.group_notes([first.id, second.id], "  Möten ").value
    assert {note.group_name for note in grouped} == {"Möten"}
    retros.delete_note(second.id)
    assert [note.id for note in retros.notes(retro.id)] == [first.id]
    with pytest.raises(NotFound):
        retros.edit_note(second.id, {"text": "x"})


def test_action_becomes_a_backlog_item_in_the_next_iteration(
    store: Store, retros: RetrospectiveService, iteration_ids: list[str], project_id: str
) -> None:
    retro = retros.start(
        {"iteration_id": iteration_ids[0], "format": RetroFormat.WELL_IMPROVE_IDEAS}
    ).value
    action = retros.add_action(
        retro.id, {"text": "Boka handledning varannan vecka", "owner": "Sara"}
    ).value
    outcome = retros.action_to_backlog_item(action.id)
    linked = outcome.value
    assert outcome.change.touches(EntityKind.RETROSPECTIVE, EntityKind.BACKLOG_ITEM)
    assert linked.backlog_item_id is not None
    assert linked.status is ActionStatus.IN_PROGRESS
    item = BacklogService(store).get_item(linked.backlog_item_id)
    assert item.iteration_id == iteration_ids[1]
    assert item.title == "Boka handledning varannan vecka"
    assert "iteration 1" in item.description
    with pytest.raises(Refused):
        retros.action_to_backlog_item(action.id)
    # The last iteration has no next one: refused, and no item is left behind.
    last = retros.start({"iteration_id": iteration_ids[2], "format": RetroFormat.SAILBOAT}).value
    stray = retros.add_action(last.id, {"text": "Något"}).value
    before = len(BacklogService(store).list_items(project_id))
    with pytest.raises(Refused) as failure:
        retros.action_to_backlog_item(stray.id)
    assert failure.value.code == "no_next_iteration"
    assert len(BacklogService(store).list_items(project_id)) == before


def test_review_of_last_times_actions(
    retros: RetrospectiveService, iteration_ids: list[str]
) -> None:
    first = retros.start({"iteration_id": iteration_ids[0], "format": RetroFormat.FOUR_L}).value
    done, carried, dropped = (
        retros.add_action(first.id, {"text": text, "owner": "EB"}).value
        for text in ("Gör A", "Gör B", "Gör C")
    )
    second = retros.start({"iteration_id": iteration_ids[1], "format": RetroFormat.SAILBOAT}).value
    # Opening the next retrospective starts with the previous one's actions.
    assert [a.id for a in retros.board(second.id).previous_actions] == [
        done.id,
        carried.id,
        dropped.id,
    ]
    assert retros.review_action(
        second.id, done.id, {"decision": ActionReview.DONE}
    ).value.status is (ActionStatus.DONE)
    with pytest.raises(ValidationFailed) as no_reason:
        retros.review_action(second.id, dropped.id, {"decision": ActionReview.DROPPED})
    assert no_reason.value.errors[0].field == "reason"
    gone = retros.review_action(
        second.id, dropped.id, {"decision": ActionReview.DROPPED, "reason": "Inte längre aktuellt"}
    ).value
    assert gone.status is ActionStatus.DROPPED
    assert gone.review_note == "Inte längre aktuellt"
    new = retros.review_action(
        second.id, carried.id, {"decision": ActionReview.CARRIED_FORWARD, "reason": "Hann inte"}
    ).value
    assert new.retrospective_id == second.id
    assert new.carried_from_id == carried.id
    assert new.text == "Gör B"
    with pytest.raises(Refused):
        retros.review_action(second.id, carried.id, {"decision": ActionReview.CARRIED_FORWARD})
    board = retros.board(second.id)
    assert [a.id for a in board.actions] == [new.id]
    previous = {a.id: a for a in board.previous_actions}
    assert previous[carried.id].carried_to_id == new.id
    assert previous[carried.id].review_note == "Hann inte"
    # An action of this retrospective is not "last time's".
    with pytest.raises(ValidationFailed):
        retros.review_action(second.id, new.id, {"decision": ActionReview.DONE})
    # A retrospective skipped in between: the third looks back to the latest one there is.
    third = retros.start({"iteration_id": iteration_ids[2], "format": RetroFormat.FOUR_L}).value
    assert [a.id for a in retros.previous_actions(third.id)] == [new.id]


def test_updating_and_deleting_actions(
    retros: RetrospectiveService, iteration_ids: list[str]
) -> None:
    retro = retros.start({"iteration_id": iteration_ids[0], "format": RetroFormat.FOUR_L}).value
    action = retros.add_action(retro.id, {"text": "Ring AF", "due_on": date(2026, 3, 1)}).value
    updated = retros.update_action(
        action.id, {"status": ActionStatus.DONE, "owner": "Per", "clear_due_on": True}
    ).value
    assert (updated.status, updated.owner, updated.due_on) == (ActionStatus.DONE, "Per", None)
    retros.delete_action(action.id)
    assert retros.board(retro.id).actions == ()
    retros.delete(retro.id)
    assert retros.for_iteration(iteration_ids[0]) is None
