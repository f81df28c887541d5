"""The test's hands and eyes inside a GNOME Shell session: run as the session's user.

It holds one ``org.gnome.Mutter.RemoteDesktop`` session (Mutter ends the virtual input devices
when the process that created the session leaves the bus, so one process must keep it) and
answers one JSON request per line on stdin with one JSON line on stdout:

- ``{"eval": JS}`` → ``{"ok": true, "value": JSON}``: ``org.gnome.Shell.Eval`` (unsafe mode),
  which answers with the JSON of the expression's value (an exception is an error);
- ``{"pointer": [x, y]}``: move the real pointer there (relative motion from where the shell
  says it is: absolute motion needs a screen-cast stream, and a jump into the top-left corner
  gets caught on the hot corner's barrier);
- ``{"click": true}``: press and release the left button where the pointer is;
- ``{"key": KEYSYM}``: press and release one key (an X keysym number);
- ``{"screenshot": PATH}``: ``org.gnome.Shell.Screenshot`` of the whole screen into PATH.

This file is copied next to the session and run by the app's venv (which has jeepney), since the
checkout may be closed to that user. It imports nothing of the tests.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from jeepney import DBusAddress, MessageType, new_method_call
from jeepney.io.blocking import open_dbus_connection

BTN_LEFT = 0x110  # linux/input-event-codes.h

SHELL = DBusAddress("/org/gnome/Shell", bus_name="org.gnome.Shell", interface="org.gnome.Shell")
SCREENSHOT = DBusAddress(
    "/org/gnome/Shell/Screenshot",
    bus_name="org.gnome.Shell.Screenshot",
    interface="org.gnome.Shell.Screenshot",
)
REMOTE = DBusAddress(
    "/org/gnome/Mutter/RemoteDesktop",
    bus_name="org.gnome.Mutter.RemoteDesktop",
    interface="org.gnome.Mutter.RemoteDesktop",
)


class Agent:
    def __init__(self) -> None:
        self.conn = open_dbus_connection(bus="SESSION")
        (path,) = self.call(REMOTE, "CreateSession")
        self.input = DBusAddress(
            path,
            bus_name="org.gnome.Mutter.RemoteDesktop",
            interface="org.gnome.Mutter.RemoteDesktop.Session",
        )
        self.call(self.input, "Start")

    def call(self, where: DBusAddress, method: str, sig: str | None = None, *body: Any) -> Any:
        reply = self.conn.send_and_get_reply(new_method_call(where, method, sig, body), timeout=20)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{method}: {reply.body}")
        return reply.body

    def eval(self, js: str) -> tuple[bool, str]:
        ok, value = self.call(SHELL, "Eval", "s", js)
        return bool(ok), str(value)

    def pointer(self) -> tuple[float, float]:
        ok, value = self.eval("global.get_pointer().slice(0, 2)")
        if not ok:
            raise RuntimeError(value)
        x, y = json.loads(value)
        return float(x), float(y)

    def move(self, x: float, y: float) -> list[float]:
        for _ in range(3):  # a barrier or the screen's edge may stop a move short
            here = self.pointer()
            if here == (x, y):
                break
            self.call(self.input, "NotifyPointerMotionRelative", "dd", x - here[0], y - here[1])
            # The shell takes the motion in its own time (seconds on a loaded machine, once
            # over 10 s in CI): wait until the pointer has moved before measuring what is left
            # of the way, or a second motion sent meanwhile overshoots once both arrive.
            deadline = time.monotonic() + 30
            while self.pointer() == here and time.monotonic() < deadline:
                time.sleep(0.02)
        return list(self.pointer())

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if "eval" in request:
            ok, value = self.eval(request["eval"])
            return {"ok": ok, "value": value if ok else f"Eval: {value}"}
        if "pointer" in request:
            x, y = request["pointer"]
            return {"ok": True, "value": self.move(float(x), float(y))}
        if "click" in request:
            self.call(self.input, "NotifyPointerButton", "ib", BTN_LEFT, True)
            self.call(self.input, "NotifyPointerButton", "ib", BTN_LEFT, False)
            return {"ok": True, "value": None}
        if "key" in request:
            self.call(self.input, "NotifyKeyboardKeysym", "ub", int(request["key"]), True)
            self.call(self.input, "NotifyKeyboardKeysym", "ub", int(request["key"]), False)
            return {"ok": True, "value": None}
        if "screenshot" in request:
            ok, used = self.call(
                SCREENSHOT, "Screenshot", "bbs", False, False, request["screenshot"]
            )
            return {"ok": bool(ok), "value": used}
        return {"ok": False, "value": f"unknown request {request!r}"}


def main() -> None:
    agent = Agent()
    print(json.dumps({"ok": True, "value": "ready"}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            answer = agent.handle(json.loads(line))
        except Exception as exc:  # every failure goes back to the test, named
            answer = {"ok": False, "value": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
