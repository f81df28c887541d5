"""APScheduler on the Qt event loop, fixed, behind BreakScheduler's named jobs.

APScheduler 3.11's QtScheduler arms Qt's static single-shot timer, which returns None under PySide6, so it
can never cancel an earlier timer: every reschedule leaves another timer chain running, and
shutdown leaves them firing (DESIGN §5). ``SingleTimerQtScheduler`` owns exactly one single-shot
QTimer instead. Jobs run on the Qt thread through DebugExecutor and only emit a signal.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Mapping, Sequence
from datetime import datetime, time, timezone
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from psoasbreak.scheduling.lean_import import asyncio_stand_in
from psoasbreak.scheduling.local_zone import local_zone
from psoasbreak.scheduling.timer import Timer

with asyncio_stand_in():  # asyncio is 3.8 MB the app never uses (lean_import.py says why)
    # APScheduler 3 ships no type hints (no py.typed marker).
    from apscheduler.executors.debug import DebugExecutor  # type: ignore[import-untyped]
    from apscheduler.schedulers.qt import QtScheduler  # type: ignore[import-untyped]
    from apscheduler.triggers.cron import CronTrigger  # type: ignore[import-untyped]
    from apscheduler.triggers.date import DateTrigger  # type: ignore[import-untyped]

log = logging.getLogger(__name__)


class SingleTimerQtScheduler(QtScheduler):  # type: ignore[misc]  # APScheduler ships no types
    """QtScheduler with one owned, cancellable timer."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A coarse timer may fire up to 5 % early; the job is then not yet due and the scheduler
        # wakes a second time. A precise one wakes once, at the due instant. No parent here (the
        # scheduler is no QObject): BreakScheduler makes itself its parent.
        self._qtimer = Timer(
            None, "break-scheduler", single_shot=True, kind=Qt.TimerType.PreciseTimer
        )
        self._qtimer.timeout.connect(self._process_jobs)

    @property
    def qtimer(self) -> Timer:
        """The one timer; exposed so tests can prove there is only one and when it is armed."""
        return self._qtimer

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        if wait_seconds is not None:
            # Timer rounds up: upstream truncates, so a job due in 0.4 ms would arm a 0 ms
            # timer again and again, spinning until the instant passes.
            self._qtimer.start(wait_seconds * 1000)

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> None:
        # Skip the parent's processing once shut down: a queued timeout must not run jobs.
        if not self.running:
            return
        wait_seconds = super(QtScheduler, self)._process_jobs()
        self._start_timer(wait_seconds)


#: APScheduler's cron names for ``date.weekday()`` 0–6 (Monday first).
_CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The named jobs besides the session's own wake-up.
HOURS_START_JOB, HOURS_END_JOB, MIDNIGHT_JOB = (
    "working-hours-start",
    "working-hours-end",
    "midnight",
)


class BreakScheduler(QObject):
    """The scheduler of record for wall-clock events, as named APScheduler jobs:

    - the session's next wake-up (``arm``), named for what it is: the next break, the end of a
      pause, the start of the hours, a prompt's deadline, a held break's re-check; arming again
      replaces it;
    - the working-hours boundaries (``follow_working_hours``) and local midnight
      (``follow_midnight``), cron triggers in the local zone, so a DST change or a new offset is
      APScheduler's job, not ours.

    Every job only emits a signal on the Qt thread: ``due`` (the session looks at what is due;
    its ``wakeup`` is safe at any time) or ``day_changed`` (today's counts, the streak and the
    tray start a new day).
    """

    due = Signal()
    day_changed = Signal()
    #: A programme session (its kind: "strength", "mobility") falls due, by its cron job or
    #: the end of its snooze.
    programme_due = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduler = SingleTimerQtScheduler(
            timezone=timezone.utc,
            executors={"default": DebugExecutor()},
            # The session decides what a late wake-up means (after suspend, say), so a late run
            # is never dropped and a run missed several times counts once.
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        self._scheduler.qtimer.setParent(self)
        self._scheduler.start()
        self._armed_at: datetime | None = None
        self._job_id: str | None = None
        self._arms = itertools.count(1)
        #: The working hours the boundary jobs follow (days, start, end), to rebuild them in a
        #: new local zone; None while no boundary is followed.
        self._hours: tuple[tuple[int, ...], time, time] | None = None
        self._midnight = False
        #: The programme's sessions the cron jobs follow: kind -> (days, time of day).
        self._programme: dict[str, tuple[tuple[int, ...], time]] = {}

    @property
    def armed_at(self) -> datetime | None:
        return self._armed_at

    @property
    def scheduler(self) -> SingleTimerQtScheduler:
        return self._scheduler

    def arm(self, at: datetime | None, name: str = "wake-up") -> None:
        """Run ``due`` at ``at`` (aware), as the job called ``name``; None disarms."""
        if at is not None and at == self._armed_at:
            return
        self._armed_at = at
        if not self._scheduler.running:
            return
        if self._job_id is not None and self._scheduler.get_job(self._job_id):
            self._scheduler.remove_job(self._job_id)
        self._job_id = None
        if at is None:
            return
        # A fresh id every time: ``due`` usually re-arms from inside the running job, and once
        # the job returns APScheduler removes the finished one-shot by its id. Reusing the id
        # would delete the wake-up just armed (a prompt would then never time out).
        self._job_id = f"wakeup-{next(self._arms)}"
        # ``at`` is aware; the explicit zone keeps APScheduler from asking tzlocal for the local
        # one, which fails for a TZ with no IANA name (JST-9, a misspelt name: issue 17).
        trigger = DateTrigger(run_date=at, timezone=timezone.utc)
        self._scheduler.add_job(self._fire, trigger, id=self._job_id, name=name)
        log.debug("next wake-up (%s) at %s", name, at.isoformat())

    def _fire(self) -> None:
        self._armed_at = None
        self._job_id = None
        self.due.emit()

    def follow_working_hours(self, days: Sequence[int], start: time, end: time) -> None:
        """Wake the session when each working period starts and ends (``days`` as
        ``date.weekday()``); no days stops following them. Called again with new settings."""
        self._hours = (tuple(sorted(set(days))), start, end) if days else None
        self._build_local_jobs()

    def follow_midnight(self) -> None:
        """Emit ``day_changed`` at every local midnight."""
        self._midnight = True
        self._build_local_jobs()

    def follow_programme(self, sessions: Mapping[str, tuple[Sequence[int], time]]) -> None:
        """Emit ``programme_due(kind)`` on each of a session's ``days`` (``date.weekday()``) at
        its time, local: one cron job per kind, named ``programme-<kind>``; an empty mapping
        stops them. Called again with new settings."""
        self._programme = {
            kind: (tuple(sorted(set(days))), at) for kind, (days, at) in sessions.items() if days
        }
        self._build_local_jobs()

    def snooze_programme(self, kind: str, until: datetime) -> None:
        """Emit ``programme_due(kind)`` once more at ``until`` (the session's prompt was
        snoozed); a later snooze replaces it."""
        if not self._scheduler.running:
            return
        job_id = f"programme-{kind}-snoozed"
        if self._scheduler.get_job(job_id):
            self._scheduler.remove_job(job_id)
        trigger = DateTrigger(run_date=until, timezone=timezone.utc)
        self._scheduler.add_job(
            self.programme_due.emit, trigger, args=(kind,), id=job_id, name=job_id
        )

    def next_programme_session(self, kind: str) -> datetime | None:
        """When the ``kind`` session's cron job fires next (None: not followed)."""
        job = self.local_job(f"programme-{kind}")
        return job.next_run_time if job is not None else None

    def local_zone_changed(self) -> None:
        """The machine's zone or UTC offset changed: the local jobs are built again in it."""
        self._build_local_jobs()

    def local_job(self, job_id: str) -> Any:
        """The APScheduler job of a working-hours boundary or midnight (None if not followed);
        tests ask its trigger for the next fire times."""
        return self._scheduler.get_job(job_id) if self._scheduler.running else None

    def _build_local_jobs(self) -> None:
        if not self._scheduler.running:
            return
        zone = local_zone()
        programme_jobs = [f"programme-{kind}" for kind in ("strength", "mobility")]
        for job_id in (HOURS_START_JOB, HOURS_END_JOB, MIDNIGHT_JOB, *programme_jobs):
            if self._scheduler.get_job(job_id):
                self._scheduler.remove_job(job_id)
        for kind, (days, at) in self._programme.items():
            trigger = CronTrigger(
                day_of_week=",".join(_CRON_DAYS[day] for day in days),
                hour=at.hour,
                minute=at.minute,
                timezone=zone,
            )
            job_id = f"programme-{kind}"
            self._scheduler.add_job(
                self.programme_due.emit, trigger, args=(kind,), id=job_id, name=job_id
            )
        if self._hours is not None:
            days, start, end = self._hours
            on = ",".join(_CRON_DAYS[day] for day in days)
            for job_id, moment in ((HOURS_START_JOB, start), (HOURS_END_JOB, end)):
                trigger = CronTrigger(
                    day_of_week=on, hour=moment.hour, minute=moment.minute, timezone=zone
                )
                self._scheduler.add_job(self.due.emit, trigger, id=job_id, name=job_id)
        if self._midnight:
            trigger = CronTrigger(hour=0, minute=0, timezone=zone)
            self._scheduler.add_job(
                self.day_changed.emit, trigger, id=MIDNIGHT_JOB, name="midnight"
            )

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._armed_at = None
