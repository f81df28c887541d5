"""How fast the history is with ten years of breaks (issue 4): run by hand, not by pytest.

    python -m tests.benchmarks.bench_history [--runs 25] [--events-per-day 16.5]

Builds about 60,000 events (ten years ending today, in Europe/Berlin with its DST changes, ~20 on
a workday, most weekends off) in a temporary profile, then measures, over repeated runs:

- the history window opening on a week (offscreen): construct it, read the history and paint it
  once, with the database already open as it is in the app; weeks from the first, the middle and
  the last year in turn;
- ``psoasbreak stats --json`` as a subprocess, the way a user or a script runs it;
- ``HistoryDatabase.all_day_counts()`` alone, the read behind every streak.

Prints a markdown table (median, fastest, slowest) against the targets, and exits 1 if a
median misses its target.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase

ZONE = ZoneInfo("Europe/Berlin")
YEARS = 10
OUTCOMES = (
    [Outcome.COMPLETED] * 6
    + [Outcome.NATURAL] * 2
    + [
        Outcome.SKIPPED,
        Outcome.SNOOZED,
        Outcome.MISSED,
    ]
)


@dataclass(frozen=True)
class Result:
    name: str
    target_ms: float | None
    times_ms: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.times_ms)

    @property
    def ok(self) -> bool:
        return self.target_ms is None or self.median < self.target_ms

    def row(self) -> str:
        target = f"< {self.target_ms:.0f} ms" if self.target_ms else "–"
        verdict = "" if self.target_ms is None else (" ✓" if self.ok else " ✗ too slow")
        return (
            f"| {self.name} | {target} | {self.median:.1f} ms{verdict} |"
            f" {min(self.times_ms):.1f} ms | {max(self.times_ms):.1f} ms | {len(self.times_ms)} |"
        )


def build_history(path: Path, per_day: float, seed: int = 4) -> tuple[int, date]:
    """Ten years up to today: workdays with about ``per_day`` events, most weekends off."""
    rng = random.Random(seed)
    today = date.today()
    first = today - timedelta(days=round(365.25 * YEARS))
    events: list[BreakEvent] = []
    day = first
    while day <= today:
        weekend = day.weekday() >= 5
        if not (weekend and rng.random() < 0.8):
            count = max(0, round(rng.gauss(per_day * (1.2 if not weekend else 0.5), 3)))
            start = datetime(day.year, day.month, day.day, 7, 30, tzinfo=ZONE)
            for n in range(count):
                at = start + timedelta(minutes=35 * n + rng.randint(0, 20))
                outcome = rng.choice(OUTCOMES)
                exercise = (
                    rng.choice(["stretch", "breathing"]) if outcome is not Outcome.NATURAL else None
                )
                seconds = 60 if outcome is Outcome.COMPLETED else 0
                events.append(BreakEvent(at, outcome, exercise, seconds))
        day += timedelta(days=1)
    with HistoryDatabase.open(path) as database:
        added = database.record_many(events)
    return added, first


def timed(action: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_window(database: HistoryDatabase, first: date, runs: int) -> tuple[float, list[float]]:
    """(the first open in the app, importing the window's modules; the later opens)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from psoasbreak.core.clock import SystemClock

    app = QApplication.instance() or QApplication(["psoasbreak-bench"])
    today = date.today()
    weeks = [first + timedelta(weeks=1), first + (today - first) / 2, today]

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    def open_once(n: int, start: float) -> float:
        from psoasbreak.ui.history_window import HistoryWindow  # the app imports it on first use

        year, week, _ = weeks[n % len(weeks)].isocalendar()
        watch = PaintWatch()
        window = HistoryWindow(database, SystemClock(), lambda: 6, week=(year, week))
        window.chart.installEventFilter(watch)
        window.show()
        while not watch.painted:
            app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        window.close()
        window.deleteLater()
        app.processEvents()
        return elapsed

    # The running app has loaded these (and Qt's enums) long before the window is first asked for.
    import psoasbreak.shell.presenter  # noqa: F401

    cold = open_once(0, time.perf_counter())
    return cold, [open_once(n, time.perf_counter()) for n in range(runs)]


def psoasbreak_command() -> list[str]:
    script = Path(sys.executable).with_name("psoasbreak")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "psoasbreak"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=25)
    parser.add_argument("--events-per-day", type=float, default=18.5)
    args = parser.parse_args()

    profile = Path(tempfile.mkdtemp(prefix="psoasbreak-bench-"))
    try:
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(profile / "data"),
            "XDG_CONFIG_HOME": str(profile / "config"),
            "XDG_STATE_HOME": str(profile / "state"),
            "XDG_RUNTIME_DIR": str(profile / "run"),
        }
        path = profile / "data" / "psoasbreak" / "history.sqlite3"
        started = time.perf_counter()
        count, first = build_history(path, args.events_per_day)
        built = time.perf_counter() - started
        print(f"built {count:,} events from {first} to today in {built:.1f} s ({path})\n")

        command = [*psoasbreak_command(), "stats", "--json"]
        stats = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        assert '"week"' in stats.stdout, stats

        with HistoryDatabase.open(path) as database:
            cold, warm = bench_window(database, first, args.runs)
            results = [
                Result("history window: construct + read + first paint (offscreen)", 100, warm),
                Result(
                    "the same, first time in the app (+ importing the window, first font use)",
                    100,
                    [cold],
                ),
                Result(
                    "`psoasbreak stats --json` (subprocess, wall time)",
                    300,
                    timed(
                        lambda: subprocess.run(command, env=env, capture_output=True, check=True),
                        args.runs,
                    ),
                ),
                Result(
                    "for scale: `python3 -c pass` (interpreter start alone)",
                    None,
                    timed(
                        lambda: subprocess.run([sys.executable, "-c", "pass"], check=True),
                        args.runs,
                    ),
                ),
                Result(
                    f"`all_day_counts()` ({len(database.all_day_counts()):,} days)",
                    None,
                    timed(database.all_day_counts, args.runs),
                ),
            ]
    finally:
        shutil.rmtree(profile, ignore_errors=True)

    print(
        f"{count:,} events over {YEARS} years; Python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n"
    )
    print("| measurement | target | median | fastest | slowest | runs |")
    print("|---|---|---|---|---|---|")
    for result in results:
        print(result.row())
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
