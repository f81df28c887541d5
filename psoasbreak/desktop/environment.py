"""Which kind of desktop session the app runs in, decided once from the environment.

The session type comes first: under Wayland, ``DISPLAY`` usually points at XWayland, whose idle
counter and active window only know about X11 clients, so X11 answers are not trusted there.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass


class DisplayServer(str, enum.Enum):
    X11 = "x11"
    WAYLAND = "wayland"
    WINDOWS = "windows"
    MACOS = "macos"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class DesktopSession:
    server: DisplayServer
    #: XDG_CURRENT_DESKTOP's entries, lower case ("gnome", "kde", "sway", …); empty when unset.
    desktops: tuple[str, ...] = ()
    #: The X display to ask, only when the session really is X11.
    x_display: str | None = None

    @classmethod
    def detect(
        cls, environ: Mapping[str, str] | None = None, platform: str | None = None
    ) -> DesktopSession:
        env = os.environ if environ is None else environ
        platform = sys.platform if platform is None else platform
        if platform == "win32":
            return cls(DisplayServer.WINDOWS)
        if platform == "darwin":
            return cls(DisplayServer.MACOS)
        desktops = tuple(
            d.strip().lower() for d in env.get("XDG_CURRENT_DESKTOP", "").split(":") if d.strip()
        )
        kind = env.get("XDG_SESSION_TYPE", "").lower()
        if kind == "wayland" or env.get("WAYLAND_DISPLAY"):
            return cls(DisplayServer.WAYLAND, desktops)
        if env.get("DISPLAY") and kind in ("x11", "", "tty"):
            return cls(DisplayServer.X11, desktops, env["DISPLAY"])
        return cls(DisplayServer.UNKNOWN, desktops)

    @property
    def is_gnome(self) -> bool:
        return any(d in ("gnome", "ubuntu", "unity", "pop") for d in self.desktops)

    @property
    def is_kde(self) -> bool:
        return "kde" in self.desktops

    def describe(self) -> str:
        desktop = "/".join(self.desktops) or "unknown desktop"
        return f"{self.server.value} ({desktop})"


def no_tray_message(session: DesktopSession) -> str:
    """What to tell a user whose desktop shows no system tray, with what would give them one."""
    if session.is_gnome:
        hint = "install GNOME's 'AppIndicator and KStatusNotifierItem Support' extension"
    elif session.is_kde:
        hint = "add the System Tray widget to a Plasma panel"
    elif session.server is DisplayServer.WAYLAND:
        hint = "add a tray to your bar (waybar's 'tray' module, for example)"
    else:
        hint = "start a panel with a notification area (a system tray)"
    # Qt docks into an X11 tray that starts later (checked under Xvfb with trayer); on Wayland
    # Qt registers with a StatusNotifier host that starts later (checked under sway + waybar),
    # and under XWayland the app builds its icon again (desktop/tray_host.py). Elsewhere (an
    # unknown session) nobody watches for one.
    later = (
        "it appears"
        if session.server in (DisplayServer.X11, DisplayServer.WAYLAND)
        else "restart psoasbreak"
    )
    return (
        "no system tray found, so there is no tray icon; psoasbreak keeps running and its "
        "prompts still appear. Meanwhile start psoasbreak again (from the application menu, or "
        "'psoasbreak show') for its window, or use the command line: psoasbreak status | pause "
        f"| resume | break-now | quit. For the icon, {hint}: {later} once a tray runs."
    )


def choose_qt_platform(environ: MutableMapping[str, str]) -> str | None:
    """On Wayland, run Qt's native Wayland platform rather than XWayland, unless the user chose
    one with QT_QPA_PLATFORM. XWayland would give X11 answers (idle, focus) that are not the
    session's truth. ``xcb`` stays as a fallback, for a Qt without its Wayland plugin or a
    compositor it cannot reach. Returns what was set (None: nothing)."""
    if environ.get("QT_QPA_PLATFORM"):
        return None
    if DesktopSession.detect(environ).server is not DisplayServer.WAYLAND:
        return None
    environ["QT_QPA_PLATFORM"] = "wayland;xcb"
    return environ["QT_QPA_PLATFORM"]


#: Qt platform plugins that need a display server, and the variable that names it.
_NEEDS_DISPLAY = {"xcb": ("DISPLAY",), "wayland": ("WAYLAND_DISPLAY",)}


def no_display_reason(environ: Mapping[str, str], platform: str | None = None) -> str | None:
    """Why Qt could not open a window here, said before Qt aborts the process over it; None
    when it can (Windows and macOS always can; a chosen plugin without a display, such as
    ``offscreen``, needs none)."""
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return None
    chosen = [p.strip() for p in environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]
    plugins = [p.split(":", 1)[0] for p in chosen] or ["xcb", "wayland"]
    if any(p not in _NEEDS_DISPLAY for p in plugins):
        return None
    if any(environ.get(name) for p in plugins for name in _NEEDS_DISPLAY[p]):
        return None
    return (
        "no graphical session: DISPLAY and WAYLAND_DISPLAY are unset. Start psoasbreak from "
        "your desktop session (its startup applications do), or set QT_QPA_PLATFORM=offscreen "
        "to run it without windows."
    )
