"""Steering meetings and decisions: agenda from the projects, numbering, history, supersede,
follow-up of actions, carrying unreached items, the decision log's filters."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from improve_desktop.domain.steering import (
    AgendaKind,
    AgendaOutcome,
    DecisionKind,
    DecisionStatus,
    MeetingState,
    RequestStatus,
    SteeringActionStatus,
)
from improve_desktop.services.decisions import DecisionService
from improve_desktop.services.errors import Refused
from improve_desktop.services.meetings import MeetingService
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.steering_schemas import DecisionFilter
from improve_desktop.store.engine import Store
from tests.conftest import DEMO_TODAY

NEXT = DEMO_TODAY + timedelta(days=40)


@pytest.fixture
def meetings(demo_store: Store) -> MeetingService:
    return MeetingService(demo_store, today=lambda: DEMO_TODAY, user="Anna Lindqvist")


@pytest.fixture
def decisions(demo_store: Store) -> DecisionService:
    return DecisionService(demo_store, today=lambda: DEMO_TODAY, user="Anna Lindqvist")


@pytest.fixture
def clusters(demo_store: Store) -> dict[str, str]:
    return {c.code: c.id for c in OrganisationService(demo_store).list_clusters()}


@pytest.fixture
def project_ids(demo_store: Store) -> dict[str, str]:
    return {p.code: p.id for p in ProjectService(demo_store).list_projects()}


def _plan(meetings: MeetingService, cluster_id: str, when: date = NEXT) -> str:
    return meetings.plan({"steering_cluster_id": cluster_id, "meeting_date": when,
                          "start_time": "13:00", "guests": ("Gäst Gästsson",)}).value.id


def test_planned_agenda_reviews_every_project_latest_closed_iteration(
    meetings: MeetingService, clusters: dict[str, str], project_ids: dict[str, str]
) -> None:
    meeting_id = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=200))
    record = meetings.record(meeting_id)
    reviews = [item for item in record.agenda if item.kind is AgendaKind.ITERATION_REVIEW]
    assert {item.project_code for item in reviews} == {"SKE-VV", "SKE-UNG"}
    for item in reviews:
        assert item.review is not None and item.review.number == 5
        assert item.review.goal_outcome is not None
        assert 2 <= len(item.review.velocity) <= 4
    names = {a.name: a.is_guest for a in record.attendees}
    assert names["Gäst Gästsson"] is True and names["Anna Lindqvist"] is False
    # Building again adds nothing.
    again = meetings.build_agenda(meeting_id).value
    assert [i.id for i in again] == [i.id for i in record.agenda]


def test_reference_numbers_run_per_cluster_and_year(
    decisions: DecisionService, clusters: dict[str, str]
) -> None:
    def record(cluster: str, day: date) -> str:
        return decisions.record({"title": "Beslut", "steering_cluster_id": clusters[cluster],
                                 "decided_on": day}).value.reference

    first = record("SK", date(2031, 2, 1))
    second = record("SK", date(2031, 3, 1))
    other = record("UL", date(2031, 3, 1))
    next_year = record("SK", date(2032, 1, 10))
    assert (first, second, other, next_year) == (
        "SK-2031-001", "SK-2031-002", "UL-2031-001", "SK-2032-001")


def test_request_lands_on_next_agenda_and_a_decision_answers_it(
    meetings: MeetingService, decisions: DecisionService, clusters: dict[str, str],
    project_ids: dict[str, str],
) -> None:
    meeting_id = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=1))
    request = meetings.raise_request({
        "project_id": project_ids["SKE-VV"], "question": "Får vi anställa en till coach?",
        "options": "A: ja\nB: nej", "recommendation": "A", "raised_by": "Sara Lundberg",
    }).value
    upcoming = meetings.next_meeting(clusters["SK"])
    assert upcoming is not None
    agenda = meetings.agenda(upcoming.id)
    item = next(i for i in agenda if i.decision_request_id == request.id)
    assert item.kind is AgendaKind.DECISION_REQUEST and item.request is not None
    assert item.request.recommendation == "A"
    decision = decisions.record({"title": "Ja till en coach", "meeting_id": upcoming.id,
                                 "agenda_item_id": item.id, "project_id": project_ids["SKE-VV"],
                                 "decision_request_id": request.id, "kind": DecisionKind.BUDGET}).value
    assert decision.reference.startswith("SK-")
    assert decision.decided_on == upcoming.meeting_date
    assert request.id not in {r.id for r in meetings.open_requests(cluster_id=clusters["SK"])}
    assert meeting_id


def test_closing_carries_unreached_items_to_the_next_meeting(
    meetings: MeetingService, clusters: dict[str, str]
) -> None:
    first = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=300))
    agenda = meetings.agenda(first)
    meetings.set_item_outcome(agenda[0].id, AgendaOutcome.DONE)
    unreached = [item.id for item in agenda[1:]]
    assert unreached
    second = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=330))
    held = meetings.close(first).value
    assert held.meeting.state is MeetingState.HELD
    assert {i.outcome for i in held.agenda[1:]} == {AgendaOutcome.CARRIED_OVER}
    carried = {i.carried_from_id for i in meetings.agenda(second)}
    assert set(unreached) <= carried
    with pytest.raises(Refused):
        meetings.close(first)


def test_edits_after_the_meeting_keep_who_when_old_and_new(
    meetings: MeetingService, decisions: DecisionService, clusters: dict[str, str]
) -> None:
    meeting_id = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=400))
    decision = decisions.record({"title": "Pausa rekrytering", "meeting_id": meeting_id}).value
    meetings.close(meeting_id)
    item = meetings.agenda(meeting_id)[0]
    meetings.set_item_notes(item.id, "Efterhandsanteckning")
    decisions.update(decision.id, {"title": "Pausa rekryteringen till mars", "owner": "Erik"})
    fields = {(e.field, e.old_value, e.new_value, e.edited_by)
              for e in decisions.history(decision.id)}
    assert ("title", "Pausa rekrytering", "Pausa rekryteringen till mars",
            "Anna Lindqvist") in fields
    assert ("owner", "", "Erik", "Anna Lindqvist") in fields
    assert [e.field for e in decisions.history(item.id)] == ["notes"]


def test_supersede_links_both_decisions(
    decisions: DecisionService, clusters: dict[str, str], project_ids: dict[str, str]
) -> None:
    old = decisions.record({"title": "Budget 1 Mkr", "steering_cluster_id": clusters["SK"],
                            "project_id": project_ids["SKE-UNG"], "kind": DecisionKind.BUDGET,
                            "decided_on": date(2033, 1, 1)}).value
    new = decisions.supersede(old.id, {"title": "Budget 1,2 Mkr",
                                       "decided_on": date(2033, 2, 1)}).value
    assert new.project_id == old.project_id and new.kind is DecisionKind.BUDGET
    again = decisions.get(old.id)
    assert again.status is DecisionStatus.SUPERSEDED
    assert again.superseded_by_reference == new.reference == "SK-2033-002"
    with pytest.raises(Refused):
        decisions.supersede(old.id, {"title": "En gång till"})
    with pytest.raises(Refused):
        decisions.set_status(new.id, DecisionStatus.SUPERSEDED)
    assert [e.field for e in decisions.history(old.id)] == ["status", "superseded_by_id"] or {
        e.field for e in decisions.history(old.id)} == {"status", "superseded_by_id"}


def test_decision_status_follows_its_steps(
    decisions: DecisionService, clusters: dict[str, str]
) -> None:
    row = decisions.record({"title": "Förslag", "steering_cluster_id": clusters["UL"],
                            "status": DecisionStatus.PROPOSED}).value
    with pytest.raises(Refused):
        decisions.set_status(row.id, DecisionStatus.DONE)
    for step in (DecisionStatus.DECIDED, DecisionStatus.IN_PROGRESS, DecisionStatus.DONE):
        assert decisions.set_status(row.id, step).value.status is step


def test_action_followed_to_done_and_overdue(
    meetings: MeetingService, decisions: DecisionService, clusters: dict[str, str],
    project_ids: dict[str, str],
) -> None:
    action = decisions.add_action({"text": "Ta fram underlag", "owner": "Erik",
                                   "project_id": project_ids["SKE-VV"],
                                   "due_on": DEMO_TODAY - timedelta(days=3)}).value
    assert action.overdue and action.status is SteeringActionStatus.OPEN
    assert action.steering_cluster_id == clusters["SK"]
    opened = decisions.open_for_project(project_ids["SKE-VV"])
    assert action.id in {a.id for a in opened.actions}
    meeting_id = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=500))
    follow = [i for i in meetings.agenda(meeting_id) if i.kind is AgendaKind.FOLLOW_UP]
    assert any(action.id in {a.id for a in i.due_actions} for i in follow)
    decisions.set_action_status(action.id, SteeringActionStatus.IN_PROGRESS)
    done = decisions.set_action_status(action.id, SteeringActionStatus.DONE).value
    assert done.done_on == DEMO_TODAY and not done.overdue
    assert action.id not in {a.id for a in decisions.open_for_project(
        project_ids["SKE-VV"]).actions}
    assert [(e.old_value, e.new_value) for e in decisions.history(action.id)
            if e.field == "status"] == [("open", "in_progress"), ("in_progress", "done")]


def test_decision_log_filters(
    decisions: DecisionService, clusters: dict[str, str], project_ids: dict[str, str]
) -> None:
    base = {"steering_cluster_id": clusters["UL"], "decided_on": date(2034, 5, 5)}
    a = decisions.record({**base, "title": "Utöka IPS-teamet", "owner": "Mats Westerlund",
                          "project_id": project_ids["UME-IPS"], "kind": DecisionKind.CHANGE_SCOPE,
                          "due_on": DEMO_TODAY - timedelta(days=1)}).value
    b = decisions.record({**base, "title": "Godkänn lägesrapport", "status": DecisionStatus.PROPOSED,
                          "decided_on": date(2034, 6, 6)}).value
    everything = decisions.log()
    assert {a.id, b.id} <= {row.id for row in everything}

    def ids(**query: object) -> set[str]:
        return {row.id for row in decisions.log(DecisionFilter(**query))} & {a.id, b.id}

    assert ids(text="ips-TEAM") == {a.id}
    assert ids(text=a.reference) == {a.id}
    assert ids(owner="westerl") == {a.id}
    assert ids(status=DecisionStatus.PROPOSED) == {b.id}
    assert ids(kind=DecisionKind.CHANGE_SCOPE) == {a.id}
    assert ids(project_id=project_ids["UME-IPS"]) == {a.id}
    assert ids(cluster_id=clusters["SK"]) == set()
    assert ids(decided_from=date(2034, 6, 1)) == {b.id}
    assert ids(decided_to=date(2034, 5, 31)) == {a.id}
    assert ids(attention_only=True) == {a.id}
    assert decisions.get(a.id).overdue


def test_request_without_a_planned_meeting_waits_for_the_next_agenda(
    meetings: MeetingService, clusters: dict[str, str], project_ids: dict[str, str]
) -> None:
    for meeting in meetings.list_meetings(clusters["UL"]):
        if meeting.state is MeetingState.PLANNED:
            meetings.close(meeting.id)
    request = meetings.raise_request({"project_id": project_ids["LYC-HR"],
                                      "question": "Förlänga projektet?"}).value
    assert request.status is RequestStatus.OPEN
    meeting_id = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=600))
    assert request.id in {i.decision_request_id for i in meetings.agenda(meeting_id)}


def test_a_reprioritising_decision_creates_and_moves_backlog_items_linked_both_ways(
    demo_store: Store, decisions: DecisionService, clusters: dict[str, str],
    project_ids: dict[str, str],
) -> None:
    from improve_desktop.services.backlog import BacklogService
    from improve_desktop.services.reprioritise import ReprioritisationService

    backlog = BacklogService(demo_store)
    service = ReprioritisationService(demo_store)
    decision = decisions.record({"title": "Arbetsgivarkontakter först", "kind":
                                 DecisionKind.REPRIORITISE, "project_id": project_ids["SKE-VV"],
                                 "decided_on": date(2035, 1, 1)}).value
    item = service.create_item(decision.id, "Kontakta tio arbetsgivare").value
    items = backlog.list_items(project_ids["SKE-VV"])
    assert min(items, key=lambda i: i.rank).id == item.id
    assert decision.reference in item.description
    later = [i for i in items if i.iteration_id is None and i.id != item.id][-2:]
    service.move_to_top(decision.id, [i.id for i in later])
    top = sorted(backlog.list_items(project_ids["SKE-VV"]), key=lambda i: i.rank)[:2]
    assert [i.id for i in top] == [i.id for i in later]
    assert {i.id for i in service.linked_items(decision.id)} == {item.id, *(i.id for i in later)}
    assert set(decisions.get(decision.id).backlog_item_ids) == {item.id, *(i.id for i in later)}
    assert [d.id for d in decisions.decisions_for_item(item.id)] == [decision.id]
    whole = decisions.record({"title": "Hela klustret", "steering_cluster_id": clusters["SK"]})
    with pytest.raises(Refused):
        service.create_item(whole.value.id, "Något")
    other = next(i for i in backlog.list_items(project_ids["SKE-UNG"]))
    with pytest.raises(Refused):
        service.move_to_top(decision.id, [other.id])


def test_a_withdrawn_request_leaves_the_open_requests_and_the_next_agenda(
    meetings: MeetingService, decisions: DecisionService, clusters: dict[str, str],
    project_ids: dict[str, str],
) -> None:
    first = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=500))
    request = meetings.raise_request({"project_id": project_ids["SKE-VV"],
                                      "question": "Ska vi byta lokal?"}).value
    upcoming = meetings.next_meeting(clusters["SK"])
    assert upcoming is not None
    assert request.id in {i.decision_request_id for i in meetings.agenda(upcoming.id)}
    outcome = meetings.withdraw_request(request.id)
    assert upcoming.id in outcome.change.ids and request.id in outcome.change.ids
    assert request.id not in {r.id for r in meetings.open_requests(cluster_id=clusters["SK"])}
    assert request.id not in {i.decision_request_id for i in meetings.agenda(upcoming.id)}
    assert [(e.field, e.old_value, e.new_value, e.edited_by)
            for e in decisions.history(request.id)] == [
        ("status", "open", "withdrawn", "Anna Lindqvist")]
    with pytest.raises(Refused):
        meetings.withdraw_request(request.id)
    # Closing and building later agendas does not bring it back.
    later = _plan(meetings, clusters["SK"], DEMO_TODAY + timedelta(days=530))
    meetings.close(upcoming.id)
    assert request.id not in {i.decision_request_id for i in meetings.agenda(later)}
    assert first


def test_agenda_item_details_are_edited_with_history_after_the_meeting(
    meetings: MeetingService, decisions: DecisionService, clusters: dict[str, str]
) -> None:
    from improve_desktop.services.errors import ValidationFailed

    meeting_id = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=600))
    item = meetings.add_agenda_item(meeting_id, {"title": "Lokalfrågan"}).value
    edited = meetings.update_item(item.id, {"title": "Lokalfrågan i Lycksele",
                                            "details": "Hyran höjs", "notes": ""}).value
    assert (edited.title, edited.details) == ("Lokalfrågan i Lycksele", "Hyran höjs")
    assert decisions.history(item.id) == []  # before the meeting: no history yet
    with pytest.raises(ValidationFailed) as failure:
        meetings.update_item(item.id, {"title": "  "})
    assert failure.value.errors[0].field == "title"
    meetings.close(meeting_id)
    meetings.update_item(item.id, {"details": "Hyran höjs med 4 %"})
    assert [(e.field, e.old_value, e.new_value) for e in decisions.history(item.id)] == [
        ("details", "Hyran höjs", "Hyran höjs med 4 %")]


def test_an_item_whose_request_was_withdrawn_still_takes_notes_and_stays_out_of_the_minutes(
    meetings: MeetingService, clusters: dict[str, str], project_ids: dict[str, str],
) -> None:
    # Meeting mode may still show the item when the request is withdrawn on another screen.
    request = meetings.raise_request({"project_id": project_ids["SKE-VV"],
                                      "question": "Ska vi förlänga hyresavtalet?"}).value
    upcoming = meetings.next_meeting(clusters["SK"])
    assert upcoming is not None
    meeting_id = upcoming.id
    item = next(i for i in meetings.agenda(meeting_id) if i.decision_request_id == request.id)
    meetings.withdraw_request(request.id)
    noted = meetings.append_item_note(item.id, "Frågan drogs tillbaka").value
    assert noted.id == item.id and noted.notes == "Frågan drogs tillbaka"
    meetings.set_item_outcome(item.id, noted.outcome)  # no error either
    meetings.close(meeting_id)
    assert item.id not in {i.id for i in meetings.record(meeting_id).agenda}


def test_a_note_added_in_meeting_mode_keeps_what_was_edited_meanwhile(
    meetings: MeetingService, clusters: dict[str, str]
) -> None:
    meeting_id = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=720))
    item = meetings.add_agenda_item(meeting_id, {"title": "Lokalfrågan"}).value
    meetings.append_item_note(item.id, "Första raden")
    # Edited on the meetings page while meeting mode still holds the first version.
    meetings.update_item(item.id, {"notes": "Första raden\nTillagt på mötessidan"})
    final = meetings.append_item_note(item.id, "Andra raden").value
    assert final.notes == "Första raden\nTillagt på mötessidan\nAndra raden"


def test_approved_minutes_are_no_longer_changed(
    meetings: MeetingService, clusters: dict[str, str]
) -> None:
    meeting_id = _plan(meetings, clusters["UL"], DEMO_TODAY + timedelta(days=740))
    item = meetings.add_agenda_item(meeting_id, {"title": "Lokalfrågan"}).value
    meetings.close(meeting_id)
    meetings.update_item(item.id, {"details": "Rättat efter mötet"})  # held: with history
    meetings.approve_minutes(meeting_id)
    with pytest.raises(Refused):
        meetings.update_item(item.id, {"details": "Ändrat efter justeringen"})
    with pytest.raises(Refused):
        meetings.append_item_note(item.id, "En rad till")
    stored = next(i for i in meetings.record(meeting_id).agenda if i.id == item.id)
    assert stored.details == "Rättat efter mötet"
