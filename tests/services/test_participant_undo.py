"""A participant import can be undone: ``replace_figures`` says what it replaced and
``restore_figures`` puts exactly that back (ids, sources and counts), one import at a time."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from improve_desktop.domain.results import Gender
from improve_desktop.services.change import EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.participants import ParticipantService
from improve_desktop.services.projects import ProjectService
from improve_desktop.services.results_schemas import FigureKey
from improve_desktop.store.engine import Store
from improve_desktop.store.results_models import ParticipantFigure

Q1 = {"period_start": date(2026, 1, 1), "period_end": date(2026, 3, 31)}
Q2 = {"period_start": date(2026, 4, 1), "period_end": date(2026, 6, 30)}


@pytest.fixture
def project_id(projects: ProjectService, project_input: dict[str, Any]) -> str:
    return projects.create_project(project_input).value.id


@pytest.fixture
def service(store: Store) -> ParticipantService:
    return ParticipantService(store)


def stored(store: Store, project_id: str) -> list[tuple[Any, ...]]:
    """Every stored column, times included, straight from the table, in a fixed order."""
    table = ParticipantFigure.__table__
    columns = list(table.columns)  # the times too: an undo puts back what was there
    with store.read() as session:
        return [tuple(row) for row in session.execute(
            select(*columns).where(table.c.project_id == project_id).order_by(table.c.id))]


def seed(service: ParticipantService, project_id: str) -> None:
    service.replace_figures(project_id, [
        {**Q1, "gender": "woman", "age_band": "16-24", "started": 6, "ended": 3,
         "exit_work": 2, "exit_studies": 1},
        {**Q1, "gender": "man", "age_band": "16-24", "started": 4, "ended": 2,
         "exit_not_known": 2},
        {**Q1, "gender": "man", "age_band": "25-29", "started": 2},
    ], source="SUS mars")


def test_an_import_over_stored_figures_says_what_it_replaced(
        store: Store, service: ParticipantService, project_id: str) -> None:
    seed(service, project_id)
    before = service.figures(project_id)
    outcome = service.replace_figures(project_id, [
        {**Q1, "gender": "woman", "age_band": "16-24", "started": 9, "ended": 4},
        {**Q1, "gender": "man", "age_band": "25-29", "started": 3},
        {**Q2, "gender": "woman", "age_band": "30-49", "started": 1},
    ], source="SUS juni")
    replaced = outcome.value
    assert outcome.change.touches(EntityKind.PARTICIPANTS) and project_id in outcome.change.ids
    assert replaced.count == 3 and replaced.source == "SUS juni"
    assert replaced.keys == (
        FigureKey(period_start=Q1["period_start"], gender=Gender.WOMAN, age_band="16-24"),
        FigureKey(period_start=Q1["period_start"], gender=Gender.MAN, age_band="25-29"),
        FigureKey(period_start=Q2["period_start"], gender=Gender.WOMAN, age_band="30-49"))
    # The previous rows of the two keys that were there, as they were; the new key had none.
    assert sorted(replaced.previous, key=lambda r: r.id) == sorted(
        (r for r in before if (r.gender, r.age_band) != (Gender.MAN, "16-24")),
        key=lambda r: r.id)
    assert {r.source for r in service.figures(project_id)} == {"SUS mars", "SUS juni"}


def test_restore_puts_the_store_back_exactly(
        store: Store, service: ParticipantService, project_id: str) -> None:
    seed(service, project_id)
    before_table = stored(store, project_id)
    before_periods = service.periods(project_id)
    replaced = service.replace_figures(project_id, [
        {**Q1, "gender": "woman", "age_band": "16-24", "started": 9, "ended": 4},
        {**Q2, "gender": "other", "age_band": "16-24", "started": 1},
    ], source="SUS juni").value
    assert stored(store, project_id) != before_table
    outcome = service.restore_figures(project_id, replaced.keys, replaced.previous)
    assert outcome.value == 1 and outcome.change.touches(EntityKind.PARTICIPANTS)
    # Same ids, counts, periods and sources; the quarter the import added is gone again.
    assert stored(store, project_id) == before_table
    assert service.periods(project_id) == before_periods
    # Redo: the same rows again give the same figures as the import did.
    service.replace_figures(project_id, replaced.rows, replaced.source)
    assert [(r.gender, r.age_band, r.started, r.source) for r in service.figures(project_id)
            if r.period_start == Q2["period_start"]] == [(Gender.OTHER, "16-24", 1, "SUS juni")]


def test_undoing_the_second_import_keeps_the_first(
        store: Store, service: ParticipantService, project_id: str) -> None:
    seed(service, project_id)
    original = stored(store, project_id)
    first = service.replace_figures(project_id, [
        {**Q1, "gender": "woman", "age_band": "16-24", "started": 9, "ended": 4},
        {**Q2, "gender": "woman", "age_band": "16-24", "started": 5},
    ], source="SUS juni").value
    after_first = stored(store, project_id)
    second = service.replace_figures(project_id, [
        {**Q2, "gender": "woman", "age_band": "16-24", "started": 7},  # the first import's
        {**Q1, "gender": "man", "age_band": "25-29", "started": 8},  # the seed's
    ], source="SUS rättad").value
    assert {r.source for r in second.previous} == {"SUS juni", "SUS mars"}
    service.restore_figures(project_id, second.keys, second.previous)
    assert stored(store, project_id) == after_first
    service.restore_figures(project_id, first.keys, first.previous)
    assert stored(store, project_id) == original


def test_restore_refuses_rows_of_other_keys_and_changes_nothing(
        store: Store, service: ParticipantService, project_id: str) -> None:
    seed(service, project_id)
    replaced = service.replace_figures(project_id, [
        {**Q1, "gender": "woman", "age_band": "16-24", "started": 9},
    ], source="SUS juni").value
    now = stored(store, project_id)
    stray = service.figures(project_id)[0]
    assert (stray.gender, stray.age_band) != (Gender.WOMAN, "16-24")
    with pytest.raises(ValidationFailed):
        service.restore_figures(project_id, replaced.keys, (*replaced.previous, stray))
    assert stored(store, project_id) == now
