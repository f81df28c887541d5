"""Hears the kernel say that the wall clock was set or the machine resumed, with no timer.

Linux only: a ``timerfd`` on CLOCK_REALTIME, armed far ahead with ``TFD_TIMER_CANCEL_ON_SET``,
becomes readable (``read`` fails with ECANCELED) whenever the real-time clock changes
discontinuously: ``clock_settime``/``settimeofday`` (by hand, or an NTP step), and a resume from
suspend, where the kernel steps the clock over the time asleep (``timekeeping_resume`` →
``timerfd_resume``). A QSocketNotifier watches the descriptor inside Qt's event loop, so nothing
wakes up until that happens. systemd watches clock changes the same way.

Python 3.11's ``os`` has no timerfd, so the two calls go through ctypes into libc. Where they
are missing or refused (not Linux, a sandbox), ``open()`` answers None and the caller keeps its
periodic check.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import logging
import os
import sys
import time

from PySide6.QtCore import QObject, QSocketNotifier, Signal, Slot

log = logging.getLogger(__name__)

# <sys/timerfd.h>; TFD_CLOEXEC and TFD_NONBLOCK are O_CLOEXEC and O_NONBLOCK.
_TFD_TIMER_ABSTIME = 1
_TFD_TIMER_CANCEL_ON_SET = 2
#: How far ahead the timer is armed; it never has to fire, and if it does it is armed again.
_ARM_AHEAD_SECONDS = 365 * 24 * 3600
#: Tries at arming when the clock is set again meanwhile (ECANCELED); clock sets in a row that
#: long are not a clock being corrected but something broken, and the periodic check takes over.
_ARM_TRIES = 20


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class _TimerfdCalls:
    """``timerfd_create`` and ``timerfd_settime`` from libc."""

    def __init__(self) -> None:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self.create = libc.timerfd_create
        self.create.argtypes = [ctypes.c_int, ctypes.c_int]
        self.create.restype = ctypes.c_int
        self.settime = libc.timerfd_settime
        self.settime.argtypes = [
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(_Itimerspec),
            ctypes.POINTER(_Itimerspec),
        ]
        self.settime.restype = ctypes.c_int


def _os_error(what: str) -> OSError:
    code = ctypes.get_errno()
    return OSError(code, f"{what}: {os.strerror(code)}")


class ClockSetWatch(QObject):
    """Emits ``clock_set()`` when the wall clock is set or the machine resumes (Linux)."""

    clock_set = Signal()

    def __init__(self, calls: _TimerfdCalls, fd: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls = calls
        self._fd = fd
        self._arm()
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    @classmethod
    def open(cls, platform: str | None = None) -> ClockSetWatch | NoClockSetWatch:
        """A watch on this machine, or the inactive one where the kernel cannot tell (then the
        wake check polls instead)."""
        platform = sys.platform if platform is None else platform
        if not platform.startswith("linux"):
            return NoClockSetWatch()
        try:
            calls = _TimerfdCalls()
        except (OSError, AttributeError) as exc:  # no libc, or a libc without timerfd
            log.info("no timerfd (%s): clock changes are found by a periodic check", exc)
            return NoClockSetWatch()
        fd = calls.create(time.CLOCK_REALTIME, os.O_CLOEXEC | os.O_NONBLOCK)
        if fd < 0:
            log.info("%s: clock changes are found by a periodic check", _os_error("timerfd"))
            return NoClockSetWatch()
        try:
            return cls(calls, fd)
        except OSError as exc:
            os.close(fd)
            log.info("%s: clock changes are found by a periodic check", exc)
            return NoClockSetWatch()

    def _arm(self) -> None:
        """Arm (again: a cancelled timerfd stays cancelled until it is set) far ahead.

        A clock set that comes while arming makes ``timerfd_settime`` fail with ECANCELED; one
        such failure made the watch give up for good (issue 16). It is a clock change like any
        other: its report is read and the arming tried again."""
        flags = _TFD_TIMER_ABSTIME | _TFD_TIMER_CANCEL_ON_SET
        for _ in range(_ARM_TRIES):
            spec = _Itimerspec()
            now = int(time.clock_gettime(time.CLOCK_REALTIME))
            spec.it_value.tv_sec = now + _ARM_AHEAD_SECONDS
            if self._calls.settime(self._fd, flags, ctypes.byref(spec), None) == 0:
                return
            if ctypes.get_errno() != errno.ECANCELED:
                break
            log.debug("the clock was set again while the timerfd was armed; trying again")
            with contextlib.suppress(OSError):  # the report of that set, if it is there
                os.read(self._fd, 8)
        raise _os_error("timerfd_settime")

    @Slot()
    def _readable(self) -> None:
        try:
            os.read(self._fd, 8)
        except BlockingIOError:  # woken for nothing
            return
        except OSError as exc:
            if exc.errno != errno.ECANCELED:
                log.warning("timerfd read: %s; clock changes are no longer watched", exc)
                self.close()
                return
            log.debug("the kernel reports a clock change or a resume")
        # Cancelled (the clock was set) or, a year on, expired: either way arm it again.
        try:
            self._arm()
        except OSError as exc:
            log.warning("%s; clock changes are no longer watched", exc)
            self.close()
        self.clock_set.emit()

    @property
    def active(self) -> bool:
        return self._fd >= 0

    def close(self) -> None:
        if self._fd < 0:
            return
        self._notifier.setEnabled(False)
        os.close(self._fd)
        self._fd = -1


class NoClockSetWatch(QObject):
    """Where the kernel cannot tell of clock sets and resumes: never fires, so the wake check
    keeps its periodic look."""

    clock_set = Signal()
    active = False

    def close(self) -> None:
        pass
