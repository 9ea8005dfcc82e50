"""Fractional ranks: strings that sort in backlog order and always leave room between two.

Moving an item writes one row: its new rank lies strictly between its new neighbours', so the
rest of the backlog is never renumbered. Ranks use the digits 0-9a-z, compare as plain strings
(and so in SQL ``ORDER BY``) and never end in ``0``, which keeps every gap divisible.
"""

from __future__ import annotations

import math

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
BASE = len(DIGITS)


class RankError(ValueError):
    """Raised for ranks that are not valid or not in order."""


def _check(rank: str) -> None:
    if not rank or rank.endswith("0") or any(ch not in DIGITS for ch in rank):
        raise RankError(f"invalid rank {rank!r}")


def _midpoint(low: str, high: str | None) -> str:
    """A key strictly between ``low`` ("" = start) and ``high`` (None = end)."""
    if high is not None:
        shared = 0
        while shared < len(high) and (low[shared] if shared < len(low) else "0") == high[shared]:
            shared += 1
        if shared:
            return high[:shared] + _midpoint(low[shared:], high[shared:])
    low_digit = DIGITS.index(low[0]) if low else 0
    high_digit = DIGITS.index(high[0]) if high is not None else BASE
    if high_digit - low_digit > 1:
        return DIGITS[(low_digit + high_digit + 1) // 2]
    if high is not None and len(high) > 1:
        return high[:1]
    return DIGITS[low_digit] + _midpoint(low[1:], None)


def _step(rank: str, delta: int) -> str | None:
    """``rank`` moved by ``delta`` units of its last digit, or None when that leaves the range."""
    value = 0
    for ch in rank:
        value = value * BASE + DIGITS.index(ch)
    value += delta
    if value % BASE == 0:
        value += delta
    if value <= 0 or value >= BASE ** len(rank):
        return None
    digits = []
    for _ in range(len(rank)):
        value, remainder = divmod(value, BASE)
        digits.append(DIGITS[remainder])
    return "".join(reversed(digits))


def rank_between(before: str | None, after: str | None) -> str:
    """The rank for an item placed after ``before`` and before ``after`` (None = an end).

    At either end the neighbour's rank is stepped by one unit of its last digit, so that
    adding items one after another keeps ranks short; between two items the midpoint is used.
    """
    if before is not None:
        _check(before)
    if after is not None:
        _check(after)
        if before is not None and before >= after:
            raise RankError(f"ranks out of order: {before!r} >= {after!r}")
    if after is None and before is not None:
        stepped = _step(before, +1)
        if stepped is not None:
            return stepped
    if before is None and after is not None:
        stepped = _step(after, -1)
        if stepped is not None and stepped < after:
            return stepped
    return _midpoint(before or "", after)


def initial_ranks(count: int) -> list[str]:
    """``count`` evenly spaced ranks of equal length, for bulk loads and repairs."""
    if count <= 0:
        return []
    width = max(2, math.ceil(math.log(count + 2, BASE)) + 1)
    spacing = (BASE**width - 1) // (count + 1)
    spacing -= spacing % BASE  # keep the last digit free so that it can be set to "1"
    ranks = []
    for index in range(1, count + 1):
        value = spacing * index + 1
        digits = []
        for _ in range(width):
            value, remainder = divmod(value, BASE)
            digits.append(DIGITS[remainder])
        ranks.append("".join(reversed(digits)))
    return ranks


def ranks_between(before: str | None, after: str | None, count: int) -> list[str]:
    """``count`` ordered ranks between two neighbours, spread by bisection.

    Placing many items in one gap one after another would make each key longer than the last;
    bisecting keeps the keys' length growing with the logarithm of ``count`` instead.
    """
    if count <= 0:
        return []
    middle = rank_between(before, after)
    left = count // 2
    return [
        *ranks_between(before, middle, left),
        middle,
        *ranks_between(middle, after, count - left - 1),
    ]


MAX_RANK_LENGTH = 48  # past this the project's ranks are spread out again (see initial_ranks)
