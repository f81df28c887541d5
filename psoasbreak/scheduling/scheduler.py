"""APScheduler on the Qt event loop, fixed, behind a one-method BreakScheduler.

APScheduler 3.11's QtScheduler arms Qt's static single-shot timer, which returns None under PySide6, so it
can never cancel an earlier timer: every reschedule leaves another timer chain running, and
shutdown leaves them firing (DESIGN §5). ``SingleTimerQtScheduler`` owns exactly one single-shot
QTimer instead. Jobs run on the Qt thread through DebugExecutor and only emit a signal.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime, timezone
from typing import Any

# APScheduler 3 ships no type hints (no py.typed marker).
from apscheduler.executors.debug import DebugExecutor  # type: ignore[import-untyped]
from apscheduler.schedulers.qt import QtScheduler  # type: ignore[import-untyped]
from apscheduler.triggers.date import DateTrigger  # type: ignore[import-untyped]
from PySide6.QtCore import QObject, Qt, Signal

from psoasbreak.scheduling.timer import Timer

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


class BreakScheduler(QObject):
    """Wakes the break session at one instant; arming again replaces the previous instant."""

    due = Signal()

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

    @property
    def armed_at(self) -> datetime | None:
        return self._armed_at

    @property
    def scheduler(self) -> SingleTimerQtScheduler:
        return self._scheduler

    def arm(self, at: datetime | None) -> None:
        """Run ``due`` at ``at`` (aware); None disarms."""
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
        self._scheduler.add_job(self._fire, DateTrigger(run_date=at), id=self._job_id)
        log.debug("next wake-up at %s", at.isoformat())

    def _fire(self) -> None:
        self._armed_at = None
        self._job_id = None
        self.due.emit()

    def shutdown(self) -> None:
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._armed_at = None
