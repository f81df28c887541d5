"""A really full disk and a really read-only one, on a tiny tmpfs in a private mount namespace.

Root ignores file permissions but not a full or read-only filesystem, so this is the real thing
where mounting is allowed (root, or CI containers with CAP_SYS_ADMIN); elsewhere it is skipped
(on CI, where that is a broken setup, it fails) and ``test_safe_recorder.py`` covers the same
paths with faults injected at the sqlite3 connection.
The scenario runs in a child process under ``unshare --mount``, so the mounts vanish with it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.needs import unavailable

REPO = Path(__file__).resolve().parents[3]

SCENARIO = r"""
import json, os, subprocess, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.storage.recovery import open_history
from psoasbreak.storage.safe_recorder import SafeRecorder

mnt = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(mnt)], check=True)
path = mnt / "history.sqlite3"
start = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)
ev = lambda n: BreakEvent(start + timedelta(minutes=n), Outcome.COMPLETED, "stretch", 60)

class Retry:
    armed = None
    def start(self, delay): self.armed = delay
    def stop(self): self.armed = None

told, retry = [], Retry()
recorder = SafeRecorder(HistoryDatabase.open(path), lambda: HistoryDatabase.open(path), path)
recorder.attach(retry, told.append)
out = {}
n = 0
recorder.record(ev(n)); n += 1
# Fill the disk to the last byte with a ballast file, as a runaway download would.
ballast = os.open(mnt / "ballast", os.O_WRONLY | os.O_CREAT)
try:
    while True:
        os.write(ballast, b"\1" * 4096)
except OSError:
    pass
os.close(ballast)
while not recorder.pending and n < 5000:
    recorder.record(ev(n)); n += 1
for _ in range(5):
    recorder.record(ev(n)); n += 1
out["full"] = {"pending": len(recorder.pending), "armed": retry.armed is not None,
               "told": [t.text for t in told]}
os.unlink(mnt / "ballast")
out["full"]["flushed"] = recorder.flush()

recorder.close()

# The filesystem is read-only when the app starts (a home mounted read-only, or remounted so by
# the kernel after an error), and writable again later.
subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
opened = open_history(path, datetime.now(timezone.utc))
told.clear()
recorder = SafeRecorder(opened.database, lambda: HistoryDatabase.open(path), path)
recorder.attach(retry, told.append)
out["ro"] = {"opened": opened.database is not None, "problem": opened.problem,
             "before": len(recorder.events())}
for _ in range(3):
    recorder.record(ev(n)); n += 1
out["ro"].update(pending=len(recorder.pending), armed=retry.armed is not None,
                 told=[t.text for t in told], counted=len(recorder.events()))
subprocess.run(["mount", "-o", "remount,rw", str(mnt)], check=True)
out["ro"]["flushed"] = recorder.flush()
recorder.close()
with HistoryDatabase.open(path) as db:
    stored = db.events()
out["recorded"] = n
out["stored"] = len(stored)
out["all_there"] = stored == [ev(i) for i in range(n)]
print(json.dumps(out))
"""


def can_mount() -> bool:
    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("mount"):
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mount namespaces are Linux")
def test_a_real_full_disk_and_a_real_read_only_mount_lose_nothing(tmp_path: Path) -> None:
    if not can_mount():
        unavailable(
            "needs root and mount namespaces (unshare --mount)",
            "root with CAP_SYS_ADMIN (unshare --mount, mount -t tmpfs)",
        )
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", sys.executable, "-c", SCENARIO, mnt],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout)
    full, read_only = out["full"], out["ro"]
    assert full["pending"] >= 5 and full["armed"], full
    assert any("full" in text for text in full["told"]), full["told"]
    assert full["flushed"], "space came back, so everything held was written"
    # SQLite cannot open a WAL file on a read-only mount at all (it needs its -shm), so the app
    # runs on what it holds in memory, says so, and saves it all once the mount is writable.
    assert not read_only["opened"] and "cannot be saved right now" in read_only["problem"]
    assert read_only["pending"] == 3 and read_only["armed"], read_only
    assert read_only["counted"] == 3, read_only
    assert read_only["flushed"]
    assert out["all_there"] and out["stored"] == out["recorded"], out
