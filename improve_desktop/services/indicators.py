"""Indicators (nyckeltal): the starter set, measurements per iteration, reference values, status."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from improve_desktop.domain.results import (
    STARTER_INDICATORS,
    elapsed_share,
    indicator_status,
    target_side_problem,
)
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.results_schemas import (
    IndicatorCreate,
    IndicatorProgress,
    IndicatorRead,
    IndicatorSnapshot,
    IndicatorUpdate,
    MeasurementInput,
    MeasurementRead,
    ReferenceInput,
    ReferenceRead,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Iteration, Project
from improve_desktop.store.results_models import (
    Indicator,
    LogicNode,
    Measurement,
    ReferenceValue,
)


def _changed(*ids: str) -> Change:
    return Change.of(EntityKind.INDICATOR, *ids)


class IndicatorService:
    """Define a project's indicators, record their values, and say how they stand."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reading --------------------------------------------------------------------------------

    def list_for_project(self, project_id: str) -> list[IndicatorRead]:
        with self._store.read() as session:
            return [IndicatorRead.model_validate(row) for row in _indicators(session, project_id)]

    def get(self, indicator_id: str) -> IndicatorRead:
        with self._store.read() as session:
            return IndicatorRead.model_validate(
                require(session, Indicator, indicator_id, "indicator"))

    def progress(self, project_id: str, today: date | None = None) -> list[IndicatorProgress]:
        """Every indicator with its measurements (in iteration/date order) and its status.

        The status is judged against the share of the project's period that has passed, so
        that a three-year target is not "off track" in the first quarter.
        """
        today = today or date.today()
        with self._store.read() as session:
            project = require(session, Project, project_id, "project")
            expected = elapsed_share(project.start_date, project.end_date, today)
            indicators = _indicators(session, project_id)
            ids = [row.id for row in indicators]
            measured: dict[str, list[MeasurementRead]] = {}
            for measurement, number in session.execute(
                    select(Measurement, Iteration.number)
                    .outerjoin(Iteration, Iteration.id == Measurement.iteration_id)
                    .where(Measurement.indicator_id.in_(ids))
                    .order_by(Measurement.measured_on, Iteration.number)):
                measured.setdefault(measurement.indicator_id, []).append(
                    _measurement(measurement, number))
            references: dict[str, list[ReferenceRead]] = {}
            for ref in session.scalars(select(ReferenceValue)
                                       .where(ReferenceValue.indicator_id.in_(ids))
                                       .order_by(ReferenceValue.created_at)):
                references.setdefault(ref.indicator_id, []).append(
                    ReferenceRead.model_validate(ref))
            result = []
            for row in indicators:
                values = measured.get(row.id, [])
                latest = values[-1].value if values else None
                result.append(IndicatorProgress(
                    indicator=IndicatorRead.model_validate(row),
                    measurements=tuple(values),
                    references=tuple(references.get(row.id, ())),
                    latest=latest,
                    status=indicator_status(latest, row.baseline, row.target, row.direction,
                                            expected),
                    expected_share=expected,
                ))
            return result

    # -- indicators -----------------------------------------------------------------------------

    def create(self, data: IndicatorCreate | dict[str, Any]) -> Outcome[IndicatorRead]:
        values = validate_input(IndicatorCreate, data)
        _check_target(values.baseline, values.target, values.direction)
        with self._store.write() as session:
            require(session, Project, values.project_id, "project")
            if values.node_id is not None:
                _check_node(session, values.project_id, values.node_id)
            row = Indicator(**values.model_dump(),
                            position=_next_position(session, values.project_id))
            session.add(row)
            session.flush()
            read = IndicatorRead.model_validate(row)
        return Outcome(read, _changed(read.id))

    def add_starter_set(self, project_id: str, language: str = "sv") -> Outcome[list[IndicatorRead]]:
        """The six starter indicators, except those the project already has (by key)."""
        with self._store.write() as session:
            require(session, Project, project_id, "project")
            have = set(session.scalars(select(Indicator.key).where(
                Indicator.project_id == project_id)))
            position = _next_position(session, project_id)
            created = []
            for starter in STARTER_INDICATORS:
                if starter.key in have:
                    continue
                row = Indicator(project_id=project_id, key=starter.key,
                                name=starter.name_sv if language == "sv" else starter.name_en,
                                unit=starter.unit, direction=starter.direction,
                                source=starter.source, position=position)
                position += 1
                session.add(row)
                created.append(row)
            session.flush()
            reads = [IndicatorRead.model_validate(row) for row in created]
        return Outcome(reads, _changed(*(read.id for read in reads)))

    def update(self, indicator_id: str,
               data: IndicatorUpdate | dict[str, Any]) -> Outcome[IndicatorRead]:
        values = validate_input(IndicatorUpdate, data)
        with self._store.write() as session:
            row = require(session, Indicator, indicator_id, "indicator")
            given = values.model_dump(exclude_unset=True)
            for name in ("name", "unit", "direction", "source", "baseline", "target"):
                if name in given:
                    setattr(row, name, given[name])
            if values.clear_node:
                row.node_id = None
            elif values.node_id is not None:
                _check_node(session, row.project_id, values.node_id)
                row.node_id = values.node_id
            _check_target(row.baseline, row.target, row.direction)
            read = IndicatorRead.model_validate(row)
        return Outcome(read, _changed(indicator_id))

    def delete(self, indicator_id: str) -> Outcome[IndicatorSnapshot]:
        """Delete an indicator with its values; the snapshot lets undo bring it all back."""
        with self._store.write() as session:
            row = require(session, Indicator, indicator_id, "indicator")
            snapshot = IndicatorSnapshot(
                indicator=IndicatorRead.model_validate(row),
                measurements=tuple(
                    _measurement(m, None) for m in session.scalars(
                        select(Measurement).where(Measurement.indicator_id == indicator_id))),
                references=tuple(
                    ReferenceRead.model_validate(r) for r in session.scalars(
                        select(ReferenceValue).where(ReferenceValue.indicator_id == indicator_id))))
            session.execute(delete(Indicator).where(Indicator.id == indicator_id))
        return Outcome(snapshot, _changed(indicator_id))

    def restore(self, snapshot: IndicatorSnapshot) -> Outcome[IndicatorRead]:
        """Put a deleted indicator back with its ids, values and reference values (undo).

        A node or iteration deleted meanwhile is left out rather than refusing the undo."""
        data = snapshot.indicator
        with self._store.write() as session:
            require(session, Project, data.project_id, "project")
            if session.get(Indicator, data.id) is not None:
                raise ValidationFailed.single("id", "exists", "the indicator exists already")
            node_id = (data.node_id if data.node_id and session.get(LogicNode, data.node_id)
                       else None)
            session.add(Indicator(id=data.id, project_id=data.project_id, node_id=node_id,
                                  key=data.key, name=data.name, unit=data.unit,
                                  baseline=data.baseline, target=data.target,
                                  direction=data.direction, source=data.source,
                                  position=data.position))
            session.flush()
            for m in snapshot.measurements:
                iteration_id = (m.iteration_id if m.iteration_id
                                and session.get(Iteration, m.iteration_id) else None)
                session.add(Measurement(id=m.id, indicator_id=data.id, iteration_id=iteration_id,
                                        measured_on=m.measured_on, value=m.value, note=m.note))
            for r in snapshot.references:
                session.add(ReferenceValue(id=r.id, indicator_id=data.id, value=r.value,
                                           source=r.source, period=r.period))
            session.flush()
            read = IndicatorRead.model_validate(session.get(Indicator, data.id))
        return Outcome(read, _changed(data.id))

    # -- measurements and reference values ------------------------------------------------------

    def record(self, indicator_id: str,
               data: MeasurementInput | dict[str, Any]) -> Outcome[MeasurementRead]:
        """Record a value; a second value for the same iteration replaces the first."""
        values = validate_input(MeasurementInput, data)
        with self._store.write() as session:
            indicator = require(session, Indicator, indicator_id, "indicator")
            number = None
            measured_on = values.measured_on
            row = None
            if values.iteration_id is not None:
                iteration = session.get(Iteration, values.iteration_id)
                if iteration is None or iteration.project_id != indicator.project_id:
                    raise ValidationFailed.single("iteration_id", "unknown",
                                                  "no such iteration in this project")
                number = iteration.number
                measured_on = measured_on or iteration.end_date
                row = session.scalar(select(Measurement).where(
                    Measurement.indicator_id == indicator_id,
                    Measurement.iteration_id == iteration.id))
            if measured_on is None:
                raise ValidationFailed.single("measured_on", "required",
                                              "give an iteration or a date")
            if row is None:
                row = Measurement(indicator_id=indicator_id, iteration_id=values.iteration_id)
                session.add(row)
            row.measured_on = measured_on
            row.value = values.value
            row.note = values.note
            session.flush()
            read = _measurement(row, number)
        return Outcome(read, _changed(indicator_id, read.id))

    def delete_measurement(self, measurement_id: str) -> Outcome[None]:
        with self._store.write() as session:
            row = require(session, Measurement, measurement_id, "measurement")
            indicator_id = row.indicator_id
            session.delete(row)
        return Outcome(None, _changed(indicator_id, measurement_id))

    def add_reference(self, indicator_id: str,
                      data: ReferenceInput | dict[str, Any]) -> Outcome[ReferenceRead]:
        values = validate_input(ReferenceInput, data)
        with self._store.write() as session:
            require(session, Indicator, indicator_id, "indicator")
            row = ReferenceValue(indicator_id=indicator_id, **values.model_dump())
            session.add(row)
            session.flush()
            read = ReferenceRead.model_validate(row)
        return Outcome(read, _changed(indicator_id, read.id))

    def delete_reference(self, reference_id: str) -> Outcome[None]:
        with self._store.write() as session:
            row = require(session, ReferenceValue, reference_id, "reference value")
            indicator_id = row.indicator_id
            session.delete(row)
        return Outcome(None, _changed(indicator_id, reference_id))


def _indicators(session: Session, project_id: str) -> list[Indicator]:
    return list(session.scalars(select(Indicator).where(Indicator.project_id == project_id)
                                .order_by(Indicator.position, Indicator.created_at)))


def _next_position(session: Session, project_id: str) -> int:
    highest = session.scalar(select(func.max(Indicator.position))
                             .where(Indicator.project_id == project_id))
    return 0 if highest is None else int(highest) + 1


def _check_node(session: Session, project_id: str, node_id: str) -> None:
    node = session.get(LogicNode, node_id)
    if node is None or node.project_id != project_id:
        raise ValidationFailed.single("node_id", "unknown", "no such node in this project")


def _check_target(baseline: float | None, target: float | None, direction: Any) -> None:
    if target_side_problem(baseline, target, direction):
        raise ValidationFailed.single(
            "target", "target_wrong_side",
            "the target must be on the better side of the baseline for this direction")


def _measurement(row: Measurement, number: int | None) -> MeasurementRead:
    return MeasurementRead(id=row.id, indicator_id=row.indicator_id, iteration_id=row.iteration_id,
                           iteration_number=number, measured_on=row.measured_on, value=row.value,
                           note=row.note)
