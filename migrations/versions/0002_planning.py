"""Planning: when iterations started and closed, and work-in-progress limits on the board.

Revision ID: 0002_planning
Revises: 0001_core
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_planning"
down_revision = "0001_core"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE: adding nullable columns needs no table rebuild (batch mode would
    # re-create the table and drop its named CHECK constraints).
    op.add_column("iteration", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column("iteration", sa.Column("closed_at", sa.DateTime(), nullable=True))
    # Iterations closed before this revision closed when they were last updated.
    op.execute("UPDATE iteration SET closed_at = updated_at WHERE state = 'closed'")
    op.execute("UPDATE iteration SET started_at = start_date || ' 00:00:00.000000' "
               "WHERE state IN ('active', 'closed')")
    op.create_table(
        "board_column_limit",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum("todo", "in_progress", "done", name="item_status", native_enum=False,
                    create_constraint=True, length=20),
            nullable=False,
        ),
        sa.Column("wip_limit", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("wip_limit >= 1", name=op.f("ck_board_column_limit_wip_limit")),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"],
                                name=op.f("fk_board_column_limit_project_id_project"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_column_limit")),
        sa.UniqueConstraint("project_id", "status",
                            name=op.f("uq_board_column_limit_project_id_status")),
    )


def downgrade() -> None:
    op.drop_table("board_column_limit")
    # SQLite 3.35 and later drop a column in place.
    op.drop_column("iteration", "closed_at")
    op.drop_column("iteration", "started_at")
