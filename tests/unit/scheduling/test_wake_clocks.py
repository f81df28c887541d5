"""The wake check's clocks at the OS call: which clocks each platform reads, and in what units.

The real Linux clocks are read in tests/qt/test_wake.py; here fakes stand in for
``clock_gettime`` and the two Windows counters, so macOS and Windows are checked on any system.
"""

from __future__ import annotations

import sys
import time

import pytest

from psoasbreak.scheduling.wake import CLOCK_IDS, SystemWakeClocks


class FakeClockGettime:
    """``time.clock_gettime`` answering a different time per clock id, and noting the ids."""

    def __init__(self) -> None:
        self.asked: list[int] = []

    def __call__(self, clock_id: int) -> float:
        self.asked.append(clock_id)
        return 1000.0 + clock_id


class FakeKernel32:
    def __init__(self, interrupt_time: int, ticks: int) -> None:
        self.interrupt_time, self.ticks = interrupt_time, ticks

    def unbiased_interrupt_time(self) -> int:
        return self.interrupt_time

    def tick_count_64(self) -> int:
        return self.ticks


@pytest.mark.parametrize(
    ("platform", "awake_id", "boot_id"),
    [
        ("linux", 1, 7),  # CLOCK_MONOTONIC stops in suspend, CLOCK_BOOTTIME does not
        ("darwin", 8, 6),  # CLOCK_UPTIME_RAW stops in sleep, CLOCK_MONOTONIC does not
    ],
)
def test_each_unix_reads_a_clock_that_stops_in_sleep_and_one_that_does_not(
    platform, awake_id, boot_id
):
    gettime = FakeClockGettime()
    clocks = SystemWakeClocks(platform, clock_gettime=gettime)
    assert clocks.awake() == 1000.0 + awake_id
    assert clocks.since_boot() == 1000.0 + boot_id
    assert gettime.asked == [awake_id, boot_id]


def test_the_linux_ids_are_the_ones_python_knows_here():
    if not sys.platform.startswith("linux"):
        pytest.skip("Python names these clock ids only on Linux")
    assert CLOCK_IDS["linux"] == (time.CLOCK_MONOTONIC, time.CLOCK_BOOTTIME)


def test_windows_counters_become_seconds():
    # 1 h 2.5 s awake in 100 ns units; 2 h 0.25 s since boot in milliseconds.
    kernel32 = FakeKernel32(interrupt_time=3_602_500 * 10_000, ticks=7_200_250)
    clocks = SystemWakeClocks("win32", windows=kernel32)
    assert clocks.awake() == 3602.5
    assert clocks.since_boot() == 7200.25
    kernel32.interrupt_time, kernel32.ticks = 1, 1
    assert clocks.awake() == 1e-7
    assert clocks.since_boot() == 0.001


def test_another_system_has_no_since_boot_clock_and_falls_back_to_monotonic():
    clocks = SystemWakeClocks("freebsd14", clock_gettime=FakeClockGettime())
    before = time.monotonic()
    assert before <= clocks.awake() <= time.monotonic()
    assert clocks.since_boot() is None


def test_a_zone_changed_while_running_is_read_at_the_next_check(monkeypatch):
    """Issue 17: the C library reads the zone once; the offset check reads it again, so a new
    zone (here a new TZ, as a new /etc/localtime would be) is noticed without a restart."""
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is POSIX")
    clocks = SystemWakeClocks()
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert clocks.utc_offset() == 0
        monkeypatch.setenv("TZ", "Asia/Tokyo")  # no tzset here: the check must do it
        assert clocks.utc_offset() == 9 * 3600
    finally:
        monkeypatch.undo()
        time.tzset()
