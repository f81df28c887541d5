"""Every signal that would end the process and can be caught ends the app cleanly, as SIGTERM
does: a running break is recorded and outcomes held in memory are saved or spilled first.
SIGHUP is the terminal the app started from closing; SIGQUIT, SIGUSR1 and the rest end a process
by default, so an unlucky ``kill -USR1`` must not lose a break (issue 17).

Python runs signal handlers only between bytecodes, and Qt's loop runs in C, so the signal is
written to a socket (``signal.set_wakeup_fd``) that a QSocketNotifier watches: no polling timer.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier

#: The catchable signals whose default action ends the process, by name (a system has some).
_ENDING = (
    "SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM",
    "SIGVTALRM", "SIGPROF", "SIGXCPU", "SIGXFSZ", "SIGPWR", "SIGIO", "SIGBREAK",
)  # fmt: skip
ENDING_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in _ENDING if hasattr(signal, name)
)


class SignalWatcher:
    def __init__(self, on_signal: Callable[[], None]) -> None:
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._previous = {
            signum: signal.signal(signum, lambda *_: None) for signum in ENDING_SIGNALS
        }
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._on_signal = on_signal
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            self._read.recv(64)
        except BlockingIOError:
            return
        self._on_signal()

    def close(self) -> None:
        """Give the signals back as they were (the process may go on: tests build many apps)."""
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            # None: a handler not set from Python, which cannot be put back; the default is.
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._read.close()
        self._write.close()
