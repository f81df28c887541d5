"""The user's settings as one typed, bounded value (DESIGN §4).

``config.toml`` is edited by hand, so every value in it may be wrong. Reading it never fails: a bad
value is replaced by its default and reported as a :class:`SettingsProblem` whose message names the
key, what is allowed and the default used, so the user can fix the file without reading the code.

Rules where DESIGN §4 is silent (the README should repeat them):

- A whole number may be written as an integral float (``30.0``); ``30.5`` and ``true`` are rejected.
- Choices and booleans are exact: ``"Stretch"`` and ``"yes"`` are rejected.
- ``interval_min_minutes`` may equal ``interval_max_minutes`` (a fixed interval). If it is larger,
  both fall back to their defaults: guessing which of the two the user meant would be worse.
- Working hours cannot cross midnight: ``end`` must be after ``start``, else both use the defaults.
  Times are ``"H:MM"`` or ``"HH:MM"`` strings or TOML local times in whole minutes. Day names are
  the first three letters in any case; repeats are ignored. Start, end and days are checked even
  while working hours are off, so turning them on later never meets a surprise.
- Unknown keys, including unknown keys inside ``[working_hours]``, are reported; the file layer
  keeps them in the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Literal, cast

from psoasbreak.core.exercises import setting_choices, shipped_library
from psoasbreak.core.messages import Message

#: An ``exercise`` value: one of ``EXERCISE_CHOICES``.
Exercise = str
PromptStyle = Literal["auto", "window", "notification"]

#: The ids of the exercise library (``resources/exercises.toml``), in its order, then
#: "alternate" and "random": a new exercise there is a new valid value here.
EXERCISE_CHOICES: Final[tuple[Exercise, ...]] = setting_choices(shipped_library())
PROMPT_STYLE_CHOICES: Final[tuple[PromptStyle, ...]] = ("auto", "window", "notification")
#: Index = ``datetime.date.weekday()`` (Monday = 0); these are the names used in the file.
DAY_NAMES: Final[tuple[str, ...]] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# Messages write ranges with an en dash (U+2013), as DESIGN §4 does; spelled as an escape so the
# source does not hold a character that looks like a hyphen.
RANGE_DASH: Final = "\u2013"
_MAX_SHOWN_CHARS: Final = 60  # a pasted essay in a value should not become a pop-up essay


@dataclass(frozen=True)
class IntegerRange:
    """Inclusive bounds of a whole-number setting.

    Validation and the settings dialog's spin boxes read the same object, so they cannot disagree.
    """

    low: int
    high: int
    zero_means_off: bool = False

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value <= self.high

    def describe(self) -> str:
        if self.zero_means_off:
            return f"0 (off) or 1{RANGE_DASH}{self.high}"
        return f"{self.low}{RANGE_DASH}{self.high}"


INTEGER_RANGES: Final[Mapping[str, IntegerRange]] = {
    "interval_min_minutes": IntegerRange(1, 240),
    "interval_max_minutes": IntegerRange(1, 240),
    "break_seconds": IntegerRange(20, 600),
    "snooze_minutes": IntegerRange(1, 60),
    "prompt_timeout_minutes": IntegerRange(1, 60),
    "idle_reset_minutes": IntegerRange(0, 120, zero_means_off=True),
    "daily_goal": IntegerRange(1, 50),
    "breath_in_seconds": IntegerRange(2, 10),
    "breath_out_seconds": IntegerRange(2, 10),
}

CHOICES: Final[Mapping[str, tuple[str, ...]]] = {
    "exercise": EXERCISE_CHOICES,
    "prompt_style": PROMPT_STYLE_CHOICES,
}

BOOLEAN_KEYS: Final[tuple[str, ...]] = ("sound", "autostart")


@dataclass(frozen=True)
class WorkingHours:
    """When breaks may be proposed; with ``enabled`` false, breaks are proposed at any hour."""

    enabled: bool = False
    start: dt.time = dt.time(9, 0)
    end: dt.time = dt.time(17, 0)
    days: tuple[int, ...] = (0, 1, 2, 3, 4)

    def __post_init__(self) -> None:
        # One spelling per set of days, so equal settings compare equal whatever order the
        # settings dialog collected the ticks in.
        days = tuple(sorted(set(self.days)))
        if any(not 0 <= day <= 6 for day in days):
            raise ValueError(f"WorkingHours.days must be weekday numbers 0-6, not {self.days}")
        object.__setattr__(self, "days", days)


@dataclass(frozen=True)
class Settings:
    """Every key of DESIGN §4 with its default; the only form of settings the app passes around."""

    interval_min_minutes: int = 30
    interval_max_minutes: int = 45
    break_seconds: int = 60
    exercise: Exercise = "alternate"
    snooze_minutes: int = 5
    prompt_style: PromptStyle = "auto"
    prompt_timeout_minutes: int = 5
    idle_reset_minutes: int = 5
    daily_goal: int = 6
    breath_in_seconds: int = 4
    breath_out_seconds: int = 6
    working_hours: WorkingHours = field(default_factory=WorkingHours)
    sound: bool = True
    autostart: bool = False


@dataclass(frozen=True)
class SettingsProblem:
    """One thing wrong in the file. ``message`` is a full sentence meant for the user as it is;
    ``said`` is the same sentence as a template and its values, for the tray to translate."""

    key: str
    said: Message

    @property
    def message(self) -> str:
        return self.said.text


DEFAULT_SETTINGS: Final = Settings()
_DEFAULT_HOURS: Final = WorkingHours()

_TIME_PATTERN: Final = re.compile(r"([0-9]{1,2}):([0-9]{2})")

# What parse_value returns: the value in Settings form (or its default) and what was wrong.
ParsedValue = tuple[object, list[SettingsProblem]]


def parse_settings(data: Mapping[str, object]) -> tuple[Settings, list[SettingsProblem]]:
    """Turn a parsed ``config.toml`` into Settings, replacing each bad value by its default.

    Never raises for bad content: a reminder with default settings is better than no reminder.
    Problems come in the order of DESIGN §4, then unknown keys in file order.
    """
    problems: list[SettingsProblem] = []
    changes: dict[str, Any] = {}
    for name in _FIELD_NAMES:
        if name in data:
            value, found = parse_value(name, data[name])
            changes[name] = value
            problems.extend(found)
    for key in data:
        if key not in _FIELD_NAMES:
            problems.append(_unknown_key(key))
    settings = dataclasses.replace(DEFAULT_SETTINGS, **changes)
    low, high = settings.interval_min_minutes, settings.interval_max_minutes
    if low > high:
        problems.append(_interval_order_problem(low, high, changes))
        settings = dataclasses.replace(
            settings,
            interval_min_minutes=DEFAULT_SETTINGS.interval_min_minutes,
            interval_max_minutes=DEFAULT_SETTINGS.interval_max_minutes,
        )
    return settings, problems


def parse_value(key: str, raw: object) -> ParsedValue:
    """Check one value on its own, as ``parse_settings`` would.

    ``key`` is a top-level key or ``working_hours.<name>``. Checks between keys (interval order,
    end after start) are not made here. The file layer uses this to tell whether a value in the
    file already means what is about to be saved, so that it leaves that text alone.
    """
    if key in INTEGER_RANGES:
        return _parse_integer(key, raw, INTEGER_RANGES[key])
    if key in CHOICES:
        return _parse_choice(key, raw, CHOICES[key])
    if key in BOOLEAN_KEYS:
        return _parse_boolean(key, raw, getattr(DEFAULT_SETTINGS, key))
    if key == "working_hours":
        return _parse_working_hours(raw)
    parse_part = _WORKING_HOURS_PARTS.get(key.removeprefix("working_hours."))
    if key.startswith("working_hours.") and parse_part is not None:
        return parse_part(raw)
    return None, [_unknown_key(key)]


def settings_to_document(settings: Settings) -> dict[str, object]:
    """The TOML-ready form: plain ints, strings, bools and one table, keys in DESIGN §4 order.

    The ``working_hours`` table comes last because TOML puts a table's keys after its header, so
    a writer that keeps dict order still produces a file that means the same.
    """
    document: dict[str, object] = {}
    for name in _FIELD_NAMES:
        if name != "working_hours":
            document[name] = getattr(settings, name)
    hours = settings.working_hours
    document["working_hours"] = {
        "enabled": hours.enabled,
        "start": format_time(hours.start),
        "end": format_time(hours.end),
        "days": [DAY_NAMES[day] for day in hours.days],
    }
    return document


def format_time(value: dt.time) -> str:
    return value.strftime("%H:%M")


_FIELD_NAMES: Final[tuple[str, ...]] = tuple(f.name for f in dataclasses.fields(Settings))


def _parse_integer(key: str, raw: object, allowed: IntegerRange) -> ParsedValue:
    default = getattr(DEFAULT_SETTINGS, key)
    value = _as_whole_number(raw)
    if value is not None and value in allowed:
        return value, []
    args = {"key": key, "value": _show(raw), "default": _show(default)}
    # One template per reason and kind of range: "0 (off) or ..." holds a word to translate.
    if value is None and allowed.zero_means_off:
        template = (
            "{key} = {value} is not a whole number (allowed 0 (off) or {range}); "
            "using the default {default}."
        )
    elif value is None:
        template = (
            "{key} = {value} is not a whole number (allowed {range}); using the default {default}."
        )
    elif allowed.zero_means_off:
        template = (
            "{key} = {value} is out of range (allowed 0 (off) or {range}); "
            "using the default {default}."
        )
    else:
        template = "{key} = {value} is out of range (allowed {range}); using the default {default}."
    low = 1 if allowed.zero_means_off else allowed.low
    said = Message.of(template, range=f"{low}{RANGE_DASH}{allowed.high}", **args)
    return default, [SettingsProblem(key, said)]


def _as_whole_number(raw: object) -> int | None:
    # bool is an int subclass, but "break_seconds = true" is a mistake, not 1 second.
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return int(raw)
    return None


def _parse_choice(key: str, raw: object, choices: tuple[str, ...]) -> ParsedValue:
    if isinstance(raw, str) and raw in choices:
        return raw, []
    default = getattr(DEFAULT_SETTINGS, key)
    said = Message.of(
        "{key} = {value} is not one of the choices (allowed {choices}); "
        "using the default {default}.",
        key=key,
        value=_show(raw),
        choices=", ".join(_show(c) for c in choices),
        default=_show(default),
    )
    return default, [SettingsProblem(key, said)]


def _parse_boolean(key: str, raw: object, default: bool) -> ParsedValue:
    if isinstance(raw, bool):
        return raw, []
    said = Message.of(
        "{key} = {value} is not true or false (allowed true, false); using the default {default}.",
        key=key,
        value=_show(raw),
        default=_show(default),
    )
    return default, [SettingsProblem(key, said)]


def _parse_working_hours(raw: object) -> ParsedValue:
    if not isinstance(raw, Mapping):
        return _DEFAULT_HOURS, [SettingsProblem("working_hours", _not_a_table(raw))]
    problems: list[SettingsProblem] = []
    changes: dict[str, Any] = {}
    for name, parse_part in _WORKING_HOURS_PARTS.items():
        if name in raw:
            changes[name], found = parse_part(raw[name])
            problems.extend(found)
    for name in raw:
        if name not in _WORKING_HOURS_PARTS:
            problems.append(_unknown_key(f"working_hours.{name}"))
    hours = dataclasses.replace(_DEFAULT_HOURS, **changes)
    if hours.end <= hours.start:
        said = Message.of(
            "working_hours.end = {end} is not after working_hours.start = {start} (allowed an "
            "end later the same day: working hours cannot cross midnight); using the defaults "
            "start {default_start} and end {default_end}.",
            end=_show(format_time(hours.end)),
            start=_show(format_time(hours.start)),
            default_start=_show(format_time(_DEFAULT_HOURS.start)),
            default_end=_show(format_time(_DEFAULT_HOURS.end)),
        )
        problems.append(SettingsProblem("working_hours.end", said))
        hours = dataclasses.replace(hours, start=_DEFAULT_HOURS.start, end=_DEFAULT_HOURS.end)
    return hours, problems


def _parse_enabled(raw: object) -> ParsedValue:
    return _parse_boolean("working_hours.enabled", raw, _DEFAULT_HOURS.enabled)


def _parse_start(raw: object) -> ParsedValue:
    return _parse_time("working_hours.start", raw, _DEFAULT_HOURS.start)


def _parse_end(raw: object) -> ParsedValue:
    return _parse_time("working_hours.end", raw, _DEFAULT_HOURS.end)


def _parse_time(key: str, raw: object, default: dt.time) -> ParsedValue:
    value = _as_time(raw)
    if value is not None:
        return value, []
    said = Message.of(
        '{key} = {value} is not a time of day (allowed "HH:MM" from "00:00" to "23:59"); '
        "using the default {default}.",
        key=key,
        value=_show(raw),
        default=_show(format_time(default)),
    )
    return default, [SettingsProblem(key, said)]


def _as_time(raw: object) -> dt.time | None:
    if isinstance(raw, dt.time):
        # A TOML local time (start = 09:00:00) is fine as long as it is a whole minute.
        if raw.tzinfo is None and raw.second == 0 and raw.microsecond == 0:
            return raw
        return None
    if not isinstance(raw, str):
        return None
    match = _TIME_PATTERN.fullmatch(raw.strip())
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def _parse_days(raw: object) -> ParsedValue:
    key = "working_hours.days"
    args: dict[str, str] = {
        "value": _show(raw),
        "days": ", ".join(_show(d) for d in DAY_NAMES),
        "default": _show([DAY_NAMES[d] for d in _DEFAULT_HOURS.days]),
    }
    if not isinstance(raw, Sequence) or isinstance(raw, (str, bytes)):
        said = Message.of(
            "working_hours.days = {value} is not a list of day names (allowed one or more of "
            "{days}); using the default {default}.",
            **args,
        )
        return _DEFAULT_HOURS.days, [SettingsProblem(key, said)]
    if not raw:
        said = Message.of(
            "working_hours.days = [] is empty, so working hours would never begin (allowed one "
            "or more of {days}); using the default {default}.",
            **args,
        )
        return _DEFAULT_HOURS.days, [SettingsProblem(key, said)]
    days: set[int] = set()
    unknown: list[object] = []
    for entry in raw:
        name = entry.strip().lower() if isinstance(entry, str) else None
        if name in DAY_NAMES:
            days.add(DAY_NAMES.index(name))
        else:
            unknown.append(entry)
    if unknown:
        names = ", ".join(_show(entry) for entry in unknown)
        if len(unknown) == 1:
            template = (
                "working_hours.days = {value} has an unknown day name {names} (allowed one or "
                "more of {days}); using the default {default}."
            )
        else:
            template = (
                "working_hours.days = {value} has unknown day names {names} (allowed one or "
                "more of {days}); using the default {default}."
            )
        return _DEFAULT_HOURS.days, [
            SettingsProblem(key, Message.of(template, names=names, **args))
        ]
    return tuple(sorted(days)), []


_WORKING_HOURS_PARTS: Final[Mapping[str, Callable[[object], ParsedValue]]] = {
    "enabled": _parse_enabled,
    "start": _parse_start,
    "end": _parse_end,
    "days": _parse_days,
}


def _interval_order_problem(low: int, high: int, changes: Mapping[str, Any]) -> SettingsProblem:
    # Which of the two the user wrote: the other one is named "(its default)".
    if "interval_max_minutes" not in changes:
        template = (
            "interval_min_minutes = {low} is more than interval_max_minutes = {high} (its "
            "default); the shortest interval cannot be longer than the longest, so using the "
            "defaults interval_min_minutes = {default_low} and interval_max_minutes = "
            "{default_high}."
        )
    elif "interval_min_minutes" not in changes:
        template = (
            "interval_min_minutes = {low} (its default) is more than interval_max_minutes = "
            "{high}; the shortest interval cannot be longer than the longest, so using the "
            "defaults interval_min_minutes = {default_low} and interval_max_minutes = "
            "{default_high}."
        )
    else:
        template = (
            "interval_min_minutes = {low} is more than interval_max_minutes = {high}; the "
            "shortest interval cannot be longer than the longest, so using the defaults "
            "interval_min_minutes = {default_low} and interval_max_minutes = {default_high}."
        )
    said = Message.of(
        template,
        low=low,
        high=high,
        default_low=DEFAULT_SETTINGS.interval_min_minutes,
        default_high=DEFAULT_SETTINGS.interval_max_minutes,
    )
    # Point at a key the user actually wrote, so a settings view can highlight it.
    key = "interval_min_minutes" if "interval_min_minutes" in changes else "interval_max_minutes"
    return SettingsProblem(key, said)


def _unknown_key(key: str) -> SettingsProblem:
    said = Message.of("unknown key {key} is kept in the file but ignored.", key=repr(key))
    return SettingsProblem(key, said)


def _not_a_table(raw: object) -> Message:
    hours = _DEFAULT_HOURS
    if hours.enabled:
        template = (
            "working_hours = {value} is not a table (allowed a [working_hours] table with "
            "enabled, start, end and days); using the default: on, {hours}, {days}."
        )
    else:
        template = (
            "working_hours = {value} is not a table (allowed a [working_hours] table with "
            "enabled, start, end and days); using the default: off, {hours}, {days}."
        )
    return Message.of(
        template,
        value=_show(raw),
        hours=f"{format_time(hours.start)}{RANGE_DASH}{format_time(hours.end)}",
        days=", ".join(DAY_NAMES[d] for d in hours.days),
    )


def _show(value: object) -> str:
    """A value as the user would have typed it in TOML, so a message quotes their own text."""
    text = _toml_spelling(value)
    if len(text) > _MAX_SHOWN_CHARS:
        return text[: _MAX_SHOWN_CHARS - 1] + "…"
    return text


def _toml_spelling(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        pairs = (
            f"{k} = {_toml_spelling(v)}" for k, v in cast(Mapping[object, object], value).items()
        )
        return "{" + ", ".join(pairs) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_spelling(v) for v in value) + "]"
    return repr(value)
