"""Start-up work that waits for the window's first paint, and the marks the benchmark reads."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from improve_desktop.cli import run
from improve_desktop.ui import first_paint
from improve_desktop.ui.first_paint import FirstPaint
from improve_desktop.ui.focus_ring import FocusRingKeeper


def test_queued_work_runs_after_the_first_paint_and_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    watcher = FirstPaint(window)
    ran: list[str] = []
    watcher.painted.connect(lambda: ran.append("painted"))
    watcher.call_after(lambda: ran.append("first"))
    watcher.call_after(lambda: ran.append("second"))
    assert ran == []
    window.show()
    qtbot.waitUntil(lambda: watcher.done, timeout=first_paint.FALLBACK_MS // 2)
    assert ran == ["painted", "first", "second"]
    # Later work runs on the next turn of the event loop, not at once.
    watcher.call_after(lambda: ran.append("later"))
    assert ran[-1] == "second"
    qtbot.waitUntil(lambda: ran[-1] == "later")


def test_one_failing_piece_of_work_does_not_keep_the_others_from_running(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    watcher = FirstPaint(window)
    reported: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, trace: reported.append(kind))
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("an unreadable steering row")

    watcher.call_after(broken)
    watcher.call_after(lambda: ran.append("daily backup"))
    window.show()
    qtbot.waitUntil(lambda: watcher.done)
    assert ran == ["daily backup"]
    assert reported == [RuntimeError]


def test_a_window_never_shown_still_gets_its_work_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    watcher = FirstPaint(window)
    ran: list[str] = []
    watcher.call_after(lambda: ran.append("done"))
    qtbot.waitUntil(lambda: ran == ["done"], timeout=first_paint.FALLBACK_MS * 3)


def test_the_collector_rests_while_the_window_is_built_and_is_on_again_afterwards(
    qapp: object, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from improve_desktop.ui.window_host import WindowHost

    collecting_while_built: list[bool] = []
    show = WindowHost.show

    def watched_show(host: WindowHost, language: str | None) -> object:
        collecting_while_built.append(gc.isenabled())
        return show(host, language)

    monkeypatch.setattr(WindowHost, "show", watched_show)
    for keeper in qapp.findChildren(FocusRingKeeper):  # type: ignore[attr-defined]
        shiboken6.delete(keeper)  # made by earlier tests; start-up must make its own
    assert gc.isenabled()
    assert run(["--database", str(demo_path), "--quit-after-shown"]) == 0
    assert collecting_while_built == [False]
    assert gc.isenabled()
    # What start-up made is out of the collector's sight from then on.
    assert gc.get_freeze_count() > 10_000
    # The focus ring was installed once the window had been drawn.
    assert qapp.findChild(FocusRingKeeper) is not None  # type: ignore[attr-defined]
    assert run(["--database", str(demo_path), "check"]) == 0
    assert gc.isenabled()
    assert run(["--database", str(demo_path), "list", "nothing"]) == 2
    assert gc.isenabled()


def test_a_traced_start_marks_each_phase_in_order_and_the_window_drawn(
    demo_path: Path, tmp_path: Path
) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", IMPROVE_DATA_DIR=str(tmp_path),
                       IMPROVE_STARTUP_TRACE="1", IMPROVE_STARTUP_MARK="1")
    result = subprocess.run(
        [sys.executable, "-m", "improve_desktop", "--database", str(demo_path),
         "--quit-after-shown"], env=environment, capture_output=True, text=True, timeout=120,
        check=False)
    assert result.returncode == 0, result.stderr
    marks = [line.split(" ", 2) for line in result.stderr.splitlines()
             if line.startswith("startup-trace ")]
    phases = [phase for _, _, phase in marks]
    assert phases == ["command line and settings modules", "store and services modules",
                      "Qt and window modules", "application, theme, translations",
                      "store opened", "window built and shown", "first paint",
                      "after the first paint"]
    moments = [float(moment) for _, moment, _ in marks]
    assert moments == sorted(moments)
    assert result.stdout.strip() == "improve-desktop: window shown"


def test_an_untraced_start_writes_no_marks(demo_path: Path, tmp_path: Path) -> None:
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("IMPROVE_STARTUP_TRACE", "IMPROVE_STARTUP_MARK")}
    environment.update(QT_QPA_PLATFORM="offscreen", IMPROVE_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "improve_desktop", "--database", str(demo_path),
         "--quit-after-shown"], env=environment, capture_output=True, text=True, timeout=120,
        check=False)
    assert result.returncode == 0, result.stderr
    assert "startup-trace" not in result.stderr and result.stdout == ""
