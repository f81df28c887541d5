"""The exercises a break can guide, and the timing maths their windows draw from.

The library lives in ``resources/exercises.toml`` so wording can change without touching code; it
is validated strictly on load because a typo there would otherwise surface as a blank prompt.
The phase functions are pure functions of elapsed time, so a window only has to ask the clock how
long the exercise has run and repaint: a test can jump to any instant without waiting.
"""

from __future__ import annotations

import functools
import math
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised only on Python 3.10
    # tomli is the project tomllib was taken from; the ignore covers a checker without it installed.
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "ALTERNATE",
    "RANDOM",
    "SWITCH_SECONDS",
    "BreathPhase",
    "Exercise",
    "ExerciseLibrary",
    "StretchPhase",
    "breath_phase",
    "setting_choices",
    "shipped_library",
    "stretch_phase",
]

ALTERNATE = "alternate"
RANDOM = "random"
# How long the "switch sides" cue stays up at the start of the second side: long enough to read and
# change legs, short enough to leave most of the half for the stretch itself.
SWITCH_SECONDS = 3.0

_ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")
_MIN_CUES, _MAX_CUES = 2, 4
_FIELDS = frozenset(
    {"title", "summary", "cues", "safety", "illustration", "illustrations", "per_side", "paced"}
)


@dataclass(frozen=True)
class Exercise:
    """One exercise as the prompt and the exercise window show it.

    ``illustrations`` are paths relative to the resources folder (open them with
    ``psoasbreak.assets.resource_path``); a per-side exercise lists the left side first.
    """

    id: str
    title: str
    summary: str
    cues: tuple[str, ...]
    safety: str
    illustrations: tuple[str, ...]
    per_side: bool
    paced: bool


class ExerciseLibrary:
    """The exercises on offer, in file order, plus the one-line facts the prompt rotates through."""

    def __init__(self, exercises: tuple[Exercise, ...], why_lines: tuple[str, ...] = ()) -> None:
        if not exercises:
            raise ValueError("an exercise library needs at least one exercise")
        by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in by_id:
                raise ValueError(f"exercise {exercise.id!r} is defined twice")
            by_id[exercise.id] = exercise
        self._by_id = by_id
        self._why_lines = why_lines

    @classmethod
    def from_toml(cls, text: str) -> ExerciseLibrary:
        """Parse and validate; every error names the exercise and the field so it can be fixed."""
        try:
            data: dict[str, Any] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"exercise library is not valid TOML: {error}") from error
        unknown = sorted(set(data) - {"why", "exercises"})
        if unknown:
            raise ValueError(f"exercise library: unknown top-level key(s) {', '.join(unknown)}")
        why_lines = _string_list(data.get("why", []), "exercise library: 'why'")
        tables = data.get("exercises")
        if not isinstance(tables, dict) or not tables:
            raise ValueError("exercise library: no [exercises.<id>] tables found")
        exercises = tuple(_parse_exercise(key, table) for key, table in tables.items())
        return cls(exercises, why_lines)

    @classmethod
    def load_default(cls, path: Path | None = None) -> ExerciseLibrary:
        """The library shipped with the app, or the one at ``path`` (tests, development)."""
        if path is None:
            # Imported here so core's import graph stays minimal; assets has no Qt either way.
            from psoasbreak.assets import resource_path

            path = resource_path("exercises.toml")
        try:
            return cls.from_toml(path.read_text(encoding="utf-8"))
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from error

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    @property
    def why_lines(self) -> tuple[str, ...]:
        return self._why_lines

    def __iter__(self) -> Iterator[Exercise]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, exercise_id: object) -> bool:
        return exercise_id in self._by_id

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self._by_id[exercise_id]
        except KeyError:
            known = ", ".join(self._by_id)
            raise KeyError(f"no exercise {exercise_id!r}; known exercises: {known}") from None

    def choose(self, setting: str, previous: str | None, rng: random.Random) -> Exercise:
        """The exercise for the next break under the user's ``exercise`` setting.

        ``previous`` is the id of the last exercise offered (None at start-up); only "alternate"
        looks at it. ``rng`` is passed in so tests, and a break that is re-offered, are repeatable.
        """
        if setting == ALTERNATE:
            # The library's file order is the rotation (stretch, breathing, march, glute-squeeze
            # as shipped, so the stretch comes first and breathing second); it starts over after
            # the last one, and at the first one when ``previous`` is None or unknown.
            order = self.ids
            after = order.index(previous) + 1 if previous in self._by_id else 0
            return self._by_id[order[after % len(order)]]
        if setting == RANDOM:
            return rng.choice(tuple(self._by_id.values()))
        if setting not in self._by_id:
            known = ", ".join((ALTERNATE, RANDOM, *self._by_id))
            raise KeyError(f"unknown exercise setting {setting!r}; choose one of: {known}")
        return self._by_id[setting]


@functools.cache
def shipped_library() -> ExerciseLibrary:
    """The library shipped in ``resources/exercises.toml``, read once per process.

    It is the one list of exercise ids and titles: the ``exercise`` setting, the Settings window
    and ``break-now --exercise`` all offer what it holds, so adding an exercise there is enough.
    """
    return ExerciseLibrary.load_default()


def setting_choices(library: ExerciseLibrary) -> tuple[str, ...]:
    """What the ``exercise`` setting accepts: each exercise of ``library`` by its id, in file
    order, then the two ways to mix them."""
    return (*library.ids, ALTERNATE, RANDOM)


def _parse_exercise(exercise_id: str, table: object) -> Exercise:
    where = f"exercise {exercise_id!r}"
    if not _ID_PATTERN.fullmatch(exercise_id) or exercise_id in (ALTERNATE, RANDOM):
        raise ValueError(
            f"{where}: ids are lower-case words joined by '-', and not "
            f"{ALTERNATE!r} or {RANDOM!r} (those are settings)"
        )
    if not isinstance(table, dict):
        raise ValueError(f"{where}: expected a table [exercises.{exercise_id}]")
    unknown = sorted(set(table) - _FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {', '.join(unknown)}")

    cues = _string_list(_required(table, "cues", where), f"{where}, field 'cues'")
    if not _MIN_CUES <= len(cues) <= _MAX_CUES:
        raise ValueError(
            f"{where}, field 'cues': needs {_MIN_CUES} to {_MAX_CUES} cues, got {len(cues)}"
        )
    per_side = _bool(table, "per_side", where)
    paced = _bool(table, "paced", where)
    if per_side and paced:
        raise ValueError(f"{where}: 'per_side' and 'paced' cannot both be true")
    illustrations = _illustrations(table, where)
    if per_side and illustrations and len(illustrations) != 2:
        raise ValueError(
            f"{where}, field 'illustrations': a per-side exercise needs two (left, right), "
            f"got {len(illustrations)}"
        )
    return Exercise(
        id=exercise_id,
        title=_string(_required(table, "title", where), f"{where}, field 'title'"),
        summary=_string(_required(table, "summary", where), f"{where}, field 'summary'"),
        cues=cues,
        safety=_string(_required(table, "safety", where), f"{where}, field 'safety'"),
        illustrations=illustrations,
        per_side=per_side,
        paced=paced,
    )


def _required(table: dict[str, Any], key: str, where: str) -> object:
    if key not in table:
        raise ValueError(f"{where}: missing field {key!r}")
    return table[key]


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: expected a non-empty string, got {value!r}")
    return value.strip()


def _string_list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise ValueError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(_string(item, f"{where} item {index + 1}") for index, item in enumerate(value))


def _bool(table: dict[str, Any], key: str, where: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{where}, field {key!r}: expected true or false, got {value!r}")
    return value


def _illustrations(table: dict[str, Any], where: str) -> tuple[str, ...]:
    # A single picture may be written `illustration = "..."`, which reads better by hand.
    if "illustration" in table and "illustrations" in table:
        raise ValueError(f"{where}: give 'illustration' or 'illustrations', not both")
    if "illustration" in table:
        paths: tuple[str, ...] = (_string(table["illustration"], f"{where}, field 'illustration'"),)
        field = "illustration"
    else:
        paths = _string_list(table.get("illustrations", []), f"{where}, field 'illustrations'")
        field = "illustrations"
    for path in paths:
        parts = path.split("/")
        if path.startswith("/") or ".." in parts or "\\" in path:
            raise ValueError(
                f"{where}, field {field!r}: {path!r} must be a path inside resources/ using '/'"
            )
    return paths


# --- Phase maths -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StretchPhase:
    """Where a per-side exercise is: which side, how long on it, and whether to show "switch"."""

    side: Literal["left", "right"]
    side_remaining: float
    switching: bool
    remaining: float
    done: bool


@dataclass(frozen=True)
class BreathPhase:
    """Where the breathing pacer is. ``scale`` is the pacer's size, 0 (empty) to 1 (full)."""

    phase: Literal["in", "out"]
    progress: float
    scale: float
    breaths: int
    remaining: float
    done: bool


def _clamped_elapsed(elapsed: float, total: float) -> float:
    # A clock that stepped backwards (or a NaN from bad arithmetic) must not show a countdown above
    # the total or a negative breath count; it restarts from 0 instead.
    if math.isnan(elapsed) or elapsed < 0.0:
        return 0.0
    return min(elapsed, total)


def _positive(value: float, name: str) -> None:
    if not (math.isfinite(value) and value > 0.0):
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")


def stretch_phase(elapsed: float, total: float) -> StretchPhase:
    """Left side for the first half of ``total`` seconds, right side from the half on."""
    _positive(total, "total")
    total = float(total)
    done = not math.isnan(elapsed) and elapsed >= total
    t = _clamped_elapsed(float(elapsed), total)
    half = total / 2.0
    if t < half:
        return StretchPhase("left", half - t, False, total - t, False)
    switching = not done and t - half < SWITCH_SECONDS
    return StretchPhase("right", total - t, switching, total - t, done)


def _ease_in_out(progress: float) -> float:
    # Sine easing: zero speed at both ends, so the pacer slows into each turn instead of bouncing.
    return min(1.0, max(0.0, 0.5 - 0.5 * math.cos(math.pi * progress)))


def breath_phase(elapsed: float, total: float, inhale: float, exhale: float) -> BreathPhase:
    """Breathe in for ``inhale`` seconds, out for ``exhale``, repeated until ``total``.

    ``breaths`` counts completed in-and-out cycles, so the counter ticks when an exhale ends.
    """
    _positive(total, "total")
    _positive(inhale, "inhale")
    _positive(exhale, "exhale")
    total = float(total)
    done = not math.isnan(elapsed) and elapsed >= total
    t = _clamped_elapsed(float(elapsed), total)
    cycles, into_cycle = divmod(t, inhale + exhale)
    if into_cycle < inhale:
        progress = min(1.0, into_cycle / inhale)
        return BreathPhase("in", progress, _ease_in_out(progress), int(cycles), total - t, done)
    progress = min(1.0, (into_cycle - inhale) / exhale)
    return BreathPhase("out", progress, 1.0 - _ease_in_out(progress), int(cycles), total - t, done)
