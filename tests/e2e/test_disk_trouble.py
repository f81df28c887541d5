"""A full disk and a read-only one under the real ``psoasbreak``: it keeps running, holds what it
cannot save, retries on its own timer and tells the user, and nothing acknowledged is lost.

The app runs in a mount namespace of its own (``unshare --mount``) with a tiny tmpfs as its
XDG_DATA_HOME, where the history lives; the mount vanishes with the app. The test reaches that
tmpfs through ``/proc/PID/root`` and runs commands in it with ``nsenter --mount``. Mounting needs
root (or CAP_SYS_ADMIN): elsewhere these tests skip, except under CI=true, where they fail.

A filesystem cannot be remounted read-only while a process holds a file on it open for writing
(the kernel says "mount point is busy"), so the read-only case is the one users meet: a data
folder that is read-only when the app starts and becomes writable later.
"""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import sqlite3
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.storage.safe_recorder import FIRST_RETRY_SECONDS
from tests.e2e.xsession import CLI_TIMEOUT, AppEnv, RunningApp, describe, run_cli
from tests.needs import unavailable

pytestmark = pytest.mark.e2e

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0, "break_seconds": 20}
EXERCISE_TITLE = r"^Break"
TMPFS_SIZE = "1m"  # the history, its WAL and -shm take about 100 kB

# Runs as the app's process: mounts, then becomes the app (exec keeps the pid, so the harness's
# pid, X window checks and /proc/PID/ns/mnt all point at the app). Arguments: $0 the psoasbreak
# command, $1 the tmpfs size, $2 a history folder to copy in first (or ""), $3 "ro" to start
# with the folder read-only.
MOUNT_THEN_RUN = r"""
mount -t tmpfs -o "size=$1,mode=0755" psoasbreak-test "$XDG_DATA_HOME" || exit 97
if [ -n "$2" ]; then cp -a "$2" "$XDG_DATA_HOME/psoasbreak" || exit 97; fi
if [ "$3" = ro ]; then mount -o remount,ro "$XDG_DATA_HOME" || exit 97; fi
exec "$0"
"""


def _require_mounts(scratch: Path) -> None:
    tools = [t for t in ("unshare", "nsenter", "mount") if shutil.which(t) is None]
    if tools:
        unavailable(f"needs {', '.join(tools)} (util-linux, mount)", "util-linux and mount")
    if os.geteuid() != 0:
        unavailable("needs root to mount a tmpfs in a mount namespace", "root")
    scratch.mkdir()
    probe = subprocess.run(
        [
            *("unshare", "--mount", "--propagation", "private"),
            *("mount", "-t", "tmpfs", "-o", "size=64k", "psoasbreak-probe", str(scratch)),
        ],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        check=False,
    )
    if probe.returncode != 0:
        reason = f"cannot mount a tmpfs in a mount namespace: {probe.stderr.strip()}"
        unavailable(reason, "root with CAP_SYS_ADMIN (unshare --mount, mount -t tmpfs)")


class TmpfsApp(RunningApp):
    """``RunningApp`` whose XDG_DATA_HOME is a small tmpfs that only the app sees."""

    def __init__(
        self, env: AppEnv, *, seed: Path | None = None, read_only: bool = False, **kw: Any
    ) -> None:
        super().__init__(env, **kw)
        self.seed = seed
        self.read_only = read_only

    def start(self, *, wait_ready: bool = True) -> None:
        exe = self.env.psoasbreak()
        self.env.xsession.reset_idle()
        command = [
            *("unshare", "--mount", "--propagation", "private"),
            *("sh", "-c", MOUNT_THEN_RUN, exe, TMPFS_SIZE),
            *(str(self.seed or ""), "ro" if self.read_only else "rw"),
        ]
        with self.stdout_path.open("ab") as out, self.stderr_path.open("ab") as err:
            self.proc = subprocess.Popen(
                command, env=dict(self.env), stdin=subprocess.DEVNULL, stdout=out, stderr=err
            )
        if wait_ready:
            self.wait_for(self._answers_status, self.ready_timeout, "the app to answer `status`")

    # -- inside its mount namespace --------------------------------------------------------------

    def data_home(self) -> Path:
        """The app's tmpfs, as this process can reach it."""
        return Path(f"/proc/{self.pid}/root{self.env['XDG_DATA_HOME']}")

    def inside(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a command in the app's mount namespace, with the app's environment."""
        return subprocess.run(
            ["nsenter", f"--mount=/proc/{self.pid}/ns/mnt", *args],
            env=dict(self.env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT,
            check=False,
        )

    def stored(self) -> list[dict[str, Any]]:
        """What the history file holds, by ``psoasbreak export --format json`` in the namespace."""
        done = self.inside(self.env.psoasbreak(), "export", "--format", "json")
        assert done.returncode == 0, describe(done)
        events = json.loads(done.stdout)
        assert isinstance(events, list), done.stdout
        return events

    def fill_disk(self) -> Path:
        """Fill the tmpfs to the last byte with a ballast file, as a runaway download would."""
        ballast = self.data_home() / "ballast"
        fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            for size in (1 << 16, 1 << 12, 1):
                try:
                    while True:
                        os.write(fd, b"\1" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
        finally:
            os.close(fd)
        return ballast

    def end_break_early(self) -> None:
        """Escape in the exercise window (the app makes it active): a ``skipped`` outcome."""
        xs = self.env.xsession
        window = self.wait_for(lambda: self.find_window(EXERCISE_TITLE), 10, "the exercise window")
        self.wait_for(
            lambda: xs.active_window() == window.id, 10, "the exercise window to be active"
        )
        xs.x("xdotool", "key", "Escape")


@pytest.fixture
def tmpfs_app_env(app_env: AppEnv) -> AppEnv:
    _require_mounts(app_env.tmp_path / "mount-probe")
    app_env.write_config(QUIET)
    return app_env


def stderr_of(app: RunningApp) -> str:
    return app.stderr_path.read_text(encoding="utf-8", errors="replace")


def log_text(env: AppEnv) -> str:
    return (Path(env["XDG_STATE_HOME"]) / "psoasbreak" / "log" / "psoasbreak.log").read_text()


def in_file(history: Path, scratch: Path) -> list[tuple[str, str]]:
    """(outcome, exercise) of the events in a history file that has no WAL beside it.

    Read from a copy: SQLite resolves symbolic links, and /proc/PID/root is one that leads
    elsewhere when followed by name; and the original may be on a read-only mount."""
    assert not history.with_name(history.name + "-wal").exists()
    shutil.copyfile(history, scratch)
    conn = sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT outcome, exercise FROM events ORDER BY at").fetchall()
    finally:
        conn.close()


def skipped(status: dict[str, Any]) -> bool:
    return status["state"] == "working" and status["today"]["skipped"] == 1


# -- a full disk ---------------------------------------------------------------------------------


def test_a_full_disk_holds_the_outcome_and_saves_it_once_there_is_room(
    tmpfs_app_env: AppEnv,
) -> None:
    env = tmpfs_app_env
    with TmpfsApp(env) as app:
        history = app.data_home() / "psoasbreak" / "history.sqlite3"
        assert history.is_file(), f"no history on the app's tmpfs\n{app.diagnostics()}"
        assert not (Path(env["XDG_DATA_HOME"]) / "psoasbreak").exists(), "the tmpfs leaked out"
        ballast = app.fill_disk()

        app.cli_ok("break-now", "--exercise", "breathing")
        app.end_break_early()
        # The app is alive, answers, and counts the held outcome today.
        status = app.wait_status(skipped, 10, "the skipped break to count while held")
        said = app.wait_for(
            lambda: [ln for ln in stderr_of(app).splitlines() if "could not be saved" in ln],
            10,
            "the app to say the break could not be saved",
        )
        assert len(said) == 1, said
        assert "full" in said[0] and "holds 1 break outcome in memory" in said[0], said
        log = log_text(env)
        assert "history write failed" in log and "full" in log, log[-2000:]
        assert "tray message shown: Break history not saved" in log, log[-2000:]
        assert app.stored() == [], "a write on a full disk cannot have reached the file"

        ballast.unlink()
        # The retry timer's first try comes FIRST_RETRY_SECONDS after the failure, the next one
        # twice as long after that (for a machine so slow that the first went by already).
        app.wait_for(
            lambda: "can be written again; nothing was lost" in stderr_of(app),
            3 * FIRST_RETRY_SECONDS + 10,
            "the app to save the held break once there is room",
        )
        stored = app.stored()
        assert [(e["outcome"], e["exercise"]) for e in stored] == [("skipped", "breathing")]
        assert "tray message shown: Break history saved again" in log_text(env)
        after = app.status()
        assert after["today"] == status["today"], "the saved break counted twice (or not at all)"
    assert app.proc is not None and app.proc.returncode == 0, stderr_of(app)
    assert "Traceback" not in stderr_of(app)


def test_quitting_while_the_disk_is_full_writes_the_held_outcome_to_an_importable_file(
    tmpfs_app_env: AppEnv,
) -> None:
    env = tmpfs_app_env
    with TmpfsApp(env) as app:
        app.fill_disk()
        # Holds the app's history folder open after the app (and its namespace) are gone.
        data_dir = os.open(app.data_home() / "psoasbreak", os.O_RDONLY | os.O_DIRECTORY)
        app.cli_ok("break-now", "--exercise", "stretch")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "the break to start")
        # Quitting ends the running break (skipped); the disk is still full.
    try:
        left_on_tmpfs = sorted(os.listdir(data_dir))
    finally:
        os.close(data_dir)
    assert app.proc is not None and app.proc.returncode == 0, stderr_of(app)
    # The first place tried for the spill was the full folder: no empty file may stay there.
    assert not [name for name in left_on_tmpfs if ".unsaved-" in name], left_on_tmpfs

    said = [ln for ln in stderr_of(app).splitlines() if "could not be saved to" in ln]
    assert len(said) == 1, stderr_of(app)
    state_dir = Path(env["XDG_STATE_HOME"]) / "psoasbreak"
    [spilled] = state_dir.glob("history.sqlite3.unsaved-*.csv")
    assert f"written to {spilled}" in said[0] and f"psoasbreak import {spilled}" in said[0], said
    with spilled.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["outcome"], r["exercise"]) for r in rows] == [("skipped", "stretch")], rows
    assert "could not be saved to" in log_text(env)

    # The tmpfs went with the app; the file the message names brings the break back.
    imported = run_cli(env, "import", str(spilled))
    assert imported.returncode == 0, describe(imported)
    exported = run_cli(env, "export", "--format", "json")
    assert [e["outcome"] for e in json.loads(exported.stdout)] == ["skipped"], describe(exported)


# -- a read-only disk ----------------------------------------------------------------------------


def test_a_read_only_data_folder_holds_outcomes_until_it_is_writable(
    tmpfs_app_env: AppEnv, tmp_path: Path
) -> None:
    env = tmpfs_app_env
    seed = tmp_path / "seed" / "psoasbreak"
    seed.mkdir(parents=True)
    earlier = BreakEvent(
        datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=1))),
        Outcome.COMPLETED,
        "stretch",
        60,
    )
    with HistoryDatabase.open(seed / "history.sqlite3") as db:
        db.record(earlier)

    with TmpfsApp(env, seed=seed, read_only=True) as app:
        app.wait_for(
            lambda: "cannot be saved right now" in stderr_of(app),
            10,
            "the app to say the history cannot be saved",
        )
        app.cli_ok("break-now", "--exercise", "breathing")
        app.end_break_early()
        app.wait_status(skipped, 10, "the skipped break to count while held")
        assert "tray message shown: Break history" in log_text(env)
        history = app.data_home() / "psoasbreak" / "history.sqlite3"
        assert in_file(history, tmp_path / "copy.sqlite3") == [("completed", "stretch")]
        # The user can still read their history there: stats and export open it read-only.
        assert [(e["outcome"], e["exercise"]) for e in app.stored()] == [("completed", "stretch")]
        week = app.inside(env.psoasbreak(), "stats", "--week", "2026-W02", "--json")
        assert week.returncode == 0, describe(week)
        assert [d["completed"] for d in json.loads(week.stdout)["days"]] == [1, 0, 0, 0, 0, 0, 0]
        remount = app.inside("mount", "-o", "remount,rw", env["XDG_DATA_HOME"])
        assert remount.returncode == 0, describe(remount)
        # Each retry waits twice as long as the last: the one the break armed is the second.
        app.wait_for(
            lambda: "can be written again; nothing was lost" in stderr_of(app),
            4 * FIRST_RETRY_SECONDS + 5,
            "the app to save the held break once the folder is writable",
        )
        stored = [(e["outcome"], e["exercise"]) for e in app.stored()]
        assert stored == [("completed", "stretch"), ("skipped", "breathing")], stored
        assert app.status()["today"]["skipped"] == 1
    assert app.proc is not None and app.proc.returncode == 0, stderr_of(app)
    assert "Traceback" not in stderr_of(app)


def test_import_on_a_full_disk_names_the_real_error(tmpfs_app_env: AppEnv, tmp_path: Path) -> None:
    """Issue 17: an import on a full disk said "cannot rollback - no transaction is active",
    hiding SQLite's own word (it had rolled back already). It now says the disk is full."""
    env = tmpfs_app_env
    rows = [f"2026-11-{1 + i % 28:02d}T09:{i % 60:02d}:{i // 60 % 60:02d}+00:00,natural,,{i}"
            for i in range(4000)]  # fmt: skip
    csv = tmp_path / "many.csv"
    csv.write_text("at,outcome,exercise,seconds\n" + "\n".join(rows) + "\n", encoding="utf-8")
    with TmpfsApp(env) as app:
        app.fill_disk()
        done = app.inside(env.psoasbreak(), "import", str(csv))
        assert done.returncode == 1, describe(done)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, describe(done)
        assert "full" in lines[0] and "rollback" not in lines[0], lines[0]
        assert app.stored() == [], "nothing was imported"


def test_breaks_still_in_the_wal_of_a_read_only_folder_are_read(
    tmpfs_app_env: AppEnv, tmp_path: Path
) -> None:
    """Issue 17: a read-only folder with a -wal but no -shm: stats and export read the file as
    immutable and silently left out the breaks still in the WAL. They now read a copy."""
    env = tmpfs_app_env
    seed = tmp_path / "seed" / "psoasbreak"
    seed.mkdir(parents=True)
    work = tmp_path / "work"
    work.mkdir()
    days = [datetime(2026, 1, 5 + i, 9, 0, tzinfo=timezone.utc) for i in range(3)]
    with HistoryDatabase.open(work / "history.sqlite3") as db:
        db.record(BreakEvent(days[0], Outcome.COMPLETED, "stretch", 60))
        checkpointed = sqlite3.connect(work / "history.sqlite3")
        checkpointed.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        checkpointed.close()
        # Two more in the WAL only: copy the file and its WAL while they are still there.
        holder = sqlite3.connect(work / "history.sqlite3")
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("BEGIN")  # a reader keeps the WAL from being checkpointed at close
        holder.execute("SELECT count(*) FROM events").fetchone()
        db.record(BreakEvent(days[1], Outcome.COMPLETED, "breathing", 60))
        db.record(BreakEvent(days[2], Outcome.SKIPPED, "march", 10))
        shutil.copyfile(work / "history.sqlite3", seed / "history.sqlite3")
        shutil.copyfile(work / "history.sqlite3-wal", seed / "history.sqlite3-wal")
        holder.close()
    assert not (seed / "history.sqlite3-shm").exists()
    assert (seed / "history.sqlite3-wal").stat().st_size > 0

    with TmpfsApp(env, seed=seed, read_only=True) as app:
        exported = app.inside(env.psoasbreak(), "export", "--format", "json")
        assert exported.returncode == 0, describe(exported)
        got = [(e["outcome"], e["exercise"]) for e in json.loads(exported.stdout)]
        assert got == [("completed", "stretch"), ("completed", "breathing"), ("skipped", "march")]
        week = app.inside(env.psoasbreak(), "stats", "--week", "2026-W02", "--json")
        assert week.returncode == 0, describe(week)
        days_json = json.loads(week.stdout)["days"]
        assert [d["completed"] for d in days_json][:3] == [1, 1, 0]
        assert [d["skipped"] for d in days_json][:3] == [0, 0, 1]


def test_a_history_locked_by_another_program_is_said_so_and_saved_after(
    app_env: AppEnv,
) -> None:
    """Issue 17: another program holding the history's write lock froze the GUI thread 5 s a
    try, and the notice blamed the disk. The app waits 0.1 s, holds the break, says another
    program has the file locked, and saves the break once the lock is gone."""
    app_env.write_config({**QUIET, "break_seconds": 20})
    with RunningApp(app_env) as app:
        history = Path(app_env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"
        other = sqlite3.connect(history, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")  # as a sync tool or an sqlite3 shell might
            app.cli_ok("break-now", "--exercise", "breathing")
            said = app.wait_for(
                lambda: [ln for ln in stderr_of(app).splitlines() if "could not be saved" in ln],
                40,
                "the app to say the break could not be saved",
            )
            assert len(said) == 1 and "another program has the history file locked" in said[0]
            assert "disk space" not in said[0], said[0]
            status = app.status()  # the app answers while the file stays locked
            assert status["today"]["completed"] == 1, status
        finally:
            other.close()
        app.wait_for(
            lambda: "can be written again; nothing was lost" in stderr_of(app),
            3 * FIRST_RETRY_SECONDS + 10,
            "the app to save the held break once the lock is gone",
        )
    exported = run_cli(app_env, "export", "--format", "json")
    assert [e["outcome"] for e in json.loads(exported.stdout)] == ["completed"], exported.stdout
