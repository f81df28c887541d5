"""The desktop's screen lock, relayed: the freedesktop and GNOME screensaver interfaces send
``ActiveChanged(bool)`` on the session bus when the screen locks and unlocks. It reports the fact;
the away check (shell/away_check.py) decides what a lock means."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class ScreenLockWatch(QObject):
    """Relays the desktop's screensaver ``ActiveChanged(bool)`` as ``locked_changed``."""

    locked_changed = Signal(bool)

    #: (service, path, interface): KDE, Xfce and others; GNOME.
    SOURCES = (
        (
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
        ),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    )

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if bus is None:
            from PySide6.QtDBus import QDBusConnection

            bus = QDBusConnection.sessionBus()
        self._bus = bus

    def connect_bus(self) -> bool:
        """Listen for lock changes; False when there is no session bus to listen on."""
        if not self._bus.isConnected():
            log.info("no D-Bus session bus: a locked screen is not noticed")
            return False
        for service, path, interface in self.SOURCES:
            # PySide6's stub types the slot as bytes, but only the str that SLOT() returns works.
            self._bus.connect(  # type: ignore[call-overload]
                service,
                path,
                interface,
                "ActiveChanged",
                self,
                SLOT("_active_changed(bool)"),
            )
        return True

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        self.locked_changed.emit(active)
