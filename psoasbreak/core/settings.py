"""The user's settings as one typed, bounded value (DESIGN §4), and the one schema behind them.

Each key of ``config.toml`` is declared once, as a field of :class:`Settings` (or of
:class:`WorkingHours` for the ``[working_hours]`` table): its type, bounds or choices, default and a
one-line description. ``SCHEMA`` lists them, and everything else derives from it: the validation
below and its messages, the Settings window's controls (ranges, "off" at zero, Restore defaults),
and the README's commented config block (``config_example``; a test keeps README.md equal to it).

``config.toml`` is edited by hand, so every value in it may be wrong. Reading it never fails: a bad
value is replaced by its default and reported as a :class:`SettingsProblem` whose message names the
key, what is allowed and the default used, so the user can fix the file without reading the code.

What no key's bounds can say is a :class:`Rule`: the interval's order, working hours that end after
they start, at least one working day. ``rule_problems`` is the one place they are decided; the file
is read with it (a broken rule falls back to the defaults of its keys) and the Settings window asks
it while the user types, showing the rule's own sentence.

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

from psoasbreak.core.exercises import ALTERNATE, setting_choices, shipped_library
from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message

#: An ``exercise`` value: one of ``EXERCISE_CHOICES``.
Exercise = str
PromptStyle = Literal["auto", "window", "notification"]
#: What a key holds, which decides how it is read, checked, shown and documented.
Kind = Literal["integer", "choice", "boolean", "time", "days", "table", "names"]

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
_SCHEMA_ENTRY: Final = "psoasbreak.setting"  # the key of a field's schema entry in its metadata
_COMMENT_COLUMN: Final = 30  # where the README's config block starts its comments


@dataclass(frozen=True)
class IntegerRange:
    """Inclusive bounds of a whole-number setting.

    Validation and the settings dialog's spin boxes read the same object, so they cannot disagree.
    """

    low: int
    high: int
    zero_means_off: bool = False
    #: What 0 means, in the README's and DESIGN's words: "off", or "no limit" for a limit.
    zero_word: str = "off"

    def __contains__(self, value: object) -> bool:
        return isinstance(value, int) and self.low <= value <= self.high

    def describe(self) -> str:
        if self.zero_means_off:
            return f"0 ({self.zero_word}) or 1{RANGE_DASH}{self.high}"
        return f"{self.low}{RANGE_DASH}{self.high}"


@dataclass(frozen=True)
class SettingKey:
    """One key of ``config.toml``: what the file, the Settings window and the README know of it."""

    #: As written in the file: ``break_seconds``, ``working_hours.start``.
    name: str
    kind: Kind
    #: In Settings form (a ``datetime.time``, weekday numbers), as ``DEFAULT_SETTINGS`` holds it.
    default: object
    #: One line in the user's words: the README's comment on the key, after what is allowed.
    about: str
    #: The bounds of an integer key.
    allowed: IntegerRange | None = None
    #: The values of a choice key, in the order the window offers them.
    choices: tuple[str, ...] = ()
    #: A few words the README puts after some of the choices: (choice, words).
    notes: tuple[tuple[str, str], ...] = ()

    def allowed_text(self) -> str:
        """What the file accepts, as the README's comment says it ("" when ``about`` says all)."""
        if self.allowed is not None:
            return self.allowed.describe()
        if self.kind == "choice":
            notes = dict(self.notes)
            shown = [f'"{c}" ({notes[c]})' if c in notes else f'"{c}"' for c in self.choices]
            return f"{', '.join(shown[:-1])} or {shown[-1]}"
        if self.kind == "time":
            return '"HH:MM"'
        if self.kind == "days":
            return f'one or more of "{DAY_NAMES[0]}" … "{DAY_NAMES[-1]}"'
        if self.kind == "names":
            return 'program names, e.g. ["zoom", "obs"]'
        return ""


def _entry(kind: Kind, about: str, **more: Any) -> Mapping[str, SettingKey]:
    # A field's metadata. The name and the default are filled in by _schema(), from the field.
    return {_SCHEMA_ENTRY: SettingKey("", kind, None, about, **more)}


def _integer(
    low: int, high: int, about: str, *, zero_means_off: bool = False, zero_word: str = "off"
) -> Mapping[str, Any]:
    return _entry("integer", about, allowed=IntegerRange(low, high, zero_means_off, zero_word))


def _choice(
    choices: tuple[str, ...], about: str, notes: tuple[tuple[str, str], ...] = ()
) -> Mapping[str, Any]:
    return _entry("choice", about, choices=choices, notes=notes)


def _boolean(about: str) -> Mapping[str, Any]:
    return _entry("boolean", about)


def _time_of_day(about: str) -> Mapping[str, Any]:
    return _entry("time", about)


def _days(about: str) -> Mapping[str, Any]:
    return _entry("days", about)


def _table(about: str) -> Mapping[str, Any]:
    return _entry("table", about)


def _names(about: str) -> Mapping[str, Any]:
    return _entry("names", about)


@dataclass(frozen=True)
class WorkingHours:
    """When breaks may be proposed; with ``enabled`` false, breaks are proposed at any hour."""

    enabled: bool = field(default=False, metadata=_boolean("whether the hours below apply"))
    start: dt.time = field(default=dt.time(9, 0), metadata=_time_of_day("local time"))
    end: dt.time = field(
        default=dt.time(17, 0),
        metadata=_time_of_day("later the same day: a period cannot cross midnight"),
    )
    days: tuple[int, ...] = field(
        default=(0, 1, 2, 3, 4), metadata=_days("the days that have working hours")
    )

    def __post_init__(self) -> None:
        # One spelling per set of days, so equal settings compare equal whatever order the
        # settings dialog collected the ticks in.
        days = tuple(sorted(set(self.days)))
        if any(not 0 <= day <= 6 for day in days):
            raise ValueError(f"WorkingHours.days must be weekday numbers 0-6, not {self.days}")
        object.__setattr__(self, "days", days)


@dataclass(frozen=True)
class Settings:
    """Every key of DESIGN §4 with its type, bounds, default and description: the schema itself,
    and the only form of settings the app passes around."""

    interval_min_minutes: int = field(
        default=30,
        metadata=_integer(
            1, 240, "the shortest wait between breaks, not more than interval_max_minutes"
        ),
    )
    interval_max_minutes: int = field(
        default=45,
        metadata=_integer(
            1,
            240,
            "the longest: each break is a random draw in this range after the last one ended",
        ),
    )
    break_seconds: int = field(default=60, metadata=_integer(20, 600, "how long a break lasts"))
    exercise: Exercise = field(
        default=ALTERNATE,
        metadata=_choice(EXERCISE_CHOICES, "what a break proposes", ((ALTERNATE, "each in turn"),)),
    )
    snooze_minutes: int = field(
        default=5, metadata=_integer(1, 60, "how long Snooze puts a break off")
    )
    prompt_style: PromptStyle = field(
        default="auto",
        metadata=_choice(
            PROMPT_STYLE_CHOICES,
            "how a due break asks you",
            (("auto", "a notification on Wayland, else the window"),),
        ),
    )
    prompt_timeout_minutes: int = field(
        default=5, metadata=_integer(1, 60, "an unanswered prompt is then recorded as missed")
    )
    idle_reset_minutes: int = field(
        default=5,
        metadata=_integer(
            0,
            120,
            "this long without keyboard or pointer input counts as a break taken",
            zero_means_off=True,
        ),
    )
    daily_goal: int = field(
        default=6, metadata=_integer(1, 50, "breaks taken (completed + natural) a day")
    )
    breath_in_seconds: int = field(
        default=4, metadata=_integer(2, 10, "the breathing pace: seconds in")
    )
    breath_out_seconds: int = field(
        default=6, metadata=_integer(2, 10, "the breathing pace: seconds out")
    )
    working_hours: WorkingHours = field(
        default_factory=WorkingHours,
        metadata=_table("prompts come only on these days, from start to end"),
    )
    sound: bool = field(
        default=True,
        metadata=_boolean("short, quiet cues at the stretch's switch and at a break's end"),
    )
    autostart: bool = field(default=False, metadata=_boolean("start psoasbreak when you log in"))
    quiet_apps: tuple[str, ...] = field(
        default=(),
        metadata=_names("a due break waits while one of them runs"),
    )
    max_skips_per_day: int = field(
        default=0,
        metadata=_integer(
            0,
            50,
            "after this many skipped breaks in a day, the prompt offers Snooze instead of Skip",
            zero_means_off=True,
            zero_word="no limit",
        ),
    )
    max_snoozes_per_break: int = field(
        default=0,
        metadata=_integer(
            0,
            50,
            "after this many snoozes of one break, the prompt no longer offers Snooze",
            zero_means_off=True,
            zero_word="no limit",
        ),
    )


def _schema() -> tuple[SettingKey, ...]:
    keys: list[SettingKey] = []
    for top in dataclasses.fields(Settings):
        key = _declared(top, top.name)
        keys.append(key)
        if key.kind == "table":
            # A table's keys are the fields of its default (WorkingHours for [working_hours]).
            table = key.default
            if not dataclasses.is_dataclass(table):
                raise TypeError(f"the default of table {key.name} is not a dataclass")
            keys += [
                _declared(part, f"{key.name}.{part.name}") for part in dataclasses.fields(table)
            ]
    return tuple(keys)


def _declared(declared: dataclasses.Field[Any], name: str) -> SettingKey:
    entry = declared.metadata.get(_SCHEMA_ENTRY)
    if not isinstance(entry, SettingKey):
        raise TypeError(f"setting {name} is declared without its schema entry (_integer() & co.)")
    if declared.default is not dataclasses.MISSING:
        default: object = declared.default
    elif declared.default_factory is not dataclasses.MISSING:
        default = declared.default_factory()
    else:
        raise TypeError(f"setting {name} has no default")
    return dataclasses.replace(entry, name=name, default=default)


#: Every key, in DESIGN §4 order; a table's keys (``working_hours.start``) follow the table's own.
SCHEMA: Final[tuple[SettingKey, ...]] = _schema()
KEYS: Final[Mapping[str, SettingKey]] = {key.name: key for key in SCHEMA}

INTEGER_RANGES: Final[Mapping[str, IntegerRange]] = {
    key.name: key.allowed for key in SCHEMA if key.allowed is not None
}
CHOICES: Final[Mapping[str, tuple[str, ...]]] = {
    key.name: key.choices for key in SCHEMA if key.kind == "choice"
}
#: The top-level booleans (``working_hours.enabled`` is read with its table).
BOOLEAN_KEYS: Final[tuple[str, ...]] = tuple(
    key.name for key in SCHEMA if key.kind == "boolean" and "." not in key.name
)


@dataclass(frozen=True)
class SettingsProblem:
    """One thing wrong in the file. ``message`` is a full sentence meant for the user as it is;
    ``said`` is the same sentence as a template and its values, for the tray to translate."""

    key: str
    said: Message

    @property
    def message(self) -> str:
        return self.said.text


def refusable(template: str, refused: str) -> str:
    """``template``: a problem's sentence that says which default is used instead.

    ``refused`` is the same sentence without that clause, as a refused edit of the file says it
    (no default is used then). ``storage/settings_store.refused`` cuts it from ``template`` at run
    time; it is written out here only so that lupdate marks it for translation beside its template
    (a test checks that the cut gives exactly this text).
    """
    return template


@dataclass(frozen=True)
class Rule:
    """What no key's bounds can say: an order between two keys, or a list that may not be empty."""

    keys: tuple[str, ...]
    #: The sentence the Settings window shows while the rule is broken: a template filled in by
    #: ``rule_problems``, marked for lupdate in the window's own context, "Settings"
    #: (``ui/settings_dialog.rule_text`` translates it there).
    template: str


INTERVAL_ORDER: Final = Rule(
    ("interval_min_minutes", "interval_max_minutes"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "The shortest interval ({low} min) is longer than the longest ({high} min). "
        "Make the first number no larger than the second.",
    ),
)
HOURS_ORDER: Final = Rule(
    ("working_hours.start", "working_hours.end"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Working hours must end after they start ({end} is not after {start}); "
        "they cannot run past midnight.",
    ),
)
WORKING_DAYS: Final = Rule(
    ("working_hours.days",), QT_TRANSLATE_NOOP("Settings", "Choose at least one working day.")
)
RULES: Final[tuple[Rule, ...]] = (INTERVAL_ORDER, HOURS_ORDER, WORKING_DAYS)


@dataclass(frozen=True)
class RuleProblem:
    """A rule that ``settings`` break, and what the Settings window says about it."""

    rule: Rule
    said: Message


def rule_problems(settings: Settings) -> list[RuleProblem]:
    """The rules that ``settings`` break, in ``RULES`` order: the one place they are decided.

    Reading the file asks this (and falls back to the defaults of a broken rule's keys); so does
    the Settings window, which keeps OK off while the list is not empty.
    """
    found: list[RuleProblem] = []
    low, high = settings.interval_min_minutes, settings.interval_max_minutes
    if low > high:
        found.append(_broken(INTERVAL_ORDER, low=low, high=high))
    hours = settings.working_hours
    if hours.end <= hours.start:
        found.append(
            _broken(HOURS_ORDER, end=format_time(hours.end), start=format_time(hours.start))
        )
    if not hours.days:
        found.append(_broken(WORKING_DAYS))
    return found


def _broken(rule: Rule, **values: str | int) -> RuleProblem:
    return RuleProblem(rule, Message.of(rule.template, **values))


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
    for broken in rule_problems(settings):
        settings, problem = _fall_back(broken.rule, settings, changes)
        problems.append(problem)
    problems.sort(key=_place_in_design)
    return settings, problems


def check(settings: Settings) -> list[SettingsProblem]:
    """What reading ``settings`` back from ``config.toml`` would report: each value against its
    key's schema entry, then the rules. Empty when they can be saved as they are."""
    _, problems = parse_settings(settings_to_document(settings))
    return problems


def parse_value(key: str, raw: object) -> ParsedValue:
    """Check one value on its own, as ``parse_settings`` would.

    ``key`` is a top-level key or ``working_hours.<name>``. The rules (interval order, end after
    start, at least one day) are not checked here. The file layer uses this to tell whether a
    value in the file already means what is about to be saved, so that it leaves that text alone.
    """
    entry = KEYS.get(key)
    if entry is None:
        return None, [_unknown_key(key)]
    if entry.allowed is not None:
        return _parse_integer(key, raw, entry.allowed)
    if entry.kind == "choice":
        return _parse_choice(key, raw, entry.choices)
    if entry.kind == "boolean":
        return _parse_boolean(key, raw, entry.default)
    if entry.kind == "table":
        return _parse_working_hours(raw)
    if entry.kind == "names":
        return _parse_names(key, raw)
    return _WORKING_HOURS_PARTS[key.removeprefix("working_hours.")](raw)


def settings_to_document(settings: Settings) -> dict[str, object]:
    """The TOML-ready form: plain ints, strings, bools and one table, keys in DESIGN §4 order.

    The ``working_hours`` table comes last because TOML puts a table's keys after its header, so
    a writer that keeps dict order still produces a file that means the same.
    """
    document: dict[str, object] = {}
    for name in _FIELD_NAMES:
        if name != "working_hours":
            value = getattr(settings, name)
            document[name] = list(value) if isinstance(value, tuple) else value
    document["working_hours"] = working_hours_to_document(settings.working_hours)
    return document


def working_hours_to_document(hours: WorkingHours) -> dict[str, object]:
    """The ``[working_hours]`` table of ``settings_to_document``."""
    return {
        "enabled": hours.enabled,
        "start": format_time(hours.start),
        "end": format_time(hours.end),
        "days": [DAY_NAMES[day] for day in hours.days],
    }


def format_time(value: dt.time) -> str:
    return value.strftime("%H:%M")


def config_example() -> str:
    """The README's config block: every key with its default, then what is allowed and what it
    does, as ``SCHEMA`` says. README.md holds exactly this text (a test compares them)."""
    document = settings_to_document(DEFAULT_SETTINGS)
    lines: list[str] = []
    tables: list[str] = []
    for key in SCHEMA:
        table, _, part = key.name.rpartition(".")
        if key.kind == "table":
            tables += ["", _commented(f"[{key.name}]", key)]
        elif table:
            value = cast(Mapping[str, object], document[table])[part]
            tables.append(_commented(f"{part} = {_toml_spelling(value)}", key))
        else:
            lines.append(_commented(f"{key.name} = {_toml_spelling(document[key.name])}", key))
    return "\n".join([*lines, *tables]) + "\n"


def _commented(line: str, key: SettingKey) -> str:
    comment = "; ".join(part for part in (key.allowed_text(), key.about) if part)
    return f"{line.ljust(_COMMENT_COLUMN - 2)}  # {comment}"


_FIELD_NAMES: Final[tuple[str, ...]] = tuple(f.name for f in dataclasses.fields(Settings))


def _place_in_design(problem: SettingsProblem) -> int:
    # A problem inside [working_hours] goes with the table; an unknown key after every known one.
    top = problem.key.split(".")[0]
    return _FIELD_NAMES.index(top) if top in _FIELD_NAMES else len(_FIELD_NAMES)


def _fall_back(
    rule: Rule, settings: Settings, written: Mapping[str, object]
) -> tuple[Settings, SettingsProblem]:
    """``settings`` with the keys of the broken ``rule`` at their defaults, and what the file
    reader says about it (naming the keys and the defaults used)."""
    hours = settings.working_hours
    if rule is INTERVAL_ORDER:
        problem = _interval_order_problem(
            settings.interval_min_minutes, settings.interval_max_minutes, written
        )
        return dataclasses.replace(
            settings,
            interval_min_minutes=DEFAULT_SETTINGS.interval_min_minutes,
            interval_max_minutes=DEFAULT_SETTINGS.interval_max_minutes,
        ), problem
    if rule is HOURS_ORDER:
        hours = dataclasses.replace(hours, start=_DEFAULT_HOURS.start, end=_DEFAULT_HOURS.end)
        problem = _hours_order_problem(settings.working_hours)
    elif rule is WORKING_DAYS:
        hours = dataclasses.replace(hours, days=_DEFAULT_HOURS.days)
        problem = _no_day_problem()
    else:
        raise ValueError(f"no fallback for the rule on {', '.join(rule.keys)}")
    return dataclasses.replace(settings, working_hours=hours), problem


def _parse_integer(key: str, raw: object, allowed: IntegerRange) -> ParsedValue:
    default = getattr(DEFAULT_SETTINGS, key)
    value = _as_whole_number(raw)
    if value is not None and value in allowed:
        return value, []
    args = {"key": key, "value": _show(raw), "default": _show(default)}
    # One template per reason and kind of range: "0 (off) or ..." holds a word to translate.
    no_limit = allowed.zero_means_off and allowed.zero_word == "no limit"
    if value is None and no_limit:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed 0 (no limit) or {range}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed 0 (no limit) or {range}).",
            ),
        )
    elif no_limit:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed 0 (no limit) or {range}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed 0 (no limit) or {range}).",
            ),
        )
    elif value is None and allowed.zero_means_off:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed 0 (off) or {range}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed 0 (off) or {range}).",
            ),
        )
    elif value is None:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed {range}); using the default "
                "{default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a whole number (allowed {range}).",
            ),
        )
    elif allowed.zero_means_off:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed 0 (off) or {range}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed 0 (off) or {range}).",
            ),
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed {range}); using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is out of range (allowed {range}).",
            ),
        )
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
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not one of the choices (allowed {choices}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not one of the choices (allowed {choices}).",
            ),
        ),
        key=key,
        value=_show(raw),
        choices=", ".join(_show(c) for c in choices),
        default=_show(default),
    )
    return default, [SettingsProblem(key, said)]


def _parse_boolean(key: str, raw: object, default: object) -> ParsedValue:
    if isinstance(raw, bool):
        return raw, []
    said = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not true or false (allowed true, false); using the default "
                "{default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not true or false (allowed true, false).",
            ),
        ),
        key=key,
        value=_show(raw),
        default=_show(default),
    )
    return default, [SettingsProblem(key, said)]


#: A program name longer than this is not a program's name (Linux's limit is 255 bytes).
MAX_PROGRAM_NAME: Final = 255


def program_names(raw: object) -> tuple[str, ...] | None:
    """``raw`` as a list of program names (trimmed, each once whatever its case, in the order
    given), or None when it is not one: a name is a non-empty string without a path separator,
    since it is matched against an executable's own name, not where it lives."""
    if not isinstance(raw, (list, tuple)):
        return None
    names: list[str] = []
    seen: set[str] = set()
    for entry in cast(Sequence[object], raw):
        if not isinstance(entry, str):
            return None
        name = entry.strip()
        if not name or len(name) > MAX_PROGRAM_NAME or any(c in name for c in "/\\\0"):
            return None
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return tuple(names)


def _parse_names(key: str, raw: object) -> ParsedValue:
    names = program_names(raw)
    if names is not None:
        return names, []
    default = getattr(DEFAULT_SETTINGS, key)
    said = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of program names (allowed a list such as "
                '["zoom", "obs"], each a program\'s name without its folder); using the '
                "default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of program names (allowed a list such as "
                '["zoom", "obs"], each a program\'s name without its folder).',
            ),
        ),
        key=key,
        value=_show(raw),
        default=_show(list(default)),
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
    return dataclasses.replace(_DEFAULT_HOURS, **changes), problems


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
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                '{key} = {value} is not a time of day (allowed "HH:MM" from "00:00" to "23:59"); '
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                '{key} = {value} is not a time of day (allowed "HH:MM" from "00:00" to "23:59").',
            ),
        ),
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
    # An empty list is read as it is: WORKING_DAYS, a rule, refuses it.
    key = "working_hours.days"
    args = _days_args(raw)
    if not isinstance(raw, Sequence) or isinstance(raw, (str, bytes)):
        said = Message.of(
            refusable(
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} is not a list of day names (allowed one or more "
                    "of {days}); using the default {default}.",
                ),
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} is not a list of day names (allowed one or more "
                    "of {days}).",
                ),
            ),
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
            template = refusable(
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} has an unknown day name {names} (allowed one or "
                    "more of {days}); using the default {default}.",
                ),
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} has an unknown day name {names} (allowed one or "
                    "more of {days}).",
                ),
            )
        else:
            template = refusable(
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} has unknown day names {names} (allowed one or "
                    "more of {days}); using the default {default}.",
                ),
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "working_hours.days = {value} has unknown day names {names} (allowed one or "
                    "more of {days}).",
                ),
            )
        return _DEFAULT_HOURS.days, [
            SettingsProblem(key, Message.of(template, names=names, **args))
        ]
    return tuple(sorted(days)), []


def _days_args(raw: object) -> dict[str, str]:
    return {
        "value": _show(raw),
        "days": ", ".join(_show(d) for d in DAY_NAMES),
        "default": _show([DAY_NAMES[d] for d in _DEFAULT_HOURS.days]),
    }


_WORKING_HOURS_PARTS: Final[Mapping[str, Callable[[object], ParsedValue]]] = {
    "enabled": _parse_enabled,
    "start": _parse_start,
    "end": _parse_end,
    "days": _parse_days,
}


def _interval_order_problem(low: int, high: int, changes: Mapping[str, Any]) -> SettingsProblem:
    # Which of the two the user wrote: the other one is named "(its default)".
    if "interval_max_minutes" not in changes:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} is more than interval_max_minutes = {high} (its "
                "default); the shortest interval cannot be longer than the longest, so using the "
                "defaults interval_min_minutes = {default_low} and interval_max_minutes = "
                "{default_high}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} is more than interval_max_minutes = {high} (its "
                "default); the shortest interval cannot be longer than the longest.",
            ),
        )
    elif "interval_min_minutes" not in changes:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} (its default) is more than interval_max_minutes = "
                "{high}; the shortest interval cannot be longer than the longest, so using the "
                "defaults interval_min_minutes = {default_low} and interval_max_minutes = "
                "{default_high}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} (its default) is more than interval_max_minutes = "
                "{high}; the shortest interval cannot be longer than the longest.",
            ),
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} is more than interval_max_minutes = {high}; the "
                "shortest interval cannot be longer than the longest, so using the defaults "
                "interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "interval_min_minutes = {low} is more than interval_max_minutes = {high}; the "
                "shortest interval cannot be longer than the longest.",
            ),
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


def _hours_order_problem(hours: WorkingHours) -> SettingsProblem:
    said = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours.end = {end} is not after working_hours.start = {start} (allowed an "
                "end later the same day: working hours cannot cross midnight); using the defaults "
                "start {default_start} and end {default_end}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours.end = {end} is not after working_hours.start = {start} (allowed an "
                "end later the same day: working hours cannot cross midnight).",
            ),
        ),
        end=_show(format_time(hours.end)),
        start=_show(format_time(hours.start)),
        default_start=_show(format_time(_DEFAULT_HOURS.start)),
        default_end=_show(format_time(_DEFAULT_HOURS.end)),
    )
    return SettingsProblem("working_hours.end", said)


def _no_day_problem() -> SettingsProblem:
    said = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours.days = [] is empty, so working hours would never begin (allowed one "
                "or more of {days}); using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours.days = [] is empty, so working hours would never begin (allowed one "
                "or more of {days}).",
            ),
        ),
        **_days_args([]),
    )
    return SettingsProblem("working_hours.days", said)


def _unknown_key(key: str) -> SettingsProblem:
    said = Message.of(
        QT_TRANSLATE_NOOP("Notices", "unknown key {key} is kept in the file but ignored."),
        key=repr(key),
    )
    return SettingsProblem(key, said)


def _not_a_table(raw: object) -> Message:
    hours = _DEFAULT_HOURS
    if hours.enabled:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours = {value} is not a table (allowed a [working_hours] table with "
                "enabled, start, end and days); using the default: on, {hours}, {days}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours = {value} is not a table (allowed a [working_hours] table with "
                "enabled, start, end and days).",
            ),
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours = {value} is not a table (allowed a [working_hours] table with "
                "enabled, start, end and days); using the default: off, {hours}, {days}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "working_hours = {value} is not a table (allowed a [working_hours] table with "
                "enabled, start, end and days).",
            ),
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
