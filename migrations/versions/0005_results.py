"""Results follow-up: logic models, indicators with measurements and reference values,
aggregated participant figures, import mappings, budget lines.

Revision ID: 0005_results
Revises: 0004_steering

Nothing here depends on revisions after 0003; the revision only adds tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_results"
down_revision = "0004_steering"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mapping",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("kind", "source", name=op.f("uq_import_mapping_kind_source")),
    )
    op.create_table(
        "budget_line",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "staff",
                "external",
                "premises",
                "travel",
                "participants",
                "other",
                name="cost_category",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("planned_sek", sa.Integer(), nullable=False),
        sa.Column("actual_sek", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "actual_sek IS NULL OR actual_sek >= 0", name=op.f("ck_budget_line_actual")
        ),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_budget_line_period")),
        sa.CheckConstraint("planned_sek >= 0", name=op.f("ck_budget_line_planned")),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_budget_line_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint(
            "project_id",
            "period_start",
            "category",
            name=op.f("uq_budget_line_project_id_period_start_category"),
        ),
    )
    op.create_table(
        "logic_node",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column(
            "level",
            sa.Enum(
                "activity",
                "output",
                "short_outcome",
                "long_outcome",
                "impact",
                name="logic_level",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["logic_node.id"],
            name=op.f("fk_logic_node_parent_id_logic_node"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_logic_node_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_logic_node")),
    )
    with op.batch_alter_table("logic_node", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_logic_node_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            "ix_logic_node_project_level", ["project_id", "level", "position"], unique=False
        )

    op.create_table(
        "participant_figure",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "gender",
            sa.Enum(
                "woman",
                "man",
                "other",
                name="participant_gender",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("age_band", sa.String(length=10), nullable=False),
        sa.Column("started", sa.Integer(), nullable=False),
        sa.Column("ended", sa.Integer(), nullable=False),
        sa.Column("exit_work", sa.Integer(), nullable=False),
        sa.Column("exit_studies", sa.Integer(), nullable=False),
        sa.Column("exit_job_seeking", sa.Integer(), nullable=False),
        sa.Column("exit_other", sa.Integer(), nullable=False),
        sa.Column("exit_not_known", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_participant_figure_period")),
        sa.CheckConstraint(
            "started >= 0 AND ended >= 0 AND exit_work >= 0 AND exit_studies >= 0 "
            "AND exit_job_seeking >= 0 AND exit_other >= 0 AND exit_not_known >= 0",
            name=op.f("ck_participant_figure_counts"),
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_participant_figure_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_figure")),
        sa.UniqueConstraint(
            "project_id",
            "period_start",
            "gender",
            "age_band",
            name=op.f("uq_participant_figure_project_id_period_start_gender_age_band"),
        ),
    )
    op.create_table(
        "indicator",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=True),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("baseline", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column(
            "direction",
            sa.Enum(
                "higher",
                "lower",
                name="indicator_direction",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["logic_node.id"],
            name=op.f("fk_indicator_node_id_logic_node"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_indicator_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_node_id"), ["node_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_project_id"), ["project_id"], unique=False)

    op.create_table(
        "logic_node_method",
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("method_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["method_id"],
            ["method.id"],
            name=op.f("fk_logic_node_method_method_id_method"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["logic_node.id"],
            name=op.f("fk_logic_node_method_node_id_logic_node"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("node_id", "method_id", name=op.f("pk_logic_node_method")),
    )
    with op.batch_alter_table("logic_node_method", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_logic_node_method_method_id"), ["method_id"], unique=False
        )

    op.create_table(
        "logic_node_item",
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["backlog_item.id"],
            name=op.f("fk_logic_node_item_item_id_backlog_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["node_id"],
            ["logic_node.id"],
            name=op.f("fk_logic_node_item_node_id_logic_node"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("node_id", "item_id", name=op.f("pk_logic_node_item")),
    )
    with op.batch_alter_table("logic_node_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_logic_node_item_item_id"), ["item_id"], unique=False)

    op.create_table(
        "measurement",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("iteration_id", sa.String(length=36), nullable=True),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_measurement_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["iteration_id"],
            ["iteration.id"],
            name=op.f("fk_measurement_iteration_id_iteration"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measurement")),
        sa.UniqueConstraint(
            "indicator_id", "iteration_id", name=op.f("uq_measurement_indicator_id_iteration_id")
        ),
    )
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.create_index("ix_measurement_iteration_id", ["iteration_id"], unique=False)

    op.create_table(
        "reference_value",
        sa.Column("indicator_id", sa.String(length=36), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("period", sa.String(length=100), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_reference_value_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_value")),
    )
    with op.batch_alter_table("reference_value", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reference_value_indicator_id"), ["indicator_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reference_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reference_value_indicator_id"))

    op.drop_table("reference_value")
    with op.batch_alter_table("measurement", schema=None) as batch_op:
        batch_op.drop_index("ix_measurement_iteration_id")

    op.drop_table("measurement")
    with op.batch_alter_table("logic_node_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_logic_node_item_item_id"))

    op.drop_table("logic_node_item")
    with op.batch_alter_table("logic_node_method", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_logic_node_method_method_id"))

    op.drop_table("logic_node_method")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_project_id"))
        batch_op.drop_index(batch_op.f("ix_indicator_node_id"))

    op.drop_table("indicator")
    op.drop_table("participant_figure")
    with op.batch_alter_table("logic_node", schema=None) as batch_op:
        batch_op.drop_index("ix_logic_node_project_level")
        batch_op.drop_index(batch_op.f("ix_logic_node_parent_id"))

    op.drop_table("logic_node")
    op.drop_table("budget_line")
    op.drop_table("import_mapping")
