"""CPU while the breathing pacer animates: the app's own share, and the X server's beside it."""

from __future__ import annotations

import time
from typing import Any

from tests.benchmarks import procstats
from tests.benchmarks.bench_start import one_start
from tests.benchmarks.common import BenchError, Desktop, Psoasbreak, spread, wait_until

SETTLE_S = 2.0


def _xvfb_pid(desktop: Desktop) -> int:
    return next(proc.pid for name, proc, _ in desktop.x.procs if name == "Xvfb")


def run(
    desktop: Desktop, subject: Psoasbreak, runs: int, seconds: float, log: Any = print
) -> dict[str, Any]:
    break_seconds = max(20, int(SETTLE_S + seconds + 3))
    subject.write_config(f"break_seconds = {break_seconds}\nidle_reset_minutes = 0\n")
    _, _, launch = one_start(desktop, subject)
    app_pct, x_pct, wakeups = [], [], []
    try:
        pids, xvfb = subject.processes(launch), [_xvfb_pid(desktop)]
        for i in range(runs):
            mark = desktop.watcher.mark()
            answer = subject.request("break_now", {"exercise": "breathing"})
            if not answer.ok or not answer.result.get("started"):
                raise BenchError(f"break-now did not start a break: {answer}")
            window = desktop.watcher.wait_for(
                lambda s: s.kind == "mapped" and s.name.startswith("Break"), since=mark, timeout=30
            )
            if window is None:
                raise BenchError("the exercise window never appeared")
            time.sleep(SETTLE_S)
            t0, app0, x0 = time.monotonic(), procstats.sample(pids), procstats.sample(xvfb)
            time.sleep(seconds)
            t1, app1, x1 = time.monotonic(), procstats.sample(pids), procstats.sample(xvfb)
            app_pct.append(100 * (app1.cpu_seconds - app0.cpu_seconds) / (t1 - t0))
            x_pct.append(100 * (x1.cpu_seconds - x0.cpu_seconds) / (t1 - t0))
            wakeups.append((app1.switches - app0.switches) / (t1 - t0))
            log(f"  pacer {i + 1}/{runs}: app {app_pct[-1]:.1f} % CPU, Xvfb {x_pct[-1]:.1f} %")
            gone = desktop.watcher.wait_for(
                lambda s, w=window.window: s.kind in ("unmapped", "destroyed") and s.window == w,
                since=mark,
                timeout=break_seconds + 15,
            )
            if gone is None:
                raise BenchError("the exercise window did not close when its countdown ended")
            over = wait_until(
                lambda: (
                    (status := subject.status()) is not None
                    and status.result.get("state") != "on_break"
                ),
                timeout=30,
                interval=0.2,
            )
            if not over:
                raise BenchError("the break was still running after its window closed")
    finally:
        subject.stop(launch)
        subject.clear_config()
    return {
        "app_cpu_percent": spread(app_pct).to_json(),
        "xvfb_cpu_percent": spread(x_pct).to_json(),
        "app_wakeups_per_s": spread(wakeups).to_json(),
        "seconds_measured": seconds,
    }
