"""Steering clusters: meetings, attendees, agenda items, decision requests, decisions (with
their backlog links), actions, and the history of edits made after a meeting.

Revision ID: 0004_steering
Revises: 0003_retrospectives

Nothing of a meeting is deleted by the application; the downgrade drops the tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_steering"
down_revision = "0003_retrospectives"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "steering_edit",
        sa.Column("entity_kind", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("edited_by", sa.String(length=200), nullable=False),
        sa.Column("edited_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_edit")),
    )
    op.create_index(
        "ix_steering_edit_entity_time", "steering_edit", ["entity_id", "edited_at"], unique=False
    )

    op.create_table(
        "meeting",
        sa.Column("steering_cluster_id", sa.String(length=36), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "planned",
                "held",
                "approved",
                name="meeting_state",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("current_item_id", sa.String(length=36), nullable=True),
        sa.Column("draft", sa.Text(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["steering_cluster_id"],
            ["steering_cluster.id"],
            name=op.f("fk_meeting_steering_cluster_id_steering_cluster"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(
        "ix_meeting_cluster_date", "meeting", ["steering_cluster_id", "meeting_date"], unique=False
    )

    op.create_table(
        "decision_request",
        sa.Column("project_id", sa.String(length=36), nullable=False),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.Text(), nullable=False),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "answered",
                "withdrawn",
                name="request_status",
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
            ["project_id"],
            ["project.id"],
            name=op.f("fk_decision_request_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_request")),
    )
    op.create_index(
        op.f("ix_decision_request_project_id"), "decision_request", ["project_id"], unique=False
    )

    op.create_table(
        "meeting_attendee",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_guest", sa.Boolean(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendee_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_attendee_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendee")),
    )
    op.create_index(
        op.f("ix_meeting_attendee_meeting_id"), "meeting_attendee", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_meeting_attendee_person_id"), "meeting_attendee", ["person_id"], unique=False
    )

    op.create_table(
        "agenda_item",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "iteration_review",
                "decision_request",
                "follow_up",
                "information",
                name="agenda_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "pending",
                "done",
                "carried_over",
                name="agenda_outcome",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("iteration_id", sa.String(length=36), nullable=True),
        sa.Column("decision_request_id", sa.String(length=36), nullable=True),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_carried_from_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decision_request_id"],
            ["decision_request.id"],
            name=op.f("fk_agenda_item_decision_request_id_decision_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["iteration_id"],
            ["iteration.id"],
            name=op.f("fk_agenda_item_iteration_id_iteration"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_agenda_item_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_agenda_item_project_id_project"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    op.create_index(
        op.f("ix_agenda_item_carried_from_id"), "agenda_item", ["carried_from_id"], unique=False
    )
    op.create_index(
        op.f("ix_agenda_item_decision_request_id"),
        "agenda_item",
        ["decision_request_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_agenda_item_iteration_id"), "agenda_item", ["iteration_id"], unique=False
    )
    op.create_index(
        "ix_agenda_item_meeting_position", "agenda_item", ["meeting_id", "position"], unique=False
    )
    op.create_index(op.f("ix_agenda_item_project_id"), "agenda_item", ["project_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("steering_cluster_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=30), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("decision_request_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "approve",
                "change_scope",
                "reprioritise",
                "budget",
                "stop_pause",
                "escalate",
                "information",
                name="decision_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "decided",
                "in_progress",
                "done",
                "rejected",
                "superseded",
                name="decision_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("superseded_by_id", sa.String(length=36), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_decision_number")),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decision_request_id"],
            ["decision_request.id"],
            name=op.f("fk_decision_decision_request_id_decision_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_decision_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_decision_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["steering_cluster_id"],
            ["steering_cluster.id"],
            name=op.f("fk_decision_steering_cluster_id_steering_cluster"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["decision.id"],
            name=op.f("fk_decision_superseded_by_id_decision"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("reference", name=op.f("uq_decision_reference")),
        sa.UniqueConstraint(
            "steering_cluster_id",
            "year",
            "number",
            name=op.f("uq_decision_steering_cluster_id_year_number"),
        ),
    )
    op.create_index(
        op.f("ix_decision_agenda_item_id"), "decision", ["agenda_item_id"], unique=False
    )
    op.create_index("ix_decision_decided_on", "decision", ["decided_on"], unique=False)
    op.create_index(
        op.f("ix_decision_decision_request_id"), "decision", ["decision_request_id"], unique=False
    )
    op.create_index(op.f("ix_decision_meeting_id"), "decision", ["meeting_id"], unique=False)
    op.create_index(op.f("ix_decision_project_id"), "decision", ["project_id"], unique=False)
    op.create_index(
        op.f("ix_decision_superseded_by_id"), "decision", ["superseded_by_id"], unique=False
    )

    op.create_table(
        "decision_backlog_item",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_backlog_item_decision_id_decision"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["backlog_item.id"],
            name=op.f("fk_decision_backlog_item_item_id_backlog_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("decision_id", "item_id", name=op.f("pk_decision_backlog_item")),
    )
    op.create_index(
        op.f("ix_decision_backlog_item_item_id"), "decision_backlog_item", ["item_id"], unique=False
    )

    op.create_table(
        "steering_action",
        sa.Column("steering_cluster_id", sa.String(length=36), nullable=False),
        sa.Column("project_id", sa.String(length=36), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "meeting",
                "decision",
                "retrospective",
                name="action_source",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("decision_id", sa.String(length=36), nullable=True),
        sa.Column("retro_action_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "on_hold",
                name="steering_action_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("backlog_item_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_steering_action_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["backlog_item_id"],
            ["backlog_item.id"],
            name=op.f("fk_steering_action_backlog_item_id_backlog_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_steering_action_decision_id_decision"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_steering_action_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_steering_action_project_id_project"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["retro_action_id"],
            ["retro_action.id"],
            name=op.f("fk_steering_action_retro_action_id_retro_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["steering_cluster_id"],
            ["steering_cluster.id"],
            name=op.f("fk_steering_action_steering_cluster_id_steering_cluster"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_steering_action")),
    )
    op.create_index(
        op.f("ix_steering_action_agenda_item_id"),
        "steering_action",
        ["agenda_item_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_steering_action_backlog_item_id"),
        "steering_action",
        ["backlog_item_id"],
        unique=False,
    )
    op.create_index(
        "ix_steering_action_cluster_status",
        "steering_action",
        ["steering_cluster_id", "status"],
        unique=False,
    )
    op.create_index(
        op.f("ix_steering_action_decision_id"), "steering_action", ["decision_id"], unique=False
    )
    op.create_index(
        op.f("ix_steering_action_meeting_id"), "steering_action", ["meeting_id"], unique=False
    )
    op.create_index(
        op.f("ix_steering_action_project_id"), "steering_action", ["project_id"], unique=False
    )
    op.create_index(
        op.f("ix_steering_action_retro_action_id"),
        "steering_action",
        ["retro_action_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("steering_action")
    op.drop_table("decision_backlog_item")
    op.drop_table("decision")
    op.drop_table("agenda_item")
    op.drop_table("meeting_attendee")
    op.drop_table("decision_request")
    op.drop_table("meeting")
    op.drop_table("steering_edit")
