"""Do-not-disturb sources: the Windows answer codes behind a fake, X11's "fullscreen on the
pointer's monitor" with a fake X server behind python-xlib's calls, and how sources combine.

X11 fullscreen is also tested for real under Xvfb + openbox, on one monitor
(tests/e2e/test_desktop_edges.py) and two (tests/e2e/test_fullscreen_screens.py), and the D-Bus
flags over a private bus (tests/qt/test_dbus_desktop.py).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from psoasbreak.core.quiet import QuietReason
from psoasbreak.desktop.dnd import (
    FULLSCREEN,
    AnyQuiet,
    NullQuiet,
    WindowsQuiet,
    X11Fullscreen,
    build_quiet_source,
)
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.x11 import Area, XDisplay


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


def test_macos_and_unknown_sessions_have_no_desktop_flags():
    """Their only signs are a call's (desktop/calls.py): without those, prompts are never held."""
    for server in (DisplayServer.MACOS, DisplayServer.UNKNOWN):
        assert isinstance(build_quiet_source(DesktopSession(server), calls=[]), NullQuiet)


def test_the_signs_of_a_call_are_asked_before_the_desktop_flags():
    mic = Fixed(QuietReason.MICROPHONE)
    quiet = build_quiet_source(DesktopSession(DisplayServer.UNKNOWN), calls=[mic])
    assert quiet.quiet_reason() is QuietReason.MICROPHONE
    assert isinstance(quiet, AnyQuiet) and quiet.sources[0] is mic


# -- X11: a fullscreen window on the pointer's monitor -----------------------------------------

LEFT = Area(0, 0, 1920, 1080, primary=True)
RIGHT = Area(1920, 0, 2560, 1440)  # a taller monitor beside it, top edges aligned


class FakeXServer:
    """What python-xlib's Display answers for the calls XDisplay makes: EWMH properties, window
    geometry, the pointer and RandR monitors (positions in root-window pixels)."""

    def __init__(self, monitors=(LEFT, RIGHT), *, randr=True):
        self.monitors = list(monitors)
        self.randr = randr
        self.randr_fails = False
        self.ewmh = True
        self.active = 0
        self.windows = {}  # id -> (Area, fullscreen)
        self.pointer = (10, 10)
        self.same_screen = True
        self.root = FakeRoot(self)

    def show(self, wid, area, *, fullscreen=True):
        self.windows[wid] = (area, fullscreen)
        self.active = wid

    # python-xlib's Display
    def screen(self):
        return SimpleNamespace(root=self.root)

    def intern_atom(self, name):
        return hash(name) & 0xFFFF

    def create_resource_object(self, kind, wid):
        assert kind == "window"
        return FakeWindow(self, wid)

    def has_extension(self, name):
        return name == "RANDR" and self.randr


def prop(*values):
    return SimpleNamespace(value=list(values))


class FakeWindow:
    def __init__(self, server, wid):
        self.server, self.wid = server, wid

    def get_full_property(self, atom, _type):
        assert atom == self.server.intern_atom("_NET_WM_STATE")
        _, fullscreen = self.server.windows[self.wid]
        return prop(self.server.intern_atom("_NET_WM_STATE_FULLSCREEN")) if fullscreen else None

    def get_geometry(self):
        area, _ = self.server.windows[self.wid]
        return SimpleNamespace(x=0, y=0, width=area.width, height=area.height)


class FakeRoot:
    def __init__(self, server):
        self.server = server

    def get_full_property(self, atom, _type):
        assert atom == self.server.intern_atom("_NET_ACTIVE_WINDOW")
        return prop(self.server.active) if self.server.ewmh else None

    def translate_coords(self, window, x, y):
        area, _ = self.server.windows[window.wid]
        return SimpleNamespace(x=area.x + x, y=area.y + y)

    def query_pointer(self):
        x, y = self.server.pointer
        return SimpleNamespace(root_x=x, root_y=y, same_screen=self.server.same_screen)

    def xrandr_get_monitors(self):
        if self.server.randr_fails:
            raise OSError("BadRequest: RandR 1.4")
        monitors = [
            SimpleNamespace(
                x=m.x, y=m.y, width_in_pixels=m.width, height_in_pixels=m.height, primary=m.primary
            )
            for m in self.server.monitors
        ]
        return SimpleNamespace(monitors=monitors)

    def get_geometry(self):
        return SimpleNamespace(x=0, y=0, width=4480, height=1440)


def quiet_on(server):
    return X11Fullscreen(XDisplay(server)).quiet_reason()


def test_a_fullscreen_window_holds_the_prompt_only_on_the_pointers_monitor():
    server = FakeXServer()
    server.show(0x400001, RIGHT)
    server.pointer = (100, 500)  # on LEFT, where the prompt would open
    assert quiet_on(server) is None
    server.pointer = (1920, 0)  # the first pixel of RIGHT
    assert quiet_on(server) == FULLSCREEN
    server.pointer = (4479, 1439)  # its last pixel
    assert quiet_on(server) == FULLSCREEN
    server.pointer = (1919, 1079)  # the last pixel of LEFT
    assert quiet_on(server) is None


def test_a_fullscreen_window_spanning_both_monitors_holds_on_either():
    server = FakeXServer()
    server.show(0x400001, Area(0, 0, 4480, 1440))
    for pointer in ((5, 5), (3000, 1000)):
        server.pointer = pointer
        assert quiet_on(server) == FULLSCREEN, pointer


def test_a_window_that_is_not_fullscreen_never_holds():
    server = FakeXServer()
    server.show(0x400001, LEFT, fullscreen=False)
    assert quiet_on(server) is None


def test_off_every_monitor_the_primary_one_decides_as_the_prompt_falls_back_to_it():
    # A gap below LEFT (RIGHT is taller), or the pointer on another X screen.
    server = FakeXServer()
    server.show(0x400001, LEFT)
    server.pointer = (100, 1300)
    assert quiet_on(server) == FULLSCREEN
    server.pointer, server.same_screen = (3000, 500), False
    assert quiet_on(server) == FULLSCREEN
    server.show(0x400002, RIGHT)
    assert quiet_on(server) is None


@pytest.mark.parametrize("trouble", ["no RandR", "RandR fails", "no monitors"])
def test_without_randr_monitors_the_whole_screen_is_one_monitor(trouble):
    server = FakeXServer(randr=trouble != "no RandR")
    server.randr_fails = trouble == "RandR fails"
    if trouble == "no monitors":
        server.monitors = []
    server.show(0x400001, RIGHT)
    server.pointer = (100, 500)
    assert quiet_on(server) == FULLSCREEN


def test_no_window_manager_no_active_window_or_a_vanished_window_is_not_quiet():
    server = FakeXServer()
    server.ewmh = False
    assert XDisplay(server).fullscreen_on_pointer_monitor() is None
    server.ewmh, server.active = True, 0
    assert XDisplay(server).fullscreen_on_pointer_monitor() is False
    server.active = 0x400009  # gone between the two queries: python-xlib raises
    server.windows = _Vanishing()
    assert XDisplay(server).fullscreen_on_pointer_monitor() is None
    assert quiet_on(server) is None


class _Vanishing(dict):
    def __getitem__(self, wid):
        raise OSError(f"BadWindow {wid:#x}")


@pytest.mark.parametrize(
    ("other", "overlaps"),
    [
        (Area(1919, 0, 10, 10), True),  # one shared column
        (Area(1920, 0, 10, 10), False),  # touching the right edge
        (Area(0, 1080, 10, 10), False),  # touching the bottom edge
        (Area(-10, -10, 10, 10), False),  # touching the top-left corner
        (Area(-10, -10, 11, 11), True),
        (Area(500, 500, 1, 1), True),  # inside
        (Area(-100, -100, 5000, 5000), True),  # around it
    ],
)
def test_areas_overlap_when_they_share_a_pixel(other, overlaps):
    assert LEFT.overlaps(other) is overlaps
    assert other.overlaps(LEFT) is overlaps
