"""The time seam: every part that needs "now" asks a Clock, so tests move time instead of sleeping."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Protocol

#: Longer than any ISO-8601 moment: not one, and not worth parsing.
_MAX_MOMENT_CHARS = 64


def aware_moment(raw: object) -> datetime | None:
    """``raw`` as an ISO-8601 moment with its UTC offset (the form every time the app writes or
    is sent has), else None: a moment without an offset names no instant."""
    if not isinstance(raw, str) or len(raw) > _MAX_MOMENT_CHARS:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


class Clock(Protocol):
    def now(self) -> datetime:
        """Wall-clock time as an aware datetime in the local UTC offset."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps; countdowns measure against this."""
        ...


class SystemClock:
    """The real clock. ``now()`` carries the local offset in force at that instant (DST aware)."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to; ``advance`` moves wall and monotonic time together."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        if start is None:
            start = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._now = start
        self._mono = monotonic_start

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, when: datetime) -> None:
        """Jump the wall clock alone, as a manual change or a timezone switch does."""
        if when.tzinfo is None:
            raise ValueError("set_wall needs an aware datetime")
        self._now = when
