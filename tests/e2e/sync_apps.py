"""What the two-machine end-to-end tests share (issue 19): an app profile pointed at a sync
folder, and what its files say (its machine id, the completed breaks in its history)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tests.e2e.xsession import AppEnv, XSession

INTERVAL = 30
#: A fixed interval, so "the next break moved to that break plus the interval" is exact; no
#: natural breaks from Xvfb's idle counter; the shortest break, so a test waits 20 s for one.
CONFIG = {
    "sound": False,
    "prompt_style": "window",
    "idle_reset_minutes": 0,
    "interval_min_minutes": INTERVAL,
    "interval_max_minutes": INTERVAL,
    "break_seconds": 20,
    "exercise": "breathing",
}


def profile(tmp_path: Path, xsession: XSession, name: str, folder: Path) -> AppEnv:
    """A machine of its own: its own HOME, config, history and machine id, sharing ``folder``."""
    (tmp_path / name).mkdir()
    env = AppEnv(tmp_path / name, xsession)
    env.write_config({**CONFIG, "sync_folder": str(folder)})
    return env


def machine_id(env: AppEnv) -> str:
    record = json.loads((Path(env["XDG_DATA_HOME"]) / "psoasbreak" / "machine.json").read_text())
    machine = record["machine"]
    assert isinstance(machine, str)
    return machine


def completed(env: AppEnv) -> list[str]:
    """The completed breaks in an app's history file (``at`` as stored), by time."""
    history = Path(env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"
    conn = sqlite3.connect(history)
    try:
        rows = conn.execute("SELECT at FROM events WHERE outcome = 'completed' ORDER BY utc")
        return [at for (at,) in rows.fetchall()]
    finally:
        conn.close()
