"""Settings: defaults, every rejection message, and the document round trip (DESIGN §4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.core.settings import (
    BOOLEAN_KEYS,
    CHOICES,
    DAY_NAMES,
    EQUIPMENT_CHOICES,
    EXERCISE_CHOICES,
    INTEGER_RANGES,
    ProgrammeSettings,
    Settings,
    SettingsProblem,
    WorkingHours,
    parse_settings,
    parse_value,
    settings_to_document,
)

# DESIGN §4 written out again on purpose: a changed default must fail a test, not slip through.
DEFAULTS = {
    "interval_min_minutes": 30,
    "interval_max_minutes": 45,
    "break_seconds": 60,
    "exercise": "alternate",
    "snooze_minutes": 5,
    "prompt_style": "auto",
    "prompt_timeout_minutes": 5,
    "idle_reset_minutes": 5,
    "daily_goal": 6,
    "breath_in_seconds": 4,
    "breath_out_seconds": 6,
    "working_hours": WorkingHours(
        enabled=False, start=dt.time(9, 0), end=dt.time(17, 0), days=(0, 1, 2, 3, 4)
    ),
    "sound": True,
    "autostart": False,
    "quiet_apps": (),
    "sync_folder": "",
    "max_skips_per_day": 0,
    "max_snoozes_per_break": 0,
    "programme": ProgrammeSettings(
        mobility=False,
        mobility_time=dt.time(9, 0),
        strength=False,
        strength_days=(0, 2, 4),
        strength_time=dt.time(12, 30),
        equipment=(),
    ),
}


def en(text: str) -> str:
    """Messages write ranges with an en dash, as DESIGN §4 does; the source spells it "-"."""
    return text.replace("-", "\u2013")


# key -> (allowed as the message must say it, default as the message must say it)
INTEGER_ALLOWED = {
    "interval_min_minutes": (en("1-240"), "30"),
    "interval_max_minutes": (en("1-240"), "45"),
    "break_seconds": (en("20-600"), "60"),
    "snooze_minutes": (en("1-60"), "5"),
    "prompt_timeout_minutes": (en("1-60"), "5"),
    "idle_reset_minutes": (en("0 (off) or 1-120"), "5"),
    "daily_goal": (en("1-50"), "6"),
    "breath_in_seconds": (en("2-10"), "4"),
    "breath_out_seconds": (en("2-10"), "6"),
}
INTEGER_BOUNDS = {
    "interval_min_minutes": (1, 240),
    "interval_max_minutes": (1, 240),
    "break_seconds": (20, 600),
    "snooze_minutes": (1, 60),
    "prompt_timeout_minutes": (1, 60),
    "idle_reset_minutes": (0, 120),
    "daily_goal": (1, 50),
    "breath_in_seconds": (2, 10),
    "breath_out_seconds": (2, 10),
}
CHOICE_ALLOWED = {
    "exercise": (
        '"stretch", "breathing", "march", "glute-squeeze", "alternate", "random"',
        '"alternate"',
    ),
    "prompt_style": ('"auto", "window", "notification"', '"auto"'),
}
BOOLEAN_ALLOWED = {"sound": ("true, false", "true"), "autostart": ("true, false", "false")}

# One out-of-range or wrong value for every scalar key.
BAD_VALUES = [
    *[(key, bounds[1] + 1) for key, bounds in INTEGER_BOUNDS.items()],
    *[(key, bounds[0] - 1) for key, bounds in INTEGER_BOUNDS.items()],
    ("exercise", "dance"),
    ("prompt_style", "popup"),
    ("sound", "yes"),
    ("autostart", 1),
]
ALLOWED = {**INTEGER_ALLOWED, **CHOICE_ALLOWED, **BOOLEAN_ALLOWED}


def only_problem(data: dict[str, object]) -> SettingsProblem:
    _, problems = parse_settings(data)
    assert len(problems) == 1, problems
    return problems[0]


def assert_explains(problem: SettingsProblem, key: str, allowed: str, default: str) -> None:
    assert problem.key == key
    assert problem.message.startswith(f"{key} = ")
    assert f"(allowed {allowed})" in problem.message
    assert problem.message.endswith(f"using the default {default}.")


# --- defaults -------------------------------------------------------------------------------


def test_settings_has_exactly_the_keys_of_design_section_4() -> None:
    assert [f.name for f in dataclasses.fields(Settings)] == list(DEFAULTS)


@pytest.mark.parametrize(("key", "default"), DEFAULTS.items())
def test_each_key_has_its_documented_default(key: str, default: object) -> None:
    assert getattr(Settings(), key) == default


def test_an_empty_file_gives_the_defaults_and_no_problems() -> None:
    assert parse_settings({}) == (Settings(), [])


def test_every_key_has_one_validation_rule() -> None:
    ruled = [*INTEGER_RANGES, *CHOICES, *BOOLEAN_KEYS, "working_hours", "quiet_apps", "programme"]
    assert sorted([*ruled, "sync_folder"]) == sorted(DEFAULTS)


# --- values accepted ------------------------------------------------------------------------


@pytest.mark.parametrize("key", INTEGER_BOUNDS)
def test_both_ends_of_each_range_are_accepted(key: str) -> None:
    low, high = INTEGER_BOUNDS[key]
    # The two interval keys check each other; give them partners that cannot clash.
    partners: dict[str, object] = {"interval_min_minutes": 1, "interval_max_minutes": 240}
    for value in (low, high):
        settings, problems = parse_settings({**partners, key: value})
        assert problems == []
        assert getattr(settings, key) == value


def test_idle_reset_zero_means_off_and_is_accepted() -> None:
    settings, problems = parse_settings({"idle_reset_minutes": 0})
    assert problems == []
    assert settings.idle_reset_minutes == 0


def test_a_whole_number_written_as_a_float_is_accepted() -> None:
    settings, problems = parse_settings({"break_seconds": 90.0})
    assert problems == []
    assert settings.break_seconds == 90
    assert type(settings.break_seconds) is int


@pytest.mark.parametrize(("key", "choices"), CHOICES.items())
def test_every_choice_is_accepted(key: str, choices: tuple[str, ...]) -> None:
    for choice in choices:
        settings, problems = parse_settings({key: choice})
        assert problems == []
        assert getattr(settings, key) == choice


@pytest.mark.parametrize("key", BOOLEAN_KEYS)
@pytest.mark.parametrize("value", [True, False])
def test_booleans_are_accepted(key: str, value: bool) -> None:
    settings, problems = parse_settings({key: value})
    assert problems == []
    assert getattr(settings, key) is value


# --- values rejected ------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "bad"), BAD_VALUES)
def test_a_bad_value_names_key_allowed_values_and_default(key: str, bad: object) -> None:
    settings, problems = parse_settings({key: bad})
    assert len(problems) == 1
    allowed, default = ALLOWED[key]
    assert_explains(problems[0], key, allowed, default)
    assert getattr(settings, key) == DEFAULTS[key]
    assert settings == Settings()


def test_out_of_range_message_reads_as_documented() -> None:
    problem = only_problem({"interval_min_minutes": 500})
    assert problem.key == "interval_min_minutes"
    assert problem.message == (
        en("interval_min_minutes = 500 is out of range (allowed 1-240); using the default 30.")
    )


def test_wrong_type_message_reads_as_documented() -> None:
    problem = only_problem({"break_seconds": "long"})
    assert problem.message == (
        en('break_seconds = "long" is not a whole number (allowed 20-600); using the default 60.')
    )


@pytest.mark.parametrize("key", INTEGER_BOUNDS)
@pytest.mark.parametrize(
    "bad",
    ["long", "30", 30.5, math.nan, math.inf, [30], {"minutes": 30}, dt.time(0, 30)],
    ids=["word", "digits-in-quotes", "fraction", "nan", "inf", "list", "table", "time"],
)
def test_integers_reject_other_types(key: str, bad: object) -> None:
    problem = only_problem({key: bad})
    allowed, default = INTEGER_ALLOWED[key]
    assert_explains(problem, key, allowed, default)
    assert "is not a whole number" in problem.message


@pytest.mark.parametrize("key", INTEGER_BOUNDS)
@pytest.mark.parametrize("bad", [True, False])
def test_a_boolean_is_not_taken_as_a_number(key: str, bad: bool) -> None:
    problem = only_problem({key: bad})
    assert problem.message.startswith(f"{key} = {'true' if bad else 'false'} is not a whole number")


@pytest.mark.parametrize("key", CHOICES)
@pytest.mark.parametrize("bad", [1, True, ["stretch"], "Stretch", " auto", ""])
def test_choices_reject_other_values(key: str, bad: object) -> None:
    allowed, default = CHOICE_ALLOWED[key]
    assert_explains(only_problem({key: bad}), key, allowed, default)


@pytest.mark.parametrize("key", BOOLEAN_KEYS)
@pytest.mark.parametrize("bad", [1, 0, "true", "no", [True]])
def test_booleans_reject_other_values(key: str, bad: object) -> None:
    allowed, default = BOOLEAN_ALLOWED[key]
    assert_explains(only_problem({key: bad}), key, allowed, default)


def test_a_very_long_value_is_shortened_in_the_message() -> None:
    problem = only_problem({"exercise": "x" * 10_000})
    assert len(problem.message) < 300
    assert "…" in problem.message


def test_one_bad_value_does_not_affect_the_others() -> None:
    settings, problems = parse_settings({"break_seconds": 5, "daily_goal": 8, "sound": False})
    assert [p.key for p in problems] == ["break_seconds"]
    assert (settings.break_seconds, settings.daily_goal, settings.sound) == (60, 8, False)


# --- the interval pair ----------------------------------------------------------------------


def test_min_above_max_names_both_keys_and_uses_both_defaults() -> None:
    settings, problems = parse_settings({"interval_min_minutes": 50, "interval_max_minutes": 40})
    assert (settings.interval_min_minutes, settings.interval_max_minutes) == (30, 45)
    [problem] = problems
    assert "interval_min_minutes = 50" in problem.message
    assert "interval_max_minutes = 40" in problem.message
    assert "interval_min_minutes = 30 and interval_max_minutes = 45" in problem.message


def test_min_above_the_default_max_says_the_max_is_a_default() -> None:
    settings, problems = parse_settings({"interval_min_minutes": 50})
    assert (settings.interval_min_minutes, settings.interval_max_minutes) == (30, 45)
    [problem] = problems
    assert "interval_max_minutes = 45 (its default)" in problem.message


def test_equal_min_and_max_make_a_fixed_interval() -> None:
    settings, problems = parse_settings({"interval_min_minutes": 40, "interval_max_minutes": 40})
    assert problems == []
    assert (settings.interval_min_minutes, settings.interval_max_minutes) == (40, 40)


def test_a_max_below_the_default_min_is_reported_on_the_key_the_user_wrote() -> None:
    settings, problems = parse_settings({"interval_max_minutes": 10})
    assert [p.key for p in problems] == ["interval_max_minutes"]
    assert "interval_min_minutes = 30 (its default)" in problems[0].message
    assert (settings.interval_min_minutes, settings.interval_max_minutes) == (30, 45)


def test_an_out_of_range_max_is_reported_once_and_the_pair_stays_valid() -> None:
    settings, problems = parse_settings({"interval_min_minutes": 20, "interval_max_minutes": 999})
    assert [p.key for p in problems] == ["interval_max_minutes"]
    assert (settings.interval_min_minutes, settings.interval_max_minutes) == (20, 45)


# --- working hours --------------------------------------------------------------------------


def hours(**table: object) -> tuple[WorkingHours, list[SettingsProblem]]:
    settings, problems = parse_settings({"working_hours": table})
    return settings.working_hours, problems


def test_a_full_working_hours_table_is_read() -> None:
    value, problems = hours(enabled=True, start="08:30", end="16:15", days=["mon", "wed", "sat"])
    assert problems == []
    assert value == WorkingHours(True, dt.time(8, 30), dt.time(16, 15), (0, 2, 5))


def test_missing_working_hours_parts_use_their_defaults() -> None:
    value, problems = hours(enabled=True)
    assert problems == []
    assert value == WorkingHours(enabled=True)


def test_toml_local_times_and_single_digit_hours_are_accepted() -> None:
    value, problems = hours(start=dt.time(7, 0), end="9:45")
    assert problems == []
    assert (value.start, value.end) == (dt.time(7, 0), dt.time(9, 45))


def test_day_names_ignore_case_order_and_repeats() -> None:
    value, problems = hours(days=["Fri", "mon", "MON", " tue "])
    assert problems == []
    assert value.days == (0, 1, 4)


@pytest.mark.parametrize("part", ["start", "end"])
@pytest.mark.parametrize(
    "bad", ["9", "25:00", "12:60", "noon", "12:00:00", "12.30", "", 900, dt.time(9, 0, 30)]
)
def test_a_badly_written_time_names_its_key(part: str, bad: object) -> None:
    value, problems = hours(**{part: bad})
    assert problems[0].key == f"working_hours.{part}"
    message = problems[0].message
    assert message.startswith(f"working_hours.{part} = ")
    assert '(allowed "HH:MM" from "00:00" to "23:59")' in message
    default = {"start": '"09:00"', "end": '"17:00"'}[part]
    assert message.endswith(f"using the default {default}.")
    assert value == WorkingHours()


@pytest.mark.parametrize(("start", "end"), [("17:00", "09:00"), ("12:00", "12:00")])
def test_an_end_not_after_the_start_is_refused(start: str, end: str) -> None:
    value, problems = hours(enabled=True, start=start, end=end)
    [problem] = problems
    assert problem.key == "working_hours.end"
    assert "working_hours.start" in problem.message
    assert "cannot cross midnight" in problem.message
    assert 'using the defaults start "09:00" and end "17:00"' in problem.message
    assert value == WorkingHours(enabled=True)


def test_unknown_day_names_are_listed() -> None:
    value, problems = hours(days=["mon", "funday", "monday", 3])
    [problem] = problems
    assert problem.key == "working_hours.days"
    assert '"funday", "monday", 3' in problem.message
    assert '"mon", "tue", "wed", "thu", "fri", "sat", "sun"' in problem.message
    assert problem.message.endswith('using the default ["mon", "tue", "wed", "thu", "fri"].')
    assert value.days == (0, 1, 2, 3, 4)


def test_empty_days_are_refused() -> None:
    value, problems = hours(enabled=True, days=[])
    [problem] = problems
    assert problem.key == "working_hours.days"
    assert "is empty" in problem.message
    assert value == WorkingHours(enabled=True)


@pytest.mark.parametrize("bad", ["mon", 1, {"mon": True}])
def test_days_must_be_a_list(bad: object) -> None:
    _, problems = hours(days=bad)
    assert [p.key for p in problems] == ["working_hours.days"]
    assert "is not a list of day names" in problems[0].message


def test_enabled_must_be_true_or_false() -> None:
    value, problems = hours(enabled="yes")
    assert_explains(problems[0], "working_hours.enabled", "true, false", "false")
    assert value == WorkingHours()


@pytest.mark.parametrize("bad", [True, "09:00-17:00", ["09:00", "17:00"]])
def test_working_hours_must_be_a_table(bad: object) -> None:
    settings, problems = parse_settings({"working_hours": bad})
    [problem] = problems
    assert problem.key == "working_hours"
    assert "is not a table" in problem.message
    assert "(allowed a [working_hours] table with the keys enabled, start, end, days)" in (
        problem.message
    )
    assert problem.message.endswith(
        'using the default {enabled = false, start = "09:00", end = "17:00", '
        'days = ["mon", "tue", "wed", "thu", "fri"]}.'
    )
    assert settings.working_hours == WorkingHours()


def test_an_unknown_key_inside_working_hours_is_reported_and_ignored() -> None:
    value, problems = hours(enabled=True, lunch="12:00")
    assert [(p.key, p.message) for p in problems] == [
        (
            "working_hours.lunch",
            "unknown key 'working_hours.lunch' is kept in the file but ignored.",
        )
    ]
    assert value == WorkingHours(enabled=True)


def test_working_hours_days_are_kept_in_one_order() -> None:
    assert WorkingHours(days=(4, 0, 4)).days == (0, 4)
    with pytest.raises(ValueError, match="0-6"):
        WorkingHours(days=(7,))


# --- unknown keys and ordering --------------------------------------------------------------


def test_an_unknown_key_is_reported_as_documented() -> None:
    settings, problems = parse_settings({"foo": 1})
    assert [(p.key, p.message) for p in problems] == [
        ("foo", "unknown key 'foo' is kept in the file but ignored.")
    ]
    assert settings == Settings()


def test_problems_come_in_design_order_then_unknown_keys_in_file_order() -> None:
    data = {"zeta": 1, "sound": "x", "alpha": 2, "interval_min_minutes": 0}
    _, problems = parse_settings(data)
    assert [p.key for p in problems] == ["interval_min_minutes", "sound", "zeta", "alpha"]


def test_parse_value_checks_one_key_like_parse_settings() -> None:
    assert parse_value("break_seconds", 90.0) == (90, [])
    assert parse_value("working_hours.days", ["fri", "mon"]) == ((0, 4), [])
    value, problems = parse_value("working_hours.start", "noon")
    assert value == dt.time(9, 0)
    assert [p.key for p in problems] == ["working_hours.start"]


# --- the document form and the round trip ---------------------------------------------------


def test_the_default_document() -> None:
    assert settings_to_document(Settings()) == {
        "interval_min_minutes": 30,
        "interval_max_minutes": 45,
        "break_seconds": 60,
        "exercise": "alternate",
        "snooze_minutes": 5,
        "prompt_style": "auto",
        "prompt_timeout_minutes": 5,
        "idle_reset_minutes": 5,
        "daily_goal": 6,
        "breath_in_seconds": 4,
        "breath_out_seconds": 6,
        "sound": True,
        "autostart": False,
        "quiet_apps": [],
        "sync_folder": "",
        "max_skips_per_day": 0,
        "max_snoozes_per_break": 0,
        "working_hours": {
            "enabled": False,
            "start": "09:00",
            "end": "17:00",
            "days": ["mon", "tue", "wed", "thu", "fri"],
        },
        "programme": {
            "mobility": False,
            "mobility_time": "09:00",
            "strength": False,
            "strength_days": ["mon", "wed", "fri"],
            "strength_time": "12:30",
            "equipment": [],
        },
    }


def test_the_tables_come_last_in_the_document_working_hours_first() -> None:
    """TOML puts a table's keys after its header: a plain key after a table would fall into it."""
    assert list(settings_to_document(Settings()))[-2:] == ["working_hours", "programme"]


def integer_in(key: str) -> st.SearchStrategy[int]:
    bounds = INTEGER_RANGES[key]
    return st.integers(bounds.low, bounds.high)


@st.composite
def working_hours_values(draw: st.DrawFn) -> WorkingHours:
    minutes = draw(st.lists(st.integers(0, 24 * 60 - 1), min_size=2, max_size=2, unique=True))
    start, end = (dt.time(m // 60, m % 60) for m in sorted(minutes))
    days = draw(st.sets(st.integers(0, 6), min_size=1))
    return WorkingHours(draw(st.booleans()), start, end, tuple(days))


def times_of_day() -> st.SearchStrategy[dt.time]:
    return st.integers(0, 24 * 60 - 1).map(lambda m: dt.time(m // 60, m % 60))


@st.composite
def programme_values(draw: st.DrawFn) -> ProgrammeSettings:
    """Any valid [programme]: no strength day is allowed only while strength is off."""
    strength = draw(st.booleans())
    return ProgrammeSettings(
        mobility=draw(st.booleans()),
        mobility_time=draw(times_of_day()),
        strength=strength,
        strength_days=tuple(draw(st.sets(st.integers(0, 6), min_size=1 if strength else 0))),
        strength_time=draw(times_of_day()),
        equipment=tuple(draw(st.sets(st.sampled_from(EQUIPMENT_CHOICES)))),
    )


@st.composite
def settings_values(draw: st.DrawFn) -> Settings:
    """Any valid Settings; shared with the config file tests."""
    low, high = sorted(draw(integer_in("interval_min_minutes")) for _ in range(2))
    return Settings(
        interval_min_minutes=low,
        interval_max_minutes=high,
        break_seconds=draw(integer_in("break_seconds")),
        exercise=draw(st.sampled_from(EXERCISE_CHOICES)),
        snooze_minutes=draw(integer_in("snooze_minutes")),
        prompt_style=draw(st.sampled_from(["auto", "window", "notification"])),
        prompt_timeout_minutes=draw(integer_in("prompt_timeout_minutes")),
        idle_reset_minutes=draw(integer_in("idle_reset_minutes")),
        daily_goal=draw(integer_in("daily_goal")),
        breath_in_seconds=draw(integer_in("breath_in_seconds")),
        breath_out_seconds=draw(integer_in("breath_out_seconds")),
        working_hours=draw(working_hours_values()),
        sound=draw(st.booleans()),
        autostart=draw(st.booleans()),
        programme=draw(programme_values()),
    )


@given(settings_values())
def test_the_document_form_reads_back_exactly(settings: Settings) -> None:
    assert parse_settings(settings_to_document(settings)) == (settings, [])


toml_like_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    # An explicit alphabet: the full Unicode one costs seconds to index on a fresh machine.
    | st.text(alphabet='adefmnortu09:. é"\n', max_size=20)
    | st.times()
    | st.sampled_from([*DAY_NAMES, *EQUIPMENT_CHOICES, "09:00", "17:00", "alternate"]),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "enabled",
                    "start",
                    "end",
                    "days",
                    "mobility",
                    "mobility_time",
                    "strength",
                    "strength_days",
                    "strength_time",
                    "equipment",
                    "x",
                ]
            ),
            children,
        )
    ),
    max_leaves=8,
)


@given(st.dictionaries(st.sampled_from([*DEFAULTS, "unknown"]), toml_like_values))
def test_any_content_gives_valid_settings_without_raising(data: dict[str, object]) -> None:
    settings, problems = parse_settings(data)
    assert parse_settings(settings_to_document(settings)) == (settings, [])
    assert all(p.message.endswith(".") for p in problems)
    assert {p.key.split(".")[0] for p in problems} <= set(data)


# --- quiet_apps -----------------------------------------------------------------------------


def test_quiet_apps_are_trimmed_and_each_name_kept_once_whatever_its_case() -> None:
    settings, problems = parse_settings({"quiet_apps": [" zoom", "OBS", "obs", "Teams"]})
    assert problems == []
    assert settings.quiet_apps == ("zoom", "OBS", "Teams")


@pytest.mark.parametrize(
    "raw",
    ["zoom", ["zoom", 3], ["zoom", ""], ["/usr/bin/zoom"], ["a" * 256], {"zoom": True}],
    ids=["a string", "a number inside", "an empty name", "a path", "too long", "a table"],
)
def test_quiet_apps_that_are_not_program_names_are_refused_whole(raw: object) -> None:
    problem = only_problem({"quiet_apps": raw})
    assert_explains(
        problem,
        "quiet_apps",
        'a list such as ["zoom", "obs"], each a program\'s name without its folder',
        "[]",
    )
    settings, _ = parse_settings({"quiet_apps": raw})
    assert settings.quiet_apps == ()


# --- sync_folder ----------------------------------------------------------------------------


def test_sync_folder_is_kept_as_written_but_trimmed() -> None:
    settings, problems = parse_settings({"sync_folder": "  ~/Sync/work notes "})
    assert problems == []
    assert settings.sync_folder == "~/Sync/work notes"
    assert settings_to_document(settings)["sync_folder"] == "~/Sync/work notes"


@pytest.mark.parametrize(
    "raw",
    [3, ["~/Sync"], {"path": "~/Sync"}, "a\0b", "/" + "a" * 4096, True],
    ids=["a number", "a list", "a table", "a NUL", "too long", "a boolean"],
)
def test_a_sync_folder_that_is_not_a_path_is_refused_and_sync_stays_off(raw: object) -> None:
    problem = only_problem({"sync_folder": raw})
    assert_explains(problem, "sync_folder", '"" for off, or a path such as "~/Sync"', '""')
    assert parse_settings({"sync_folder": raw})[0].sync_folder == ""


def test_quiet_apps_go_to_the_file_as_a_list() -> None:
    document = settings_to_document(Settings(quiet_apps=("zoom", "obs")))
    assert document["quiet_apps"] == ["zoom", "obs"]
    assert parse_settings(document)[0].quiet_apps == ("zoom", "obs")
