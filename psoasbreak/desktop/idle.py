"""Seconds since the user last touched the keyboard or the pointer, per platform.

``build_idle_monitor`` picks one backend for the session; every backend answers None when it
cannot tell, and ``NullIdleMonitor`` always does (then no natural breaks are detected, and
nothing else changes).

| session        | how                                                                   |
|----------------|-----------------------------------------------------------------------|
| X11            | MIT-SCREEN-SAVER extension (python-xlib)                              |
| GNOME Wayland  | ``org.gnome.Mutter.IdleMonitor.GetIdletime`` over QtDBus              |
| other Wayland  | ``ext-idle-notify-v1`` or ``org_kde_kwin_idle`` (``wayland_idle.py``) |
| Windows        | ``GetLastInputInfo`` against ``GetTickCount`` (both wrap at 2**32 ms) |
| macOS          | Quartz ``CGEventSourceSecondsSinceLastEventType``                     |

The Windows and macOS calls sit behind one-function seams so their arithmetic is tested with
fakes; X11 and Mutter are tested for real (Xvfb, a private D-Bus), the Wayland protocols under a
real headless sway (tests/wayland).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from psoasbreak.desktop.environment import DesktopSession, DisplayServer

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from psoasbreak.desktop.x11 import XDisplay

log = logging.getLogger(__name__)


class IdleMonitor(Protocol):
    #: Where the answer comes from, for the log and the README's table.
    name: str
    #: False only for the monitor that can never tell (then nothing is worth asking it).
    available: bool

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when unknown right now."""
        ...

    def close(self) -> None:
        """Let go of what it holds (a display or compositor connection) before exit."""
        ...


class NullIdleMonitor:
    name = "none"
    available = False

    def idle_seconds(self) -> float | None:
        return None

    def close(self) -> None:
        pass


class X11IdleMonitor:
    name = "X11 XScreenSaver"
    available = True

    def __init__(self, display: XDisplay) -> None:
        self._display = display

    @classmethod
    def open(cls, display_name: str | None) -> X11IdleMonitor | None:
        from psoasbreak.desktop.x11 import XDisplay

        display = XDisplay.open(display_name)
        if display is None:
            return None
        if not display.has_screensaver_extension():
            log.info("the X server has no MIT-SCREEN-SAVER extension: idle time is unknown")
            display.close()
            return None
        return cls(display)

    def idle_seconds(self) -> float | None:
        return self._display.idle_seconds()

    def close(self) -> None:
        self._display.close()


class MutterIdleMonitor:
    """GNOME Shell's own idle monitor, the one GNOME uses to blank the screen."""

    name = "GNOME Mutter IdleMonitor"
    available = True
    SERVICE = "org.gnome.Mutter.IdleMonitor"
    PATH = "/org/gnome/Mutter/IdleMonitor/Core"
    INTERFACE = "org.gnome.Mutter.IdleMonitor"

    def __init__(self, bus: QDBusConnection) -> None:
        self._bus = bus

    def idle_seconds(self) -> float | None:
        from psoasbreak.desktop import qtdbus

        reply = qtdbus.call(self._bus, self.SERVICE, self.PATH, self.INTERFACE, "GetIdletime")
        if not reply or not isinstance(reply[0], int):
            return None
        return reply[0] / 1000.0  # milliseconds

    def close(self) -> None:
        pass  # calls on the shared session bus: nothing of its own to let go


class WindowsInput(Protocol):
    """The two Win32 calls, in milliseconds on the same 32-bit tick clock."""

    def last_input_tick(self) -> int:
        """``GetLastInputInfo().dwTime``."""
        ...

    def tick_count(self) -> int:
        """``GetTickCount()``."""
        ...


class Win32Input:  # pragma: no cover - runs on Windows only; the arithmetic is tested with a fake
    def __init__(self) -> None:
        from ctypes import wintypes

        class LastInputInfo(ctypes.Structure):
            _fields_ = [("cbSize", wintypes.UINT), ("dwTime", wintypes.DWORD)]

        self._info = LastInputInfo()
        self._info.cbSize = ctypes.sizeof(LastInputInfo)
        windll = ctypes.windll  # type: ignore[attr-defined]  # exists on Windows only
        self._get_last_input = windll.user32.GetLastInputInfo
        self._get_tick_count = windll.kernel32.GetTickCount
        self._get_tick_count.restype = wintypes.DWORD

    def last_input_tick(self) -> int:
        if not self._get_last_input(ctypes.byref(self._info)):
            raise OSError("GetLastInputInfo failed")
        return int(self._info.dwTime)

    def tick_count(self) -> int:
        return int(self._get_tick_count())


class WindowsIdleMonitor:
    name = "Windows GetLastInputInfo"
    available = True

    def __init__(self, api: WindowsInput) -> None:
        self._api = api

    def idle_seconds(self) -> float | None:
        try:
            last = self._api.last_input_tick()
            now = self._api.tick_count()
        except OSError as exc:
            log.debug("GetLastInputInfo: %s", exc)
            return None
        # Both counters wrap every 49.7 days; the difference modulo 2**32 stays right across it.
        return ((now - last) & 0xFFFFFFFF) / 1000.0

    def close(self) -> None:
        pass


#: CGEventSourceStateID kCGEventSourceStateHIDSystemState: real hardware input only.
_HID_SYSTEM_STATE = 1
#: CGEventType kCGAnyInputEventType (~0).
_ANY_INPUT_EVENT = 0xFFFFFFFF


def quartz_seconds_since_input() -> Callable[[], float] | None:  # pragma: no cover - macOS only
    path = ctypes.util.find_library("ApplicationServices")
    if path is None:
        return None
    function = ctypes.CDLL(path).CGEventSourceSecondsSinceLastEventType
    function.restype = ctypes.c_double
    function.argtypes = [ctypes.c_int32, ctypes.c_uint32]
    return lambda: float(function(_HID_SYSTEM_STATE, _ANY_INPUT_EVENT))


class MacIdleMonitor:
    name = "macOS Quartz event source"
    available = True

    def __init__(self, seconds_since_input: Callable[[], float]) -> None:
        self._seconds_since_input = seconds_since_input

    def idle_seconds(self) -> float | None:
        seconds = self._seconds_since_input()
        # Quartz answers a negative or NaN value when it has no event source to ask.
        return seconds if seconds >= 0 else None

    def close(self) -> None:
        pass


def build_idle_monitor(
    session: DesktopSession, session_bus: QDBusConnection | None = None
) -> IdleMonitor:
    """The best idle backend for this session; NullIdleMonitor when none can tell."""
    monitor = _pick(session, session_bus)
    if monitor is None:
        log.info(
            "idle time is not available on %s: time away is not counted as a natural break",
            session.describe(),
        )
        return NullIdleMonitor()
    log.info("idle time from %s", monitor.name)
    return monitor


def _pick(session: DesktopSession, session_bus: QDBusConnection | None) -> IdleMonitor | None:
    server = session.server
    if server is DisplayServer.X11:
        return X11IdleMonitor.open(session.x_display)
    if server is DisplayServer.WAYLAND:
        if not session.is_gnome:  # GNOME has no idle protocol for clients, only Mutter's
            from psoasbreak.desktop.wayland_idle import WaylandIdleMonitor

            wayland = WaylandIdleMonitor.open()
            if wayland is not None:
                return wayland
        if session_bus is None:
            from PySide6.QtDBus import QDBusConnection

            session_bus = QDBusConnection.sessionBus()
        mutter = MutterIdleMonitor(session_bus)
        return mutter if mutter.idle_seconds() is not None else None
    if server is DisplayServer.WINDOWS:  # pragma: no cover - Windows only
        return WindowsIdleMonitor(Win32Input())
    if server is DisplayServer.MACOS:  # pragma: no cover - macOS only
        quartz = quartz_seconds_since_input()
        return MacIdleMonitor(quartz) if quartz is not None else None
    return None
