"""Aggregated participant figures per project and period (as SUS reports them), and the
column mappings that imports remember per source. No individual is ever stored."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, tuple_

from improve_desktop.domain.results import AGE_BANDS, EXIT_STATUSES, Gender
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.results_schemas import (
    FigureKey,
    FigureReplacement,
    ParticipantFigureRead,
    ParticipantPeriod,
    ParticipantRow,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Project
from improve_desktop.store.results_models import ImportMapping, ParticipantFigure

MAPPING_KIND = "participants"


class ParticipantService:
    """Read and replace a project's participant figures; remember import column mappings."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def figures(self, project_id: str) -> list[ParticipantFigureRead]:
        with self._store.read() as session:
            rows = session.scalars(
                select(ParticipantFigure).where(ParticipantFigure.project_id == project_id)
                .order_by(ParticipantFigure.period_start, ParticipantFigure.gender,
                          ParticipantFigure.age_band))
            # Our own rows: built without validating each field again (a pack reads them all).
            fields = tuple(ParticipantFigureRead.model_fields)
            return [ParticipantFigureRead.model_construct(
                **{name: getattr(row, name) for name in fields}) for row in rows]

    def periods(self, project_id: str) -> list[ParticipantPeriod]:
        """Each period's totals, by gender and by age band, oldest first (raw counts)."""
        return _aggregate(self.figures(project_id))

    def periods_by_project(self) -> list[tuple[str, ParticipantPeriod]]:
        """Every project's periods, as (project code, period), by code and period."""
        with self._store.read() as session:
            rows = session.execute(
                select(Project.code, ParticipantFigure)
                .join(Project, Project.id == ParticipantFigure.project_id)
                .order_by(Project.code, ParticipantFigure.period_start)).all()
            figures: dict[str, list[ParticipantFigureRead]] = {}
            for code, row in rows:
                figures.setdefault(code, []).append(ParticipantFigureRead.model_validate(row))
        return [(code, period) for code, found in figures.items() for period in _aggregate(found)]

    def replace_figures(self, project_id: str, rows: Sequence[ParticipantRow | dict[str, Any]],
                        source: str = "") -> Outcome[FigureReplacement]:
        """Store ``rows`` in one transaction: a row for a period, gender and age band that is
        already there replaces it. All rows are checked before anything is written. The value
        says what was replaced, for ``restore_figures`` (undo)."""
        checked = [validate_input(ParticipantRow, row) for row in rows]
        source = source[:200]
        keys = tuple(dict.fromkeys(FigureKey(period_start=row.period_start, gender=row.gender,
                                             age_band=row.age_band) for row in checked))
        with self._store.write() as session:
            require(session, Project, project_id, "project")
            previous = tuple(ParticipantFigureRead.model_validate(row)
                             for row in session.scalars(_with_keys(project_id, keys, select)))
            if keys:
                session.execute(_with_keys(project_id, keys, delete))
            for row in checked:
                session.add(ParticipantFigure(project_id=project_id, source=source,
                                              **row.model_dump()))
        replacement = FigureReplacement(count=len(checked), keys=keys, previous=previous,
                                        rows=tuple(checked), source=source)
        return Outcome(replacement, Change.of(EntityKind.PARTICIPANTS, project_id))

    def restore_figures(self, project_id: str, keys: Sequence[FigureKey],
                        previous: Sequence[ParticipantFigureRead]) -> Outcome[int]:
        """The inverse of ``replace_figures`` (undo): in one transaction, delete the project's
        rows with ``keys`` and put ``previous`` back as they were (ids, sources, counts, times).
        Returns how many rows were put back."""
        wanted = set(keys)
        for row in previous:
            key = FigureKey(period_start=row.period_start, gender=row.gender,
                            age_band=row.age_band)
            if row.project_id != project_id or key not in wanted:
                raise ValidationFailed.single(
                    "previous", "other_key", "a row to restore is not among the keys replaced")
        with self._store.write() as session:
            require(session, Project, project_id, "project")
            if wanted:
                session.execute(_with_keys(project_id, tuple(wanted), delete))
            for row in previous:
                values = row.model_dump()
                for stamp in ("created_at", "updated_at"):
                    if values[stamp] is None:  # read before the times were kept: new ones
                        del values[stamp]
                session.add(ParticipantFigure(**values))
        return Outcome(len(previous), Change.of(EntityKind.PARTICIPANTS, project_id))

    # -- remembered column mappings -------------------------------------------------------------

    def mapping_for(self, source: str) -> dict[str, str] | None:
        with self._store.read() as session:
            text = session.scalar(select(ImportMapping.columns).where(
                ImportMapping.kind == MAPPING_KIND, ImportMapping.source == source.strip()))
            return dict(json.loads(text)) if text else None

    def mappings(self) -> dict[str, dict[str, str]]:
        """Every remembered mapping, by source."""
        with self._store.read() as session:
            rows = session.execute(select(ImportMapping.source, ImportMapping.columns)
                                   .where(ImportMapping.kind == MAPPING_KIND)
                                   .order_by(ImportMapping.source))
            return {source: dict(json.loads(columns)) for source, columns in rows}

    def remember_mapping(self, source: str, columns: dict[str, str]) -> Outcome[None]:
        source = source.strip()[:200] or "SUS"
        with self._store.write() as session:
            row = session.scalar(select(ImportMapping).where(
                ImportMapping.kind == MAPPING_KIND, ImportMapping.source == source))
            if row is None:
                row = ImportMapping(kind=MAPPING_KIND, source=source)
                session.add(row)
            row.columns = json.dumps(columns, ensure_ascii=False, sort_keys=True)
        return Outcome(None, Change.of(EntityKind.PARTICIPANTS))


def _with_keys(project_id: str, keys: Sequence[FigureKey], statement: Any) -> Any:
    """``select`` or ``delete`` of the project's figures whose key is one of ``keys``."""
    return statement(ParticipantFigure).where(
        ParticipantFigure.project_id == project_id,
        tuple_(ParticipantFigure.period_start, ParticipantFigure.gender,
               ParticipantFigure.age_band).in_(
            [(key.period_start, key.gender.value, key.age_band) for key in keys]))


def _aggregate(figures: Sequence[ParticipantFigureRead]) -> list[ParticipantPeriod]:
    result: dict[Any, dict[str, Any]] = {}
    for row in figures:
        period = result.setdefault((row.period_start, row.period_end), {
            "period_start": row.period_start, "period_end": row.period_end,
            "started": 0, "ended": 0, "exits": dict.fromkeys(EXIT_STATUSES, 0),
            "started_by_gender": dict.fromkeys((g.value for g in Gender), 0),
            "ended_by_gender": dict.fromkeys((g.value for g in Gender), 0),
            "started_by_age": dict.fromkeys(AGE_BANDS, 0),
            "ended_by_age": dict.fromkeys(AGE_BANDS, 0),
        })
        period["started"] += row.started
        period["ended"] += row.ended
        for status in EXIT_STATUSES:
            period["exits"][status] += getattr(row, f"exit_{status}")
        period["started_by_gender"][row.gender.value] += row.started
        period["ended_by_gender"][row.gender.value] += row.ended
        period["started_by_age"][row.age_band] = (
            period["started_by_age"].get(row.age_band, 0) + row.started)
        period["ended_by_age"][row.age_band] = (
            period["ended_by_age"].get(row.age_band, 0) + row.ended)
    return [ParticipantPeriod(**values) for _key, values in sorted(result.items())]
