"""Both exercises run to completion on a FakeClock: a 60-second break in milliseconds."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton

from psoasbreak.core.session import State


def _start(rig, exercise):
    assert rig.session.start_break(exercise)
    window = rig.presenter.exercise_window
    assert window is not None and window.isVisible()
    return window


def _tick_at(rig, window, elapsed):
    rig.clock.advance(elapsed - rig.session.break_elapsed())
    window.tick.timeout.emit()


def test_stretch_switches_sides_at_half_time_and_completes(rig, qtbot):
    window = _start(rig, "stretch")
    assert window.windowTitle() == "Break — Hip-flexor stretch"
    assert window.tick.isActive()
    _tick_at(rig, window, 10)
    assert window.phase_label.text() == "Left side"
    assert window.countdown.text() == "0:50"
    assert window.illustration.current == "illustrations/stretch-left.svg"
    _tick_at(rig, window, 30)
    assert window.phase_label.text().startswith("Switch sides")
    assert window.illustration.current == "illustrations/stretch-right.svg"
    _tick_at(rig, window, 40)
    assert window.phase_label.text() == "Right side"
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("completed", "stretch", 60)]
    assert rig.session.state is State.WORKING


def test_breathing_pacer_follows_the_pace_and_completes(rig, qtbot):
    window = _start(rig, "breathing")
    assert window.pacer is not None
    _tick_at(rig, window, 1)
    assert window.pacer.phase.phase == "in"
    small = window.pacer.radius()
    _tick_at(rig, window, 3.9)
    assert window.pacer.phase.phase == "in"
    assert window.pacer.radius() > small  # grows on the inhale
    big = window.pacer.radius()
    _tick_at(rig, window, 7)
    assert window.pacer.phase.phase == "out"
    assert window.pacer.radius() < big  # shrinks on the exhale
    assert window.phase_label.text() == "Breathe out  ·  breath 1"
    _tick_at(rig, window, 12)
    assert window.pacer.phase.phase == "in"
    assert window.phase_label.text() == "Breathe in  ·  breath 2"
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("completed", "breathing", 60)]


def test_ending_early_is_skipped(rig, qtbot):
    window = _start(rig, "breathing")
    _tick_at(rig, window, 21)
    qtbot.mouseClick(window.findChild(QPushButton, "end-early"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert rig.outcomes() == [("skipped", "breathing", 21)]


def test_closing_the_window_is_skipped_and_stops_its_timer(rig, qtbot):
    window = _start(rig, "stretch")
    tick = window.tick
    _tick_at(rig, window, 5)
    window.close()
    assert not tick.isActive()
    assert rig.outcomes() == [("skipped", "stretch", 5)]


def test_no_timer_of_ours_ticks_after_the_window_closes(rig, qtbot):
    from PySide6.QtWidgets import QApplication

    window = _start(rig, "breathing")
    _tick_at(rig, window, 60)
    qtbot.waitUntil(lambda: not window.isVisible())
    active = [
        t.objectName()
        for w in QApplication.topLevelWidgets()
        for t in w.findChildren(QTimer)
        if t.isActive() and t.objectName()
    ]
    assert active == []


def test_the_window_has_a_fixed_size(rig):
    window = _start(rig, "stretch")
    assert window.minimumSize() == window.maximumSize()
