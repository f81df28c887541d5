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


class CancelledOnce:
    """libc's timerfd calls, where ``timerfd_settime`` first fails as the kernel makes it fail when
    the clock is set while the timer is armed (ECANCELED): a fault at the OS call, since making
    that race happen on purpose would take setting the clock thousands of times."""

    def __init__(self, failures: int) -> None:
        from psoasbreak.desktop.clock_watch import _TimerfdCalls

        self._real = _TimerfdCalls()
        self.create = self._real.create
        self.failures = failures
        self.tries = 0

    def settime(self, *args):
        import ctypes
        import errno

        self.tries += 1
        if self.failures:
            self.failures -= 1
            ctypes.set_errno(errno.ECANCELED)
            return -1
        return self._real.settime(*args)


def test_a_clock_set_while_re_arming_is_tried_again_not_given_up(qtbot):
    """Issue 16: one ECANCELED from timerfd_settime ended the watch ("clock changes are no
    longer watched")."""
    import os

    calls = CancelledOnce(failures=0)
    fd = calls.create(time.CLOCK_REALTIME, os.O_CLOEXEC | os.O_NONBLOCK)
    watch = ClockSetWatch(calls, fd)
    try:
        calls.failures = 2  # the next re-arm meets two more clock sets
        with qtbot.waitSignal(watch.clock_set, timeout=5000):
            set_clock_to_itself()
        assert watch.active and calls.tries == 1 + 3
        with qtbot.waitSignal(watch.clock_set, timeout=5000):
            set_clock_to_itself()  # still armed: the next set is heard too
    finally:
        watch.close()


def test_endless_cancellations_give_way_to_the_periodic_check(qtbot):
    import os

    calls = CancelledOnce(failures=10_000)
    fd = calls.create(time.CLOCK_REALTIME, os.O_CLOEXEC | os.O_NONBLOCK)
    try:
        with pytest.raises(OSError, match="timerfd_settime"):
            ClockSetWatch(calls, fd)
        assert calls.tries == 20
    finally:
        os.close(fd)


def test_a_storm_of_clock_sets_leaves_the_watch_armed(qtbot, kernel_watch):
    """Real clock sets, many in a row from another thread, while the watch reads and re-arms."""
    import threading

    stop = threading.Event()

    def storm() -> None:
        # A set loses the microsecond between reading the clock and setting it: a millisecond
        # apart, the machine's clock moves by well under a millisecond in all.
        while not stop.is_set():
            set_clock_to_itself()
            time.sleep(0.001)

    thread = threading.Thread(target=storm)
    thread.start()
    try:
        qtbot.waitSignal(kernel_watch.clock_set, timeout=5000).wait()
        qtbot.wait(300)  # the event loop reads and re-arms while the sets go on
    finally:
        stop.set()
        thread.join(5)
    assert kernel_watch.active
    with qtbot.waitSignal(kernel_watch.clock_set, timeout=5000):
        set_clock_to_itself()
