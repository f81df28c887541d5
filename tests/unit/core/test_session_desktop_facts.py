"""Working hours, time away, sleep and clock jumps: the facts desktop/ reports, decided by core."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings, WorkingHours
from tests.helpers import make_session

FIXED = dict(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)
HOURS = WorkingHours(
    enabled=True,
    start=datetime.strptime("09:00", "%H:%M").time(),
    end=datetime.strptime("17:00", "%H:%M").time(),
    days=(0, 1, 2, 3, 4),
)


@pytest.fixture
def utc_local(monkeypatch):
    """Local time is UTC for these tests, so wall times in the assertions read plainly."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _session(tmp_path, start, **settings):
    session, clock, database, log = make_session(
        tmp_path, Settings(**{**FIXED, **settings}), FakeClock(start)
    )
    session.start()
    return session, clock, database, log


def _outcomes(database):
    return [(e.outcome, e.seconds) for e in database.events()]


# -- working hours ---------------------------------------------------------------------------

WED_0700 = datetime(2026, 11, 25, 7, 0, tzinfo=timezone.utc)  # a Wednesday
WED_1000 = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SAT_1000 = datetime(2026, 11, 28, 10, 0, tzinfo=timezone.utc)


def test_before_hours_the_state_is_outside_hours_and_planned_from_the_start(tmp_path, utc_local):
    session, clock, _, log = _session(tmp_path, WED_0700, working_hours=HOURS)
    assert session.state is State.OUTSIDE_HOURS
    start = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
    assert session.status().next_break_at == start + timedelta(minutes=30)
    assert log.wake_at == start
    clock.advance(2 * 3600)
    session.wakeup()
    assert session.state is State.WORKING
    assert session.status().next_break_at == start + timedelta(minutes=30)


def test_a_weekend_waits_for_monday(tmp_path, utc_local):
    session, _, _, log = _session(tmp_path, SAT_1000, working_hours=HOURS)
    assert session.state is State.OUTSIDE_HOURS
    assert log.wake_at == datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


def test_a_break_due_after_hours_end_is_not_prompted(tmp_path, utc_local):
    late = datetime(2026, 11, 25, 16, 45, tzinfo=timezone.utc)
    session, clock, database, log = _session(tmp_path, late, working_hours=HOURS)
    assert session.state is State.WORKING
    clock.advance(30 * 60)  # 17:15, after the period
    session.wakeup()
    assert session.state is State.OUTSIDE_HOURS
    assert "prompt_opened" not in log.names()
    assert log.wake_at == datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
    assert _outcomes(database) == []


def test_pause_until_tomorrow_ends_at_the_next_period_start(tmp_path, utc_local):
    session, _, _, _ = _session(tmp_path, WED_1000, working_hours=HOURS)
    until = session.pause(until_tomorrow=True)
    assert until == datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def test_pause_until_tomorrow_on_friday_ends_on_monday(tmp_path, utc_local):
    friday = datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc)
    session, _, _, _ = _session(tmp_path, friday, working_hours=HOURS)
    assert session.pause(until_tomorrow=True) == datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


def test_working_hours_follow_local_time_across_dst(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        berlin = ZoneInfo("Europe/Berlin")
        # Friday 23 Oct 2026 evening, summer time; Monday 26 Oct is winter time.
        friday = datetime(2026, 10, 23, 18, 0, tzinfo=berlin)
        session, _, _, log = _session(tmp_path, friday, working_hours=HOURS)
        assert session.state is State.OUTSIDE_HOURS
        assert log.wake_at == datetime(2026, 10, 26, 9, 0, tzinfo=berlin)
        assert log.wake_at.utcoffset() == timedelta(hours=1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_new_working_hours_replan_at_once(tmp_path, utc_local):
    from psoasbreak.core.policy import BreakPolicy

    session, _, _, _ = _session(tmp_path, WED_1000)
    assert session.state is State.WORKING
    hours = WorkingHours(enabled=True, start=HOURS.start, end=HOURS.end, days=(5, 6))
    session.replace_policy(BreakPolicy(Settings(**FIXED, working_hours=hours)))
    assert session.state is State.OUTSIDE_HOURS


# -- time away -------------------------------------------------------------------------------


def test_time_away_is_a_natural_break_and_the_next_is_planned_from_the_return(tmp_path):
    session, clock, database, log = _session(tmp_path, WED_1000)
    clock.advance(10 * 60)
    last_input = clock.now()
    clock.advance(5 * 60)
    session.user_away(last_input)
    assert session.away
    assert session.status().next_break_at is None
    assert log.wake_at is None
    clock.advance(20 * 60)
    event = session.user_returned()
    assert event is not None and event.outcome is Outcome.NATURAL
    assert _outcomes(database) == [(Outcome.NATURAL, 25 * 60)]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert session.user_returned() is None  # one return, one record


def test_going_away_during_a_prompt_withdraws_it_without_a_missed(tmp_path):
    session, clock, database, log = _session(tmp_path, WED_1000)
    clock.advance(30 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    session.user_away(clock.now() - timedelta(minutes=5))
    assert session.state is State.WORKING
    assert log.names()[-1] == "prompt_closed"
    clock.advance(10 * 60)
    session.wakeup()  # the old deadline passes while away: nothing happens
    session.user_returned()
    assert _outcomes(database) == [(Outcome.NATURAL, 15 * 60)]


def test_away_is_ignored_during_an_exercise_and_a_pause(tmp_path):
    session, clock, _, _ = _session(tmp_path, WED_1000)
    session.start_break("stretch")
    session.user_away(clock.now())
    assert not session.away
    clock.advance(60)
    session.end_break()
    session.pause(30)
    session.user_away(clock.now())
    assert not session.away


def test_break_now_while_away_counts_the_return_first(tmp_path):
    session, clock, database, _ = _session(tmp_path, WED_1000)
    session.user_away(clock.now())
    clock.advance(8 * 60)
    session.start_break("breathing")
    clock.advance(60)
    session.end_break()
    assert _outcomes(database) == [(Outcome.NATURAL, 8 * 60), (Outcome.COMPLETED, 60)]


# -- sleep and clock jumps -------------------------------------------------------------------


def test_a_long_sleep_is_one_natural_break_and_a_fresh_interval(tmp_path):
    session, clock, database, log = _session(tmp_path, WED_1000)
    clock.advance(3 * 3600)  # slept through six due breaks
    session.resumed_from_sleep(3 * 3600)
    assert _outcomes(database) == [(Outcome.NATURAL, 3 * 3600)]
    assert "prompt_opened" not in log.names()
    assert session.state is State.WORKING
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_a_long_sleep_during_a_prompt_is_natural_not_missed(tmp_path):
    session, clock, database, _ = _session(tmp_path, WED_1000)
    clock.advance(30 * 60)
    session.wakeup()
    clock.advance(3600)
    session.resumed_from_sleep(3600)
    assert _outcomes(database) == [(Outcome.NATURAL, 3600)]


def test_a_short_sleep_catches_up_with_at_most_one_prompt(tmp_path):
    session, clock, database, log = _session(tmp_path, WED_1000, idle_reset_minutes=10)
    clock.advance(29 * 60)
    clock.advance(3 * 60)
    session.resumed_from_sleep(3 * 60)
    session.resumed_from_sleep(0)
    assert log.names() == ["prompt_opened"]
    assert _outcomes(database) == []


def test_with_idle_reset_off_a_sleep_is_never_a_natural_break(tmp_path):
    session, clock, database, _ = _session(tmp_path, WED_1000, idle_reset_minutes=0)
    clock.advance(3 * 3600)
    session.resumed_from_sleep(3 * 3600)
    assert _outcomes(database) == []
    assert session.state is State.PROMPTING


def test_a_clock_set_forward_replans_instead_of_prompting(tmp_path):
    session, clock, _, log = _session(tmp_path, WED_1000)
    clock.set_wall(clock.now() + timedelta(hours=2))
    session.clock_changed()
    assert session.state is State.WORKING
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    session.wakeup()
    assert "prompt_opened" not in log.names()


def test_a_clock_set_back_does_not_stretch_the_interval(tmp_path):
    session, clock, _, _ = _session(tmp_path, WED_1000)
    clock.set_wall(clock.now() - timedelta(hours=2))
    session.clock_changed()
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_a_clock_jump_during_a_prompt_moves_its_deadline_not_its_outcome(tmp_path):
    session, clock, database, _ = _session(tmp_path, WED_1000)
    clock.advance(30 * 60)
    session.wakeup()
    clock.set_wall(clock.now() + timedelta(hours=1))
    session.clock_changed()
    session.wakeup()
    assert session.state is State.PROMPTING
    assert _outcomes(database) == []


def test_the_end_of_the_working_period_is_outside_hours_at_once(tmp_path, utc_local):
    """The working-hours end job wakes the session at 17:00: the tray says "Outside working
    hours" from then, not from the next due time."""
    wed_1645 = datetime(2026, 11, 25, 16, 45, tzinfo=timezone.utc)
    session, clock, database, _ = _session(tmp_path, wed_1645, working_hours=HOURS)
    assert session.state is State.WORKING and session.wakeup_name() == "next-break"
    clock.advance(15 * 60)  # 17:00, the break (17:15) not yet due
    session.wakeup()
    assert session.state is State.OUTSIDE_HOURS
    assert session.wakeup_name() == "working-hours-start"
    assert session.next_wakeup() == datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
    assert database.events() == []
    database.close()


def test_every_wakeup_is_named_for_what_it_is(tmp_path, utc_local):
    wed_1000 = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
    session, clock, database, _ = _session(tmp_path, wed_1000)
    assert session.wakeup_name() == "next-break"
    clock.advance(30 * 60)
    session.wakeup()
    assert session.wakeup_name() == "prompt-deadline"
    session.pause(30)
    assert session.wakeup_name() == "pause-end"
    session.resume()
    session.start_break()
    assert session.wakeup_name() is None and session.next_wakeup() is None
    database.close()


# -- meeting mode ----------------------------------------------------------------------------


def test_pause_until_a_moment_holds_prompts_until_then(tmp_path, utc_local):
    session, clock, _, log = _session(tmp_path, WED_0700)
    until = WED_0700 + timedelta(hours=2)
    assert session.pause(until=until) == until
    status = session.status()
    assert status.state is State.PAUSED and status.paused_until == until
    assert session.next_wakeup() == until
    clock.advance(2 * 3600)
    session.wakeup()
    assert session.state is State.WORKING
    assert "prompt_opened" not in log.names()


@pytest.mark.parametrize(
    "offset",
    [timedelta(0), timedelta(minutes=-5), timedelta(hours=25, minutes=1)],
    ids=["now", "past", "over a day and an hour"],
)
def test_pause_until_refuses_a_moment_not_within_the_next_day(tmp_path, utc_local, offset):
    session, _, _, _ = _session(tmp_path, WED_0700)
    with pytest.raises(ValueError, match="within the next 25 hours"):
        session.pause(until=WED_0700 + offset)
    assert session.state is State.WORKING


def test_pause_until_tomorrows_time_on_a_25_hour_day_is_taken(tmp_path, monkeypatch):
    """Berlin leaves summer time on 2026-10-25: 08:00 tomorrow is 25 hours after 08:00 today."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    try:
        start = datetime(2026, 10, 24, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
        session, _, _, _ = _session(tmp_path, start)
        until = session.policy.pause_until(start, start.time())
        assert until - start == timedelta(hours=25)
        assert session.pause(until=until) == until
    finally:
        monkeypatch.undo()
        time.tzset()
