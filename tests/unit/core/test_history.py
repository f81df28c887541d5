"""DESIGN §6 by example, then against a brute-force reference on random histories."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import (
    DayCounts,
    Streak,
    count_by_day,
    event_day,
    iso_week_days,
    iso_week_label,
    parse_iso_week,
    streaks,
    week_summary,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
C, N, S, Z, M = (
    Outcome.COMPLETED,
    Outcome.NATURAL,
    Outcome.SKIPPED,
    Outcome.SNOOZED,
    Outcome.MISSED,
)


def ev(at: str | datetime, outcome: Outcome = C) -> BreakEvent:
    when = datetime.fromisoformat(at) if isinstance(at, str) else at
    return BreakEvent(when, outcome, "stretch" if outcome is C else None, 60 if outcome is C else 0)


def day(n: int) -> date:
    """Day n of March 2026, to keep the streak examples readable."""
    return date(2026, 3, n)


def history(*entries: tuple[int, Iterable[Outcome]]) -> dict[date, DayCounts]:
    events = [
        ev(datetime.combine(day(n), time(12), timezone.utc), o) for n, os in entries for o in os
    ]
    return count_by_day(events)


# --- which day an event counts for ---------------------------------------------------------


def test_event_counts_on_its_own_local_date_not_the_utc_date() -> None:
    event = ev("2026-03-10T23:30:00-05:00")
    assert event.at.astimezone(timezone.utc).date() == date(2026, 3, 11)
    assert event_day(event) == date(2026, 3, 10)


def test_two_offsets_on_the_same_utc_instant_count_on_different_days() -> None:
    days = count_by_day([ev("2026-03-10T23:30:00-05:00"), ev("2026-03-11T05:30:00+01:00")])
    assert days == {date(2026, 3, 10): DayCounts(date(2026, 3, 10), completed=1),
                    date(2026, 3, 11): DayCounts(date(2026, 3, 11), completed=1)}  # fmt: skip


def test_midnight_belongs_to_the_new_day_and_2359_to_the_old() -> None:
    days = count_by_day(
        [ev("2026-03-10T23:59:59.999999+01:00"), ev("2026-03-11T00:00:00+01:00", N)]
    )
    assert days[date(2026, 3, 10)].completed == 1
    assert days[date(2026, 3, 11)].natural == 1


def test_berlin_spring_forward_day_counts_both_sides_of_the_gap() -> None:
    # 2026-03-29: clocks jump 02:00 CET -> 03:00 CEST; 00:30 CET is still the 28th in UTC.
    early = ev(datetime(2026, 3, 29, 0, 30, tzinfo=BERLIN))
    late = ev(datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN))
    assert early.at.utcoffset() == timedelta(hours=1)
    assert late.at.utcoffset() == timedelta(hours=2)
    assert early.at.astimezone(timezone.utc).date() == date(2026, 3, 28)
    assert count_by_day([early, late]) == {
        date(2026, 3, 29): DayCounts(date(2026, 3, 29), completed=2)
    }


def test_berlin_fall_back_repeated_hour_gives_two_events_on_one_day() -> None:
    first = ev(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN))
    second = ev(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN))
    assert first.at.utcoffset() != second.at.utcoffset()
    assert count_by_day([first, second])[date(2026, 10, 25)].completed == 2


# --- DayCounts -------------------------------------------------------------------------------


def test_day_counts_taken_active_met_and_plus() -> None:
    counts = DayCounts(day(1)).plus(C).plus(N).plus(S).plus(Z).plus(M)
    assert counts == DayCounts(day(1), completed=1, natural=1, skipped=1, snoozed=1, missed=1)
    assert counts.taken == 2
    assert counts.active
    assert not DayCounts(day(1)).active
    assert counts.met(2)
    assert not counts.met(3)


def test_day_counts_json() -> None:
    counts = DayCounts(day(1), completed=5, natural=1, missed=2)
    assert counts.to_json(6) == {
        "date": "2026-03-01",
        "completed": 5,
        "natural": 1,
        "skipped": 0,
        "snoozed": 0,
        "missed": 2,
        "goal_met": True,
    }
    assert list(counts.to_json(6)) == [
        "date", "completed", "natural", "skipped", "snoozed", "missed", "goal_met"
    ]  # fmt: skip


# --- streaks ---------------------------------------------------------------------------------


def test_no_history_no_streak() -> None:
    assert streaks({}, goal=1, today=day(5)) == Streak(current=0, best=0)


def test_rest_days_neither_extend_nor_break() -> None:
    days = history((1, [C]), (2, [C]), (6, [N]))
    assert streaks(days, goal=1, today=day(6)) == Streak(current=3, best=3)
    assert streaks(days, goal=1, today=day(9)) == Streak(current=3, best=3)


def test_a_zero_count_entry_is_a_rest_day() -> None:
    days = {**history((1, [C]), (3, [C])), day(2): DayCounts(day(2))}
    assert streaks(days, goal=1, today=day(3)) == Streak(current=2, best=2)


def test_today_unmet_neither_counts_nor_breaks() -> None:
    days = history((1, [C]), (2, [C]), (3, [S, Z, M]))
    assert streaks(days, goal=1, today=day(3)) == Streak(current=2, best=2)


def test_today_met_counts() -> None:
    days = history((1, [C]), (2, [C]), (3, [C, S]))
    assert streaks(days, goal=1, today=day(3)) == Streak(current=3, best=3)


def test_today_unmet_breaks_once_it_is_yesterday() -> None:
    days = history((1, [C]), (2, [C]), (3, [S]))
    assert streaks(days, goal=1, today=day(4)) == Streak(current=0, best=2)


def test_an_active_unmet_day_breaks_the_run() -> None:
    days = history((1, [C, C]), (2, [C, N]), (3, [C, N]), (4, [C, S]), (5, [N, N]), (6, [C]))
    assert streaks(days, goal=2, today=day(6)) == Streak(current=1, best=3)


def test_best_is_the_longest_run_anywhere() -> None:
    days = history((1, [C]), (2, [C]), (3, [M]), (4, [C]), (5, [C]), (6, [C]), (7, [Z]), (8, [C]))
    assert streaks(days, goal=1, today=day(8)) == Streak(current=1, best=3)


def test_goal_counts_completed_and_natural_only() -> None:
    days = history((1, [C, N, S, S, Z, M]))
    assert streaks(days, goal=2, today=day(1)).current == 1
    assert streaks(days, goal=3, today=day(2)).current == 0


def test_days_after_today_are_ignored() -> None:
    # The clock went back: the 10th is "in the future". It neither counts nor breaks.
    days = history((1, [C]), (2, [C]), (10, [S]), (11, [C]), (12, [C]), (13, [C]))
    assert streaks(days, goal=1, today=day(2)) == Streak(current=2, best=2)
    assert streaks(days, goal=1, today=day(13)) == Streak(current=3, best=3)


# --- ISO weeks -------------------------------------------------------------------------------


def test_iso_week_days_monday_first() -> None:
    assert iso_week_days(2026, 48) == [date(2026, 11, 23) + timedelta(d) for d in range(7)]
    assert iso_week_days(2026, 1)[0] == date(2025, 12, 29)


def test_iso_week_label_uses_the_iso_year() -> None:
    assert iso_week_label(date(2026, 11, 25)) == "2026-W48"
    assert iso_week_label(date(2027, 1, 1)) == "2026-W53"
    assert iso_week_label(date(2025, 12, 29)) == "2026-W01"


@pytest.mark.parametrize(("text", "expected"), [("2026-W48", (2026, 48)), ("2026-W53", (2026, 53))])
def test_parse_iso_week(text: str, expected: tuple[int, int]) -> None:
    assert parse_iso_week(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-W54", "2026 has weeks W01 to W53"),
        ("2025-W53", "2025 has weeks W01 to W52"),
        ("2026-W00", "2026 has weeks W01 to W53"),
        ("0000-W01", "0001 or later"),
        ("foo", "expected YYYY-Www, for example 2026-W48"),
        ("2026-48", "expected YYYY-Www"),
        ("2026-W4", "expected YYYY-Www"),
        ("2026-W48-1", "expected YYYY-Www"),
        ("", "expected YYYY-Www"),
    ],
)
def test_parse_iso_week_rejects_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        parse_iso_week(text)
    assert repr(text) in str(info.value)


def test_iso_week_days_rejects_a_week_the_year_does_not_have() -> None:
    with pytest.raises(ValueError, match="2025-W53 is not an ISO week"):
        iso_week_days(2025, 53)


# --- week summary ----------------------------------------------------------------------------


def test_week_summary_json_is_exactly_the_stats_shape() -> None:
    events = [
        ev("2026-11-22T10:00:00+01:00"),  # Sunday before: part of the streak only
        ev("2026-11-23T09:00:00+01:00"),
        ev("2026-11-23T10:00:00+01:00", N),
        ev("2026-11-23T11:00:00+01:00", S),
        ev("2026-11-25T23:59:00+01:00", Z),
        ev("2026-11-26T00:00:00+01:00", M),
        ev("2026-11-26T08:00:00+01:00"),
    ]
    summary = week_summary(
        count_by_day(events), goal=1, year=2026, week=48, today=date(2026, 11, 26)
    )

    def zero(d: str) -> dict[str, object]:
        counts = {"completed": 0, "natural": 0, "skipped": 0, "snoozed": 0, "missed": 0}
        return {"date": d, **counts, "goal_met": False}

    expected = {
        "week": "2026-W48",
        "days": [
            {"date": "2026-11-23", "completed": 1, "natural": 1, "skipped": 1, "snoozed": 0,
             "missed": 0, "goal_met": True},
            zero("2026-11-24"),
            {**zero("2026-11-25"), "snoozed": 1},
            {**zero("2026-11-26"), "completed": 1, "missed": 1, "goal_met": True},
            zero("2026-11-27"),
            zero("2026-11-28"),
            zero("2026-11-29"),
        ],
        "totals": {"completed": 2, "natural": 1, "skipped": 1, "snoozed": 1, "missed": 1},
        "streak": {"current": 1, "best": 2},  # the snoozed-only 25th broke the run
    }  # fmt: skip
    assert summary.to_json() == expected
    assert json.loads(json.dumps(summary.to_json())) == expected
    assert list(summary.to_json()) == ["week", "days", "totals", "streak"]


def test_week_summary_values() -> None:
    days = history((2, [C]), (3, [C, S]))  # 2026-03-02 is a Monday (W10)
    summary = week_summary(days, goal=1, year=2026, week=10, today=day(4))
    assert summary.label == "2026-W10"
    assert [d.day for d in summary.days] == iso_week_days(2026, 10)
    assert summary.days[2] == DayCounts(day(4))
    assert summary.totals == DayCounts(day(2), completed=2, skipped=1)
    assert summary.streak == Streak(current=2, best=2)


def test_week_summary_streak_spans_earlier_weeks() -> None:
    days = history(*((n, [C]) for n in range(1, 20)))
    summary = week_summary(days, goal=1, year=2026, week=10, today=day(19))
    assert summary.streak == Streak(current=19, best=19)


# --- property: compare with a brute-force reference ------------------------------------------

# Anchors a few days before US and EU DST changes in 2026 (US: 8 Mar, 1 Nov; EU: 29 Mar, 25 Oct),
# so a 30-day window crosses at least one of them.
ANCHORS = [date(2026, 3, 2), date(2026, 3, 23), date(2026, 10, 19), date(2026, 10, 28)]
ZONES = [
    BERLIN,
    NEW_YORK,
    timezone(timedelta(hours=-5)),
    timezone(timedelta(hours=5, minutes=30)),
    timezone.utc,
]
TIMES = st.one_of(
    st.sampled_from([time(0, 0), time(23, 59), time(23, 59, 59, 999999), time(2, 30)]),
    st.times(),
)
OUTCOMES = st.sampled_from([C, C, C, N, N, S, Z, M])


def ref_day(event: BreakEvent) -> date:
    offset = event.at.utcoffset()
    assert offset is not None
    return (event.at.astimezone(timezone.utc) + offset).date()


def ref_taken(events: list[BreakEvent], d: date) -> int:
    return sum(1 for e in events if ref_day(e) == d and e.outcome in (C, N))


def ref_streak(events: list[BreakEvent], goal: int, today: date) -> Streak:
    """Every calendar day from the first event to today, then the definition read literally."""
    active = {ref_day(e) for e in events}
    if not active or min(active) > today:
        return Streak(0, 0)
    first = min(active)
    calendar = [first + timedelta(n) for n in range((today - first).days + 1)]

    met_days = {d for d in calendar if ref_taken(events, d) >= goal}

    def met(d: date) -> bool:
        return d in met_days

    def breaks(d: date) -> bool:
        return d in active and not met(d) and d != today

    current = 0
    for d in reversed(calendar):
        if breaks(d):
            break
        current += met(d)
    windows = [calendar[i : j + 1] for i in range(len(calendar)) for j in range(i, len(calendar))]
    best = max(
        (sum(map(met, w)) for w in windows if not any(map(breaks, w))),
        default=0,
    )
    return Streak(current, best)


def ref_week_json(events: list[BreakEvent], goal: int, monday: date, today: date) -> object:
    names = ["completed", "natural", "skipped", "snoozed", "missed"]
    days = []
    for d in (monday + timedelta(n) for n in range(7)):
        counts = {
            n: sum(1 for e in events if ref_day(e) == d and e.outcome.value == n) for n in names
        }
        days.append({"date": d.isoformat(), **counts, "goal_met": ref_taken(events, d) >= goal})
    year, week, _ = monday.isocalendar()
    streak = ref_streak(events, goal, today)
    return {
        "week": f"{year}-W{week:02d}",
        "days": days,
        "totals": {n: sum(d[n] for d in days) for n in names},  # type: ignore[misc]
        "streak": {"current": streak.current, "best": streak.best},
    }


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[BreakEvent], int, date, date]:
    anchor = draw(st.sampled_from(ANCHORS))
    count = draw(st.integers(0, 40))
    events = []
    for _ in range(count):
        local = datetime.combine(anchor + timedelta(draw(st.integers(0, 30))), draw(TIMES))
        at = local.replace(tzinfo=draw(st.sampled_from(ZONES)), fold=draw(st.integers(0, 1)))
        events.append(BreakEvent(at, draw(OUTCOMES)))
    today = anchor + timedelta(draw(st.integers(0, 34)))
    week_day = anchor + timedelta(draw(st.integers(0, 34)))
    return events, draw(st.integers(1, 3)), today, week_day


@settings(max_examples=200, deadline=None)
@given(histories())
def test_streaks_and_week_match_the_reference(
    case: tuple[list[BreakEvent], int, date, date],
) -> None:
    events, goal, today, week_day = case
    days = count_by_day(events)
    streak = streaks(days, goal, today)
    assert streak == ref_streak(events, goal, today)
    assert streak.best >= streak.current
    year, week, weekday = week_day.isocalendar()
    summary = week_summary(days, goal, year, week, today)
    monday = week_day - timedelta(weekday - 1)
    assert summary.to_json() == ref_week_json(events, goal, monday, today)


# --- more examples: New York's DST changes and travel ----------------------------------------


def test_new_york_spring_forward_day_keeps_both_sides_of_the_gap() -> None:
    # 2026-03-08: clocks jump 02:00 EST -> 03:00 EDT; 23:30 EDT is already the 9th in UTC.
    before = ev(datetime(2026, 3, 8, 1, 59, tzinfo=NEW_YORK))
    after = ev(datetime(2026, 3, 8, 3, 0, tzinfo=NEW_YORK))
    late = ev(datetime(2026, 3, 8, 23, 30, tzinfo=NEW_YORK), N)
    assert (before.at.utcoffset(), after.at.utcoffset()) == (
        timedelta(hours=-5),
        timedelta(hours=-4),
    )
    assert late.at.astimezone(timezone.utc).date() == date(2026, 3, 9)
    assert count_by_day([before, after, late]) == {
        date(2026, 3, 8): DayCounts(date(2026, 3, 8), completed=2, natural=1)
    }


def test_new_york_fall_back_day_with_the_repeated_hour_meets_the_goal() -> None:
    first = ev(datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK))
    second = ev(datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK))
    assert second.at - first.at == timedelta(0)  # equal wall times, as Python compares them
    assert second.at.astimezone(timezone.utc) - first.at.astimezone(timezone.utc) == timedelta(
        hours=1
    )
    days = count_by_day([first, second])
    assert streaks(days, goal=2, today=date(2026, 11, 1)) == Streak(current=1, best=1)


def test_flying_east_overnight_keeps_each_break_on_the_day_it_was_lived() -> None:
    # Evening breaks in New York, then the first morning break in Berlin, 6 hours ahead. The
    # Berlin morning happens *before* the New York evening's UTC date rolls over, yet the days
    # stay in order: Monday in New York, Tuesday in Berlin.
    days = count_by_day(
        [
            ev("2026-11-23T17:00:00-05:00"),
            ev("2026-11-23T23:59:00-05:00"),  # 05:59 on Tuesday in Berlin
            ev("2026-11-24T07:00:00+01:00"),  # 01:00 on Tuesday in New York
            ev("2026-11-24T08:00:00+01:00"),
        ]
    )
    assert days == {
        date(2026, 11, 23): DayCounts(date(2026, 11, 23), completed=2),
        date(2026, 11, 24): DayCounts(date(2026, 11, 24), completed=2),
    }
    assert streaks(days, goal=2, today=date(2026, 11, 24)) == Streak(current=2, best=2)


# --- property: whole lived histories (rest days, travel, today in progress) -----------------

HOME_AND_AWAY = [(BERLIN, NEW_YORK), (NEW_YORK, BERLIN), (NEW_YORK, timezone(timedelta(hours=9)))]
EDGE_TIMES = [time(0, 0), time(0, 0, 0, 1), time(23, 59), time(23, 59, 59, 999999)]


@st.composite
def lived_histories(draw: st.DrawFn) -> tuple[list[BreakEvent], int, date, list[date]]:
    """Day by day over three to six weeks around a DST change: each day is a rest day or has a
    few breaks, at home or on a trip in another zone, often at the edges of the day. ``today``
    is one of those days (so it may be in progress) or a few days after them."""
    first = draw(st.sampled_from(ANCHORS)) - timedelta(days=draw(st.integers(0, 6)))
    span = draw(st.integers(21, 42))
    home, away = draw(st.sampled_from(HOME_AND_AWAY))
    trip_start = draw(st.integers(0, span))
    trip_end = draw(st.integers(trip_start, span))
    goal = draw(st.integers(1, 3))
    events: list[BreakEvent] = []
    for n in range(span):
        if draw(st.booleans()):  # about half the days are rest days
            continue
        zone = away if trip_start <= n < trip_end else home
        for _ in range(draw(st.integers(1, goal + 2))):
            clock = draw(st.one_of(st.sampled_from(EDGE_TIMES), st.times()))
            local = datetime.combine(first + timedelta(n), clock)
            events.append(BreakEvent(local.replace(tzinfo=zone), draw(OUTCOMES)))
    today = first + timedelta(draw(st.integers(0, span + 3)))
    mondays = sorted({first + timedelta(n) - timedelta((first + timedelta(n)).weekday())
                      for n in range(0, span + 4, 7)})  # fmt: skip
    return events, goal, today, mondays


@settings(max_examples=150, deadline=None)
@given(lived_histories())
def test_lived_histories_match_the_reference_in_every_week(
    case: tuple[list[BreakEvent], int, date, list[date]],
) -> None:
    events, goal, today, mondays = case
    days = count_by_day(events)
    assert streaks(days, goal, today) == ref_streak(events, goal, today)
    for monday in mondays:
        year, week, _ = monday.isocalendar()
        summary = week_summary(days, goal, year, week, today)
        reference: Any = ref_week_json(events, goal, monday, today)
        assert summary.to_json() == reference
        assert summary.days_met == sum(d["goal_met"] for d in reference["days"])
        assert summary.empty == (reference["totals"] == dict.fromkeys(reference["totals"], 0))


@settings(max_examples=40, deadline=None)
@given(lived_histories())
def test_stored_histories_give_the_same_streaks_and_weeks(
    case: tuple[list[BreakEvent], int, date, list[date]],
) -> None:
    """The path ``stats`` and the history window take: events into SQLite, counts back out."""
    import tempfile
    from pathlib import Path

    from psoasbreak.storage.database import HistoryDatabase

    events, goal, today, mondays = case
    with tempfile.TemporaryDirectory() as tmp, HistoryDatabase.open(Path(tmp) / "h.db") as db:
        db.record_many(events)
        days = db.all_day_counts()
    # A repeat of the same row is stored once. Keyed by the text stored, not by BreakEvent
    # equality: aware datetimes compare equal across offsets and ignore ``fold`` in one zone.
    unique = list(
        {(e.at.isoformat(), e.outcome, e.exercise, e.seconds): e for e in events}.values()
    )
    assert streaks(days, goal, today) == ref_streak(unique, goal, today)
    year, week, _ = mondays[-1].isocalendar()
    assert week_summary(days, goal, year, week, today).to_json() == ref_week_json(
        unique, goal, mondays[-1], today
    )
