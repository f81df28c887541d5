"""Do not disturb: a break that falls due during a meeting waits for it to end, up to a limit."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.quiet import QuietReason
from psoasbreak.core.session import QUIET_HOLD_LIMIT, QUIET_RECHECK, BreakSession, State
from psoasbreak.core.settings import Settings
from psoasbreak.storage.database import HistoryDatabase
from tests.helpers import ListenerLog, make_session

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
FIXED = Settings(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)


class FakeQuiet:
    """The desktop's answer, set by the test; counts how often it was asked."""

    def __init__(self) -> None:
        self.reason: str | None = None
        self.asked = 0

    def quiet_reason(self) -> str | None:
        self.asked += 1
        return self.reason


def _session(tmp_path):
    quiet, clock, log = FakeQuiet(), FakeClock(START), ListenerLog()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    policy = BreakPolicy(FIXED, random.Random(7))
    library = ExerciseLibrary.load_default()
    session = BreakSession(clock, policy, library, database, log, quiet=quiet)
    session.start()
    return session, clock, database, log, quiet


def _fire(session, clock):
    """Move to the next armed wake-up and run it, as the scheduler would."""
    wake_at = session.next_wakeup()
    assert wake_at is not None, "nothing is scheduled"
    clock.advance((wake_at - clock.now()).total_seconds())
    session.wakeup()


def test_not_asked_until_a_break_is_due(tmp_path):
    session, clock, _, _, quiet = _session(tmp_path)
    clock.advance(29 * 60)
    session.wakeup()
    assert quiet.asked == 0


def test_a_break_due_during_dnd_is_held_with_its_reason_and_due_time(tmp_path):
    session, clock, _, log, quiet = _session(tmp_path)
    due = session.status().next_break_at
    quiet.reason = QuietReason.FULLSCREEN
    _fire(session, clock)
    status = session.status()
    assert status.state is State.WORKING
    assert status.next_break_at == due
    assert status.held_reason == "a fullscreen window is active"
    assert "prompt_opened" not in log.names()
    assert log.wake_at == clock.now() + QUIET_RECHECK


def test_the_held_prompt_appears_at_the_first_check_after_dnd_ends(tmp_path):
    session, clock, database, log, quiet = _session(tmp_path)
    quiet.reason = QuietReason.DO_NOT_DISTURB
    _fire(session, clock)
    _fire(session, clock)  # still quiet a minute later
    assert "prompt_opened" not in log.names()
    quiet.reason = None
    _fire(session, clock)
    assert session.state is State.PROMPTING
    assert session.status().held_reason is None
    assert log.names() == ["prompt_opened"]
    assert database.events() == []
    assert quiet.asked == 3


def test_held_past_the_limit_is_missed_once_and_the_next_break_is_planned(tmp_path):
    session, clock, database, log, quiet = _session(tmp_path)
    due = session.status().next_break_at
    quiet.reason = QuietReason.FULLSCREEN
    while not database.events():
        _fire(session, clock)
    assert clock.now() == due + QUIET_HOLD_LIMIT
    assert [e.outcome for e in database.events()] == [Outcome.MISSED]
    assert "prompt_opened" not in log.names()
    assert session.status().held_reason is None
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    # Checks were once a minute: the limit, not a storm of questions.
    assert quiet.asked == QUIET_HOLD_LIMIT // QUIET_RECHECK + 1


def test_going_away_while_held_drops_the_hold_for_a_natural_break(tmp_path):
    session, clock, database, _, quiet = _session(tmp_path)
    quiet.reason = QuietReason.FULLSCREEN
    _fire(session, clock)
    session.user_away(clock.now() - timedelta(minutes=5))
    assert session.status().held_reason is None
    assert session.next_wakeup() is None
    clock.advance(600)
    session.user_returned()
    assert [e.outcome for e in database.events()] == [Outcome.NATURAL]


def test_break_now_and_pause_end_the_hold(tmp_path):
    session, clock, _, _, quiet = _session(tmp_path)
    quiet.reason = QuietReason.DO_NOT_DISTURB
    _fire(session, clock)
    session.pause(30)
    assert session.status().held_reason is None
    assert session.next_wakeup() == session.status().paused_until
    session.resume()
    _fire(session, clock)
    assert session.status().held_reason is not None
    session.start_break("stretch")
    assert session.state is State.ON_BREAK
    assert session.status().held_reason is None


def test_without_a_quiet_source_the_prompt_opens_on_time(tmp_path):
    session, clock, _, log = make_session(tmp_path, FIXED, FakeClock(START))
    session.start()
    _fire(session, clock)
    assert log.names() == ["prompt_opened"]
