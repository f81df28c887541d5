"""Programme sessions in the app: turns ``session-now`` and a session falling due (its cron job,
the prompt's answer) into the session window, and the window's result into history records.

It decides nothing itself: what a session holds and which step up to offer are core/programme's
rules; the break session decides the state (a session is ``on_break``) and the next break.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

from psoasbreak.core.clock import Clock
from psoasbreak.core.exercises import Exercise
from psoasbreak.core.programme import (
    Programme,
    ProgrammeExercise,
    RoutineKind,
    SessionRecord,
    Step,
    StepRecord,
    programme_status,
    progress_of,
    week_of,
)
from psoasbreak.core.programme_run import Phase, ProgrammeRun, SessionResult
from psoasbreak.core.session import BreakSession
from psoasbreak.desktop.sound import Cue
from psoasbreak.ui.translation import translate

if TYPE_CHECKING:  # the window is imported when a session first starts, not at start-up
    from psoasbreak.ui.programme_window import ProgrammeWindow

log = logging.getLogger(__name__)


class ProgrammeHistory(Protocol):
    """Where sessions are kept (storage.safe_recorder.SafeRecorder)."""

    def record_session(self, session: SessionRecord) -> None: ...

    def record_step_up(self, at: datetime, exercise: str, level: int) -> None: ...

    def programme_steps(self) -> list[StepRecord]: ...

    def programme_sessions(
        self, first: date | None = None, last: date | None = None
    ) -> list[SessionRecord]: ...


class ProgrammeSessions(QObject):
    """Opens at most one session window at a time and records what it reports."""

    #: A session was recorded (its SessionRecord): the history window redraws.
    recorded = Signal(object)

    def __init__(
        self,
        programme: Programme,
        session: BreakSession,
        history: ProgrammeHistory,
        clock: Clock,
        *,
        equipment: Callable[[], Iterable[str]],
        breath_seconds: Callable[[], float],
        icon: QIcon | None = None,
        play_cue: Callable[[Cue], None] | None = None,
        offer: Callable[[str, Exercise, str], None] | None = None,
        snooze: Callable[[str, datetime], None] | None = None,
        snooze_minutes: Callable[[], int] = lambda: 5,
    ) -> None:
        """``offer(kind, shown, heading)`` puts a session's prompt out (the presenter);
        ``snooze(kind, until)`` asks for ``due`` again then (the scheduler)."""
        super().__init__()
        self._offer = offer
        self._snooze = snooze
        self._snooze_minutes = snooze_minutes
        self._programme = programme
        self._session = session
        self._history = history
        self._clock = clock
        self._equipment = equipment
        self._breath_seconds = breath_seconds
        self._icon = icon
        self._play_cue = play_cue
        self.window: ProgrammeWindow | None = None

    def start(self, kind: RoutineKind) -> bool:
        """Start a ``kind`` session now; False when a break or a session already runs."""
        if self.window is not None or not self._session.start_programme():
            if self.window is not None:
                self.window.raise_()
                self.window.activateWindow()
            return False
        from psoasbreak.ui.programme_window import ProgrammeWindow

        equipment = tuple(self._equipment())
        progress = progress_of(self._history.programme_steps(), self._programme)
        plan = self._programme.plan(kind, equipment, progress)
        run = ProgrammeRun(kind, plan, self._clock, self._breath_seconds())
        routine = self._programme.routines[kind]
        window = ProgrammeWindow(run, routine.title, self._programme.hurt_advice, self._icon)
        window.ended.connect(self._ended)
        window.step_up.connect(self._step_up)
        window.destroyed.connect(self._window_gone)
        if self._play_cue is not None:
            window.cue.connect(self._play_cue)
        self.window = window
        log.info("programme session started: %s (%d exercises)", kind.value, len(plan))
        window.show()
        window.raise_()
        window.activateWindow()
        return True

    def due(self, kind_value: str) -> None:
        """A session's time came (its cron job, or the end of a snooze): offer it, if the
        break session says now is a time to (core's rule)."""
        kind = RoutineKind(kind_value)
        if self.window is not None or not self._session.may_offer_programme():
            log.info("programme session due (%s): not offered now", kind.value)
            return
        if self._offer is None:
            return
        routine = self._programme.routines[kind]
        plan = self._programme.plan(kind, tuple(self._equipment()), {})
        pictures = (plan[0].exercise.illustration,) if plan else ()
        shown = Exercise(
            f"programme-{kind.value}",
            routine.title,
            routine.summary,
            (),
            "",
            pictures,
            False,
            False,
        )
        heading = (
            translate("Programme", "Time for your strength session")
            if kind is RoutineKind.STRENGTH
            else translate("Programme", "Time for your mobility routine")
        )
        log.info("programme session due: %s, prompting", kind.value)
        self._offer(kind.value, shown, heading)

    def answered(self, kind_value: str, answer: str) -> None:
        """The session's prompt was answered: start, ask again after the snooze, or not today."""
        kind = RoutineKind(kind_value)
        if answer == "start":
            self.start(kind)
        elif answer == "snooze" and self._snooze is not None:
            until = self._clock.now() + timedelta(minutes=self._snooze_minutes())
            log.info("programme session (%s) snoozed until %s", kind.value, until.isoformat())
            self._snooze(kind.value, until)
        else:
            log.info("programme session (%s) skipped", kind.value)

    def status(self, target: int, next_session_at: datetime | None) -> dict[str, object]:
        """``status --json``'s ``programme`` while it is on: this week's finished strength
        sessions against ``target``, and when the next session falls due."""
        first, last = week_of(self._clock.now().date())
        week = self._history.programme_sessions(first, last)
        return programme_status(target, week, next_session_at)

    def close(self) -> None:
        """At quit: a session in progress is recorded as far as it got."""
        if self.window is not None:
            self.window.close()

    def _ended(self, result: SessionResult) -> None:
        record = result.record()
        self._history.record_session(record)
        log.info(
            "programme session recorded: %s, %s",
            record.kind.value,
            "finished" if record.finished else "ended early",
        )
        self._session.end_programme()
        self.recorded.emit(record)
        window = self.window
        if window is not None and window.run.phase is Phase.DONE and result.exercises:
            window.show_summary(result, self._offers(result))

    def _offers(self, result: SessionResult) -> list[tuple[ProgrammeExercise, int]]:
        progress = progress_of(self._history.programme_steps(), self._programme)
        equipment = tuple(self._equipment())
        offers = []
        for done in result.exercises:
            exercise = done.planned.exercise
            if done.step is not Step.COMPLETED or exercise.id not in progress:
                continue
            level = self._programme.step_up_offer(exercise.id, progress[exercise.id], equipment)
            if level is not None:
                offers.append((exercise, level))
        return offers

    def _step_up(self, exercise: str, level: int) -> None:
        self._history.record_step_up(self._clock.now(), exercise, level)
        log.info("stepped up: %s to level %d", exercise, level)

    def _window_gone(self) -> None:
        self.window = None
