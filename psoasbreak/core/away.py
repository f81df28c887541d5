"""When the user counts as away: the one rule the away check, the due break and a resume share.

The user is away once there has been no input for ``idle_reset_minutes``, counted from the last
input but never from before the session's ``counting_since`` (the last time a fresh interval was
planned: after a pause, an exercise, the start of the working hours, a return). An evening away
is then not a natural break the next morning, and an exercise the user did is not time away.

The edges only report how long there has been no input (``IdleReading``); the decisions are here
and in ``core/session.py``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class IdleReading(Protocol):
    def seconds_since_input(self) -> float | None:
        """Seconds since the last keyboard or pointer input (a locked screen counts as none);
        None when this desktop cannot tell right now."""
        ...


class NoIdleReading:
    """Where nothing can read the idle time: the user is never called away by it."""

    def seconds_since_input(self) -> float | None:
        return None


def last_activity(now: datetime, idle_seconds: float, counting_since: datetime) -> datetime:
    """The moment time away counts from: the last input, but not before ``counting_since``."""
    return max(now - timedelta(seconds=max(0.0, idle_seconds)), counting_since)


def away_since(
    now: datetime, idle_seconds: float | None, counting_since: datetime, reset: timedelta
) -> datetime | None:
    """Since when the user is away, if they count as away at ``now``; None if not (or the idle
    reset is off, or the idle time is unknown)."""
    if reset <= timedelta(0) or idle_seconds is None:
        return None
    since = last_activity(now, idle_seconds, counting_since)
    return since if now - since >= reset else None
