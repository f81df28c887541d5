"""Where the real app listens, when the usual place cannot serve (issue 17).

- Another local user made ``/tmp/psoasbreak-<uid>`` first and listens in it (two real users: the
  test runs as root, the attacker as ``nobody``): the command line sends it nothing, and the app
  starts in a private folder of its own, which the command line then finds.
- Two starts on one history, one with ``XDG_RUNTIME_DIR`` and one without: the lock belongs to the
  history, so the second says "already running" and its command line reaches the first.
- A runtime folder whose path is too long for a Unix socket: a short folder of its own.
- A frozen session bus (a dbus-daemon stopped with SIGSTOP): start-up goes on without it after
  the probe's deadline, the control socket answers, and the icon docks in the X11 tray.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, describe, run_cli
from tests.needs import unavailable
from tests.private_bus import PrivateBus

pytestmark = pytest.mark.e2e

NOBODY = 65534
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}

# Run by Debian's own Python as `nobody` (the test's interpreter may live in root's home, which
# nobody cannot enter): makes the victim's runtime folder first, open to all, and listens in it,
# writing down every byte a client sends and answering with a fake status.
ATTACKER = textwrap.dedent(
    """
    import os, socket, sys
    folder = sys.argv[1]
    os.mkdir(folder)
    os.chmod(folder, 0o777)
    got = os.path.join(folder, "received")
    open(got, "wb").close()
    server = socket.socket(socket.AF_UNIX)
    server.bind(os.path.join(folder, "control.sock"))
    os.chmod(os.path.join(folder, "control.sock"), 0o777)
    server.listen(8)
    print("ready", flush=True)
    while True:
        conn, _ = server.accept()
        with conn:
            data = conn.recv(65536)
            with open(got, "ab") as out:
                out.write(data)
            conn.sendall(b'{"v":1,"ok":true,"result":{"state":"working","pid":1}}\\n')
    """
)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A world-writable sticky temporary folder, as /tmp is, that both users can reach."""
    folder = Path(tempfile.mkdtemp(prefix="pb-tmp-", dir="/tmp"))
    folder.chmod(0o1777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def without_runtime_dir(env: AppEnv, tmp: Path) -> AppEnv:
    env.pop("XDG_RUNTIME_DIR", None)
    env["TMPDIR"] = str(tmp)
    return env


def test_another_user_taking_the_runtime_folder_first_gets_nothing(
    app_env: AppEnv, shared_tmp: Path
) -> None:
    if os.geteuid() != 0:
        unavailable("needs root to run the attacker as another user", "root")
    python = shutil.which("python3", path="/usr/bin")
    if python is None:
        unavailable("needs /usr/bin/python3 for the other user's program", "python3")
    env = without_runtime_dir(app_env, shared_tmp)
    env.write_config(QUIET)
    taken = shared_tmp / f"psoasbreak-{os.getuid()}"
    attacker = subprocess.Popen(
        [python, "-c", ATTACKER, str(taken)],
        user=NOBODY,
        group=NOBODY,
        cwd="/",
        env={"PATH": "/usr/bin:/bin"},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert attacker.stdout is not None and attacker.stdout.readline() == "ready\n"
        assert taken.stat().st_uid == NOBODY
        received = taken / "received"

        # No app of ours yet: the command line refuses the other user's socket.
        status = run_cli(env, "status")
        assert status.returncode == 1, describe(status)
        assert "belongs to another user (uid 65534)" in status.stderr, describe(status)
        assert "nothing was sent" in status.stderr and "working" not in status.stdout
        assert received.read_bytes() == b""

        with RunningApp(env) as app:
            said = app.stderr_path.read_text()
            assert "belongs to another user (uid 65534)" in said, said
            assert "private folder of its own" in said, said
            own = [p for p in shared_tmp.iterdir() if p.name.startswith(f"{taken.name}-")]
            assert len(own) == 1 and own[0].stat().st_uid == os.getuid(), own
            assert (own[0].stat().st_mode & 0o777) == 0o700
            # The real app, found through its note (the other user's fake answers with a pid).
            assert "pid" not in app.status() and "next_break_at" in app.status()
            started = app.cli_ok("break-now")
            assert "PWNED" not in started.stdout
            app.wait_status(lambda s: s["state"] == "on_break", 10, "the real break to start")
            assert received.read_bytes() == b"", "the other user's program heard something"
        assert not own[0].exists(), "the app's own folder is removed when it quits"
        assert taken.exists(), "the other user's folder is left alone"
        assert run_cli(env, "status").returncode == 1  # refused again, the note gone with the app
        assert received.read_bytes() == b""
    finally:
        attacker.kill()
        attacker.wait(10)
        if attacker.stdout is not None:
            attacker.stdout.close()


def test_two_starts_on_one_history_with_different_runtime_folders(
    app_env: AppEnv, tmp_path: Path
) -> None:
    app_env.write_config(QUIET)
    other_tmp = Path(tempfile.mkdtemp(prefix="pb-t-"))
    try:
        second_env = without_runtime_dir(AppEnv(tmp_path, app_env.xsession), other_tmp)
        with RunningApp(app_env) as first:
            second = run_cli(second_env)
            assert second.returncode == 0, describe(second)
            assert f"already running (pid {first.pid})" in second.stdout, describe(second)
            status = run_cli(second_env, "status", "--json")
            assert status.returncode == 0, describe(status)
            quit_ = run_cli(second_env, "quit")
            assert quit_.returncode == 0, describe(quit_)
            assert first.wait_exit() == 0
    finally:
        shutil.rmtree(other_tmp, ignore_errors=True)


def test_a_runtime_path_too_long_for_a_socket_gives_way_to_a_short_one(
    app_env: AppEnv, tmp_path: Path
) -> None:
    app_env.write_config(QUIET)
    deep = tmp_path / ("d" * 110)
    deep.mkdir(mode=0o700)
    short_tmp = Path(tempfile.mkdtemp(prefix="pb-t-"))
    app_env["XDG_RUNTIME_DIR"] = str(deep)
    app_env["TMPDIR"] = str(short_tmp)
    try:
        with RunningApp(app_env) as app:
            said = app.stderr_path.read_text()
            assert "too long for a Unix socket" in said, said
            assert app.status()["state"] == "working"
            assert len(os.listdir(short_tmp)) == 1
        assert os.listdir(short_tmp) == [], "the short folder is removed when the app quits"
    finally:
        shutil.rmtree(short_tmp, ignore_errors=True)


def test_a_frozen_session_bus_does_not_hang_start_up(app_env: AppEnv, tmp_path: Path) -> None:
    app_env.write_config(QUIET)
    bus_dir = tmp_path / "bus"
    bus_dir.mkdir()
    with PrivateBus.start(bus_dir) as bus:
        app_env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        os.kill(bus.proc.pid, signal.SIGSTOP)
        try:
            with RunningApp(app_env, ready_timeout=20) as app:
                said = app.stderr_path.read_text()
                assert "is frozen: it did not answer within 2 s" in said, said
                assert app.status()["state"] == "working"
                app.wait_for(app.tray_embedded, 10, "the icon in the X11 tray, without D-Bus")
        finally:
            os.kill(bus.proc.pid, signal.SIGCONT)
