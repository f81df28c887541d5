"""The command line: ``psoasbreak status`` round trip and ``psoasbreak stats --json``, both with
ten years of history (imported through ``psoasbreak import``, the public way in)."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.benchmarks.bench_start import one_start
from tests.benchmarks.common import BenchError, Desktop, Psoasbreak, spread

YEARS = 10


def ten_years_csv(path: Path, today: date, seed: int = 9) -> int:
    """A plausible history: about six breaks a working day, fewer at weekends, some holidays."""
    rng = random.Random(seed)
    zone = datetime.now().astimezone().tzinfo
    rows = ["at,outcome,exercise,seconds"]
    day = today - timedelta(days=365 * YEARS + YEARS // 4)
    while day < today:
        weekday = day.weekday() < 5
        if rng.random() > (0.08 if weekday else 0.6):  # holidays and free weekends are rest days
            moment = datetime(day.year, day.month, day.day, 8, 30, tzinfo=zone)
            for _ in range(rng.randint(4, 9) if weekday else rng.randint(0, 3)):
                moment += timedelta(minutes=rng.randint(30, 50))
                outcome = rng.choices(
                    ["completed", "natural", "skipped", "snoozed", "missed"], [70, 8, 10, 8, 4]
                )[0]
                exercise = "" if outcome == "natural" else rng.choice(["stretch", "breathing"])
                seconds = {"completed": 60, "natural": rng.randint(300, 1800)}.get(outcome, 0)
                rows.append(
                    f"{moment.isoformat(timespec='seconds')},{outcome},{exercise},{seconds}"
                )
        day += timedelta(days=1)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows) - 1


def _timed(subject: Psoasbreak, *args: str) -> float:
    t0 = time.perf_counter()
    done = subject.cli(*args)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise BenchError(f"psoasbreak {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return elapsed * 1000


def run(desktop: Desktop, subject: Psoasbreak, repeats: int, log: Any = print) -> dict[str, Any]:
    csv = subject.home / "ten-years.csv"
    events = ten_years_csv(csv, date.today())
    import_ms = _timed(subject, "import", str(csv))
    log(f"  imported {events} events ({YEARS} years) in {import_ms:.0f} ms")
    stats_available = subject.cli("stats", "--help").returncode == 0
    result: dict[str, Any] = {"history_events": events, "import_ms": import_ms}

    _, _, launch = one_start(desktop, subject)
    try:
        _timed(subject, "status")  # the first run compiles nothing (bytecode is cached) but warms
        status_ms = [_timed(subject, "status") for _ in range(repeats)]
        socket_ms = []
        for _ in range(repeats * 3):
            t0 = time.perf_counter()
            if subject.status() is None:
                raise BenchError("status over the socket failed")
            socket_ms.append((time.perf_counter() - t0) * 1000)
    finally:
        subject.stop(launch)
    result["status_command_ms"] = spread(status_ms).to_json()
    result["status_socket_ms"] = spread(socket_ms).to_json()
    log(
        f"  status: command {spread(status_ms).median:.1f} ms, socket {spread(socket_ms).median:.2f} ms"
    )
    if stats_available:
        _timed(subject, "stats", "--json")
        stats_ms = [_timed(subject, "stats", "--json") for _ in range(repeats)]
        result["stats_json_ms"] = spread(stats_ms).to_json()
        log(f"  stats --json: {spread(stats_ms).median:.1f} ms")
    else:
        result["stats_json_ms"] = {"n": 0, "note": "not available yet"}
    return result
