"""Day and week summaries and streaks: pure functions over recorded events (DESIGN §6).

Everything here works on values handed in, never on the clock or the database, so the same
definitions serve the tray tooltip, ``psoasbreak stats`` and the history window, and a test can
check them against a brute-force reference.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from psoasbreak.core.events import BreakEvent, Outcome

_ISO_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")


def event_day(event: BreakEvent) -> date:
    """The day an event counts for: its local date at the offset it was recorded with.

    Not converted to the machine's current zone, so a break taken at 23:30 in New York stays on
    that day after the user flies to Berlin (DESIGN §6).
    """
    return event.at.date()


@dataclass(frozen=True)
class DayCounts:
    """How one day's breaks ended. Field names equal the ``Outcome`` values and the JSON keys.

    The counts are declared in their public order (``stats`` columns, JSON keys); ``COUNT_FIELDS``
    is read from here, so no other list of them exists (a test keeps them equal to ``Outcome``).
    """

    day: date
    completed: int = 0
    natural: int = 0
    skipped: int = 0
    snoozed: int = 0
    missed: int = 0

    @property
    def taken(self) -> int:
        """Breaks that got the user off the chair; only these count towards the goal."""
        return self.completed + self.natural

    @property
    def active(self) -> bool:
        """A day with any event; a day without any is a rest day and never breaks a streak."""
        return any(getattr(self, name) > 0 for name in COUNT_FIELDS)

    @property
    def ended(self) -> int:
        """Breaks that came to an end: taken, skipped or missed. A snooze only postpones one."""
        return self.taken + self.skipped + self.missed

    @property
    def completion_rate(self) -> float | None:
        """The share of the breaks that ended that were taken; None when none ended."""
        return self.taken / self.ended if self.ended else None

    def met(self, goal: int) -> bool:
        return self.taken >= goal

    def plus(self, outcome: Outcome) -> DayCounts:
        return dataclasses.replace(self, **{outcome.value: getattr(self, outcome.value) + 1})

    def __add__(self, other: DayCounts) -> DayCounts:
        """Both counts summed, on this one's day: the same day read from two sources (the file and
        the outcomes not saved yet), or a week's days added up under its Monday."""
        if not isinstance(other, DayCounts):
            return NotImplemented
        return DayCounts(
            self.day, **{name: getattr(self, name) + getattr(other, name) for name in COUNT_FIELDS}
        )

    def counts_json(self) -> dict[str, int]:
        """The five counts alone, in public order: the ``totals`` object of ``stats --json``."""
        return {name: int(getattr(self, name)) for name in COUNT_FIELDS}

    def to_json(self, goal: int) -> dict[str, Any]:
        return {"date": self.day.isoformat(), **self.counts_json(), "goal_met": self.met(goal)}


#: The five counts in their public order: DayCounts' fields after ``day``, one per ``Outcome``.
COUNT_FIELDS: Final[tuple[str, ...]] = tuple(
    field.name for field in dataclasses.fields(DayCounts) if field.name != "day"
)


def count_by_day(events: Iterable[BreakEvent]) -> dict[date, DayCounts]:
    """Active days only, in date order; a day missing from the result is a rest day."""
    days: dict[date, DayCounts] = {}
    for event in events:
        day = event_day(event)
        days[day] = days.get(day, DayCounts(day)).plus(event.outcome)
    return dict(sorted(days.items()))


@dataclass(frozen=True)
class Streak:
    """Runs of met days (DESIGN §6); ``best >= current`` always."""

    current: int
    best: int

    def to_json(self) -> dict[str, int]:
        return {"current": self.current, "best": self.best}


def streaks(days: Mapping[date, DayCounts], goal: int, today: date) -> Streak:
    """Current and best run of met days, judged as of ``today``.

    Rest days (absent, or present with zero counts) are skipped: they neither extend nor break a
    run. Today is still in progress, so an unmet today neither counts nor breaks.

    Days after ``today`` (the clock was wrong when they were recorded, or is wrong now) are left
    out of both ``current`` and ``best``: we cannot tell whether such a day is finished or still
    in progress, and nothing is lost, since they count again once the clock reaches them.
    """
    run = best = 0
    for day in sorted(d for d, counts in days.items() if d <= today and counts.active):
        counts = days[day]
        if counts.met(goal):
            run += 1
        elif day != today:
            run = 0
        best = max(best, run)
    return Streak(current=run, best=best)


def parse_iso_week(text: str) -> tuple[int, int]:
    """``"2026-W48"`` as ``(2026, 48)``; a ValueError says what was expected and why it failed."""
    match = _ISO_WEEK.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not an ISO week: expected YYYY-Www, for example 2026-W48")
    year, week = int(match[1]), int(match[2])
    if year < 1:
        raise ValueError(f"{text!r} is not an ISO week: the year must be 0001 or later")
    last = _weeks_in_year(year)
    if not 1 <= week <= last:
        raise ValueError(f"{text!r} is not an ISO week: {year:04d} has weeks W01 to W{last:02d}")
    try:
        date.fromisocalendar(year, week, 7)
    except (ValueError, OverflowError):  # 9999-W52 ends in the year 10000, past any calendar
        raise ValueError(
            f"{text!r} is not a week that can be shown: its Sunday is past 9999-12-31"
        ) from None
    return year, week


def _weeks_in_year(year: int) -> int:
    # 28 December always falls in the last ISO week of its year.
    return date(year, 12, 28).isocalendar()[1]


def iso_week_days(year: int, week: int) -> list[date]:
    """The seven dates of an ISO week, Monday first."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError as exc:
        raise ValueError(f"{year:04d}-W{week:02d} is not an ISO week: {exc}") from None
    return [monday + timedelta(days=offset) for offset in range(7)]


def iso_week_label(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


@dataclass(frozen=True)
class WeekSummary:
    """One ISO week as the history window and ``stats`` show it.

    ``days`` holds all seven days, Monday first, with zero counts for rest days, so a chart can
    draw one bar per day without filling gaps itself.
    """

    label: str
    days: tuple[DayCounts, ...]
    goal: int
    streak: Streak

    @property
    def totals(self) -> DayCounts:
        """The week's counts summed, as a DayCounts whose ``day`` is the Monday of the week."""
        return sum(self.days[1:], self.days[0])

    @property
    def days_met(self) -> int:
        return sum(1 for d in self.days if d.met(self.goal))

    @property
    def empty(self) -> bool:
        """No event at all in the week (the streak may still be running from earlier weeks)."""
        return not any(d.active for d in self.days)

    def to_json(self) -> dict[str, Any]:
        """Exactly the ``stats --json`` object of DESIGN §3."""
        return {
            "week": self.label,
            "days": [d.to_json(self.goal) for d in self.days],
            "totals": self.totals.counts_json(),
            "streak": self.streak.to_json(),
        }


def week_summary(
    days: Mapping[date, DayCounts], goal: int, year: int, week: int, today: date
) -> WeekSummary:
    """The week's days, and the streak over every day given (a run can start weeks earlier)."""
    week_days = iso_week_days(year, week)
    return WeekSummary(
        label=f"{year:04d}-W{week:02d}",
        days=tuple(days.get(d, DayCounts(d)) for d in week_days),
        goal=goal,
        streak=streaks(days, goal, today),
    )
