"""The one Timer seam (after qutebrowser's ``usertypes.Timer``): every QTimer of the app is a
``Timer``, named, parented and safe from overflow.

- **Named**: the name says whose timer it is in logs and to tests, which find a timer by it
  (``find_timer``) and fire it by emitting its ``timeout``: no private attribute is reached for.
- **Parented**: a timer lives exactly as long as its owner; none outlives a window or fires into
  a deleted object.
- **Overflow-safe**: QTimer takes a signed 32-bit count of milliseconds (about 24.8 days) and
  silently misbehaves beyond it. A longer wait is clamped to the longest one, which is safe
  because every owner re-checks the clock when its timer fires and arms it again for what is
  left. A negative wait is zero.

Timers here are short monotonic delays (repaints, a typing pause, retries, re-checks); wall-clock
events (the next break, the end of a pause) are APScheduler jobs (scheduling/scheduler.py).
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

#: The largest interval QTimer takes: a C int of milliseconds (about 24.8 days).
MAX_INTERVAL_MS = 2**31 - 1


def clamp_ms(msec: float) -> int:
    """``msec`` rounded up to a whole millisecond (a wait never ends early) and within what
    QTimer takes."""
    if msec != msec:  # NaN: no sensible wait; fire at once and let the owner look again
        return 0
    if msec >= MAX_INTERVAL_MS:
        return MAX_INTERVAL_MS
    return max(0, math.ceil(msec))


class Timer(QTimer):
    def __init__(
        self,
        parent: QObject | None,
        name: str,
        *,
        single_shot: bool = False,
        interval_ms: float | None = None,
        kind: Qt.TimerType = Qt.TimerType.CoarseTimer,
    ) -> None:
        """``parent`` owns the timer (None only for an owner that is no QObject, which must
        keep it and stop it); ``kind`` is Qt's precision: VeryCoarseTimer lets the system fold
        wake-ups together, PreciseTimer fires on the millisecond."""
        super().__init__(parent)
        if not name:
            raise ValueError("every Timer has a name")
        self.setObjectName(name)
        self.setSingleShot(single_shot)
        self.setTimerType(kind)
        if interval_ms is not None:
            self.setInterval(interval_ms)

    def __repr__(self) -> str:
        return f"<Timer {self.objectName()!r} {self.interval()} ms active={self.isActive()}>"

    def setInterval(self, msec: float) -> None:  # also takes a float: clamped, rounded up
        clamped = clamp_ms(msec)
        if clamped != msec and msec >= MAX_INTERVAL_MS:
            log.debug("timer %s: %s ms clamped to %s", self.objectName(), msec, clamped)
        super().setInterval(clamped)

    def start(self, msec: float | None = None) -> None:
        if msec is not None:
            self.setInterval(msec)
        super().start()


def find_timer(owner: QObject, name: str) -> Timer:
    """The owner's timer called ``name`` (tests fire timers through this seam)."""
    timer = owner.findChild(Timer, name)
    if timer is None:
        raise LookupError(f"{owner!r} has no timer named {name!r}")
    return timer
