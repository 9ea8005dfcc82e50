"""Core domain: organisations, people, steering clusters, projects, iterations, backlog, methods.

Revision ID: 0001_core
Revises:
Create Date: 2026-11-27 15:12:39.169414
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "method",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name_sv", sa.String(length=200), nullable=False),
        sa.Column("name_en", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_method")),
        sa.UniqueConstraint("code", name=op.f("uq_method_code")),
    )
    op.create_table(
        "organisation",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("locality", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint("name", name=op.f("uq_organisation_name")),
    )
    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "steering_cluster",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_steering_cluster_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_cluster")),
        sa.UniqueConstraint("code", name=op.f("uq_steering_cluster_code")),
    )
    with op.batch_alter_table("steering_cluster", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_steering_cluster_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "cluster_membership",
        sa.Column("cluster_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "chair",
                "member",
                "secretary",
                "adjunct",
                name="cluster_role",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["steering_cluster.id"],
            name=op.f("fk_cluster_membership_cluster_id_steering_cluster"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_cluster_membership_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cluster_membership")),
        sa.UniqueConstraint(
            "cluster_id", "person_id", name=op.f("uq_cluster_membership_cluster_id_person_id")
        ),
    )
    with op.batch_alter_table("cluster_membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_membership_cluster_id"), ["cluster_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cluster_membership_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "project",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_organisation_id", sa.String(length=36), nullable=False),
        sa.Column("steering_cluster_id", sa.String(length=36), nullable=True),
        sa.Column("manager_id", sa.String(length=36), nullable=True),
        sa.Column("programme_area", sa.String(length=100), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("budget_sek", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("iteration_length_days", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "running",
                "paused",
                "finished",
                name="project_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("budget_sek >= 0", name=op.f("ck_project_budget")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_project_period")),
        sa.CheckConstraint(
            "iteration_length_days BETWEEN 1 AND 90", name=op.f("ck_project_iteration_length")
        ),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["person.id"],
            name=op.f("fk_project_manager_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_project_owner_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["steering_cluster_id"],
            ["steering_cluster.id"],
            name=op.f("fk_project_steering_cluster_id_steering_cluster"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("code", name=op.f("uq_project_code")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_manager_id"), ["manager_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_project_owner_organisation_id"), ["owner_organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_project_steering_cluster_id"), ["steering_cluster_id"], unique=False
        )

    op.create_table(
        "iteration",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("capacity_points", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "planned",
                "active",
                "closed",
                name="iteration_state",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("committed_points", sa.Integer(), nullable=True),
        sa.Column("completed_points", sa.Integer(), nullable=True),
        sa.Column(
            "goal_outcome",
            sa.Enum(
                "met",
                "partly",
                "not_met",
                name="goal_outcome",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("goal_comment", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("capacity_points >= 0", name=op.f("ck_iteration_capacity")),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_iteration_period")),
        sa.CheckConstraint("number >= 1", name=op.f("ck_iteration_number")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_iteration_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_iteration")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_iteration_project_id_number")),
    )
    op.create_table(
        "backlog_item",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("iteration_id", sa.String(length=36), nullable=True),
        sa.Column("rank", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "story",
                "activity",
                "task",
                "improvement",
                "risk",
                name="item_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "todo",
                "in_progress",
                "done",
                name="item_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("estimate_points", sa.Integer(), nullable=True),
        sa.Column("acceptance_criteria", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "estimate_points IS NULL OR estimate_points >= 0", name=op.f("ck_backlog_item_estimate")
        ),
        sa.ForeignKeyConstraint(
            ["iteration_id"],
            ["iteration.id"],
            name=op.f("fk_backlog_item_iteration_id_iteration"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_backlog_item_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_backlog_item")),
    )
    with op.batch_alter_table("backlog_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_backlog_item_iteration_id"), ["iteration_id"], unique=False
        )
        batch_op.create_index("ix_backlog_item_project_rank", ["project_id", "rank"], unique=False)

    op.create_table(
        "backlog_item_method",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("method_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["backlog_item.id"],
            name=op.f("fk_backlog_item_method_item_id_backlog_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["method_id"],
            ["method.id"],
            name=op.f("fk_backlog_item_method_method_id_method"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("item_id", "method_id", name=op.f("pk_backlog_item_method")),
    )
    with op.batch_alter_table("backlog_item_method", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_backlog_item_method_method_id"), ["method_id"], unique=False
        )

    op.create_table(
        "item_status_change",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "todo",
                "in_progress",
                "done",
                name="from_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "todo",
                "in_progress",
                "done",
                name="to_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("iteration_id", sa.String(length=36), nullable=True),
        sa.Column("estimate_points", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["backlog_item.id"],
            name=op.f("fk_item_status_change_item_id_backlog_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["iteration_id"],
            ["iteration.id"],
            name=op.f("fk_item_status_change_iteration_id_iteration"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_status_change")),
    )
    with op.batch_alter_table("item_status_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_item_status_change_item_time", ["item_id", "changed_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_item_status_change_iteration_id"), ["iteration_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("item_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_status_change_iteration_id"))
        batch_op.drop_index("ix_item_status_change_item_time")

    op.drop_table("item_status_change")
    with op.batch_alter_table("backlog_item_method", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_backlog_item_method_method_id"))

    op.drop_table("backlog_item_method")
    with op.batch_alter_table("backlog_item", schema=None) as batch_op:
        batch_op.drop_index("ix_backlog_item_project_rank")
        batch_op.drop_index(batch_op.f("ix_backlog_item_iteration_id"))

    op.drop_table("backlog_item")
    op.drop_table("iteration")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_steering_cluster_id"))
        batch_op.drop_index(batch_op.f("ix_project_owner_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_project_manager_id"))

    op.drop_table("project")
    with op.batch_alter_table("cluster_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_cluster_membership_cluster_id"))

    op.drop_table("cluster_membership")
    with op.batch_alter_table("steering_cluster", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_steering_cluster_organisation_id"))

    op.drop_table("steering_cluster")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))

    op.drop_table("person")
    op.drop_table("organisation")
    op.drop_table("method")
