"""The demo's steering meetings: alive on first start (every status, overdue items, a planned
meeting with its agenda built from the projects)."""

from __future__ import annotations

from collections import Counter

from improve_desktop.domain.steering import (
    AgendaKind,
    DecisionStatus,
    MeetingState,
    SteeringActionStatus,
)
from improve_desktop.services.decisions import DecisionService
from improve_desktop.services.meetings import MeetingService
from improve_desktop.store.engine import Store
from tests.conftest import DEMO_TODAY


def test_demo_has_held_meetings_decisions_and_actions_in_every_status(demo_store: Store) -> None:
    meetings = MeetingService(demo_store, today=lambda: DEMO_TODAY)
    decisions = DecisionService(demo_store, today=lambda: DEMO_TODAY)
    rows = meetings.list_meetings()
    per_cluster = Counter((m.cluster_code, m.state) for m in rows)
    for code in ("SK", "UL"):
        assert per_cluster[(code, MeetingState.HELD)] >= 3
        assert per_cluster[(code, MeetingState.PLANNED)] == 1
    log = decisions.log()
    assert {d.status for d in log} == set(DecisionStatus)
    assert len({d.reference for d in log}) == len(log)
    superseded = [d for d in log if d.status is DecisionStatus.SUPERSEDED]
    assert all(d.superseded_by_reference for d in superseded)
    assert any(d.overdue for d in log) and any(d.review_due for d in log)
    assert any(d.backlog_item_ids for d in log)
    actions = decisions.actions()
    assert {a.status for a in actions} == set(SteeringActionStatus)
    assert any(a.overdue for a in actions)
    assert {a.source.value for a in actions} == {"meeting", "decision", "retrospective"}
    assert meetings.open_requests()
    assert decisions.history(superseded[0].id)


def test_demo_planned_meeting_agenda_is_built_from_the_projects(demo_store: Store) -> None:
    meetings = MeetingService(demo_store, today=lambda: DEMO_TODAY)
    planned = [m for m in meetings.list_meetings() if m.state is MeetingState.PLANNED]
    for meeting in planned:
        agenda = meetings.agenda(meeting.id)
        kinds = Counter(item.kind for item in agenda)
        assert agenda[0].carried_from_id is not None
        assert kinds[AgendaKind.ITERATION_REVIEW] >= 2
        assert kinds[AgendaKind.DECISION_REQUEST] >= 1
        assert any(item.due_actions for item in agenda if item.kind is AgendaKind.FOLLOW_UP)
        reviews = [item.review for item in agenda if item.review is not None]
        assert all(review.number == 5 for review in reviews)
        # Building it again proposes nothing new: the demo's agenda is what the service builds.
        assert len(meetings.build_agenda(meeting.id).value) == len(agenda)
