"""Idle between breaks: CPU %, wake-ups (context switches) a minute, PSS and RSS.

The program is started (warm), left alone for a settling time, then read from /proc once a
minute for ``minutes`` minutes; the per-minute figures give the median and the spread. Every
``NUDGE_S`` seconds the pointer moves by one pixel in an empty corner (XTEST), as it does for a
person at work, so that no program decides its user is away and changes what it does; nothing
else touches the display, so a program that wakes up does so on its own account.
"""

from __future__ import annotations

import time
from typing import Any

from tests.benchmarks import procstats
from tests.benchmarks.bench_start import one_start
from tests.benchmarks.common import Desktop, Psoasbreak, Subject, spread

NUDGE_S = 30


def _sleep_until(desktop: Desktop, moment: float) -> None:
    while (left := moment - time.monotonic()) > 0:
        time.sleep(min(left, NUDGE_S))
        if time.monotonic() < moment:
            desktop.nudge()


def run(
    desktop: Desktop,
    subject: Subject,
    minutes: int,
    settle_s: float = 20.0,
    log: Any = print,
) -> dict[str, Any]:
    if isinstance(subject, Psoasbreak) and minutes + settle_s / 60 + 1 >= 30:
        # The default interval (30–45 min) would bring a break inside a long window.
        subject.write_config("interval_min_minutes = 240\ninterval_max_minutes = 240\n")
    _, _, launch = one_start(desktop, subject)
    try:
        _sleep_until(desktop, time.monotonic() + settle_s)
        pids = subject.processes(launch)
        names = [procstats.command_name(p) or str(p) for p in pids]
        samples = [procstats.sample(pids)]
        stamps = [time.monotonic()]
        for minute in range(minutes):
            _sleep_until(desktop, stamps[0] + 60 * (minute + 1))
            samples.append(procstats.sample(pids))
            stamps.append(time.monotonic())
            last = samples[-1]
            log(
                f"  {subject.title}: idle minute {minute + 1}/{minutes}: "
                f"{last.switches - samples[-2].switches} wake-ups, PSS {last.pss_kb / 1024:.1f} MB"
            )
        helpers = subject.helpers()
        helper_names = sorted({procstats.command_name(p) for p in helpers})
        helper_sample = procstats.sample(helpers)
        if launch.proc.poll() is not None:
            raise RuntimeError(f"{subject.title} exited during the idle window")
    finally:
        subject.stop(launch)
        if isinstance(subject, Psoasbreak):
            subject.clear_config()

    cpu_pct, wakeups = [], []
    for before, after, t0, t1 in zip(samples, samples[1:], stamps, stamps[1:], strict=False):
        elapsed = t1 - t0
        cpu_pct.append(100 * (after.cpu_seconds - before.cpu_seconds) / elapsed)
        wakeups.append((after.switches - before.switches) * 60 / elapsed)
    total_minutes = (stamps[-1] - stamps[0]) / 60
    return {
        "minutes": round(total_minutes, 2),
        "processes": names,
        "threads": samples[-1].threads,
        "cpu_percent": spread(cpu_pct).to_json(),
        "cpu_percent_overall": 100
        * (samples[-1].cpu_seconds - samples[0].cpu_seconds)
        / (stamps[-1] - stamps[0]),
        "wakeups_per_min": spread(wakeups).to_json(),
        "pss_mb": spread([s.pss_kb / 1024 for s in samples]).to_json(),
        "rss_mb": spread([s.rss_kb / 1024 for s in samples]).to_json(),
        "uss_mb": spread([s.uss_kb / 1024 for s in samples]).to_json(),
        "helpers": {
            "processes": helper_names,
            "pss_mb": round(helper_sample.pss_kb / 1024, 1),
        },
    }
