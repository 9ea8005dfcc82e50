"""Fixtures for the fault-injection tests; the stored-database helpers come from tests/store."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.store.conftest import (  # noqa: F401 - fixtures shared with the store tests
    extra_revision,
    files_in,
    revision_in,
    rows_of,
    stored_0001,
)

FORKSERVER = multiprocessing.get_context("forkserver")
FORKSERVER.set_forkserver_preload(["tests.reliability.writer"])


class Child:
    """A process forked from the server that has the application imported, and its messages."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        self.receiver, sender = FORKSERVER.Pipe(duplex=False)
        self.process = FORKSERVER.Process(target=target, args=(*args, sender))
        self.process.start()
        sender.close()

    @property
    def pid(self) -> int:
        assert self.process.pid is not None
        return self.process.pid

    def expect(self, kind: str, timeout: float = 60) -> Any:
        assert self.receiver.poll(timeout), f"no {kind!r} from the child in {timeout} s"
        got, value = self.receiver.recv()
        assert got != "error", value
        assert got == kind, (got, value)
        return value

    def kill(self) -> None:
        if self.process.is_alive():
            os.kill(self.pid, signal.SIGKILL)
        self.process.join(timeout=30)
        self.receiver.close()


@pytest.fixture
def spawn() -> Iterator[Callable[..., Child]]:
    children: list[Child] = []

    def start(target: Callable[..., None], *args: Any) -> Child:
        child = Child(target, *args)
        children.append(child)
        return child

    yield start
    for child in children:
        child.kill()
