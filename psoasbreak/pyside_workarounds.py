"""Keep PySide6 6.12 from killing the interpreter on Python 3.10 and 3.11.

PySide6 6.12.0 returns ``None`` (from every method declared ``void`` in C++, e.g.
``QTimer.start``, ``QObject.deleteLater``) and ``True``/``False`` (e.g. from ``Signal.emit``)
without taking the reference it hands back. Each call lowers the count of that singleton by one;
when it reaches zero, CPython aborts with "Fatal Python error: none_dealloc". On Python 3.12 and
later these objects are immortal (PEP 683) and the bug is harmless; on 3.10 and 3.11 the running
app died after about 4,400 ``psoasbreak status`` calls (found by the control-socket fuzz test,
tests/qt/test_control_fuzz.py).

The fix is what Python 3.12 does: give the three singletons a reference count no program can
spend (2**40 here: ten thousand calls a second for three years). It must run before the app has
spent its first few thousand; ``App`` calls it first thing.
"""

from __future__ import annotations

import ctypes
import sys

#: Far more references than a process can ever drop, and far below the counter's limit.
_RESERVE = 1 << (8 * ctypes.sizeof(ctypes.c_ssize_t) - 24)
_done = False


def needed() -> bool:
    """Whether this interpreter counts references to None, True and False at all."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        # A debug build puts other fields before the count, so the address below would be wrong.
        and not hasattr(sys, "gettotalrefcount")
    )


def keep_singletons_alive() -> None:
    """Make None, True and False as good as immortal; does nothing where they already are."""
    global _done
    if _done or not needed():
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += _RESERVE
    _done = True
