"""The kernel's word on clock changes, for real: a timerfd with TFD_TIMER_CANCEL_ON_SET.

The clock is "set" to its own reading (``clock_settime`` needs CAP_SYS_TIME: root in this CI's
container; skipped without it, except on CI, where its absence is a failure). The kernel counts
any set as a discontinuous change, so the timerfd reports it, while the machine's clock moves by
the microseconds the call takes: other programs on a shared machine see nothing. A real jump and a real resume are not tried here (one
would move every program's clock, the other needs a machine that can suspend); the wake check's
arithmetic for both is tested with fake clocks in test_wake.py.
"""

from __future__ import annotations

import sys
import time

import pytest

from psoasbreak.desktop.clock_watch import ClockSetWatch
from psoasbreak.scheduling.wake import SystemWakeClocks, WakeWatch
from tests.needs import unavailable

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux")


def set_clock_to_itself() -> None:
    try:
        time.clock_settime_ns(time.CLOCK_REALTIME, time.clock_gettime_ns(time.CLOCK_REALTIME))
    except PermissionError:
        unavailable(
            "clock_settime needs CAP_SYS_TIME, which this process lacks",
            "CAP_SYS_TIME (root in the CI container)",
        )


@pytest.fixture
def kernel_watch(qtbot):
    watch = ClockSetWatch.open()
    assert watch is not None, "a Linux kernel has timerfd with TFD_TIMER_CANCEL_ON_SET"
    yield watch
    watch.close()


def test_only_linux_has_it():
    assert not ClockSetWatch.open("darwin").active
    assert not ClockSetWatch.open("win32").active


def test_nothing_is_reported_while_the_clock_runs_on(qtbot, kernel_watch):
    with qtbot.assertNotEmitted(kernel_watch.clock_set, wait=300):
        pass
    assert kernel_watch.active


def test_a_clock_set_is_reported_every_time(qtbot, kernel_watch):
    for _ in range(2):  # the watch re-arms itself after each report
        with qtbot.waitSignal(kernel_watch.clock_set, timeout=5000):
            set_clock_to_itself()
    with qtbot.assertNotEmitted(kernel_watch.clock_set, wait=200):
        pass
    assert kernel_watch.active


class CountedClocks(SystemWakeClocks):
    """The real clocks, counting the checks that read them."""

    checks = 0

    def wall(self) -> float:
        self.checks += 1
        return super().wall()


def test_the_wake_check_runs_on_the_kernels_word_and_finds_no_jump(qtbot, kernel_watch):
    """The wake check listens to the kernel as the app has it listen: the report runs the check, which compares the real clocks and,
    for a set that moved nothing, reports neither a sleep nor a clock change."""
    clocks = CountedClocks("linux")
    wake = WakeWatch(clocks)
    wake.listen_to(kernel_watch.clock_set)
    wake.start()
    checks = clocks.checks
    try:
        with (
            qtbot.assertNotEmitted(wake.slept),
            qtbot.assertNotEmitted(wake.clock_changed),
            qtbot.waitSignal(kernel_watch.clock_set, timeout=5000),
        ):
            set_clock_to_itself()
        assert clocks.checks == checks + 1
        assert wake.timer.isActive()
    finally:
        wake.stop()


def test_closing_stops_the_reports(qtbot, kernel_watch):
    kernel_watch.close()
    assert not kernel_watch.active
    with qtbot.assertNotEmitted(kernel_watch.clock_set, wait=200):
        set_clock_to_itself()
