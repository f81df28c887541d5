"""The `exercise` setting and `break-now --exercise` offer exactly the library's exercises.

Issue 3: "The `exercise` setting chooses among them". Both lists are derived from
``resources/exercises.toml`` (``core.exercises.shipped_library``), so these tests check what the
user meets (the file's validation, the command line's parsing and help) rather than compare two
lists: each library id works in both places, the two ways to mix work only in the setting, and a
new exercise in the library reaches the command line without touching it. DESIGN §3/§4 name
stretch and breathing; the march and the glute squeeze joined later, so the values only grow.
The Settings window's list is checked in tests/qt/test_settings_dialog.py.
"""

from __future__ import annotations

import dataclasses

import pytest

from psoasbreak.cli import EXIT_USAGE, build_parser, control
from psoasbreak.core import exercises
from psoasbreak.core.exercises import ALTERNATE, RANDOM, ExerciseLibrary, setting_choices
from psoasbreak.core.settings import parse_settings

LIBRARY = ExerciseLibrary.load_default()
MODES = (ALTERNATE, RANDOM)
#: Documented values (DESIGN §3/§4, README): a public contract, so the library may only add to it.
DOCUMENTED_IDS = ("stretch", "breathing", "march", "glute-squeeze")


def _break_now_help(capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["break-now", "--help"])
    return capsys.readouterr().out


def test_the_library_still_holds_every_documented_exercise() -> None:
    assert set(DOCUMENTED_IDS) <= set(LIBRARY.ids)
    assert not set(MODES) & set(LIBRARY.ids)


@pytest.mark.parametrize("choice", [*LIBRARY.ids, *MODES])
def test_the_setting_accepts_each_exercise_of_the_library_and_the_two_ways_to_mix(
    choice: str,
) -> None:
    settings, problems = parse_settings({"exercise": choice})
    assert problems == []
    assert settings.exercise == choice


def test_a_rejected_setting_lists_exactly_the_library_and_the_two_ways_to_mix() -> None:
    settings, (problem,) = parse_settings({"exercise": "dance"})
    assert settings.exercise == ALTERNATE
    allowed = ", ".join(f'"{choice}"' for choice in (*LIBRARY.ids, *MODES))
    assert f"(allowed {allowed});" in problem.message


@pytest.mark.parametrize("exercise_id", LIBRARY.ids)
def test_break_now_accepts_each_exercise_of_the_library(exercise_id: str) -> None:
    args = build_parser().parse_args(["break-now", "--exercise", exercise_id])
    assert args.exercise == exercise_id
    assert control._request_for(args).args == {"exercise": exercise_id}


@pytest.mark.parametrize("value", [*MODES, "dance", "Stretch"])
def test_break_now_refuses_anything_but_a_library_id(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["break-now", "--exercise", value])
    assert exit_.value.code == EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err


def test_break_now_without_a_choice_leaves_it_to_the_rotation() -> None:
    assert build_parser().parse_args(["break-now"]).exercise is None


def test_break_now_help_lists_the_library_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert "--exercise {" + ",".join(LIBRARY.ids) + "}" in _break_now_help(capsys)


def test_a_new_exercise_in_the_library_reaches_the_command_line_and_the_setting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    wall_sit = dataclasses.replace(LIBRARY.get("march"), id="wall-sit", title="Wall sit")
    grown = ExerciseLibrary((*LIBRARY, wall_sit), LIBRARY.why_lines)
    monkeypatch.setattr(exercises, "shipped_library", lambda: grown)
    args = build_parser().parse_args(["break-now", "--exercise", "wall-sit"])
    assert args.exercise == "wall-sit"
    assert "glute-squeeze,wall-sit}" in _break_now_help(capsys)
    assert setting_choices(grown) == (*LIBRARY.ids, "wall-sit", ALTERNATE, RANDOM)
