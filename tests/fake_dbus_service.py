"""A stand-in for a desktop service (logind, a notification server, Mutter's idle monitor) on a
real, private ``dbus-daemon``, driven by the test through its standard input.

Run as ``python fake_dbus_service.py BUS NAME`` where BUS is ``system`` or ``session`` (jeepney
reads ``DBUS_SYSTEM_BUS_ADDRESS`` / ``DBUS_SESSION_BUS_ADDRESS``, as the app does). It owns NAME,
prints ``ready`` and then reads one JSON command a line, answering each with ``ok``:

- ``{"emit": {"path", "interface", "member", "signature", "args"}}`` sends a signal;
- ``{"property": {"path", "interface", "name", "signature", "value"}}`` serves a property to
  ``org.freedesktop.DBus.Properties.Get``;
- ``{"method": {"path", "interface", "member", "signature", "args"}}`` answers that method.

- ``{"ignore": {"interface", "member"}}`` leaves that method unanswered (a hung service).

Any other call is refused with ``org.freedesktop.DBus.Error.AccessDenied``, like a service that
will not let this user do that. Each call received is printed as ``call INTERFACE.MEMBER`` and
then ``args INTERFACE.MEMBER JSON`` (its arguments). An optional third argument names a JSON file
of commands done before the name is owned, so a service that appears is ready at once.
It uses jeepney, not QtDBus, so the app's D-Bus code is checked against another implementation.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

PROPERTIES = "org.freedesktop.DBus.Properties"


class FakeService:
    def __init__(self, conn: DBusConnection) -> None:
        self.conn = conn
        self.lock = threading.Lock()
        self.properties: dict[tuple[str, str, str], tuple[str, Any]] = {}
        self.methods: dict[tuple[str, str, str], tuple[str, tuple[Any, ...]]] = {}
        self.ignored: set[tuple[str, str]] = set()

    def send(self, message: Any) -> None:
        with self.lock:
            self.conn.send(message)

    def say(self, line: str) -> None:
        with self.lock:
            print(line, flush=True)

    def serve(self) -> None:
        while True:
            try:
                msg = self.conn.receive()
            except (ConnectionError, OSError):
                return
            if msg.header.message_type is MessageType.method_call:
                self.answer(msg)

    def answer(self, msg: Any) -> None:
        fields = msg.header.fields
        path, iface, member = (
            fields.get(f) for f in (HeaderFields.path, HeaderFields.interface, HeaderFields.member)
        )
        self.say(f"call {iface}.{member}")
        self.say(f"args {iface}.{member} {json.dumps(msg.body)}")
        if (iface, member) in self.ignored:
            return
        if iface == PROPERTIES and member == "Get":
            found = self.properties.get((path, *msg.body))
            if found is not None:
                self.send(new_method_return(msg, "v", (found,)))
                return
        elif (path, iface, member) in self.methods:
            signature, args = self.methods[(path, iface, member)]
            self.send(new_method_return(msg, signature, args))
            return
        error = "org.freedesktop.DBus.Error.AccessDenied"
        self.send(new_error(msg, error, "s", ("the fake service refuses this call",)))

    def command(self, cmd: dict[str, Any]) -> None:
        if "emit" in cmd:
            e = cmd["emit"]
            emitter = DBusAddress(e["path"], interface=e["interface"])
            self.send(new_signal(emitter, e["member"], e["signature"], tuple(e["args"])))
        elif "property" in cmd:
            p = cmd["property"]
            self.properties[(p["path"], p["interface"], p["name"])] = (p["signature"], p["value"])
        elif "method" in cmd:
            m = cmd["method"]
            key = (m["path"], m["interface"], m["member"])
            self.methods[key] = (m["signature"], tuple(m["args"]))
        elif "ignore" in cmd:
            self.ignored.add((cmd["ignore"]["interface"], cmd["ignore"]["member"]))
        else:
            raise ValueError(f"unknown command {cmd!r}")


def main(argv: list[str]) -> int:
    if len(argv) not in (3, 4) or argv[1] not in ("system", "session"):
        print(f"usage: {argv[0]} system|session NAME [COMMANDS.json]", file=sys.stderr)
        return 2
    conn = open_dbus_connection(bus=argv[1].upper())
    service = FakeService(conn)
    if len(argv) == 4:
        with open(argv[3], encoding="utf-8") as commands:
            for cmd in json.load(commands):
                service.command(cmd)
    reply = conn.send_and_get_reply(message_bus.RequestName(argv[2], 4))  # 4: do not queue
    if reply.body != (1,):  # 1: primary owner
        print(f"could not own {argv[2]}: {reply.body}", file=sys.stderr)
        return 1
    threading.Thread(target=service.serve, daemon=True).start()
    service.say("ready")
    for line in sys.stdin:
        if line.strip():
            service.command(json.loads(line))
            service.say("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
