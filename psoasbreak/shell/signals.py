"""SIGTERM and SIGINT end the app cleanly.

Python runs signal handlers only between bytecodes, and Qt's loop runs in C, so the signal is
written to a socket (``signal.set_wakeup_fd``) that a QSocketNotifier watches: no polling timer.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier


class SignalWatcher:
    def __init__(self, on_signal: Callable[[], None]) -> None:
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._on_signal = on_signal
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            self._read.recv(64)
        except BlockingIOError:
            return
        self._on_signal()
