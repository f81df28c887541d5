"""Notices a StatusNotifier tray host that starts after the app (a bar started after login).

On Wayland the tray is a StatusNotifierItem registered with ``org.kde.StatusNotifierWatcher`` on
the session bus. With Qt's native Wayland platform nothing is needed: the icon is always a D-Bus
one, and Qt registers it when a watcher appears (checked with PySide6 6.12 under sway, waybar
started after the app). Under XWayland (``QT_QPA_PLATFORM=xcb``, or the ``xcb`` fallback when
the Wayland platform cannot start) Qt decides when the icon is built: with no watcher it falls
back to an X11 tray icon, which a Wayland bar never shows, and hiding and showing it again does
not help; a new QSystemTrayIcon built once the host is there does register (checked on a private
bus with a fake watcher). So this watch says when a host has appeared that the icon cannot see,
and the app builds the icon anew (``TrayIcon.rebuild``).

On X11 sessions Qt's own fallback docks the icon into an X tray that starts later.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from psoasbreak.desktop.environment import DesktopSession, DisplayServer

log = logging.getLogger(__name__)

WATCHER = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"


class LateTrayHost(QObject):
    """Emits ``appeared`` once a tray host can show an icon the app built before it existed.

    A watcher that owns its name does not make a host yet (waybar takes the name, then registers
    its host): both the name's arrival and ``StatusNotifierHostRegistered`` are checked, and
    ``appeared`` waits until Qt itself says a tray is available. After that the icon is Qt's
    business: Qt registers it again with a watcher that restarts.
    """

    appeared = Signal()

    def __init__(
        self,
        bus: QDBusConnection,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._tray_available = tray_available
        # Armed before asking, so a host that comes between the two is not missed.
        self._names = QDBusServiceWatcher(
            WATCHER, bus, QDBusServiceWatcher.WatchModeFlag.WatchForRegistration, self
        )
        self._names.serviceRegistered.connect(self._host_seen)
        # PySide6's stub types the slot as bytes, but only the str that SLOT() returns works.
        bus.connect(  # type: ignore[call-overload]
            "", WATCHER_PATH, WATCHER, "StatusNotifierHostRegistered", self, SLOT("_host_seen()")
        )
        #: True while the icon was built with no tray to show it.
        self.waiting = not tray_available()
        if self.waiting:
            log.info("no StatusNotifier tray host yet; the icon appears when one starts")

    @classmethod
    def for_session(
        cls, environ: Mapping[str, str] | None = None, qt_platform: str | None = None
    ) -> LateTrayHost | NoLateTrayHost:
        """The watch on the session bus, for Qt on XWayland in a Wayland session; elsewhere
        the one that never fires (Qt docks a late tray by itself there, or nothing can)."""
        if sys.platform in ("win32", "darwin"):
            return NoLateTrayHost()
        if DesktopSession.detect(environ).server is not DisplayServer.WAYLAND:
            return NoLateTrayHost()
        if qt_platform is None:
            qt_platform = QGuiApplication.platformName()
        if qt_platform == "wayland":  # Qt registers its icon with a later watcher by itself
            return NoLateTrayHost()
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session bus: a tray that starts later is not noticed")
            return NoLateTrayHost()
        return cls(bus)

    @Slot()
    @Slot(str)
    def _host_seen(self, _name: str = "") -> None:
        if not self.waiting:
            return
        if not self._tray_available():
            log.info("a StatusNotifierWatcher is there, but no tray host yet")
            return
        self.waiting = False
        log.info("a tray host appeared: the icon is built again to show in it")
        self.appeared.emit()


def tray_is_status_notifier(qt_platform: str | None = None) -> bool:
    """Whether Qt's tray icon is a StatusNotifierItem on the session bus, whose messages Qt
    sends as desktop notifications and waits for (see desktop/notifications.py ``tell``):
    always on Qt's Wayland platform; on X11 when a StatusNotifierWatcher owns its name, Qt's
    own rule when it builds the icon. Asks the bus daemon alone, which answers at once."""
    if sys.platform in ("win32", "darwin"):
        return False
    if (qt_platform or QGuiApplication.platformName()) == "wayland":
        return True
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    interface = bus.interface()
    if interface is None:
        return False
    reply = interface.isServiceRegistered(WATCHER)
    return bool(reply.isValid() and reply.value())


class NoLateTrayHost(QObject):
    """Where no late tray needs the icon rebuilt: ``appeared`` never fires."""

    appeared = Signal()
