"""Time away: the detector reads the idle time on its one timer and tells the session.

The idle counter is a fake over the FakeClock (the real X11 one is tested under Xvfb in
tests/e2e/test_desktop_edges.py); the screen lock comes over a real private D-Bus.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.away import CHECK_INTERVAL_MS, AwayDetector, ScreenLockWatch
from psoasbreak.desktop.idle import NullIdleMonitor
from tests.desktop_fakes import FakeIdle
from tests.helpers import make_session
from tests.private_bus import PrivateBus

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SETTINGS = Settings(interval_min_minutes=30, interval_max_minutes=30, idle_reset_minutes=5)


@pytest.fixture
def parts(qtbot, tmp_path):
    session, clock, database, _ = make_session(tmp_path, SETTINGS, FakeClock(START))
    session.start()
    idle = FakeIdle(clock)
    detector = AwayDetector(idle, session, clock)
    detector.apply(SETTINGS.idle_reset_minutes)
    yield session, clock, database, idle, detector
    detector.stop()
    database.close()


def tick(detector, clock, seconds=CHECK_INTERVAL_MS / 1000):
    """Let one check interval pass and fire the check as the timer would."""
    clock.advance(seconds)
    detector.timer.timeout.emit()


def outcomes(database):
    return [(e.outcome, e.seconds) for e in database.events()]


def test_one_coarse_timer_every_30_s_while_idle_reset_is_on(parts):
    _, _, _, _, detector = parts
    assert detector.timer.isActive()
    assert detector.timer.interval() == 30_000
    detector.apply(0)
    assert not detector.timer.isActive()
    detector.apply(10)
    assert detector.timer.isActive()


def test_no_timer_when_idle_time_is_unknown(qtbot, tmp_path):
    session, clock, database, _ = make_session(tmp_path, SETTINGS, FakeClock(START))
    detector = AwayDetector(NullIdleMonitor(), session, clock)
    detector.apply(5)
    assert not detector.timer.isActive()
    database.close()


def test_away_after_the_idle_reset_and_back_on_input_is_one_natural_break(parts):
    session, clock, database, idle, detector = parts
    clock.advance(10 * 60)
    idle.touch()  # the last input, at 10:10
    last_input = clock.now()
    for _ in range(9):  # 4.5 min: not yet away
        tick(detector, clock)
    assert not session.away
    tick(detector, clock)  # 5 min without input
    assert session.away
    assert session.status().next_break_at is None
    for _ in range(40):  # 20 more minutes away: still one absence
        tick(detector, clock)
    idle.touch()  # back at 10:35
    back = clock.now()
    tick(detector, clock, 10)
    assert not session.away
    # Measured from the last input to the check that saw the return (10 s late here).
    assert outcomes(database) == [(Outcome.NATURAL, (back - last_input).seconds + 10)]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    tick(detector, clock)
    assert len(database.events()) == 1


def test_idle_reset_off_never_calls_the_user_away(parts):
    session, clock, database, _, detector = parts
    detector.apply(0)
    for _ in range(20):
        tick(detector, clock)
    assert not session.away and database.events() == []


def test_unknown_idle_time_changes_nothing(parts):
    session, clock, _, idle, detector = parts
    idle.known = False
    for _ in range(20):
        tick(detector, clock)
    assert not session.away


def test_a_locked_screen_counts_as_away_once_it_lasts_the_idle_reset(parts):
    session, clock, database, idle, detector = parts
    detector.screen_locked(True)
    for _ in range(3):
        tick(detector, clock)
        idle.touch()  # a lock screen may reset the idle counter: it does not bring anyone back
    assert not session.away
    for _ in range(7):
        tick(detector, clock)
        idle.touch()
    assert session.away
    clock.advance(60)
    detector.screen_locked(False)
    assert not session.away
    assert outcomes(database) == [(Outcome.NATURAL, 6 * 60)]


def test_a_short_lock_is_no_break(parts):
    session, clock, database, _, detector = parts
    detector.screen_locked(True)
    tick(detector, clock)
    detector.screen_locked(False)
    assert not session.away and database.events() == []


SCREENSAVER = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")


def test_lock_and_unlock_arrive_over_a_real_session_bus(qtbot, tmp_path):
    from PySide6.QtDBus import QDBusConnection

    with PrivateBus.start(tmp_path) as bus:
        saver = bus.service("session", "org.freedesktop.ScreenSaver")
        connection = QDBusConnection.connectToBus(bus.address, "test-screensaver")
        try:
            watch = ScreenLockWatch(connection)
            assert watch.connect_bus()
            with qtbot.waitSignal(watch.locked_changed) as locked:
                saver.emit(*SCREENSAVER, "ActiveChanged", "b", True)
            assert locked.args == [True]
            with qtbot.waitSignal(watch.locked_changed) as unlocked:
                saver.emit(*SCREENSAVER, "ActiveChanged", "b", False)
            assert unlocked.args == [False]
        finally:
            QDBusConnection.disconnectFromBus("test-screensaver")


def test_time_away_during_a_pause_does_not_count(parts):
    session, clock, database, idle, detector = parts
    session.pause(30)
    for _ in range(60):  # the whole pause with no input
        tick(detector, clock)
    session.wakeup()  # the pause ends; nobody is at the keyboard
    assert session.state.value == "working" and not session.away
    tick(detector, clock)
    counting_from = clock.now()
    for _ in range(10):
        tick(detector, clock)
    assert session.away
    clock.advance(60)
    idle.touch()
    tick(detector, clock, 1)
    # From the first check after the pause, not from the last input before it.
    assert outcomes(database) == [(Outcome.NATURAL, (clock.now() - counting_from).total_seconds())]
