"""The suspend and clock-jump backstop: tests move the clocks and emit the check timer's timeout."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QObject, Signal

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from psoasbreak.scheduling.wake import (
    CHECK_INTERVAL_MS,
    OFFSET_CHECK_INTERVAL_MS,
    SystemWakeClocks,
    WakeWatch,
)
from tests.desktop_fakes import FakeWakeClocks
from tests.helpers import make_session

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SETTINGS = Settings(interval_min_minutes=30, interval_max_minutes=30, idle_reset_minutes=5)


@pytest.fixture
def watch(qtbot):
    clock = FakeClock(START)
    clocks = FakeWakeClocks(clock)
    watch = WakeWatch(clocks)
    watch.start()
    yield watch, clock, clocks
    watch.stop()


def record(watch):
    seen: list[object] = []
    watch.slept.connect(lambda seconds: seen.append(("slept", seconds)))
    watch.clock_changed.connect(lambda: seen.append("clock_changed"))
    return seen


class FakeKernel(QObject):
    """Stands in for desktop/clock_watch.py's timerfd (tested for real in test_clock_watch.py)."""

    clock_set = Signal()


def test_without_kernel_events_one_coarse_check_in_5_minutes(watch):
    w, _, _ = watch
    assert w.timer.isActive()
    assert w.timer.interval() == CHECK_INTERVAL_MS == 5 * 60_000


def test_with_kernel_events_a_jump_is_seen_when_the_kernel_says_so(watch):
    """Linux: the periodic check only looks for a new UTC offset, once an hour; a clock set or a
    resume is checked the moment the kernel reports it."""
    w, clock, clocks = watch
    kernel = FakeKernel()
    w.listen_to(kernel.clock_set)
    assert w.timer.interval() == OFFSET_CHECK_INTERVAL_MS == 60 * 60_000
    seen = record(w)
    clock.advance(600)
    clocks.suspend(1800)
    kernel.clock_set.emit()
    clock.set_wall(clock.now() + timedelta(hours=1))
    kernel.clock_set.emit()
    assert seen == [("slept", 1800.0), "clock_changed"]


def test_time_passing_awake_is_nothing(watch):
    w, clock, _ = watch
    seen = record(w)
    for _ in range(10):
        clock.advance(60)
        w.timer.timeout.emit()
    assert seen == []


def test_a_suspend_is_reported_once_with_its_length(watch):
    w, clock, clocks = watch
    seen = record(w)
    clock.advance(20)
    clocks.suspend(3600)
    clock.advance(40)
    w.timer.timeout.emit()
    w.check()  # a second look (the scheduler, logind) at the same suspend
    assert seen == [("slept", 3600.0)]


def test_a_wall_clock_set_forward_or_back_is_a_clock_change_not_a_sleep(watch):
    w, clock, _ = watch
    seen = record(w)
    clock.set_wall(clock.now() + timedelta(hours=2))
    clock.advance(60)
    w.timer.timeout.emit()
    clock.set_wall(clock.now() - timedelta(hours=3))
    w.check()
    assert seen == ["clock_changed", "clock_changed"]


def test_small_steps_are_ignored(watch):
    w, clock, clocks = watch
    seen = record(w)
    clock.set_wall(clock.now() + timedelta(seconds=20))  # an NTP step
    clocks.suspend(1)  # below timer noise
    w.check()
    assert seen == []


def test_a_new_utc_offset_is_a_clock_change(watch):
    w, clock, clocks = watch
    seen = record(w)
    clocks.offset = 3600.0  # a timezone change, or DST
    clock.advance(60)
    w.check()
    assert seen == ["clock_changed"]


class HeldMidRead(FakeWakeClocks):
    """The process is held (SIGSTOP, a paused virtual machine) for ``held`` seconds just after
    it read the wall clock, once: awake and since-boot run on meanwhile, as they do."""

    def __init__(self, clock: FakeClock, *, has_boot_clock: bool = True) -> None:
        super().__init__(clock, has_boot_clock=has_boot_clock)
        self.held = 0.0

    def wall(self) -> float:
        value = super().wall()
        held, self.held = self.held, 0.0
        self.clock.advance(held)
        return value


@pytest.mark.parametrize("has_boot_clock", [True, False])
def test_a_process_held_while_it_reads_the_clocks_sees_no_jump(qtbot, has_boot_clock):
    """Issue 16 (CI): held between reading the wall clock and the others, the app saw the wall
    clock jump -70 s and then +70 s, re-planned twice and counted time away only from there.
    The clocks are read again when the process was held in the middle."""
    clock = FakeClock(START)
    clocks = HeldMidRead(clock, has_boot_clock=has_boot_clock)
    w = WakeWatch(clocks)
    seen = record(w)
    clocks.held = 70.0
    w.check()
    clock.advance(1)
    w.check()
    assert seen == []
    # A real change still shows through a held reading.
    clocks.held = 70.0
    clock.set_wall(clock.now() + timedelta(hours=1))
    w.check()
    assert seen == ["clock_changed"]


def test_without_a_boot_clock_a_suspend_reads_as_a_clock_change(qtbot):
    clock = FakeClock(START)
    clocks = FakeWakeClocks(clock, has_boot_clock=False)
    w = WakeWatch(clocks)
    seen = record(w)
    clocks.suspend(3600)
    w.check()
    assert seen == ["clock_changed"]


def test_a_long_suspend_through_due_breaks_is_one_natural_break_and_no_prompt(qtbot, tmp_path):
    """When the break's timer fires, the clocks are compared before the session acts (the
    order App._break_due calls them in), so the break that fell due while asleep is never
    prompted."""
    session, clock, database, log = make_session(tmp_path, SETTINGS, FakeClock(START))
    clocks = FakeWakeClocks(clock)
    w = WakeWatch(clocks)
    try:
        w.slept.connect(session.resumed_from_sleep)
        w.clock_changed.connect(session.clock_changed)
        w.start()
        session.start()
        clock.advance(10 * 60)
        clocks.suspend(3 * 3600)  # six breaks' worth
        w.check()  # the break's timer fires first after the resume: App._break_due
        session.wakeup()
        w.timer.timeout.emit()  # then the minute check
        assert [(e.outcome, e.seconds) for e in database.events()] == [(Outcome.NATURAL, 3 * 3600)]
        assert "prompt_opened" not in log.names()
        assert session.state is State.WORKING
        assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    finally:
        database.close()


def test_the_real_clocks_on_linux_agree_while_awake(qtbot):
    """The OS edge for real: on this (awake) machine since-boot runs with awake, wall with both."""
    clocks = SystemWakeClocks("linux")
    w = WakeWatch(clocks)
    seen = record(w)
    awake = clocks.awake()
    boot = clocks.since_boot()
    assert boot is not None and boot >= awake
    assert abs(clocks.wall() - time.time()) < 1
    assert clocks.utc_offset() == time.localtime().tm_gmtoff
    w.check()
    assert seen == []
