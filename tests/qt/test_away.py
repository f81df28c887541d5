"""Time away: the detector reads the idle time on its one timer and tells the session.

Most tests fire the timer every 30 s by hand (``tick``), which any moment may see; the timing
tests step the FakeClock to the moment the detector armed its timer for (``run_timer``).

The idle counter is a fake over the FakeClock (the real X11 one is tested under Xvfb in
tests/e2e/test_desktop_edges.py); the screen lock comes over a real private D-Bus.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.idle import NullIdleMonitor
from psoasbreak.desktop.screen_lock import ScreenLockWatch
from psoasbreak.shell.away_check import CHECK_INTERVAL_MS, AwayDetector
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
    detector = AwayDetector(idle, clock)
    detector.watch(session)
    detector.apply(SETTINGS.idle_reset_minutes)
    yield session, clock, database, idle, detector
    detector.stop()
    database.close()


def tick(detector, clock, seconds=CHECK_INTERVAL_MS / 1000):
    """Let one check interval pass and fire the check as the timer would."""
    clock.advance(seconds)
    detector.timer.timeout.emit()


def run_timer(detector, clock, seconds, touch_every=None, idle=None):
    """``seconds`` pass on the FakeClock; the timer fires whenever the clock reaches the moment
    it was armed for, and the user touches the input every ``touch_every`` seconds. Returns the
    moments the timer fired."""
    end = clock.now() + timedelta(seconds=seconds)
    touch = timedelta(seconds=touch_every) if touch_every else None
    next_touch = clock.now() + touch if touch else None
    fired = []
    while True:
        moments = [m for m in (detector.next_check_at, next_touch) if m is not None and m <= end]
        if not moments:
            break
        moment = min(moments)
        clock.advance((moment - clock.now()).total_seconds())
        if moment == next_touch:
            idle.touch()
            next_touch += touch
        if moment == detector.next_check_at:
            assert detector.timer.isActive()
            fired.append(moment)
            detector.timer.timeout.emit()
    clock.advance((end - clock.now()).total_seconds())
    return fired


def outcomes(database):
    return [(e.outcome, e.seconds) for e in database.events()]


def test_one_coarse_single_shot_timer_while_idle_reset_is_on(parts):
    _, clock, _, _, detector = parts
    assert detector.timer.isActive() and detector.timer.isSingleShot()
    # Just started: nobody can count as away before the idle reset has run out once.
    assert detector.next_check_at == clock.now() + timedelta(minutes=5, seconds=1)
    assert detector.timer.interval() == 301_000
    detector.apply(0)
    assert not detector.timer.isActive() and detector.next_check_at is None
    detector.apply(10)
    assert detector.timer.isActive()
    assert detector.next_check_at == clock.now() + timedelta(minutes=10, seconds=1)


def test_someone_at_work_costs_one_check_per_idle_reset(parts):
    """The point of issue 9: input every 30 s for an hour is 11 checks, not 120."""
    session, clock, database, idle, detector = parts
    fired = run_timer(detector, clock, 3600, touch_every=30, idle=idle)
    # Each check waits for the last input it saw plus the idle reset (and a second of slack):
    # 10:05:01 sees input at 10:05:00, so it looks again at 10:10:01, and so on.
    assert fired == [START + timedelta(minutes=5 * n, seconds=1) for n in range(1, 12)]
    assert not session.away and database.events() == []


def test_away_is_noticed_a_second_after_the_idle_reset_runs_out(parts):
    session, clock, database, idle, detector = parts
    run_timer(detector, clock, 150, touch_every=50, idle=idle)  # input until 10:02:30
    last_input = idle.last_input
    run_timer(detector, clock, (last_input + timedelta(minutes=5) - clock.now()).seconds)
    assert not session.away
    assert run_timer(detector, clock, 1) == [last_input + timedelta(minutes=5, seconds=1)]
    assert session.away
    # Away: nothing says when input comes back, so the timer looks every 30 s.
    assert len(run_timer(detector, clock, 10 * 60)) == 600 // 31
    idle.touch()
    back = clock.now()
    [seen] = run_timer(detector, clock, 31)  # "back" is noticed at most 31 s late
    assert not session.away and seen > back
    # The natural break ends when the input came back, not when the check saw it (issue 17).
    assert outcomes(database) == [(Outcome.NATURAL, (back - last_input).seconds)]
    assert database.events()[0].at == back
    # Working again: time away counts from the fresh interval, planned from the return, so the
    # next look is one idle reset after it.
    assert detector.next_check_at == back + timedelta(minutes=5, seconds=1)


def test_a_pause_arms_the_timer_for_its_end_and_a_resume_looks_at_once(parts):
    session, clock, _, _, detector = parts
    until = session.pause(60)
    run_timer(detector, clock, 6 * 60)  # the check armed at the start sees the pause
    assert detector.next_check_at == until + timedelta(seconds=1)
    session.resume()
    detector.session_changed()  # as the app does after a resume from the tray or the CLI
    assert detector.next_check_at == clock.now() + timedelta(minutes=5, seconds=1)
    run_timer(detector, clock, 5 * 60 + 1)
    assert session.away  # counted from the resume: the idle counter says longer


def test_an_exercise_is_watched_every_30_s_for_its_end(parts):
    session, clock, _, _, detector = parts
    session.start_break()
    detector.session_changed()
    assert detector.next_check_at == clock.now() + timedelta(seconds=31)


def test_unknown_idle_time_is_asked_again_every_30_s(parts):
    _, clock, _, idle, detector = parts
    idle.known = False
    detector.session_changed()
    assert detector.next_check_at == clock.now() + timedelta(seconds=31)


def test_no_timer_when_idle_time_is_unknown(qtbot, tmp_path):
    session, clock, database, _ = make_session(tmp_path, SETTINGS, FakeClock(START))
    detector = AwayDetector(NullIdleMonitor(), clock)
    detector.watch(session)
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
    # From the last input to the input that came back, though the check saw it 10 s later.
    assert outcomes(database) == [(Outcome.NATURAL, (back - last_input).seconds)]
    assert session.status().next_break_at == back + timedelta(minutes=30)
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
    counting_from = clock.now()
    assert session.state.value == "working" and not session.away
    for _ in range(11):
        tick(detector, clock)
    assert session.away
    clock.advance(60)
    idle.touch()
    back = clock.now()
    tick(detector, clock, 1)
    # From the moment the pause ended, not from the last input before it, to the return.
    assert outcomes(database) == [(Outcome.NATURAL, (back - counting_from).total_seconds())]
