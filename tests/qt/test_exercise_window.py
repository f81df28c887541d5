"""Every exercise runs to completion on a FakeClock: a 60-second break in milliseconds.

The window computes everything from the clock; a test moves the clock and emits the repaint
timer's ``timeout`` by hand, as that timer would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.session import State
from psoasbreak.ui import exercise_window
from psoasbreak.ui.exercise_window import PACER_TICK_MS, STEP_TICK_MS, ExerciseWindow

FOUR = ("stretch", "breathing", "march", "glute-squeeze")


def _start(rig, exercise):
    assert rig.session.start_break(exercise)
    window = rig.presenter.exercise_window
    assert window is not None and window.isVisible()
    return window


def _tick_at(rig, window, elapsed):
    rig.clock.advance(elapsed - rig.session.break_elapsed())
    window.tick.timeout.emit()


class Elapsed:
    """A stand-in for the session's break_elapsed(), for windows built directly."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


@pytest.fixture
def library():
    return ExerciseLibrary.load_default()


def _window(qtbot, library, exercise_id, **kwargs):
    elapsed = Elapsed()
    window = ExerciseWindow(library.get(exercise_id), 60, elapsed, **kwargs)
    qtbot.addWidget(window)
    return window, elapsed


def _at(window, elapsed, seconds):
    elapsed.seconds = seconds
    window.tick.timeout.emit()


# -- the stretch ---------------------------------------------------------------------------------


def test_stretch_switches_sides_at_half_time_and_completes(rig, qtbot):
    window = _start(rig, "stretch")
    assert window.windowTitle() == "Break — Hip-flexor stretch"
    assert window.tick.isActive()
    assert window.tick.interval() == STEP_TICK_MS
    _tick_at(rig, window, 10)
    assert window.phase_label.text() == "Left side · left foot back"
    assert window.countdown.text() == "0:50"
    assert window.illustration.current == "illustrations/stretch-left.svg"
    assert window.illustration.badge == "L"
    _tick_at(rig, window, 26.2)
    assert window.phase_label.text() == "Left side · switch in 4"
    assert rig.sound.played == []
    _tick_at(rig, window, 30)
    assert window.phase_label.text() == "Switch sides · right foot back"
    assert window.illustration.current == "illustrations/stretch-right.svg"
    assert window.illustration.badge == "R"
    assert rig.sound.played == ["switch"]
    _tick_at(rig, window, 32)
    assert window.phase_label.text().startswith("Switch sides")
    _tick_at(rig, window, 40)
    assert window.phase_label.text() == "Right side · right foot back"
    assert window.countdown.text() == "0:20"
    assert rig.sound.played == ["switch"], "the switch cue sounds once"
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.sound.played == ["switch", "done"]
    assert rig.outcomes() == [("completed", "stretch", 60)]
    assert rig.session.state is State.WORKING


def test_the_side_badge_changes_colour_for_the_switch(qtbot, library):
    window, elapsed = _window(qtbot, library, "stretch")
    _at(window, elapsed, 5)
    left = window.phase_label.styleSheet()
    _at(window, elapsed, 31)
    switching = window.phase_label.styleSheet()
    _at(window, elapsed, 45)
    right = window.phase_label.styleSheet()
    assert left == right != switching
    assert "#e07a2e" in left and "#17786a" in switching


def test_no_sound_when_the_setting_is_off(rig, qtbot):
    rig.configure(sound=False)
    window = _start(rig, "stretch")
    _tick_at(rig, window, 31)
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("completed", "stretch", 60)]
    assert rig.sound.played == []


def test_a_window_opened_past_half_time_does_not_cue_a_switch(qtbot, library):
    elapsed = Elapsed()
    elapsed.seconds = 45.0
    window = ExerciseWindow(library.get("stretch"), 60, elapsed)
    qtbot.addWidget(window)
    with qtbot.assertNotEmitted(window.cue):
        _at(window, elapsed, 46)
    assert window.phase_label.text() == "Right side · right foot back"


# -- breathing -----------------------------------------------------------------------------------


def test_breathing_pacer_follows_the_configured_pace_and_completes(rig, qtbot):
    rig.configure(breath_in_seconds=3, breath_out_seconds=5)
    window = _start(rig, "breathing")
    assert window.pacer is not None and not window.reduced_motion
    assert window.tick.interval() == PACER_TICK_MS
    _tick_at(rig, window, 0.5)
    assert window.pacer.phase.phase == "in"
    small = window.pacer.radius()
    _tick_at(rig, window, 2.9)
    assert window.pacer.phase.phase == "in"
    assert window.pacer.radius() > small  # grows on the inhale
    big = window.pacer.radius()
    _tick_at(rig, window, 3.1)  # 3 s in: the exhale starts
    assert window.pacer.phase.phase == "out"
    assert window.phase_label.text() == "Breathe out · breath 1 of 8"
    _tick_at(rig, window, 7.5)
    assert window.pacer.radius() < big  # shrinks on the exhale
    _tick_at(rig, window, 8.1)  # 3 + 5 s: the second breath begins
    assert window.pacer.phase.phase == "in"
    assert window.phase_label.text() == "Breathe in · breath 2 of 8"
    _tick_at(rig, window, 59.9)
    assert window.phase_label.text() == "Breathe out · breath 8 of 8"
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("completed", "breathing", 60)]
    assert rig.sound.played == ["done"]


def test_the_pacer_draws_in_and_out(qtbot, library):
    window, elapsed = _window(qtbot, library, "breathing")
    window.show()
    _at(window, elapsed, 1)
    inhale = window.pacer.grab().toImage()
    _at(window, elapsed, 9.5)
    exhale = window.pacer.grab().toImage()
    assert inhale != exhale
    assert window.pacer.accessibleDescription().startswith("Breathe in for 4 seconds")


# -- reduced motion ------------------------------------------------------------------------------


def test_reduced_motion_shows_a_stepping_countdown_bar_instead_of_the_growing_circle(
    qtbot, library
):
    window, elapsed = _window(qtbot, library, "breathing", reduced_motion=True)
    assert window.reduced_motion
    assert window.tick.interval() == STEP_TICK_MS
    radii, bars = set(), []
    for t in (0.1, 1.2, 2.5, 3.9, 4.2, 9.0):
        _at(window, elapsed, t)
        radii.add(window.pacer.radius())
        bars.append((window.pacer.phase.phase, window.pacer.bar_fraction()))
    assert len(radii) == 1, "nothing grows or shrinks"
    assert bars == [
        ("in", 1.0),  # 4 s left of 4
        ("in", 0.75),
        ("in", 0.5),
        ("in", 0.25),
        ("out", 1.0),  # 6 s left of 6
        ("out", 1 / 6),
    ]
    assert window.phase_label.text() == "Breathe out · breath 1 of 6"


def test_reduced_motion_repaints_only_when_a_whole_second_changes(qtbot, library, monkeypatch):
    window, elapsed = _window(qtbot, library, "breathing", reduced_motion=True)
    updates = []
    monkeypatch.setattr(window.pacer, "update", lambda: updates.append(elapsed.seconds))
    for t in (0.1, 0.2, 0.3, 0.4, 1.1, 1.2, 3.5, 4.0):
        _at(window, elapsed, t)
    # Built at 0 s ("in", 4 s left); the count changes at 1 s and 3 s, the phase at 4 s.
    assert updates == [1.1, 3.5, 4.0]


def test_the_window_follows_the_systems_motion_preference(qtbot, library, monkeypatch):
    monkeypatch.setattr(exercise_window, "prefers_reduced_motion", lambda: True)
    window, _ = _window(qtbot, library, "breathing")
    assert window.reduced_motion

    monkeypatch.setattr(exercise_window, "prefers_reduced_motion", lambda: False)
    window, _ = _window(qtbot, library, "breathing")
    assert not window.reduced_motion
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    accessibility.motionPreferenceChanged.emit(Qt.MotionPreference.ReducedMotion)
    assert window.reduced_motion and window.tick.interval() == STEP_TICK_MS
    accessibility.motionPreferenceChanged.emit(Qt.MotionPreference.NoPreference)
    assert not window.reduced_motion and window.tick.interval() == PACER_TICK_MS
    window.close()
    accessibility.motionPreferenceChanged.emit(Qt.MotionPreference.ReducedMotion)  # no crash


# -- every exercise ------------------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", FOUR)
def test_every_exercise_counts_down_and_completes(rig, qtbot, exercise_id):
    window = _start(rig, exercise_id)
    _tick_at(rig, window, 0)
    assert window.countdown.text() == "1:00"
    assert window.progress.value() == 0
    _tick_at(rig, window, 15.5)
    assert window.countdown.text() == "0:45"
    assert window.progress.value() == 258
    assert window.phase_label.text()
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("completed", exercise_id, 60)]
    assert rig.sound.played[-1] == "done"


def test_march_and_glute_squeeze_say_what_to_do(qtbot, library):
    for exercise_id in ("march", "glute-squeeze"):
        window, elapsed = _window(qtbot, library, exercise_id)
        _at(window, elapsed, 20)
        assert window.phase_label.text() == library.get(exercise_id).summary
        assert window.illustration.current == library.get(exercise_id).illustrations[0]


def test_ending_early_is_skipped_with_no_done_cue(rig, qtbot):
    window = _start(rig, "breathing")
    _tick_at(rig, window, 21)
    qtbot.mouseClick(window.findChild(QPushButton, "end-early"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("skipped", "breathing", 21)]
    assert rig.sound.played == []


def test_escape_ends_the_break_early(rig, qtbot):
    window = _start(rig, "march")
    _tick_at(rig, window, 12)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("skipped", "march", 12)]


def test_closing_the_window_is_skipped_and_stops_its_timer(rig, qtbot):
    window = _start(rig, "stretch")
    tick = window.tick
    _tick_at(rig, window, 5)
    window.close()
    assert not tick.isActive()
    assert rig.outcomes() == [("skipped", "stretch", 5)]


def _our_active_timers(rig):
    objects = [*QApplication.allWidgets(), rig.presenter]
    return [
        timer.objectName() or repr(timer)
        for owner in objects
        for timer in owner.findChildren(QTimer)
        if timer.isActive()
    ]


@pytest.mark.parametrize("exercise_id", FOUR)
@pytest.mark.parametrize("how", ["completed", "closed"])
def test_no_timer_of_ours_ticks_after_the_window_closes(rig, qtbot, exercise_id, how):
    window = _start(rig, exercise_id)
    assert _our_active_timers(rig) == ["exercise-tick"]
    if how == "completed":
        _tick_at(rig, window, 60)
    else:
        _tick_at(rig, window, 10)
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert _our_active_timers(rig) == []
    # The window is deleted on close, taking its timer with it.
    qtbot.waitUntil(
        lambda: not any(w.objectName() == "exercise" for w in QApplication.allWidgets())
    )
    assert rig.scheduler.armed_at is not None  # only the next break is planned: a one-shot wake-up


def test_the_window_has_a_fixed_size(rig):
    window = _start(rig, "stretch")
    assert window.minimumSize() == window.maximumSize()


def test_the_pacer_skips_frames_that_would_not_move_the_circle(qtbot, library, monkeypatch):
    from PySide6.QtWidgets import QWidget

    window, elapsed = _window(qtbot, library, "breathing")
    window.tick.timeout.disconnect()  # only this test moves the pacer
    pacer = window.pacer
    updates = []

    def update():
        updates.append(elapsed.seconds)
        QWidget.update(pacer)

    monkeypatch.setattr(pacer, "update", update)
    window.show()

    def drawn_at(seconds):
        _at_pacer(window, elapsed, seconds)
        qtbot.waitUntil(lambda: pacer.painted_radius == pacer.radius())

    for t in (2.0, 2.033, 2.066):  # mid-inhale: the edge moves several px a frame
        drawn_at(t)
    assert updates == [2.0, 2.033, 2.066]
    drawn_at(3.99)
    _at_pacer(window, elapsed, 3.995)  # at the turn the circle stands still: nothing to draw
    assert updates[-1] == 3.99
    _at_pacer(window, elapsed, 4.01)  # "in" becomes "out": always drawn
    assert updates[-1] == 4.01


def _at_pacer(window, elapsed, seconds):
    elapsed.seconds = seconds
    window.refresh()
