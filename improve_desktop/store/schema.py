"""The schema revisions this version of the application knows, oldest first.

Kept as plain data so that start-up can tell current, older and newer databases apart without
importing Alembic; a test checks that it matches the scripts in ``migrations/versions``.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = ("0001_core", "0002_planning")
HEAD_REVISION = KNOWN_REVISIONS[-1]
