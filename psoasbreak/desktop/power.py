"""logind's ``PrepareForSleep(bool)`` on the system bus: the machine is about to suspend (True)
or has just resumed (False).

This edge only says *when*; ``scheduling/wake.py`` measures how long the machine slept (its
since-boot and awake clocks differ by exactly the time suspended), so the resume is reported
once whether logind, the once-a-minute check or the scheduler notices it first. Going to sleep
checks too, which leaves a fresh baseline just before the suspend.

A missing system bus or logind (containers, non-systemd systems) leaves the once-a-minute check
alone; nothing here calls logind, so a logind that refuses calls cannot get in the way either.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import SLOT, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"


class SleepMonitor(QObject):
    going_to_sleep = Signal()
    resumed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.listening = False

    def connect_bus(self) -> bool:
        """Subscribe to PrepareForSleep; False (and a log line) when there is no system bus."""
        bus = self._bus
        if bus is None:
            from PySide6.QtDBus import QDBusConnection

            # Honours DBUS_SYSTEM_BUS_ADDRESS, like every libdbus client.
            bus = self._bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info(
                "no D-Bus system bus (%s): suspend is noticed by the clock check alone",
                bus.lastError().message() or "not connected",
            )
            return False
        # PySide6's stub types the slot as bytes, but only the str that SLOT() returns works.
        self.listening = bus.connect(  # type: ignore[call-overload]
            LOGIND,
            LOGIND_PATH,
            LOGIND_MANAGER,
            "PrepareForSleep",
            self,
            SLOT("_prepare_for_sleep(bool)"),
        )
        if not self.listening:
            log.info("cannot subscribe to logind's PrepareForSleep: %s", bus.lastError().message())
        return self.listening

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            log.info("logind: going to sleep")
            self.going_to_sleep.emit()
        else:
            log.info("logind: resumed")
            self.resumed.emit()


TIMEDATED = "org.freedesktop.timedate1"
TIMEDATED_PATH = "/org/freedesktop/timedate1"
PROPERTIES = "org.freedesktop.DBus.Properties"


class TimezoneWatch(QObject):
    """systemd-timedated's ``PropertiesChanged`` on the system bus: the machine's time zone (or
    its clock settings) changed, e.g. by ``timedatectl set-timezone``. It only says *that*; the
    wake check reads the new offset. Without timedated, the hourly check notices it."""

    changed = Signal()

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus

    def connect_bus(self) -> bool:
        bus = self._bus
        if bus is None:
            from PySide6.QtDBus import QDBusConnection

            bus = self._bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            return False
        # PySide6's stub types the slot as bytes, but only the str that SLOT() returns works.
        return bool(
            bus.connect(  # type: ignore[call-overload]
                "", TIMEDATED_PATH, PROPERTIES, "PropertiesChanged", self, SLOT("_changed()")
            )
        )

    @Slot()
    def _changed(self) -> None:
        log.info("timedated: the time zone or clock settings changed")
        self.changed.emit()
