"""Fakes for the desktop edges' OS calls: an idle counter and the three clocks of the wake check,
both moving with the FakeClock the session reads, so a test tells one story to all of them."""

from __future__ import annotations

from datetime import timedelta

from psoasbreak.core.clock import FakeClock


class FakeIdle:
    """An idle counter: grows with the clock, ``touch()`` is an input."""

    name = "fake"
    available = True

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.last_input = clock.now()
        self.known = True

    def touch(self) -> None:
        self.last_input = self.clock.now()

    def idle_seconds(self) -> float | None:
        if not self.known:
            return None
        return (self.clock.now() - self.last_input).total_seconds()

    def close(self) -> None:
        pass


class FakeWakeClocks:
    """Wall, awake and since-boot clocks over a FakeClock.

    ``clock.advance(s)`` is time passing awake: all three move. ``suspend(s)`` moves the wall and
    since-boot clocks but not awake (nor the FakeClock's monotonic), as a real suspend does.
    """

    def __init__(self, clock: FakeClock, *, has_boot_clock: bool = True) -> None:
        self.clock = clock
        self.suspended = 0.0
        self.has_boot_clock = has_boot_clock
        self.offset = 0.0

    def suspend(self, seconds: float) -> None:
        self.clock.set_wall(self.clock.now() + timedelta(seconds=seconds))
        self.suspended += seconds

    def wall(self) -> float:
        return self.clock.now().timestamp()

    def utc_offset(self) -> float:
        return self.offset

    def awake(self) -> float:
        return self.clock.monotonic()

    def since_boot(self) -> float | None:
        return self.clock.monotonic() + self.suspended if self.has_boot_clock else None
