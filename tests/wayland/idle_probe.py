"""Run by tests/wayland/test_wayland_idle.py as the session's user, in the user's venv: opens the
app's Wayland idle monitor on the real compositor and prints one JSON line of what it saw."""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from psoasbreak.desktop.wayland_idle import THRESHOLD_SECONDS, WaylandIdleMonitor

DEADLINE = 20.0


def main() -> int:
    app = QCoreApplication([])
    monitor = WaylandIdleMonitor.open()
    if monitor is None:
        print(json.dumps({"monitor": None}), flush=True)
        return 1
    seen: dict[str, object] = {"monitor": monitor.name, "readings": []}
    readings: list[float] = seen["readings"]  # type: ignore[assignment]
    started = time.monotonic()
    phase = ["until-idle"]

    def look() -> None:
        idle = monitor.idle_seconds()
        readings.append(-1.0 if idle is None else round(idle, 2))
        if time.monotonic() - started > DEADLINE:
            app.quit()
        elif phase[0] == "until-idle" and idle is not None and idle >= THRESHOLD_SECONDS:
            seen.setdefault("idle_after", round(time.monotonic() - started, 2))
            if idle < THRESHOLD_SECONDS + 0.5:
                return  # watch it grow a little first
            if monitor.name.endswith("org_kde_kwin_idle"):
                # The KDE protocol lets a client report activity, as real input would.
                monitor._watch.simulate_user_activity()
                monitor._display.flush()
                phase[0] = "until-active"
            else:
                app.quit()
        elif phase[0] == "until-active" and idle == 0.0:
            seen["active_again"] = True
            app.quit()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    app.exec()
    monitor.close()
    print(json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
