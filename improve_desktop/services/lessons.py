"""The lessons library: write a lesson or flag a retrospective note as one; search them all.

Search runs on the FTS5 table ``lesson_fts`` (revision 0003), which triggers keep in step
with ``lesson``. Each word typed loses a Swedish ending and is a prefix, and all must match
("arbetsträn" and "arbetsträningar" find "arbetsträningen"); hits are ranked here (see
``score``) with the title weighing most, then tags, locality and project, then the text,
over at most RANK_AT_MOST matches, so that every keystroke is bounded. Filters (locality,
method, tag, project, dates) are plain SQL on the lesson row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from improve_desktop.domain.retrospectives import join_tags, split_tags
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import NotFound, Refused, ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.retro_schemas import (
    LessonCreate,
    LessonHit,
    LessonQuery,
    LessonRead,
    LessonUpdate,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Iteration, Method, Organisation, Project
from improve_desktop.store.retro_models import Lesson, RetroNote, Retrospective, lesson_method

# Weights of the searched columns in the ranking: title, tags, locality, project, text.
_WEIGHTS = (5.0, 3.0, 2.0, 2.0, 1.0)
_WORD = re.compile(r"\w+")

_SELECT = (
    "SELECT l.id, l.title, l.text, l.project_id, coalesce(p.code, ''), coalesce(p.name, ''), "
    "l.organisation_id, coalesce(o.name, ''), l.locality, l.target_groups, l.themes, "
    "l.learned_on, l.source_note_id, i.number"
)
_JOINS = (
    " LEFT JOIN project p ON p.id = l.project_id"
    " LEFT JOIN organisation o ON o.id = l.organisation_id"
    " LEFT JOIN retro_note n ON n.id = l.source_note_id"
    " LEFT JOIN retrospective r ON r.id = n.retrospective_id"
    " LEFT JOIN iteration i ON i.id = r.iteration_id"
)


# Swedish inflectional endings, longest first. A typed word loses one of these before it is
# used as a prefix, so that "arbetsträningen" also finds "arbetsträningar" and "handledarna"
# finds "handledare" (the index itself stores words as written).
_ENDINGS = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "arens",
            "ens", "ets", "ar", "er", "or", "en", "et", "na", "s")
_MIN_STEM = 4


def stem(word: str) -> str:
    """The word without one Swedish inflectional ending, if at least four letters remain."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def query_terms(text: str) -> list[tuple[str, bool]]:
    """The words searched for: (stemmed word, matched as a prefix), in the order typed."""
    return [(stem(word), True) if len(word) > 1 else (word, False)
            for word in _WORD.findall(text.lower())]


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed: every word a quoted prefix, all required.

    Quoting each word keeps FTS5's operators (AND, NEAR, ``:``, ``-``) out of user input.
    Each word is first stemmed (see ``stem``). A single letter is matched as a whole word:
    as a prefix it would match nearly every lesson and say nothing. None when there are no
    words.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join(f'"{word}"*' if prefix else f'"{word}"' for word, prefix in terms)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.LESSON, *ids)


class LessonService:
    """Write, change and find lessons across projects, organisations and localities."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading --------------------------------------------------------------------------------

    def get(self, lesson_id: str) -> LessonRead:
        with self._store.read() as session:
            found = _read(session, " WHERE l.id = ?", (lesson_id,))
        if not found:
            raise NotFound("lesson", lesson_id)
        return found[0]

    def localities(self) -> list[str]:
        """Every locality that has a lesson or an organisation, for the search filter."""
        with self._store.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT locality FROM lesson WHERE locality != '' UNION "
                "SELECT locality FROM organisation WHERE locality != '' ORDER BY 1"
            )
            return [row[0] for row in rows]

    def tags(self) -> list[str]:
        """Every target group and theme used on a lesson, for the search filter."""
        with self._store.read() as session:
            rows = session.connection().exec_driver_sql(
                "SELECT DISTINCT target_groups FROM lesson WHERE target_groups != '' UNION "
                "SELECT DISTINCT themes FROM lesson WHERE themes != ''"
            )
            found = {tag for (text,) in rows for tag in split_tags(text)}
        return sorted(found, key=str.casefold)

    def search(self, query: LessonQuery | dict[str, Any]) -> list[LessonHit]:
        """Lessons matching the words and filters, best first (newest first without words).

        The ranking runs inside FTS5 alone and only the hits shown are joined to their
        project, organisation and source; locality and tag filters are also given to FTS5
        (as column phrases) so that fewer rows reach the exact SQL filters.
        """
        values = validate_input(LessonQuery, query)
        match = fts_query(values.text)
        conditions: list[str] = []
        parameters: list[Any] = []
        if values.locality:
            conditions.append("l.locality = ?")
            parameters.append(values.locality)
        if values.project_id:
            conditions.append("l.project_id = ?")
            parameters.append(values.project_id)
        if values.method_id:
            conditions.append(
                "EXISTS (SELECT 1 FROM lesson_method m WHERE m.lesson_id = l.id "
                "AND m.method_id = ?)"
            )
            parameters.append(values.method_id)
        tag = join_tags([values.tag]) if values.tag else ""
        if tag:
            conditions.append(
                "(instr(', ' || l.target_groups || ', ', ?) > 0 "
                "OR instr(', ' || l.themes || ', ', ?) > 0)"
            )
            parameters += [f", {tag}, ", f", {tag}, "]
        if values.learned_from:
            conditions.append("l.learned_on >= ?")
            parameters.append(values.learned_from.isoformat())
        if values.learned_to:
            conditions.append("l.learned_on <= ?")
            parameters.append(values.learned_to.isoformat())
        where = (" WHERE " + " AND ".join(conditions)) if conditions else ""
        with self._store.read() as session:
            connection = session.connection()
            if match is None:
                rows = connection.exec_driver_sql(
                    f"{_SELECT}, 0.0 FROM lesson l{_JOINS}{where} "
                    "ORDER BY l.learned_on DESC, l.title LIMIT ?",
                    (*parameters, values.limit),
                ).fetchall()
                lessons = _build(session, [row[:-1] for row in rows])
                return [LessonHit(lesson=lesson, score=0.0) for lesson in lessons]
            filters = ""
            if values.locality:
                filters += f" AND locality : {_phrase(values.locality)}"
            if tag:
                filters += f" AND tags : {_phrase(tag)}"
            ranked = _rank(connection, match, query_terms(values.text), filters, where,
                           parameters, values.limit)
            if not ranked:
                return []
            marks = ", ".join("?" for _ in ranked)
            found = {
                lesson.id: lesson
                for lesson in _read(
                    session, f" WHERE l.id IN ({marks})", tuple(row[0] for row in ranked)
                )
            }
        return [
            LessonHit(lesson=found[lesson_id], score=float(value))
            for lesson_id, value in ranked
            if lesson_id in found
        ]

    # -- writing --------------------------------------------------------------------------------

    def create(self, data: LessonCreate | dict[str, Any]) -> Outcome[LessonRead]:
        values = validate_input(LessonCreate, data)
        with self._store.write() as session:
            lesson_id = _create(session, values)
        return Outcome(self.get(lesson_id), _changed(lesson_id))

    def from_note(
        self,
        note_id: str,
        title: str | None = None,
        method_ids: tuple[str, ...] = (),
        target_groups: tuple[str, ...] = (),
    ) -> Outcome[LessonRead]:
        """Flag a retrospective note as a lesson and write the lesson, in its context.

        The project, its organisation and locality come from the retrospective's iteration;
        the note's tags become the themes; the date is the retrospective's.
        """
        with self._store.write() as session:
            note = require(session, RetroNote, note_id, "note")
            if session.scalar(select(Lesson.id).where(Lesson.source_note_id == note_id)):
                raise Refused("already_a_lesson", "the note is already a lesson")
            retro = session.get(Retrospective, note.retrospective_id)
            assert retro is not None
            iteration = session.get(Iteration, retro.iteration_id)
            assert iteration is not None
            heading = title if title is not None else _title_from(note.text)
            values = validate_input(
                LessonCreate,
                {
                    "title": heading,
                    "text": note.text,
                    "project_id": iteration.project_id,
                    "method_ids": method_ids,
                    "target_groups": target_groups,
                    "themes": split_tags(note.tags),
                    "learned_on": retro.held_on,
                    "source_note_id": note.id,
                },
            )
            lesson_id = _create(session, values)
            note.is_lesson = True
            note.updated_at = utc_now()
            retrospective_id = retro.id
        change = _changed(lesson_id) | Change.of(
            EntityKind.RETROSPECTIVE, retrospective_id, note_id
        )
        return Outcome(self.get(lesson_id), change)

    def update(self, lesson_id: str, data: LessonUpdate | dict[str, Any]) -> Outcome[LessonRead]:
        values = validate_input(LessonUpdate, data)
        with self._store.write() as session:
            lesson = require(session, Lesson, lesson_id, "lesson")
            for field in ("title", "text", "locality", "learned_on"):
                value = getattr(values, field)
                if value is not None:
                    setattr(lesson, field, value)
            if values.target_groups is not None:
                lesson.target_groups = join_tags(values.target_groups)
            if values.themes is not None:
                lesson.themes = join_tags(values.themes)
            if values.method_ids is not None:
                _check_methods(session, values.method_ids)
                session.execute(delete(lesson_method).where(lesson_method.c.lesson_id == lesson_id))
                _link_methods(session, lesson_id, values.method_ids)
            lesson.updated_at = utc_now()
        return Outcome(self.get(lesson_id), _changed(lesson_id))

    def delete(self, lesson_id: str) -> Outcome[None]:
        """Remove a lesson; a note it came from is no longer flagged."""
        with self._store.write() as session:
            lesson = require(session, Lesson, lesson_id, "lesson")
            change = _changed(lesson_id)
            if lesson.source_note_id is not None:
                note = session.get(RetroNote, lesson.source_note_id)
                if note is not None:
                    note.is_lesson = False
                    note.updated_at = utc_now()
                    change = change | Change.of(EntityKind.RETROSPECTIVE, note.id)
            session.delete(lesson)
        return Outcome(None, change)


# -- ranking ------------------------------------------------------------------------------------

# One keystroke reads at most this many matching index rows, newest first, and ranks them
# here. FTS5's bm25 was dearer than the target allows: for a prefix it first counts every
# lesson holding any word with that prefix (its IDF), a pass over half the library for
# "arbe" in the benchmark, before scoring a single row. Up to this many matches the ranking
# covers them all; beyond, it is the best of the most recent ones (type more to narrow).
RANK_AT_MOST = 400
_TEXT_SATURATION = 3  # more mentions in the text than this say nothing more


def score(columns: tuple[str, str, str, str, str], patterns: list[re.Pattern[str]]) -> float:
    """A small, explainable ranking: for each word searched, its mentions in each column
    (at most three count) times the column's weight, the text's share shrunk for long texts."""
    total = 0.0
    for weight, (number, text) in zip(_WEIGHTS, enumerate(columns), strict=True):
        if not text:
            continue
        lowered = text.lower()
        found = float(sum(min(_TEXT_SATURATION, len(pattern.findall(lowered)))
                          for pattern in patterns))
        if number == 4:  # the text: a long text mentions anything more often
            found = found / (1.0 + len(lowered) / 600.0)
        total += weight * found
    return total


def _rank(connection: Any, match: str, terms: list[tuple[str, bool]], filters: str, where: str,
          parameters: list[Any], limit: int) -> list[tuple[str, float]]:
    """The ids and scores (higher is better) of the best ``limit`` lessons.

    One statement: the FTS5 match (with locality and tag filters as column phrases, and
    other filters checked on the lesson row) read newest first, at most RANK_AT_MOST rows
    with only the columns ranked; the details of the hits shown are read afterwards.
    """
    patterns = [re.compile(r"\b" + re.escape(word) + ("" if prefix else r"\b"))
                for word, prefix in terms]
    join = f" JOIN lesson l ON l.id = lesson_fts.lesson_id{where} AND " if where else " WHERE "
    rows = connection.exec_driver_sql(
        "SELECT lesson_fts.lesson_id, lesson_fts.title, lesson_fts.tags, lesson_fts.locality, "
        f"lesson_fts.project, lesson_fts.text FROM lesson_fts{join}lesson_fts MATCH ? "
        "ORDER BY lesson_fts.rowid DESC LIMIT ?",
        (*parameters, match + filters, RANK_AT_MOST)).fetchall()
    # Newest first among equals: the rows come newest first and the sort is stable.
    scored = sorted(((row[0], score(tuple(row[1:]), patterns)) for row in rows),
                    key=lambda hit: -hit[1])
    return scored[:limit]


# -- helpers ------------------------------------------------------------------------------------


def _title_from(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= 120 else first[:119].rstrip() + "…"


def _create(session: Session, values: LessonCreate) -> str:
    organisation_id = values.organisation_id
    locality = values.locality
    if values.project_id is not None:
        project = session.get(Project, values.project_id)
        if project is None:
            raise ValidationFailed.single("project_id", "unknown", "no such project")
        organisation_id = organisation_id or project.owner_organisation_id
    if organisation_id is not None:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ValidationFailed.single("organisation_id", "unknown", "no such organisation")
        if locality is None:
            locality = organisation.locality
    if values.source_note_id is not None and session.get(RetroNote, values.source_note_id) is None:
        raise ValidationFailed.single("source_note_id", "unknown", "no such note")
    _check_methods(session, values.method_ids)
    now = utc_now()
    lesson = Lesson(
        id=new_id(),
        title=values.title,
        text=values.text,
        project_id=values.project_id,
        organisation_id=organisation_id,
        locality=locality or "",
        target_groups=join_tags(values.target_groups),
        themes=join_tags(values.themes),
        source_note_id=values.source_note_id,
        learned_on=values.learned_on or date.today(),
        created_at=now,
        updated_at=now,
    )
    session.add(lesson)
    session.flush()
    _link_methods(session, lesson.id, values.method_ids)
    return lesson.id


def _check_methods(session: Session, method_ids: tuple[str, ...]) -> None:
    if not method_ids:
        return
    known = set(session.scalars(select(Method.id).where(Method.id.in_(method_ids))))
    if unknown := [method_id for method_id in method_ids if method_id not in known]:
        raise ValidationFailed.single(
            "method_ids", "unknown", "no such method", ids=", ".join(unknown)
        )


def _link_methods(session: Session, lesson_id: str, method_ids: tuple[str, ...]) -> None:
    unique = list(dict.fromkeys(method_ids))
    if unique:
        session.execute(
            insert(lesson_method),
            [{"lesson_id": lesson_id, "method_id": method} for method in unique],
        )


def _read(session: Session, where: str, parameters: tuple[Any, ...]) -> list[LessonRead]:
    rows = (
        session.connection()
        .exec_driver_sql(f"{_SELECT} FROM lesson l{_JOINS}{where}", parameters)
        .fetchall()
    )
    return _build(session, rows)


def _build(session: Session, rows: Any) -> list[LessonRead]:
    if not rows:
        return []
    ids = [row[0] for row in rows]
    methods: dict[str, list[str]] = defaultdict(list)
    marks = ", ".join("?" for _ in ids)
    for lesson_id, method_id in session.connection().exec_driver_sql(
        f"SELECT lesson_id, method_id FROM lesson_method WHERE lesson_id IN ({marks})", tuple(ids)
    ):
        methods[lesson_id].append(method_id)
    return [
        LessonRead(
            id=row[0],
            title=row[1],
            text=row[2],
            project_id=row[3],
            project_code=row[4],
            project_name=row[5],
            organisation_id=row[6],
            organisation_name=row[7],
            locality=row[8],
            method_ids=tuple(sorted(methods.get(row[0], ()))),
            target_groups=split_tags(row[9]),
            themes=split_tags(row[10]),
            learned_on=date.fromisoformat(row[11]),
            source_note_id=row[12],
            source_iteration_number=row[13],
        )
        for row in rows
    ]
