"""The programme's content and rules (core/programme.py): the shipped file holds the article's
drills, a broken file names where it is broken, equipment leaves exercises and levels out, and
progress is a fold over the history's records (step up after N, back one level on "this hurt")."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.assets import resource_path
from psoasbreak.core.programme import (
    EQUIPMENT,
    ExerciseProgress,
    Programme,
    ProgrammeError,
    RoutineKind,
    Step,
    StepRecord,
    progress_of,
    shipped_programme,
    strength_week_streak,
)

SHIPPED = resource_path("programme.toml")


@pytest.fixture(scope="module")
def programme() -> Programme:
    return Programme.load(SHIPPED)


def _levels(programme: Programme, exercise_id: str) -> list[tuple[int, int, int]]:
    return [(lv.sets, lv.reps, lv.seconds) for lv in programme.exercises[exercise_id].levels]


# -- the shipped content: the article's drills -------------------------------------------------


def test_the_shipped_programme_loads_with_every_illustration(programme) -> None:
    assert shipped_programme() == programme
    for exercise in programme.exercises.values():
        assert resource_path(exercise.illustration).is_file()


def test_strength_is_the_articles_four_exercises_with_its_sets_and_reps(programme) -> None:
    strength = programme.routines[RoutineKind.STRENGTH]
    assert strength.exercises == (
        "bridge-knee-drive", "single-leg-deadlift", "farmer-carry", "knee-raise"
    )  # fmt: skip
    # Bridge with knee drive: 3 sets of 10 per side, from bodyweight.
    bridge = programme.exercises["bridge-knee-drive"]
    assert bridge.per_side and _levels(programme, "bridge-knee-drive")[0] == (3, 10, 0)
    # Single-leg deadlift: 3 sets of 8-10 per side.
    deadlift = _levels(programme, "single-leg-deadlift")
    assert programme.exercises["single-leg-deadlift"].per_side
    assert all(sets == 3 and 8 <= reps <= 10 for sets, reps, _ in deadlift)
    # Loaded carry: 2-3 rounds of 30-60 seconds.
    assert all(2 <= s <= 3 and 30 <= sec <= 60 for s, _, sec in _levels(programme, "farmer-carry"))
    # Knee raises: 3 sets of 8-12, hanging (a bar) at the top.
    raises = programme.exercises["knee-raise"]
    assert all(s == 3 and 8 <= r <= 12 for s, r, _ in _levels(programme, "knee-raise"))
    assert raises.levels[-1].equipment == {"pull-up-bar"}


def test_mobility_is_the_articles_routine(programme) -> None:
    mobility = programme.routines[RoutineKind.MOBILITY]
    assert mobility.exercises == ("supported-lunge", "knee-to-chest", "foam-roller-release")
    # Supported lunge: 2-3 sets of 30-60 s a side.
    lunge = _levels(programme, "supported-lunge")
    assert all(2 <= s <= 3 and 30 <= sec <= 60 for s, _, sec in lunge)
    # Knee to chest: 8-10 slow breaths a leg, counted for the user.
    knee = programme.exercises["knee-to-chest"]
    assert knee.per_side and all(lv.breaths and 8 <= lv.reps <= 10 for lv in knee.levels)
    # The roller release needs a roller.
    assert programme.exercises["foam-roller-release"].equipment == {"foam-roller"}


def test_every_level_steps_up_from_bodyweight_and_only_known_equipment(programme) -> None:
    for exercise in programme.exercises.values():
        assert exercise.equipment <= set(EQUIPMENT)
        assert all(level.equipment <= set(EQUIPMENT) for level in exercise.levels)
    # The strength work starts with no equipment at all.
    for exercise_id in programme.routines[RoutineKind.STRENGTH].exercises:
        exercise = programme.exercises[exercise_id]
        assert not exercise.equipment and not exercise.levels[0].equipment


# -- equipment -------------------------------------------------------------------------------


def test_without_equipment_the_roller_is_left_out_and_levels_are_passed_over(programme) -> None:
    plan = programme.plan(RoutineKind.MOBILITY, [], {})
    assert [p.exercise.id for p in plan] == ["supported-lunge", "knee-to-chest"]
    assert [e.id for e in programme.left_out(RoutineKind.MOBILITY, [])] == ["foam-roller-release"]
    with_roller = programme.plan(RoutineKind.MOBILITY, ["foam-roller"], {})
    assert [p.exercise.id for p in with_roller][-1] == "foam-roller-release"
    assert programme.exercises["knee-raise"].usable_levels([]) == (1, 2)
    assert programme.exercises["knee-raise"].usable_levels(["pull-up-bar"]) == (1, 2, 3)
    assert programme.exercises["bridge-knee-drive"].usable_levels([]) == (1, 3)


def test_a_session_is_planned_at_each_exercises_level_or_the_nearest_below(programme) -> None:
    progress = {
        "bridge-knee-drive": ExerciseProgress(level=2),  # the band level, and no band now
        "single-leg-deadlift": ExerciseProgress(level=2),
    }
    plan = programme.plan(RoutineKind.STRENGTH, [], progress)
    levels = {p.exercise.id: p.level_number for p in plan}
    assert levels == {
        "bridge-knee-drive": 1,
        "single-leg-deadlift": 2,
        "farmer-carry": 1,
        "knee-raise": 1,
    }
    assert plan[1].level.reps == 10  # free standing: 10 a side


# -- progression and regression ----------------------------------------------------------------


def _done(exercise: str, level: int, step: Step = Step.COMPLETED) -> StepRecord:
    return StepRecord(exercise, level, step)


def test_the_next_level_is_offered_after_n_completed_sessions_never_forced(programme) -> None:
    n = programme.step_up_after
    records = [_done("single-leg-deadlift", 1)] * (n - 1)
    progress = progress_of(records, programme)["single-leg-deadlift"]
    assert progress == ExerciseProgress(1, n - 1)
    assert programme.step_up_offer("single-leg-deadlift", progress, []) is None
    progress = progress_of([*records, _done("single-leg-deadlift", 1)], programme)[
        "single-leg-deadlift"
    ]
    assert programme.step_up_offer("single-leg-deadlift", progress, []) == 2
    # Not accepted: the level stays, and more sessions keep the offer open.
    assert progress.level == 1
    accepted = progress_of(
        [
            *records,
            _done("single-leg-deadlift", 1),
            _done("single-leg-deadlift", 2, Step.STEPPED_UP),
        ],
        programme,
    )["single-leg-deadlift"]
    assert accepted == ExerciseProgress(2, 0)


def test_the_offer_passes_over_a_level_that_needs_missing_equipment(programme) -> None:
    done = ExerciseProgress(1, programme.step_up_after)
    assert programme.step_up_offer("bridge-knee-drive", done, []) == 3
    assert programme.step_up_offer("bridge-knee-drive", done, ["band"]) == 2
    top = ExerciseProgress(2, programme.step_up_after)
    assert programme.step_up_offer("knee-raise", top, []) is None  # the bar level needs a bar


def test_this_hurt_steps_back_one_level_and_starts_the_count_again(programme) -> None:
    records = [
        _done("knee-raise", 2, Step.STEPPED_UP),
        _done("knee-raise", 2),
        _done("knee-raise", 2, Step.HURT),
    ]
    assert progress_of(records, programme)["knee-raise"] == ExerciseProgress(1, 0)
    # At level 1 "this hurt" keeps level 1.
    again = progress_of([*records, _done("knee-raise", 1, Step.HURT)], programme)
    assert again["knee-raise"] == ExerciseProgress(1, 0)


def test_partial_work_and_work_below_the_level_do_not_count(programme) -> None:
    records = [
        _done("farmer-carry", 2, Step.STEPPED_UP),
        _done("farmer-carry", 2, Step.PARTIAL),
        _done("farmer-carry", 1),  # done at an easier level (no dumbbells that day)
        _done("farmer-carry", 2),
        _done("retired-exercise", 1),
    ]
    progress = progress_of(records, programme)
    assert progress == {"farmer-carry": ExerciseProgress(2, 1)}


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["bridge-knee-drive", "knee-raise", "supported-lunge"]),
            st.integers(-2, 6),
            st.sampled_from(list(Step)),
        ),
        max_size=40,
    )
)
def test_any_history_folds_to_levels_the_exercise_has(records) -> None:
    programme = shipped_programme()
    progress = progress_of([StepRecord(*r) for r in records], programme)
    for exercise_id, where in progress.items():
        assert 1 <= where.level <= len(programme.exercises[exercise_id].levels)
        assert where.completed_at_level >= 0


# -- the week's target ----------------------------------------------------------------------------


def test_the_strength_streak_counts_weeks_that_met_the_target() -> None:
    monday = date(2026, 11, 30)
    weeks = {monday - timedelta(days=7 * k): n for k, n in enumerate([1, 3, 3, 2, 3])}
    # This week (1 so far) does not break the streak; the two before met 3; then one short.
    assert strength_week_streak(weeks, 3, monday) == 2
    weeks[monday] = 3
    assert strength_week_streak(weeks, 3, monday) == 3
    assert strength_week_streak(weeks, 0, monday) == 0
    assert strength_week_streak({}, 2, monday) == 0


# -- a broken file names where ----------------------------------------------------------------


def _broken(tmp_path: Path, old: str, new: str) -> str:
    text = SHIPPED.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "programme.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    for source in SHIPPED.parent.joinpath("illustrations").rglob("*.svg"):
        target = tmp_path / source.relative_to(SHIPPED.parent)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    with pytest.raises(ProgrammeError) as caught:
        Programme.load(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("sets = 3\nreps = 10\n", "sets = 0\nreps = 10\n", "level 1, field 'sets': expected 1-10"),
        ("reps = 8\nbreaths", "reps = 8\nseconds = 30\nbreaths", "give either 'reps' or 'seconds'"),
        ('equipment = ["foam-roller"]', 'equipment = ["rowing-machine"]', "unknown equipment"),
        ('"knee-raise"]', '"knee-raises"]', "[routines.strength]: unknown exercise(s) knee-raises"),
        ("[routines.mobility]", "[routines.yoga]", "missing [routines.mobility]"),
        ("step_up_after = 3", "step_up_after = 0", "'step_up_after': expected a whole number"),
        ('cue = "Keep the hips', 'kue = "Keep the hips', "unknown field(s) kue"),
        (
            "programme/knee-raise.svg",
            "programme/../../../etc/passwd",
            "must stay inside resources/",
        ),
        ("programme/knee-raise.svg", "programme/missing.svg", "is not in"),
        ("rest_seconds = 15", "rest_seconds = -1", "'rest_seconds': expected 0-600"),
        ("[exercises.knee-raise]\n", "[exercises.Knee_Raise]\n", "lower-case words"),
        ("hurt_advice = ", "hurt_advice = 3 #", "'hurt_advice': expected a non-empty string"),
        ("[routines.mobility]", "[routines.mobility", "not valid TOML"),
    ],
)
def test_a_broken_programme_names_its_table_and_field(tmp_path, old, new, said) -> None:
    message = _broken(tmp_path, old, new)
    assert said in message, message
    assert str(tmp_path / "programme.toml") in message
