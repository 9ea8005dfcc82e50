"""A writer killed with SIGKILL at random moments loses no acknowledged commit, and half of none.

One database, many lives: each round a fresh writer process (forked from a server that has the
application already imported) opens the database the way the application does (writer lock,
quick_check, migrations on the first round) and commits numbered transactions, acknowledging
each after its commit returns. After a random delay it is killed with SIGKILL: while starting,
in the middle of a transaction, during a commit or a WAL checkpoint, or while taking a backup.
Then the database must hold every acknowledged transaction (and at most the one whose
acknowledgement the kill cut off), each one whole, and pass ``integrity_check``; the next
writer must get the lock the dead one left behind without help.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from improve_desktop.store.backup import integrity_errors, list_backups
from improve_desktop.store.uri import read_only_uri

from .writer import description_size, items_in

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

ROUNDS = int(os.environ.get("IMPROVE_KILL_ROUNDS", "60"))
SEED = int(os.environ.get("IMPROVE_KILL_SEED", "20261127"))
MAX_DELAY = 0.25  # seconds of life: from its start, or from when it began writing
STARTUP_KILLS = 0.25  # the share of writers killed at a moment counted from their start
STARTUP_DELAY = 0.1  # ... within this many seconds of it


def committed(database: Path) -> dict[int, tuple[int, int, set[int]]]:
    """Per transaction number: (projects, items, description lengths) found in the file."""
    if not database.exists() or database.stat().st_size == 0:
        return {}
    with closing(sqlite3.connect(read_only_uri(database), uri=True)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "organisation" not in tables:
            return {}
        found: dict[int, tuple[int, int, set[int]]] = {}
        rows = connection.execute(
            "SELECT o.name, count(DISTINCT p.id), count(b.id), "
            "group_concat(DISTINCT length(b.description)) "
            "FROM organisation o LEFT JOIN project p ON p.owner_organisation_id = o.id "
            "LEFT JOIN backlog_item b ON b.project_id = p.id GROUP BY o.id"
        )
        for name, projects, items, lengths in rows:
            lengths_found = {int(value) for value in str(lengths).split(",")} if lengths else set()
            found[int(name[1:])] = (projects, items, lengths_found)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return found


def test_sigkill_at_random_moments_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["tests.reliability.writer"])
    from .writer import write_until_killed

    chance = random.Random(SEED)
    acknowledged: set[int] = set()
    recovered_locks = 0
    opened_rounds = 0
    started = time.monotonic()
    for round_number in range(ROUNDS):
        first = max(committed(database), default=-1) + 1
        receiver, sender = context.Pipe(duplex=False)
        writer = context.Process(target=write_until_killed, args=(str(database), first, sender))
        writer.start()
        sender.close()
        messages: list[tuple[str, object]] = []
        if chance.random() < STARTUP_KILLS:
            # Somewhere in starting up: lock, checks, creating the file, the first commits.
            time.sleep(chance.uniform(0, STARTUP_DELAY))
        else:
            # Once it is writing, however long starting took on a busy machine.
            deadline = time.monotonic() + 60
            while not any(kind in ("opened", "error") for kind, _ in messages):
                assert time.monotonic() < deadline and writer.is_alive(), "the writer hangs"
                if receiver.poll(0.01):
                    messages.append(receiver.recv())
            time.sleep(chance.uniform(0, MAX_DELAY))
        os.kill(writer.pid, signal.SIGKILL)  # type: ignore[arg-type]
        writer.join(timeout=30)
        errors = []
        round_acks: list[int] = []
        while True:
            if messages:
                kind, value = messages.pop(0)
            else:
                try:
                    kind, value = receiver.recv()
                except EOFError:
                    break
            if kind == "error":
                errors.append(value)
            elif kind == "ack":
                acknowledged.add(value)
                round_acks.append(value)
            elif kind == "opened":
                opened_rounds += 1
                recovered_locks += value is not None
        receiver.close()
        assert not errors, f"round {round_number}: the writer failed:\n{errors[0]}"
        assert writer.exitcode == -signal.SIGKILL, f"round {round_number}: the writer had died"

        assert integrity_errors(database) == [] if database.exists() else True
        found = committed(database)
        missing = acknowledged - set(found)
        assert not missing, f"round {round_number}: acknowledged commits lost: {sorted(missing)}"
        newest = max(found, default=-1)
        assert sorted(found) == list(range(newest + 1)), f"round {round_number}: a gap"
        # The kill may fall between a commit and its acknowledgement: one such per writer.
        last_acknowledged = max(round_acks, default=first - 1)
        assert newest <= last_acknowledged + 1, f"round {round_number}: unacknowledged commits"
        for number, (projects, items, lengths) in found.items():
            whole = (1, items_in(number), {description_size(number)})
            assert (projects, items, lengths) == whole, f"transaction {number} is partial"

    elapsed = time.monotonic() - started
    backups = list_backups(database)
    partials = list((tmp_path / "backups").glob("*.partial")) if backups else []
    print(f"\n{ROUNDS} SIGKILLs in {elapsed:.1f} s: {len(acknowledged)} acknowledged commits, "
          f"{opened_rounds} writers got as far as opening, {recovered_locks} recovered the lock "
          f"of a killed writer; {len(backups)} backups, {len(partials)} cut off half-way")
    assert len(acknowledged) > ROUNDS, "the writers should have committed plenty"
    assert opened_rounds >= ROUNDS // 2
    assert recovered_locks >= opened_rounds // 2, "stale locks of killed writers were recovered"
    for backup in list_backups(database):
        assert integrity_errors(backup.path) == [], f"{backup.path.name} is not a sound backup"
