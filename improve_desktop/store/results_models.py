"""The results follow-up tables (revision 0005): logic models, indicators, participants, budget.

Participant figures are aggregated counts only, as the national follow-up system (SUS)
reports them; no table here holds a person.
"""

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from improve_desktop.domain.results import CostCategory, Direction, Gender, LogicLevel
from improve_desktop.store.base import Base, Entity
from improve_desktop.store.models import _enum


class LogicNode(Entity):
    """A box in a project's logic model, linked upward to one node of the next level."""

    __tablename__ = "logic_node"
    __table_args__ = (Index("ix_logic_node_project_level", "project_id", "level", "position"),)

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    level: Mapped[LogicLevel] = mapped_column(_enum(LogicLevel, "logic_level"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("logic_node.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


logic_node_method = Table(
    "logic_node_method",
    Base.metadata,
    Column("node_id", ForeignKey("logic_node.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "method_id", ForeignKey("method.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)

logic_node_item = Table(
    "logic_node_item",
    Base.metadata,
    Column("node_id", ForeignKey("logic_node.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "item_id", ForeignKey("backlog_item.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Indicator(Entity):
    """A key figure (nyckeltal) of a project, measuring one node of its logic model."""

    __tablename__ = "indicator"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    node_id: Mapped[str | None] = mapped_column(
        ForeignKey("logic_node.id", ondelete="SET NULL"), index=True
    )
    # The starter set's key ("work_or_studies", …); empty for the project's own indicators.
    # Indicators with the same key are compared across projects.
    key: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    target: Mapped[float | None] = mapped_column(Float)
    direction: Mapped[Direction] = mapped_column(
        _enum(Direction, "indicator_direction"), default=Direction.HIGHER_IS_BETTER
    )
    source: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Measurement(Entity):
    """One value of an indicator, for an iteration or a date."""

    __tablename__ = "measurement"
    __table_args__ = (
        UniqueConstraint("indicator_id", "iteration_id"),
        Index("ix_measurement_iteration_id", "iteration_id"),
    )

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    iteration_id: Mapped[str | None] = mapped_column(
        ForeignKey("iteration.id", ondelete="SET NULL")
    )
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")


class ReferenceValue(Entity):
    """What ordinary operations achieve on an indicator, with where the figure comes from."""

    __tablename__ = "reference_value"

    indicator_id: Mapped[str] = mapped_column(
        ForeignKey("indicator.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(100), default="")


class ParticipantFigure(Entity):
    """Counts of participants for one project, period, gender and age band (no individuals)."""

    __tablename__ = "participant_figure"
    __table_args__ = (
        UniqueConstraint("project_id", "period_start", "gender", "age_band"),
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint(
            "started >= 0 AND ended >= 0 AND exit_work >= 0 AND exit_studies >= 0 "
            "AND exit_job_seeking >= 0 AND exit_other >= 0 AND exit_not_known >= 0",
            name="counts",
        ),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    gender: Mapped[Gender] = mapped_column(_enum(Gender, "participant_gender"))
    age_band: Mapped[str] = mapped_column(String(10))
    started: Mapped[int] = mapped_column(Integer, default=0)
    ended: Mapped[int] = mapped_column(Integer, default=0)
    exit_work: Mapped[int] = mapped_column(Integer, default=0)
    exit_studies: Mapped[int] = mapped_column(Integer, default=0)
    exit_job_seeking: Mapped[int] = mapped_column(Integer, default=0)
    exit_other: Mapped[int] = mapped_column(Integer, default=0)
    exit_not_known: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(200), default="")


class ImportMapping(Entity):
    """How the columns of one source's files map to our fields, remembered for next time."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "source"),)

    kind: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(200))
    # JSON object: field name → column heading in the file.
    columns: Mapped[str] = mapped_column(Text, default="{}")


class BudgetLine(Entity):
    """Planned and actual cost of one category in one period of a project."""

    __tablename__ = "budget_line"
    __table_args__ = (
        UniqueConstraint("project_id", "period_start", "category"),
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint("planned_sek >= 0", name="planned"),
        CheckConstraint("actual_sek IS NULL OR actual_sek >= 0", name="actual"),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    category: Mapped[CostCategory] = mapped_column(_enum(CostCategory, "cost_category"))
    planned_sek: Mapped[int] = mapped_column(Integer, default=0)
    actual_sek: Mapped[int | None] = mapped_column(Integer)
