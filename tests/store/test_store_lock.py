"""The writer lock: one holder at a time, stale locks of dead processes recovered at once."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from improve_desktop.store import lock as lock_module
from improve_desktop.store.errors import DatabaseLocked, LockUnavailable
from improve_desktop.store.lock import LockOwner, WriterLock, lock_path, read_owner

REPOSITORY = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from improve_desktop.store.lock import WriterLock

    lock = WriterLock(Path(sys.argv[1])).acquire()
    print("locked", flush=True)
    sys.stdin.readline()  # hold until told, or until killed
    lock.release()
    print("released", flush=True)
    """
)


def start_holder(database: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=REPOSITORY,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def test_acquire_writes_the_owner_and_release_removes_the_file(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    with WriterLock(database) as held:
        assert held.held
        assert held.recovered_from is None
        owner = read_owner(database)
        assert owner is not None and owner.pid == os.getpid()
        assert lock_path(database) == tmp_path / "improve.sqlite3.lock"
    assert not lock_path(database).exists()
    assert read_owner(database) is None


def test_a_second_lock_in_this_process_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    first = WriterLock(database).acquire()
    with pytest.raises(DatabaseLocked) as refused:
        WriterLock(database).acquire()
    assert refused.value.pid == os.getpid()
    assert "already open" in str(refused.value)
    first.release()
    WriterLock(database).acquire().release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_another_live_process_holds_it_then_lets_go(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    holder = start_holder(database)
    try:
        with pytest.raises(DatabaseLocked) as refused:
            WriterLock(database).acquire()
        assert refused.value.pid == holder.pid
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
    finally:
        holder.wait(timeout=30)
    with WriterLock(database) as mine:
        assert mine.recovered_from is None, "a clean release leaves nothing to recover"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_of_a_killed_process_is_recovered_at_once(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    holder = start_holder(database)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    assert lock_path(database).exists(), "a killed process leaves its lock file behind"
    with WriterLock(database) as mine:
        assert mine.recovered_from is not None
        assert mine.recovered_from.pid == holder.pid
        owner = read_owner(database)
        assert owner is not None and owner.pid == os.getpid()


def test_a_lock_file_with_a_reused_or_garbage_owner_does_not_block(tmp_path: Path) -> None:
    database = tmp_path / "improve.sqlite3"
    # A lock file naming a live process (our parent, say) but not locked by anyone: stale.
    lock_path(database).write_text(LockOwner(os.getppid(), "here", "yesterday").dump())
    with WriterLock(database) as mine:
        assert mine.recovered_from == LockOwner(os.getppid(), "here", "yesterday")
    lock_path(database).write_bytes(b"\x00\xffnot json")
    with WriterLock(database) as mine:
        assert mine.recovered_from is None


def test_a_folder_where_no_lock_file_can_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_file_system(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(lock_module.os, "open", read_only_file_system)
    with pytest.raises(LockUnavailable, match="Read-only file system"):
        WriterLock(tmp_path / "improve.sqlite3").acquire()


def test_a_lock_file_removed_between_open_and_lock_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "improve.sqlite3"
    real = lock_module._try_os_lock
    calls = []

    def swapped_underneath(descriptor: int) -> bool:
        # The first time, the previous holder releases (removes the file) just before we lock.
        calls.append(descriptor)
        if len(calls) == 1:
            lock_path(database).unlink()
        return real(descriptor)

    monkeypatch.setattr(lock_module, "_try_os_lock", swapped_underneath)
    with WriterLock(database):
        assert len(calls) == 2
        assert lock_path(database).exists()
