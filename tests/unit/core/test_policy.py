from __future__ import annotations

import random
import time
from datetime import datetime, timedelta, timezone
from datetime import time as datetime_time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.settings import Settings

START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


@given(
    low=st.integers(1, 240),
    spread=st.integers(0, 239),
    seed=st.integers(0, 2**32 - 1),
)
def test_next_due_is_a_draw_within_the_range(low, spread, seed):
    high = min(240, low + spread)
    policy = BreakPolicy(
        Settings(interval_min_minutes=low, interval_max_minutes=high), random.Random(seed)
    )
    due = policy.next_due(START)
    assert timedelta(minutes=low) <= due - START <= timedelta(minutes=high)


def test_draws_cover_the_range_uniformly_enough():
    policy = BreakPolicy(Settings(), random.Random(1))
    minutes = [(policy.next_due(START) - START).total_seconds() / 60 for _ in range(4000)]
    assert min(minutes) >= 30 and max(minutes) <= 45
    # Each third of the range gets roughly a third of the draws: a uniform draw, not a fixed gap.
    thirds = [sum(30 + 5 * k <= m < 35 + 5 * k for m in minutes) for k in range(3)]
    assert all(1150 < count < 1500 for count in thirds), thirds


def test_equal_bounds_give_that_exact_interval():
    policy = BreakPolicy(Settings(interval_min_minutes=1, interval_max_minutes=1))
    assert policy.next_due(START) == START + timedelta(minutes=1)


def test_snooze_and_prompt_deadline_follow_the_settings():
    policy = BreakPolicy(Settings(snooze_minutes=7, prompt_timeout_minutes=3))
    assert policy.snooze_until(START) == START + timedelta(minutes=7)
    assert policy.prompt_deadline(START) == START + timedelta(minutes=3)


def test_pause_for_minutes():
    policy = BreakPolicy(Settings())
    assert policy.pause_for(START, 30) == START + timedelta(minutes=30)
    assert policy.pause_for(START, 1440) == START + timedelta(days=1)
    for wrong in (0, 1441):
        with pytest.raises(ValueError, match="from 1 to 1440 minutes"):
            policy.pause_for(START, wrong)


@pytest.mark.parametrize(
    ("minutes", "allowed"),
    [
        (1, True),
        (1440, True),
        (0, False),
        (1441, False),
        (True, False),
        (30.0, False),
        ("5", False),
    ],
)
def test_one_pause_bound_for_the_tray_the_command_line_and_the_socket(minutes, allowed):
    from psoasbreak.core.policy import pause_minutes_allowed

    assert pause_minutes_allowed(minutes) is allowed


@pytest.fixture
def berlin(monkeypatch):
    """The process's local zone is Europe/Berlin for the test (pause ends are local times)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield ZoneInfo("Europe/Berlin")
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("local_now", "expected"),
    [
        (datetime(2026, 11, 25, 14, 30), datetime(2026, 11, 26, 6, 0)),
        (datetime(2026, 11, 25, 1, 15), datetime(2026, 11, 25, 6, 0)),
        (datetime(2026, 11, 25, 6, 0), datetime(2026, 11, 26, 6, 0)),
        (datetime(2026, 12, 31, 23, 59), datetime(2027, 1, 1, 6, 0)),
    ],
)
def test_pause_until_tomorrow_ends_at_the_next_local_six(local_now, expected, berlin):
    until = BreakPolicy(Settings()).pause_until_tomorrow(local_now.replace(tzinfo=berlin))
    assert until.astimezone(berlin).replace(tzinfo=None) == expected


def test_pause_until_tomorrow_across_a_dst_change_still_ends_at_six(berlin):
    """Berlin leaves summer time on 2026-10-25: the morning after has another UTC offset."""
    evening = datetime(2026, 10, 24, 22, 0, tzinfo=berlin)
    until = BreakPolicy(Settings()).pause_until_tomorrow(evening)
    assert until.astimezone(berlin) == datetime(2026, 10, 25, 6, 0, tzinfo=berlin)
    assert until.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("local_now", "at", "expected"),
    [
        (datetime(2026, 11, 25, 9, 10), "10:30", datetime(2026, 11, 25, 10, 30)),
        (datetime(2026, 11, 25, 11, 0), "10:30", datetime(2026, 11, 26, 10, 30)),
        (datetime(2026, 11, 25, 10, 30), "10:30", datetime(2026, 11, 26, 10, 30)),
        (datetime(2026, 12, 31, 23, 50), "00:15", datetime(2027, 1, 1, 0, 15)),
    ],
    ids=["later today", "passed: tomorrow", "now: tomorrow", "over new year"],
)
def test_meeting_mode_pauses_until_that_time_today_or_tomorrow(local_now, at, expected, berlin):
    hour, minute = map(int, at.split(":"))
    until = BreakPolicy(Settings()).pause_until(
        local_now.replace(tzinfo=berlin), datetime_time(hour, minute)
    )
    assert until.astimezone(berlin).replace(tzinfo=None) == expected


def test_meeting_mode_across_a_dst_change_ends_at_that_wall_time(berlin):
    evening = datetime(2026, 10, 24, 22, 0, tzinfo=berlin)
    until = BreakPolicy(Settings()).pause_until(evening, datetime_time(8, 0))
    assert until.astimezone(berlin) == datetime(2026, 10, 25, 8, 0, tzinfo=berlin)
    assert until.utcoffset() == timedelta(hours=1)
