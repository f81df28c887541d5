"""The `exercise` setting and `break-now --exercise` offer exactly the library's exercises.

Issue 3: "The `exercise` setting chooses among them". DESIGN §3/§4 name stretch and breathing;
the march and the glute squeeze joined the library later, so the choices are widened (never
narrowed) to follow it. These tests keep the three lists in step.
"""

from __future__ import annotations

import pytest

from psoasbreak.cli import build_parser
from psoasbreak.core.exercises import ALTERNATE, RANDOM, ExerciseLibrary
from psoasbreak.core.settings import EXERCISE_CHOICES, parse_settings


def _break_now_choices() -> tuple[str, ...]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        sub = action.choices["break-now"]  # type: ignore[index]
        (option,) = [a for a in sub._actions if "--exercise" in a.option_strings]
        return tuple(option.choices)
    raise AssertionError("no break-now command")


def test_the_setting_offers_every_exercise_of_the_library_and_the_two_ways_to_mix() -> None:
    ids = ExerciseLibrary.load_default().ids
    assert (*ids, ALTERNATE, RANDOM) == EXERCISE_CHOICES


def test_break_now_offers_every_exercise_of_the_library() -> None:
    assert _break_now_choices() == ExerciseLibrary.load_default().ids


@pytest.mark.parametrize("choice", EXERCISE_CHOICES)
def test_each_choice_is_a_valid_setting(choice: str) -> None:
    settings, problems = parse_settings({"exercise": choice})
    assert problems == []
    assert settings.exercise == choice
