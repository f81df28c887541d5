"""The ``[programme]`` table of DESIGN §4: read with the same per-kind rules and messages as
``[working_hours]``, plus the equipment list and the rule on strength days."""

from __future__ import annotations

import datetime as dt

import pytest

from psoasbreak.core.settings import (
    KEYS,
    ProgrammeSettings,
    SettingsProblem,
    parse_settings,
    parse_value,
)

DAYS = '"mon", "tue", "wed", "thu", "fri", "sat", "sun"'
EQUIPMENT = '"band", "dumbbells", "pull-up-bar", "foam-roller"'
TIME = '"HH:MM" from "00:00" to "23:59"'


def programme(**table: object) -> tuple[ProgrammeSettings, list[SettingsProblem]]:
    settings, problems = parse_settings({"programme": table})
    return settings.programme, problems


def test_the_programme_is_off_by_default_so_the_sit_break_loop_is_unchanged() -> None:
    assert parse_settings({})[0].programme == ProgrammeSettings()
    assert not ProgrammeSettings().mobility and not ProgrammeSettings().strength


def test_a_full_programme_table_is_read() -> None:
    value, problems = programme(
        mobility=True,
        mobility_time="7:05",
        strength=True,
        strength_days=["Tue", "sat"],
        strength_time=dt.time(18, 0),
        equipment=["pull-up-bar", "band"],
    )
    assert problems == []
    assert value == ProgrammeSettings(
        mobility=True,
        mobility_time=dt.time(7, 5),
        strength=True,
        strength_days=(1, 5),
        strength_time=dt.time(18, 0),
        equipment=("band", "pull-up-bar"),
    )


def test_missing_programme_keys_use_their_defaults() -> None:
    value, problems = programme(strength=True)
    assert problems == []
    assert value == ProgrammeSettings(strength=True)


# key, bad value, the whole message
BAD_VALUES = [
    (
        "mobility",
        "yes",
        'programme.mobility = "yes" is not true or false (allowed true, false); '
        "using the default false.",
    ),
    (
        "strength",
        1,
        "programme.strength = 1 is not true or false (allowed true, false); "
        "using the default false.",
    ),
    (
        "mobility_time",
        "25:00",
        f'programme.mobility_time = "25:00" is not a time of day (allowed {TIME}); '
        'using the default "09:00".',
    ),
    (
        "strength_time",
        dt.time(12, 30, 15),
        f"programme.strength_time = 12:30:15 is not a time of day (allowed {TIME}); "
        'using the default "12:30".',
    ),
    (
        "strength_days",
        "mon",
        f'programme.strength_days = "mon" is not a list of day names (allowed one or more of '
        f'{DAYS}); using the default ["mon", "wed", "fri"].',
    ),
    (
        "strength_days",
        ["mon", "funday"],
        f'programme.strength_days = ["mon", "funday"] has an unknown day name "funday" (allowed '
        f'one or more of {DAYS}); using the default ["mon", "wed", "fri"].',
    ),
    (
        "strength_days",
        ["monday", 3],
        f'programme.strength_days = ["monday", 3] has unknown day names "monday", 3 (allowed one '
        f'or more of {DAYS}); using the default ["mon", "wed", "fri"].',
    ),
    (
        "equipment",
        "band",
        f'programme.equipment = "band" is not a list of equipment names (allowed any of '
        f"{EQUIPMENT}); using the default [].",
    ),
    (
        "equipment",
        ["band", "kettlebell"],
        f'programme.equipment = ["band", "kettlebell"] has an unknown equipment name '
        f'"kettlebell" (allowed any of {EQUIPMENT}); using the default [].',
    ),
    (
        "equipment",
        ["band", "kettlebell", "Dumbbells"],
        f'programme.equipment = ["band", "kettlebell", "Dumbbells"] has unknown equipment names '
        f'"kettlebell", "Dumbbells" (allowed any of {EQUIPMENT}); using the default [].',
    ),
]


@pytest.mark.parametrize(("part", "bad", "message"), BAD_VALUES, ids=repr)
def test_a_bad_programme_value_names_its_key_and_uses_its_default(
    part: str, bad: object, message: str
) -> None:
    # A good value beside the bad one is still read (strength on, so empty days would be refused).
    good = {"mobility": True} if part == "strength" else {"strength": True}
    value, problems = programme(**good, **{part: bad})
    assert [(p.key, p.message) for p in problems] == [(f"programme.{part}", message)]
    assert value == ProgrammeSettings(**good)


def test_the_working_hours_days_messages_still_name_their_own_key() -> None:
    """The days messages take the key: the same sentence serves both tables."""
    _, problems = parse_settings({"working_hours": {"days": "mon"}})
    assert problems[0].message.startswith('working_hours.days = "mon" is not a list of day names')
    assert (
        problems[0].said.template
        == parse_value("programme.strength_days", "mon")[1][0].said.template
    )


def test_equipment_is_kept_sorted_and_each_once() -> None:
    value, problems = programme(equipment=["foam-roller", "band", "band", "dumbbells"])
    assert problems == []
    assert value.equipment == ("band", "dumbbells", "foam-roller")
    assert ProgrammeSettings(equipment=("pull-up-bar", "band", "band")).equipment == (
        "band",
        "pull-up-bar",
    )
    assert ProgrammeSettings(strength_days=(4, 0, 4)).strength_days == (0, 4)


@pytest.mark.parametrize(
    "wrong", [{"equipment": ("kettlebell",)}, {"strength_days": (7,)}], ids=repr
)
def test_programme_settings_refuse_what_the_file_could_not_hold(wrong: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="ProgrammeSettings"):
        ProgrammeSettings(**wrong)  # type: ignore[arg-type]


def test_no_strength_day_with_strength_on_falls_back_to_the_default_days() -> None:
    value, problems = programme(strength=True, strength_days=[], strength_time="06:45")
    assert [(p.key, p.message) for p in problems] == [
        (
            "programme.strength_days",
            "programme.strength_days = [] is empty while programme.strength = true, so no "
            f"strength session would ever come (allowed one or more of {DAYS}); using the "
            'default ["mon", "wed", "fri"].',
        )
    ]
    assert value == ProgrammeSettings(strength=True, strength_time=dt.time(6, 45))


def test_no_strength_day_with_strength_off_is_read_as_it_is() -> None:
    value, problems = programme(strength=False, strength_days=[])
    assert problems == []
    assert value.strength_days == ()


@pytest.mark.parametrize("bad", [True, "mobility", ["09:00"]])
def test_programme_must_be_a_table(bad: object) -> None:
    settings, problems = parse_settings({"programme": bad})
    [problem] = problems
    assert problem.key == "programme"
    assert problem.message.endswith(
        " is not a table (allowed a [programme] table with the keys mobility, mobility_time, "
        "strength, strength_days, strength_time, equipment); using the default "
        '{mobility = false, mobility_time = "09:00", strength = false, '
        'strength_days = ["mon", "wed", "fri"], strength_time = "12:30", equipment = []}.'
    )
    assert settings.programme == ProgrammeSettings()


def test_an_unknown_key_inside_programme_is_reported_and_ignored() -> None:
    value, problems = programme(mobility=True, yoga=True)
    assert [(p.key, p.message) for p in problems] == [
        ("programme.yoga", "unknown key 'programme.yoga' is kept in the file but ignored.")
    ]
    assert value == ProgrammeSettings(mobility=True)


def test_programme_problems_come_after_the_top_level_ones_in_design_order() -> None:
    _, problems = parse_settings(
        {"zeta": 1, "programme": {"mobility": "x"}, "working_hours": {"enabled": "x"}, "sound": 2}
    )
    assert [p.key for p in problems] == [
        "working_hours.enabled",
        "sound",
        "programme.mobility",
        "zeta",
    ]


def test_parse_value_checks_one_programme_key_like_parse_settings() -> None:
    assert parse_value("programme.strength_days", ["fri", "mon"]) == ((0, 4), [])
    assert parse_value("programme.equipment", ["band"]) == (("band",), [])
    value, problems = parse_value("programme.mobility_time", "noon")
    assert value == KEYS["programme.mobility_time"].default == dt.time(9, 0)
    assert [p.key for p in problems] == ["programme.mobility_time"]


def test_equipment_is_a_kind_of_its_own_whose_readme_text_lists_the_four_names() -> None:
    key = KEYS["programme.equipment"]
    assert key.kind == "equipment"
    assert key.choices == ("band", "dumbbells", "pull-up-bar", "foam-roller")
    assert key.allowed_text() == f"any of {EQUIPMENT}"
