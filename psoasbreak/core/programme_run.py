"""One programme session as it runs: sets, reps or timed holds, sides, rests, "this hurt", and
the summary at the end.

A pure state machine on the Clock's monotonic time, like the break session: the window shows
``position()``, forwards the user's Space/clicks (``advance``, ``skip_rest``, ``hurt``,
``end_exercise``) and calls ``tick`` when ``seconds_to_next_change`` says something is due, so
a test drives a whole 20-minute session in milliseconds by moving a FakeClock.

The phases, per set (and per side of a one-sided exercise):

- **ready**: before a timed hold or counted breaths, so the clock starts when the user is in
  position (Space starts it). Counted reps need no ready phase: the first Space is the first rep.
- **work**: reps the user counts with Space; or a hold that ends by itself; or slow breaths the
  app counts at the breathing pace (a tempo cue that counts for them).
- **rest**: between sets (``rest_seconds``), ending by itself; Space ends it early.
- **done**: the summary. Each exercise is recorded as completed, partial (ended early) or hurt.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime

from psoasbreak.core.clock import Clock
from psoasbreak.core.programme import (
    PlannedExercise,
    RoutineKind,
    SessionRecord,
    Step,
    StepRecord,
)


class Phase(str, enum.Enum):
    READY = "ready"
    WORK = "work"
    REST = "rest"
    DONE = "done"


class Side(str, enum.Enum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Position:
    """What the window shows now."""

    phase: Phase
    #: Index into the plan (== len(plan) when done).
    index: int
    #: 1-based set number of the current exercise (0 when done).
    set_number: int
    side: Side | None
    #: Reps (or breaths) done in this set and side; for a hold, whole seconds held.
    count: int
    #: Seconds left of a hold, the breaths or a rest (None: the user counts the reps).
    seconds_left: float | None


@dataclass(frozen=True)
class ExerciseResult:
    """One exercise in the summary: how far it got."""

    planned: PlannedExercise
    step: Step
    sets_done: int

    def record(self) -> StepRecord:
        planned = self.planned
        return StepRecord(planned.exercise.id, planned.level_number, self.step, self.sets_done)


@dataclass(frozen=True)
class SessionResult:
    """The whole session as the history records it."""

    kind: RoutineKind
    started_at: datetime
    ended_at: datetime
    exercises: tuple[ExerciseResult, ...]

    @property
    def finished(self) -> bool:
        """Every exercise was done to its end (or stopped because it hurt): the session counts
        towards the week's target."""
        return bool(self.exercises) and all(
            result.step in (Step.COMPLETED, Step.HURT) for result in self.exercises
        )

    def record(self) -> SessionRecord:
        steps = tuple(result.record() for result in self.exercises)
        return SessionRecord(self.kind, self.started_at, self.ended_at, self.finished, steps)


class ProgrammeRun:
    """A session in progress. Not thread-safe; call it from the Qt thread."""

    def __init__(
        self,
        kind: RoutineKind,
        plan: tuple[PlannedExercise, ...],
        clock: Clock,
        breath_seconds: float = 10.0,
    ) -> None:
        """``breath_seconds`` is one slow breath, in and out (the user's breathing pace)."""
        if breath_seconds <= 0:
            raise ValueError("a breath lasts some time")
        self.kind = kind
        self.plan = plan
        self._clock = clock
        self._breath = breath_seconds
        self._started_at = clock.now()
        self._results: list[ExerciseResult] = []
        self._index = 0
        self._set = 1
        self._side: Side | None = None
        self._count = 0
        self._phase = Phase.DONE
        self._phase_started = clock.monotonic()
        self._sets_done = 0
        self._begin_exercise()

    # -- what to show --------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def current(self) -> PlannedExercise | None:
        return self.plan[self._index] if self._index < len(self.plan) else None

    def position(self) -> Position:
        self.tick()
        return Position(
            self._phase,
            self._index,
            self._set if self._phase is not Phase.DONE else 0,
            self._side,
            self._shown_count(),
            self._seconds_left(),
        )

    def seconds_to_next_change(self) -> float | None:
        """When ``tick`` next has something to do (a second of a hold or rest to show, a
        breath counted, a phase ending); None: nothing happens until the user acts."""
        left = self._seconds_left()
        if left is None or self._phase in (Phase.READY, Phase.DONE):
            return None
        elapsed = self._elapsed()
        step = self._breath if self._counts_breaths() else 1.0
        to_next = step - math.fmod(elapsed, step)
        return max(0.0, min(left, to_next))

    def result(self) -> SessionResult:
        """The session so far (the window records it when the session ends or is closed)."""
        return SessionResult(self.kind, self._started_at, self._clock.now(), tuple(self._results))

    # -- the user's actions --------------------------------------------------------------

    def advance(self) -> None:
        """Space or the main button: start a hold or the breaths, count a rep, end a rest."""
        self.tick()
        if self._phase is Phase.READY:
            self._enter(Phase.WORK)
        elif self._phase is Phase.WORK and not self._timed():
            self._count += 1
            if self._count >= self._target():
                self._side_done()
        elif self._phase is Phase.REST:
            self._next_set()

    def skip_rest(self) -> None:
        self.tick()
        if self._phase is Phase.REST:
            self._next_set()

    def hurt(self) -> PlannedExercise | None:
        """ "This hurt": the exercise ends here, recorded as hurt (the programme steps it back a
        level); the session moves on. Returns the exercise it was about."""
        return self._end_current(Step.HURT)

    def end_exercise(self) -> PlannedExercise | None:
        """The user ends this exercise early, without pain: recorded as partial."""
        return self._end_current(Step.PARTIAL)

    def stop(self) -> SessionResult:
        """The window closed: an exercise in progress is partial; the rest are not recorded."""
        self.tick()
        if self._phase is not Phase.DONE:
            self._end_current(Step.PARTIAL, move_on=False)
            self._phase = Phase.DONE
        return self.result()

    def tick(self) -> None:
        """Act on the time that passed: a hold, the breaths or a rest that ran out."""
        while self._phase in (Phase.WORK, Phase.REST):
            left = self._seconds_left()
            if left is None or left > 0:
                return
            if self._phase is Phase.REST:
                self._next_set(started=self._phase_started + self.current_rest())
            else:
                self._side_done(started=self._phase_started + self._work_seconds())

    def current_rest(self) -> float:
        current = self.current
        return float(current.exercise.rest_seconds) if current else 0.0

    # -- inside --------------------------------------------------------------------------

    def _begin_exercise(self) -> None:
        self._set, self._sets_done, self._count = 1, 0, 0
        current = self.current
        if current is None:
            self._phase = Phase.DONE
            return
        self._side = Side.LEFT if current.exercise.per_side else None
        self._start_set()

    def _start_set(self, started: float | None = None) -> None:
        self._count = 0
        self._enter(Phase.READY if self._timed() else Phase.WORK, started)

    def _enter(self, phase: Phase, started: float | None = None) -> None:
        self._phase = phase
        self._phase_started = self._clock.monotonic() if started is None else started

    def _side_done(self, started: float | None = None) -> None:
        if self._side is Side.LEFT:
            self._side = Side.RIGHT
            self._start_set(started)
            return
        self._sets_done += 1
        current = self._exercise()
        if self._set >= current.level.sets:
            self._results.append(ExerciseResult(current, Step.COMPLETED, self._sets_done))
            self._index += 1
            self._begin_exercise()
            return
        if current.exercise.rest_seconds > 0:
            self._enter(Phase.REST, started)
        else:
            self._next_set(started)

    def _next_set(self, started: float | None = None) -> None:
        current = self._exercise()
        self._set += 1
        self._side = Side.LEFT if current.exercise.per_side else None
        self._start_set(started)

    def _end_current(self, step: Step, *, move_on: bool = True) -> PlannedExercise | None:
        current = self.current
        if current is None or self._phase is Phase.DONE:
            return None
        self._results.append(ExerciseResult(current, step, self._sets_done))
        if move_on:
            self._index += 1
            self._begin_exercise()
        return current

    def _exercise(self) -> PlannedExercise:
        current = self.current
        if current is None:
            raise RuntimeError("the session is over: no exercise is current")
        return current

    def _timed(self) -> bool:
        current = self.current
        return current is not None and (current.level.timed or current.level.breaths)

    def _counts_breaths(self) -> bool:
        current = self.current
        return current is not None and current.level.breaths

    def _target(self) -> int:
        current = self._exercise()
        return current.level.reps

    def _work_seconds(self) -> float:
        current = self._exercise()
        if current.level.breaths:
            return current.level.reps * self._breath
        return float(current.level.seconds)

    def _elapsed(self) -> float:
        return max(0.0, self._clock.monotonic() - self._phase_started)

    def _seconds_left(self) -> float | None:
        if self._phase is Phase.REST:
            return max(0.0, self.current_rest() - self._elapsed())
        if self._phase in (Phase.WORK, Phase.READY) and self._timed():
            if self._phase is Phase.READY:
                return self._work_seconds()
            return max(0.0, self._work_seconds() - self._elapsed())
        return None

    def _shown_count(self) -> int:
        if self._phase is Phase.WORK and self._timed():
            step = self._breath if self._counts_breaths() else 1.0
            return min(int(self._elapsed() // step), self._target_shown())
        return self._count

    def _target_shown(self) -> int:
        current = self._exercise()
        return current.level.reps if current.level.breaths else current.level.seconds
