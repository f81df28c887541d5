"""One list of count fields, and DayCounts addition (the saved and the held outcomes of a day,
a week's totals)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import COUNT_FIELDS, DayCounts, count_by_day, week_summary

MONDAY = date(2026, 11, 23)
counts = st.integers(min_value=0, max_value=10_000)


def day_counts(day: date = MONDAY) -> st.SearchStrategy[DayCounts]:
    return st.builds(
        DayCounts,
        st.just(day),
        completed=counts,
        natural=counts,
        skipped=counts,
        snoozed=counts,
        missed=counts,
    )


def test_the_count_fields_are_the_outcomes_in_their_public_order() -> None:
    assert COUNT_FIELDS == ("completed", "natural", "skipped", "snoozed", "missed")
    assert set(COUNT_FIELDS) == {outcome.value for outcome in Outcome}
    assert [f.name for f in dataclasses.fields(DayCounts)] == ["day", *COUNT_FIELDS]
    assert list(DayCounts(MONDAY).counts_json()) == list(COUNT_FIELDS)


def test_adding_sums_every_count_on_the_left_days_date() -> None:
    a = DayCounts(MONDAY, completed=3, natural=1, skipped=2, snoozed=0, missed=1)
    b = DayCounts(MONDAY + timedelta(days=2), completed=1, natural=0, skipped=1, snoozed=4)
    assert a + b == DayCounts(MONDAY, completed=4, natural=1, skipped=3, snoozed=4, missed=1)
    assert (b + a).day == b.day
    assert a == DayCounts(MONDAY, completed=3, natural=1, skipped=2, snoozed=0, missed=1)


def test_adding_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        DayCounts(MONDAY) + 1  # type: ignore[operator]


@given(day_counts(), day_counts(), day_counts())
def test_addition_is_associative_commutative_and_has_a_zero(
    a: DayCounts, b: DayCounts, c: DayCounts
) -> None:
    assert (a + b) + c == a + (b + c)
    assert a + b == b + a  # same day: the order does not matter
    assert a + DayCounts(MONDAY) == a == DayCounts(MONDAY) + a
    assert (a + b).taken == a.taken + b.taken
    assert (a + b).ended == a.ended + b.ended


@given(st.lists(st.sampled_from(Outcome)), st.lists(st.sampled_from(Outcome)))
def test_the_sum_of_two_sources_counts_as_their_events_together(
    first: list[Outcome], second: list[Outcome]
) -> None:
    def events(outcomes: list[Outcome], minute: int) -> list[BreakEvent]:
        noon = datetime(2026, 11, 23, 12, minute, tzinfo=timezone.utc)
        return [BreakEvent(noon + timedelta(seconds=i), o) for i, o in enumerate(outcomes)]

    zero = DayCounts(MONDAY)
    a = count_by_day(events(first, 0)).get(MONDAY, zero)
    b = count_by_day(events(second, 30)).get(MONDAY, zero)
    together = count_by_day(events(first, 0) + events(second, 30)).get(MONDAY, zero)
    assert a + b == together


@given(st.lists(day_counts(), min_size=7, max_size=7))
def test_a_weeks_totals_are_its_days_summed_under_its_monday(days: list[DayCounts]) -> None:
    by_day = {
        MONDAY + timedelta(days=i): dataclasses.replace(d, day=MONDAY + timedelta(days=i))
        for i, d in enumerate(days)
    }
    summary = week_summary(by_day, 6, 2026, 48, MONDAY)
    expected = {name: sum(getattr(d, name) for d in days) for name in COUNT_FIELDS}
    assert summary.totals == DayCounts(MONDAY, **expected)
    assert summary.to_json()["totals"] == expected
