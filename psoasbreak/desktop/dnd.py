"""Do not disturb: is now a bad moment for a prompt, and why.

The session asks once, at the moment a break falls due, and then once a minute while it holds
the prompt back (core/session.py); nothing here polls. Each source answers a short reason in the
user's words, or None; ``AnyQuiet`` takes the first reason.

| platform       | sources                                                                  |
|----------------|--------------------------------------------------------------------------|
| X11            | the active window has ``_NET_WM_STATE_FULLSCREEN`` (EWMH) and covers part |
|                | of the pointer's monitor (where the prompt opens)                         |
| any D-Bus desk | ``org.freedesktop.Notifications`` ``Inhibited`` (KDE Plasma's DND, others) |
| GNOME          | ``org.gnome.SessionManager`` ``InhibitedActions`` has "idle" (calls,      |
|                | presentations, video); DND ``show-banners`` read with ``gsettings``, and |
|                | through the settings portal elsewhere (a sandbox)                         |
| KDE            | ``org.freedesktop.PowerManagement.Inhibit.HasInhibit`` (calls, video)     |
| Windows        | ``SHQueryUserNotificationState`` (fullscreen, presentation, quiet hours) |
| macOS          | none (Focus has no public query)                                          |
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from psoasbreak.core.quiet import AnyQuiet, QuietReason, QuietSource
from psoasbreak.desktop.environment import DesktopSession, DisplayServer

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from psoasbreak.desktop.x11 import XDisplay

log = logging.getLogger(__name__)

FULLSCREEN = QuietReason.FULLSCREEN
NOTIFICATIONS_OFF = QuietReason.DO_NOT_DISTURB
INHIBITED = QuietReason.INHIBITED


class NullQuiet:
    def quiet_reason(self) -> QuietReason | None:
        return None


class X11Fullscreen:
    def __init__(self, display: XDisplay) -> None:
        self._display = display

    def quiet_reason(self) -> QuietReason | None:
        return FULLSCREEN if self._display.fullscreen_on_pointer_monitor() else None


class GSettingsBanners:
    """GNOME's do-not-disturb switch, ``org.gnome.desktop.notifications show-banners``, read with
    the ``gsettings`` program.

    The settings portal cannot be trusted for it: xdg-desktop-portal 1.16 (GNOME 43) has no
    ``ReadOne``, and its ``Read`` answers NotFound for this schema, so with banners off the prompt
    went silently into the message list and was recorded as missed (issue 16). ``gsettings``
    reads the same store as GNOME's own Settings window; it is run only when a break falls due
    and once a minute while one waits, like every source here (about 10 ms)."""

    def __init__(self, program: str) -> None:
        self._program = program

    def quiet_reason(self) -> QuietReason | None:
        import subprocess

        try:
            answer = subprocess.run(
                [self._program, "get", "org.gnome.desktop.notifications", "show-banners"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.debug("gsettings: %s", exc)
            return None
        return NOTIFICATIONS_OFF if answer.stdout.strip() == "false" else None


class DBusQuiet:
    """The desktop's do-not-disturb and inhibitor flags, read over the session bus. Services
    that are not running answer at once (the bus says so), so asking all of them is cheap."""

    #: org.gnome.SessionManager's InhibitedActions bit for "inhibit idle".
    GNOME_INHIBIT_IDLE = 8

    def __init__(self, bus: QDBusConnection) -> None:
        self._bus = bus

    def portal_setting(self, namespace: str, key: str) -> object | None:
        """A setting read through the settings portal (the way a sandboxed app can), or None.
        ``ReadOne`` (xdg-desktop-portal 1.15+ answers the value) is asked first, then the older
        ``Read``, which the portals of GNOME 43 and earlier have alone and which wraps the value
        in one more variant (issue 16: ReadOne's UnknownMethod left banners unread)."""
        from psoasbreak.desktop import qtdbus

        for method in ("ReadOne", "Read"):
            reply = qtdbus.call(
                self._bus,
                "org.freedesktop.portal.Desktop",
                "/org/freedesktop/portal/desktop",
                "org.freedesktop.portal.Settings",
                method,
                (namespace, key),
            )
            if reply:
                value: object = qtdbus.unwrap(reply[0])
                return value
        return None

    def quiet_reason(self) -> QuietReason | None:
        from psoasbreak.desktop import qtdbus

        bus = self._bus
        inhibited = qtdbus.get_property(
            bus,
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            "Inhibited",
        )
        if inhibited is True:
            return NOTIFICATIONS_OFF
        if self.portal_setting("org.gnome.desktop.notifications", "show-banners") is False:
            return NOTIFICATIONS_OFF
        actions = qtdbus.get_property(
            bus,
            "org.gnome.SessionManager",
            "/org/gnome/SessionManager",
            "org.gnome.SessionManager",
            "InhibitedActions",
        )
        if isinstance(actions, int) and actions & self.GNOME_INHIBIT_IDLE:
            return INHIBITED
        has_inhibit = qtdbus.call(
            bus,
            "org.freedesktop.PowerManagement.Inhibit",
            "/org/freedesktop/PowerManagement/Inhibit",
            "org.freedesktop.PowerManagement.Inhibit",
            "HasInhibit",
        )
        if has_inhibit and has_inhibit[0] is True:
            return INHIBITED
        return None


#: SHQueryUserNotificationState's answers that mean "not now", in the user's words.
WINDOWS_QUIET_STATES = {
    1: QuietReason.SCREEN_LOCKED,  # QUNS_NOT_PRESENT: screen saver, locked, or switched user
    2: FULLSCREEN,  # QUNS_BUSY
    3: QuietReason.FULLSCREEN_GAME,  # QUNS_RUNNING_D3D_FULL_SCREEN
    4: QuietReason.PRESENTATION,  # QUNS_PRESENTATION_MODE
    6: QuietReason.QUIET_HOURS,  # QUNS_QUIET_TIME
    7: FULLSCREEN,  # QUNS_APP: a fullscreen Store app
}


def windows_notification_state() -> int:  # pragma: no cover - Windows only
    state = ctypes.c_int()
    shell32 = ctypes.windll.shell32  # type: ignore[attr-defined]  # exists on Windows only
    if shell32.SHQueryUserNotificationState(ctypes.byref(state)) != 0:
        raise OSError("SHQueryUserNotificationState failed")
    return state.value


class WindowsQuiet:
    def __init__(self, notification_state: Callable[[], int]) -> None:
        self._state = notification_state

    def quiet_reason(self) -> QuietReason | None:
        try:
            state = self._state()
        except OSError as exc:
            log.debug("%s", exc)
            return None
        return WINDOWS_QUIET_STATES.get(state)


def build_quiet_source(
    session: DesktopSession,
    session_bus: QDBusConnection | None = None,
    calls: Sequence[QuietSource] | None = None,
) -> QuietSource:
    """Every source of "not now" this desktop has, the signs of a call first (``calls``, by
    default desktop/calls.py's for this platform): the tray names the first reason found, and
    "the microphone is in use" says more than the idle inhibitor the same call app also sets."""
    if calls is None:
        from psoasbreak.desktop.calls import build_call_sources

        calls = build_call_sources(session)
    sources: list[QuietSource] = list(calls)
    if session.server is DisplayServer.WINDOWS:  # pragma: no cover - Windows only
        sources.append(WindowsQuiet(windows_notification_state))
    if session.server is DisplayServer.X11:
        from psoasbreak.desktop.x11 import XDisplay

        display = XDisplay.open(session.x_display)
        if display is not None:
            sources.append(X11Fullscreen(display))
    if session.is_gnome:
        import shutil

        program = shutil.which("gsettings")
        if program is not None:
            sources.append(GSettingsBanners(program))
    if session.server in (DisplayServer.X11, DisplayServer.WAYLAND):
        if session_bus is None:
            from PySide6.QtDBus import QDBusConnection

            session_bus = QDBusConnection.sessionBus()
        if session_bus.isConnected():
            sources.append(DBusQuiet(session_bus))
    if not sources:
        log.info("do-not-disturb is not known on %s: prompts are never held", session.describe())
        return NullQuiet()
    return AnyQuiet(sources)
