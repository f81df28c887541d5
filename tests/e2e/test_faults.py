"""Faults, bad input and hostile input, end to end: the real ``psoasbreak`` under Xvfb and trayer.

A broken history or config never stops the app: it starts, says once what it did (stderr, the
log, a tray message), and keeps the user's bytes. A history from a newer version is refused with
exit 1. Thousands of hostile control messages, and a flood of idle connections under a tight
file-descriptor limit, leave `status` answering promptly.
"""

from __future__ import annotations

import json
import os
import random
import resource
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from psoasbreak import __version__
from psoasbreak.storage.database import CURRENT_VERSION, HistoryDatabase
from psoasbreak.storage.recovery import COMPANIONS
from tests.control_fuzz import Report, client, slow_client
from tests.e2e.xsession import AppEnv, RunningApp, describe, run_cli

pytestmark = pytest.mark.e2e

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def history_path(env: AppEnv) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"


def log_text(env: AppEnv) -> str:
    return (Path(env["XDG_STATE_HOME"]) / "psoasbreak" / "log" / "psoasbreak.log").read_text()


def stderr_of(app: RunningApp) -> str:
    return app.stderr_path.read_text(encoding="utf-8", errors="replace")


# -- a broken history ---------------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["random bytes", "cut short"])
def test_a_broken_history_is_set_aside_and_a_fresh_one_used(app_env: AppEnv, damage: str) -> None:
    app_env.write_config(QUIET)
    path = history_path(app_env)
    path.parent.mkdir(parents=True)
    if damage == "random bytes":
        path.write_bytes(random.Random(7).randbytes(50_000))
    else:
        with HistoryDatabase.open(path) as db:
            db.record_many(_events(2000))
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        os.truncate(path, path.stat().st_size // 2)
    original = path.read_bytes()

    with RunningApp(app_env) as app:
        status = app.status()
        assert status["today"]["completed"] == 0, status
        app.wait_for(lambda: "tray message shown: Break history" in log_text(app_env), 10,
                     "the tray message about the history")  # fmt: skip
        app.cli_ok("break-now", "--exercise", "breathing")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "the break to start")
    [aside] = [
        p for p in path.parent.glob("history.sqlite3.broken-*") if not p.name.endswith(COMPANIONS)
    ]
    assert aside.read_bytes() == original
    said = stderr_of(app)
    assert said.count(f"was moved to {aside}") == 1, said
    assert f"was moved to {aside}" in log_text(app_env)
    with HistoryDatabase.open(path) as db:  # the fresh file holds the break ended by quitting
        assert [e.exercise for e in db.events()] == ["breathing"]


def _events(n: int):
    from datetime import datetime, timedelta, timezone

    from psoasbreak.core.events import BreakEvent, Outcome

    start = datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    return [
        BreakEvent(start + timedelta(hours=i), Outcome.COMPLETED, "stretch", 60) for i in range(n)
    ]


def test_a_history_from_a_newer_version_is_refused_untouched(app_env: AppEnv) -> None:
    path = history_path(app_env)
    path.parent.mkdir(parents=True)
    HistoryDatabase.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}

    result = run_cli(app_env, timeout=30)
    assert result.returncode == 1, describe(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, describe(result)
    assert "version 99" in lines[0] and "newer psoasbreak" in lines[0], lines[0]
    assert f"Run a psoasbreak newer than {__version__} " in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in path.parent.iterdir()} == before


@pytest.mark.parametrize("label", [0, 1, 2], ids=["dumped (0)", "tampered (1)", "tampered (2)"])
def test_a_history_whose_version_label_is_wrong_is_read_by_its_tables(
    app_env: AppEnv, label: int
) -> None:
    """Issue 17: a history restored from `sqlite3 .dump` (user_version 0) or tampered with made
    the app hold every outcome in memory for ever, and the commands blame a full disk. The
    tables say which schema it is; the label is mended and every break is there."""
    from datetime import datetime, timezone

    from psoasbreak.core.events import BreakEvent, Outcome

    path = history_path(app_env)
    path.parent.mkdir(parents=True)
    with HistoryDatabase.open(path) as database:
        at = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
        database.record(BreakEvent(at, Outcome.COMPLETED, "stretch", 60))
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {label}")
    conn.close()

    exported = run_cli(app_env, "export", "--format", "json")
    assert exported.returncode == 0, describe(exported)
    assert [e["outcome"] for e in json.loads(exported.stdout)] == ["completed"]
    with RunningApp(app_env) as app:
        app.cli_ok("break-now", "--exercise", "breathing")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "the break to run")
    after = json.loads(run_cli(app_env, "export", "--format", "json").stdout)
    assert [e["outcome"] for e in after] == ["completed", "skipped"], after
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    conn.close()


def test_a_history_of_unknown_tables_is_refused_with_what_to_do(app_env: AppEnv) -> None:
    path = history_path(app_env)
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(x TEXT)")
    conn.close()
    before = path.read_bytes()
    result = run_cli(app_env, "export")
    assert result.returncode == 1, describe(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "tables match no version" in lines[0], describe(result)
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


# -- a broken config ----------------------------------------------------------------------------

BROKEN_CONFIGS = {
    "not TOML": ("interval_min_minutes = [30\nsound = yes please\n", "not valid TOML"),
    "wrong types": ('daily_goal = "six"\nsound = "loud"\n', 'daily_goal = "six"'),
    "out of range": ("daily_goal = 500\nbreak_seconds = -3\n", "daily_goal = 500 is out of range"),
    "a folder": (None, "is a folder, not a file"),
    "a named pipe": (None, "not a plain file"),
    # issue 17: these stopped the app with "This is a bug" (RecursionError, ValueError)
    "nested brackets": ("x = " + "[" * 3000, "nested too deeply"),
    "nested inline tables": ("x = " + "{a = " * 1500, "nested too deeply"),
    "a 4301-digit integer": ("daily_goal = " + "9" * 4301 + "\n", "not valid TOML"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_CONFIGS))
def test_a_broken_config_starts_with_defaults_and_says_so_once(app_env: AppEnv, case: str) -> None:
    text, expected = BROKEN_CONFIGS[case]
    config = app_env.config_path
    config.parent.mkdir(parents=True, exist_ok=True)
    if case == "a folder":
        config.mkdir()
    elif case == "a named pipe":
        os.mkfifo(config)  # reading it would block forever
    else:
        config.write_text(text, encoding="utf-8")

    with RunningApp(app_env) as app:
        status = app.status()
        assert status["today"]["goal"] == 6, status  # the default daily goal
        app.wait_for(lambda: "tray message shown: Settings problem" in log_text(app_env), 10,
                     "the tray message about the settings")  # fmt: skip
    said = stderr_of(app)
    problem_lines = [line for line in said.splitlines() if expected in line]
    assert len(problem_lines) == 1, said
    assert "Traceback" not in said
    assert expected in log_text(app_env)
    if case in ("not TOML", "nested brackets", "nested inline tables", "a 4301-digit integer"):
        [aside] = config.parent.glob("config.toml.broken-*")
        assert aside.read_text(encoding="utf-8") == text
        assert not config.exists()
    elif case in ("wrong types", "out of range"):
        assert config.read_text(encoding="utf-8") == text  # never rewritten behind the user's back


# -- hostile control clients --------------------------------------------------------------------

E2E_MESSAGES = 2000
FD_LIMIT = 96


def test_hostile_clients_and_an_idle_flood_leave_the_real_app_answering(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    socket_path = Path(app_env["XDG_RUNTIME_DIR"]) / "psoasbreak" / "control.sock"
    with RunningApp(app_env) as app:
        _, hard = resource.prlimit(app.pid, resource.RLIMIT_NOFILE)
        resource.prlimit(app.pid, resource.RLIMIT_NOFILE, (FD_LIMIT, hard))
        report = Report()
        stop = threading.Event()
        threads = [
            threading.Thread(target=client, args=(socket_path, 70 + n, E2E_MESSAGES // 4, report))
            for n in range(4)
        ] + [
            threading.Thread(target=slow_client, args=(socket_path, 90 + n, stop, report))
            for n in range(4)
        ]
        for thread in threads:
            thread.start()
        idle = _idle_flood(socket_path, 3 * FD_LIMIT)
        try:
            for thread in threads[:4]:
                thread.join(300)
            stop.set()
            for thread in threads[4:]:
                thread.join(30)
            assert report.problems == [], report.problems[:10]
            assert report.messages >= E2E_MESSAGES
            # The idle flood makes the app close its oldest connection for each newcomer, and
            # now and then that is a hostile client still sending (a broken pipe): a few, never
            # a habit.
            assert report.dropped <= report.messages // 20, report.dropped
            started = time.monotonic()
            status = app.status()
            took = time.monotonic() - started
        finally:
            for sock in idle:
                sock.close()
        assert took < 3, f"status took {took:.1f} s (a fresh python process included)"
        assert status["state"] in {"working", "on_break", "paused", "prompting"}, status
        assert app.alive() and socket_path.is_socket()
        fds = len(os.listdir(f"/proc/{app.pid}/fd"))
        assert fds < FD_LIMIT, f"the app holds {fds} descriptors"
        app.cli("resume")  # a fuzzed `pause` may have paused it; quitting must still work
    assert "Traceback" not in log_text(app_env)
    print(json.dumps({"messages": report.messages, "answers": dict(report.answers)}))


def _idle_flood(path: Path, count: int) -> list[socket.socket]:
    """Connections that never send a byte, more than the app could hold descriptors for."""
    idle = []
    for _ in range(count):
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            sock.connect(str(path))
        except BlockingIOError:
            sock.close()  # the listen backlog is full for a moment: fine, that is the point
            continue
        idle.append(sock)
    return idle
