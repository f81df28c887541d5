"""A fork server of history writers, for the crash torture test (``test_crash_torture.py``).

Starting a fresh Python for each of hundreds of kills would cost ~100 ms each, so this process
imports the storage code once and forks one writer per round (under a millisecond). Each writer is
a real, separate process writing through ``HistoryDatabase`` exactly as the app does; the test
kills it with SIGKILL.

Commands on stdin, one per line, each answered with one line on stdout:
    spawn DB ACKS FIRST   fork a writer; answers "pid N"
    reap PID              wait for that writer to end; answers "status S" (os.waitpid's status)
A writer records events at the instants FIRST, FIRST+1, ... seconds (from 2026-01-01T08:00+01:00)
and, after each ``record`` (or ``record_many``) returns, appends their numbers to ACKS, one per
line, with a single unbuffered write: a line in ACKS means "this event was reported as recorded".
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from datetime import datetime, timedelta, timezone
from pathlib import Path

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase

START = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
OUTCOMES = list(Outcome)


def event(n: int) -> BreakEvent:
    outcome = OUTCOMES[n % len(OUTCOMES)]
    exercise = "stretch" if outcome in (Outcome.COMPLETED, Outcome.SKIPPED) else None
    return BreakEvent(START + timedelta(seconds=n), outcome, exercise, 60 if exercise else 0)


def write_forever(db_path: str, acks_path: str, first: int) -> None:
    acks = os.open(acks_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    database = HistoryDatabase.open(Path(db_path))
    rng = random.Random(first)
    n = first
    while True:
        if rng.random() < 0.1:  # now and then an all-or-nothing batch, as an import does
            batch = list(range(n, n + rng.randint(2, 5)))
            database.record_many(event(i) for i in batch)
        else:
            batch = [n]
            database.record(event(n))
        os.write(acks, "".join(f"{i}\n" for i in batch).encode())
        n = batch[-1] + 1


def serve() -> None:
    for line in sys.stdin:
        command, *args = line.split()
        if command == "spawn":
            pid = os.fork()
            if pid == 0:
                try:
                    write_forever(args[0], args[1], int(args[2]))
                except BaseException:
                    traceback.print_exc()
                finally:
                    os._exit(70)  # only reached on an error: the test reports it
            answer = f"pid {pid}"
        elif command == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            answer = f"status {status}"
        else:
            answer = f"error unknown command {command!r}"
        print(answer, flush=True)


if __name__ == "__main__":
    serve()
