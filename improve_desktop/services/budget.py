"""Budget lines per project, period and category; planned vs actual, burn rate and forecast."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from improve_desktop.domain.results import BudgetPeriod, budget_forecast, quarters
from improve_desktop.services.change import Change, EntityKind
from improve_desktop.services.errors import ValidationFailed
from improve_desktop.services.lookup import require
from improve_desktop.services.outcome import Outcome
from improve_desktop.services.results_schemas import (
    BudgetLineInput,
    BudgetLineRead,
    BudgetPeriodRead,
    BudgetSummary,
)
from improve_desktop.services.schemas import validate_input
from improve_desktop.store.engine import Store
from improve_desktop.store.models import Project
from improve_desktop.store.results_models import BudgetLine


class BudgetService:
    """Planned and actual costs of a project, and where the spending is heading."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def lines(self, project_id: str) -> list[BudgetLineRead]:
        with self._store.read() as session:
            rows = session.scalars(select(BudgetLine).where(BudgetLine.project_id == project_id)
                                   .order_by(BudgetLine.period_start, BudgetLine.category))
            # Our own rows: built without validating each field again (a pack reads them all).
            fields = tuple(BudgetLineRead.model_fields)
            return [BudgetLineRead.model_construct(**{name: getattr(row, name) for name in fields})
                    for row in rows]

    def set_line(self, data: BudgetLineInput | dict[str, Any]) -> Outcome[BudgetLineRead]:
        """Create or replace the line of one period and category."""
        values = validate_input(BudgetLineInput, data)
        if values.period_end < values.period_start:
            raise ValidationFailed.single("period_end", "end_before_start",
                                          "must be on or after the start date")
        with self._store.write() as session:
            require(session, Project, values.project_id, "project")
            row = session.scalar(select(BudgetLine).where(
                BudgetLine.project_id == values.project_id,
                BudgetLine.period_start == values.period_start,
                BudgetLine.category == values.category))
            if row is None:
                row = BudgetLine(project_id=values.project_id, period_start=values.period_start,
                                 category=values.category)
                session.add(row)
            row.period_end = values.period_end
            row.planned_sek = values.planned_sek
            row.actual_sek = values.actual_sek
            session.flush()
            read = BudgetLineRead.model_validate(row)
        return Outcome(read, Change.of(EntityKind.BUDGET, read.id))

    def delete_line(self, line_id: str) -> Outcome[None]:
        with self._store.write() as session:
            session.delete(require(session, BudgetLine, line_id, "budget line"))
        return Outcome(None, Change.of(EntityKind.BUDGET, line_id))

    def summary(self, project_id: str, today: date | None = None) -> BudgetSummary:
        """Per period planned and actual (all categories), cumulative sums, burn rate, forecast."""
        today = today or date.today()
        with self._store.read() as session:
            project = require(session, Project, project_id, "project")
            start, end, total = project.start_date, project.end_date, project.budget_sek
        lines = self.lines(project_id)
        by_period: dict[tuple[date, date], list[BudgetLineRead]] = {}
        for line in lines:
            by_period.setdefault((line.period_start, line.period_end), []).append(line)
        # Every quarter of the project is a period to plan in, unless lines already cover it.
        for first, last in quarters(start, end):
            if not any(a <= last and first <= b for a, b in by_period):
                by_period[(first, last)] = []
        periods = []
        cumulative_planned = cumulative_actual = 0
        domain_periods = []
        for (period_start, period_end), rows in sorted(by_period.items()):
            planned = sum(row.planned_sek for row in rows)
            actuals = [row.actual_sek for row in rows if row.actual_sek is not None]
            actual = sum(actuals) if actuals else None
            cumulative_planned += planned
            cumulative_actual += actual or 0
            periods.append(BudgetPeriodRead(
                period_start=period_start, period_end=period_end, planned_sek=planned,
                actual_sek=actual, cumulative_planned=cumulative_planned,
                cumulative_actual=cumulative_actual,
                under_way=period_start <= today <= period_end))
            domain_periods.append(BudgetPeriod(period_start, period_end, planned, actual))
        forecast = budget_forecast(domain_periods, start, end, today, total)
        return BudgetSummary(
            project_id=project_id, total_budget=total, lines=tuple(lines), periods=tuple(periods),
            planned_to_date=forecast.planned_to_date, spent_to_date=forecast.spent_to_date,
            burn_rate_per_month=forecast.burn_rate_per_month,
            forecast_at_end=forecast.forecast_at_end, variance_at_end=forecast.variance_at_end,
            spent_share=forecast.spent_share, time_share=forecast.time_share, project_end=end)
