"""Small-count suppression: primary ("<5") and secondary ("x") so that no hidden cell of a
breakdown can be worked out from its shown total and shown cells."""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improve_desktop.domain.participant_cells import period_texts
from improve_desktop.domain.suppression import (
    SECONDARY_MARK,
    group_texts,
    hidden_cells,
    secondary_cells,
    suppressed_text,
)


def test_primary_suppression_is_unchanged() -> None:
    assert suppressed_text(4) == "<5" and suppressed_text(0) == "<5"
    assert suppressed_text(5) == "5" and suppressed_text(7, 10) == "<10"


@pytest.mark.parametrize(("counts", "texts"), [
    ([10, 12, 7], ["10", "12", "7"]),  # nothing small: nothing hidden
    ([3, 12, 10], ["<5", "12", "x"]),  # one small cell: the smallest other goes with it
    ([3, 10, 10], ["<5", "x", "10"]),  # a tie: the first of the smallest
    ([2, 3, 20], ["<5", "<5", "x"]),  # a small cell always brings one "x", whatever the values
    ([4, 4, 20], ["<5", "<5", "x"]),  # 4 + 4 = 8 would pin both to 4
    ([0, 20], ["<5", "x"]),  # a hidden zero is protected like any other small count
    ([6, 1, 0, 0, 0], ["x", "<5", "<5", "<5", "<5"]),  # reads as [7, 0, 0, 0, 0] does
    ([7, 0, 0, 0, 0], ["x", "<5", "<5", "<5", "<5"]),
    ([4, 5, 5, 10], ["<5", "x", "x", "10"]),  # an "x" of 5 beside a shown 5 would be pinned
    ([1, 2, 1], ["<5", "<5", "<5"]),  # the total is below 5 too: nothing more
])
def test_secondary_cells(counts: list[int], texts: list[str]) -> None:
    assert group_texts(counts) == texts
    assert secondary_cells(counts) == {i for i, text in enumerate(texts) if text == "x"}


def test_a_group_that_cannot_be_protected_cell_by_cell_is_withheld_whole() -> None:
    # "<5" and "x" would say 0 and 5 (all five were men); every cell "x" says nothing.
    assert group_texts([0, 5]) == ["x", "x"]
    assert group_texts([0, 0, 5]) == ["x", "x", "x"]
    assert secondary_cells([0, 0, 5]) == {0, 1, 2}
    # Where two hidden cells protect each other, the marks stay as they are.
    assert group_texts([1, 4]) == ["<5", "<5"]
    assert group_texts([0, 0, 6], total=9) == ["<5", "<5", "x"]


def test_a_hidden_total_needs_no_secondary_cells() -> None:
    # Exits may add up to less than "ended": whether the total is shown decides; the rule
    # then assumes the worst, that the cells add up to it.
    assert group_texts([0, 0, 0, 0, 6], total=9) == ["<5", "<5", "<5", "<5", "x"]
    assert group_texts([0, 0, 0, 0, 6], total=4) == ["<5", "<5", "<5", "<5", "6"]
    assert hidden_cells([3, 6], 10, total=9) == {0, 1}  # both primary, the total too
    assert secondary_cells([3, 6], 5, total=4) == frozenset()


def test_the_threshold_is_respected() -> None:
    assert group_texts([9, 30, 12], 10) == ["<10", "30", "x"]
    assert group_texts([0, 30, 12], 1) == ["<1", "30", "12"]  # "<1" says 0: nothing to protect


def test_period_texts_check_each_breakdown_against_its_own_total() -> None:
    period = SimpleNamespace(
        started=20, ended=9,
        started_by_gender={"woman": 3, "man": 17},  # "other" absent: 0
        started_by_age={"15-24": 6, "25-29": 6, "30-49": 8},
        exits={"work": 9})
    texts = period_texts(period, 5)
    assert texts.started == "20" and texts.ended == "9"
    assert texts.started_by_gender == ("<5", "x", "<5")  # small cells always bring an "x"
    assert texts.started_by_age == ("x", "6", "8", "<5", "<5")  # zeros would be pinned to 0
    assert texts.exits == ("x", "<5", "<5", "<5", "<5")  # four zeros would be pinned to 0
    assert texts.has_secondary


# -- properties ----------------------------------------------------------------------------------


def _possible_values(counts: Sequence[int], hidden: frozenset[int], threshold: int,
                     ) -> dict[int, set[int]]:
    """What a reader can deduce, by brute force: for each hidden cell, every value it can take
    in some filling of the hidden cells that reads the same ("<t" is 0..t-1, "x" is t or more)
    and adds up to the total less the shown cells."""
    remainder = sum(counts[i] for i in hidden)
    # "x" is at most the smallest count still shown: the smallest cells are hidden first.
    x_most = min([remainder, *(count for i, count in enumerate(counts) if i not in hidden)])
    ranges = {i: range(threshold) if counts[i] < threshold else range(threshold, x_most + 1)
              for i in hidden}
    possible: dict[int, set[int]] = {}
    for cell in hidden:
        sums = {0}  # every sum the other hidden cells can make, up to the remainder
        for other in hidden - {cell}:
            sums = {s + v for s in sums for v in ranges[other] if s + v <= remainder}
        possible[cell] = {v for v in ranges[cell] if remainder - v in sums}
    return possible


groups = st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=5)
thresholds = st.integers(min_value=1, max_value=6)


@settings(max_examples=400, deadline=None)
@given(counts=groups, threshold=thresholds)
def test_no_single_hidden_cell_under_a_shown_total(counts: list[int], threshold: int) -> None:
    hidden = hidden_cells(counts, threshold)
    if sum(counts) >= threshold > 1:
        assert len(hidden) != 1  # one hidden cell is the total less the shown cells


@settings(max_examples=400, deadline=None)
@given(counts=groups, threshold=thresholds)
def test_no_hidden_cell_can_be_worked_out(counts: list[int], threshold: int) -> None:
    hidden = hidden_cells(counts, threshold)
    assert {i for i, count in enumerate(counts) if count < threshold} <= hidden
    if sum(counts) < threshold:
        return  # a hidden total
    if secondary_cells(counts, threshold) == set(range(len(counts))) and len(counts) > 1:
        # Withheld whole: every "x" is anything from 0 to the total, which is not 0.
        assert sum(counts) > 0
        return
    for cell, values in _possible_values(counts, hidden, threshold).items():
        assert counts[cell] in values
        if threshold > 1:  # "<1" says 0 by itself
            assert len(values) >= 2, (cell, values)


@settings(max_examples=200, deadline=None)
@given(counts=groups, threshold=thresholds)
def test_texts_never_state_a_false_bound(counts: list[int], threshold: int) -> None:
    texts = group_texts(counts, threshold)
    whole = len(counts) > 1 and all(text == SECONDARY_MARK for text in texts)
    for count, text in zip(counts, texts, strict=True):
        if text == SECONDARY_MARK:
            assert whole or count >= threshold  # "<5" would be a lie for it
        elif text.startswith("<"):
            assert count < threshold
        else:
            assert int(text) == count >= threshold
    assert group_texts(counts, threshold) == texts  # the same group hides the same cells
