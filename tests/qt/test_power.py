"""logind's PrepareForSleep over a real private dbus-daemon, from a fake logind (jeepney).

The clocks are fakes moved by the test (a real suspend is not something a test can do); the bus,
the signal and its delivery to the ``@Slot(bool)`` receiver are real. The app itself reads
``DBUS_SYSTEM_BUS_ADDRESS`` in tests/e2e/test_desktop_edges.py; here the connection is made to
the daemon's address directly, because libdbus pins the system bus address of a process the
first time anything in it asks for a bus.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtDBus import QDBusConnection

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.power import LOGIND, LOGIND_MANAGER, LOGIND_PATH, SleepMonitor
from psoasbreak.scheduling.wake import WakeWatch
from tests.desktop_fakes import FakeWakeClocks
from tests.helpers import make_session
from tests.private_bus import qt_connection

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
SETTINGS = Settings(interval_min_minutes=30, interval_max_minutes=30, idle_reset_minutes=5)
BUS_NAME = "test-system-bus"


@pytest.fixture
def system_bus(tmp_path):
    with qt_connection(tmp_path, BUS_NAME) as bus_and_connection:
        yield bus_and_connection


def test_a_suspend_reported_by_logind_is_one_natural_break(qtbot, tmp_path, system_bus):
    bus, connection = system_bus
    logind = bus.service("system", LOGIND)
    session, clock, database, log = make_session(tmp_path, SETTINGS, FakeClock(START))
    clocks = FakeWakeClocks(clock)
    wake = WakeWatch(clocks)
    power = SleepMonitor(connection)
    # As app.py wires them.
    power.going_to_sleep.connect(wake.check)
    power.resumed.connect(wake.check)
    wake.slept.connect(session.resumed_from_sleep)
    wake.clock_changed.connect(session.clock_changed)
    try:
        assert power.connect_bus()
        wake.start()
        session.start()
        clock.advance(12 * 60)
        with qtbot.waitSignal(power.going_to_sleep):
            logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", True)
        clocks.suspend(2 * 3600)
        with qtbot.waitSignal(power.resumed):
            logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", False)
        assert [(e.outcome, e.seconds) for e in database.events()] == [(Outcome.NATURAL, 2 * 3600)]
        assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
        # The minute check comes round after the resume: the same suspend is not counted again.
        wake.timer.timeout.emit()
        assert len(database.events()) == 1
        assert "prompt_opened" not in log.names()
        assert logind.calls() == []  # nothing asked of logind: a refusing one cannot hurt
    finally:
        wake.stop()
        database.close()


def test_no_logind_on_the_bus_is_fine(qtbot, system_bus):
    _, connection = system_bus
    power = SleepMonitor(connection)
    assert power.connect_bus()  # a match rule, nothing more: logind may come later


def test_no_system_bus_is_reported_not_raised(qtbot):
    broken = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "test-no-bus")
    try:
        power = SleepMonitor(broken)
        assert not power.connect_bus()
        assert not power.listening
    finally:
        QDBusConnection.disconnectFromBus("test-no-bus")
