"""Recognise where a backlog file comes from and read its rows into :class:`SourceItem`.

Sources: our own template (Swedish or English headings), Jira's CSV export, Trello's CSV and
JSON board exports, and Taiga's user-story CSV export. Each maps its columns onto the same
fields: title, description, acceptance criteria, kind, status, estimate, sprint, labels.
Nothing here touches the store; matching sprints to iterations and labels to methods happens
in :mod:`improve_desktop.services.backlog_import`, which knows the project.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from improve_desktop.domain.enums import ItemKind, ItemStatus
from improve_desktop.imports.tables import ImportRefused, SourceTable

TEMPLATE = "template"
JIRA = "jira"
TRELLO = "trello"
TAIGA = "taiga"
SOURCE_FORMATS = (TEMPLATE, JIRA, TRELLO, TAIGA)


@dataclass(frozen=True)
class ImportProblem:
    """One thing to tell the user about a row (``row`` None: the whole file).

    ``error`` problems stop the import; notices say how something was read.
    """

    row: int | None
    column: str
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    error: bool = True


@dataclass(frozen=True)
class SourceItem:
    """One backlog item as the file has it, before it is matched to the project."""

    row: int
    title: str
    description: str = ""
    acceptance_criteria: str = ""
    kind: ItemKind = ItemKind.STORY
    status: ItemStatus = ItemStatus.TODO
    estimate: int | None = None
    sprint: str = ""
    labels: tuple[str, ...] = ()
    done_on: str = ""  # an ISO date when the source says when it was finished


@dataclass(frozen=True)
class SourceRead:
    source_format: str
    items: tuple[SourceItem, ...]
    problems: tuple[ImportProblem, ...]
    skipped: int = 0  # archived cards and the like, left out on purpose
    # our field → the file's heading for it, so that problems found later name the column
    headings: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


# Our template's headings, English and Swedish, onto our fields.
TEMPLATE_COLUMNS = {
    "title": ("title", "titel", "rubrik"),
    "description": ("description", "beskrivning"),
    "acceptance_criteria": ("acceptance criteria", "acceptanskriterier"),
    "kind": ("kind", "typ"),
    "status": ("status",),
    "estimate": ("estimate", "estimate (points)", "uppskattning", "uppskattning (poäng)",
                 "points", "poäng"),
    "sprint": ("iteration", "sprint"),
    "labels": ("methods", "metoder"),
}
JIRA_COLUMNS = {
    "title": ("summary",),
    "description": ("description",),
    "acceptance_criteria": ("custom field (acceptance criteria)", "acceptance criteria"),
    "kind": ("issue type",),
    "status": ("status",),
    "estimate": ("custom field (story points)", "story points",
                 "custom field (story point estimate)", "story point estimate"),
    "sprint": ("sprint",),
    "labels": ("labels",),
    "done_on": ("resolved",),
}
TRELLO_COLUMNS = {
    "title": ("card name",),
    "description": ("card description",),
    "status": ("list name",),
    "labels": ("labels",),
    "archived": ("archived",),
}
TAIGA_COLUMNS = {
    "title": ("subject",),
    "description": ("description",),
    "status": ("status",),
    "closed": ("is_closed",),
    "estimate": ("total-points", "total_points", "points"),
    "sprint": ("sprint",),
    "labels": ("tags",),
    "done_on": ("finish_date", "finished_date"),
}

_DONE_WORDS = {"done", "closed", "resolved", "fixed", "complete", "completed", "finished",
               "klar", "klart", "klara", "avslutad", "avslutat", "färdig", "färdigt", "gjort"}
_PROGRESS_WORDS = {"in progress", "doing", "in review", "review", "ready for test", "testing",
                   "in test", "pågår", "pågående", "påbörjad", "påbörjat", "under arbete",
                   "granskning", "test"}
_TODO_WORDS = {"to do", "todo", "backlog", "open", "new", "ready", "selected for development",
               "att göra", "ny", "öppen", "planerad", "idéer", "ideas", ""}
_KIND_WORDS = {
    ItemKind.STORY: {"story", "user story", "berättelse", "epic", "användarberättelse"},
    ItemKind.ACTIVITY: {"activity", "aktivitet"},
    ItemKind.TASK: {"task", "sub-task", "subtask", "uppgift", "deluppgift", "bug", "fel"},
    ItemKind.IMPROVEMENT: {"improvement", "förbättring", "new feature", "feature"},
    ItemKind.RISK: {"risk"},
}


def read_backlog_source(table: SourceTable) -> SourceRead:
    """The items of ``table`` in whichever known format it is; refused when none fits."""
    if table.kind == "json":
        return _read_trello_json(table.document)
    lowered = [heading.casefold() for heading in table.headers]
    reader: Callable[[SourceTable, dict[str, list[int]]], SourceRead]
    if "summary" in lowered and ({"issue key", "issue type", "issue id"} & set(lowered)):
        columns, reader = _columns(lowered, JIRA_COLUMNS), _read_jira
    elif "card name" in lowered:
        columns, reader = _columns(lowered, TRELLO_COLUMNS), _read_trello_csv
    elif "subject" in lowered and ({"ref", "sprint", "total-points", "is_closed"} & set(lowered)):
        columns, reader = _columns(lowered, TAIGA_COLUMNS), _read_taiga
    elif {"title", "titel", "rubrik"} & set(lowered):
        columns, reader = _columns(lowered, TEMPLATE_COLUMNS), _read_template
    else:
        raise ImportRefused("unknown_format", columns=", ".join(table.headers[:8]))
    return reader(table, columns)


def _columns(lowered: Sequence[str], names: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """Field → the positions of its columns (Jira repeats Sprint and Labels columns)."""
    found: dict[str, list[int]] = {}
    for key, aliases in names.items():
        for alias in aliases:
            positions = [index for index, heading in enumerate(lowered) if heading == alias]
            if positions:
                found[key] = positions
                break
    return found


class _RowReader:
    """Reads the fields of one row, collecting its problems."""

    def __init__(self, table: SourceTable, columns: dict[str, list[int]], index: int,
                 problems: list[ImportProblem]) -> None:
        self.row = table.row_numbers[index]
        self.values = table.rows[index]
        self.headers = table.headers
        self.columns = columns
        self.problems = problems

    def heading(self, key: str) -> str:
        positions = self.columns.get(key)
        return self.headers[positions[0]] if positions else key

    def all(self, key: str) -> list[str]:
        return [self.values[i].strip() for i in self.columns.get(key, ())
                if i < len(self.values) and self.values[i].strip()]

    def one(self, key: str) -> str:
        values = self.all(key)
        return values[-1] if values else ""  # Jira lists past sprints first

    def problem(self, key: str, code: str, *, error: bool = True, **params: Any) -> None:
        self.problems.append(ImportProblem(self.row, self.heading(key), code, params, error))

    def title(self) -> str:
        title = self.one("title")
        for code, params in _title_problems(title):
            self.problem("title", code, **params)
        return title

    def text(self, key: str) -> str:
        value = "\n".join(self.all(key))
        for code, params in _length_problems(value, TEXT_LIMIT):
            self.problem(key, code, **params)
        return value

    def estimate(self) -> int | None:
        return read_estimate(self.one("estimate"), lambda code, **params: self.problem(
            "estimate", code, error=code != "estimate_rounded", **params))

    def status(self, *, closed: bool = False, quiet: bool = False) -> ItemStatus:
        value = self.one("status")
        status = read_status(value)
        if closed:
            return ItemStatus.DONE
        if status is None:
            if not quiet:
                self.problem("status", "status_guessed", error=False, value=value)
            return ItemStatus.TODO
        return status

    def kind(self) -> ItemKind:
        value = self.one("kind")
        kind = read_kind(value)
        if kind is None:
            self.problem("kind", "kind_guessed", error=False, value=value)
            return ItemKind.STORY
        return kind

    def labels(self, *, split: str = "") -> tuple[str, ...]:
        labels: list[str] = []
        for value in self.all("labels"):
            parts = re.split(split, value) if split else [value]
            labels.extend(part.strip() for part in parts if part.strip())
        return tuple(dict.fromkeys(labels))


TITLE_LIMIT = 200  # as BacklogItemCreate's title
TEXT_LIMIT = 20_000  # as its description and acceptance criteria


def _length_problems(text: str, limit: int) -> list[tuple[str, dict[str, Any]]]:
    return [("too_long", {"length": len(text), "limit": limit})] if len(text) > limit else []


def _title_problems(title: str) -> list[tuple[str, dict[str, Any]]]:
    return [("title_missing", {})] if not title else _length_problems(title, TITLE_LIMIT)


def read_status(value: str) -> ItemStatus | None:
    word = " ".join(value.casefold().replace("_", " ").replace("-", " ").split())
    if word in _DONE_WORDS:
        return ItemStatus.DONE
    if word in _PROGRESS_WORDS:
        return ItemStatus.IN_PROGRESS
    if word in _TODO_WORDS:
        return ItemStatus.TODO
    for status in ItemStatus:
        if word == status.value.replace("_", " "):
            return status
    return None


def read_kind(value: str) -> ItemKind | None:
    word = value.casefold().strip()
    if not word:
        return ItemKind.STORY
    for kind, words in _KIND_WORDS.items():
        if word in words or word == kind.value:
            return kind
    return None


def read_estimate(value: str, report: Callable[..., None]) -> int | None:
    """Whole points from ``value`` ("3", "2,5", "5.0"); fractions are rounded up, with a notice."""
    text = value.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
    if not text or text == "?":
        return None
    try:
        number = float(text)
    except ValueError:
        report("bad_estimate", value=value)
        return None
    if math.isnan(number) or number < 0 or number > 1000:
        report("estimate_range", value=value)
        return None
    whole = int(-(-number // 1))
    if whole != number:
        report("estimate_rounded", value=value, rounded=whole)
    return whole


def _read_rows(table: SourceTable, columns: dict[str, list[int]], source_format: str,
               read_one: Callable[[_RowReader], SourceItem | None]) -> SourceRead:
    if "title" not in columns:
        raise ImportRefused("no_title_column")
    problems: list[ImportProblem] = []
    items: list[SourceItem] = []
    skipped = 0
    for index in range(len(table.rows)):
        item = read_one(_RowReader(table, columns, index, problems))
        if item is None:
            skipped += 1
        else:
            items.append(item)
    headings = {key: table.headers[positions[0]] for key, positions in columns.items()}
    return SourceRead(source_format, tuple(items), tuple(problems), skipped, headings)


def _read_template(table: SourceTable, columns: dict[str, list[int]]) -> SourceRead:
    def read(row: _RowReader) -> SourceItem:
        return SourceItem(
            row=row.row, title=row.title(), description=row.text("description"),
            acceptance_criteria=row.text("acceptance_criteria"), kind=row.kind(),
            status=row.status(), estimate=row.estimate(), sprint=row.one("sprint"),
            labels=row.labels(split=r"[;,]"))
    return _read_rows(table, columns, TEMPLATE, read)


def _read_jira(table: SourceTable, columns: dict[str, list[int]]) -> SourceRead:
    def read(row: _RowReader) -> SourceItem:
        return SourceItem(
            row=row.row, title=row.title(), description=row.text("description"),
            acceptance_criteria=row.text("acceptance_criteria"), kind=row.kind(),
            status=row.status(), estimate=row.estimate(), sprint=row.one("sprint"),
            labels=row.labels(split=r"\s+"), done_on=_iso_date(row.one("done_on")))
    return _read_rows(table, columns, JIRA, read)


_TRELLO_LABEL_COLOUR = re.compile(r"\s*\((green|yellow|orange|red|purple|blue|sky|lime|pink|"
                                  r"black|[a-z_]+)\)\s*$")
_TRELLO_POINTS = re.compile(r"^\((\d+(?:[.,]\d+)?)\)\s*")


def _trello_item(row: int, name: str, description: str, list_name: str,
                 labels: Sequence[str], problems: list[ImportProblem]) -> SourceItem:
    # "Scrum for Trello" writes the estimate in front of the card's name: "(3) Ring remittenter".
    estimate: int | None = None
    points = _TRELLO_POINTS.match(name)
    if points:
        name = name[points.end():]
        estimate = read_estimate(points.group(1), lambda code, **params: problems.append(
            ImportProblem(row, "name", code, params, code != "estimate_rounded")))
    problems.extend(ImportProblem(row, "name", code, params)
                    for code, params in _title_problems(name.strip()))
    problems.extend(ImportProblem(row, "desc", code, params)
                    for code, params in _length_problems(description, TEXT_LIMIT))
    # A Trello list is any column of the board; only the usual names say a status.
    status = read_status(list_name) or ItemStatus.TODO
    return SourceItem(row=row, title=name.strip(), description=description.strip(),
                      status=status, estimate=estimate, labels=tuple(dict.fromkeys(labels)))


def _read_trello_csv(table: SourceTable, columns: dict[str, list[int]]) -> SourceRead:
    problems: list[ImportProblem] = []

    def read(row: _RowReader) -> SourceItem | None:
        if row.one("archived").casefold() == "true":
            return None
        labels = [_TRELLO_LABEL_COLOUR.sub("", part).strip()
                  for part in row.one("labels").split(",") if part.strip()]
        item = _trello_item(row.row, row.one("title"), row.text("description"),
                            row.one("status"), [label for label in labels if label], problems)
        return item

    read_result = _read_rows(table, columns, TRELLO, read)
    return SourceRead(TRELLO, read_result.items, read_result.problems + tuple(problems),
                      read_result.skipped, read_result.headings)


def _read_trello_json(document: Any) -> SourceRead:
    if not (isinstance(document, dict) and isinstance(document.get("cards"), list)
            and isinstance(document.get("lists"), list)):
        raise ImportRefused("unknown_json")
    lists: dict[str, tuple[str, bool]] = {}
    for entry in document["lists"]:
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            lists[entry["id"]] = (str(entry.get("name") or ""), bool(entry.get("closed")))
    problems: list[ImportProblem] = []
    items: list[SourceItem] = []
    skipped = 0
    for number, card in enumerate(document["cards"], start=1):
        if not isinstance(card, dict):
            problems.append(ImportProblem(number, "cards", "bad_card"))
            continue
        list_name, list_closed = lists.get(str(card.get("idList")), ("", False))
        if card.get("closed") or list_closed:
            skipped += 1
            continue
        name, description = card.get("name"), card.get("desc", "")
        if not isinstance(name, str) or not isinstance(description, str | None):
            problems.append(ImportProblem(number, "name", "bad_card"))
            continue
        labels = [str(label.get("name") or "").strip() for label in card.get("labels") or ()
                  if isinstance(label, dict)]
        items.append(_trello_item(number, name, description or "", list_name,
                                  [label for label in labels if label], problems))
    return SourceRead(TRELLO, tuple(items), tuple(problems), skipped, {"labels": "labels"})


def _read_taiga(table: SourceTable, columns: dict[str, list[int]]) -> SourceRead:
    def read(row: _RowReader) -> SourceItem:
        closed = row.one("closed").casefold() in ("true", "1", "yes")
        return SourceItem(
            row=row.row, title=row.title(), description=row.text("description"),
            status=row.status(closed=closed), estimate=row.estimate(), sprint=row.one("sprint"),
            labels=row.labels(split=r","), done_on=_iso_date(row.one("done_on")))
    return _read_rows(table, columns, TAIGA, read)


def _iso_date(value: str) -> str:
    """The day of an ISO timestamp ("2026-03-14 10:12") or of Jira's "14/Mar/26 10:12 AM"."""
    value = value.strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if match:
        return match.group(1)
    for layout in ("%d/%b/%y %I:%M %p", "%d/%b/%y %H:%M", "%d/%b/%y"):
        try:
            return datetime.strptime(value, layout).date().isoformat()
        except ValueError:
            continue
    return ""
