"""When a programme session that falls due is offered (BreakSession.may_offer_programme), and
what running one does to the break loop: driven by a FakeClock and a real SQLite history."""

from __future__ import annotations

import datetime as dt
import random
from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.quiet import QuietReason
from psoasbreak.core.session import BreakSession, State
from psoasbreak.core.settings import Settings, WorkingHours
from psoasbreak.storage.database import HistoryDatabase
from tests.helpers import ListenerLog

#: Saturday 12:30 UTC: outside Monday-to-Friday working hours.
SATURDAY_NOON = datetime(2026, 11, 28, 12, 30, tzinfo=timezone.utc)
HOURS = WorkingHours(enabled=True, start=dt.time(9), end=dt.time(17))


class Quiet:
    def __init__(self) -> None:
        self.reason: QuietReason | None = None

    def quiet_reason(self) -> QuietReason | None:
        return self.reason


@pytest.fixture
def made(tmp_path):
    clock = FakeClock(SATURDAY_NOON)
    quiet = Quiet()
    with HistoryDatabase.open(tmp_path / "history.sqlite3") as database:
        session = BreakSession(
            clock,
            BreakPolicy(Settings(working_hours=HOURS), random.Random(1)),
            ExerciseLibrary.load_default(),
            database,
            ListenerLog(),
            quiet=quiet,
        )
        session.start()
        yield session, clock, quiet


def test_a_session_is_offered_outside_working_hours_the_user_chose_its_time(made) -> None:
    session, _clock, _quiet = made
    assert session.state is State.OUTSIDE_HOURS
    assert session.may_offer_programme()


def test_not_while_paused_away_on_a_break_or_when_the_desktop_says_not_now(made) -> None:
    session, clock, quiet = made
    quiet.reason = QuietReason.MICROPHONE
    assert not session.may_offer_programme()
    quiet.reason = None
    session.pause(30)
    assert not session.may_offer_programme()
    session.resume()
    # Away is noticed inside working hours (outside them nobody is waiting for a break).
    clock.set_wall(datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc))
    session.clock_changed()
    assert session.state is State.WORKING and session.may_offer_programme()
    session.user_away(clock.now())
    assert not session.may_offer_programme()
    session.user_returned()
    assert session.start_break()
    assert not session.may_offer_programme()


def test_a_running_session_is_on_break_and_the_next_break_follows_its_end(tmp_path) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc))
    with HistoryDatabase.open(tmp_path / "history.sqlite3") as database:
        settings = Settings(interval_min_minutes=30, interval_max_minutes=30)
        session = BreakSession(
            clock,
            BreakPolicy(settings, random.Random(1)),
            ExerciseLibrary.load_default(),
            database,
            ListenerLog(),
        )
        session.start()
        assert session.start_programme()
        assert session.status().state is State.ON_BREAK and session.in_programme
        assert not session.start_programme() and not session.start_break()
        clock.advance(45 * 60)  # the break that was due meanwhile does not prompt
        session.wakeup()
        assert session.status().state is State.ON_BREAK
        assert session.end_programme()
        assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
        assert not session.end_programme()
        assert database.events() == []  # a session is not a break outcome
