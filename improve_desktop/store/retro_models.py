"""The tables of retrospectives and the lessons library (revision 0003)."""

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from improve_desktop.domain.retrospectives import ActionStatus, RetroFormat
from improve_desktop.store.base import Base, Entity
from improve_desktop.store.models import _enum

if TYPE_CHECKING:
    from improve_desktop.store.models import Method


class Retrospective(Entity):
    """The retrospective held at the end of one iteration, in one format (revision 0003)."""

    __tablename__ = "retrospective"
    __table_args__ = (
        UniqueConstraint("iteration_id"),
        CheckConstraint("vote_budget BETWEEN 1 AND 20", name="vote_budget"),
    )

    iteration_id: Mapped[str] = mapped_column(ForeignKey("iteration.id", ondelete="CASCADE"))
    format: Mapped[RetroFormat] = mapped_column(_enum(RetroFormat, "retro_format"))
    held_on: Mapped[date] = mapped_column(Date)
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    vote_budget: Mapped[int] = mapped_column(Integer, default=3)


class RetroNote(Entity):
    """A sticky note on a retrospective board, in one of the format's columns."""

    __tablename__ = "retro_note"
    __table_args__ = (CheckConstraint("votes >= 0", name="votes"),)

    retrospective_id: Mapped[str] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    column_key: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    author_initials: Mapped[str] = mapped_column(String(10), default="")
    # Notes saying the same thing share a group name on the board.
    group_name: Mapped[str] = mapped_column(String(200), default="")
    is_lesson: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[str] = mapped_column(String(500), default="")


class RetroVote(Entity):
    """One dot placed on a note by one person; counted against that person's budget."""

    __tablename__ = "retro_vote"

    note_id: Mapped[str] = mapped_column(
        ForeignKey("retro_note.id", ondelete="CASCADE"), index=True
    )
    voter: Mapped[str] = mapped_column(String(40))


class RetroAction(Entity):
    """Something the team agreed to do, followed up at the next retrospective."""

    __tablename__ = "retro_action"

    retrospective_id: Mapped[str] = mapped_column(
        ForeignKey("retrospective.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[str | None] = mapped_column(
        ForeignKey("retro_note.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        _enum(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )
    carried_from_id: Mapped[str | None] = mapped_column(
        ForeignKey("retro_action.id", ondelete="SET NULL"), index=True
    )
    review_note: Mapped[str] = mapped_column(Text, default="")
    backlog_item_id: Mapped[str | None] = mapped_column(
        ForeignKey("backlog_item.id", ondelete="SET NULL"), index=True
    )


lesson_method = Table(
    "lesson_method",
    Base.metadata,
    Column("lesson_id", ForeignKey("lesson.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "method_id", ForeignKey("method.id", ondelete="RESTRICT"), primary_key=True, index=True
    ),
)


class Lesson(Entity):
    """Something learned, kept in the library shared by every project and locality.

    The full-text index ``lesson_fts`` (an FTS5 table outside the models, see
    ``store/search.py``) is kept in step with this table by triggers.
    """

    __tablename__ = "lesson"
    __table_args__ = (Index("ix_lesson_learned_on", "learned_on"),)

    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    project_id: Mapped[str | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    locality: Mapped[str] = mapped_column(String(100), default="")
    target_groups: Mapped[str] = mapped_column(String(500), default="")
    themes: Mapped[str] = mapped_column(String(500), default="")
    source_note_id: Mapped[str | None] = mapped_column(
        ForeignKey("retro_note.id", ondelete="SET NULL"), index=True
    )
    learned_on: Mapped[date] = mapped_column(Date)

    methods: Mapped[list["Method"]] = relationship(secondary=lesson_method)
