"""Small-count suppression: counts below a threshold are stored but never shown as they are.

Participant figures with few people in a cell could point at individuals (the only woman aged
50–64 who ended in a quarter). Every count below the threshold, zero included, is shown and
exported as "<threshold" ("<5" by default); counts at or above it are shown as they are. This
is *primary* suppression (:func:`suppressed_text`).

Totals are shown as they are, and that alone would undo primary suppression: in a breakdown
(started by gender, by age band, exits by status) next to its total, one hidden cell is the
total less the cells shown. So each breakdown is also given *secondary* (complementary)
suppression (:func:`hidden_cells`, :func:`group_texts`):

* A group with a small cell always gets one secondary cell, the smallest other (ties: the
  first), whatever the values: were it added only when needed, its presence would say so
  (under "ended 7", "x" beside four "<5" would mean that all four were zero).
* A reader knows that the hidden cells of a group add up to the total less the shown cells,
  that a "<5" cell is 0–4, and that a secondarily hidden cell is at least 5 (it would read
  "<5" otherwise) and at most the smallest count still shown (the smallest are hidden first).
  While some hidden cell is pinned to one value by that, the smallest cell still shown is
  hidden too: two "<5" cells of 4 and 4 with a remainder of 8 are pinned, as is an "x" beside
  a shown 5 when the x is 5.
* Limit: a reader who knows this rule in every detail can still learn a little from whether
  a further cell was hidden; the common cases (one small cell, several, zeros) read the same
  whatever the values.
* At threshold 1 only zeros are hidden, and "<1" says 0 by itself: no secondary cells.
* A total below the threshold is hidden itself, and then nothing can be worked out from it:
  the group gets primary suppression only.
* Each breakdown is checked on its own against its shown total. That is enough as long as the
  breakdowns only share that total (gender and age band both add up to "started", but no table
  crosses gender with age band): what one breakdown shows says nothing about another's cells.
  Whoever adds a cross table, or a total over several periods, must treat its rows, columns
  and the periods as groups too (linked suppression), or the cells can be solved again.
* The choice is deterministic, so every view and export of the same group hides the same
  cells; different choices in two places would give both away when put side by side.
* Exits by status may add up to less than "ended" (a status not yet known). The rule assumes
  the worst, that they add up, which can only hide more, never less.
* When every cell of a group is hidden and one is still pinned (a "<5" of 0 and an "x" of 5
  under a total of 5: the "x" must be 5, so all five are men), the group is withheld whole:
  every cell reads "x", which then says nothing about its size, and each could be anything
  from 0 to the total. Hiding the total would also do, but the total is shared with the other
  breakdowns and is the figure the steering group follows.

A secondarily hidden cell is shown as :data:`SECONDARY_MARK`, "x", and not as "<5": its count is
at or above the threshold, so "<5" would be false. "x" is a common mark for a figure withheld
for confidentiality; "–" is not used because Swedish tables use it for zero, nor ".." (not
available or too uncertain). Every view and export that shows the mark explains it next to the figures.
"""

from __future__ import annotations

from collections.abc import Sequence

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 1
MAX_THRESHOLD = 50

SECONDARY_MARK = "x"


def is_suppressed(count: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    return count < threshold


def suppressed_text(count: int, threshold: int = DEFAULT_THRESHOLD) -> str:
    """``count`` as text, or "<threshold" when it is below the threshold."""
    return f"<{threshold}" if is_suppressed(count, threshold) else str(count)


def hidden_cells(counts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
                 total: int | None = None) -> frozenset[int]:
    """The positions in ``counts`` (one group, the parts of one total) that must not be shown:
    those below the threshold, and those hidden so that no hidden cell can be worked out.

    ``total`` is the total shown next to the group; without it, the sum of ``counts``."""
    hidden = {i for i, count in enumerate(counts) if is_suppressed(count, threshold)}
    if is_suppressed(sum(counts) if total is None else total, threshold):
        return frozenset(hidden)  # the total is hidden too: nothing to subtract from
    shown = [i for i in range(len(counts)) if i not in hidden]
    if hidden and shown and threshold > 1:
        # One protecting cell whenever a group has a small one, whatever the values: were it
        # added only when needed, its presence would tell (all other exits zero, say).
        hidden.add(min(shown, key=lambda i: (counts[i], i)))
    while hidden and _pinned(counts, hidden, threshold):
        shown = [i for i in range(len(counts)) if i not in hidden]
        if not shown:
            break  # the limit in the module docstring
        hidden.add(min(shown, key=lambda i: (counts[i], i)))
    return frozenset(hidden)


def secondary_cells(counts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
                    total: int | None = None) -> frozenset[int]:
    """The positions shown as the secondary mark: hidden only to protect other cells (at or
    above the threshold), or every position of a group withheld whole."""
    hidden = hidden_cells(counts, threshold, total)
    if _withheld_whole(counts, hidden, threshold, total):
        return frozenset(range(len(counts)))
    return frozenset(i for i in hidden if not is_suppressed(counts[i], threshold))


def group_texts(counts: Sequence[int], threshold: int = DEFAULT_THRESHOLD,
                total: int | None = None) -> list[str]:
    """Each count of the group as shown: the number, "<threshold", or the secondary mark."""
    secondary = secondary_cells(counts, threshold, total)
    return [SECONDARY_MARK if i in secondary else suppressed_text(count, threshold)
            for i, count in enumerate(counts)]


def _withheld_whole(counts: Sequence[int], hidden: frozenset[int], threshold: int,
                    total: int | None) -> bool:
    """Every cell is hidden under a shown total and one is pinned all the same."""
    shown_total = sum(counts) if total is None else total
    return (len(counts) > 1 and len(hidden) == len(counts) and threshold > 1
            and not is_suppressed(shown_total, threshold)
            and _pinned(counts, set(hidden), threshold))


def _pinned(counts: Sequence[int], hidden: set[int], threshold: int) -> bool:
    """Whether what a reader knows pins some hidden cell to a single value.

    The hidden cells add up to ``remainder``; each lies in its own bounds: "<5" is 0–4, "x" is
    at least 5 and, since the smallest cells are the ones hidden, at most the smallest count
    still shown. Under one sum, the values a cell can take run from its lower bound raised by
    what the others cannot hold to its upper bound lowered by what the others must hold, and
    every value between is possible.
    """
    remainder = sum(counts[i] for i in hidden)
    shown = [counts[i] for i in range(len(counts)) if i not in hidden]
    x_most = min([remainder, *shown])
    bounds = [(0, threshold - 1) if is_suppressed(counts[i], threshold)
              else (threshold, x_most) for i in hidden]
    lows = sum(low for low, _ in bounds)
    highs = sum(high for _, high in bounds)
    for low, high in bounds:
        least = max(low, remainder - (highs - high))
        most = min(high, remainder - (lows - low))
        # A "<1" cell says 0 by itself: there is nothing to protect it from.
        if least == most and (low, high) != (0, 0):
            return True
    return False
