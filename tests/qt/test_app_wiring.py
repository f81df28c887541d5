"""App's wiring has no order to depend on: each fact that several parts act on reaches one App
handler, which calls them in its stated order (check the clocks, then the session, then the away
check), instead of two connections that Qt would call in the order they were made."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import SIGNAL


@pytest.mark.parametrize(
    ("owner", "signal"),
    [
        ("scheduler", "due()"),
        ("scheduler", "day_changed()"),
        ("wake", "slept(double)"),
        ("wake", "clock_changed()"),
        ("power", "going_to_sleep()"),
        ("power", "resumed()"),
        ("tray", "resume_requested()"),
    ],
)
def test_each_fact_reaches_one_handler(rig, owner, signal):
    source = getattr(rig.app, owner)
    assert source.receivers(SIGNAL(signal)) == 1


def test_a_resume_from_the_tray_replans_and_the_away_check_looks_at_once(rig):
    rig.input_idle = 10.0
    rig.tray.pause_actions[30].trigger()
    rig.app.away.session_changed()  # as any later look would: armed for the end of the pause
    assert rig.app.away.next_check_at > rig.clock.now() + timedelta(minutes=29)
    rig.tray.resume_action.trigger()
    assert rig.session.state.value == "working" and rig.next_break is not None
    # Working again: time away counts from the fresh interval, so the next look is one idle
    # reset from now, not the pause's end.
    reset = timedelta(minutes=rig.settings.idle_reset_minutes)
    assert rig.app.away.next_check_at == rig.clock.now() + reset + timedelta(seconds=1)
