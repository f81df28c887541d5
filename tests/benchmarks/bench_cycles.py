"""Memory after many complete break cycles: prompt → Start → exercise → completed → next prompt.

Each cycle is real: the interval (1 min) runs out, the prompt window opens, the benchmark answers
it as the Start button does (``break-now`` while a prompt is up starts the proposed exercise and
closes the prompt), the exercise window counts its 20 s down and the break is recorded as
completed. To run 500 of them in minutes rather than hours, the app's clocks (wall and monotonic,
and so its Qt timers) run ``speed`` times faster under libfaketime (Debian package ``faketime``):
no test hook, the app's own code paths unchanged.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from tests.benchmarks import procstats
from tests.benchmarks.bench_prompt import PROMPT_TITLE
from tests.benchmarks.bench_start import one_start
from tests.benchmarks.common import BenchError, Desktop, Psoasbreak

FAKETIME_LIB = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
CONFIG = """interval_min_minutes = 1
interval_max_minutes = 1
break_seconds = 20
prompt_timeout_minutes = 1
idle_reset_minutes = 0
prompt_style = "window"
sound = false
"""
WARM_UP = 50


def _checkpoints(cycles: int) -> set[int]:
    return {1, 10, min(WARM_UP, cycles), cycles} | set(range(50, cycles + 1, 50))


def _growth(memory: dict[int, dict[str, float]], key: str) -> float:
    """The fitted growth (least squares) from the warm-up on, in MB over the whole run: single
    readings move by a few MB as allocators and other processes sharing pages come and go."""
    points = sorted((n, m[key]) for n, m in memory.items() if n >= WARM_UP)
    if len(points) < 2:
        return 0.0
    fit = statistics.linear_regression([n for n, _ in points], [v for _, v in points])
    return fit.slope * (points[-1][0] - points[0][0])


def run(
    desktop: Desktop, subject: Psoasbreak, cycles: int, speed: int, log: Any = print
) -> dict[str, Any]:
    if not FAKETIME_LIB.exists():
        return {"note": f"not run: {FAKETIME_LIB} missing (Debian package faketime)"}
    subject.write_config(CONFIG)
    # A fresh history, so the outcome counts below are this run's alone.
    data = Path(subject.env["XDG_DATA_HOME"]) / "psoasbreak"
    for old in data.glob("history.sqlite3*"):
        old.unlink()
    real_env = subject.env
    subject.env = {**real_env, "LD_PRELOAD": str(FAKETIME_LIB), "FAKETIME": f"+0 x{speed}"}
    try:
        _, _, launch = one_start(desktop, subject)
    finally:
        subject.env = real_env
    memory: dict[int, dict[str, float]] = {}
    started_at = time.monotonic()
    try:
        pids = subject.processes(launch)
        checkpoints = _checkpoints(cycles)
        memory[0] = _memory(pids)
        mark = desktop.watcher.mark()
        for done in range(1, cycles + 1):
            prompt = desktop.watcher.wait_for(
                lambda s: s.kind == "mapped" and s.name.startswith(PROMPT_TITLE),
                since=mark,
                timeout=60,
            )
            if prompt is None:
                raise BenchError(f"no prompt for cycle {done}:\n{subject.output_tail()}")
            mark = desktop.watcher.mark()
            subject.request("break_now")  # what the prompt's Start button does
            if done in checkpoints:
                # Measured between breaks, once the exercise window has gone: the same quiet
                # moment every time, not halfway through drawing a window.
                closed = desktop.watcher.wait_for(
                    lambda s: s.kind in ("unmapped", "destroyed") and s.name.startswith("Break"),
                    since=mark,
                    timeout=60,
                )
                if closed is None:
                    raise BenchError(f"the exercise of cycle {done} never ended")
                memory[done] = _memory(pids)
                log(
                    f"  cycles {done}/{cycles}: PSS {memory[done]['pss_mb']:.1f} MB,"
                    f" USS {memory[done]['uss_mb']:.1f} MB"
                )
        seconds = time.monotonic() - started_at
    finally:
        subject.stop(launch)
        subject.clear_config()
    exported = subject.cli("export", "--format", "json")
    outcomes: Counter[str] = Counter()
    if exported.returncode == 0:
        outcomes.update(_outcomes(json.loads(exported.stdout)))
    end = memory[cycles]
    return {
        "cycles": cycles,
        "speed": speed,
        "real_seconds": round(seconds, 1),
        "outcomes": dict(outcomes),
        "memory_mb": {str(k): v for k, v in sorted(memory.items())},
        "pss_after_first_mb": memory[1]["pss_mb"],
        "pss_after_mb": end["pss_mb"],
        "uss_after_mb": end["uss_mb"],
        "pss_growth_mb": _growth(memory, "pss_mb"),
        "uss_growth_mb": _growth(memory, "uss_mb"),
        "rss_growth_mb": _growth(memory, "rss_mb"),
        "growth_from_cycle": min(WARM_UP, cycles),
    }


def _memory(pids: list[int]) -> dict[str, float]:
    s = procstats.sample(pids)
    return {"pss_mb": s.pss_kb / 1024, "rss_mb": s.rss_kb / 1024, "uss_mb": s.uss_kb / 1024}


def _outcomes(document: Any) -> list[str]:
    events = document.get("events", document) if isinstance(document, dict) else document
    return [e.get("outcome", "?") for e in events if isinstance(e, dict)]
