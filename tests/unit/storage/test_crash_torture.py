"""Crash torture: a real writer process is killed with SIGKILL at random moments, again and again.

After every kill the history must pass ``PRAGMA integrity_check`` and hold every event the writer
had reported as recorded (a line in its acknowledgement file, written only after ``record``
returned). Kills land anywhere: while the file is created and migrated, inside a commit, between
a commit and its acknowledgement. Every 20 kills a new file is started so creation is hit often.

CI runs ``CI_KILLS`` kills (a few seconds). ``pytest -m torture`` runs the long variant with
``TORTURE_KILLS``; ``PSOASBREAK_TORTURE_KILLS=N`` changes that number.

SIGKILL ends the process but not the kernel, so this proves atomicity and "recorded means
committed"; surviving a power cut on top is what ``synchronous=FULL`` (the WAL fsynced on every
commit) is for, and is not something a test in a running kernel can show.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from psoasbreak.storage.database import HistoryDatabase
from tests.unit.storage.crash_writer import event

REPO = Path(__file__).resolve().parents[3]
WRITER = Path(__file__).with_name("crash_writer.py")
#: Figures quoted in the README's "Reliability" section.
CI_KILLS = 200
TORTURE_KILLS = int(os.environ.get("PSOASBREAK_TORTURE_KILLS", "2000"))
KILLS_PER_FILE = 20
#: The longest a writer may run before its kill: long enough for dozens of commits, short enough
#: that kills often land while the file is still being created.
MAX_RUN_SECONDS = 0.04


@dataclass
class Tally:
    kills: int = 0
    acknowledged: int = 0
    killed_before_first_ack: int = 0
    files: set[Path] = field(default_factory=set)


class ForkServer:
    """``crash_writer.py`` as a subprocess: one line in, one line out."""

    def __init__(self, stderr: Path) -> None:
        self._stderr_path = stderr
        self._stderr = stderr.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        # A hung server must fail the test, not hang it.
        self._guard = threading.Timer(600, self.proc.kill)
        self._guard.start()

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        assert answer, f"the fork server died:\n{self._stderr_path.read_text()}"
        return answer.split(maxsplit=1)[1].strip()

    def close(self) -> None:
        self._guard.cancel()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(10)
        self.proc.stdout.close()
        self._stderr.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ForkServer]:
    fork_server = ForkServer(tmp_path / "writers.stderr")
    try:
        yield fork_server
    finally:
        fork_server.close()


def kill_one(server: ForkServer, db: Path, acks: Path, first: int, rng: random.Random) -> None:
    pid = int(server.ask(f"spawn {db} {acks} {first}"))
    # The sleep picks the moment of the kill; it does not wait for anything to happen.
    threading.Event().wait(rng.uniform(0, MAX_RUN_SECONDS))
    os.kill(pid, signal.SIGKILL)
    status = int(server.ask(f"reap {pid}"))
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the writer ended by itself (status {status}) before it was killed:\n"
        f"{(acks.parent / 'writers.stderr').read_text()}"
    )


def acknowledged(acks: Path) -> set[int]:
    try:
        text = acks.read_text()
    except FileNotFoundError:
        return set()
    # Only whole lines count: a kill inside the write of an acknowledgement acknowledges nothing.
    return {int(line) for line in text.split("\n")[:-1]}


def check_after_kill(db: Path, acked: set[int]) -> None:
    if not db.exists():
        assert not acked, "events were acknowledged but the file does not exist"
        return
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with HistoryDatabase.open(db) as history:
        stored = history.events()
        counts = history.all_day_counts()
    missing = {event(n) for n in acked} - set(stored)
    assert not missing, (
        f"{len(missing)} acknowledged events were lost, e.g. {min(missing, key=str)}"
    )
    # The per-day counts agree with the events themselves: no half-counted commit.
    assert sum(
        c.completed + c.natural + c.skipped + c.snoozed + c.missed for c in counts.values()
    ) == len(stored)


def torture(tmp_path: Path, server: ForkServer, kills: int, seed: int) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    acks = tmp_path / "acks"
    first = 0
    for kill in range(kills):
        db = tmp_path / f"file{kill // KILLS_PER_FILE}" / "history.sqlite3"
        db.parent.mkdir(exist_ok=True)
        tally.files.add(db)
        acks.unlink(missing_ok=True)
        kill_one(server, db, acks, first, rng)
        acked = acknowledged(acks)
        check_after_kill(db, acked)
        tally.kills += 1
        tally.acknowledged += len(acked)
        tally.killed_before_first_ack += not acked
        # Next writer starts past every number used so far, so events never collide.
        first = max(acked, default=first) + 10
    return tally


def test_acknowledged_events_survive_hundreds_of_sigkills(
    tmp_path: Path, server: ForkServer
) -> None:
    tally = torture(tmp_path, server, CI_KILLS, seed=1)
    assert tally.kills == CI_KILLS
    # The kills really were spread out: some before anything was recorded, most after.
    assert 0 < tally.killed_before_first_ack < CI_KILLS // 2
    assert tally.acknowledged > CI_KILLS


@pytest.mark.torture
def test_acknowledged_events_survive_thousands_of_sigkills(
    tmp_path: Path, server: ForkServer
) -> None:
    tally = torture(tmp_path, server, TORTURE_KILLS, seed=2)
    assert tally.kills == TORTURE_KILLS
    print(f"\n{tally.kills} kills, {tally.acknowledged} acknowledged events, none lost")
