"""The Timer seam: named, parented, overflow-safe, and found by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt

from psoasbreak.scheduling.timer import MAX_INTERVAL_MS, Timer, clamp_ms, find_timer


def test_a_timer_is_named_parented_and_found_by_its_name(qtbot):
    owner = QObject()
    timer = Timer(owner, "repaint", interval_ms=250, kind=Qt.TimerType.PreciseTimer)
    assert timer.parent() is owner and timer.objectName() == "repaint"
    assert timer.interval() == 250 and timer.timerType() is Qt.TimerType.PreciseTimer
    assert find_timer(owner, "repaint") is timer
    with pytest.raises(LookupError, match="no timer named 'other'"):
        find_timer(owner, "other")
    with pytest.raises(ValueError, match="name"):
        Timer(owner, "")


@pytest.mark.parametrize(
    ("asked", "armed"),
    [
        (0, 0),
        (-5, 0),
        (0.2, 1),  # rounded up: a wait never ends early
        (30_000, 30_000),
        (MAX_INTERVAL_MS, MAX_INTERVAL_MS),
        (40 * 24 * 3600 * 1000, MAX_INTERVAL_MS),  # 40 days: more than a C int of ms
        (float("inf"), MAX_INTERVAL_MS),
        (float("nan"), 0),
    ],
)
def test_any_wait_is_armed_within_what_qtimer_takes(qtbot, asked, armed):
    assert clamp_ms(asked) == armed
    timer = Timer(None, "probe", single_shot=True)
    timer.start(asked)
    try:
        assert timer.isActive() and timer.interval() == armed
    finally:
        timer.stop()


def test_start_without_a_wait_keeps_the_interval(qtbot):
    timer = Timer(None, "tick", interval_ms=1000)
    timer.start()
    try:
        assert timer.interval() == 1000 and timer.isActive()
    finally:
        timer.stop()


def test_a_timer_goes_with_its_owner(qtbot):
    owner = QObject()
    timer = Timer(owner, "short")
    timer.start(10_000)
    destroyed = []
    timer.destroyed.connect(lambda: destroyed.append(True))
    owner.deleteLater()
    qtbot.waitUntil(lambda: destroyed == [True], timeout=2000)
