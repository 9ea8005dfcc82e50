"""Small-count suppression: counts below a threshold are stored but never shown as they are.

Participant figures with few people in a cell could point at individuals (the only woman aged
50–64 who ended in a quarter). Every count below the threshold, zero included, is shown and
exported as "<threshold" ("<5" by default); counts at or above it are shown as they are.
Totals are shown as they are (they are at or above the threshold wherever it matters, and a
total alone points at nobody).
"""

from __future__ import annotations

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 1
MAX_THRESHOLD = 50


def is_suppressed(count: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    return count < threshold


def suppressed_text(count: int, threshold: int = DEFAULT_THRESHOLD) -> str:
    """``count`` as text, or "<threshold" when it is below the threshold."""
    return f"<{threshold}" if is_suppressed(count, threshold) else str(count)
