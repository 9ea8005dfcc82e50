"""Start-up phase marks, for ``bench/startup.py --phases``.

With ``IMPROVE_STARTUP_TRACE`` set, each mark writes one line to stderr: the monotonic clock
(the one the benchmark starts the process by) and the phase just finished. Otherwise a mark
costs one test of a constant.
"""

from __future__ import annotations

import os
import sys
import time

TRACE_ENV = "IMPROVE_STARTUP_TRACE"
_TRACING = bool(os.environ.get(TRACE_ENV))


def mark(phase: str) -> None:
    if _TRACING:
        print(f"startup-trace {time.monotonic():.6f} {phase}", file=sys.stderr, flush=True)
