"""Two machines, one sitting (issue 19): a break taken on another machine restarts the interval
here, and time spent working there is not a natural break here. FakeClock only."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from psoasbreak.core.sync import OPEN_SPAN_TRUST, Remote, UseSpan
from tests.helpers import make_session

FIXED = dict(interval_min_minutes=30, interval_max_minutes=30, idle_reset_minutes=5)
START = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
LAPTOP = "0123456789abcdef"
# The laptop's clock runs in another zone: its moments compare as instants.
TOKYO = timezone(timedelta(hours=9))


class Other:
    """The other machines as the sync folder shows them: a ``Remote`` the test fills in."""

    def __init__(self) -> None:
        self.remote = Remote()

    def covering(self, now: datetime) -> tuple[UseSpan, ...]:
        return self.remote.covering(now)


def _session(tmp_path):
    other = Other()
    session, clock, database, log = make_session(
        tmp_path, Settings(**FIXED), FakeClock(START), elsewhere=other
    )
    session.start()
    return session, clock, database, log, other


def test_a_break_taken_elsewhere_moves_the_next_break_here(tmp_path) -> None:
    session, clock, database, _, _ = _session(tmp_path)
    clock.advance(20 * 60)
    session.break_taken_elsewhere((START + timedelta(minutes=18)).astimezone(TOKYO))
    assert session.status().next_break_at == START + timedelta(minutes=48)
    clock.advance(15 * 60)  # 09:35: the old plan (09:30) is gone
    session.wakeup()
    assert session.state is State.WORKING
    assert database.events() == []


def test_a_prompt_out_here_is_withdrawn_without_a_record(tmp_path) -> None:
    session, clock, database, log, _ = _session(tmp_path)
    clock.advance(30 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    clock.advance(60)
    session.break_taken_elsewhere(clock.now())
    assert session.state is State.WORKING
    assert "prompt_closed" in log.names()
    assert database.events() == []
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_an_old_break_or_one_from_a_clock_ahead_changes_nothing_or_is_taken_as_now(
    tmp_path,
) -> None:
    session, clock, _, _, _ = _session(tmp_path)
    clock.advance(10 * 60)
    session.break_taken_elsewhere(START - timedelta(minutes=5))  # before our interval began
    assert session.status().next_break_at == START + timedelta(minutes=30)
    session.break_taken_elsewhere(clock.now() + timedelta(hours=3))  # their clock is ahead
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_a_pause_is_not_ended_by_a_break_elsewhere(tmp_path) -> None:
    session, clock, _, _, _ = _session(tmp_path)
    session.pause(60)
    session.break_taken_elsewhere(clock.now())
    assert session.state is State.PAUSED


def test_working_on_the_other_machine_is_not_a_natural_break_here(tmp_path) -> None:
    session, clock, database, _, other = _session(tmp_path)
    clock.advance(10 * 60)
    left = clock.now()
    session.user_away(left)
    # The laptop says it has been in use since a minute after: its open span.
    other.remote = Remote(open_since={LAPTOP: (left + timedelta(minutes=1)).astimezone(TOKYO)})
    clock.advance(40 * 60)
    assert session.user_returned() is None
    assert database.events() == []
    # The sitting went on over there: the break is due one interval after this one's start.
    assert session.status().next_break_at == START + timedelta(minutes=30)
    session.wakeup()
    assert session.state is State.PROMPTING


def test_a_break_there_while_away_here_is_where_the_interval_restarts(tmp_path) -> None:
    session, clock, database, _, other = _session(tmp_path)
    clock.advance(10 * 60)
    left = clock.now()
    session.user_away(left)
    stretched = left + timedelta(minutes=25)
    clock.advance(26 * 60)
    session.break_taken_elsewhere(stretched)  # the laptop's break arrives while away here
    other.remote = Remote(
        breaks={LAPTOP: frozenset({BreakEvent(stretched, Outcome.COMPLETED, "stretch", 60)})},
        spans={LAPTOP: frozenset({UseSpan(left + timedelta(minutes=1), stretched)})},
        open_since={LAPTOP: stretched},
    )
    clock.advance(14 * 60)
    assert session.user_returned() is None
    assert database.events() == []
    assert session.status().next_break_at == stretched + timedelta(minutes=30)


def test_time_off_every_chair_is_still_a_natural_break(tmp_path) -> None:
    session, clock, database, _, other = _session(tmp_path)
    clock.advance(10 * 60)
    left = clock.now()
    session.user_away(left)
    # Lunch (30 min, no machine in use), then 10 min on the laptop, then back here.
    other.remote = Remote(
        spans={
            LAPTOP: frozenset({UseSpan(left + timedelta(minutes=30), left + timedelta(minutes=40))})
        }
    )
    clock.advance(41 * 60)
    event = session.user_returned()
    assert event is not None and event.outcome is Outcome.NATURAL
    assert [e.outcome for e in database.events()] == [Outcome.NATURAL]


def test_an_open_span_left_by_a_crashed_machine_stops_covering(tmp_path) -> None:
    session, clock, _, _, other = _session(tmp_path)
    other.remote = Remote(open_since={LAPTOP: START - timedelta(hours=1)})
    clock.advance(10 * 60)
    session.user_away(clock.now())
    clock.advance(OPEN_SPAN_TRUST.total_seconds())
    event = session.user_returned()
    assert event is not None and event.outcome is Outcome.NATURAL
