"""The demo's retrospectives and lessons: one per closed iteration, actions in every status,
last time's actions reviewed, votes within budget, lessons in all three localities."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from improve_desktop.domain.enums import IterationState
from improve_desktop.domain.retrospectives import ActionStatus
from improve_desktop.services.lessons import LessonService
from improve_desktop.services.retrospectives import RetrospectiveService
from improve_desktop.services.workspace import Workspace
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Iteration, Project
from improve_desktop.store.retro_models import (
    Lesson,
    RetroAction,
    RetroNote,
    Retrospective,
    RetroVote,
)


def test_every_closed_iteration_has_a_retrospective(demo_store: Store) -> None:
    with demo_store.read() as session:
        closed = set(
            session.scalars(select(Iteration.id).where(Iteration.state == IterationState.CLOSED))
        )
        with_retro = set(session.scalars(select(Retrospective.iteration_id)))
        statuses = Counter(session.scalars(select(RetroAction.status)))
        note_votes = session.scalar(select(func.sum(RetroNote.votes)))
        dots = session.scalar(select(func.count()).select_from(RetroVote))
        per_voter = session.execute(
            select(RetroNote.retrospective_id, RetroVote.voter, func.count())
            .join(RetroNote, RetroNote.id == RetroVote.note_id)
            .group_by(RetroNote.retrospective_id, RetroVote.voter)
        ).all()
        budget = session.scalar(select(func.max(Retrospective.vote_budget)))
        project_id = session.scalar(select(Project.id).where(Project.code == "SKE-VV"))
    assert closed and with_retro == closed
    assert set(statuses) == set(ActionStatus)
    assert note_votes == dots
    assert all(count <= (budget or 0) for _, _, count in per_voter)
    assert project_id is not None
    # Opening a retrospective starts with last time's actions, each decided.
    service = RetrospectiveService(demo_store)
    latest, before = service.list_for_project(project_id)[:2]
    board = service.board(latest.id)
    assert [action.retrospective_id for action in board.previous_actions] == [before.id] * len(
        board.previous_actions
    )
    assert board.previous_actions
    for action in board.previous_actions:
        assert action.review_note
        if action.status is ActionStatus.IN_PROGRESS:
            assert action.carried_to_id in {a.id for a in board.actions}
        else:
            assert action.status in (ActionStatus.DONE, ActionStatus.DROPPED)


def test_lessons_across_the_three_localities(demo_store: Store) -> None:
    with demo_store.read() as session:
        lessons = session.scalar(select(func.count()).select_from(Lesson)) or 0
        flagged = session.scalar(
            select(func.count()).select_from(RetroNote).where(RetroNote.is_lesson)
        )
        indexed = session.connection().exec_driver_sql("SELECT count(*) FROM lesson_fts").scalar()
    assert 24 <= lessons <= 60
    assert indexed == lessons
    assert flagged
    library = LessonService(demo_store)
    assert {"Skellefteå", "Lycksele", "Umeå"} <= set(library.localities())
    for locality in ("Skellefteå", "Lycksele", "Umeå"):
        assert library.search({"locality": locality})
    hits = library.search({"text": "arbetsträn"})
    assert hits and "rbetsträning" in (hits[0].lesson.title + hits[0].lesson.text)
    assert any(hit.lesson.source_iteration_number for hit in library.search({"limit": 100}))


def test_the_workspace_offers_retrospectives_and_lessons(demo_path: Path) -> None:
    workspace = Workspace(demo_path)
    try:
        project_id = workspace.projects.find_project_id("LYC-HR")
        retros = workspace.retrospectives.list_for_project(project_id)
        assert [retro.iteration_number for retro in retros] == [5, 4, 3, 2, 1]
        hits = workspace.lessons.search({"text": "lyckse"})
        assert hits
        # Found by locality, and in the text of an Umeå lesson about Lycksele's inland.
        assert "Lycksele" in {hit.lesson.locality for hit in hits}
    finally:
        workspace.close()
