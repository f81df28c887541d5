"""Tells the break session when the user has gone away from the computer and when they are back.

One single-shot QTimer, armed only while ``idle_reset_minutes`` > 0 and there is something to
read (an idle backend, or a locked screen), for the next moment the answer can change:

- while the user works: the moment they could first count as away, the last input plus the idle
  reset (read from the idle counter at each check). Input since then only moves that moment
  later, so someone at work costs one check per idle reset (every ~5 minutes by default) and
  "away" is noticed within a second of the reset running out;
- while away (nothing says when input comes back), during an exercise, or when the idle time
  cannot be read right now: every 30 s, as before. "Back" is noticed at most 30 s late, which is
  what the recorded length may overstate;
- while paused or outside the working hours: when the session ends that by itself (the pause's
  end, the start of the hours), and whenever the app calls ``session_changed()`` (a resume, a
  clock change).

Issue 9 measured the old check every 30 s as most of the app's idle wake-ups.

A locked screen counts as idle since it locked (``ActiveChanged`` of the freedesktop and GNOME
screensaver interfaces, where the desktop has one): the user is away once that lasts the idle
reset, whatever the idle counter says (some lock screens reset it), and back when it unlocks.

When the user counts as away is core/away.py's rule (time away counts from the last input, but
not from before the session's ``counting_since``); this module only reads the idle time at the
right moments and tells the session. The session asks the same reading (``seconds_since_input``)
when a break falls due, so a break due while the user is away is never prompted, whichever of
the two timers fires first.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, Slot

from psoasbreak.core.away import away_since, last_activity
from psoasbreak.core.clock import Clock
from psoasbreak.core.session import BreakSession, State
from psoasbreak.desktop.idle import IdleMonitor
from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

#: How often the idle time is read while the user is away, on a break, or the idle time is
#: unknown (see the module docstring).
CHECK_INTERVAL_MS = 30_000
#: The single-shot timer fires this long after the moment it waits for: VeryCoarseTimer rounds
#: to whole seconds and may fire a little early, which would cost a second check.
_SLACK = timedelta(seconds=1)
#: QTimer takes a C int of milliseconds (24.8 days); a pause or a weekend is shorter than this.
_LONGEST_WAIT = timedelta(days=7)
#: The states in which time away counts.
_COUNTING = (State.WORKING, State.PROMPTING)
#: Input within this of the moment we called the user away is the same input, not a return.
_SAME_INPUT = timedelta(seconds=1)


class AwayDetector(QObject):
    def __init__(
        self,
        monitor: IdleMonitor,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        """Built before the session, which asks ``seconds_since_input`` when a break falls due;
        ``watch`` then gives it the session to tell."""
        super().__init__(parent)
        self._monitor = monitor
        self._session: BreakSession | None = None
        self._clock = clock
        self._reset = timedelta(0)
        self._locked_since: datetime | None = None
        # Second precision is plenty, and lets the OS fold this wake-up into others.
        self.timer = Timer(self, "away-check", single_shot=True, kind=Qt.TimerType.VeryCoarseTimer)
        #: When the timer will next look (wall time), None when it is stopped; tests step to it.
        self.next_check_at: datetime | None = None
        self.timer.timeout.connect(self.check)

    @property
    def monitor(self) -> IdleMonitor:
        return self._monitor

    def watch(self, session: BreakSession) -> None:
        self._session = session

    def seconds_since_input(self) -> float | None:
        """The idle time as away counts it: a locked screen is no input since it locked."""
        return self._idle_seconds(self._clock.now())

    def apply(self, idle_reset_minutes: int) -> None:
        """Start, stop or re-tune the checks for a (new) ``idle_reset_minutes``."""
        self._reset = timedelta(minutes=idle_reset_minutes)
        self.check()

    def stop(self) -> None:
        self._reset = timedelta(0)
        self.timer.stop()
        self.next_check_at = None

    def _can_tell(self) -> bool:
        return self._monitor.available or self._locked_since is not None

    @Slot()
    def session_changed(self) -> None:
        """The session may have changed state other than through its own timers (a resume, a
        clock change): look now, so time away counts from here and the timer fits the state."""
        self.check()

    @Slot()
    def check(self) -> None:
        """Read the idle time, tell the session what it means, and arm the timer for the next
        moment the answer can change."""
        session = self._session
        ready = session is not None and self._reset and self._can_tell()
        wait = self._look(session) if session is not None and ready else None
        if wait is None:
            self.timer.stop()
            self.next_check_at = None
            return
        wait = min(max(wait, timedelta(0)) + _SLACK, _LONGEST_WAIT)
        self.timer.start(int(wait.total_seconds() * 1000))
        self.next_check_at = self._clock.now() + wait

    def _look(self, session: BreakSession) -> timedelta | None:
        """One check; returns how long until the next one (None: no timer)."""
        poll = timedelta(milliseconds=CHECK_INTERVAL_MS)
        now = self._clock.now()
        if not session.away and session.state not in _COUNTING:
            if session.state is State.ON_BREAK:
                return poll
            wakeup = session.next_wakeup()  # the end of the pause, the start of the hours
            return None if wakeup is None else wakeup - now
        idle = self._idle_seconds(now)
        if idle is None:
            return poll
        last_input = now - timedelta(seconds=idle)
        if session.away:
            since = session.away_since
            if since is not None and last_input > since + _SAME_INPUT:
                log.info("the user is back after %s", last_input - since)
                session.user_returned(at=last_input)
                return self._look(session)
            return poll
        since = away_since(now, idle, session.counting_since, self._reset)
        if since is None:
            return last_activity(now, idle, session.counting_since) + self._reset - now
        session.user_away(since)
        if session.away:
            log.info("no input since %s: the user is away", since.isoformat())
        return poll

    def _idle_seconds(self, now: datetime) -> float | None:
        idle = self._monitor.idle_seconds()
        if self._locked_since is None:
            return idle
        locked = max(0.0, (now - self._locked_since).total_seconds())
        return locked if idle is None else max(idle, locked)

    @Slot(bool)
    def screen_locked(self, locked: bool) -> None:
        if locked and self._locked_since is None:
            log.info("the screen is locked")
            self._locked_since = self._clock.now()
            self.check()
        elif not locked and self._locked_since is not None:
            log.info("the screen is unlocked")
            self._locked_since = None
            if self._session is not None and self._session.away:
                self._session.user_returned()
            self.check()
