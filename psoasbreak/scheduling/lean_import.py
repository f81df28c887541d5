"""APScheduler without asyncio: 3.8 MB of the idle app's memory (issue 21).

APScheduler 3.11's ``apscheduler.util`` takes one function from asyncio, ``iscoroutinefunction``
(on Python < 3.14; from 3.14 on it takes inspect's), and that import loads the whole of asyncio
with ssl, OpenSSL and the event loops, none of which the app ever runs: our jobs are plain
functions on the Qt thread. ``bench_memory_breakdown`` measured asyncio at 3.8 MB USS of the
idle app's 65, a third of what stands between us and the bare tray's 1.3×.

So while APScheduler is imported, ``asyncio`` is a module holding inspect's
``iscoroutinefunction`` alone (APScheduler's own choice on 3.14), and it is gone again from
``sys.modules`` the moment the import is over: a later ``import asyncio`` (ours or a library's)
gets the real one. The two functions differ only for the generator-based coroutines asyncio
dropped in 3.11 and for mocks marked with asyncio's private flag; APScheduler asks it only to
refuse coroutine functions on a thread executor, which our jobs never are.
"""

from __future__ import annotations

import contextlib
import inspect
import sys
import types
from collections.abc import Iterator


@contextlib.contextmanager
def asyncio_stand_in() -> Iterator[None]:
    """While inside, ``import asyncio`` gives a module with ``iscoroutinefunction`` alone, unless
    the real asyncio is loaded already (then nothing is saved and nothing is changed)."""
    if "asyncio" in sys.modules:
        yield
        return
    stand_in = types.ModuleType("asyncio", "psoasbreak's stand-in while APScheduler imports")
    stand_in.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    sys.modules["asyncio"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("asyncio") is stand_in:
            del sys.modules["asyncio"]
