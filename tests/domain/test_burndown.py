"""Burndown replayed from item history: remaining per day, ideal line, scope changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improve_desktop.domain.burndown import (
    Burndown,
    ItemState,
    compute_burndown,
    ideal_line,
    iteration_days,
    utc_date,
)
from improve_desktop.domain.enums import ItemStatus

TODO, DOING, DONE = ItemStatus.TODO, ItemStatus.IN_PROGRESS, ItemStatus.DONE
IT = "iteration-4"
OTHER = "iteration-5"
# Monday 2 March to Sunday 15 March 2026: two working weeks and two weekends.
START = date(2026, 3, 2)
END = date(2026, 3, 15)


def at(day: int, hour: int = 10, minute: int = 0) -> datetime:
    """A moment on day ``day`` of the iteration (1 = its first day; 0 and less = before it)."""
    return datetime.combine(START + timedelta(days=day - 1), time(hour, minute), tzinfo=UTC)


def state(
    when: datetime, status: ItemStatus = TODO, iteration: str | None = IT, estimate: int | None = 3
) -> ItemState:
    return ItemState(when, status, iteration, estimate)


def planned(estimate: int, *later: ItemState) -> list[ItemState]:
    """An item created in the backlog a week before and planned into the iteration on day -1."""
    return [
        state(at(-6), TODO, None, estimate),
        state(at(-1), TODO, IT, estimate),
        *later,
    ]


def burn(histories: list[list[ItemState]], **options: object) -> Burndown:
    return compute_burndown(IT, START, END, histories, **options)  # type: ignore[arg-type]


def remaining(chart: Burndown) -> list[int | None]:
    return [point.remaining for point in chart.days]


class TestSimpleBurn:
    def test_items_finished_one_after_another(self) -> None:
        chart = burn(
            [
                planned(3, state(at(2), DOING, estimate=3), state(at(3, 15), DONE, estimate=3)),
                planned(5, state(at(4), DOING, estimate=5), state(at(8, 16), DONE, estimate=5)),
                planned(2),
            ]
        )
        assert [point.day for point in chart.days] == iteration_days(START, END)
        assert remaining(chart) == [10, 10, 7, 7, 7, 7, 7, 2, 2, 2, 2, 2, 2, 2]
        assert chart.baseline == 10
        assert chart.days[0].ideal == 10.0
        assert chart.days[-1].ideal == 0.0
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_in_progress_still_counts(self) -> None:
        chart = burn([planned(8, state(at(1), DOING, estimate=8))])
        assert set(remaining(chart)) == {8}

    def test_item_without_estimate_counts_nothing(self) -> None:
        chart = burn([planned(5), [state(at(-2), TODO, IT, None)]])
        assert set(remaining(chart)) == {5}

    def test_items_never_in_the_iteration_count_nothing(self) -> None:
        chart = burn(
            [
                planned(2),
                [state(at(-3), TODO, None, 5), state(at(2), TODO, OTHER, 5)],
                [state(at(1), DOING, OTHER, 8), state(at(3), DONE, OTHER, 8)],
            ]
        )
        assert set(remaining(chart)) == {2}
        assert (chart.baseline, chart.scope_added, chart.scope_removed) == (2, 0, 0)

    def test_snapshots_in_any_order(self) -> None:
        history = planned(3, state(at(2), DOING, estimate=3), state(at(5), DONE, estimate=3))
        assert remaining(burn([list(reversed(history))])) == remaining(burn([history]))


class TestDayBoundaries:
    def test_a_change_counts_on_its_utc_date(self) -> None:
        late = datetime.combine(START, time(23, 59, 59), tzinfo=UTC)
        chart = burn([planned(4, state(late, DONE, estimate=4))])
        assert remaining(chart)[:2] == [0, 0]

    def test_utc_midnight_starts_the_next_day(self) -> None:
        midnight = datetime.combine(START + timedelta(days=1), time(0, 0), tzinfo=UTC)
        chart = burn([planned(4, state(midnight, DONE, estimate=4))])
        assert remaining(chart)[:3] == [4, 0, 0]

    def test_other_time_zones_count_by_their_utc_date(self) -> None:
        # Half past midnight in Stockholm (UTC+1) on day 2 is still day 1 in UTC.
        stockholm = timezone(timedelta(hours=1))
        moment = datetime.combine(START + timedelta(days=1), time(0, 30), tzinfo=stockholm)
        assert utc_date(moment) == START
        chart = burn([planned(4, state(moment, DONE, estimate=4))])
        assert remaining(chart)[0] == 0

    def test_naive_moments_are_taken_as_utc(self) -> None:
        naive = datetime.combine(START + timedelta(days=2), time(9, 0))
        chart = burn([planned(4, state(naive, DONE, estimate=4))])
        assert remaining(chart)[:4] == [4, 4, 0, 0]

    def test_changes_after_the_last_day_are_left_out(self) -> None:
        after = datetime.combine(END + timedelta(days=1), time(0, 0), tzinfo=UTC)
        chart = burn([planned(4, state(after, DONE, estimate=4), state(after, TODO, None, 4))])
        assert set(remaining(chart)) == {4}
        assert (chart.scope_added, chart.scope_removed) == (0, 0)


class TestScopeChanges:
    def test_item_added_mid_iteration(self) -> None:
        chart = burn(
            [
                planned(5),
                [state(at(-10), TODO, None, 3), state(at(4, 11), TODO, IT, 3)],
            ]
        )
        assert remaining(chart) == [5, 5, 5, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8]
        assert chart.baseline == 5
        assert (chart.scope_added, chart.scope_removed) == (3, 0)

    def test_item_created_straight_into_the_iteration(self) -> None:
        chart = burn([planned(5), [state(at(3), TODO, IT, 2)]])
        assert remaining(chart)[1:4] == [5, 7, 7]
        assert chart.scope_added == 2

    def test_item_removed_mid_iteration(self) -> None:
        chart = burn(
            [planned(5), planned(3, state(at(6), DOING, IT, 3), state(at(9), DOING, None, 3))]
        )
        assert remaining(chart) == [8] * 8 + [5] * 6
        assert (chart.scope_added, chart.scope_removed) == (0, 3)

    def test_item_moved_to_another_iteration_counts_as_removed(self) -> None:
        chart = burn([planned(5, state(at(3), TODO, OTHER, 5))])
        assert remaining(chart)[:3] == [5, 5, 0]
        assert chart.scope_removed == 5

    def test_planning_on_the_first_day_is_the_baseline_not_added_scope(self) -> None:
        chart = burn(
            [
                [state(at(-4), TODO, None, 5), state(at(1, 8), TODO, IT, 5)],
                planned(3, state(at(1, 9), TODO, None, 3)),
                planned(2),
            ]
        )
        assert chart.baseline == 7
        assert chart.days[0].ideal == 7.0
        assert remaining(chart)[0] == 7
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_work_finished_on_the_first_day_is_burn(self) -> None:
        chart = burn([planned(5, state(at(1, 15), DONE, IT, 5)), planned(3)])
        assert chart.baseline == 8
        assert remaining(chart)[0] == 3

    def test_out_and_back_in_on_one_day_is_no_change(self) -> None:
        chart = burn(
            [planned(5, state(at(4, 10), TODO, None, 5), state(at(4, 10, 5), TODO, IT, 5))]
        )
        assert set(remaining(chart)) == {5}
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_out_one_day_and_back_another(self) -> None:
        chart = burn([planned(5, state(at(4), TODO, None, 5), state(at(6), TODO, IT, 5))])
        assert remaining(chart)[2:7] == [5, 0, 0, 5, 5]
        assert (chart.scope_added, chart.scope_removed) == (5, 5)

    def test_added_and_finished_mid_iteration(self) -> None:
        chart = burn([planned(4), [state(at(3), TODO, IT, 2), state(at(5), DONE, IT, 2)]])
        assert remaining(chart)[:6] == [4, 4, 6, 6, 4, 4]
        assert chart.scope_added == 2


class TestReopenedItems:
    def test_done_then_in_progress_then_done(self) -> None:
        chart = burn(
            [
                planned(
                    5,
                    state(at(2), DOING, IT, 5),
                    state(at(4, 15), DONE, IT, 5),
                    state(at(5, 9), DOING, IT, 5),
                    state(at(8, 15), DONE, IT, 5),
                ),
                planned(1),
            ]
        )
        assert remaining(chart) == [6, 6, 6, 1, 6, 6, 6, 1, 1, 1, 1, 1, 1, 1]
        # Re-opening is work not done after all, not a change of scope.
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_reopened_and_done_again_on_one_day(self) -> None:
        chart = burn(
            [
                planned(
                    3,
                    state(at(3, 10), DONE, IT, 3),
                    state(at(3, 11), DOING, IT, 3),
                    state(at(3, 16), DONE, IT, 3),
                )
            ]
        )
        assert remaining(chart)[:3] == [3, 3, 0]

    def test_still_open_at_the_end(self) -> None:
        chart = burn([planned(3, state(at(3), DONE, IT, 3), state(at(6), DOING, IT, 3))])
        assert remaining(chart)[-1] == 3


class TestEstimateChanges:
    def test_re_estimate_while_open_is_scope(self) -> None:
        chart = burn([planned(3, state(at(3), DOING, IT, 5), state(at(7), DOING, IT, 2))])
        assert remaining(chart)[:8] == [3, 3, 5, 5, 5, 5, 2, 2]
        assert (chart.scope_added, chart.scope_removed) == (2, 3)

    def test_re_estimate_before_the_start_is_in_the_baseline(self) -> None:
        chart = burn([planned(3, state(at(0), TODO, IT, 8))])
        assert chart.baseline == 8
        assert remaining(chart)[0] == 8
        assert chart.scope_added == 0

    def test_re_estimate_of_a_done_item_changes_nothing(self) -> None:
        chart = burn([planned(3, state(at(2), DONE, IT, 3), state(at(4), DONE, IT, 13))])
        assert remaining(chart)[1:] == [0] * 13
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_done_with_a_new_estimate_burns_what_was_counted(self) -> None:
        chart = burn([planned(3, state(at(2), DONE, IT, 5)), planned(4)])
        assert remaining(chart)[:2] == [7, 4]
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_reopened_with_a_bigger_estimate(self) -> None:
        chart = burn([planned(3, state(at(2), DONE, IT, 3), state(at(4), DOING, IT, 8))])
        assert remaining(chart)[:4] == [3, 0, 0, 8]

    def test_estimate_removed_counts_as_scope_removed(self) -> None:
        chart = burn([planned(3, state(at(5), TODO, IT, None))])
        assert remaining(chart)[3:5] == [3, 0]
        assert chart.scope_removed == 3


class TestDoneBeforeTheIteration:
    def test_done_in_the_backlog_then_planned_never_counts(self) -> None:
        chart = burn(
            [
                [
                    state(at(-9), TODO, None, 5),
                    state(at(-5), DONE, None, 5),
                    state(at(-1), DONE, IT, 5),
                ],
                [state(at(-9), DONE, None, 3), state(at(4), DONE, IT, 3)],
                planned(2),
            ]
        )
        assert set(remaining(chart)) == {2}
        assert (chart.baseline, chart.scope_added, chart.scope_removed) == (2, 0, 0)

    def test_done_in_the_iteration_before_it_started(self) -> None:
        chart = burn([planned(5, state(at(-1, 16), DONE, IT, 5)), planned(2)])
        assert chart.baseline == 2
        assert set(remaining(chart)) == {2}


class TestActiveIteration:
    def test_days_after_today_have_no_remaining(self) -> None:
        chart = burn(
            [planned(5, state(at(2), DONE, IT, 5)), planned(3)], today=START + timedelta(days=4)
        )
        assert remaining(chart) == [8, 3, 3, 3, 3] + [None] * 9
        assert [point.ideal for point in chart.days] == ideal_line(iteration_days(START, END), 8)

    def test_today_before_the_start(self) -> None:
        chart = burn([planned(5)], today=START - timedelta(days=1))
        assert remaining(chart) == [None] * 14
        assert chart.baseline == 5

    def test_today_after_the_end_shows_every_day(self) -> None:
        chart = burn([planned(5)], today=END + timedelta(days=3))
        assert None not in remaining(chart)

    def test_scope_changes_after_today_are_not_reported(self) -> None:
        chart = burn([planned(5), [state(at(9), TODO, IT, 3)]], today=START + timedelta(days=4))
        assert chart.scope_added == 0


class TestClosedIteration:
    def test_carry_over_at_the_close_is_not_removed_scope(self) -> None:
        closed_at = at(12, 14)  # the review, two days before the iteration's last day
        chart = burn(
            [
                planned(5, state(at(3), DONE, IT, 5)),
                planned(3, state(closed_at, DOING, None, 3)),  # carried back to the backlog
                planned(2, state(closed_at, TODO, OTHER, 2)),  # carried into the next one
            ],
            closed_at=closed_at,
        )
        assert remaining(chart) == [10, 10, 5] + [5] * 11
        assert (chart.scope_added, chart.scope_removed) == (0, 0)

    def test_nothing_after_the_close_counts(self) -> None:
        closed_at = at(10, 15)
        chart = burn([planned(5, state(at(11), DONE, IT, 5))], closed_at=closed_at)
        assert set(remaining(chart)) == {5}

    def test_changes_just_before_the_close_count(self) -> None:
        closed_at = at(10, 15)
        chart = burn([planned(5, state(at(10, 14, 59), DONE, IT, 5))], closed_at=closed_at)
        assert remaining(chart)[8:10] == [5, 0]

    def test_naive_close_moment_is_utc(self) -> None:
        chart = burn(
            [planned(5, state(at(10, 15), TODO, None, 5))],
            closed_at=at(10, 15).replace(tzinfo=None),
        )
        assert set(remaining(chart)) == {5}


class TestEmptyIteration:
    def test_no_items(self) -> None:
        chart = burn([])
        assert remaining(chart) == [0] * 14
        assert {point.ideal for point in chart.days} == {0.0}
        assert (chart.baseline, chart.scope_added, chart.scope_removed) == (0, 0, 0)

    def test_items_all_done_before(self) -> None:
        chart = burn([[state(at(-3), DONE, IT, 5)]])
        assert remaining(chart) == [0] * 14

    def test_end_before_start_is_an_error(self) -> None:
        with pytest.raises(ValueError, match="before it starts"):
            compute_burndown(IT, END, START, [])


class TestIdealLine:
    def test_two_weeks_from_monday_stay_flat_over_weekends(self) -> None:
        line = ideal_line(iteration_days(START, END), 90)
        # Nine working days follow the first Monday: Tue-Fri, then Mon-Fri.
        assert line == [90, 80, 70, 60, 50, 50, 50, 40, 30, 20, 10, 0, 0, 0]

    def test_starting_on_a_wednesday(self) -> None:
        wednesday = date(2026, 3, 4)
        line = ideal_line(iteration_days(wednesday, wednesday + timedelta(days=6)), 8)
        # Thu, Fri fall; Sat, Sun flat; Mon, Tue fall.
        assert line == [8, 6, 4, 4, 4, 2, 0]

    def test_falls_evenly_when_every_step_is_a_weekend_day(self) -> None:
        saturday = date(2026, 3, 7)
        assert ideal_line([saturday, saturday + timedelta(days=1)], 6) == [6.0, 0.0]

    def test_one_day(self) -> None:
        assert ideal_line([START], 5) == [0.0]

    def test_no_days(self) -> None:
        assert ideal_line([], 5) == []

    def test_zero_baseline(self) -> None:
        assert set(ideal_line(iteration_days(START, END), 0)) == {0.0}

    @settings(max_examples=100, deadline=None)
    @given(
        start=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
        length=st.integers(min_value=2, max_value=45),
        baseline=st.integers(min_value=0, max_value=500),
    )
    def test_starts_at_the_baseline_ends_at_zero_never_rises(
        self, start: date, length: int, baseline: int
    ) -> None:
        days = iteration_days(start, start + timedelta(days=length - 1))
        line = ideal_line(days, baseline)
        assert line[0] == baseline
        assert line[-1] == 0.0
        assert all(later <= earlier for earlier, later in pairwise(line))
        for day, (earlier, later) in zip(days[1:], pairwise(line), strict=True):
            if day.weekday() >= 5 and any(d.weekday() < 5 for d in days[1:]):
                assert later == earlier


# -- the rule itself, checked against random histories -----------------------------------------

snapshots = st.lists(
    st.tuples(
        st.integers(min_value=-5, max_value=18),  # day, relative to the iteration
        st.integers(min_value=0, max_value=23),  # hour
        st.sampled_from(list(ItemStatus)),
        st.sampled_from([IT, OTHER, None]),
        st.one_of(st.none(), st.integers(min_value=0, max_value=13)),
    ),
    max_size=8,
)


def by_the_rule(histories: list[list[ItemState]], day: date) -> int:
    """The module's rule, word for word: the latest snapshot at or before the end of ``day``."""
    total = 0
    for history in histories:
        before = [s for s in history if utc_date(s.changed_at) <= day]
        if before:
            latest = max(before, key=lambda s: s.changed_at)
            if latest.iteration_id == IT and latest.status is not ItemStatus.DONE:
                total += latest.estimate_points or 0
    return total


@settings(max_examples=300, deadline=None)
@given(items=st.lists(snapshots, max_size=6))
def test_remaining_follows_the_rule_for_any_history(
    items: list[list[tuple[int, int, ItemStatus, str | None, int | None]]],
) -> None:
    histories = [
        # Distinct moments per item, so that "the latest" is never a tie.
        sorted(
            {
                at(day, hour): state(at(day, hour), status, iteration, estimate)
                for day, hour, status, iteration, estimate in raw
            }.values(),
            key=lambda s: s.changed_at,
        )
        for raw in items
    ]
    chart = burn(histories)
    assert remaining(chart) == [by_the_rule(histories, point.day) for point in chart.days]
    assert all(value is not None and value >= 0 for value in remaining(chart))
    assert chart.baseline >= 0 and chart.scope_added >= 0 and chart.scope_removed >= 0
