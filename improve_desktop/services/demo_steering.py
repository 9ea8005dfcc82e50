"""Demo steering meetings: for each cluster three held meetings and a planned next one.

The held meetings reviewed the projects' iterations, answered decision requests and recorded
decisions in every status (one superseded by a later one) and actions in every status, some
overdue on the demo's today; a few were edited afterwards (in the history). The planned
meeting's agenda carries an item the last meeting did not reach, the latest closed iteration
of every project, the open decision requests and the follow-up of actions due.

Dates are laid out from the demo's active iteration (as the rest of the demo), only over the
projects of the first copy (``scale`` does not multiply meetings), without random numbers.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from improve_desktop.domain.steering import format_reference
from improve_desktop.services import demo_content as content
from improve_desktop.store.base import new_id
from improve_desktop.store.retro_models import RetroAction, Retrospective
from improve_desktop.store.steering_models import (
    AgendaItem,
    Decision,
    DecisionRequest,
    Meeting,
    MeetingAttendee,
    SteeringAction,
    SteeringEdit,
    decision_backlog_item,
)

# Held meetings, in days from the active iteration's Monday (Tuesdays; +1 for the 2nd cluster).
HELD_OFFSETS = (-48, -27, -6)
PLANNED_OFFSET = 15
PLACES = ("Stadshuset, sammanträdesrum Nordanå", "Förbundets kontor, rum Vindeln")


@dataclass(frozen=True)
class _DecisionSpec:
    meeting: int  # which held meeting (0, 1, 2)
    title: str  # {project} is the project's name
    kind: str
    status: str
    project: int | None  # index among the cluster's projects; None: the whole cluster
    due: int | None = None  # days from the meeting
    review: int | None = None
    text: str = ""
    rationale: str = ""
    answers_request: bool = False


DECISIONS = (
    _DecisionSpec(0, "Iterationsplanen för {project} godkänns", "approve", "done", 0,
                  due=14, text="Styrgruppen godkänner planen för de kommande iterationerna.",
                  rationale="Planen följer ansökan och har förankrats hos huvudmännen."),
    _DecisionSpec(0, "250 000 kr flyttas till arbetsträning i {project}", "budget", "superseded",
                  1, due=30, text="Medel flyttas från lokalkostnader till arbetsträning.",
                  rationale="Lokalkostnaderna blev lägre än budgeterat.", answers_request=True),
    _DecisionSpec(0, "Lägesrapporten till ESF-rådet skickas efter styrgruppens granskning",
                  "information", "done", None, due=10),
    _DecisionSpec(1, "{project}: arbetsgivarkontakter går före gruppverksamheten",
                  "reprioritise", "in_progress", 1, due=14, review=21,
                  text="Backloggen rankas om så att arbetsgivarkontakterna kommer först.",
                  rationale="Deltagarna som är redo för arbete väntar på praktikplatser."),
    _DecisionSpec(1, "Gemensam digital drop-in för alla projekt", "change_scope", "rejected",
                  None, rationale="Kostnaden står inte i proportion till nyttan just nu."),
    _DecisionSpec(1, "Remissflödet lyfts till förbundsstyrelsen", "escalate", "decided", None,
                  due=14, review=20, text="Ordföranden tar upp det ojämna remissflödet."),
    _DecisionSpec(2, "180 000 kr flyttas till arbetsträning i {project}", "budget",
                  "in_progress", 1, due=28, review=60,
                  text="Ersätter det tidigare beslutet; 70 000 kr behövs för lokaler ändå.",
                  rationale="Hyresavtalet kunde inte sägas upp i förtid."),
    _DecisionSpec(2, "{project} pausar intaget av nya deltagare till januari", "stop_pause",
                  "decided", 0, due=35, review=45, answers_request=True,
                  text="Intaget pausas medan två coacher är föräldralediga."),
    _DecisionSpec(2, "Gemensam rutin för uppföljning efter avslut", "change_scope", "proposed",
                  None, text="Förslaget bereds till nästa möte."),
    _DecisionSpec(2, "{project} byter till tre veckors iterationer", "change_scope", "decided",
                  0, due=30),
)

# (meeting, text, owner: "manager" | member index, due days from the meeting, status, project)
ACTIONS = (
    (0, "Skicka reviderad budget till ESF-rådet", 0, 10, "done", None),
    (0, "Boka arbetsgivarfrukost i {project}", "manager", 14, "done", 0),
    (1, "Ta fram underlag om remissflödet", 1, 14, "open", None),
    (1, "Kontakta Arbetsförmedlingen om gemensam kartläggning i {project}", "manager", 21,
     "in_progress", 1),
    (1, "Uppdatera riskloggen i {project}", "manager", 21, "on_hold", 1),
    (2, "Informera deltagarna om pausen i {project}", "manager", 14, "open", 0),
    (2, "Ta fram förslag på uppföljningsrutin", 2, 20, "in_progress", None),
    (2, "Följ upp hyresavtalet för lokalerna", 0, 3, "open", None),
)

REQUESTS = (
    # (project, question, options, recommendation, days before the meeting it is raised,
    #  which held meeting answers it; None: open, on the planned agenda)
    (1, "Får vi flytta 250 000 kr från lokaler till arbetsträning?",
     "A: flytta hela beloppet\nB: flytta hälften\nC: behåll budgeten", "A", 10, 0),
    (0, "Kan vi pausa intaget av deltagare medan två coacher är lediga?",
     "A: pausa till januari\nB: ta in färre deltagare", "A", 7, 2),
    (0, "Kan projektet förlängas med sex månader inom befintlig budget?",
     "A: ansök om förlängning\nB: avsluta enligt plan", "A", 4, None),
)

REVIEW_NOTES = (
    "Styrgruppen noterar rapporten.",
    "Frågor om deltagarnas väg vidare; besvaras till nästa möte.",
    "Bra fart, men risken med färre remisser kvarstår.",
)


def build(demo: Any) -> list[tuple[Any, list[dict[str, Any]]]]:
    """The steering rows for the demo builder's clusters, projects and iterations."""
    first_codes = {spec.code for spec in content.PROJECTS}
    names = {row["id"]: row["name"] for row in demo.people}
    iterations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in demo.iterations:
        iterations[row["project_id"]].append(row)
    tables: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    retro_actions: list[dict[str, Any]] = next(
        (rows for model, rows in demo.retrospectives if model is RetroAction), [])
    for cluster_index, cluster in enumerate(demo.clusters):
        projects = sorted(
            (p for p in demo.projects
             if p["steering_cluster_id"] == cluster["id"] and p["code"] in first_codes),
            key=lambda p: p["code"],
        )
        if not projects:
            continue
        members = [names[m["person_id"]] for m in demo.memberships
                   if m["cluster_id"] == cluster["id"]]
        member_ids = [m["person_id"] for m in demo.memberships
                      if m["cluster_id"] == cluster["id"]]
        _Cluster(demo, tables, cluster, cluster_index, projects=projects, members=members,
                 member_ids=member_ids, iterations=iterations,
                 retro_actions=retro_actions).build()
    return [(model, tables[model]) for model in (
        Meeting, MeetingAttendee, DecisionRequest, AgendaItem, Decision, decision_backlog_item,
        SteeringAction, SteeringEdit)]


class _Cluster:
    def __init__(self, demo: Any, tables: dict[Any, list[dict[str, Any]]],
                 cluster: dict[str, Any], index: int, *, projects: list[dict[str, Any]],
                 members: list[str], member_ids: list[str],
                 iterations: dict[str, list[dict[str, Any]]],
                 retro_actions: list[dict[str, Any]]) -> None:
        self.demo, self.tables, self.cluster, self.index = demo, tables, cluster, index
        self.projects, self.members, self.member_ids = projects, members, member_ids
        self.iterations, self.retro_actions = iterations, retro_actions
        self.numbers: dict[int, int] = defaultdict(int)
        self.positions: dict[str, int] = {}
        self.names = {row["id"]: row["name"] for row in demo.people}

    def row(self, model: Any, when: datetime, **values: Any) -> dict[str, Any]:
        values = {"id": new_id(), "created_at": when, "updated_at": when, **values}
        self.tables[model].append(values)
        return values

    def project(self, index: int | None) -> dict[str, Any] | None:
        return None if index is None else self.projects[index % len(self.projects)]

    def text(self, template: str, project: dict[str, Any] | None) -> str:
        return template.format(project=project["name"] if project else "")

    def build(self) -> None:  # noqa: PLR0912, PLR0915
        start = self.demo.active_start
        days = [start + timedelta(days=offset + self.index) for offset in HELD_OFFSETS]
        planned_day = start + timedelta(days=PLANNED_OFFSET + self.index)
        meetings = [self.meeting(day, held=True) for day in days]
        planned = self.meeting(planned_day, held=False)
        # Decision requests, raised before the meeting that takes them up.
        request_items: dict[int, list[tuple[dict[str, Any], dict[str, Any]]]] = defaultdict(list)
        open_requests = []
        for project_index, question, options, recommendation, before, answered in REQUESTS:
            project = self.project(project_index)
            assert project is not None
            day = (days[answered] if answered is not None else planned_day) - timedelta(
                days=before + 7)
            request = self.row(
                DecisionRequest, _at(day, 10), project_id=project["id"],
                raised_by=self.names.get(project["manager_id"], ""), raised_on=day,
                question=question, options=options, recommendation=recommendation,
                needed_by=day + timedelta(days=21),
                status="answered" if answered is not None else "open",
            )
            if answered is None:
                open_requests.append((request, project))
            else:
                request_items[answered].append((request, project))
        # The agendas of the held meetings.
        reviewed: set[str] = set()
        agendas: list[dict[str | None, dict[str, Any]]] = []
        requests_answered: list[list[tuple[dict[str, Any], dict[str, Any]]]] = []
        carried: dict[str, Any] | None = None
        for number, (meeting, day) in enumerate(zip(meetings, days, strict=True)):
            items: dict[str | None, dict[str, Any]] = {}
            for project in self.projects:
                latest = self.latest_closed(project, day)
                if latest is not None and latest["id"] not in reviewed:
                    reviewed.add(latest["id"])
                    items[project["id"]] = self.item(
                        meeting, "iteration_review", project["name"], project=project,
                        iteration_id=latest["id"], outcome="done",
                        notes=REVIEW_NOTES[(number + len(items)) % len(REVIEW_NOTES)])
            answered_here = []
            for request, project in request_items[number]:
                request_item = self.item(
                    meeting, "decision_request", request["question"], project=project,
                    decision_request_id=request["id"], outcome="done",
                    notes="Styrgruppen beslutade enligt förslag A.")
                answered_here.append((request, request_item))
            requests_answered.append(answered_here)
            if number > 0:
                self.item(meeting, "follow_up", "", outcome="done",
                          notes="Åtgärderna gicks igenom.")
            if number == len(meetings) - 1:
                carried = self.item(meeting, "information",
                                    "Extern utvärdering: upphandlingen", outcome="carried_over")
            self.item(meeting, "information", "Övriga frågor", outcome="done")
            agendas.append(items)
        # Decisions, numbered per cluster and year in the order they were taken.
        recorded: list[dict[str, Any]] = []
        for spec in DECISIONS:
            meeting, day = meetings[spec.meeting], days[spec.meeting]
            project = self.project(spec.project)
            agenda_item = agendas[spec.meeting].get(project["id"] if project else None)
            request_id = None
            if spec.answers_request and requests_answered[spec.meeting]:
                request, agenda_item = requests_answered[spec.meeting].pop(0)
                request_id = request["id"]
            self.numbers[day.year] += 1
            number = self.numbers[day.year]
            owner = (self.names.get(project["manager_id"], "") if project
                     else self.members[spec.meeting % len(self.members)])
            recorded.append(self.row(
                Decision, _at(day, 14, spec.meeting + len(recorded)),
                steering_cluster_id=self.cluster["id"], year=day.year, number=number,
                reference=format_reference(self.cluster["code"], day.year, number),
                project_id=project["id"] if project else None, meeting_id=meeting["id"],
                agenda_item_id=agenda_item["id"] if agenda_item else None,
                decision_request_id=request_id, title=self.text(spec.title, project),
                text=spec.text, rationale=spec.rationale, kind=spec.kind, status=spec.status,
                superseded_by_id=None, owner=owner, decided_on=day,
                due_on=day + timedelta(days=spec.due) if spec.due is not None else None,
                review_on=day + timedelta(days=spec.review) if spec.review is not None else None,
            ))
        old, new = recorded[1], recorded[6]
        old["superseded_by_id"] = new["id"]
        # Inserted after its replacement, which its foreign key names.
        self.tables[Decision].remove(old)
        self.tables[Decision].append(old)
        self.edit("decision", old, "status", "decided", "superseded", new["created_at"])
        self.edit("decision", old, "superseded_by_id", "", new["id"], new["created_at"])
        self.edit("decision", recorded[0], "status", "decided", "done",
                  recorded[0]["created_at"] + timedelta(days=12))
        # The reprioritising decision is linked to the backlog items it moved up.
        reprioritised = recorded[3]
        moved_up = [row for row in self.demo.items
                    if row["project_id"] == reprioritised["project_id"]
                    and row["iteration_id"] is None][:2]
        for backlog_item in moved_up:
            self.tables[decision_backlog_item].append(
                {"decision_id": reprioritised["id"], "item_id": backlog_item["id"]})
        # Actions of the meetings, and one from a decision and one from a retrospective.
        for meeting_index, text, owner, due, status, action_project in ACTIONS:
            project = self.project(action_project)
            day = days[meeting_index]
            who = (self.names.get(project["manager_id"], "") if owner == "manager" and project
                   else self.members[int(owner) % len(self.members)])
            action = self.action(meetings[meeting_index], day, self.text(text, project), who,
                                 day + timedelta(days=due), status, project)
            if status == "done":
                self.edit("action", action, "status", "open", "done",
                          _at(day + timedelta(days=due - 1), 16))
        self.action(meetings[1], days[1], "Ranka om backloggen efter beslutet",
                    reprioritised["owner"], days[1] + timedelta(days=7), "done",
                    self.project(1), decision_id=reprioritised["id"], source="decision")
        retro = self.open_retro_action(self.projects[0])
        if retro is not None:
            self.action(None, days[2], retro["text"], retro["owner"],
                        days[2] + timedelta(days=21), "open", self.projects[0],
                        retro_action_id=retro["id"], source="retrospective")
        # The planned meeting: what was not reached, then each project, then follow-up.
        if carried is not None:
            self.item(planned, "information", carried["title"], carried_from_id=carried["id"])
        for project in self.projects:
            latest = self.latest_closed(project, planned_day)
            if latest is not None and latest["id"] not in reviewed:
                self.item(planned, "iteration_review", project["name"], project=project,
                          iteration_id=latest["id"])
            for request, owner_project in open_requests:
                if owner_project is project:
                    self.item(planned, "decision_request", request["question"],
                              project=project, decision_request_id=request["id"])
            if any(row["project_id"] == project["id"] for row in self.tables[SteeringAction]):
                self.item(planned, "follow_up", project["name"], project=project)
        self.item(planned, "follow_up", "")

    def meeting(self, day: date, *, held: bool) -> dict[str, Any]:
        meeting = self.row(
            Meeting, _at(day - timedelta(days=21), 9), steering_cluster_id=self.cluster["id"],
            meeting_date=day, start_time="13:00" if self.index == 0 else "09:30",
            place=PLACES[self.index % len(PLACES)], state="held" if held else "planned",
            minutes="", current_item_id=None, draft="",
            held_at=_at(day, 15, 30) if held else None,
        )
        for position, (person_id, name) in enumerate(zip(self.member_ids, self.members,
                                                         strict=True)):
            self.row(MeetingAttendee, meeting["created_at"], meeting_id=meeting["id"],
                     person_id=person_id, name=name, is_guest=False,
                     present=not (held and position == (day.day % len(self.members))))
        if held and day.day % 2 == 0:
            self.row(MeetingAttendee, meeting["created_at"], meeting_id=meeting["id"],
                     person_id=None, name="Lisa Ek, ESF-rådet", is_guest=True, present=True)
        self.positions[meeting["id"]] = 0
        return meeting

    def item(self, meeting: dict[str, Any], kind: str, title: str, *,
             project: dict[str, Any] | None = None, outcome: str = "pending", notes: str = "",
             iteration_id: str | None = None, decision_request_id: str | None = None,
             carried_from_id: str | None = None) -> dict[str, Any]:
        self.positions[meeting["id"]] += 1
        return self.row(
            AgendaItem, meeting["created_at"], meeting_id=meeting["id"],
            position=self.positions[meeting["id"]], kind=kind,
            project_id=project["id"] if project else None, title=title, details="",
            notes=notes, outcome=outcome, iteration_id=iteration_id,
            decision_request_id=decision_request_id, carried_from_id=carried_from_id,
        )

    def action(self, meeting: dict[str, Any] | None, day: date, text: str, owner: str,  # noqa: PLR0917
               due: date, status: str, project: dict[str, Any] | None, *,
               decision_id: str | None = None, retro_action_id: str | None = None,
               source: str = "meeting") -> dict[str, Any]:
        return self.row(
            SteeringAction, _at(day, 14, 30), steering_cluster_id=self.cluster["id"],
            project_id=project["id"] if project else None, source=source,
            meeting_id=meeting["id"] if meeting else None, agenda_item_id=None,
            decision_id=decision_id, retro_action_id=retro_action_id, text=text, owner=owner,
            due_on=due, status=status,
            done_on=due - timedelta(days=1) if status == "done" else None,
            backlog_item_id=None,
        )

    def edit(self, kind: str, row: dict[str, Any], field: str, old: str, new: str,  # noqa: PLR0917
             when: datetime) -> None:
        self.row(SteeringEdit, when, entity_kind=kind, entity_id=row["id"], field=field,
                 old_value=old, new_value=new, edited_by=self.members[0], edited_at=when)

    def open_retro_action(self, project: dict[str, Any]) -> dict[str, Any] | None:
        iterations = {row["id"] for row in self.iterations[project["id"]]}
        retros = {row["id"] for model, rows in self.demo.retrospectives
                  if model is Retrospective for row in rows if row["iteration_id"] in iterations}
        return next((row for row in self.retro_actions
                     if row["retrospective_id"] in retros and row["status"] == "open"), None)

    def latest_closed(self, project: dict[str, Any], before: date) -> dict[str, Any] | None:
        closed = [row for row in self.iterations[project["id"]]
                  if row["state"] == "closed" and row["end_date"] < before]
        return max(closed, key=lambda row: row["number"]) if closed else None


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute % 60), tzinfo=UTC)

