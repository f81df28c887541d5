"""The command line's times: today's as HH:MM, another day's with its date, judged against the
clock reading it is given (never the date the tests happen to run on)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from psoasbreak.cli.control import _clock_time

NOW = datetime(2031, 3, 4, 10, 0, tzinfo=timezone.utc).astimezone()


def test_a_time_today_is_its_hour_alone() -> None:
    later = NOW + timedelta(minutes=30)
    assert _clock_time(later.isoformat(), NOW) == later.strftime("%H:%M")


def test_a_time_on_another_day_names_the_day() -> None:
    tomorrow = NOW + timedelta(days=1)
    assert _clock_time(tomorrow.isoformat(), NOW) == tomorrow.strftime("%a %d %b %H:%M")


def test_no_time_is_a_dash() -> None:
    assert _clock_time(None, NOW) == "-"
