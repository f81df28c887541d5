"""Clock trouble, by property: whatever the wall clock does, the session never crashes, never
opens a second prompt for one due break, and never corrupts a day's counts.

Hypothesis drives a BreakSession (with a real, in-memory history) through random sequences of
real time passing, the wall clock jumping backwards and forwards (with and without the app
noticing), timezone changes (the same instant at another UTC offset, as ``FakeClock.set_wall``
gives), daylight-saving changes (the offset the machine's zone has at each instant, as
``SystemClock`` returns it, with the process's TZ set to a zone with DST), far-future dates (the
ends of 32- and unsigned 32-bit time, and on to the year 9998: Python's calendar stops at 9999,
where even ``SystemClock`` cannot say what time it is), sleeps, time away, do-not-disturb and
every user choice.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.history import count_by_day, event_day
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.quiet import QuietReason
from psoasbreak.core.session import BreakSession, State
from psoasbreak.core.settings import Settings, WorkingHours
from psoasbreak.core.status import status_document
from psoasbreak.storage.database import HistoryDatabase
from tests.helpers import ListenerLog

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham"]
#: Instants around daylight-saving changes, and far from now.
STARTS = [
    datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc),  # Europe springs forward at 01:00 UTC
    datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc),  # and falls back
    datetime(2026, 3, 8, 6, 30, tzinfo=timezone.utc),  # New York springs forward at 07:00 UTC
    datetime(2026, 11, 1, 5, 30, tzinfo=timezone.utc),
    datetime(2026, 4, 4, 14, 45, tzinfo=timezone.utc),  # Lord Howe: a 30-minute change
    datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc),
    datetime(2038, 1, 19, 3, 0, tzinfo=timezone.utc),  # 32-bit time_t ends at 03:14:08
    datetime(2106, 2, 7, 6, 0, tzinfo=timezone.utc),  # unsigned 32-bit time ends
    datetime(9997, 12, 30, 12, 0, tzinfo=timezone.utc),
]
MAX_WALL = datetime(9998, 1, 1, tzinfo=timezone.utc)
MIN_WALL = datetime(1971, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(params=ZONES)
def local_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The machine's timezone, as ``datetime.astimezone()`` (used by the policy) sees it."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


class QuietDesktop:
    def __init__(self) -> None:
        self.reason: str | None = None

    def quiet_reason(self) -> str | None:
        return self.reason


def as_system_clock_says(instant: datetime) -> datetime:
    """The instant at the machine's offset then, as a fixed offset (what SystemClock returns)."""
    local = instant.astimezone()
    return local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))


def within_calendar(moment: datetime, seconds: float) -> bool:
    try:
        return MIN_WALL <= moment + timedelta(seconds=seconds) <= MAX_WALL
    except OverflowError:
        return False


class Driver:
    """Applies one step, then checks every invariant."""

    def __init__(self, session: BreakSession, clock: FakeClock, db: HistoryDatabase) -> None:
        self.session, self.clock, self.db = session, clock, db
        self.log: ListenerLog = session._listener  # type: ignore[assignment]
        self.quiet: QuietDesktop = session._quiet  # type: ignore[assignment]
        self.prompt_open = False
        self.prompts = 0
        self.recorded: list[BreakEvent] = []

    def run(self, step: tuple) -> None:
        kind, value = step
        before = self.session.status()
        seen = len(self.log.calls)
        getattr(self, f"do_{kind}")(value)
        self.check(self.log.calls[seen:], before)

    # -- time --------------------------------------------------------------------------------

    def do_advance(self, seconds: float) -> None:
        """Real time passes and the scheduler's timer fires."""
        now = self.clock.now()
        if now + timedelta(seconds=seconds) > MAX_WALL:
            return
        self.clock.advance(seconds)
        self.clock.set_wall(as_system_clock_says(self.clock.now()))
        self.session.wakeup()

    def do_due(self, late: float) -> None:
        """The scheduler's timer fires at the armed instant (``late`` seconds after it)."""
        wake = self.session.next_wakeup()
        if wake is None:
            return
        self.do_advance(max(0.0, (wake - self.clock.now()).total_seconds()) + late)

    def do_jump(self, seconds: float) -> None:
        """The wall clock is set by hand, noticed or not. Setting it takes a moment of real
        time (a real clock never shows the same microsecond twice: two identical events are one
        event to the history, by design, so imports stay idempotent)."""
        if not within_calendar(self.clock.now(), seconds):
            return
        self.clock.advance(0.001)
        self.clock.set_wall(as_system_clock_says(self.clock.now() + timedelta(seconds=seconds)))
        if seconds % 2:
            self.session.clock_changed()
        else:
            self.session.wakeup()

    def do_zone(self, hours_east: float) -> None:
        """A timezone change: the same instant, another offset."""
        offset = timezone(timedelta(minutes=round(hours_east * 60)))
        self.clock.advance(0.001)
        self.clock.set_wall(self.clock.now().astimezone(offset))
        self.session.clock_changed()

    def do_sleep(self, seconds: float) -> None:
        if self.clock.now() + timedelta(seconds=seconds) > MAX_WALL:
            return
        self.clock.set_wall(as_system_clock_says(self.clock.now() + timedelta(seconds=seconds)))
        self.session.resumed_from_sleep(seconds)

    # -- the user and the desktop ------------------------------------------------------------

    def do_user(self, choice: str) -> None:
        session = self.session
        if choice == "pause":
            session.pause(30)
        elif choice == "pause_tomorrow":
            session.pause(until_tomorrow=True)
        elif choice == "break_now":
            session.start_break()
        elif choice == "away":
            session.user_away(self.clock.now())
        elif choice == "back":
            session.user_returned()
        elif choice == "dnd":
            self.quiet.reason = None if self.quiet.reason else QuietReason.FULLSCREEN
        else:
            getattr(session, choice)()

    # -- invariants ------------------------------------------------------------------------

    def check(self, calls: list[tuple[str, object]], before) -> None:
        opened = [c for c in calls if c[0] == "prompt_opened"]
        assert len(opened) <= 1, f"{len(opened)} prompts opened in one step: {calls}"
        for name, _ in calls:
            if name == "prompt_opened":
                assert not self.prompt_open, "a second prompt opened while one was on screen"
                self.prompt_open = True
                self.prompts += 1
            elif name == "prompt_closed":
                self.prompt_open = False
        if opened:
            # A prompt opens only for a break that was due: planned, and its time has come.
            assert before.state in (State.WORKING, State.OUTSIDE_HOURS), before
            assert before.next_break_at is not None, before
            assert self.clock.now() >= before.next_break_at, (self.clock.now(), before)
        assert self.prompt_open == (self.session.state is State.PROMPTING)

        self.recorded += [e for name, e in calls if name == "recorded_event"]
        stored = self.db.events()
        assert len(stored) == len(self.recorded)
        counts = self.db.all_day_counts()
        assert counts == count_by_day(self.recorded)
        for stored_event in stored:
            assert event_day(stored_event) == stored_event.at.date()
            assert stored_event.seconds >= 0

        wake = self.session.next_wakeup()
        assert wake is None or wake.utcoffset() is not None
        status = self.session.status()
        today = self.clock.now().date()
        day = counts.get(today)
        if day is not None:
            status_document(status, day, 6, _no_streak())


def _no_streak():
    from psoasbreak.core.history import Streak

    return Streak(0, 0)


class RecordingListener(ListenerLog):
    def outcome_recorded(self, event: BreakEvent) -> None:
        super().outcome_recorded(event)
        self.calls.append(("recorded_event", event))


seconds = st.floats(min_value=0.5, max_value=3 * 86400, allow_nan=False)
due = st.tuples(st.just("due"), st.floats(0, 2, allow_nan=False))
steps = st.one_of(
    due,
    due,
    due,
    st.tuples(st.just("advance"), st.one_of(seconds, st.sampled_from([60.0, 300.0, 1800.0]))),
    st.tuples(st.just("jump"), st.floats(-400 * 86400, 400 * 86400, allow_nan=False)),
    st.tuples(st.just("jump"), st.sampled_from([-3600.0, 3600.0, -86400.0, 1e9, -1e9, 3e11])),
    st.tuples(st.just("zone"), st.floats(-12, 14, allow_nan=False)),
    st.tuples(st.just("sleep"), seconds),
    st.tuples(
        st.just("user"),
        st.sampled_from(
            ["snooze", "skip", "end_break", "resume", "pause", "pause_tomorrow", "break_now"] * 3
            + ["away", "back", "dnd"]
        ),
    ),
)
configs = st.builds(
    Settings,
    interval_min_minutes=st.sampled_from([1, 30]),
    interval_max_minutes=st.sampled_from([30, 45]),
    idle_reset_minutes=st.sampled_from([0, 5]),
    working_hours=st.sampled_from(
        [WorkingHours(), WorkingHours(enabled=True), WorkingHours(enabled=True, days=(5,))]
    ),
)


@settings(
    max_examples=int(os.environ.get("PSOASBREAK_CLOCK_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.sampled_from(STARTS),
    config=configs,
    plan=st.lists(steps, min_size=5, max_size=80),
    seed=st.integers(0, 2**16),
)
def test_clock_trouble_never_crashes_double_prompts_or_miscounts(
    local_zone: str, start: datetime, config: Settings, plan: list[tuple], seed: int
) -> None:
    clock = FakeClock(as_system_clock_says(start))
    db = HistoryDatabase.open(Path(":memory:"))
    try:
        session = BreakSession(
            clock,
            BreakPolicy(config, random.Random(seed)),
            ExerciseLibrary.load_default(),
            db,
            RecordingListener(),
            QuietDesktop(),
        )
        driver = Driver(session, clock, db)
        session.start()
        for step in plan:
            driver.run(step)
        # Shown by --hypothesis-show-statistics: how much of the ground the runs covered.
        event(f"prompts opened: {min(driver.prompts, 3)}+")
        event(f"outcomes recorded: {min(len(driver.recorded), 3)}+")
    finally:
        db.close()


def test_the_zones_used_really_change_their_offsets(local_zone: str) -> None:
    """The DST starts above are real transitions in the zone under test (or UTC's none)."""
    zone = ZoneInfo(local_zone)
    offsets = {
        (start + timedelta(hours=h)).astimezone(zone).utcoffset()
        for start in STARTS[:5]
        for h in range(-24, 25)
    }
    assert (len(offsets) > 1) == (local_zone != "UTC")
    # And astimezone() sees the zone the fixture set.
    assert as_system_clock_says(STARTS[0]).utcoffset() == STARTS[0].astimezone(zone).utcoffset()
