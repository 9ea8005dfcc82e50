"""Fractional backlog ranks: ordering, validity and room between neighbours."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improve_desktop.domain.ranking import BASE, DIGITS, RankError, initial_ranks, rank_between

RANK_COLUMN_LENGTH = 64  # BacklogItem.rank is String(64)

valid_ranks = st.text(alphabet=DIGITS, min_size=1, max_size=10).filter(
    lambda rank: not rank.endswith("0")
)


def assert_valid(rank: str) -> None:
    assert rank, "a rank must not be empty"
    assert set(rank) <= set(DIGITS), f"{rank!r} has characters outside 0-9a-z"
    assert not rank.endswith("0"), f"{rank!r} ends in '0'"


def assert_between(before: str | None, rank: str, after: str | None) -> None:
    assert_valid(rank)
    if before is not None:
        assert before < rank, f"{rank!r} is not after {before!r}"
    if after is not None:
        assert rank < after, f"{rank!r} is not before {after!r}"


class TestRankBetween:
    def test_first_rank_of_an_empty_backlog_is_valid(self) -> None:
        assert_valid(rank_between(None, None))

    def test_at_the_end_the_last_digit_is_stepped(self) -> None:
        assert rank_between("i", None) == "j"
        assert rank_between(None, "j") == "i"

    def test_stepping_skips_ranks_that_end_in_zero(self) -> None:
        assert rank_between("1z", None) == "21"
        assert rank_between(None, "21") == "1z"

    def test_at_the_edges_of_the_alphabet_a_digit_is_added(self) -> None:
        after_z = rank_between("z", None)
        assert_between("z", after_z, None)
        assert len(after_z) == 2
        before_1 = rank_between(None, "1")
        assert_between(None, before_1, "1")
        assert before_1.startswith("0")

    def test_between_two_ranks_a_midpoint_is_used(self) -> None:
        assert rank_between("a", "c") == "b"
        middle = rank_between("a", "b")
        assert_between("a", middle, "b")
        assert middle.startswith("a")

    def test_between_a_rank_and_its_extension(self) -> None:
        # "1" < "11": the new rank must still fit in between.
        assert_between("1", rank_between("1", "11"), "11")
        assert_between("a", rank_between("a", "a01"), "a01")

    @pytest.mark.parametrize("bad", ["", "a0", "A", "a-b", "ä", "10"])
    def test_invalid_ranks_are_refused(self, bad: str) -> None:
        with pytest.raises(RankError):
            rank_between(bad, None)
        with pytest.raises(RankError):
            rank_between(None, bad)

    @pytest.mark.parametrize(("before", "after"), [("b", "a"), ("a", "a"), ("b1", "b")])
    def test_neighbours_out_of_order_are_refused(self, before: str, after: str) -> None:
        with pytest.raises(RankError, match="out of order"):
            rank_between(before, after)

    def test_rank_error_is_a_value_error(self) -> None:
        assert issubclass(RankError, ValueError)

    @settings(max_examples=400, deadline=None)
    @given(st.lists(valid_ranks, min_size=2, max_size=2, unique=True))
    def test_any_two_valid_ranks_have_a_rank_strictly_between(self, pair: list[str]) -> None:
        before, after = sorted(pair)
        assert_between(before, rank_between(before, after), after)

    @settings(max_examples=200, deadline=None)
    @given(valid_ranks)
    def test_any_valid_rank_has_a_rank_before_and_after_it(self, rank: str) -> None:
        assert_between(None, rank_between(None, rank), rank)
        assert_between(rank, rank_between(rank, None), None)

    @settings(max_examples=150, deadline=None)
    @given(
        start=st.integers(min_value=0, max_value=40),
        positions=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=120),
    )
    def test_random_insertions_keep_the_backlog_ordered(
        self, start: int, positions: list[int]
    ) -> None:
        ranks = initial_ranks(start)
        for position in positions:
            index = position % (len(ranks) + 1)
            before = ranks[index - 1] if index > 0 else None
            after = ranks[index] if index < len(ranks) else None
            rank = rank_between(before, after)
            assert_between(before, rank, after)
            ranks.insert(index, rank)
        assert ranks == sorted(ranks)
        assert len(set(ranks)) == len(ranks)
        for rank in ranks:
            assert_valid(rank)

    @pytest.mark.parametrize("where", ["front", "end", "after_first"])
    def test_repeated_insertion_at_one_place_stays_ordered(self, where: str) -> None:
        ranks: list[str] = []
        for _ in range(500):
            if where == "front":
                index = 0
            elif where == "end":
                index = len(ranks)
            else:  # always into the gap that the previous insertion just narrowed
                index = min(1, len(ranks))
            before = ranks[index - 1] if index > 0 else None
            after = ranks[index] if index < len(ranks) else None
            rank = rank_between(before, after)
            assert_between(before, rank, after)
            ranks.insert(index, rank)
        assert ranks == sorted(ranks)
        assert len(set(ranks)) == len(ranks)

    @pytest.mark.parametrize("where", ["front", "end"])
    def test_adding_items_one_after_another_keeps_ranks_within_the_column(self, where: str) -> None:
        # Items added at either end step the neighbour's last digit, so 500 additions to an
        # empty backlog stay well inside BacklogItem.rank's 64 characters.
        rank: str | None = None
        for _ in range(500):
            rank = rank_between(None, rank) if where == "front" else rank_between(rank, None)
        assert rank is not None
        assert len(rank) <= RANK_COLUMN_LENGTH


class TestInitialRanks:
    @pytest.mark.parametrize("count", [0, -3])
    def test_no_ranks_for_no_items(self, count: int) -> None:
        assert initial_ranks(count) == []

    @pytest.mark.parametrize("count", [1, 2, 34, 35, 36, 37, 200, BASE**2, 5000])
    def test_ranks_are_ordered_unique_valid_and_of_equal_length(self, count: int) -> None:
        ranks = initial_ranks(count)
        assert len(ranks) == count
        assert ranks == sorted(ranks)
        assert len(set(ranks)) == count
        assert len({len(rank) for rank in ranks}) == 1
        for rank in ranks:
            assert_valid(rank)

    @settings(max_examples=60, deadline=None)
    @given(st.integers(min_value=1, max_value=3000))
    def test_there_is_room_before_between_and_after_the_ranks(self, count: int) -> None:
        ranks = initial_ranks(count)
        assert ranks == sorted(ranks)
        assert len(set(ranks)) == count
        bounds = [None, *ranks, None]
        for before, after in pairwise(bounds):
            assert_between(before, rank_between(before, after), after)

    def test_sql_order_by_agrees_with_python_order(self) -> None:
        ranks = initial_ranks(50)
        ranks += [
            rank_between(ranks[3], ranks[4]),
            rank_between(None, ranks[0]),
            rank_between(ranks[-1], None),
            "z1",
            "0i",
        ]
        with closing(sqlite3.connect(":memory:")) as connection:
            connection.execute("CREATE TABLE item (rank TEXT)")
            connection.executemany("INSERT INTO item VALUES (?)", [(r,) for r in reversed(ranks)])
            ordered = [row[0] for row in connection.execute("SELECT rank FROM item ORDER BY rank")]
        assert ordered == sorted(ranks)
