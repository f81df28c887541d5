"""The exercise library as shipped, its validation, the choice of exercise, and the phase maths."""

from __future__ import annotations

import itertools
import math
import random
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.assets import resource_path
from psoasbreak.core.exercises import (
    SWITCH_SECONDS,
    Exercise,
    ExerciseLibrary,
    breath_phase,
    stretch_phase,
)

FOUR = ("stretch", "breathing", "march", "glute-squeeze")

VALID = """
why = ["Sitting keeps the hips bent.", "Stand up often."]

[exercises.stretch]
title = "Stretch"
summary = "A lunge"
cues = ["Ribcage over hips", "Breathe into it"]
safety = "Stop on sharp pain."
illustrations = ["illustrations/stretch-left.svg", "illustrations/stretch-right.svg"]
per_side = true

[exercises.breathing]
title = "Breathing"
summary = "Slow breaths"
cues = ["Hand on belly", "Long out-breath"]
safety = "Stop if dizzy."
illustration = "illustrations/breathing.svg"
paced = true

[exercises.march]
title = "March"
summary = "Knees up"
cues = ["Stand tall", "Lift the knee"]
safety = "Stop on sharp pain."
"""


@pytest.fixture(scope="module")
def shipped() -> ExerciseLibrary:
    return ExerciseLibrary.load_default()


@pytest.fixture
def small() -> ExerciseLibrary:
    return ExerciseLibrary.from_toml(VALID)


# --- The shipped library -----------------------------------------------------------------------


def test_shipped_library_has_the_four_exercises_stretch_first(shipped: ExerciseLibrary) -> None:
    assert set(FOUR) <= set(shipped.ids)
    assert shipped.ids[0] == "stretch"


@pytest.mark.parametrize("exercise_id", FOUR)
def test_shipped_exercise_is_complete(shipped: ExerciseLibrary, exercise_id: str) -> None:
    exercise = shipped.get(exercise_id)
    assert exercise.title and exercise.summary
    assert "\n" not in exercise.summary, "the summary is one line in the prompt"
    assert 2 <= len(exercise.cues) <= 4
    assert all(cue.strip() for cue in exercise.cues)
    # Sharp or radiating pain: stop, do gentle mobility instead, see a clinician.
    assert "Sharp or radiating pain" in exercise.safety
    assert "stop" in exercise.safety and "move gently" in exercise.safety
    assert "clinician" in exercise.safety
    for illustration in exercise.illustrations:
        assert resource_path(illustration).is_file()


def test_shipped_stretch_is_per_side_left_then_right(shipped: ExerciseLibrary) -> None:
    stretch = shipped.get("stretch")
    assert stretch.per_side and not stretch.paced
    assert [Path(p).stem for p in stretch.illustrations] == ["stretch-left", "stretch-right"]


def test_shipped_breathing_is_paced_with_an_illustration(shipped: ExerciseLibrary) -> None:
    breathing = shipped.get("breathing")
    assert breathing.paced and not breathing.per_side
    assert [Path(p).name for p in breathing.illustrations] == ["breathing.svg"]


def test_shipped_why_lines(shipped: ExerciseLibrary) -> None:
    assert 6 <= len(shipped.why_lines) <= 10
    assert all("\n" not in line and len(line) <= 110 for line in shipped.why_lines)
    assert len(set(shipped.why_lines)) == len(shipped.why_lines)


SHIPPED_ILLUSTRATIONS = sorted(
    path.stem for path in resource_path("illustrations").iterdir() if path.suffix == ".svg"
)


def test_every_shipped_illustration_is_used_and_every_used_one_is_shipped(
    shipped: ExerciseLibrary,
) -> None:
    used = {Path(p).stem for exercise in shipped for p in exercise.illustrations}
    assert used == set(SHIPPED_ILLUSTRATIONS)


@pytest.mark.parametrize("name", SHIPPED_ILLUSTRATIONS)
def test_illustrations_are_tintable_svg(name: str) -> None:
    # The UI tints the figure for light and dark themes through currentColor.
    text = resource_path("illustrations", f"{name}.svg").read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 200 200"
    assert "currentColor" in text


def test_library_iterates_in_file_order(small: ExerciseLibrary) -> None:
    assert [e.id for e in small] == ["stretch", "breathing", "march"]
    assert len(small) == 3
    assert "march" in small and "nope" not in small
    assert small.why_lines == ("Sitting keeps the hips bent.", "Stand up often.")


def test_single_illustration_form_and_defaults(small: ExerciseLibrary) -> None:
    assert small.get("breathing").illustrations == ("illustrations/breathing.svg",)
    march = small.get("march")
    assert march.illustrations == ()
    assert not march.per_side and not march.paced


def test_get_unknown_lists_known_ids(small: ExerciseLibrary) -> None:
    with pytest.raises(KeyError, match=r"'yoga'.*stretch, breathing, march"):
        small.get("yoga")


# --- Validation --------------------------------------------------------------------------------


def _replace(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_replace('title = "Stretch"\n', ""), r"exercise 'stretch': missing field 'title'"),
        (_replace('summary = "A lunge"', "summary = 3"), r"'stretch', field 'summary'"),
        (_replace('summary = "A lunge"', 'summary = "  "'), r"'stretch', field 'summary'"),
        (_replace('safety = "Stop if dizzy."\n', ""), r"'breathing': missing field 'safety'"),
        (
            _replace('cues = ["Stand tall", "Lift the knee"]', 'cues = "Stand tall"'),
            r"'march'.*'cues'",
        ),
        (
            _replace('cues = ["Stand tall", "Lift the knee"]', 'cues = ["One"]'),
            r"'march'.*'cues'.*got 1",
        ),
        (
            _replace('cues = ["Stand tall", "Lift the knee"]', 'cues = ["1","2","3","4","5"]'),
            r"'march'.*'cues'.*got 5",
        ),
        (_replace('cues = ["Stand tall", "Lift the knee"]', 'cues = ["ok", 2]'), r"'cues' item 2"),
        (_replace("per_side = true", 'per_side = "yes"'), r"'stretch', field 'per_side'"),
        (_replace("paced = true", "paced = 1"), r"'breathing', field 'paced'"),
        (_replace("paced = true", "paced = true\nper_side = true"), r"'breathing'.*cannot both"),
        (_replace("per_side = true", "per_side = true\ncolour = 1"), r"'stretch'.*unknown.*colour"),
        (
            _replace('"illustrations/stretch-right.svg"]', '"a.svg", "b.svg"]'),
            r"'stretch', field 'illustrations'.*two",
        ),
        (
            _replace('illustration = "illustrations/breathing.svg"', 'illustration = "../x.svg"'),
            r"'breathing', field 'illustration'.*inside resources",
        ),
        (
            _replace('illustration = "', 'illustrations = ["a.svg"]\nillustration = "'),
            r"'breathing'.*not both",
        ),
        (_replace("[exercises.march]", "[exercises.March]"), r"exercise 'March': ids"),
        (_replace("[exercises.march]", "[exercises.random]"), r"exercise 'random'.*settings"),
        (_replace("why = [", "why = 3\nold = ["), r"unknown top-level key.*old"),
        ("why = []\n", r"no \[exercises.<id>\] tables"),
        ("[exercises\n", r"not valid TOML"),
        ('[exercises]\nstretch = "x"\n', r"exercise 'stretch': expected a table"),
    ],
)
def test_malformed_library_names_the_problem(text: str, expected: str) -> None:
    with pytest.raises(ValueError, match=expected):
        ExerciseLibrary.from_toml(text)


def test_why_must_be_a_list_of_strings() -> None:
    with pytest.raises(ValueError, match=r"'why'"):
        ExerciseLibrary.from_toml(_replace('why = ["Sitting keeps the hips bent.", ', "why = [1, "))


def test_load_default_from_path_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "exercises.toml"
    broken.write_text(_replace('title = "Stretch"\n', ""), encoding="utf-8")
    with pytest.raises(ValueError, match=r"exercises\.toml: exercise 'stretch': missing field"):
        ExerciseLibrary.load_default(broken)


def test_load_default_from_path(tmp_path: Path) -> None:
    path = tmp_path / "exercises.toml"
    path.write_text(VALID, encoding="utf-8")
    assert ExerciseLibrary.load_default(path).ids == ("stretch", "breathing", "march")


def test_library_rejects_empty_and_duplicates() -> None:
    with pytest.raises(ValueError, match="at least one"):
        ExerciseLibrary(())
    one = Exercise("a", "A", "a", ("x", "y"), "stop", (), False, False)
    with pytest.raises(ValueError, match="'a' is defined twice"):
        ExerciseLibrary((one, one))


# --- choose() ----------------------------------------------------------------------------------


@pytest.mark.parametrize("setting", FOUR)
def test_choose_a_fixed_exercise(shipped: ExerciseLibrary, setting: str) -> None:
    rng = random.Random(1)
    for previous in (None, *FOUR):
        assert shipped.choose(setting, previous, rng).id == setting


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (None, "stretch"),
        ("stretch", "breathing"),
        ("breathing", "march"),
        ("march", "glute-squeeze"),
        ("glute-squeeze", "stretch"),
        ("yoga", "stretch"),  # an id no longer in the library starts the rotation over
    ],
)
def test_choose_alternate(shipped: ExerciseLibrary, previous: str | None, expected: str) -> None:
    assert shipped.choose("alternate", previous, random.Random(0)).id == expected


def test_alternate_rotates_in_file_order_stretch_then_breathing_first(
    shipped: ExerciseLibrary,
) -> None:
    rng = random.Random(0)
    previous: str | None = None
    seen = []
    for _ in range(6):
        previous = shipped.choose("alternate", previous, rng).id
        seen.append(previous)
    assert seen == [*FOUR, "stretch", "breathing"]


def test_choose_random_is_uniform_and_repeatable(shipped: ExerciseLibrary) -> None:
    def draws(seed: int) -> list[str]:
        rng = random.Random(seed)
        return [shipped.choose("random", None, rng).id for _ in range(2000)]

    first = draws(42)
    assert first == draws(42)
    counts = Counter(first)
    assert set(counts) == set(shipped.ids)
    expected = len(first) / len(shipped.ids)
    assert all(abs(n - expected) < 0.15 * expected for n in counts.values())


def test_choose_unknown_setting_lists_the_choices(shipped: ExerciseLibrary) -> None:
    with pytest.raises(KeyError, match=r"'yoga'.*alternate, random, stretch"):
        shipped.choose("yoga", None, random.Random(0))


def test_alternate_in_a_one_exercise_library_repeats_it(small: ExerciseLibrary) -> None:
    only_march = ExerciseLibrary((small.get("march"),))
    assert only_march.choose("alternate", None, random.Random(0)).id == "march"
    assert only_march.choose("alternate", "march", random.Random(0)).id == "march"


# --- stretch_phase -----------------------------------------------------------------------------


def test_stretch_starts_on_the_left() -> None:
    phase = stretch_phase(0.0, 60.0)
    assert (phase.side, phase.side_remaining, phase.remaining) == ("left", 30.0, 60.0)
    assert not phase.switching and not phase.done


def test_stretch_switches_exactly_at_half_time() -> None:
    before = stretch_phase(math.nextafter(30.0, 0.0), 60.0)
    at = stretch_phase(30.0, 60.0)
    assert before.side == "left" and not before.switching
    assert before.side_remaining == pytest.approx(0.0)
    assert at.side == "right" and at.switching
    assert at.side_remaining == 30.0 and at.remaining == 30.0


def test_switch_cue_lasts_three_seconds() -> None:
    assert SWITCH_SECONDS == 3.0
    assert stretch_phase(32.999, 60.0).switching
    assert not stretch_phase(33.0, 60.0).switching
    assert stretch_phase(33.0, 60.0).side == "right"


def test_stretch_odd_total_splits_in_half() -> None:
    assert stretch_phase(22.4, 45.0).side == "left"
    phase = stretch_phase(22.5, 45.0)
    assert phase.side == "right" and phase.side_remaining == 22.5


@pytest.mark.parametrize("elapsed", [60.0, 61.0, 1e9, math.inf])
def test_stretch_done_at_and_after_total(elapsed: float) -> None:
    phase = stretch_phase(elapsed, 60.0)
    assert phase.done and phase.remaining == 0.0 and phase.side_remaining == 0.0
    assert phase.side == "right" and not phase.switching


@pytest.mark.parametrize("elapsed", [-0.001, -5.0, -math.inf, math.nan])
def test_stretch_clock_going_backwards_counts_as_start(elapsed: float) -> None:
    assert stretch_phase(elapsed, 60.0) == stretch_phase(0.0, 60.0)


@pytest.mark.parametrize("total", [0.0, -1.0, math.nan, math.inf])
def test_stretch_rejects_a_bad_total(total: float) -> None:
    with pytest.raises(ValueError, match="total"):
        stretch_phase(1.0, total)


def test_stretch_accepts_ints() -> None:
    phase = stretch_phase(10, 60)
    assert isinstance(phase.remaining, float) and isinstance(phase.side_remaining, float)


# --- breath_phase ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("elapsed", "phase", "progress", "breaths"),
    [
        (0.0, "in", 0.0, 0),
        (2.0, "in", 0.5, 0),
        (4.0, "out", 0.0, 0),
        (7.0, "out", 0.5, 0),
        (9.9, "out", 0.9833, 0),
        (10.0, "in", 0.0, 1),
        (13.0, "in", 0.75, 1),
        (55.0, "out", 1 / 6, 5),
    ],
)
def test_breath_at_four_in_six_out(
    elapsed: float, phase: str, progress: float, breaths: int
) -> None:
    state = breath_phase(elapsed, 60.0, 4.0, 6.0)
    assert state.phase == phase
    assert state.progress == pytest.approx(progress, abs=1e-3)
    assert state.breaths == breaths
    assert state.remaining == pytest.approx(60.0 - elapsed)
    assert not state.done


def test_pacer_is_empty_full_empty_and_half_way_at_mid_inhale() -> None:
    assert breath_phase(0.0, 60.0, 4.0, 6.0).scale == 0.0
    assert breath_phase(2.0, 60.0, 4.0, 6.0).scale == pytest.approx(0.5)
    assert breath_phase(4.0, 60.0, 4.0, 6.0).scale == 1.0
    assert breath_phase(7.0, 60.0, 4.0, 6.0).scale == pytest.approx(0.5)
    assert breath_phase(10.0, 60.0, 4.0, 6.0).scale == 0.0


def test_pacer_eases_in_and_out() -> None:
    # Slow near the turns, fastest in the middle: the first and last 10% move less than the middle.
    def scale(t: float) -> float:
        return breath_phase(t, 60.0, 4.0, 6.0).scale

    start, middle, end = scale(0.4) - scale(0.0), scale(2.2) - scale(1.8), scale(4.0) - scale(3.6)
    assert start < middle and end < middle


def test_six_breaths_in_a_minute_counted_as_each_exhale_ends() -> None:
    counts = [breath_phase(t / 10, 60.0, 4.0, 6.0).breaths for t in range(0, 601)]
    ticks = [t / 10 for t in range(1, 601) if counts[t] != counts[t - 1]]
    assert ticks == [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    end = breath_phase(60.0, 60.0, 4.0, 6.0)
    assert end.done and end.breaths == 6 and end.remaining == 0.0


def test_pacer_scale_is_continuous() -> None:
    # The steepest the sine ease gets is pi/2 per phase length; allow a little rounding on top.
    step = 0.005
    max_jump = math.pi / 2 / 4.0 * step * 1.01
    scales = [breath_phase(i * step, 60.0, 4.0, 6.0).scale for i in range(int(60 / step) + 1)]
    assert max(abs(b - a) for a, b in itertools.pairwise(scales)) <= max_jump


def test_partial_last_breath_is_not_counted() -> None:
    state = breath_phase(45.0, 45.0, 4.0, 6.0)
    assert state.done and state.breaths == 4


@pytest.mark.parametrize("elapsed", [-1.0, -math.inf, math.nan])
def test_breath_clock_going_backwards_counts_as_start(elapsed: float) -> None:
    assert breath_phase(elapsed, 60.0, 4.0, 6.0) == breath_phase(0.0, 60.0, 4.0, 6.0)


@pytest.mark.parametrize(
    ("total", "inhale", "exhale", "name"),
    [(0.0, 4.0, 6.0, "total"), (60.0, 0.0, 6.0, "inhale"), (60.0, 4.0, -1.0, "exhale")],
)
def test_breath_rejects_bad_lengths(total: float, inhale: float, exhale: float, name: str) -> None:
    with pytest.raises(ValueError, match=name):
        breath_phase(1.0, total, inhale, exhale)


# --- Properties --------------------------------------------------------------------------------

elapsed_values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False) | st.sampled_from(
    [math.nan, math.inf, -math.inf, 0.0]
)
totals = st.floats(min_value=1.0, max_value=600.0)
paces = st.floats(min_value=2.0, max_value=10.0)


@given(elapsed=elapsed_values, total=totals, inhale=paces, exhale=paces)
def test_breath_phase_stays_in_range(
    elapsed: float, total: float, inhale: float, exhale: float
) -> None:
    state = breath_phase(elapsed, total, inhale, exhale)
    assert 0.0 <= state.scale <= 1.0
    assert 0.0 <= state.progress <= 1.0
    assert 0.0 <= state.remaining <= total
    assert 0 <= state.breaths <= total / (inhale + exhale)
    assert state.done == (state.remaining == 0.0 and elapsed >= total)


@given(a=elapsed_values, b=elapsed_values, total=totals, inhale=paces, exhale=paces)
def test_breaths_never_go_down(
    a: float, b: float, total: float, inhale: float, exhale: float
) -> None:
    a, b = (0.0 if math.isnan(a) else a), (0.0 if math.isnan(b) else b)
    early, late = min(a, b), max(a, b)
    assert (
        breath_phase(early, total, inhale, exhale).breaths
        <= breath_phase(late, total, inhale, exhale).breaths
    )


@given(a=elapsed_values, b=elapsed_values, total=totals)
def test_stretch_moves_one_way(a: float, b: float, total: float) -> None:
    a, b = (0.0 if math.isnan(a) else a), (0.0 if math.isnan(b) else b)
    early, late = stretch_phase(min(a, b), total), stretch_phase(max(a, b), total)
    assert 0.0 <= late.remaining <= early.remaining <= total
    assert 0.0 <= early.side_remaining <= total / 2
    assert not (early.side == "right" and late.side == "left")
    assert not (early.done and not late.done)
