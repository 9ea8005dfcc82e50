"""The lessons library: lessons in their context, notes flagged as lessons, full-text search
with Swedish prefixes, ranking and filters, and an index that follows every change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from improve_desktop.domain.retrospectives import RetroFormat
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import Refused, ValidationFailed
from improve_desktop.services.iterations import IterationService
from improve_desktop.services.lessons import LessonService, fts_query, stem
from improve_desktop.services.organisations import OrganisationService
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.retrospectives import RetrospectiveService
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Method


@pytest.fixture
def lessons(store: Store) -> LessonService:
    return LessonService(store)


@pytest.fixture
def context(
    store: Store,
    projects: ProjectService,
    project_input: dict[str, Any],
    organisations: OrganisationService,
) -> dict[str, str]:
    """Two projects in two localities and two methods."""
    skelleftea = projects.create_project(project_input).value
    lycksele_org = organisations.create_organisation(
        {"name": "Samordningsförbundet Lycksele", "locality": "Lycksele"}
    ).value
    lycksele = projects.create_project(
        {
            **project_input,
            "code": "LYC-HR",
            "name": "Hälsa som resurs",
            "owner_organisation_id": lycksele_org.id,
        }
    ).value
    with store.write() as session:
        ips = Method(code="IPS", name_sv="IPS", name_en="IPS")
        mi = Method(code="MI", name_sv="MI", name_en="MI")
        session.add_all([ips, mi])
        session.flush()
        method_ids = {"ips": ips.id, "mi": mi.id}
    return {"ske": skelleftea.id, "lyc": lycksele.id, **method_ids}


def ids(hits: list[Any]) -> list[str]:
    return [hit.lesson.id for hit in hits]


def test_fts_query_quotes_words_as_prefixes() -> None:
    assert fts_query("Arbetsträn") == '"arbetsträn"*'
    assert fts_query('unga AND "NEAR" -x:y') == '"unga"* "and"* "near"* "x" "y"'
    assert fts_query("  ,. ") is None
    # Swedish endings come off before the prefix, keeping at least four letters.
    assert fts_query("Arbetsträningen handledarna hembesöket") == (
        '"arbetsträning"* "handled"* "hembesök"*')
    assert stem("unga") == "unga" and stem("tolkar") == "tolk" and stem("möten") == "möten"


def test_lesson_takes_locality_and_organisation_from_its_project(
    lessons: LessonService, context: dict[str, str]
) -> None:
    outcome = lessons.create(
        {
            "title": "Tidig kontakt",
            "project_id": context["lyc"],
            "method_ids": (context["ips"],),
            "themes": ("Samverkan",),
            "learned_on": date(2026, 4, 1),
        }
    )
    lesson = outcome.value
    assert outcome.change.touches(EntityKind.LESSON)
    assert (lesson.locality, lesson.organisation_name, lesson.project_code) == (
        "Lycksele",
        "Samordningsförbundet Lycksele",
        "LYC-HR",
    )
    assert lesson.themes == ("samverkan",)
    assert lesson.method_ids == (context["ips"],)
    with pytest.raises(ValidationFailed):
        lessons.create({"title": "x", "method_ids": ("no-such-method",)})
    with pytest.raises(ValidationFailed):
        lessons.create({"title": " "})


def test_search_prefix_inflection_ranking_and_filters(
    lessons: LessonService, context: dict[str, str]
) -> None:
    def add(title: str, text: str, project: str, **more: Any) -> str:
        return lessons.create(
            {"title": title, "text": text, "project_id": context[project], **more}
        ).value.id

    training = add(
        "Arbetsträningen fungerade med handledare",
        "Deltagarna kom tillbaka.",
        "lyc",
        method_ids=(context["ips"],),
        target_groups=("Unga",),
        learned_on=date(2026, 3, 1),
    )
    in_text = add(
        "Handledning",
        "Vi lärde oss att arbetsträning kräver en fast kontakt.",
        "ske",
        method_ids=(context["mi"],),
        themes=("handledning",),
        learned_on=date(2026, 6, 1),
    )
    other = add("Språkcafé", "Språk och arbete hänger ihop.", "ske", learned_on=date(2026, 9, 1))

    # An inflected Swedish word found by its prefix; the title match ranks first.
    hits = lessons.search({"text": "arbetsträn"})
    assert ids(hits) == [training, in_text]
    assert hits[0].score > hits[1].score > 0
    # An inflected form typed finds the other forms too (its ending is taken off).
    assert ids(lessons.search({"text": "ARBETSTRÄNINGEN"})) == [training, in_text]
    assert training in ids(lessons.search({"text": "handledarna"}))
    # Every word must match, each as a prefix.
    assert ids(lessons.search({"text": "arbetsträn kontakt"})) == [in_text]
    # Filters: locality, method, tag, date, project.
    assert ids(lessons.search({"text": "arbetsträn", "locality": "Skellefteå"})) == [in_text]
    assert ids(lessons.search({"text": "arbetsträn", "method_id": context["ips"]})) == [training]
    assert ids(lessons.search({"text": "", "tag": "UNGA"})) == [training]
    assert ids(lessons.search({"tag": "handledning"})) == [in_text]
    assert ids(lessons.search({"tag": "handled"})) == []  # tags match whole
    assert ids(lessons.search({"learned_from": date(2026, 5, 1)})) == [other, in_text]
    assert ids(lessons.search({"learned_to": date(2026, 5, 1)})) == [training]
    assert ids(lessons.search({"project_id": context["lyc"]})) == [training]
    assert lessons.tags() == ["handledning", "unga"]
    # Found by locality and project name too, and results say where they came from.
    hit = lessons.search({"text": "lycksele"})[0].lesson
    assert (hit.id, hit.project_name, hit.locality) == (training, "Hälsa som resurs", "Lycksele")
    assert ids(lessons.search({"text": "hälsa som"})) == [training]
    # Without words: newest first; no match: nothing.
    assert ids(lessons.search({})) == [other, in_text, training]
    assert lessons.search({"text": "xyzzy"}) == []
    assert lessons.localities() == ["Lycksele", "Skellefteå"]


def test_index_follows_edits_and_deletes(lessons: LessonService, context: dict[str, str]) -> None:
    lesson = lessons.create({"title": "Gruppstart i januari", "project_id": context["ske"]}).value
    assert ids(lessons.search({"text": "gruppstar"})) == [lesson.id]
    lessons.update(
        lesson.id,
        {"title": "Individuell start", "themes": ("Flexibilitet",), "method_ids": (context["mi"],)},
    )
    assert lessons.search({"text": "gruppstart"}) == []
    assert ids(lessons.search({"text": "individ flexib"})) == [lesson.id]
    assert ids(lessons.search({"method_id": context["mi"]})) == [lesson.id]
    lessons.delete(lesson.id)
    assert lessons.search({"text": "individ"}) == []
    assert lessons.search({}) == []


def test_a_note_flagged_as_a_lesson(
    store: Store, lessons: LessonService, context: dict[str, str]
) -> None:
    iteration = IterationService(store).create_iteration({"project_id": context["lyc"]}).value
    retros = RetrospectiveService(store)
    retro = retros.start(
        {"iteration_id": iteration.id, "format": RetroFormat.FOUR_L, "held_on": date(2026, 2, 13)}
    ).value
    note = retros.add_note(
        retro.id,
        {
            "column_key": "learned",
            "text": "Hembesök gav bättre kontakt än telefon",
            "tags": ("Kontakt",),
        },
    ).value
    outcome = lessons.from_note(note.id, target_groups=("Unga vuxna",))
    lesson = outcome.value
    assert outcome.change.touches(EntityKind.LESSON, EntityKind.RETROSPECTIVE)
    assert lesson.title == "Hembesök gav bättre kontakt än telefon"
    assert (lesson.project_id, lesson.locality, lesson.learned_on) == (
        context["lyc"],
        "Lycksele",
        date(2026, 2, 13),
    )
    assert lesson.themes == ("kontakt",)
    assert lesson.source_note_id == note.id
    assert lesson.source_iteration_number == 1
    assert retros.notes(retro.id)[0].is_lesson
    with pytest.raises(Refused):
        lessons.from_note(note.id)
    assert ids(lessons.search({"text": "hembes"})) == [lesson.id]
    lessons.delete(lesson.id)
    assert not retros.notes(retro.id)[0].is_lesson


def test_a_broad_search_ranks_the_most_recent_matches_only(
    lessons: LessonService, context: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from improve_desktop.services import lessons as module

    made = [
        lessons.create({"title": f"Tolk {number}", "text": "Tolkar behövs.",
                        "project_id": context["ske"]}).value.id
        for number in range(5)
    ]
    best = lessons.create({"title": "Tolkning", "text": "Tolk, tolk och tolkar.",
                           "project_id": context["lyc"], "themes": ("tolk",)}).value.id
    assert ids(lessons.search({"text": "tolk"}))[0] == best  # title, tag and text
    # With a bound of three, only the three newest matches are read and ranked.
    monkeypatch.setattr(module, "RANK_AT_MOST", 3)
    hits = lessons.search({"text": "tolk"})
    assert ids(hits)[0] == best and set(ids(hits)) == {best, made[4], made[3]}
    assert lessons.search({"text": "tolk", "locality": "Skellefteå"})[0].lesson.id == made[4]
