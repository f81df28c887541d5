"""The floor: a bare PySide6 tray icon (QApplication + QSystemTrayIcon + a one-entry menu), on the
same private desktop and private copy of PySide6 as ``run_all`` uses for psoasbreak.

    python -m tests.benchmarks.bench_floor [--idle-minutes 1]

Prints its time to the tray (warm) and its idle PSS, USS, RSS and wake-ups a minute: what any
PySide6 tray app costs here before it does anything of its own.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks import procstats
from tests.benchmarks.common import BARE_TRAY, Desktop, our_subject


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--idle-minutes", type=float, default=1.0)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="psoasbreak-floor-") as tmp,
        Desktop.running(Path(tmp)) as desktop,
    ):
        subject = our_subject()
        subject.prepare(desktop)
        try:
            mark, started = desktop.watcher.mark(), time.monotonic()
            proc = subprocess.Popen([sys.executable, "-c", BARE_TRAY], env=subject.env)
            seen = desktop.watcher.wait_for(lambda s: s.kind == "embedded", since=mark, timeout=30)
            if seen is None:
                print("the bare tray icon never appeared", file=sys.stderr)
                return 1
            time.sleep(20)
            before = procstats.sample([proc.pid])
            time.sleep(60 * args.idle_minutes)
            after = procstats.sample([proc.pid])
            proc.terminate()
            proc.wait(10)
        finally:
            subject.close()
    minutes = args.idle_minutes
    print(
        f"bare PySide6 tray: {seen.mono - started:.3f} s to tray; idle: "
        f"{(after.switches - before.switches) / minutes:.1f} wake-ups/min, "
        f"PSS {after.pss_kb / 1024:.1f} MB, USS {after.uss_kb / 1024:.1f} MB, "
        f"RSS {after.rss_kb / 1024:.1f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
