"""Do-not-disturb sources: the Windows answer codes behind a fake, and how sources combine.

X11 fullscreen is tested for real under Xvfb + openbox (tests/e2e/test_desktop_edges.py) and the
D-Bus flags over a private bus (tests/qt/test_dbus_desktop.py).
"""

from __future__ import annotations

import pytest

from psoasbreak.desktop.dnd import FULLSCREEN, AnyQuiet, NullQuiet, WindowsQuiet, build_quiet_source
from psoasbreak.desktop.environment import DesktopSession, DisplayServer


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (5, None),  # QUNS_ACCEPTS_NOTIFICATIONS
        (1, "the screen is locked"),
        (2, FULLSCREEN),
        (3, "a fullscreen game is running"),
        (4, "presentation mode is on"),
        (6, "quiet hours are on"),
        (7, FULLSCREEN),
    ],
)
def test_windows_notification_states(state, reason):
    assert WindowsQuiet(lambda: state).quiet_reason() == reason


def test_windows_failure_is_not_quiet():
    def fails() -> int:
        raise OSError("SHQueryUserNotificationState failed")

    assert WindowsQuiet(fails).quiet_reason() is None


class Fixed:
    def __init__(self, reason):
        self.reason = reason
        self.asked = 0

    def quiet_reason(self):
        self.asked += 1
        return self.reason


def test_the_first_source_with_a_reason_wins_and_the_rest_are_not_asked():
    first, second, third = Fixed(None), Fixed("do not disturb is on"), Fixed(FULLSCREEN)
    assert AnyQuiet([first, second, third]).quiet_reason() == "do not disturb is on"
    assert (first.asked, second.asked, third.asked) == (1, 1, 0)
    assert AnyQuiet([Fixed(None)]).quiet_reason() is None


def test_macos_and_unknown_sessions_are_never_quiet():
    for server in (DisplayServer.MACOS, DisplayServer.UNKNOWN):
        assert isinstance(build_quiet_source(DesktopSession(server)), NullQuiet)
