"""Start-up: process start → tray icon embedded, and → ``status`` answers; cold and warm.

Cold: every file the program mapped during a first, uncounted start (libraries, caches, fonts),
plus the folders of the Python packages it loads, are dropped from the page cache just before the
start, as after a reboot; warm: the same program started again at once. The tray time is the X
server's report that the icon became viewable inside trayer (an event, not a poll); ``status``
is asked over the control socket every 2 ms from the moment the process is forked.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from tests.benchmarks import procstats
from tests.benchmarks.common import BenchError, Desktop, Subject, embedded_by, spread

START_TIMEOUT = 60.0


def one_start(desktop: Desktop, subject: Subject) -> tuple[float, float | None, Any]:
    """Start, wait for the tray (and status); return the seconds to each and the launch."""
    launch = subject.launch(desktop)
    status_at: float | None = None
    deadline = launch.started + START_TIMEOUT
    while subject.has_status and status_at is None and time.monotonic() < deadline:
        if launch.proc.poll() is not None:
            break
        if subject.status(timeout=5) is not None:
            status_at = time.monotonic()
        else:
            time.sleep(0.002)
    left = max(0.1, deadline - time.monotonic())
    seen = desktop.watcher.wait_for(embedded_by(subject, launch), since=launch.mark, timeout=left)
    if seen is None:
        subject.stop(launch)
        exited = launch.proc.returncode
        why = f"exited with {exited}" if exited is not None else "still running"
        raise BenchError(
            f"{subject.title}: no tray icon within {START_TIMEOUT:g} s ({why}):\n"
            f"{subject.output_tail()}"
        )
    status_s = status_at - launch.started if status_at is not None else None
    return seen.mono - launch.started, status_s, launch


def run(desktop: Desktop, subject: Subject, runs: int, log: Any = print) -> dict[str, Any]:
    # A first, uncounted start creates the profile and shows what the program maps.
    tray_s, _, launch = one_start(desktop, subject)
    time.sleep(3)  # let it finish loading what it loads just after the tray (plugins, history)
    cold_files: set[Path] = set(subject.cold_paths)
    cold_files |= procstats.mapped_files(subject.processes(launch))
    cold_files |= procstats.mapped_files(subject.helpers())
    subject.stop(launch)
    log(f"  {subject.title}: first start {tray_s:.3f} s to tray; {len(cold_files)} paths to evict")

    results: dict[str, list[float | None]] = {
        k: [] for k in ("cold", "cold_status", "warm", "warm_status")
    }
    evicted: list[tuple[int, int]] = []
    for i in range(runs):
        for kind in ("cold", "warm"):
            if kind == "cold":
                evicted.append(procstats.evict(cold_files))
            tray_s, status_s, launch = one_start(desktop, subject)
            subject.stop(launch)
            results[kind].append(tray_s)
            results[f"{kind}_status"].append(status_s)
            shown = f"{tray_s:.3f} s" + (f", status {status_s:.3f} s" if status_s else "")
            log(f"  {subject.title}: {kind} start {i + 1}/{runs}: tray {shown}")
            time.sleep(0.5)
    files, size = evicted[-1] if evicted else (0, 0)
    return {
        "to_tray_cold_s": spread(results["cold"]).to_json(),
        "to_tray_warm_s": spread(results["warm"]).to_json(),
        "to_status_cold_s": spread(results["cold_status"]).to_json(),
        "to_status_warm_s": spread(results["warm_status"]).to_json(),
        "evicted_files": files,
        "evicted_mb": round(size / 2**20, 1),
    }
