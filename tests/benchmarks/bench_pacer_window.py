"""What a break window costs while it runs, and that it costs nothing once it is closed.

    python -m tests.benchmarks.bench_pacer_window [--seconds 20] [--idle 60] [--json]

One process, the real ExerciseWindow on the real clock (``time.monotonic``), no tray, scheduler
or session around it, so every cost measured is the window's own:

1. *pacer*: the breathing window, circle animating (30 frames a second), for ``--seconds``;
2. *reduced motion*: the same with the countdown bar that steps once a second;
3. *stretch*: the stretch window (5 refreshes a second);
4. *after close*: each window ran to the end of its countdown and closed itself; then the event
   loop runs on, idle, for ``--idle`` seconds.

Method. CPU is the process's user + system time (``time.process_time``, all threads) over the
phase, as a percentage of one core. Wake-ups are counted two ways: (a) every QEvent.Timer
delivered to any object in the process, seen by an application-wide event filter (installed for
phase 4 only: in Python it would slow the pacer) — the benchmark's own single-shot "stop" timer
is the only one allowed; (b) the kernel's count of context switches of the GUI thread
(``voluntary_ctxt_switches`` + ``nonvoluntary_ctxt_switches`` in /proc/self/task/<tid>/status),
and of the whole process (``getrusage``). An idle Qt loop sleeps in poll() and switches only when
woken, so in the idle phase the GUI thread's count is the wake-ups: the benchmark's own stop timer
(one), Qt's pixmap-cache cleanup (QPMCache: once, about 25 s after the last paint) and the exit of
Qt's pooled painting threads (30 s after their last job); (a) tells which, if any, were ours.

The platform is ``offscreen`` unless QT_QPA_PLATFORM says otherwise (e.g. ``xcb`` with DISPLAY
set): offscreen paints into an in-memory backing store, so the figure is the app's own painting
without the X server's share (tests/benchmarks/bench_pacer.py measures the whole app under Xvfb).
Not collected by pytest (no ``test_`` prefix).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from psoasbreak.pyside_workarounds import keep_singletons_alive

keep_singletons_alive()  # PySide6 6.12 on Python < 3.12: see that module

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from psoasbreak.core.exercises import ExerciseLibrary  # noqa: E402
from psoasbreak.ui.exercise_window import ExerciseWindow  # noqa: E402


def _switches(status: Path) -> int:
    total = 0
    for line in status.read_text().splitlines():
        if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
            total += int(line.split()[1])
    return total


def gui_thread_switches() -> int:
    return _switches(Path(f"/proc/self/task/{threading.get_native_id()}/status"))


def process_switches() -> int:
    # getrusage, not the sum over /proc/self/task: Qt's pooled painting threads exit after 30 s
    # idle, and their counts would leave the sum with them.
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_nvcsw + usage.ru_nivcsw


@dataclass
class Phase:
    name: str
    seconds: float
    cpu_percent: float
    gui_thread_switches_per_s: float
    process_switches_per_s: float
    ticks_per_s: float | None = None
    timer_events: int | None = None
    timer_events_of_ours_per_min: float | None = None


class TimerEventCounter(QObject):
    """Counts every timer event the application delivers, except to ``ignore``."""

    def __init__(self, ignore: QObject) -> None:
        super().__init__()
        self.ignore = ignore
        self.count = 0
        self.ours: list[str] = []
        self.qt_internal: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer and watched is not self.ignore:
            kind = watched.metaObject().className()
            # A QTimer (ours or any) or one of our classes is ours; Qt's own caches (QPMCache,
            # the pixmap cache, ages its entries every 30 s while it holds any) are not.
            if kind == "QTimer" or not kind.startswith("Q"):
                self.count += 1
                self.ours.append(watched.objectName() or kind)
            else:
                self.qt_internal.append(kind)
        return False


def stop_timer(loop: QEventLoop) -> QTimer:
    """The benchmark's own single wake-up, which ends a phase. (Not ``app.quit``: in Qt 6 that
    closes every window first, which would end a break early.)"""
    stop = QTimer()
    stop.setObjectName("benchmark-stop")
    stop.setSingleShot(True)
    stop.setTimerType(Qt.TimerType.PreciseTimer)
    stop.timeout.connect(loop.quit)
    return stop


def run_loop_for(seconds: float) -> None:
    loop = QEventLoop()
    stop = stop_timer(loop)
    stop.start(round(seconds * 1000))
    loop.exec()


def window_phase(
    app: QApplication, exercise_id: str, seconds: float, reduced_motion: bool, name: str
) -> Phase:
    library = ExerciseLibrary.load_default()
    # The countdown is a little longer than the phase, so the window is measured while running;
    # it then finishes on its own in the idle phase's lead-in.
    start = time.monotonic()
    window = ExerciseWindow(
        library.get(exercise_id),
        int(seconds) + 2,
        lambda: time.monotonic() - start,
        reduced_motion=reduced_motion,
    )
    ticked = 0

    def count() -> None:
        nonlocal ticked
        ticked += 1

    window.tick.timeout.connect(count)
    window.show()
    t0, cpu0 = time.monotonic(), time.process_time()
    gui0, proc0 = gui_thread_switches(), process_switches()
    run_loop_for(seconds)
    t1, cpu1 = time.monotonic(), time.process_time()
    gui1, proc1 = gui_thread_switches(), process_switches()
    wall, ticks = t1 - t0, ticked
    finished = []
    window.finished.connect(lambda: finished.append(True))
    while not finished:  # let the countdown run out; the window closes and deletes itself
        run_loop_for(0.5)
    return Phase(
        name=name,
        seconds=round(wall, 2),
        cpu_percent=round(100 * (cpu1 - cpu0) / wall, 2),
        gui_thread_switches_per_s=round((gui1 - gui0) / wall, 1),
        process_switches_per_s=round((proc1 - proc0) / wall, 1),
        ticks_per_s=round(ticks / wall, 1),
    )


def idle_phase(app: QApplication, seconds: float) -> Phase:
    # Deferred deletes (the closed windows and their timers) happen on the next loop turns.
    run_loop_for(0.2)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w.objectName() for w in app.topLevelWidgets() if w.objectName() == "exercise"]
    if left:
        raise SystemExit(f"a closed exercise window is still alive: {left}")
    loop = QEventLoop()
    stop = stop_timer(loop)
    counter = TimerEventCounter(ignore=stop)
    app.installEventFilter(counter)
    t0, cpu0 = time.monotonic(), time.process_time()
    gui0, proc0 = gui_thread_switches(), process_switches()
    stop.start(round(seconds * 1000))
    loop.exec()
    app.removeEventFilter(counter)

    t1, cpu1 = time.monotonic(), time.process_time()
    gui1, proc1 = gui_thread_switches(), process_switches()
    wall = t1 - t0
    if counter.ours:
        print(f"timer events of ours after close went to: {sorted(set(counter.ours))}")
    if counter.qt_internal:
        kinds = ", ".join(sorted(set(counter.qt_internal)))
        print(f"Qt's own housekeeping timers fired {len(counter.qt_internal)} times ({kinds})")
    return Phase(
        name="after close (idle)",
        seconds=round(wall, 2),
        cpu_percent=round(100 * (cpu1 - cpu0) / wall, 3),
        gui_thread_switches_per_s=round((gui1 - gui0) / wall, 3),
        process_switches_per_s=round((proc1 - proc0) / wall, 3),
        timer_events=counter.count,
        timer_events_of_ours_per_min=round(60 * counter.count / wall, 2),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="each running phase (20)")
    parser.add_argument("--idle", type=float, default=60.0, help="the idle phase (60)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication(["psoasbreak-bench"])
    assert isinstance(app, QApplication)
    phases = [
        window_phase(app, "breathing", args.seconds, False, "pacer (animated)"),
        window_phase(app, "breathing", args.seconds, True, "pacer (reduced motion)"),
        window_phase(app, "stretch", args.seconds, False, "stretch"),
        idle_phase(app, args.idle),
    ]
    platform = QCoreApplication.instance() and QApplication.platformName()
    if args.json:
        print(json.dumps({"platform": platform, "phases": [asdict(p) for p in phases]}, indent=2))
    else:
        print(f"platform: {platform}")
        print(f"{'phase':<24}{'s':>7}{'CPU %':>8}{'ticks/s':>12}{'GUI sw/s':>10}{'all sw/s':>10}")
        for p in phases:
            ticks = "" if p.ticks_per_s is None else f"{p.ticks_per_s:.1f}"
            print(
                f"{p.name:<24}{p.seconds:>7.1f}{p.cpu_percent:>8.2f}{ticks:>12}"
                f"{p.gui_thread_switches_per_s:>10.2f}{p.process_switches_per_s:>10.2f}"
            )
        idle = phases[-1]
        print(
            f"after close: {idle.timer_events} timer events of ours in {idle.seconds:.0f} s "
            f"({idle.timer_events_of_ours_per_min} per minute); the GUI thread woke "
            f"{60 * idle.gui_thread_switches_per_s:.0f} times a minute, the stop timer included"
        )
    return 0 if phases[-1].timer_events == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
