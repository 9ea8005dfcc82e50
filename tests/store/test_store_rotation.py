"""The retention rules over simulated dates: 7 daily, 4 weekly, 6 monthly (pure, no files)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from improve_desktop.store.rotation import Retention, backups_to_keep, backups_to_remove

START = datetime(2026, 1, 1, 9, 0)


def days(count: int, start: datetime = START) -> list[datetime]:
    return [start + timedelta(days=number) for number in range(count)]


def test_nothing_and_few_are_all_kept() -> None:
    assert backups_to_keep([]) == set()
    few = days(5)
    assert backups_to_keep(few) == set(few)
    assert backups_to_remove(few) == set()


def test_a_year_of_daily_backups_keeps_seven_days_four_weeks_six_months() -> None:
    every_day = days(365)
    kept = sorted(backups_to_keep(every_day), reverse=True)
    assert len(kept) == 7 + 4 + 6
    newest = every_day[-1]
    assert kept[:7] == every_day[-7:][::-1], "the last seven days are all there"
    older = kept[7:]
    daily_weeks = {moment.isocalendar()[:2] for moment in kept[:7]}
    older_weeks = {moment.isocalendar()[:2] for moment in older} - daily_weeks
    assert len(older_weeks) >= 4, "then at least four more weeks"
    months = {(moment.year, moment.month) for moment in kept}
    assert len(months) >= 1 + 6, "and six more months"
    assert newest - kept[-1] > timedelta(days=150), "the oldest reaches about half a year back"
    # Each of the older ones is the newest backup of its week or of its month.
    for moment in older:
        same_week = [m for m in every_day if m.isocalendar()[:2] == moment.isocalendar()[:2]]
        same_month = [m for m in every_day if (m.year, m.month) == (moment.year, moment.month)]
        assert moment in (max(same_week), max(same_month))


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    moments = [START + timedelta(days=day, hours=hour) for day in range(10) for hour in (0, 4, 8)]
    kept = backups_to_keep(moments, Retention(daily=7, weekly=0, monthly=0))
    assert kept == {START + timedelta(days=day, hours=8) for day in range(3, 10)}


def test_days_without_backups_do_not_use_up_the_count() -> None:
    # The laptop was shut for three weeks: the daily rule reaches back past the gap.
    before_holiday = days(10)
    after_holiday = days(3, START + timedelta(days=31))
    kept = backups_to_keep(before_holiday + after_holiday, Retention(daily=7, weekly=0, monthly=0))
    assert kept == set(after_holiday) | set(before_holiday[-4:])


def test_rules_reach_further_back_instead_of_keeping_the_same_backup_twice() -> None:
    # Weekly backups only: the daily rule keeps the last 7 of them (one per day that had one),
    # the weekly rule the 4 weeks before those, the monthly rule 6 months before those.
    weekly = [START + timedelta(weeks=number) for number in range(80)]
    kept = sorted(backups_to_keep(weekly), reverse=True)
    assert len(kept) == 17
    assert kept[:11] == weekly[-11:][::-1]


def test_rotating_every_day_gives_the_same_as_rotating_once() -> None:
    """What the application does: after each day's backup, rotate what is left."""
    kept: set[datetime] = set()
    for moment in days(400):
        kept = backups_to_keep(kept | {moment})
    assert kept == backups_to_keep(days(400))
    assert len(kept) == 17


moments_strategy = st.lists(
    st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(moments_strategy)
def test_properties(moments: list[datetime]) -> None:
    kept = backups_to_keep(moments)
    assert kept <= set(moments)
    assert len(kept) <= 17
    if moments:
        assert max(moments) in kept, "the newest backup is never removed"
    assert backups_to_keep(kept) == kept, "rotating again removes nothing more"
    assert backups_to_remove(moments) == set(moments) - kept
    distinct_days = {moment.date() for moment in moments}
    assert len(kept) >= min(7, len(distinct_days))
