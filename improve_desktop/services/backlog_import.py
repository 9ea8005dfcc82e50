"""Import a backlog file into a project: plan (a dry run that writes nothing), then commit.

:meth:`BacklogImportService.plan` matches what the file says to the project: a sprint to an
iteration (by name, or by the number in it: "Sprint 3" is iteration 3), labels to the method
catalogue (by code or by the Swedish or English name). Everything that would stop the import
is an error on its row and column; how a value was read is a notice. :meth:`commit` writes
every planned item in one transaction, after the current backlog, or refuses the lot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, insert, select

from improve_desktop.domain.enums import ItemKind, ItemStatus, IterationState
from improve_desktop.domain.ranking import ranks_between
from improve_desktop.imports.backlog_formats import (
    ImportProblem,
    SourceItem,
    SourceRead,
    read_backlog_source,
)
from improve_desktop.imports.tables import read_source
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import Refused
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.store.base import new_id, utc_now
from improve_desktop.store.engine import Store
from improve_desktop.store.models import (
    BacklogItem,
    ItemStatusChange,
    Iteration,
    Method,
    Project,
    backlog_item_method,
)


@dataclass(frozen=True)
class PlannedItem:
    """One item as it will be stored."""

    row: int
    title: str
    description: str
    acceptance_criteria: str
    kind: ItemKind
    status: ItemStatus
    estimate_points: int | None
    iteration_id: str | None
    iteration_number: int | None
    method_ids: tuple[str, ...]
    method_codes: tuple[str, ...]
    done_on: date | None


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do; ``errors`` empty means it can be committed."""

    project_id: str
    project_code: str
    source_format: str
    items: tuple[PlannedItem, ...]
    problems: tuple[ImportProblem, ...]
    skipped: int

    @property
    def errors(self) -> tuple[ImportProblem, ...]:
        return tuple(problem for problem in self.problems if problem.error)

    @property
    def notices(self) -> tuple[ImportProblem, ...]:
        return tuple(problem for problem in self.problems if not problem.error)

    @property
    def can_commit(self) -> bool:
        return not self.errors and bool(self.items)


class BacklogImportService:
    def __init__(self, store: Store, *, today: date | None = None) -> None:
        self._store = store
        self._today = today

    def plan_file(self, project_id: str, path: Path) -> ImportPlan:
        """Read and check ``path``; ``ImportRefused`` when the file cannot be read at all."""
        return self.plan(project_id, read_backlog_source(read_source(path)))

    def plan(self, project_id: str, source: SourceRead) -> ImportPlan:
        today = self._today or date.today()
        with self._store.read() as session:
            project = require(session, Project, project_id, "project")
            iterations = session.execute(
                select(Iteration.id, Iteration.number, Iteration.name, Iteration.state)
                .where(Iteration.project_id == project_id)).all()
            methods = session.execute(
                select(Method.id, Method.code, Method.name_sv, Method.name_en)).all()
            project_code = project.code
        by_name = {str(row.name).casefold(): row for row in iterations if row.name}
        by_number = {row.number: row for row in iterations}
        method_keys: dict[str, tuple[str, str]] = {}
        for method in methods:
            for key in (method.code, method.name_sv, method.name_en):
                method_keys.setdefault(key.casefold(), (method.id, method.code))

        problems = list(source.problems)
        sprint_column = source.headings.get("sprint", "sprint")
        labels_column = source.headings.get("labels", "labels")
        unmatched_labels: dict[str, int] = {}
        planned: list[PlannedItem] = []
        for item in source.items:
            iteration = None
            if item.sprint:
                iteration = by_name.get(item.sprint.casefold())
                if iteration is None:
                    number = re.findall(r"\d+", item.sprint)
                    iteration = by_number.get(int(number[-1])) if number else None
                if iteration is None:
                    problems.append(ImportProblem(item.row, sprint_column, "sprint_unmatched",
                                                  {"value": item.sprint}, error=False))
                elif iteration.state is IterationState.CLOSED and (
                        item.status is not ItemStatus.DONE):
                    problems.append(ImportProblem(item.row, sprint_column, "iteration_closed",
                                                  {"number": iteration.number}, error=False))
                    iteration = None
            matched = [method_keys[label.casefold()] for label in item.labels
                       if label.casefold() in method_keys]
            for label in item.labels:
                if label.casefold() not in method_keys:
                    unmatched_labels[label] = unmatched_labels.get(label, 0) + 1
            planned.append(_planned(item, iteration, matched, today))
        for label, count in sorted(unmatched_labels.items()):
            problems.append(ImportProblem(None, labels_column, "label_unmatched",
                                          {"value": label, "count": count}, error=False))
        # Errors first, then notes; each in the file's order (whole-file notes last).
        problems.sort(key=lambda p: (not p.error, p.row is None, p.row or 0))
        return ImportPlan(project_id, project_code, source.source_format, tuple(planned),
                          tuple(problems), source.skipped)

    def commit(self, plan: ImportPlan, by: str = "") -> Outcome[list[str]]:
        """Store every planned item in one transaction; nothing at all if the plan has errors."""
        if plan.errors:
            raise Refused("import_has_errors",
                          f"the file has {len(plan.errors)} problems; nothing was imported")
        if not plan.items:
            raise Refused("import_empty", "the file holds no items to import")
        now = utc_now()
        with self._store.write() as session:
            require(session, Project, plan.project_id, "project")
            iteration_ids = {item.iteration_id for item in plan.items if item.iteration_id}
            known = set(session.scalars(select(Iteration.id).where(
                Iteration.id.in_(iteration_ids), Iteration.project_id == plan.project_id)))
            method_ids = {mid for item in plan.items for mid in item.method_ids}
            known_methods = set(session.scalars(select(Method.id).where(
                Method.id.in_(method_ids))))
            if known != iteration_ids or known_methods != method_ids:
                raise Refused("import_stale", "the project changed since the file was "
                                              "checked; check the file again")
            last = session.scalar(select(func.max(BacklogItem.rank)).where(
                BacklogItem.project_id == plan.project_id))
            ranks = ranks_between(last, None, len(plan.items))
            rows, links, history = [], [], []
            for item, rank in zip(plan.items, ranks, strict=True):
                item_id = new_id()
                rows.append({
                    "id": item_id, "project_id": plan.project_id,
                    "iteration_id": item.iteration_id, "rank": rank, "title": item.title,
                    "description": item.description,
                    "acceptance_criteria": item.acceptance_criteria, "kind": item.kind,
                    "status": item.status, "estimate_points": item.estimate_points,
                    "done_on": item.done_on, "created_at": now, "updated_at": now,
                })
                links.extend({"item_id": item_id, "method_id": method_id}
                             for method_id in item.method_ids)
                history.append({
                    "id": new_id(), "item_id": item_id, "changed_at": now, "changed_by": by,
                    "from_status": None, "to_status": item.status,
                    "iteration_id": item.iteration_id, "estimate_points": item.estimate_points,
                    "created_at": now, "updated_at": now,
                })
            session.execute(insert(BacklogItem), rows)
            if links:
                session.execute(insert(backlog_item_method), links)
            session.execute(insert(ItemStatusChange), history)
        ids = [row["id"] for row in rows]
        return Outcome(ids, Change.of(EntityKind.BACKLOG_ITEM, *ids))


def _planned(item: SourceItem, iteration: object | None, methods: list[tuple[str, str]],
             today: date) -> PlannedItem:
    done_on = None
    if item.status is ItemStatus.DONE:
        done_on = date.fromisoformat(item.done_on) if item.done_on else today
    unique = dict(methods)
    return PlannedItem(
        row=item.row, title=item.title, description=item.description,
        acceptance_criteria=item.acceptance_criteria, kind=item.kind, status=item.status,
        estimate_points=item.estimate, iteration_id=getattr(iteration, "id", None),
        iteration_number=getattr(iteration, "number", None),
        method_ids=tuple(unique), method_codes=tuple(unique.values()), done_on=done_on)
