"""The lessons' FTS5 index follows every insert, edit and delete, and project renames."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select, update

from improve_desktop.store.engine import Store
from improve_desktop.store.models import Organisation, Project
from improve_desktop.store.retro_models import Lesson


def indexed(store: Store) -> dict[str, tuple[str, str, str, str, str]]:
    with store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT lesson_id, title, text, tags, locality, project FROM lesson_fts"
        )
        return {row[0]: tuple(row[1:]) for row in rows}


def matching(store: Store, query: str) -> set[str]:
    with store.read() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT lesson_id FROM lesson_fts WHERE lesson_fts MATCH ?", (query,)
        )
        return {row[0] for row in rows}


def test_index_follows_inserts_edits_deletes_and_renames(store: Store) -> None:
    with store.write() as session:
        organisation = Organisation(name="Samordningsförbundet Lycksele", locality="Lycksele")
        session.add(organisation)
        session.flush()
        project = Project(
            code="LYC-HR",
            name="Hälsa som resurs",
            owner_organisation_id=organisation.id,
            start_date=date(2026, 1, 1),
            end_date=date(2027, 12, 31),
        )
        session.add(project)
        session.flush()
        lesson = Lesson(
            title="Arbetsträningen behöver en handledare",
            text="Utan handledare föll det.",
            project_id=project.id,
            organisation_id=organisation.id,
            locality="Lycksele",
            target_groups="unga",
            themes="arbetsträning",
            learned_on=date(2026, 5, 4),
        )
        session.add(lesson)
        session.flush()
        lesson_id = lesson.id
        project_id = project.id
    assert indexed(store) == {
        lesson_id: (
            "Arbetsträningen behöver en handledare",
            "Utan handledare föll det.",
            "unga arbetsträning",
            "Lycksele",
            "Hälsa som resurs",
        )
    }
    assert matching(store, '"arbetsträn"*') == {lesson_id}
    # å, ä and ö are letters of their own: "arbetstran" does not find "arbetsträningen".
    assert matching(store, '"arbetstran"*') == set()

    with store.write() as session:
        session.execute(
            update(Lesson)
            .where(Lesson.id == lesson_id)
            .values(title="Praktik kräver stöd", themes="praktik")
        )
    # The old title and theme are gone from the index, the new ones are found.
    assert matching(store, '"arbetsträn"*') == set()
    assert matching(store, "praktik") == {lesson_id}
    assert indexed(store)[lesson_id][0] == "Praktik kräver stöd"
    assert indexed(store)[lesson_id][2] == "unga praktik"

    with store.write() as session:
        session.execute(update(Project).where(Project.id == project_id).values(name="Friskvård"))
    assert indexed(store)[lesson_id][4] == "Friskvård"
    assert matching(store, "project:friskvård") == {lesson_id}

    with store.write() as session:
        session.execute(delete(Lesson).where(Lesson.id == lesson_id))
        assert session.scalar(select(Lesson.id)) is None
    assert indexed(store) == {}
    assert matching(store, "praktik") == set()
