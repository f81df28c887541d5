"""The programme (DESIGN §1, opt-in): the article's daily mobility routine and strength sessions
with sets, reps, rests and sides, progressed one level at a time and stepped back when it hurts.

The content is data (``resources/programme.toml``), checked strictly at start-up so a typo names
its table and field instead of surfacing as an empty window. The rules here are pure:

- **What a session holds**: a routine's exercises in order, each at the user's level for it.
  An exercise whose own equipment the user lacks is left out; a level needing equipment the user
  lacks is passed over (the user stays on, or steps up to, the levels they can do).
- **Progression**: each exercise's level is a fold over what was done, so the history is the
  one source of truth: a completed exercise counts towards ``step_up_after``; once reached the
  app *offers* the next level it can do (never forced: the user accepts with a step-up record);
  "this hurt" steps the exercise back one level and starts its count again.
- **The week's target**: strength sessions are counted per ISO week against the number of days
  the user chose, so "2 of 3 strength sessions this week" and a streak of weeks that met it.
"""

from __future__ import annotations

import enum
import functools
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from psoasbreak.core.settings import EQUIPMENT_CHOICES

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "EQUIPMENT",
    "ExerciseProgress",
    "Level",
    "PlannedExercise",
    "Programme",
    "ProgrammeError",
    "ProgrammeExercise",
    "Routine",
    "RoutineKind",
    "SessionRecord",
    "Step",
    "StepRecord",
    "progress_of",
    "strength_week_streak",
]

#: The equipment names of DESIGN §4's ``[programme] equipment`` (the settings schema's list).
EQUIPMENT = EQUIPMENT_CHOICES

_ID = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_MAX_SETS, _MAX_REPS, _MAX_SECONDS, _MAX_REST = 10, 100, 600, 600


class ProgrammeError(ValueError):
    """``resources/programme.toml`` is not what the app can run; the message names where."""


class RoutineKind(str, enum.Enum):
    """The two rhythms of the programme; the values are ``session-now``'s arguments."""

    MOBILITY = "mobility"
    STRENGTH = "strength"


@dataclass(frozen=True)
class Level:
    """One step of an exercise: its sets, and per set (and per side) reps or seconds."""

    name: str
    how: str
    sets: int
    reps: int = 0
    seconds: int = 0
    #: The reps are slow breaths the window counts by itself (a tempo cue).
    breaths: bool = False
    equipment: frozenset[str] = frozenset()

    @property
    def timed(self) -> bool:
        return self.seconds > 0


@dataclass(frozen=True)
class ProgrammeExercise:
    id: str
    title: str
    summary: str
    cue: str
    illustration: str
    per_side: bool
    rest_seconds: int
    equipment: frozenset[str]
    levels: tuple[Level, ...]

    def usable_levels(self, equipment: Iterable[str]) -> tuple[int, ...]:
        """The levels (1-based) the user can do with ``equipment``; () when the exercise itself
        needs something they lack (it is left out)."""
        have = frozenset(equipment)
        if not self.equipment <= have:
            return ()
        return tuple(n for n, level in enumerate(self.levels, 1) if level.equipment <= have)


@dataclass(frozen=True)
class Routine:
    kind: RoutineKind
    title: str
    summary: str
    exercises: tuple[str, ...]


@dataclass(frozen=True)
class PlannedExercise:
    """An exercise of a session as it will be done: at ``level`` (1-based)."""

    exercise: ProgrammeExercise
    level_number: int

    @property
    def level(self) -> Level:
        return self.exercise.levels[self.level_number - 1]


class Step(str, enum.Enum):
    """What one exercise of a session came to, as the history records it."""

    COMPLETED = "completed"  # every set done
    PARTIAL = "partial"  # ended early, without pain (does not count towards a step up)
    HURT = "hurt"  # "This hurt": stepped back a level
    STEPPED_UP = "stepped-up"  # the user accepted the offered next level


@dataclass(frozen=True)
class StepRecord:
    """One exercise's outcome in a session (or a step-up the user accepted), in time order."""

    exercise: str
    level: int
    step: Step
    #: Sets finished (both sides of a one-sided exercise make one set).
    sets_done: int = 0


@dataclass(frozen=True)
class SessionRecord:
    """A programme session as the history keeps it: what was done, at which level."""

    kind: RoutineKind
    started: datetime
    ended: datetime
    #: Every exercise done to its end (or stopped because it hurt): counts towards the week.
    finished: bool
    steps: tuple[StepRecord, ...]


@dataclass(frozen=True)
class ExerciseProgress:
    """Where the user stands on one exercise: the level to do next, and how many completed
    sessions count towards the next step up."""

    level: int = 1
    completed_at_level: int = 0


@dataclass(frozen=True)
class Programme:
    routines: Mapping[RoutineKind, Routine]
    exercises: Mapping[str, ProgrammeExercise]
    hurt_advice: str
    step_up_after: int
    #: Every text a window shows, for the translation catalogue.
    texts: tuple[str, ...] = field(default=(), repr=False)

    # -- loading ---------------------------------------------------------------------------

    @classmethod
    def from_toml(cls, text: str, resources: Path | None = None) -> Programme:
        """Parse and check a programme; ``resources`` (when given) is where illustrations must
        exist."""
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ProgrammeError(f"programme is not valid TOML: {error}") from error
        _known(data, {"hurt_advice", "step_up_after", "routines", "exercises"}, "programme")
        exercises = {
            key: _exercise(key, value, resources)
            for key, value in _table(data, "exercises", "programme").items()
        }
        if not exercises:
            raise ProgrammeError("programme: no [exercises.<id>] tables")
        routines_table = _table(data, "routines", "programme")
        routines: dict[RoutineKind, Routine] = {}
        for kind in RoutineKind:
            if kind.value not in routines_table:
                raise ProgrammeError(f"programme: missing [routines.{kind.value}]")
            routines[kind] = _routine(kind, routines_table[kind.value], exercises)
        extra = sorted(set(routines_table) - {kind.value for kind in RoutineKind})
        if extra:
            raise ProgrammeError(f"programme: unknown routine(s) {', '.join(extra)}")
        step_up_after = data.get("step_up_after")
        if not _whole(step_up_after, 1, 50):
            raise ProgrammeError(
                f"programme, field 'step_up_after': expected a whole number 1-50, "
                f"got {step_up_after!r}"
            )
        advice = _text(data.get("hurt_advice"), "programme, field 'hurt_advice'")
        texts = [advice]
        for routine in routines.values():
            texts += [routine.title, routine.summary]
        for exercise in exercises.values():
            texts += [exercise.title, exercise.summary, exercise.cue]
            for level in exercise.levels:
                texts += [level.name, level.how]
        return cls(routines, exercises, advice, int(step_up_after), tuple(dict.fromkeys(texts)))

    @classmethod
    def load(cls, path: Path) -> Programme:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ProgrammeError(f"cannot read the programme {path}: {error}") from error
        try:
            return cls.from_toml(text, path.parent)
        except ProgrammeError as error:
            raise ProgrammeError(f"{path}: {error}") from error

    # -- what a session holds --------------------------------------------------------------

    def plan(
        self,
        kind: RoutineKind,
        equipment: Iterable[str],
        progress: Mapping[str, ExerciseProgress],
    ) -> tuple[PlannedExercise, ...]:
        """The exercises of a ``kind`` session in order, each at the level to do next (an
        exercise the user cannot do with ``equipment`` is left out)."""
        have = frozenset(equipment)
        planned = []
        for exercise_id in self.routines[kind].exercises:
            exercise = self.exercises[exercise_id]
            usable = exercise.usable_levels(have)
            if not usable:
                continue
            wanted = progress.get(exercise_id, ExerciseProgress()).level
            planned.append(PlannedExercise(exercise, _nearest_at_most(usable, wanted)))
        return tuple(planned)

    def left_out(
        self, kind: RoutineKind, equipment: Iterable[str]
    ) -> tuple[ProgrammeExercise, ...]:
        """The exercises of a ``kind`` session left out for want of equipment (the window says
        which, and what they need)."""
        have = frozenset(equipment)
        return tuple(
            self.exercises[exercise_id]
            for exercise_id in self.routines[kind].exercises
            if not self.exercises[exercise_id].usable_levels(have)
        )

    def step_up_offer(
        self, exercise_id: str, progress: ExerciseProgress, equipment: Iterable[str]
    ) -> int | None:
        """The level to offer once ``step_up_after`` sessions were completed at the current
        one: the next level the user can do; None when it is not time yet or there is none."""
        if progress.completed_at_level < self.step_up_after:
            return None
        higher = [
            n for n in self.exercises[exercise_id].usable_levels(equipment) if n > progress.level
        ]
        return higher[0] if higher else None


def progress_of(records: Iterable[StepRecord], programme: Programme) -> dict[str, ExerciseProgress]:
    """Each exercise's progress, folded from the history's records in time order.

    A completed exercise counts at the level it was done at (a session done at a lower level
    than the current one counts nothing towards the next step); a step-up starts the new level
    from none; "this hurt" steps back one level (never below 1) and starts that count again.
    Records of exercises the programme no longer has are passed over.
    """
    state: dict[str, ExerciseProgress] = {}
    for record in records:
        exercise = programme.exercises.get(record.exercise)
        if exercise is None:
            continue
        now = state.get(record.exercise, ExerciseProgress())
        top = len(exercise.levels)
        if record.step is Step.COMPLETED and record.level == now.level:
            now = ExerciseProgress(now.level, now.completed_at_level + 1)
        elif record.step is Step.STEPPED_UP:
            now = ExerciseProgress(min(max(1, record.level), top), 0)
        elif record.step is Step.HURT:
            now = ExerciseProgress(max(1, min(record.level, top) - 1), 0)
        state[record.exercise] = now
    return state


def strength_week_streak(sessions_by_week: Mapping[date, int], target: int, this_week: date) -> int:
    """Weeks in a row, back from ``this_week`` (a Monday), that held ``target`` strength
    sessions; this week counts only once it has met the target (it is not over yet)."""
    if target <= 0:
        return 0
    streak = 0
    week = this_week
    if sessions_by_week.get(week, 0) < target:
        week -= timedelta(days=7)
    while sessions_by_week.get(week, 0) >= target:
        streak += 1
        week -= timedelta(days=7)
    return streak


def strength_this_week(sessions: Iterable[SessionRecord]) -> int:
    """The finished strength sessions among ``sessions`` (those of one week): what "2 of 3
    strength sessions this week" counts."""
    return sum(1 for s in sessions if s.kind is RoutineKind.STRENGTH and s.finished)


def week_of(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) that holds ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def programme_status(
    target: int, this_week: Iterable[SessionRecord], next_session_at: datetime | None
) -> dict[str, Any]:
    """``status --json``'s ``programme`` (DESIGN §3) while the programme is on (null when off):
    the week's finished strength sessions against ``target``, and the next session's time."""
    return {
        "strength_this_week": strength_this_week(this_week),
        "strength_target": target,
        "next_session_at": next_session_at.isoformat(timespec="seconds")
        if next_session_at
        else None,
    }


def week_programme_json(
    sessions: Iterable[SessionRecord], monday: date, target: int, today: date
) -> dict[str, Any]:
    """``stats --json``'s ``programme`` (an added key): the week's sessions, the finished
    strength sessions against ``target`` (the strength days chosen; 0 when strength is off), and
    the weeks in a row that met it."""
    every = list(sessions)
    by_week: dict[date, int] = {}
    for session in every:
        if session.kind is RoutineKind.STRENGTH and session.finished:
            start = week_of(session.started.date())[0]
            by_week[start] = by_week.get(start, 0) + 1
    sunday = monday + timedelta(days=6)
    this_week = [s for s in every if monday <= s.started.date() <= sunday]
    return {
        "strength_sessions": strength_this_week(this_week),
        "mobility_sessions": sum(
            1 for s in this_week if s.kind is RoutineKind.MOBILITY and s.finished
        ),
        "strength_target": target,
        "strength_week_streak": strength_week_streak(by_week, target, week_of(today)[0]),
        "sessions": [
            {"date": s.started.date().isoformat(), "kind": s.kind.value, "finished": s.finished}
            for s in this_week
        ],
    }


#: ``export --sessions``'s CSV columns: one row per exercise of a session.
SESSION_COLUMNS = ("started", "ended", "kind", "finished", "exercise", "level", "step", "sets")


def session_json(session: SessionRecord) -> dict[str, Any]:
    """One session as ``export --sessions --format json`` writes it (and a spilled file)."""
    return {
        "session": session.kind.value,
        "started": session.started.isoformat(),
        "ended": session.ended.isoformat(),
        "finished": session.finished,
        "steps": [
            {"exercise": s.exercise, "level": s.level, "step": s.step.value, "sets": s.sets_done}
            for s in session.steps
        ],
    }


def session_rows(session: SessionRecord) -> list[tuple[str, ...]]:
    """A session's CSV rows: one per exercise, the session's columns repeated (a session with
    no exercise done keeps one row with the exercise columns empty)."""
    head = (
        session.started.isoformat(),
        session.ended.isoformat(),
        session.kind.value,
        "true" if session.finished else "false",
    )
    steps = [(s.exercise, str(s.level), s.step.value, str(s.sets_done)) for s in session.steps]
    return [head + step for step in steps] or [(*head, "", "", "", "")]


@functools.lru_cache(maxsize=1)
def shipped_programme() -> Programme:
    """``resources/programme.toml`` as shipped, loaded once."""
    from psoasbreak.assets import resource_path

    return Programme.load(resource_path("programme.toml"))


# -- checking the file --------------------------------------------------------------------------


def _nearest_at_most(usable: Sequence[int], wanted: int) -> int:
    at_most = [n for n in usable if n <= wanted]
    return at_most[-1] if at_most else usable[0]


def _known(table: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ProgrammeError(f"{where}: unknown field(s) {', '.join(unknown)}")


def _table(data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ProgrammeError(f"{where}: expected a table [{key}]")
    return value


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProgrammeError(f"{where}: expected a non-empty string, got {value!r}")
    return value.strip()


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _equipment(value: object, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ProgrammeError(f"{where}: expected a list of equipment names, got {value!r}")
    unknown = sorted(set(value) - set(EQUIPMENT))
    if unknown:
        raise ProgrammeError(
            f"{where}: unknown equipment {', '.join(unknown)} (known: {', '.join(EQUIPMENT)})"
        )
    return frozenset(value)


def _exercise(exercise_id: str, table: object, resources: Path | None) -> ProgrammeExercise:
    where = f"[exercises.{exercise_id}]"
    if not _ID.fullmatch(exercise_id):
        raise ProgrammeError(f"{where}: an id is lower-case words joined by '-'")
    if not isinstance(table, dict):
        raise ProgrammeError(f"{where}: expected a table")
    fields = {"title", "summary", "cue", "illustration", "per_side", "rest_seconds"}
    _known(table, fields | {"equipment", "levels"}, where)
    for name in fields:
        if name not in table:
            raise ProgrammeError(f"{where}: missing field {name!r}")
    illustration = _text(table["illustration"], f"{where}, field 'illustration'")
    if illustration.startswith("/") or ".." in illustration.split("/"):
        raise ProgrammeError(f"{where}: the illustration path must stay inside resources/")
    if resources is not None and not (resources / illustration).is_file():
        raise ProgrammeError(f"{where}: the illustration {illustration} is not in {resources}")
    per_side = table["per_side"]
    if not isinstance(per_side, bool):
        raise ProgrammeError(f"{where}, field 'per_side': expected true or false")
    rest = table["rest_seconds"]
    if not _whole(rest, 0, _MAX_REST):
        raise ProgrammeError(f"{where}, field 'rest_seconds': expected 0-{_MAX_REST}, got {rest!r}")
    levels = table.get("levels")
    if not isinstance(levels, list) or not levels:
        raise ProgrammeError(f"{where}: needs at least one [[exercises.{exercise_id}.levels]]")
    return ProgrammeExercise(
        id=exercise_id,
        title=_text(table["title"], f"{where}, field 'title'"),
        summary=_text(table["summary"], f"{where}, field 'summary'"),
        cue=_text(table["cue"], f"{where}, field 'cue'"),
        illustration=illustration,
        per_side=per_side,
        rest_seconds=rest,
        equipment=_equipment(table.get("equipment"), f"{where}, field 'equipment'"),
        levels=tuple(_level(level, f"{where} level {n}") for n, level in enumerate(levels, 1)),
    )


def _level(table: object, where: str) -> Level:
    if not isinstance(table, dict):
        raise ProgrammeError(f"{where}: expected a table")
    _known(table, {"name", "how", "sets", "reps", "seconds", "breaths", "equipment"}, where)
    sets = table.get("sets")
    if not isinstance(sets, int) or not _whole(sets, 1, _MAX_SETS):
        raise ProgrammeError(f"{where}, field 'sets': expected 1-{_MAX_SETS}, got {sets!r}")
    reps, seconds = table.get("reps"), table.get("seconds")
    if (reps is None) == (seconds is None):
        raise ProgrammeError(f"{where}: give either 'reps' or 'seconds'")
    if reps is not None and not _whole(reps, 1, _MAX_REPS):
        raise ProgrammeError(f"{where}, field 'reps': expected 1-{_MAX_REPS}, got {reps!r}")
    if seconds is not None and not _whole(seconds, 5, _MAX_SECONDS):
        raise ProgrammeError(
            f"{where}, field 'seconds': expected 5-{_MAX_SECONDS}, got {seconds!r}"
        )
    breaths = table.get("breaths", False)
    if not isinstance(breaths, bool) or (breaths and reps is None):
        raise ProgrammeError(f"{where}, field 'breaths': true or false, and only with 'reps'")
    return Level(
        name=_text(table.get("name"), f"{where}, field 'name'"),
        how=_text(table.get("how"), f"{where}, field 'how'"),
        sets=sets,
        reps=reps or 0,
        seconds=seconds or 0,
        breaths=breaths,
        equipment=_equipment(table.get("equipment"), f"{where}, field 'equipment'"),
    )


def _routine(
    kind: RoutineKind, table: object, exercises: Mapping[str, ProgrammeExercise]
) -> Routine:
    where = f"[routines.{kind.value}]"
    if not isinstance(table, dict):
        raise ProgrammeError(f"{where}: expected a table")
    _known(table, {"title", "summary", "exercises"}, where)
    ids = table.get("exercises")
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
        raise ProgrammeError(f"{where}, field 'exercises': expected a list of exercise ids")
    unknown = [i for i in ids if i not in exercises]
    if unknown:
        raise ProgrammeError(f"{where}: unknown exercise(s) {', '.join(unknown)}")
    if len(set(ids)) != len(ids):
        raise ProgrammeError(f"{where}: an exercise is listed twice")
    return Routine(
        kind,
        _text(table.get("title"), f"{where}, field 'title'"),
        _text(table.get("summary"), f"{where}, field 'summary'"),
        tuple(ids),
    )
