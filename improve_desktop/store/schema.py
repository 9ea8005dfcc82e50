"""The schema revisions this version of the application knows, oldest first.

Kept as plain data so that start-up can tell current, older and newer databases apart without
importing Alembic; a test checks that it matches the scripts in ``migrations/versions``.
"""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_core", "0002_planning", "0003_retrospectives", "0004_steering", "0005_results"
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

# The full-text index of the lessons (revision 0003): an FTS5 table with its shadow tables and
# triggers, made by the migration and not described by the models.
SEARCH_INDEX = "lesson_fts"


def is_search_index(name: str | None) -> bool:
    """Whether ``name`` is the lessons' FTS5 table or one of its shadow tables."""
    return bool(name) and (name == SEARCH_INDEX or str(name).startswith(SEARCH_INDEX + "_"))


def include_in_comparison(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic ``include_name`` hook: compare the models with everything but the FTS index."""
    return not (type_ == "table" and is_search_index(name))
