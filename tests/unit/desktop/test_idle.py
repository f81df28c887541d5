"""The idle backends' arithmetic at the OS call, with fakes for the Windows and macOS calls.

X11 is tested for real under Xvfb (tests/e2e/test_desktop_edges.py) and Mutter over a private
D-Bus (tests/qt/test_dbus_desktop.py).
"""

from __future__ import annotations

import math

from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.idle import (
    MacIdleMonitor,
    NullIdleMonitor,
    WindowsIdleMonitor,
    build_idle_monitor,
)


class FakeWin32:
    def __init__(self, last_input: int, now: int, fail: bool = False) -> None:
        self.last_input, self.now, self.fail = last_input, now, fail

    def last_input_tick(self) -> int:
        if self.fail:
            raise OSError("GetLastInputInfo failed")
        return self.last_input

    def tick_count(self) -> int:
        return self.now


def test_windows_idle_is_the_tick_difference_in_seconds():
    assert WindowsIdleMonitor(FakeWin32(1_000, 61_500)).idle_seconds() == 60.5


def test_windows_idle_survives_the_49_day_tick_wrap():
    # Input 2 s before GetTickCount wrapped to 0; now 3 s after.
    monitor = WindowsIdleMonitor(FakeWin32(2**32 - 2_000, 3_000))
    assert monitor.idle_seconds() == 5.0


def test_windows_failure_reads_as_unknown():
    assert WindowsIdleMonitor(FakeWin32(0, 0, fail=True)).idle_seconds() is None


def test_macos_idle_is_quartz_seconds_and_nonsense_is_unknown():
    assert MacIdleMonitor(lambda: 12.25).idle_seconds() == 12.25
    assert MacIdleMonitor(lambda: -1.0).idle_seconds() is None
    assert MacIdleMonitor(lambda: math.nan).idle_seconds() is None


def test_no_display_at_all_gives_the_null_monitor():
    monitor = build_idle_monitor(DesktopSession(DisplayServer.UNKNOWN))
    assert isinstance(monitor, NullIdleMonitor)
    assert monitor.idle_seconds() is None


def test_an_x11_display_that_does_not_answer_gives_the_null_monitor():
    session = DesktopSession(DisplayServer.X11, (), ":4095")  # nothing listens there
    assert isinstance(build_idle_monitor(session), NullIdleMonitor)


def test_wayland_idle_without_a_compositor_is_none(tmp_path, monkeypatch):
    from psoasbreak.desktop.wayland_idle import WaylandIdleMonitor

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no wayland-0 socket in there
    assert WaylandIdleMonitor.open("wayland-none") is None
