"""Writing files so that a failure never leaves a half-written file under the final name.

Settings and every export go through :func:`atomic_write` or :func:`atomic_writer`: the data
goes to a temporary file in the target's folder, is flushed to the disk, and only then renamed
over the target. A full disk, a read-only medium or a crash part-way leaves the old file (or no
file) under the final name, never a truncated one, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; folders cannot be opened for this on Windows.
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """A binary file to write ``path``'s new content into; it replaces ``path`` on success.

    If the block raises, or writing, flushing or renaming fails, the temporary file is removed
    and ``path`` is left exactly as it was. The error propagates.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions the user gave the file (mkstemp makes it 0600).
            with contextlib.suppress(OSError):
                os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def atomic_write(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (text is encoded) all at once, or not at all."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_writer(path) as handle:
        handle.write(payload)
