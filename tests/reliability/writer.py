"""The writer that the SIGKILL test starts and kills: commits numbered transactions for ever.

Transaction ``n`` adds one organisation and one project named ``K{n:05d}`` and ``items_in(n)``
backlog items whose descriptions are ``description_size(n)`` characters long, so that some
transactions fit in one page and others span dozens. After each commit returns, ``n`` is sent
to the parent: that is the acknowledgement the test holds the database to. Every 25th
transaction a backup is taken too, so that some kills land in the middle of a backup.

Imported by the fork server before any test forks from it, so a writer starts in milliseconds.
"""

from __future__ import annotations

import traceback
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from improve_desktop.services.workspace import Workspace
from improve_desktop.store.backup import MANUAL, take_backup
from improve_desktop.store.models import BacklogItem, Organisation, Project


def items_in(number: int) -> int:
    return 1 + number % 17


def description_size(number: int) -> int:
    return 3000 if number % 5 == 0 else 40


def name_of(number: int) -> str:
    return f"K{number:05d}"


def write_until_killed(database: str, first: int, channel: Connection) -> None:
    try:
        _write(database, first, channel)
    except BaseException:
        # The test fails on any way of dying but SIGKILL; say why.
        channel.send(("error", traceback.format_exc()))
        raise


def _write(database: str, first: int, channel: Connection) -> None:
    workspace = Workspace(Path(database))  # takes the writer lock, checks and opens the file
    channel.send(("opened", workspace.lock_recovered_from_pid))
    store = workspace._store
    number = first
    while True:
        with store.write() as session:
            organisation = Organisation(name=name_of(number), locality=str(items_in(number)))
            session.add(organisation)
            session.flush()
            project = Project(
                code=name_of(number), name=f"Projekt {number}",
                owner_organisation_id=organisation.id,
                start_date=date(2026, 1, 1), end_date=date(2027, 12, 31),
            )
            session.add(project)
            session.flush()
            session.add_all(
                BacklogItem(project_id=project.id, rank=f"{index:04d}", title=f"Post {index}",
                            description="x" * description_size(number))
                for index in range(items_in(number))
            )
        channel.send(("ack", number))
        number += 1
        if number % 25 == 0:
            take_backup(Path(database), MANUAL)


def open_and_hold(database: str, channel: Connection) -> None:
    """Open the database as the application does, say so, then keep it open until killed."""
    try:
        workspace = Workspace(Path(database))
        channel.send(("opened", workspace.report.upgraded_from))
        workspace.organisations.create_organisation({"name": "Skriven av den första"})
        channel.send(("wrote", None))
    except BaseException:
        channel.send(("error", traceback.format_exc()))
        raise
    import time

    while True:
        time.sleep(1)
