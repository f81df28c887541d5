"""When the next break is due.

The interval is measured from the end of the last break (DESIGN §1), not from the previous prompt,
so a long break or a skipped prompt never shortens the time a person gets to work.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from psoasbreak.core.settings import Settings

#: "Pause until tomorrow" ends at this local time when working hours are off (README documents it).
MORNING = time(6, 0)
#: The longest pause by minutes (a day): the tray, the command line and the control socket all
#: take their bound from here; longer is "until tomorrow".
MAX_PAUSE_MINUTES = 24 * 60


#: How far ahead a pause "until" a moment may end: a day, and the hour a DST change may add to
#: tomorrow's same wall-clock time.
MAX_PAUSE_UNTIL = timedelta(hours=25)


def pause_minutes_allowed(minutes: object) -> bool:
    """Whether ``minutes`` is a pause length the app takes: a whole number from 1 to a day."""
    return (
        isinstance(minutes, int)
        and not isinstance(minutes, bool)
        and 1 <= minutes <= MAX_PAUSE_MINUTES
    )


class BreakPolicy:
    """Turns settings and a random draw into due times; holds no state of its own beyond those."""

    def __init__(self, settings: Settings, rng: random.Random | None = None) -> None:
        self.settings = settings
        self._rng = rng or random.Random()

    @property
    def rng(self) -> random.Random:
        """Shared with exercise choice so one seeded generator makes a whole test repeatable."""
        return self._rng

    def next_due(self, after: datetime) -> datetime:
        """A uniform draw in [interval_min, interval_max] minutes after ``after``."""
        low = self.settings.interval_min_minutes * 60
        high = self.settings.interval_max_minutes * 60
        return after + timedelta(seconds=round(self._rng.uniform(low, high)))

    def snooze_until(self, now: datetime) -> datetime:
        return now + timedelta(minutes=self.settings.snooze_minutes)

    def prompt_deadline(self, shown_at: datetime) -> datetime:
        return shown_at + timedelta(minutes=self.settings.prompt_timeout_minutes)

    def pause_for(self, now: datetime, minutes: int) -> datetime:
        if not pause_minutes_allowed(minutes):
            raise ValueError(f"a pause lasts from 1 to {MAX_PAUSE_MINUTES} minutes")
        return now + timedelta(minutes=minutes)

    def in_hours(self, moment: datetime) -> bool:
        """Whether breaks may be proposed at ``moment`` (local wall time); always, with working
        hours off."""
        hours = self.settings.working_hours
        if not hours.enabled or not hours.days:
            return True
        local = moment.astimezone()
        return local.weekday() in hours.days and hours.start <= local.time() < hours.end

    def next_hours_start(self, moment: datetime) -> datetime:
        """The first start of a working period after ``moment`` (``moment`` itself when working
        hours are off or it is already inside one)."""
        if self.in_hours(moment):
            return moment
        hours = self.settings.working_hours
        local = moment.astimezone().replace(tzinfo=None)
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            start = datetime.combine(day, hours.start)
            if day.weekday() in hours.days and start > local:
                # astimezone() on a naive value applies the offset in force on that day (DST).
                return start.astimezone()
        raise AssertionError("a week always holds a working day when any day is chosen")

    def pause_until(self, now: datetime, at: time) -> datetime:
        """Meeting mode: the next local ``at`` after ``now`` (today, or tomorrow once that time
        has passed); the zone's offset is the one in force then, so a DST change overnight
        still ends the pause at ``at`` on the wall clock."""
        return next_local(now, at)

    def pause_until_tomorrow(self, now: datetime) -> datetime:
        """With working hours on: the start of the next working period. Otherwise the next
        local 06:00 after ``now``: a pause taken at 01:00 ends at 06:00 the same day, which is
        the morning the user means by "tomorrow"."""
        hours = self.settings.working_hours
        if hours.enabled and hours.days:
            if not self.in_hours(now):
                return self.next_hours_start(now)
            # Inside a working period: the start of the next one, after today's ends.
            period_end = datetime.combine(now.astimezone().date(), hours.end).astimezone()
            return self.next_hours_start(period_end)
        return next_local(now, MORNING)


def next_local(now: datetime, at: time) -> datetime:
    """The first local wall-clock ``at`` after ``now``: today's, or tomorrow's once passed."""
    local = now.astimezone()
    candidate = datetime.combine(local.date(), at)
    if candidate <= local.replace(tzinfo=None):
        candidate += timedelta(days=1)
    # Attaching the local zone through astimezone() on a naive value picks the offset in force
    # at that moment, so a pause across a DST change still ends at ``at`` on the wall clock.
    return candidate.astimezone()
