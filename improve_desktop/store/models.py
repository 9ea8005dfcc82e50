"""The tables of the core domain (revision 0001) and planning (0002)."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from improve_desktop.domain.enums import (
    ClusterRole,
    GoalOutcome,
    ItemKind,
    ItemStatus,
    IterationState,
    ProjectStatus,
)
from improve_desktop.store.base import Base, Entity, UtcDateTime, utc_now


def _enum(enum_type: type[StrEnum], name: str) -> Enum:
    """Store an enum by its value as text, guarded by a named CHECK constraint."""
    return Enum(
        enum_type,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Organisation(Entity):
    """A coordination association (samordningsförbund) or another owning organisation."""

    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    locality: Mapped[str] = mapped_column(String(100), default="")

    clusters: Mapped[list["SteeringCluster"]] = relationship(back_populates="organisation")


class Person(Entity):
    """Someone who sits in a steering group or runs a project."""

    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), default="")
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )


class SteeringCluster(Entity):
    """One steering group that governs several projects (styrgruppskluster)."""

    __tablename__ = "steering_cluster"

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )

    organisation: Mapped["Organisation"] = relationship(back_populates="clusters")
    memberships: Mapped[list["ClusterMembership"]] = relationship(
        back_populates="cluster", cascade="all, delete-orphan"
    )


class ClusterMembership(Entity):
    """A person's seat in a steering cluster, with their role."""

    __tablename__ = "cluster_membership"
    __table_args__ = (UniqueConstraint("cluster_id", "person_id"),)

    cluster_id: Mapped[str] = mapped_column(
        ForeignKey("steering_cluster.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[str] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[ClusterRole] = mapped_column(_enum(ClusterRole, "cluster_role"))

    cluster: Mapped["SteeringCluster"] = relationship(back_populates="memberships")
    person: Mapped["Person"] = relationship()


class Project(Entity):
    """A development project, run as a sequence of iterations."""

    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="period"),
        CheckConstraint("budget_sek >= 0", name="budget"),
        CheckConstraint("iteration_length_days BETWEEN 1 AND 90", name="iteration_length"),
    )

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    steering_cluster_id: Mapped[str | None] = mapped_column(
        ForeignKey("steering_cluster.id", ondelete="SET NULL"), index=True
    )
    manager_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    programme_area: Mapped[str] = mapped_column(String(100), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    budget_sek: Mapped[int] = mapped_column(Integer, default=0)
    purpose: Mapped[str] = mapped_column(Text, default="")
    iteration_length_days: Mapped[int] = mapped_column(Integer, default=14)
    status: Mapped[ProjectStatus] = mapped_column(
        _enum(ProjectStatus, "project_status"), default=ProjectStatus.PLANNED
    )

    owner_organisation: Mapped["Organisation"] = relationship(foreign_keys=[owner_organisation_id])
    steering_cluster: Mapped["SteeringCluster | None"] = relationship()
    manager: Mapped["Person | None"] = relationship()
    iterations: Mapped[list["Iteration"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Iteration.number"
    )


class Iteration(Entity):
    """A short, time-boxed cycle of a project with a goal and a capacity."""

    __tablename__ = "iteration"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("end_date >= start_date", name="period"),
        CheckConstraint("capacity_points >= 0", name="capacity"),
        CheckConstraint("number >= 1", name="number"),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    capacity_points: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[IterationState] = mapped_column(
        _enum(IterationState, "iteration_state"), default=IterationState.PLANNED
    )
    # Recorded when the iteration closes, so that velocity survives later backlog edits.
    committed_points: Mapped[int | None] = mapped_column(Integer)
    completed_points: Mapped[int | None] = mapped_column(Integer)
    goal_outcome: Mapped[GoalOutcome | None] = mapped_column(_enum(GoalOutcome, "goal_outcome"))
    goal_comment: Mapped[str] = mapped_column(Text, default="")
    # When it was started and closed (revision 0002); burndown ignores what happens after.
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    project: Mapped["Project"] = relationship(back_populates="iterations")


class Method(Entity):
    """A working method in the shared catalogue (e.g. Supported Employment / IPS)."""

    __tablename__ = "method"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


backlog_item_method = Table(
    "backlog_item_method",
    Base.metadata,
    Column(
        "item_id", ForeignKey("backlog_item.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "method_id", ForeignKey("method.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)


class BacklogItem(Entity):
    """A unit of work in a project's backlog, optionally planned into an iteration."""

    __tablename__ = "backlog_item"
    __table_args__ = (
        Index("ix_backlog_item_project_rank", "project_id", "rank"),
        CheckConstraint("estimate_points IS NULL OR estimate_points >= 0", name="estimate"),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    iteration_id: Mapped[str | None] = mapped_column(
        ForeignKey("iteration.id", ondelete="SET NULL"), index=True
    )
    rank: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind, "item_kind"), default=ItemKind.STORY)
    status: Mapped[ItemStatus] = mapped_column(
        _enum(ItemStatus, "item_status"), default=ItemStatus.TODO
    )
    estimate_points: Mapped[int | None] = mapped_column(Integer)
    acceptance_criteria: Mapped[str] = mapped_column(Text, default="")
    done_on: Mapped[date | None] = mapped_column(Date)

    methods: Mapped[list["Method"]] = relationship(secondary=backlog_item_method)
    history: Mapped[list["ItemStatusChange"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ItemStatusChange.changed_at"
    )


class ItemStatusChange(Entity):
    """One change of an item's burndown-relevant state: who, when, from which status to which.

    Each row also records the iteration and estimate the item had after the change, so that
    burndown can replay items added to or removed from an iteration mid-way.
    """

    __tablename__ = "item_status_change"
    __table_args__ = (Index("ix_item_status_change_item_time", "item_id", "changed_at"),)

    item_id: Mapped[str] = mapped_column(ForeignKey("backlog_item.id", ondelete="CASCADE"))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utc_now)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    from_status: Mapped[ItemStatus | None] = mapped_column(_enum(ItemStatus, "from_status"))
    to_status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus, "to_status"))
    iteration_id: Mapped[str | None] = mapped_column(
        ForeignKey("iteration.id", ondelete="SET NULL"), index=True
    )
    estimate_points: Mapped[int | None] = mapped_column(Integer)

    item: Mapped["BacklogItem"] = relationship(back_populates="history")


class BoardColumnLimit(Entity):
    """A work-in-progress limit for one status column of a project's board (revision 0002)."""

    __tablename__ = "board_column_limit"
    __table_args__ = (
        UniqueConstraint("project_id", "status"),
        CheckConstraint("wip_limit >= 1", name="wip_limit"),
    )

    project_id: Mapped[str] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus, "item_status"))
    wip_limit: Mapped[int] = mapped_column(Integer)


# Revisions 0003 (retrospectives and lessons), 0004 (steering clusters) and 0005 (results
# follow-up) keep their tables in modules of their own (retro_models, steering_models,
# results_models), imported by the services that use them: they hold no relationships that
# these models need, and leaving them out of the start-up path saves their import. Whatever
# needs every table imports store.all_models.
