"""The user's settings as one typed, bounded value (DESIGN §4), and the one schema behind them.

Each key of ``config.toml`` is declared once, as a field of :class:`Settings` (or of the dataclass
of its table: :class:`WorkingHours` for ``[working_hours]``, :class:`ProgrammeSettings` for
``[programme]``): its type, bounds or choices, default and a one-line description. ``SCHEMA``
lists them, and everything else derives from it: the validation below and its messages, the
Settings window's controls (ranges, "off" at zero, Restore defaults), and the README's commented
config block (``config_example``; a test keeps README.md equal to it). A table is read, checked and
written by the same code as the top level, key by key, so a new table needs only its dataclass.

``config.toml`` is edited by hand, so every value in it may be wrong. Reading it never fails: a bad
value is replaced by its default and reported as a :class:`SettingsProblem` whose message names the
key, what is allowed and the default used, so the user can fix the file without reading the code.

What no key's bounds can say is a :class:`Rule`: the interval's order, working hours that end after
they start, at least one working day, at least one strength day while strength sessions are on.
``rule_problems`` is the one place they are decided; the file is read with it (a broken rule falls
back to the defaults of its keys) and the Settings window asks it while the user types, showing
the rule's own sentence.

Rules where DESIGN §4 is silent (the README should repeat them):

- A whole number may be written as an integral float (``30.0``); ``30.5`` and ``true`` are rejected.
- Choices and booleans are exact: ``"Stretch"`` and ``"yes"`` are rejected.
- ``interval_min_minutes`` may equal ``interval_max_minutes`` (a fixed interval). If it is larger,
  both fall back to their defaults: guessing which of the two the user meant would be worse.
- Working hours cannot cross midnight: ``end`` must be after ``start``, else both use the defaults.
  Times are ``"H:MM"`` or ``"HH:MM"`` strings or TOML local times in whole minutes. Day names are
  the first three letters in any case; repeats are ignored. Start, end and days are checked even
  while working hours are off, so turning them on later never meets a surprise.
- ``[programme]`` reads its times and days as ``[working_hours]`` does. ``strength_days`` may be
  empty only while ``strength`` is off (an empty list then means "no day chosen yet"); with
  ``strength`` on it falls back to its default. Equipment names are exact, like choices; repeats
  and order do not matter.
- Unknown keys, including unknown keys inside a table, are reported; the file layer keeps them in
  the file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, TypeVar, cast

from psoasbreak.core.exercises import ALTERNATE, setting_choices, shipped_library
from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: An ``exercise`` value: one of ``EXERCISE_CHOICES``.
Exercise = str
PromptStyle = Literal["auto", "window", "notification"]
#: What a key holds, which decides how it is read, checked, shown and documented.
Kind = Literal[
    "integer", "choice", "boolean", "time", "days", "table", "names", "equipment", "folder"
]

#: The ids of the exercise library (``resources/exercises.toml``), in its order, then
#: "alternate" and "random": a new exercise there is a new valid value here.
EXERCISE_CHOICES: Final[tuple[Exercise, ...]] = setting_choices(shipped_library())
PROMPT_STYLE_CHOICES: Final[tuple[PromptStyle, ...]] = ("auto", "window", "notification")
#: Index = ``datetime.date.weekday()`` (Monday = 0); these are the names used in the file.
DAY_NAMES: Final[tuple[str, ...]] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: What ``[programme] equipment`` may list (DESIGN §4), in the order the README names them.
EQUIPMENT_CHOICES: Final[tuple[str, ...]] = ("band", "dumbbells", "pull-up-bar", "foam-roller")

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
    #: The values of a choice key (or the names an equipment list may hold), in the order the
    #: window offers them.
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
        if self.kind == "equipment":
            return f"any of {', '.join(_show(name) for name in self.choices)}"
        if self.kind == "folder":
            return '"" (off) or a folder path, "~" for your home'
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


def _folder(about: str) -> Mapping[str, Any]:
    return _entry("folder", about)


def _equipment(about: str) -> Mapping[str, Any]:
    return _entry("equipment", about, choices=EQUIPMENT_CHOICES)


_Item = TypeVar("_Item", int, str)
#: The weekday numbers a days key holds (``datetime.date.weekday()``).
_WEEKDAYS: Final = range(len(DAY_NAMES))


def _sorted_once(
    values: tuple[_Item, ...], allowed: Container[_Item], what: str
) -> tuple[_Item, ...]:
    """``values`` in the one spelling of their set, so that equal settings compare equal whatever
    order the Settings window collected the ticks in. A value outside ``allowed`` is a bug in the
    caller (the file's values are checked before they get here): ``what`` names what is allowed."""
    spelled = tuple(sorted(set(values)))
    if any(value not in allowed for value in spelled):
        raise ValueError(f"{what}, not {values}")
    return spelled


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
        days = _sorted_once(self.days, _WEEKDAYS, "WorkingHours.days must be weekday numbers 0-6")
        object.__setattr__(self, "days", days)


@dataclass(frozen=True)
class ProgrammeSettings:
    """The opt-in programme (DESIGN §1): both kinds of session are off until the user turns them
    on, so the sit-break loop is unchanged for everyone who never opens ``[programme]``."""

    mobility: bool = field(
        default=False, metadata=_boolean("a short mobility routine every day at mobility_time")
    )
    mobility_time: dt.time = field(
        default=dt.time(9, 0), metadata=_time_of_day("local time of the mobility routine")
    )
    strength: bool = field(
        default=False,
        metadata=_boolean("a strength session on each of strength_days at strength_time"),
    )
    strength_days: tuple[int, ...] = field(
        default=(0, 2, 4),
        metadata=_days("the days with a strength session; at least one while strength is on"),
    )
    strength_time: dt.time = field(
        default=dt.time(12, 30), metadata=_time_of_day("local time of a strength session")
    )
    equipment: tuple[str, ...] = field(
        default=(),
        metadata=_equipment("what you have: an exercise that needs anything else is left out"),
    )

    def __post_init__(self) -> None:
        days = _sorted_once(
            self.strength_days, _WEEKDAYS, "ProgrammeSettings.strength_days must be 0-6"
        )
        equipment = _sorted_once(
            self.equipment,
            EQUIPMENT_CHOICES,
            f"ProgrammeSettings.equipment takes {EQUIPMENT_CHOICES}",
        )
        object.__setattr__(self, "strength_days", days)
        object.__setattr__(self, "equipment", equipment)

    @property
    def strength_target(self) -> int:
        """Strength sessions a week the user aims for: one per chosen day, 0 with strength off."""
        return len(self.strength_days) if self.strength else 0

    def schedule(self) -> dict[str, tuple[tuple[int, ...], dt.time]]:
        """The sessions that fall due, by kind: (weekdays, local time); mobility is daily."""
        sessions = {}
        if self.strength:
            sessions["strength"] = (self.strength_days, self.strength_time)
        if self.mobility:
            sessions["mobility"] = (tuple(_WEEKDAYS), self.mobility_time)
        return sessions


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
    sync_folder: str = field(
        default="",
        metadata=_folder(
            "a folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same on each "
            "machine: breaks and history are shared through it"
        ),
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
    programme: ProgrammeSettings = field(
        default_factory=ProgrammeSettings,
        metadata=_table("daily mobility and strength sessions; each is off until you turn it on"),
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
#: The top-level booleans (a table's, like ``working_hours.enabled``, are read with their table).
BOOLEAN_KEYS: Final[tuple[str, ...]] = tuple(
    key.name for key in SCHEMA if key.kind == "boolean" and "." not in key.name
)
#: The keys of the file's top level (under "") and of each table (under the table's key), by the
#: name they have there (``start`` for ``working_hours.start``): what one level of the file holds.
_LEVELS: Final[Mapping[str, Mapping[str, SettingKey]]] = {
    level: {
        key.name.rpartition(".")[2]: key for key in SCHEMA if key.name.rpartition(".")[0] == level
    }
    for level in ("", *(key.name for key in SCHEMA if key.kind == "table"))
}


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
STRENGTH_DAYS: Final = Rule(
    ("programme.strength_days",),
    QT_TRANSLATE_NOOP("Settings", "Choose at least one day for strength sessions."),
)
RULES: Final[tuple[Rule, ...]] = (INTERVAL_ORDER, HOURS_ORDER, WORKING_DAYS, STRENGTH_DAYS)


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
    # With strength off, no day chosen yet is fine: nothing would be scheduled anyway.
    if settings.programme.strength and not settings.programme.strength_days:
        found.append(_broken(STRENGTH_DAYS))
    return found


def _broken(rule: Rule, **values: str | int) -> RuleProblem:
    return RuleProblem(rule, Message.of(rule.template, **values))


DEFAULT_SETTINGS: Final = Settings()

_TIME_PATTERN: Final = re.compile(r"([0-9]{1,2}):([0-9]{2})")

# What parse_value returns: the value in Settings form (or its default) and what was wrong.
ParsedValue = tuple[object, list[SettingsProblem]]


def parse_settings(data: Mapping[str, object]) -> tuple[Settings, list[SettingsProblem]]:
    """Turn a parsed ``config.toml`` into Settings, replacing each bad value by its default.

    Never raises for bad content: a reminder with default settings is better than no reminder.
    Problems come in the order of DESIGN §4, then unknown keys in file order.
    """
    settings, problems = _read_level("", DEFAULT_SETTINGS, data)
    for broken in rule_problems(settings):
        settings, problem = _fall_back(broken.rule, settings, data)
        problems.append(problem)
    problems.sort(key=_place_in_design)
    return settings, problems


_Values = TypeVar("_Values", bound="DataclassInstance")


def _read_level(
    level: str, default: _Values, data: Mapping[str, object]
) -> tuple[_Values, list[SettingsProblem]]:
    """``data`` read as the file's top level (``level`` "") or as a table: each known key by its
    own parser, over ``default``; unknown keys reported under their full name."""
    keys = _LEVELS[level]
    problems: list[SettingsProblem] = []
    changes: dict[str, Any] = {}
    for name, key in keys.items():
        if name in data:
            changes[name], found = parse_value(key.name, data[name])
            problems.extend(found)
    problems += [
        _unknown_key(f"{level}.{name}" if level else name) for name in data if name not in keys
    ]
    return dataclasses.replace(default, **changes), problems


def check(settings: Settings) -> list[SettingsProblem]:
    """What reading ``settings`` back from ``config.toml`` would report: each value against its
    key's schema entry, then the rules. Empty when they can be saved as they are."""
    _, problems = parse_settings(settings_to_document(settings))
    return problems


def parse_value(key: str, raw: object) -> ParsedValue:
    """Check one value on its own, as ``parse_settings`` would.

    ``key`` is a top-level key, a table (``working_hours``) or a key in one
    (``programme.strength_days``). The rules (interval order, end after start, at least one day)
    are not checked here. The file layer uses this to tell whether a value in the file already
    means what is about to be saved, so that it leaves that text alone.
    """
    entry = KEYS.get(key)
    if entry is None:
        return None, [_unknown_key(key)]
    return _PARSERS[entry.kind](entry, raw)


def settings_to_document(settings: Settings) -> dict[str, object]:
    """The TOML-ready form: plain ints, strings, bools, lists and tables, in DESIGN §4 order
    except that the tables come last (``[working_hours]``, then ``[programme]``).

    The tables come last because TOML puts a table's keys after its header, so a writer that keeps
    dict order still produces a file that means the same.
    """
    return _level_to_document("", settings)


def _level_to_document(level: str, values: object) -> dict[str, object]:
    keys = sorted(_LEVELS[level].items(), key=lambda item: item[1].kind == "table")
    return {name: _in_file(key, getattr(values, name)) for name, key in keys}


def _in_file(key: SettingKey, value: object) -> object:
    """``value`` of ``key`` as the file spells it: TOML has no tuples, weekday numbers or times
    of day in the "HH:MM" form the README shows."""
    if key.kind == "table":
        return _level_to_document(key.name, value)
    if key.kind == "time":
        return format_time(cast(dt.time, value))
    if key.kind == "days":
        return [DAY_NAMES[day] for day in cast(tuple[int, ...], value)]
    return list(cast(tuple[object, ...], value)) if isinstance(value, tuple) else value


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
    reader says about it (naming the keys and the defaults used). ``written``: the file's top
    level, to tell a key the user wrote from one at its default."""
    if rule is INTERVAL_ORDER:
        problem = _interval_order_problem(
            settings.interval_min_minutes, settings.interval_max_minutes, written
        )
    elif rule is HOURS_ORDER:
        problem = _hours_order_problem(settings.working_hours)
    elif rule in (WORKING_DAYS, STRENGTH_DAYS):
        problem = _no_day_problem(rule)
    else:
        raise ValueError(f"no fallback for the rule on {', '.join(rule.keys)}")
    for key in rule.keys:
        table, _, name = key.rpartition(".")
        change: dict[str, Any] = {name: KEYS[key].default}
        if table:
            change = {table: dataclasses.replace(getattr(settings, table), **change)}
        settings = dataclasses.replace(settings, **change)
    return settings, problem


def _parse_integer(entry: SettingKey, raw: object) -> ParsedValue:
    key, default, allowed = entry.name, entry.default, INTEGER_RANGES[entry.name]
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
    return _use_default(entry, said)


def _as_whole_number(raw: object) -> int | None:
    # bool is an int subclass, but "break_seconds = true" is a mistake, not 1 second.
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer():
        return int(raw)
    return None


def _parse_choice(entry: SettingKey, raw: object) -> ParsedValue:
    key, default, choices = entry.name, entry.default, entry.choices
    if isinstance(raw, str) and raw in choices:
        return raw, []
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
    return _use_default(entry, said)


def _parse_boolean(entry: SettingKey, raw: object) -> ParsedValue:
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
        key=entry.name,
        value=_show(raw),
        default=_show(entry.default),
    )
    return _use_default(entry, said)


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


def _parse_names(entry: SettingKey, raw: object) -> ParsedValue:
    names = program_names(raw)
    if names is not None:
        return names, []
    key, default = entry.name, cast(tuple[str, ...], entry.default)
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
    return _use_default(entry, said)


#: Longer than any path Linux, macOS or Windows accepts: not a folder someone meant.
MAX_FOLDER_CHARS: Final = 4096


def _parse_folder(entry: SettingKey, raw: object) -> ParsedValue:
    """A folder path as written ("" is off); whether it exists is not a setting's question: a
    sync folder on an unmounted disk is still the user's choice, and the app waits for it."""
    if isinstance(raw, str) and len(raw) <= MAX_FOLDER_CHARS and "\0" not in raw:
        return raw.strip(), []
    said = Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                '{key} = {value} is not a folder path (allowed "" for off, or a path such as '
                '"~/Sync"); using the default {default}.',
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                '{key} = {value} is not a folder path (allowed "" for off, or a path such as '
                '"~/Sync").',
            ),
        ),
        key=entry.name,
        value=_show(raw),
        default=_show(entry.default),
    )
    return _use_default(entry, said)


def _parse_table(entry: SettingKey, raw: object) -> ParsedValue:
    # A table key's default is its dataclass (WorkingHours for [working_hours]), see _schema().
    default = cast("DataclassInstance", entry.default)
    if not isinstance(raw, Mapping):
        return _use_default(entry, _not_a_table(entry, raw))
    return _read_level(entry.name, default, cast(Mapping[str, object], raw))


def _parse_time(entry: SettingKey, raw: object) -> ParsedValue:
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
        key=entry.name,
        value=_show(raw),
        default=_show(_in_file(entry, entry.default)),
    )
    return _use_default(entry, said)


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


def _parse_days(entry: SettingKey, raw: object) -> ParsedValue:
    # An empty list is read as it is: a rule (WORKING_DAYS, STRENGTH_DAYS) says when it may be.
    listed = _listed(raw, _day_number)
    if listed is not None and not listed[1]:
        return tuple(sorted(set(listed[0]))), []
    args = {"key": entry.name, **_days_args(entry, raw)}
    if listed is None:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of day names (allowed one or more of {days}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of day names (allowed one or more of {days}).",
            ),
        )
    elif len(listed[1]) == 1:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has an unknown day name {names} (allowed one or more of "
                "{days}); using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has an unknown day name {names} (allowed one or more of {days}).",
            ),
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has unknown day names {names} (allowed one or more of {days}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has unknown day names {names} (allowed one or more of {days}).",
            ),
        )
    return _use_default(entry, Message.of(template, **args, **_unknown_names(listed)))


def _day_number(entry: object) -> int | None:
    # Day names are the first three letters in any case, as people write them.
    name = entry.strip().lower() if isinstance(entry, str) else ""
    return DAY_NAMES.index(name) if name in DAY_NAMES else None


def _days_args(entry: SettingKey, raw: object) -> dict[str, str]:
    return {
        "value": _show(raw),
        "days": ", ".join(_show(d) for d in DAY_NAMES),
        "default": _show(_in_file(entry, entry.default)),
    }


def _parse_equipment(entry: SettingKey, raw: object) -> ParsedValue:
    choices = entry.choices
    listed = _listed(raw, lambda name: name if isinstance(name, str) and name in choices else None)
    if listed is not None and not listed[1]:
        return tuple(sorted(set(listed[0]))), []
    args = {
        "key": entry.name,
        "value": _show(raw),
        "choices": ", ".join(_show(choice) for choice in choices),
        "default": _show(_in_file(entry, entry.default)),
    }
    if listed is None:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of equipment names (allowed any of {choices}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a list of equipment names (allowed any of {choices}).",
            ),
        )
    elif len(listed[1]) == 1:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has an unknown equipment name {names} (allowed any of "
                "{choices}); using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has an unknown equipment name {names} (allowed any of {choices}).",
            ),
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has unknown equipment names {names} (allowed any of {choices}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} has unknown equipment names {names} (allowed any of {choices}).",
            ),
        )
    return _use_default(entry, Message.of(template, **args, **_unknown_names(listed)))


def _listed(
    raw: object, read: Callable[[object], _Item | None]
) -> tuple[list[_Item], list[object]] | None:
    """The entries of a list that ``read`` knows, and those it does not; None when ``raw`` is not
    a list at all (a lone ``"mon"`` is a mistake, not a list of one)."""
    if not isinstance(raw, (list, tuple)):
        return None
    known: list[_Item] = []
    unknown: list[object] = []
    for entry in cast(Sequence[object], raw):
        value = read(entry)
        if value is None:
            unknown.append(entry)
        else:
            known.append(value)
    return known, unknown


def _unknown_names(listed: tuple[object, list[object]] | None) -> dict[str, str]:
    """The ``names`` a message about a list quotes: the entries ``_listed`` did not know."""
    return {} if listed is None else {"names": ", ".join(_show(name) for name in listed[1])}


def _use_default(entry: SettingKey, said: Message) -> ParsedValue:
    """What every parser returns for a bad value: the key's default, and the sentence saying so."""
    return entry.default, [SettingsProblem(entry.name, said)]


_PARSERS: Final[Mapping[Kind, Callable[[SettingKey, object], ParsedValue]]] = {
    "integer": _parse_integer,
    "choice": _parse_choice,
    "boolean": _parse_boolean,
    "time": _parse_time,
    "days": _parse_days,
    "table": _parse_table,
    "names": _parse_names,
    "equipment": _parse_equipment,
    "folder": _parse_folder,
}


def _interval_order_problem(low: int, high: int, written: Mapping[str, object]) -> SettingsProblem:
    # Which of the two the user wrote: the other one is named "(its default)".
    if "interval_max_minutes" not in written:
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
    elif "interval_min_minutes" not in written:
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
    key = "interval_min_minutes" if "interval_min_minutes" in written else "interval_max_minutes"
    return SettingsProblem(key, said)


def _hours_order_problem(hours: WorkingHours) -> SettingsProblem:
    default = DEFAULT_SETTINGS.working_hours
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
        default_start=_show(format_time(default.start)),
        default_end=_show(format_time(default.end)),
    )
    return SettingsProblem("working_hours.end", said)


def _no_day_problem(rule: Rule) -> SettingsProblem:
    """What the file reader says when a days key of ``rule`` (WORKING_DAYS, STRENGTH_DAYS) is
    an empty list it may not be."""
    if rule is WORKING_DAYS:
        template = refusable(
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
        )
    else:
        template = refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "programme.strength_days = [] is empty while programme.strength = true, so no "
                "strength session would ever come (allowed one or more of {days}); using the "
                "default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "programme.strength_days = [] is empty while programme.strength = true, so no "
                "strength session would ever come (allowed one or more of {days}).",
            ),
        )
    [key] = rule.keys
    return SettingsProblem(key, Message.of(template, **_days_args(KEYS[key], [])))


def _unknown_key(key: str) -> SettingsProblem:
    said = Message.of(
        QT_TRANSLATE_NOOP("Notices", "unknown key {key} is kept in the file but ignored."),
        key=repr(key),
    )
    return SettingsProblem(key, said)


def _not_a_table(entry: SettingKey, raw: object) -> Message:
    # The default is spelled out whole, not cut like a user's value: it is ours, and short.
    return Message.of(
        refusable(
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}); "
                "using the default {default}.",
            ),
            QT_TRANSLATE_NOOP(
                "Notices",
                "{key} = {value} is not a table (allowed a [{key}] table with the keys {keys}).",
            ),
        ),
        key=entry.name,
        value=_show(raw),
        keys=", ".join(_LEVELS[entry.name]),
        default=_toml_spelling(_in_file(entry, entry.default)),
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
