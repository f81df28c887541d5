"""Which desktop session this is: the session type first, and XWayland is not X11."""

from __future__ import annotations

import pytest

from psoasbreak.desktop.environment import (
    DesktopSession,
    DisplayServer,
    choose_qt_platform,
    no_tray_message,
)


@pytest.mark.parametrize(
    ("environ", "server", "x_display"),
    [
        ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, DisplayServer.X11, ":0"),
        ({"DISPLAY": ":1"}, DisplayServer.X11, ":1"),
        # XWayland: DISPLAY is set, but its idle counter and windows are only X11 clients'.
        ({"XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, DisplayServer.WAYLAND, None),
        ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":0"}, DisplayServer.WAYLAND, None),
        ({"XDG_SESSION_TYPE": "tty"}, DisplayServer.UNKNOWN, None),
        ({}, DisplayServer.UNKNOWN, None),
    ],
)
def test_session_type_on_linux(environ, server, x_display):
    session = DesktopSession.detect(environ, "linux")
    assert session.server is server
    assert session.x_display == x_display


def test_desktop_names():
    gnome = DesktopSession.detect({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME", "DISPLAY": ":0"}, "linux")
    assert gnome.is_gnome and not gnome.is_kde
    kde = DesktopSession.detect({"XDG_CURRENT_DESKTOP": "KDE", "WAYLAND_DISPLAY": "w"}, "linux")
    assert kde.is_kde and kde.describe() == "wayland (kde)"


def test_windows_and_macos_by_platform():
    assert DesktopSession.detect({"DISPLAY": ":0"}, "win32").server is DisplayServer.WINDOWS
    assert DesktopSession.detect({}, "darwin").server is DisplayServer.MACOS


@pytest.mark.parametrize(
    ("environ", "chosen"),
    [
        ({"WAYLAND_DISPLAY": "wayland-1", "DISPLAY": ":0"}, "wayland;xcb"),
        ({"XDG_SESSION_TYPE": "wayland"}, "wayland;xcb"),
        # The user's choice stands, even on Wayland (say, xcb for a tray that only XEmbeds).
        ({"WAYLAND_DISPLAY": "wayland-1", "QT_QPA_PLATFORM": "xcb"}, None),
        ({"DISPLAY": ":0"}, None),
        ({}, None),
    ],
)
def test_qt_runs_natively_on_wayland_unless_the_user_chose(environ, chosen):
    before = dict(environ)
    assert choose_qt_platform(environ) == chosen
    expected = before if chosen is None else {**before, "QT_QPA_PLATFORM": chosen}
    assert environ == expected


@pytest.mark.parametrize(
    ("environ", "hint", "later"),
    [
        ({"DISPLAY": ":0"}, "a panel with a notification area", "it appears once a tray runs"),
        # Qt (or, under XWayland, desktop/tray_host.py) shows the icon in a tray that starts later.
        ({"WAYLAND_DISPLAY": "wayland-1"}, "waybar's 'tray' module", "it appears once a tray runs"),
        (
            {"XDG_SESSION_TYPE": "wayland", "XDG_CURRENT_DESKTOP": "GNOME"},
            "AppIndicator and KStatusNotifierItem Support",
            "it appears once a tray runs",
        ),
        ({"XDG_SESSION_TYPE": "tty"}, "a panel", "restart psoasbreak once a tray runs"),
    ],
)
def test_the_no_tray_message_says_what_gives_a_tray_and_what_happens_then(environ, hint, later):
    message = no_tray_message(DesktopSession.detect(environ, "linux"))
    assert hint in message
    assert later in message
    assert "psoasbreak status | pause | resume | break-now | quit" in message


@pytest.mark.parametrize(
    ("environ", "platform", "can"),
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_a_display_is_needed_only_by_the_plugins_that_draw_on_one(environ, platform, can):
    from psoasbreak.desktop.environment import no_display_reason

    assert (no_display_reason(environ, platform) is None) is can
