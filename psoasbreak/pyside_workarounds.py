"""Keep PySide6 6.12 from killing the interpreter on Python 3.10 and 3.11.

PySide6 6.12.0 returns ``None`` (from every method declared ``void`` in C++, e.g.
``QTimer.start``, ``QObject.deleteLater``) and ``True``/``False`` (e.g. from ``Signal.emit``)
without taking the reference it hands back. Each call lowers the count of that singleton by one;
when it reaches zero, CPython aborts with "Fatal Python error: none_dealloc: deallocating None"
(or ``bool_dealloc``). On Python 3.12 and later these objects are immortal (PEP 683) and the bug
is harmless; on 3.10 and 3.11 the running app died after about 4,400 ``psoasbreak status`` calls
(found by the control-socket fuzz test, tests/qt/test_control_fuzz.py).

Upstream: Qt for Python bug PYSIDE-3474, https://qt-project.atlassian.net/browse/PYSIDE-3474
(Qt's tracker; older links use https://bugreports.qt.io/browse/PYSIDE-NNNN). The tracker itself
was not reachable from here; the id and its status come from two downstream reports as of
2026-12-06: the release notes of PyMemoryEditor 3.4.1, which excludes PySide6 6.12.0 on
Python < 3.12 (https://github.com/JeanExtreme002/PyMemoryEditor/releases/tag/v3.4.1), and
another project's regression test, which says Qt treats it as an intended consequence of
building 6.12 against Python 3.12's headers (PYSIDE-3424), not a defect to fix, so all of 6.12.x
is affected. No fixed release is known: see ``FIRST_FIXED``. To recognise it (or its
end): ``sys.getrefcount(None)`` falls by one per void Qt call, and True's by one per
``Signal.emit``. tests/unit/test_pyside_workarounds.py runs 300,000 of both without this module
on every affected version, and skips saying so once a PySide6 keeps its references: then set
``FIRST_FIXED``.

The fix is what Python 3.12 does: give the three singletons a reference count no program can
spend (``reserve_for``: 2**40 on 64-bit, ten thousand calls a second for three years; 2**30 on
32-bit). It must run before the app has spent its first few thousand; ``App`` calls it first
thing.
"""

from __future__ import annotations

import ctypes
import importlib.metadata
import re
import sys

#: The first PySide6 release that drops these references (6.11.x keeps them).
FIRST_AFFECTED = (6, 12)
#: The first PySide6 release that keeps them again, once one is known: set it then (e.g.
#: ``(6, 13)``), and versions from it on skip the reserve. ``None``: every release from
#: ``FIRST_AFFECTED`` on is treated as affected (no fix was known as of 2026-12-06).
FIRST_FIXED: tuple[int, ...] | None = None

#: Distributions that install the ``PySide6`` package: the wheel this project depends on, then
#: the metapackage that pulls it in. Distro packages may have neither (then ``PySide6.__version__``).
_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6")

#: The most a reserve needs: at ten thousand dropped references a second, 2**40 lasts 3.5 years.
_ENOUGH = 1 << 40

_done = False


def reserve_for(bytes_per_ssize_t: int) -> int:
    """How many references to add to a singleton whose count is a ``bytes_per_ssize_t`` integer.

    The reserve plus every reference the process can really hold must stay below the signed
    counter's maximum, or the count wraps negative. A process cannot hold more references than
    its address space fits pointers: 2**32 / 4 = 2**30 on 32-bit (in fact far fewer, since the
    code and the objects need memory too), 2**61 on 64-bit. Half the positive range,
    2**(bits - 2), therefore always fits on top of them: 2**30 on 32-bit, a billion calls, is
    the most that is safe there. On 64-bit that would be 2**62, but 2**40 is already more than a
    process can spend, so the reserve is capped at ``_ENOUGH`` (the value it has always had).
    """
    bits = 8 * bytes_per_ssize_t
    return min(_ENOUGH, 1 << (bits - 2))


def parse_version(version: str) -> tuple[int, ...] | None:
    """``(major, minor, patch)`` from a version such as "6.12.0" or "6.12.0.1"; ``None`` if it
    does not start with at least ``major.minor``."""
    match = re.match(r"\s*v?(\d+)\.(\d+)(?:\.(\d+))?", version)
    if match is None:
        return None
    return tuple(int(part) for part in match.groups("0"))


def affected(version: str | None) -> bool:
    """Whether PySide6 ``version`` drops references to None/True/False (PYSIDE-3474).

    An unknown or unparsable version counts as affected: the reserve costs nothing where it is
    not needed, and its absence where it is needed aborts the process."""
    parsed = None if version is None else parse_version(version)
    if parsed is None:
        return True
    if parsed < FIRST_AFFECTED:
        return False
    return FIRST_FIXED is None or parsed < FIRST_FIXED


def installed_pyside_version() -> str | None:
    """The installed PySide6's version, read from its distribution's metadata so that no Qt
    library is loaded; failing that from ``PySide6.__version__`` (which loads libshiboken6 only);
    ``None`` if PySide6 cannot be found at all."""
    for distribution in _DISTRIBUTIONS:
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    try:
        import PySide6
    except ImportError:
        return None
    version = getattr(PySide6, "__version__", None)
    return version if isinstance(version, str) else None


def interpreter_counts_singletons() -> bool:
    """Whether this interpreter counts references to None, True and False at all, in the place
    ``keep_singletons_alive`` writes to."""
    return (
        sys.implementation.name == "cpython"
        and sys.version_info < (3, 12)
        # A debug build puts other fields before the count, so the address below would be wrong.
        and not hasattr(sys, "gettotalrefcount")
    )


def needed() -> bool:
    """Whether this interpreter counts references to the singletons and this PySide6 drops them."""
    return interpreter_counts_singletons() and affected(installed_pyside_version())


def keep_singletons_alive() -> None:
    """Make None, True and False as good as immortal; does nothing where they already are, or
    where this PySide6 keeps its references."""
    global _done
    if _done:
        return
    _done = True
    if not needed():
        return
    reserve = reserve_for(ctypes.sizeof(ctypes.c_ssize_t))
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        count.value += reserve


# -- the source PySide6 reads of every module imported after it (issue 21) ----------------------
#
# PySide6 6.12 replaces ``__import__`` and, for each module imported after it, asks whether the
# module uses PySide6 (to apply ``from __feature__ import …`` selections): its
# ``shibokensupport.feature._mod_uses_pyside`` reads the module's whole source with
# ``inspect.getsource``, and ``linecache`` keeps every line for the life of the process. In the
# app that was 105,000 lines of 234 files, 9.4 MB of an idle PSS of 75 MB (measured with
# tests/benchmarks/bench_memory_breakdown.py). Clearing the cache later gives nothing back (the
# lines sit in the same memory pages as code objects that live on), so the lines are dropped as
# soon as the check has read them. The check itself is unchanged. A private function of PySide6:
# where it is not found (another PySide6), nothing is patched.

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def forget_checked_sources() -> bool:
    """Wrap PySide6's per-import check so that the source it reads is not kept; True when the
    check was found and is wrapped (now or before). Call it before the app's modules import."""
    import linecache

    import PySide6  # noqa: F401  (installs the import hook and its feature module)

    feature = sys.modules.get(_FEATURE_MODULE)
    check = getattr(feature, _CHECK, None)
    if feature is None or not callable(check):
        return False
    if getattr(check, "_psoasbreak_forgets", False):
        return True

    def uses_pyside(module: object) -> object:
        try:
            return check(module)
        finally:
            filename = getattr(module, "__file__", None)
            if isinstance(filename, str):
                linecache.cache.pop(filename, None)

    uses_pyside._psoasbreak_forgets = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
