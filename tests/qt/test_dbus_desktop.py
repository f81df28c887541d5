"""GNOME's idle monitor and the desktops' do-not-disturb flags, read over a real private D-Bus
from fake services that answer as GNOME Shell, Plasma and the settings portal do."""

from __future__ import annotations

import pytest

from psoasbreak.desktop.dnd import INHIBITED, NOTIFICATIONS_OFF, DBusQuiet, build_quiet_source
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.idle import MutterIdleMonitor, NullIdleMonitor, build_idle_monitor
from tests.private_bus import qt_connection

BUS_NAME = "test-session-bus"
GNOME_WAYLAND = DesktopSession(DisplayServer.WAYLAND, ("gnome",))
SWAY = DesktopSession(DisplayServer.WAYLAND, ("sway",))


@pytest.fixture
def session_bus(tmp_path):
    with qt_connection(tmp_path, BUS_NAME) as bus_and_connection:
        yield bus_and_connection


def test_mutter_idle_time_in_seconds(qtbot, session_bus):
    bus, connection = session_bus
    mutter = bus.service("session", MutterIdleMonitor.SERVICE)
    mutter.answer(MutterIdleMonitor.PATH, MutterIdleMonitor.INTERFACE, "GetIdletime", "t", 93_500)
    monitor = build_idle_monitor(GNOME_WAYLAND, connection)
    assert isinstance(monitor, MutterIdleMonitor)
    assert monitor.idle_seconds() == 93.5
    mutter.answer(MutterIdleMonitor.PATH, MutterIdleMonitor.INTERFACE, "GetIdletime", "t", 0)
    assert monitor.idle_seconds() == 0.0


def test_wayland_without_mutter_falls_back_to_unknown(qtbot, session_bus):
    _, connection = session_bus
    monitor = build_idle_monitor(SWAY, connection)
    assert isinstance(monitor, NullIdleMonitor)
    assert monitor.idle_seconds() is None


def test_a_refusing_idle_monitor_reads_as_unknown(qtbot, session_bus):
    bus, connection = session_bus
    bus.service("session", MutterIdleMonitor.SERVICE)  # owns the name, answers nothing
    assert MutterIdleMonitor(connection).idle_seconds() is None


def test_nothing_running_means_not_quiet(qtbot, session_bus):
    _, connection = session_bus
    assert DBusQuiet(connection).quiet_reason() is None


def test_notifications_inhibited_is_do_not_disturb(qtbot, session_bus):
    bus, connection = session_bus
    server = bus.service("session", "org.freedesktop.Notifications")
    where = ("/org/freedesktop/Notifications", "org.freedesktop.Notifications")
    quiet = DBusQuiet(connection)
    server.set_property(*where, "Inhibited", "b", False)
    assert quiet.quiet_reason() is None
    server.set_property(*where, "Inhibited", "b", True)
    assert quiet.quiet_reason() == NOTIFICATIONS_OFF


def test_gnome_banners_off_is_do_not_disturb(qtbot, session_bus):
    bus, connection = session_bus
    portal = bus.service("session", "org.freedesktop.portal.Desktop")
    where = ("/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings", "ReadOne")
    quiet = DBusQuiet(connection)
    portal.answer(*where, "v", ["b", True])
    assert quiet.quiet_reason() is None
    portal.answer(*where, "v", ["b", False])
    assert quiet.quiet_reason() == NOTIFICATIONS_OFF


def test_gnome_idle_inhibitor_holds_the_prompt(qtbot, session_bus):
    bus, connection = session_bus
    manager = bus.service("session", "org.gnome.SessionManager")
    where = ("/org/gnome/SessionManager", "org.gnome.SessionManager")
    quiet = DBusQuiet(connection)
    manager.set_property(*where, "InhibitedActions", "u", 4)  # suspend only: not our business
    assert quiet.quiet_reason() is None
    manager.set_property(*where, "InhibitedActions", "u", 4 | 8)
    assert quiet.quiet_reason() == INHIBITED


def test_kde_power_inhibitor_holds_the_prompt(qtbot, session_bus):
    bus, connection = session_bus
    power = bus.service("session", "org.freedesktop.PowerManagement.Inhibit")
    where = (
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
        "HasInhibit",
    )
    quiet = DBusQuiet(connection)
    power.answer(*where, "b", True)
    assert quiet.quiet_reason() == INHIBITED
    power.answer(*where, "b", False)
    assert quiet.quiet_reason() is None


def test_wayland_quiet_source_reads_the_bus(qtbot, session_bus):
    bus, connection = session_bus
    server = bus.service("session", "org.freedesktop.Notifications")
    server.set_property(
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        "Inhibited",
        "b",
        True,
    )
    assert build_quiet_source(SWAY, connection).quiet_reason() == NOTIFICATIONS_OFF


def test_a_portal_without_read_one_is_read_with_read(qtbot, session_bus):
    """xdg-desktop-portal 1.16 (GNOME 43) has Read alone, and wraps the value twice."""
    bus, connection = session_bus
    portal = bus.service("session", "org.freedesktop.portal.Desktop")
    where = ("/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings", "Read")
    quiet = DBusQuiet(connection)
    portal.answer(*where, "v", ["v", ["b", True]])
    assert quiet.portal_setting("org.gnome.desktop.notifications", "show-banners") is True
    assert quiet.quiet_reason() is None
    portal.answer(*where, "v", ["v", ["b", False]])
    assert quiet.quiet_reason() == NOTIFICATIONS_OFF


def test_a_portal_that_answers_neither_is_not_quiet(qtbot, session_bus):
    bus, connection = session_bus
    bus.service("session", "org.freedesktop.portal.Desktop")  # owns the name, refuses calls
    quiet = DBusQuiet(connection)
    assert quiet.portal_setting("org.gnome.desktop.notifications", "show-banners") is None
    assert quiet.quiet_reason() is None
