"""Is the session bus answering? Asked once at start, with a deadline, before Qt touches the bus.

While it builds the tray icon, Qt asks the session bus whether a StatusNotifierWatcher is there,
and waits for the answer with no deadline we can set. With a stopped dbus-daemon (a frozen
session, a bus under a debugger) start-up hung for good: the control socket never listened, so
``psoasbreak status`` said "not running" while a second start said "already running" (issue 17).

So the app says Hello to the bus itself first, in a thread beside the rest of start-up (reading
the settings and the history), and waits at most ``PROBE_SECONDS`` in all. Without an answer it
tells Qt there is no session bus (``DBUS_SESSION_BUS_ADDRESS=disabled:``, libdbus's word for
that) and goes on without it: the tray docks the X11 way where there is an X11 tray, and prompts
come as the app's own window. No Qt here; jeepney's protocol code speaks to the bus.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import MutableMapping
from typing import Final

#: How long start-up waits for the bus at most; a live bus answers in about a millisecond.
PROBE_SECONDS: Final = 2.0
#: What libdbus (and so Qt) reads as "no session bus here", without trying to start one.
NO_BUS: Final = "disabled:"
_ADDRESS: Final = "DBUS_SESSION_BUS_ADDRESS"


class SessionBusProbe:
    """One Hello to the session bus, sent as soon as this is built."""

    def __init__(self, environ: MutableMapping[str, str], timeout: float = PROBE_SECONDS) -> None:
        self._environ = environ
        self._address = environ.get(_ADDRESS, "")
        self._deadline = time.monotonic() + timeout
        self._timeout = timeout
        self._failure = ""
        #: An error that is not a silence (a refused connection, an address of a kind this
        #: probe does not speak): Qt finds that out quickly for itself, so the bus is left as it
        #: is, and this is only for the log.
        self.other_error = ""
        self._thread: threading.Thread | None = None
        if self._address and self._address != NO_BUS:
            self._thread = threading.Thread(
                target=self._hello, name="psoasbreak-bus-probe", daemon=True
            )
            self._thread.start()

    def settle(self) -> str:
        """Wait for the answer until the deadline; "" if the bus answered (or none is set),
        else why not, after taking the bus away from this process's environment."""
        if self._thread is not None:
            self._thread.join(max(0.0, self._deadline - time.monotonic()))
            if self._thread.is_alive():
                self._failure = f"it did not answer within {self._timeout:g} s"
        if not self._failure:
            return ""
        self._environ[_ADDRESS] = NO_BUS
        return (
            f"The D-Bus session bus ({self._address}) is frozen: {self._failure}. "
            "psoasbreak goes on without it: no tray icon where the tray is found over D-Bus, "
            "and break prompts come as a window, not a notification."
        )

    def _hello(self) -> None:
        try:
            _say_hello(self._address, self._deadline)
        except TimeoutError:
            self._failure = f"it did not answer within {self._timeout:g} s"
        except Exception as exc:  # jeepney's and the socket's errors alike
            self.other_error = f"{type(exc).__name__}: {exc}"


def _say_hello(address: str, deadline: float) -> None:
    # jeepney ships no type hints (no py.typed marker).
    from jeepney import MessageType, Parser  # type: ignore[import-untyped]
    from jeepney.auth import BEGIN, Authenticator  # type: ignore[import-untyped]
    from jeepney.bus import get_bus  # type: ignore[import-untyped]
    from jeepney.bus_messages import message_bus  # type: ignore[import-untyped]

    def within_deadline() -> float:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no answer in time")
        return left

    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(within_deadline())
        sock.connect(get_bus(address))
        sock.sendall(b"\0")
        auth = Authenticator(inc_null_byte=False)
        for request in auth:
            sock.settimeout(within_deadline())
            sock.sendall(request)
            auth.feed(_received(sock))
        sock.sendall(BEGIN)
        sock.sendall(message_bus.Hello().serialise(serial=1))
        parser = Parser()
        while True:
            sock.settimeout(within_deadline())
            for message in parser.feed(_received(sock)):
                kind = message.header.message_type
                if kind == MessageType.method_return:
                    return
                if kind == MessageType.error:
                    raise ConnectionError(f"the bus refused Hello: {message.body!r}")


def _received(sock: socket.socket) -> bytes:
    data = sock.recv(4096)
    if not data:
        raise ConnectionError("the bus closed the connection")
    return data


def probe_session_bus(environ: MutableMapping[str, str] | None = None) -> SessionBusProbe:
    """Start the probe on this process's environment (the one Qt reads)."""
    return SessionBusProbe(os.environ if environ is None else environ)
