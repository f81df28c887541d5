"""A programme session driven whole by a FakeClock (core/programme_run.py): reps counted with
Space, holds and breaths that end by themselves, sides, rests, "this hurt", and the summary."""

from __future__ import annotations

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.programme import RoutineKind, Step, shipped_programme
from psoasbreak.core.programme_run import Phase, ProgrammeRun, Side


def _run(kind: RoutineKind, equipment=(), breath_seconds: float = 10.0):
    programme = shipped_programme()
    clock = FakeClock()
    plan = programme.plan(kind, equipment, {})
    return ProgrammeRun(kind, plan, clock, breath_seconds), clock


def _reps(run: ProgrammeRun, n: int) -> None:
    for _ in range(n):
        assert run.phase is Phase.WORK
        run.advance()


def test_a_whole_strength_session_reps_sides_rests_holds_and_the_summary() -> None:
    run, clock = _run(RoutineKind.STRENGTH)
    assert [p.exercise.id for p in run.plan] == [
        "bridge-knee-drive", "single-leg-deadlift", "farmer-carry", "knee-raise"
    ]  # fmt: skip
    # Bridge with knee drive: 3 sets of 10 a side, counted with Space, no ready phase.
    where = run.position()
    assert (where.phase, where.index, where.set_number, where.side) == (
        Phase.WORK, 0, 1, Side.LEFT
    )  # fmt: skip
    assert where.seconds_left is None
    _reps(run, 9)
    assert run.position().count == 9
    _reps(run, 1)
    assert run.position().side is Side.RIGHT and run.position().count == 0
    _reps(run, 10)
    rest = run.position()
    assert (rest.phase, rest.seconds_left) == (Phase.REST, 60.0)
    clock.advance(59)
    assert run.position().phase is Phase.REST
    assert run.seconds_to_next_change() == pytest.approx(1.0)
    clock.advance(1)
    assert (run.position().phase, run.position().set_number) == (Phase.WORK, 2)
    _reps(run, 20)
    run.advance()  # Space ends a rest early
    assert run.position().set_number == 3
    _reps(run, 20)
    # The last set has no rest after it: on to the deadlift.
    assert (run.position().index, run.position().phase) == (1, Phase.WORK)
    for _set in range(3):
        _reps(run, 16)
        if run.phase is Phase.REST:
            run.skip_rest()
    # Loaded carry: two timed rounds of 30 s, both hands: ready, then it counts itself.
    assert (run.position().index, run.phase) == (2, Phase.READY)
    assert run.position().seconds_left == 30
    assert run.seconds_to_next_change() is None  # nothing happens until the user is ready
    run.advance()
    clock.advance(12.5)
    assert run.position().count == 12
    assert run.position().seconds_left == pytest.approx(17.5)
    clock.advance(17.5)
    assert run.position().phase is Phase.REST
    clock.advance(60)
    assert (run.position().phase, run.position().set_number) == (Phase.READY, 2)
    run.advance()
    clock.advance(30)
    # Knee raises: 3 sets of 8.
    assert run.position().index == 3
    for _set in range(3):
        _reps(run, 8)
        if run.phase is Phase.REST:
            clock.advance(60)
            run.tick()
    assert run.position().phase is Phase.DONE
    result = run.result()
    assert result.finished
    assert [(r.planned.exercise.id, r.step, r.sets_done) for r in result.exercises] == [
        ("bridge-knee-drive", Step.COMPLETED, 3),
        ("single-leg-deadlift", Step.COMPLETED, 3),
        ("farmer-carry", Step.COMPLETED, 2),
        ("knee-raise", Step.COMPLETED, 3),
    ]
    assert [r.record().level for r in result.exercises] == [1, 1, 1, 1]


def test_breaths_are_counted_at_the_pace_and_each_leg_waits_for_the_user() -> None:
    run, clock = _run(RoutineKind.MOBILITY, breath_seconds=10)
    assert run.position().index == 0  # the lunge: two holds of 30 s a side, 15 s rest
    run.advance()
    run.advance()  # Space during a hold does nothing: the hold counts itself
    assert run.position().seconds_left == 30
    for _ in range(4):  # two sets, two sides
        if run.phase is Phase.REST:
            clock.advance(15)
            run.tick()
        if run.phase is Phase.READY:
            run.advance()
        clock.advance(30)
        run.tick()
    assert (run.position().index, run.phase) == (1, Phase.READY)
    run.advance()
    clock.advance(25)
    where = run.position()
    assert (where.count, where.side, where.seconds_left) == (2, Side.LEFT, 55)
    assert run.seconds_to_next_change() == pytest.approx(5)
    clock.advance(55)
    assert (run.position().phase, run.position().side) == (Phase.READY, Side.RIGHT)
    run.advance()
    clock.advance(80)
    assert run.position().phase is Phase.DONE  # no roller: the release was left out
    assert run.result().finished


def test_this_hurt_ends_the_exercise_records_it_and_moves_on() -> None:
    run, _clock = _run(RoutineKind.STRENGTH)
    _reps(run, 4)
    about = run.hurt()
    assert about is not None and about.exercise.id == "bridge-knee-drive"
    assert (run.position().index, run.position().set_number) == (1, 1)
    run.end_exercise()  # the deadlift, ended early without pain
    assert run.position().index == 2
    result = run.stop()  # the window closed during the carry's ready phase
    assert [(r.planned.exercise.id, r.step) for r in result.exercises] == [
        ("bridge-knee-drive", Step.HURT),
        ("single-leg-deadlift", Step.PARTIAL),
        ("farmer-carry", Step.PARTIAL),
    ]
    assert not result.finished
    assert run.position().phase is Phase.DONE
    assert run.hurt() is None and run.stop().exercises == result.exercises


def test_a_long_gap_catches_up_without_skipping_what_needs_the_user() -> None:
    """A rest that ran out while the machine slept ends, and the next set waits for the user
    (reps) rather than counting itself."""
    run, clock = _run(RoutineKind.STRENGTH)
    _reps(run, 20)
    clock.advance(3600)
    where = run.position()
    assert (where.phase, where.set_number, where.count) == (Phase.WORK, 2, 0)


def test_an_empty_plan_is_done_at_once() -> None:
    run = ProgrammeRun(RoutineKind.STRENGTH, (), FakeClock())
    assert run.position().phase is Phase.DONE
    assert not run.result().finished


def test_the_breathing_pace_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ProgrammeRun(RoutineKind.MOBILITY, (), FakeClock(), breath_seconds=0)
