"""Prompt latency: the instant a break falls due → the prompt window mapped on screen.

With a 1-minute interval, ``resume`` plans the next break exactly 60 s after the instant the app
handles it, which lies between our sending the request and reading the answer (a millisecond or
two apart): that bounds the due time. The X server's MapNotify for the prompt gives the other end.
Each sample then withdraws the prompt with ``pause`` and plans the next with ``resume``.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

from tests.benchmarks.bench_start import one_start
from tests.benchmarks.common import BenchError, Desktop, Psoasbreak, spread

INTERVAL_S = 60
CONFIG = """interval_min_minutes = 1
interval_max_minutes = 1
prompt_timeout_minutes = 5
idle_reset_minutes = 0
prompt_style = "window"
"""
PROMPT_TITLE = "Time to stand up"


def run(desktop: Desktop, subject: Psoasbreak, samples: int, log: Any = print) -> dict[str, Any]:
    subject.write_config(CONFIG)
    _, _, launch = one_start(desktop, subject)
    latencies, uncertainties = [], []
    try:
        for i in range(samples):
            subject.request("pause", {"minutes": 1})  # withdraws a prompt still on screen
            mark = desktop.watcher.mark()
            sent = time.time()
            answer = subject.request("resume")
            received = time.time()
            planned = answer.result.get("next_break_at") if answer.ok else None
            if not planned:
                raise BenchError(f"resume did not plan a break: {answer}")
            due = (sent + received) / 2 + INTERVAL_S
            # status shows whole seconds: a sanity check that the plan is the one we think.
            if abs(datetime.fromisoformat(planned).timestamp() - due) > 1.5:
                raise BenchError(f"next break at {planned}, expected about {due}")
            seen = desktop.watcher.wait_for(
                lambda s: (
                    s.kind == "mapped"
                    and s.name.startswith(PROMPT_TITLE)
                    and s.pid in (None, launch.pid)
                ),
                since=mark,
                timeout=INTERVAL_S + 30,
            )
            if seen is None:
                raise BenchError(f"no prompt within {INTERVAL_S + 30} s:\n{subject.output_tail()}")
            latencies.append((seen.wall - due) * 1000)
            uncertainties.append((received - sent) / 2 * 1000)
            log(f"  prompt {i + 1}/{samples}: {latencies[-1]:.1f} ms (±{uncertainties[-1]:.1f})")
    finally:
        subject.stop(launch)
        subject.clear_config()
    return {
        "latency_ms": spread(latencies).to_json(),
        "due_time_uncertainty_ms": max(uncertainties),
    }
