"""Retrospectives, their notes, votes and actions; the lessons library and its full-text index.

Revision ID: 0003_retrospectives
Revises: 0002_planning

``lesson_fts`` is an FTS5 table outside the SQLAlchemy models: triggers on ``lesson`` (and on
renames of a project) keep it in step, and the upgrade fills it from the rows that exist.
Words are split by the unicode61 tokenizer with ``remove_diacritics 0``: å, ä and ö are
letters of their own in Swedish (får/far, ön/on), so they are not folded into a, o.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_retrospectives"
down_revision = "0002_planning"
branch_labels = None
depends_on = None

# What the index holds for one lesson: its id (not searched), the searched texts.
_FTS_VALUES = (
    "{row}.id, {row}.title, {row}.text, {row}.target_groups || ' ' || {row}.themes, "
    "{row}.locality, coalesce((SELECT name FROM project WHERE id = {row}.project_id), '')"
)
_FTS_COLUMNS = "lesson_id, title, text, tags, locality, project"

SEARCH_DDL = (
    "CREATE VIRTUAL TABLE lesson_fts USING fts5("
    "lesson_id UNINDEXED, title, text, tags, locality, project, "
    "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')",
    "CREATE TRIGGER lesson_fts_insert AFTER INSERT ON lesson BEGIN "
    f"INSERT INTO lesson_fts ({_FTS_COLUMNS}) VALUES ({_FTS_VALUES.format(row='new')}); END",
    "CREATE TRIGGER lesson_fts_update AFTER UPDATE ON lesson BEGIN "
    "DELETE FROM lesson_fts WHERE lesson_id = old.id; "
    f"INSERT INTO lesson_fts ({_FTS_COLUMNS}) VALUES ({_FTS_VALUES.format(row='new')}); END",
    "CREATE TRIGGER lesson_fts_delete AFTER DELETE ON lesson BEGIN "
    "DELETE FROM lesson_fts WHERE lesson_id = old.id; END",
    "CREATE TRIGGER lesson_fts_project_rename AFTER UPDATE OF name ON project "
    "WHEN old.name IS NOT new.name BEGIN "
    "DELETE FROM lesson_fts WHERE lesson_id IN (SELECT id FROM lesson WHERE project_id = new.id); "
    f"INSERT INTO lesson_fts ({_FTS_COLUMNS}) SELECT {_FTS_VALUES.format(row='lesson')} "
    "FROM lesson WHERE project_id = new.id; END",
)


def upgrade() -> None:
    op.create_table(
        "retrospective",
        sa.Column("iteration_id", sa.String(length=36), nullable=False),
        sa.Column(
            "format",
            sa.Enum(
                "start_stop_continue",
                "well_improve_ideas",
                "four_l",
                "sailboat",
                name="retro_format",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("facilitator", sa.String(length=200), nullable=False),
        sa.Column("vote_budget", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "vote_budget BETWEEN 1 AND 20", name=op.f("ck_retrospective_vote_budget")
        ),
        sa.ForeignKeyConstraint(
            ["iteration_id"],
            ["iteration.id"],
            name=op.f("fk_retrospective_iteration_id_iteration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retrospective")),
        sa.UniqueConstraint("iteration_id", name=op.f("uq_retrospective_iteration_id")),
    )
    op.create_table(
        "retro_note",
        sa.Column("retrospective_id", sa.String(length=36), nullable=False),
        sa.Column("column_key", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("author_initials", sa.String(length=10), nullable=False),
        sa.Column("group_name", sa.String(length=200), nullable=False),
        sa.Column("is_lesson", sa.Boolean(), nullable=False),
        sa.Column("tags", sa.String(length=500), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("votes >= 0", name=op.f("ck_retro_note_votes")),
        sa.ForeignKeyConstraint(
            ["retrospective_id"],
            ["retrospective.id"],
            name=op.f("fk_retro_note_retrospective_id_retrospective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retro_note")),
    )
    op.create_index(
        op.f("ix_retro_note_retrospective_id"), "retro_note", ["retrospective_id"], unique=False
    )

    op.create_table(
        "lesson",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("organisation_id", sa.String(length=36), nullable=True),
        sa.Column("locality", sa.String(length=100), nullable=False),
        sa.Column("target_groups", sa.String(length=500), nullable=False),
        sa.Column("themes", sa.String(length=500), nullable=False),
        sa.Column("source_note_id", sa.String(length=36), nullable=True),
        sa.Column("learned_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_lesson_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_lesson_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_note_id"],
            ["retro_note.id"],
            name=op.f("fk_lesson_source_note_id_retro_note"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson")),
    )
    op.create_index("ix_lesson_learned_on", "lesson", ["learned_on"], unique=False)
    op.create_index(op.f("ix_lesson_organisation_id"), "lesson", ["organisation_id"], unique=False)
    op.create_index(op.f("ix_lesson_project_id"), "lesson", ["project_id"], unique=False)
    op.create_index(op.f("ix_lesson_source_note_id"), "lesson", ["source_note_id"], unique=False)

    op.create_table(
        "retro_action",
        sa.Column("retrospective_id", sa.String(length=36), nullable=False),
        sa.Column("note_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=False),
        sa.Column("backlog_item_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["backlog_item_id"],
            ["backlog_item.id"],
            name=op.f("fk_retro_action_backlog_item_id_backlog_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["retro_action.id"],
            name=op.f("fk_retro_action_carried_from_id_retro_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["retro_note.id"],
            name=op.f("fk_retro_action_note_id_retro_note"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["retrospective_id"],
            ["retrospective.id"],
            name=op.f("fk_retro_action_retrospective_id_retrospective"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retro_action")),
    )
    op.create_index(
        op.f("ix_retro_action_backlog_item_id"), "retro_action", ["backlog_item_id"], unique=False
    )
    op.create_index(
        op.f("ix_retro_action_carried_from_id"), "retro_action", ["carried_from_id"], unique=False
    )
    op.create_index(op.f("ix_retro_action_note_id"), "retro_action", ["note_id"], unique=False)
    op.create_index(
        op.f("ix_retro_action_retrospective_id"), "retro_action", ["retrospective_id"], unique=False
    )

    op.create_table(
        "retro_vote",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("voter", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["retro_note.id"],
            name=op.f("fk_retro_vote_note_id_retro_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retro_vote")),
    )
    op.create_index(op.f("ix_retro_vote_note_id"), "retro_vote", ["note_id"], unique=False)

    op.create_table(
        "lesson_method",
        sa.Column("lesson_id", sa.String(length=36), nullable=False),
        sa.Column("method_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["lesson_id"],
            ["lesson.id"],
            name=op.f("fk_lesson_method_lesson_id_lesson"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["method_id"],
            ["method.id"],
            name=op.f("fk_lesson_method_method_id_method"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("lesson_id", "method_id", name=op.f("pk_lesson_method")),
    )
    op.create_index(
        op.f("ix_lesson_method_method_id"), "lesson_method", ["method_id"], unique=False
    )
    for statement in SEARCH_DDL:
        op.execute(statement)
    # Rebuild the index from the lessons there are (none yet at this revision; later
    # revisions that change what is indexed drop and fill it the same way).
    op.execute(
        f"INSERT INTO lesson_fts ({_FTS_COLUMNS}) SELECT {_FTS_VALUES.format(row='lesson')} "
        "FROM lesson"
    )


def downgrade() -> None:
    for trigger in (
        "lesson_fts_project_rename",
        "lesson_fts_delete",
        "lesson_fts_update",
        "lesson_fts_insert",
    ):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE lesson_fts")
    op.drop_index(op.f("ix_lesson_method_method_id"), table_name="lesson_method")

    op.drop_table("lesson_method")
    op.drop_index(op.f("ix_retro_vote_note_id"), table_name="retro_vote")

    op.drop_table("retro_vote")
    op.drop_index(op.f("ix_retro_action_retrospective_id"), table_name="retro_action")
    op.drop_index(op.f("ix_retro_action_note_id"), table_name="retro_action")
    op.drop_index(op.f("ix_retro_action_carried_from_id"), table_name="retro_action")
    op.drop_index(op.f("ix_retro_action_backlog_item_id"), table_name="retro_action")

    op.drop_table("retro_action")
    op.drop_index(op.f("ix_lesson_source_note_id"), table_name="lesson")
    op.drop_index(op.f("ix_lesson_project_id"), table_name="lesson")
    op.drop_index(op.f("ix_lesson_organisation_id"), table_name="lesson")
    op.drop_index("ix_lesson_learned_on", table_name="lesson")

    op.drop_table("lesson")
    op.drop_index(op.f("ix_retro_note_retrospective_id"), table_name="retro_note")

    op.drop_table("retro_note")
    op.drop_table("retrospective")
