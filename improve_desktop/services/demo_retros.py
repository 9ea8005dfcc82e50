"""Demo retrospectives and lessons: a retrospective for every closed iteration, actions in
every status with last time's actions reviewed, and lessons across the three localities.

Built after the rest of the demo, from its rows, with a random generator of its own, so that
the projects, iterations and items stay exactly as they were.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from improve_desktop.domain.retrospectives import (
    ActionStatus,
    RetroFormat,
    columns_of,
    join_tags,
)
from improve_desktop.store.base import new_id
from improve_desktop.store.retro_models import (
    Lesson,
    RetroAction,
    RetroNote,
    Retrospective,
    RetroVote,
    lesson_method,
)

SEED = 2027
VOTERS = ("SL", "EB", "MH", "JN", "KÖ")
VOTE_BUDGET = 3

NOTES: dict[str, tuple[str, ...]] = {
    "start": (
        "Börja varje vecka med en kort avstämning med AF",
        "Bjuda in arbetsgivare tidigare i processen",
        "Dokumentera deltagarnas mål i samma mall",
    ),
    "stop": (
        "Sluta boka möten utan agenda",
        "Sluta skicka dubbla kallelser från två huvudmän",
        "Sluta vänta på remisser innan vi tar kontakt",
    ),
    "continue": (
        "Fortsätt med hembesöken, de ger förtroende",
        "Fortsätt med fikaträffarna för deltagare",
        "Fortsätt med gemensam planering med FK",
    ),
    "went_well": (
        "Bra samarbete med regionens psykiatri",
        "Arbetsgivarträffen gav tre nya praktikplatser",
        "Deltagarna kom till gruppstarten",
    ),
    "to_improve": (
        "Remissflödet från kommunen är ojämnt",
        "Vi tappar kontakt med deltagare under sjukskrivning",
        "Lägesrapporten tog för lång tid att skriva",
    ),
    "ideas": (
        "Digital drop-in på fredagar",
        "Språkombud på fler arbetsplatser",
        "Gemensam kalender för alla huvudmän",
    ),
    "liked": (
        "Deltagarnas egna berättelser på styrgruppsmötet",
        "Korta iterationer gör att vi ser resultat snabbare",
    ),
    "learned": (
        "Arbetsträningen fungerar bäst med en fast handledare",
        "Motiverande samtal kräver tid för uppföljning",
    ),
    "lacked": ("Tid för dokumentation", "Tolk vid första mötet"),
    "longed_for": ("Ett gemensamt journalsystem", "Fler arbetsgivare inom vården"),
    "wind": ("Engagerade handledare på arbetsplatserna", "Styrgruppen backar upp förändringen"),
    "anchors": ("Långa handläggningstider för beslut", "Osäker finansiering efter 2027"),
    "rocks": ("Risk att nyckelpersoner slutar", "Färre remisser under sommaren"),
    "island": ("Fler deltagare i arbete eller studier", "En hållbar modell efter projektet"),
}

ACTIONS = (
    "Boka en gemensam inskrivningsdag med AF och FK",
    "Ta fram en mall för individuell plan",
    "Ringa tre nya arbetsgivare inom vården",
    "Skriva rutin för uppföljning efter avslut",
    "Ordna tolk till första mötet vid behov",
    "Korta lägesrapporten till en sida",
    "Prova digital drop-in två fredagar",
    "Bjuda in kommunens handläggare till nästa planering",
    "Sammanställa deltagarnas återkoppling till styrgruppen",
    "Utse en kontaktperson per huvudman",
)

DROP_REASONS = (
    "Inte längre aktuellt efter styrgruppens beslut.",
    "Löstes på annat sätt av Försäkringskassan.",
    "Prioriterades bort till förmån för rekryteringen.",
)

# (title, text, method codes, target groups, themes)
LESSONS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "Arbetsträningen fungerar bäst med en fast handledare",
        "När samma handledare följde deltagaren under hela arbetsträningen avbröt färre. "
        "Byten av handledare ledde nästan alltid till uppehåll.",
        ("ARBTR",),
        ("unga vuxna",),
        ("handledning", "arbetsträning"),
    ),
    (
        "Hembesök bygger förtroende snabbare än telefonsamtal",
        "Deltagare som fick ett första hembesök kom oftare till nästa möte.",
        ("MI",),
        ("långtidsarbetslösa",),
        ("kontakt", "förtroende"),
    ),
    (
        "Gemensam inskrivning sparar veckor",
        "När AF, FK, regionen och kommunen skrev in deltagaren samtidigt försvann flera "
        "veckors väntan mellan huvudmännen.",
        ("SAMV",),
        ("sjukskrivna",),
        ("samverkan", "inskrivning"),
    ),
    (
        "Arbetsgivare vill ha en kontaktperson",
        "Arbetsgivarna tackade oftare ja när de hade en namngiven kontaktperson i projektet "
        "i stället för en funktionsbrevlåda.",
        ("ARBG",),
        ("arbetsgivare",),
        ("arbetsgivarsamverkan",),
    ),
    (
        "Snabb jobbsökning enligt IPS ger fler anställningar",
        "Att börja söka arbete inom fyra veckor gav fler anställningar än att vänta tills "
        "deltagaren kände sig redo.",
        ("IPS",),
        ("personer med psykisk ohälsa",),
        ("jobbsökning",),
    ),
    (
        "Motiverande samtal kräver tid för uppföljning",
        "Samtalen gav effekt först när det fanns tid för uppföljning inom en vecka.",
        ("MI",),
        ("unga",),
        ("motivation", "uppföljning"),
    ),
    (
        "Yrkessvenska på arbetsplatsen fungerar bättre än i klassrum",
        "Språkombud på arbetsplatsen gav snabbare framsteg än kurser på skolan.",
        ("SPRAK",),
        ("nyanlända",),
        ("språk", "arbetsplatslärande"),
    ),
    (
        "Digitala möten sänker trösklarna i glesbygd",
        "I Lyckseles inland var långa resor ett hinder; videomöten halverade antalet uteblivna "
        "möten.",
        ("DIGI",),
        ("boende i glesbygd",),
        ("digitalisering", "tillgänglighet"),
    ),
    (
        "Hälsoinsatser i grupp ger gemenskap",
        "Promenadgrupperna gav både bättre hälsa och ett sammanhang som deltagarna saknat.",
        ("HALSA",),
        ("sjukskrivna",),
        ("hälsa", "gemenskap"),
    ),
    (
        "Kartläggningen ska göras tillsammans med deltagaren",
        "När deltagaren själv fyllde i kartläggningen blev planen mer realistisk.",
        ("KART",),
        ("långtidsarbetslösa",),
        ("kartläggning", "delaktighet"),
    ),
    (
        "Brukarstöd når dem vi annars missar",
        "Stödpersoner med egen erfarenhet fick kontakt med unga som inte svarat på kallelser.",
        ("PEER",),
        ("unga som varken arbetar eller studerar",),
        ("kontakt", "brukarmedverkan"),
    ),
    (
        "Korta iterationer gör resultat synliga för styrgruppen",
        "Med tvåveckorsiterationer kunde styrgruppen följa framstegen och fatta beslut tidigare.",
        (),
        ("styrgrupp",),
        ("styrning", "agilt arbetssätt"),
    ),
    (
        "Tolk vid första mötet gör skillnad",
        "Deltagare som fick tolk vid första mötet stannade kvar i insatsen i högre grad.",
        ("SPRAK",),
        ("nyanlända",),
        ("språk", "inskrivning"),
    ),
    (
        "Remissflödet behöver följas varje vecka",
        "Ett ojämnt remissflöde upptäcktes för sent; en veckovis avstämning med kommunen hjälpte.",
        ("SAMV",),
        ("kommunens handläggare",),
        ("remisser", "samverkan"),
    ),
    (
        "Praktikplatser inom vården kräver tidig kontakt",
        "Vårdens arbetsgivare planerar bemanningen långt i förväg; kontakten måste tas ett "
        "kvartal innan praktiken.",
        ("ARBG", "ARBTR"),
        ("arbetsgivare",),
        ("praktik", "arbetsgivarsamverkan"),
    ),
    (
        "Deltagarnas egna berättelser övertygar styrgruppen",
        "När deltagare berättade själva på styrgruppsmötet fattades beslutet om förlängning.",
        (),
        ("styrgrupp",),
        ("styrning", "delaktighet"),
    ),
    (
        "En gemensam mall för individuell plan minskar dubbelarbete",
        "Fyra huvudmän skrev tidigare var sin plan; en gemensam mall halverade tiden.",
        ("SAMV", "KART"),
        ("handläggare",),
        ("dokumentation", "samverkan"),
    ),
    (
        "Uppföljning efter avslut visar vad som håller",
        "Uppföljning efter sex månader visade att stöd på arbetsplatsen var avgörande.",
        ("IPS", "SE"),
        ("personer med psykisk ohälsa",),
        ("uppföljning", "hållbarhet"),
    ),
)


def build(demo: Any, seed: int = SEED) -> list[tuple[Any, list[dict[str, Any]]]]:  # noqa: PLR0912, PLR0915
    """The retrospective and lesson rows for the demo builder's projects and iterations."""
    rng = random.Random(seed)
    locality_of = {row["id"]: row["locality"] for row in demo.organisations}
    initials = {row["id"]: "".join(part[0] for part in row["name"].split()) for row in demo.people}
    names = {row["id"]: row["name"] for row in demo.people}
    by_project: dict[str, list[dict[str, Any]]] = {}
    for row in demo.iterations:
        by_project.setdefault(row["project_id"], []).append(row)
    retros: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    votes: list[dict[str, Any]] = []
    actions: list[dict[str, Any]] = []
    lessons: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    formats = list(RetroFormat)
    for project_index, project in enumerate(demo.projects):
        closed = sorted(
            (row for row in by_project.get(project["id"], []) if row["state"] == "closed"),
            key=lambda row: row["number"],
        )
        manager = names.get(project["manager_id"], "")
        pending: list[dict[str, Any]] = []  # last retrospective's actions, to review
        project_notes: list[tuple[dict[str, Any], date]] = []
        for iteration in closed:
            held_on: date = iteration["end_date"]
            when = datetime.combine(held_on, time(13, 0), tzinfo=UTC)

            def stamp(minutes: int, when: datetime = when, **values: Any) -> dict[str, Any]:
                moment = when + timedelta(minutes=minutes)
                return {"id": new_id(), "created_at": moment, "updated_at": moment, **values}

            retro_format = formats[(iteration["number"] - 1) % len(formats)]
            retro = stamp(
                0,
                iteration_id=iteration["id"],
                format=retro_format.value,
                held_on=held_on,
                facilitator=manager,
                vote_budget=VOTE_BUDGET,
            )
            retros.append(retro)
            # Review of last time's actions: done, dropped with a reason, carried forward.
            fates = ["done", "dropped", "carried"]
            rng.shuffle(fates)
            fates += [rng.choice(("done", "carried")) for _ in pending[3:]]
            carried_here: list[dict[str, Any]] = []
            for action, fate in zip(pending, fates, strict=False):
                if fate == "done":
                    action.update(
                        status=ActionStatus.DONE.value, review_note="Genomfört.", updated_at=when
                    )
                elif fate == "dropped":
                    action.update(
                        status=ActionStatus.DROPPED.value,
                        review_note=rng.choice(DROP_REASONS),
                        updated_at=when,
                    )
                else:
                    action.update(
                        status=ActionStatus.IN_PROGRESS.value,
                        review_note="Hann inte klart; tas vidare.",
                        updated_at=when,
                    )
                    carried_here.append(
                        stamp(
                            5,
                            retrospective_id=retro["id"],
                            note_id=None,
                            text=action["text"],
                            owner=action["owner"],
                            due_on=held_on + timedelta(days=14),
                            status=ActionStatus.OPEN.value,
                            carried_from_id=action["id"],
                            review_note="",
                            backlog_item_id=None,
                        )
                    )
            actions.extend(carried_here)
            retro_notes = []
            for minute, column in enumerate(columns_of(retro_format)):
                pool = NOTES[column]
                for text in rng.sample(pool, k=min(len(pool), rng.randint(1, 2))):
                    note = stamp(
                        10 + minute,
                        retrospective_id=retro["id"],
                        column_key=column,
                        text=text,
                        votes=0,
                        author_initials=rng.choice(VOTERS),
                        group_name="",
                        is_lesson=False,
                        tags="",
                    )
                    retro_notes.append(note)
            for voter in VOTERS:
                for _ in range(VOTE_BUDGET):
                    note = rng.choice(retro_notes)
                    note["votes"] += 1
                    votes.append(stamp(30, note_id=note["id"], voter=voter))
            notes.extend(retro_notes)
            project_notes.extend((note, held_on) for note in retro_notes)
            top = sorted(retro_notes, key=lambda note: -note["votes"])[:2]
            pending = list(carried_here)
            owners = [initials.get(project["manager_id"], ""), *VOTERS[1:3]]
            sources: list[dict[str, Any] | None] = [*top, None]
            for number, source_note in enumerate(sources):
                text = (
                    rng.choice(ACTIONS)
                    if source_note is None
                    else f"Följa upp: {source_note['text']}"
                )
                action = stamp(
                    40 + number,
                    retrospective_id=retro["id"],
                    note_id=source_note["id"] if source_note else None,
                    text=text,
                    owner=owners[number % len(owners)],
                    due_on=held_on + timedelta(days=14),
                    status=ActionStatus.OPEN.value,
                    carried_from_id=None,
                    review_note="",
                    backlog_item_id=None,
                )
                actions.append(action)
                pending.append(action)
        # The latest retrospective's actions are under way: one started, the rest open.
        if pending:
            pending[0]["status"] = ActionStatus.IN_PROGRESS.value
        # Lessons: the project's share of the library; every other one flagged from a note.
        spec_index = project_index % 5
        for number, (title, text, codes, groups, themes) in enumerate(LESSONS):
            if number % 5 != spec_index and (number + 2) % 5 != spec_index:
                continue
            if not project_notes:
                break
            source, learned_on = project_notes[(number * 7) % len(project_notes)]
            learned = datetime.combine(learned_on, time(15, 0), tzinfo=UTC)
            source_id = None
            if number % 2 == 0:
                flagged = {
                    "id": new_id(),
                    "created_at": learned,
                    "updated_at": learned,
                    "retrospective_id": source["retrospective_id"],
                    "column_key": source["column_key"],
                    "text": title,
                    "votes": 0,
                    "author_initials": rng.choice(VOTERS),
                    "group_name": "",
                    "is_lesson": True,
                    "tags": join_tags(list(themes)),
                }
                notes.append(flagged)
                source_id = flagged["id"]
            lesson = {
                "id": new_id(),
                "created_at": learned,
                "updated_at": learned,
                "title": title,
                "text": text,
                "project_id": project["id"],
                "organisation_id": project["owner_organisation_id"],
                "locality": locality_of.get(project["owner_organisation_id"], ""),
                "target_groups": join_tags(list(groups)),
                "themes": join_tags(list(themes)),
                "source_note_id": source_id,
                "learned_on": learned_on,
            }
            lessons.append(lesson)
            links.extend(
                {"lesson_id": lesson["id"], "method_id": demo.method_ids[code]} for code in codes
            )
    return [
        (Retrospective, retros),
        (RetroNote, notes),
        (RetroVote, votes),
        (RetroAction, actions),
        (Lesson, lessons),
        (lesson_method, links),
    ]
