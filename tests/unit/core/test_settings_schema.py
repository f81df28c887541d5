"""The one settings schema (issue "One decision-maker"): each key once, with its type, bounds,
default and description, and what derives from it: the Settings defaults, the README's config
block, DESIGN §4's table; and the rules between keys, decided once for the file and the window.

The Settings window's side (its ranges, its rule sentences) is in tests/qt/test_settings_dialog.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.core.settings import (
    DAY_NAMES,
    DEFAULT_SETTINGS,
    HOURS_ORDER,
    INTEGER_RANGES,
    INTERVAL_ORDER,
    KEYS,
    SCHEMA,
    STRENGTH_DAYS,
    WORKING_DAYS,
    ProgrammeSettings,
    Settings,
    WorkingHours,
    check,
    config_example,
    parse_settings,
    parse_value,
    rule_problems,
    settings_to_document,
)
from tests.needs import unavailable
from tests.unit.core.test_settings import integer_in, settings_values, times_of_day

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

ROOT = Path(__file__).resolve().parents[3]
README = ROOT / "README.md"
#: DESIGN.md sits next to the repository in the team's workspace, not inside it.
DESIGN = ROOT.parent / "shared" / "DESIGN.md"
TOML_BLOCK = re.compile(r"^## Settings\n.*?^```toml\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def readme_block() -> str:
    found = TOML_BLOCK.search(README.read_text("utf-8"))
    assert found is not None, "README.md's Settings section has no ```toml block"
    return found[1]


def readme_lines() -> dict[str, str]:
    """The README block's lines by key ("working_hours.start"), as a reader finds them."""
    lines: dict[str, str] = {}
    table = ""
    for line in readme_block().splitlines():
        header = re.match(r"\[(\w+)\]", line)
        if header:
            table = header[1]
            lines[table] = line
        elif " = " in line:
            key = line.split(" = ", 1)[0]
            lines[f"{table}.{key}" if table else key] = line
    return lines


def default_in_file(name: str) -> object:
    document = settings_to_document(DEFAULT_SETTINGS)
    table, _, part = name.rpartition(".")
    return document[table][part] if table else document[name]  # type: ignore[index]


# -- the schema and the Settings it declares ------------------------------------------------------


def test_the_schema_has_each_key_of_settings_and_of_its_tables_once() -> None:
    tops = [f.name for f in dataclasses.fields(Settings)]
    parts = [
        *(f"working_hours.{f.name}" for f in dataclasses.fields(WorkingHours)),
        *(f"programme.{f.name}" for f in dataclasses.fields(ProgrammeSettings)),
    ]
    assert sorted(key.name for key in SCHEMA) == sorted([*tops, *parts])
    assert len(KEYS) == len(SCHEMA)


def test_a_tables_keys_follow_the_table_in_the_schema() -> None:
    names = [key.name for key in SCHEMA]
    for table in ("working_hours", "programme"):
        parts = [name for name in names if name.startswith(f"{table}.")]
        start = names.index(table) + 1
        assert names[start : start + len(parts)] == parts


@pytest.mark.parametrize("key", SCHEMA, ids=lambda key: key.name)
def test_each_key_has_a_description_and_a_valid_default_that_settings_uses(key) -> None:
    assert key.about and "\n" not in key.about
    table, _, part = key.name.rpartition(".")
    owner = getattr(DEFAULT_SETTINGS, table) if table else DEFAULT_SETTINGS
    assert getattr(owner, part) == key.default
    value, problems = parse_value(key.name, default_in_file(key.name))
    assert (value, problems) == (key.default, [])


@pytest.mark.parametrize("name", INTEGER_RANGES)
def test_integer_bounds_are_the_schemas_and_both_ends_are_accepted(name: str) -> None:
    bounds = KEYS[name].allowed
    assert bounds is not None and INTEGER_RANGES[name] is bounds
    assert parse_value(name, bounds.low) == (bounds.low, [])
    assert parse_value(name, bounds.high) == (bounds.high, [])
    for outside in (bounds.low - 1, bounds.high + 1):
        _value, problems = parse_value(name, outside)
        assert f"(allowed {bounds.describe()})" in problems[0].message


# -- the README's config block ---------------------------------------------------------------------


def test_the_readme_config_block_is_the_one_the_schema_writes() -> None:
    """README.md cannot drift: after a change to the schema, paste ``config_example()`` in."""
    assert readme_block() == config_example()


@pytest.mark.parametrize("key", SCHEMA, ids=lambda key: key.name)
def test_every_key_is_in_the_readme_block_with_its_default_bounds_and_description(key) -> None:
    line = readme_lines()[key.name]
    if key.kind != "table":
        value = line.split(" = ", 1)[1].split("  #", 1)[0].strip()
        assert tomllib.loads(f"x = {value}")["x"] == default_in_file(key.name)
    comment = line.split("# ", 1)[1]
    assert key.about in comment
    assert key.allowed_text() in comment
    if key.allowed is not None:
        assert comment.startswith(key.allowed.describe())
    for choice in key.choices:
        assert f'"{choice}"' in comment


def test_the_readme_block_is_a_config_file_that_reads_as_the_defaults() -> None:
    assert parse_settings(tomllib.loads(readme_block())) == (DEFAULT_SETTINGS, [])


# -- DESIGN §4 ------------------------------------------------------------------------------------


#: A comma that separates two cells' items, not one inside a list such as ["mon","wed"].
ITEM_COMMA = re.compile(r",\s*(?![^\[]*\])")


def design_rows() -> dict[str, tuple[str, str]]:
    """DESIGN §4's table: key -> (default, allowed); "a / b" rows give one entry per key, and so
    do "[table] a, b" rows (``table.a``), whose defaults and allowed values come in that order."""
    if not DESIGN.is_file():
        unavailable(
            f"{DESIGN} is not here (it lives beside the repository, not in it)",
            "the team's shared/ folder beside the clone",
        )
    section = DESIGN.read_text("utf-8").split("## 4.", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, tuple[str, str]] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("key", "---"):
            continue
        table = re.fullmatch(r"\[(\w+)\] (.+)", cells[0])
        if table:
            names = [f"{table[1]}.{name}" for name in table[2].split(", ")]
            defaults = ITEM_COMMA.split(cells[1])
            allowed = ITEM_COMMA.split(cells[2]) if len(names) > 1 else [cells[2]]
            assert len(defaults) == len(allowed) == len(names), line
            rows.update(zip(names, zip(defaults, allowed, strict=True), strict=True))
            continue
        names, defaults = cells[0].split(" / "), cells[1].split(" / ")
        for index, name in enumerate(names):
            rows[name] = (defaults[index] if len(defaults) == len(names) else cells[1], cells[2])
    return rows


@pytest.mark.parametrize("key", SCHEMA, ids=lambda key: key.name)
def test_every_key_is_in_design_with_the_same_default_and_bounds(key) -> None:
    rows = design_rows()
    if key.name not in rows:
        # DESIGN gives [working_hours] one row of its own, and [programme] a row per few keys.
        table = key.name.rpartition(".")[0]
        if key.kind == "table":
            assert any(name.startswith(f"{key.name}.") for name in rows), key.name
        else:
            assert table in rows, key.name
        return
    default, allowed = rows[key.name]
    if key.kind == "table":
        assert default == ("on" if DEFAULT_SETTINGS.working_hours.enabled else "off")
        return
    if key.kind == "folder":
        # DESIGN says what the empty default means: "" (off).
        assert default == '"" (off)' and default_in_file(key.name) == ""
        assert "folder path" in allowed
        return
    assert tomllib.loads(f"x = {default}")["x"] == default_in_file(key.name)
    if key.allowed is not None:
        assert allowed.startswith(key.allowed.describe())
    if key.choices:
        # DESIGN names the first values; the library may only add exercises to them.
        assert set(re.findall(r'"([^"]+)"', allowed)) <= set(key.choices)
    if key.kind == "boolean":
        assert allowed.startswith("bool")
    if key.kind == "time":
        assert allowed == '"HH:MM"'
    if key.kind == "days":
        assert allowed == "days as in working_hours"
    if key.kind == "equipment":
        assert re.findall(r'"([^"]+)"', allowed) == list(key.choices)


# -- the rules, decided once -----------------------------------------------------------------------


def test_the_defaults_break_no_rule() -> None:
    assert rule_problems(DEFAULT_SETTINGS) == []
    assert check(DEFAULT_SETTINGS) == []


@pytest.mark.parametrize(
    ("changes", "rules", "sentence"),
    [
        (
            {"interval_min_minutes": 50, "interval_max_minutes": 40},
            [INTERVAL_ORDER],
            "The shortest interval (50 min) is longer than the longest (40 min). "
            "Make the first number no larger than the second.",
        ),
        (
            {"working_hours": WorkingHours(start=dt.time(9), end=dt.time(8))},
            [HOURS_ORDER],
            "Working hours must end after they start (08:00 is not after 09:00); "
            "they cannot run past midnight.",
        ),
        (
            {"working_hours": WorkingHours(days=())},
            [WORKING_DAYS],
            "Choose at least one working day.",
        ),
        (
            {"programme": ProgrammeSettings(strength=True, strength_days=())},
            [STRENGTH_DAYS],
            "Choose at least one day for strength sessions.",
        ),
    ],
)
def test_each_rule_names_itself_and_its_keys_in_the_windows_words(changes, rules, sentence) -> None:
    broken = rule_problems(dataclasses.replace(DEFAULT_SETTINGS, **changes))
    assert [problem.rule for problem in broken] == rules
    assert broken[0].said.text == sentence
    assert set(broken[0].rule.keys) <= set(KEYS)


def test_equal_bounds_and_one_day_break_no_rule() -> None:
    fixed = dataclasses.replace(
        DEFAULT_SETTINGS,
        interval_min_minutes=40,
        interval_max_minutes=40,
        working_hours=WorkingHours(start=dt.time(0), end=dt.time(0, 1), days=(6,)),
        programme=ProgrammeSettings(strength=True, strength_days=(6,)),
    )
    assert rule_problems(fixed) == []


def test_no_strength_day_breaks_no_rule_while_strength_is_off() -> None:
    """An empty list then means "no day chosen yet": nothing would be scheduled anyway."""
    resting = dataclasses.replace(
        DEFAULT_SETTINGS, programme=ProgrammeSettings(strength=False, strength_days=())
    )
    assert rule_problems(resting) == []
    assert check(resting) == []


def test_the_file_reader_falls_back_by_the_same_rules() -> None:
    """All four broken in one file: the reader reports each on the rule's keys and uses the
    defaults of those keys only."""
    settings, problems = parse_settings(
        {
            "interval_min_minutes": 50,
            "interval_max_minutes": 40,
            "daily_goal": 9,
            "working_hours": {"enabled": True, "start": "18:00", "end": "08:00", "days": []},
            "programme": {"strength": True, "strength_days": [], "strength_time": "07:15"},
        }
    )
    assert [p.key for p in problems] == [
        "interval_min_minutes",
        "working_hours.end",
        "working_hours.days",
        "programme.strength_days",
    ]
    assert settings == dataclasses.replace(
        DEFAULT_SETTINGS,
        daily_goal=9,
        working_hours=WorkingHours(enabled=True),
        programme=ProgrammeSettings(strength=True, strength_time=dt.time(7, 15)),
    )


@st.composite
def settings_maybe_breaking_rules(draw: st.DrawFn) -> Settings:
    """Settings whose every value is allowed on its own, the rules between them left to chance."""
    days = st.sets(st.integers(0, len(DAY_NAMES) - 1), max_size=2).map(tuple)
    settings = draw(settings_values())
    return dataclasses.replace(
        settings,
        interval_min_minutes=draw(integer_in("interval_min_minutes")),
        interval_max_minutes=draw(integer_in("interval_max_minutes")),
        working_hours=WorkingHours(
            enabled=draw(st.booleans()),
            start=draw(times_of_day()),
            end=draw(times_of_day()),
            days=draw(days),
        ),
        programme=dataclasses.replace(
            settings.programme, strength=draw(st.booleans()), strength_days=draw(days)
        ),
    )


@given(settings_maybe_breaking_rules())
def test_the_file_refuses_exactly_what_the_rules_refuse(settings: Settings) -> None:
    """What the window is told (rule_problems) and what reading the file reports (check) are
    the same decision: a problem on a key exactly when a rule on that key is broken."""
    broken = rule_problems(settings)
    problems = check(settings)
    assert len(problems) == len(broken)
    for rule, problem in zip((b.rule for b in broken), problems, strict=True):
        assert problem.key in rule.keys
