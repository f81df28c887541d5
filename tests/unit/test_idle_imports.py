"""What the idle app must not load (issue 21): each of these was measured in the idle app's
memory by ``tests/benchmarks/bench_memory_breakdown.py`` and is now loaded only when used, or
never. A module-level import anywhere in the app's start path brings it back; this catches that
in a fresh interpreter (the benchmark gives the megabytes)."""

from __future__ import annotations

import ast
import subprocess
import sys

#: The modules the app's start imports at module level (the rest are imported by these).
START_PATH = (
    "psoasbreak.app",
    "psoasbreak.shell.presenter",
    "psoasbreak.shell.edges",
    "psoasbreak.ui.tray",
    "psoasbreak.ui.prompt_text",
    "psoasbreak.core.sync",
    "psoasbreak.desktop.autostart",
    "psoasbreak.desktop.instance",
    "psoasbreak.desktop.machine",
    "psoasbreak.desktop.notifications",
    "psoasbreak.scheduling.scheduler",
)
#: Never at start: asyncio (with ssl, 3.8 MB) is APScheduler's only for one function;
#: hashlib (and OpenSSL's libcrypto) came with ``secrets``; configparser and plistlib with the
#: login entry; QtNetwork was the control socket (2.8 MB); QtSvg, the prompt window (1.6 MB with
#: its illustration) and the exercise window are for breaks.
NOT_AT_START = {
    "asyncio",
    "ssl",
    "hashlib",
    "secrets",
    "configparser",
    "plistlib",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "psoasbreak.ui.exercise_window",
    "psoasbreak.ui.prompt",
    "psoasbreak.ui.illustration",
    "html",
}


def _loaded_after(code: str) -> tuple[set[str], str]:
    program = (
        "import sys\n"
        f"{code}\n"
        f"print(sorted(m for m in {sorted(NOT_AT_START)!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    lines = done.stdout.strip().splitlines()
    return set(ast.literal_eval(lines[-1])), "\n".join(lines[:-1])


def test_the_start_path_loads_none_of_what_idle_does_not_use() -> None:
    loaded, _ = _loaded_after("\n".join(f"import {name}" for name in START_PATH))
    if sys.platform != "linux":  # pragma: no cover - the Linux app is what is measured
        loaded -= {"PySide6.QtNetwork"}
    assert loaded == set(), f"imported at start: {sorted(loaded)}"


def test_apscheduler_works_without_asyncio_and_asyncio_is_whole_afterwards() -> None:
    loaded, out = _loaded_after(
        "import psoasbreak.scheduling.scheduler\n"
        "import apscheduler.util\n"
        "async def coroutine(): pass\n"
        "def plain(): pass\n"
        "print(apscheduler.util.iscoroutinefunction(coroutine),"
        " apscheduler.util.iscoroutinefunction(plain), 'asyncio' in sys.modules)\n"
    )
    assert out == "True False False"  # APScheduler still tells coroutines apart
    assert "asyncio" not in loaded
    # A library that needs asyncio later gets the real one, not the stand-in.
    _, out = _loaded_after(
        "import psoasbreak.scheduling.scheduler\n"
        "import asyncio\n"
        "print(asyncio.run(asyncio.sleep(0, result='ran')))\n"
    )
    assert out == "ran"


def test_a_real_asyncio_loaded_before_is_left_alone() -> None:
    _, out = _loaded_after(
        "import asyncio\n"
        "real = asyncio\n"
        "import psoasbreak.scheduling.scheduler\n"
        "import apscheduler.util\n"
        "print(sys.modules['asyncio'] is real,"
        " apscheduler.util.iscoroutinefunction is real.iscoroutinefunction)\n"
    )
    assert out == "True True"
