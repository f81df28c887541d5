"""Notices a suspend/resume and a wall-clock jump by comparing clocks, on every platform.

Three clocks are read at each check: the wall clock, a clock that stops while the machine is
suspended ("awake") and one that keeps counting ("since boot"). Between two checks:

- since-boot growth minus awake growth is time spent suspended → ``slept(seconds)``;
- wall growth minus since-boot growth is the wall clock being set (by hand, or an NTP step),
  and a new UTC offset is a timezone or DST change → ``clock_changed()``.

| platform | awake                      | since boot                 |
|----------|----------------------------|----------------------------|
| Linux    | CLOCK_MONOTONIC            | CLOCK_BOOTTIME             |
| macOS    | CLOCK_UPTIME_RAW           | CLOCK_MONOTONIC            |
| Windows  | QueryUnbiasedInterruptTime | GetTickCount64             |
| other    | time.monotonic             | unknown: a suspend then reads as a clock change (a re-plan) |

When the checks run: on Linux, whenever the kernel says the wall clock was set or the machine
resumed (a ``timerfd`` with ``TFD_TIMER_CANCEL_ON_SET``, desktop/clock_watch.py: no polling),
plus once an hour for a new UTC offset (DST), which no kernel event announces. Elsewhere,
or where the timerfd cannot be had, every 5 minutes (Qt timers do not count suspended time, so
that check can come up to 5 minutes after a resume). On every platform also whenever the
scheduler fires (so a break that fell due during a suspend is never prompted before the suspend
is noticed), and on logind's PrepareForSleep both ways (desktop/power.py). All measure against
one baseline, so however many of them see the same suspend, it is reported once.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance, Slot

from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

#: The periodic check where nothing tells us of a clock change or a resume: one wake-up in 5
#: minutes (issue 9: ≤ 2 wake-ups a minute in all), so a resume can go unnoticed that long when
#: no break falls due meanwhile.
CHECK_INTERVAL_MS = 5 * 60_000
#: The periodic check where the kernel tells of clock changes and resumes: left only to notice a
#: new UTC offset (DST), which is an hour early or late at worst, for the working hours alone.
OFFSET_CHECK_INTERVAL_MS = 60 * 60_000
#: Since-boot running ahead of awake by less than this is timer noise, not a suspend.
MIN_SLEEP_SECONDS = 2.0
#: The wall clock moving this much more (or less) than real time is a clock change; smaller
#: steps (NTP) heal by themselves, since the session re-checks what is due when it wakes.
MIN_JUMP_SECONDS = 60.0
#: The steady clock moving more than this while the clocks are read means the process was held
#: in between (a paused virtual machine, SIGSTOP, a long preemption): read them again.
MAX_READ_SPREAD_SECONDS = 0.5
#: Readings tried; the last is taken as it is.
READ_TRIES = 4


class WakeClocks(Protocol):
    def wall(self) -> float:
        """Seconds since the epoch (time.time)."""
        ...

    def utc_offset(self) -> float:
        """The local UTC offset now, in seconds."""
        ...

    def awake(self) -> float:
        """A clock that stops while the machine is suspended."""
        ...

    def since_boot(self) -> float | None:
        """A clock that keeps counting while suspended; None where the OS has none."""
        ...


#: clock_gettime ids (awake, since boot) as each system's <time.h> numbers them; Python's time
#: module has only the running system's constants (and lacks CLOCK_UPTIME_RAW off macOS).
CLOCK_IDS = {
    "linux": (1, 7),  # CLOCK_MONOTONIC, CLOCK_BOOTTIME
    "darwin": (8, 6),  # CLOCK_UPTIME_RAW, CLOCK_MONOTONIC
}
#: QueryUnbiasedInterruptTime counts in 100 ns units.
_INTERRUPT_TIME_PER_SECOND = 10_000_000


class WindowsCounters(Protocol):
    def unbiased_interrupt_time(self) -> int:
        """``QueryUnbiasedInterruptTime``: 100 ns units since boot, sleep left out."""
        ...

    def tick_count_64(self) -> int:
        """``GetTickCount64``: milliseconds since boot, sleep included."""
        ...


class SystemWakeClocks:
    """The platform's clocks (see the table above). ``clock_gettime`` and ``windows`` are the OS
    calls, replaceable so tests can check the choice and the units on any system."""

    def __init__(
        self,
        platform: str | None = None,
        *,
        clock_gettime: Callable[[int], float] | None = None,
        windows: WindowsCounters | None = None,
    ) -> None:
        platform = sys.platform if platform is None else platform
        self._awake_id: int | None = None
        self._boot_id: int | None = None
        self._windows: WindowsCounters | None = None
        key = "linux" if platform.startswith("linux") else platform
        if key in CLOCK_IDS:
            self._awake_id, self._boot_id = CLOCK_IDS[key]
            # Resolved only here: Windows' time module has no clock_gettime.
            self._clock_gettime = clock_gettime or time.clock_gettime
        elif platform == "win32":
            self._windows = windows or _kernel32_counters()

    def wall(self) -> float:
        return time.time()

    def utc_offset(self) -> float:
        # The C library reads the zone (TZ, /etc/localtime) once; a zone changed while the app
        # runs (timedatectl set-timezone) is seen only after tzset (issue 17).
        if hasattr(time, "tzset"):
            time.tzset()
        return float(time.localtime().tm_gmtoff)

    def awake(self) -> float:
        if self._windows is not None:
            return self._windows.unbiased_interrupt_time() / _INTERRUPT_TIME_PER_SECOND
        if self._awake_id is not None:
            return self._clock_gettime(self._awake_id)
        return time.monotonic()

    def since_boot(self) -> float | None:
        if self._windows is not None:
            return self._windows.tick_count_64() / 1000.0  # milliseconds
        if self._boot_id is not None:
            return self._clock_gettime(self._boot_id)
        return None


def _kernel32_counters() -> WindowsCounters:  # pragma: no cover - Windows only
    class Kernel32Counters:
        def __init__(self) -> None:
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # Windows only
            self._unbiased = kernel32.QueryUnbiasedInterruptTime
            self._ticks = kernel32.GetTickCount64
            self._ticks.restype = ctypes.c_uint64

        def unbiased_interrupt_time(self) -> int:
            value = ctypes.c_uint64()
            self._unbiased(ctypes.byref(value))
            return int(value.value)

        def tick_count_64(self) -> int:
            return int(self._ticks())

    return Kernel32Counters()


@dataclass(frozen=True)
class _Reading:
    wall: float
    offset: float
    awake: float
    since_boot: float | None


def _steady(awake: float, since_boot: float | None) -> float:
    """The clock that runs on while the process is held: since boot where there is one."""
    return awake if since_boot is None else since_boot


class WakeWatch(QObject):
    """Emits ``slept(seconds)`` after a suspend and ``clock_changed()`` after a clock jump."""

    slept = Signal(float)
    clock_changed = Signal()

    def __init__(self, clocks: WakeClocks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clocks = clocks
        self._baseline = self._read()
        self.timer = Timer(
            self, "wake-check", interval_ms=CHECK_INTERVAL_MS, kind=Qt.TimerType.VeryCoarseTimer
        )
        self.timer.timeout.connect(self.check)

    def listen_to(self, clock_set: SignalInstance) -> None:
        """Check whenever ``clock_set`` says the clock was set or the machine resumed (Linux's
        timerfd, desktop/clock_watch.py); the periodic check then only looks for a new UTC
        offset."""
        clock_set.connect(self.check)
        self.timer.setInterval(OFFSET_CHECK_INTERVAL_MS)

    def start(self) -> None:
        self._baseline = self._read()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self) -> _Reading:
        """One reading of the clocks taken as at one instant. The wall clock is read between two
        readings of the steady clock: were the process held in between (issue 16: a process
        stopped mid-read saw the wall clock jump -70 s, then +70 s, and re-planned twice),
        wall and steady clocks would disagree by the time held, which reads as a clock change."""
        c = self._clocks
        for _ in range(READ_TRIES):
            before = _steady(c.awake(), c.since_boot())
            reading = _Reading(c.wall(), c.utc_offset(), c.awake(), c.since_boot())
            if _steady(reading.awake, reading.since_boot) - before <= MAX_READ_SPREAD_SECONDS:
                break
        return reading

    @Slot()
    def check(self) -> None:
        """Compare the clocks with the last check, report what happened, and start again from
        here."""
        now, before = self._read(), self._baseline
        self._baseline = now
        awake = now.awake - before.awake
        slept = 0.0
        real = awake
        if now.since_boot is not None and before.since_boot is not None:
            real = now.since_boot - before.since_boot
            slept = real - awake
        jump = (now.wall - before.wall) - real
        if slept >= MIN_SLEEP_SECONDS:
            log.info("resumed after %.0f s suspended", slept)
            self.slept.emit(slept)
        if abs(jump) >= MIN_JUMP_SECONDS or now.offset != before.offset:
            log.info("the wall clock jumped %+.0f s (UTC offset %+.0f s)", jump, now.offset)
            self.clock_changed.emit()
