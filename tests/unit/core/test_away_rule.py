"""The away rule (core/away.py) and the two moments the session applies it itself: when a break
falls due, and when logind says the machine resumed. All on the FakeClock, with an idle reading
that grows with it; no timer, no Qt."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.core.away import away_since, last_activity
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from tests.helpers import make_session

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SETTINGS = Settings(interval_min_minutes=30, interval_max_minutes=30, idle_reset_minutes=5)
RESET = timedelta(minutes=5)


class Idle:
    """Seconds since the last input, over the FakeClock; ``known=False`` is a desktop that
    cannot tell."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock, self.last_input, self.known = clock, clock.now(), True

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def seconds_since_input(self) -> float | None:
        return (self.clock.now() - self.last_input).total_seconds() if self.known else None


@pytest.fixture
def day(tmp_path):
    clock = FakeClock(START)
    idle = Idle(clock)
    session, clock, database, log = make_session(tmp_path, SETTINGS, clock, idle=idle)
    session.start()
    yield session, clock, database, log, idle
    database.close()


def outcomes(database):
    return [(e.outcome, e.seconds) for e in database.events()]


def to_due(session, clock):
    clock.advance((session.next_wakeup() - clock.now()).total_seconds())


# -- the rule itself ---------------------------------------------------------------------------


def test_away_once_the_idle_reset_passes_without_input():
    now = START + timedelta(hours=1)
    assert away_since(now, 299, START, RESET) is None
    assert away_since(now, 300, START, RESET) == now - RESET
    assert away_since(now, None, START, RESET) is None  # unknown idle time
    assert away_since(now, 3600, START, timedelta(0)) is None  # idle reset off


def test_time_away_never_counts_from_before_counting_since():
    now = START + timedelta(hours=1)
    counting_since = now - timedelta(minutes=4)
    assert last_activity(now, 3600, counting_since) == counting_since
    assert away_since(now, 3600, counting_since, RESET) is None
    assert away_since(now + timedelta(minutes=1), 3660, counting_since, RESET) == counting_since


# -- a break that falls due while the user is away --------------------------------------------


def test_a_break_due_after_the_idle_reset_without_input_is_a_natural_break_not_a_prompt(day):
    session, clock, database, log, idle = day
    clock.advance(10 * 60)
    idle.touch()
    last_input = clock.now()
    to_due(session, clock)  # 20 minutes with no input, and nothing else noticed it
    session.wakeup()
    assert "prompt_opened" not in log.names()
    assert session.state is State.WORKING and session.away
    assert session.status().next_break_at is None
    clock.advance(7 * 60)
    idle.touch()
    session.user_returned()  # what the away check says on the next input
    assert outcomes(database) == [(Outcome.NATURAL, (clock.now() - last_input).seconds)]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert Outcome.MISSED not in [o for o, _ in outcomes(database)]


def test_a_break_due_with_recent_input_is_prompted(day):
    session, clock, _database, log, idle = day
    to_due(session, clock)
    idle.last_input = clock.now() - timedelta(minutes=4, seconds=59)
    session.wakeup()
    assert session.state is State.PROMPTING and "prompt_opened" in log.names()


@pytest.mark.parametrize("idle_known", [False, True])
def test_without_an_idle_time_or_with_the_reset_off_the_break_is_prompted(tmp_path, idle_known):
    clock = FakeClock(START)
    idle = Idle(clock)
    idle.known = idle_known
    settings = Settings(
        interval_min_minutes=30,
        interval_max_minutes=30,
        idle_reset_minutes=5 if not idle_known else 0,
    )
    session, clock, database, _ = make_session(tmp_path, settings, clock, idle=idle)
    session.start()
    to_due(session, clock)
    session.wakeup()
    assert session.state is State.PROMPTING
    database.close()


def test_an_exercise_done_without_input_is_not_time_away(day):
    """The countdown runs out on its own (no input during the exercise): the time away at the
    next due break counts from the end of the exercise, not from the input before it."""
    session, clock, database, _log, _idle = day
    session.start_break("stretch")
    clock.advance(60)
    session.end_break()
    ended = clock.now()
    to_due(session, clock)
    session.wakeup()
    assert session.away and session.away_since == ended
    clock.advance(60)
    session.user_returned()
    natural = [s for o, s in outcomes(database) if o is Outcome.NATURAL]
    assert natural == [(clock.now() - ended).seconds]


# -- logind's two signals ---------------------------------------------------------------------


def test_a_frozen_session_idle_past_the_reset_is_away_at_the_resume_and_never_prompted(day):
    """The app did not run between logind's two signals while the monotonic clocks ran on (a
    paused virtual machine): the clocks saw no sleep, so the resume asks the idle time."""
    session, clock, database, log, idle = day
    clock.advance(20 * 60)
    idle.touch()
    last_input = clock.now()
    session.sleep_began()
    clock.advance(25 * 60)  # frozen past the due time; the clocks cannot tell
    session.sleep_ended()
    assert session.away and "prompt_opened" not in log.names()
    session.wakeup()  # the overdue break timer fires after the resume
    assert "prompt_opened" not in log.names()
    clock.advance(30)
    session.user_returned()
    assert outcomes(database) == [(Outcome.NATURAL, (clock.now() - last_input).seconds)]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_where_idle_time_is_unknown_the_span_between_the_signals_is_a_natural_break(day):
    session, clock, database, log, idle = day
    idle.known = False
    clock.advance(20 * 60)
    session.sleep_began()
    clock.advance(25 * 60)
    session.sleep_ended()
    assert outcomes(database) == [(Outcome.NATURAL, 25 * 60)]
    assert not session.away and "prompt_opened" not in log.names()
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_a_sleep_the_clocks_already_told_of_is_not_counted_twice(day):
    session, clock, database, _log, idle = day
    idle.known = False
    session.sleep_began()
    clock.advance(20 * 60)
    session.resumed_from_sleep(20 * 60)  # the clock comparison saw it first
    session.sleep_ended()
    assert outcomes(database) == [(Outcome.NATURAL, 20 * 60)]


def test_a_short_span_between_the_signals_just_catches_up(day):
    session, clock, database, _log, idle = day
    idle.known = False
    to_due(session, clock)
    clock.advance(-60)
    session.sleep_began()
    clock.advance(2 * 60)  # shorter than the idle reset, past the due time
    session.sleep_ended()
    assert session.state is State.PROMPTING
    assert outcomes(database) == []


def test_still_away_when_a_pause_ends_the_due_break_waits_for_the_return(day):
    """Found by the clock-trouble property test: away, then a pause (from the command line);
    the pause ends while the user is still away. Their break is not prompted to an empty
    chair (even where the idle time cannot be read); the return records the time away and
    plans the next break."""
    session, clock, database, log, idle = day
    idle.known = False
    session.user_away(clock.now())
    session.pause(30)
    to_due(session, clock)
    session.wakeup()  # the pause ends
    to_due(session, clock)
    session.wakeup()  # the next break falls due
    assert "prompt_opened" not in log.names()
    assert session.away and session.next_wakeup() is None
    session.resumed_from_sleep(300)  # a long sleep: the user is back
    assert not session.away and session.state is State.WORKING
    assert [o for o, _ in outcomes(database)] == [Outcome.NATURAL]
