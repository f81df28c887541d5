"""Small blocking QtDBus calls for the desktop edges, where the signatures are simple.

A service that is missing, refuses, or takes too long gives None: every caller then falls back
to "unknown", never to an error. Calls never auto-start a service (asking whether notifications
are inhibited must not launch a notification daemon).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusVariant

log = logging.getLogger(__name__)

#: A desktop service answers a property read in a few ms; past this it is stuck, and we would
#: rather not know than freeze the tray.
CALL_TIMEOUT_MS = 500
PROPERTIES = "org.freedesktop.DBus.Properties"


def call(
    bus: QDBusConnection,
    service: str,
    path: str,
    interface: str,
    method: str,
    args: tuple[Any, ...] = (),
) -> list[Any] | None:
    """The reply's arguments, or None on any error."""
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    message.setArguments(list(args))
    message.setAutoStartService(False)
    reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.debug("%s %s.%s: %s", service, interface, method, reply.errorName())
        return None
    return [_plain(a) for a in reply.arguments()]


def get_property(
    bus: QDBusConnection, service: str, path: str, interface: str, name: str
) -> Any | None:
    reply = call(bus, service, path, PROPERTIES, "Get", (interface, name))
    return reply[0] if reply else None


def _plain(value: Any) -> Any:
    return value.variant() if isinstance(value, QDBusVariant) else value


def unwrap(value: Any) -> Any:
    """A value with every variant around it taken off (``v`` inside ``v``, as the settings
    portal's ``Read`` answers)."""
    while isinstance(value, QDBusVariant):
        value = value.variant()
    return value
