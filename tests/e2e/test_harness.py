"""Tests of the end-to-end harness itself: they need the X desktop but not the app.

A stand-in tray program and a stand-in ``psoasbreak`` command check that the helpers tell true from
false (an embedded tray icon from a plain window, one process from two) before the real app
depends on them.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xsession import (
    AppEnv,
    FocusHolder,
    RunningApp,
    XSession,
    app_processes,
    poll,
    run_cli,
    stop_process,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

pytestmark = pytest.mark.e2e

QT_PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

    app = QApplication(sys.argv[:1])
    app.setApplicationName("psoasbreak")
    icon = app.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
    if sys.argv[1] == "tray":
        print("tray available:", QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
        keep = QSystemTrayIcon(icon)
        keep.show()
    else:
        keep = QWidget()
        keep.setWindowTitle("no tray here")
        keep.resize(200, 100)
        keep.show()
    sys.exit(app.exec())
    """
)


def start_probe(xsession: XSession, tmp_path: Path, mode: str) -> subprocess.Popen[bytes]:
    script = tmp_path / "qt_probe.py"
    script.write_text(QT_PROBE, encoding="utf-8")
    with (tmp_path / f"probe-{mode}.log").open("wb") as log:
        return subprocess.Popen(
            [sys.executable, str(script), mode],
            env={**xsession.env, "QT_QPA_PLATFORM": "xcb"},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def test_desktop_is_up(xsession: XSession, tmp_path: Path) -> None:
    xsession.check_alive()
    assert "dimensions:    1280x800 pixels" in xsession.x("xdpyinfo")
    wm = xsession.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")
    assert "window id #" in wm, wm
    panels = xsession.x("xdotool", "search", "--onlyvisible", "--class", "^trayer$").split()
    assert len(panels) == 1, f"expected one visible trayer window, got {panels}"
    names = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
        env=xsession.env, capture_output=True, text=True, timeout=10, check=True,
    )  # fmt: skip
    assert "org.freedesktop.DBus" in names.stdout
    shot = xsession.screenshot(tmp_path / "desktop.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_focus_holder_has_focus_and_receives_typed_text(
    xsession: XSession, focus_holder: FocusHolder
) -> None:
    assert xsession.active_window() == focus_holder.window
    assert xsession.focused_window() == focus_holder.window
    xsession.type_text("hello")
    focus_holder.wait_for_text("hello")


def test_focus_holder_takes_the_focus_back_from_another_window(
    xsession: XSession, tmp_path: Path
) -> None:
    other = start_probe(xsession, tmp_path, "window")
    try:
        window = poll(lambda: xsession.find_window("^no tray here$"), 20, "the probe window")
        poll(lambda: xsession.active_window() == window.id, 10, "the probe window to be active")
        holder = FocusHolder(xsession, tmp_path).start()
        try:
            assert holder.has_focus()
        finally:
            holder.stop()
    finally:
        stop_process(other)


def test_tray_embedded_sees_a_qt_tray_icon(xsession: XSession, tmp_path: Path) -> None:
    assert not xsession.tray_embedded()
    probe = start_probe(xsession, tmp_path, "tray")
    try:
        poll(xsession.tray_embedded, 20, "the probe's tray icon to embed in trayer")
        # The icon lives inside trayer, so it is not one of the app's top-level windows.
        assert xsession.windows_of_class("psoasbreak", mapped_only=False) == []
        log = (tmp_path / "probe-tray.log").read_text()
        assert "tray available: True" in log
    finally:
        stop_process(probe)
    poll(lambda: not xsession.tray_embedded(), 10, "the tray icon to leave trayer")


def test_tray_embedded_is_false_for_a_plain_window(xsession: XSession, tmp_path: Path) -> None:
    probe = start_probe(xsession, tmp_path, "window")
    try:
        window = poll(lambda: xsession.find_window("^no tray here$"), 20, "the probe window")
        assert window.mapped
        assert xsession.windows_of_class("psoasbreak") == [window]
        assert not xsession.tray_embedded()
    finally:
        stop_process(probe)
    poll(lambda: xsession.windows_of_class("psoasbreak") == [], 10, "the probe window to go")


def test_app_env_is_isolated(app_env: AppEnv, tmp_path: Path) -> None:
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        assert Path(app_env[key]).is_relative_to(tmp_path), key
    runtime = Path(app_env["XDG_RUNTIME_DIR"])
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    assert app_env["PATH"].split(os.pathsep)[0] == str(Path(sys.executable).parent)
    assert app_env["QT_QPA_PLATFORM"] == "xcb"
    assert app_env["DISPLAY"] == app_env.xsession.display
    assert app_env["DBUS_SESSION_BUS_ADDRESS"] == app_env.xsession.dbus_address

    path = app_env.write_config(
        {"interval_min_minutes": 1, "exercise": "stretch", "sound": False,
         "working_hours": {"enabled": True, "start": "09:00", "days": ["mon", "tue"]}}
    )  # fmt: skip
    assert path == tmp_path / "xdg/config/psoasbreak/config.toml"
    assert tomllib.loads(path.read_text()) == {
        "interval_min_minutes": 1,
        "exercise": "stretch",
        "sound": False,
        "working_hours": {"enabled": True, "start": "09:00", "days": ["mon", "tue"]},
    }


# A stand-in for the psoasbreak command: enough of the contract (single instance, status, quit,
# exit code 3) to check RunningApp and app_processes without the real app.
FAKE_APP = """\
#!{python}
import json, os, sys, time
from pathlib import Path

run = Path(os.environ["XDG_RUNTIME_DIR"])
pidfile, quitfile = run / "fake.pid", run / "fake.quit"

def running():
    try:
        os.kill(int(pidfile.read_text()), 0)
        return True
    except (FileNotFoundError, ProcessLookupError, ValueError):
        return False

args = sys.argv[1:]
if not args:
    if running():
        print("psoasbreak is already running")
        sys.exit(0)
    pidfile.write_text(str(os.getpid()))
    while not quitfile.exists():
        time.sleep(0.05)
    quitfile.unlink()
    pidfile.unlink()
    sys.exit(0)
if not running():
    print("psoasbreak is not running", file=sys.stderr)
    sys.exit(3)
if args == ["status", "--json"]:
    print(json.dumps({{"state": "working", "pid": int(pidfile.read_text())}}))
elif args == ["quit"]:
    quitfile.touch()
else:
    sys.exit(2)
"""


@pytest.fixture
def fake_app_env(app_env: AppEnv, tmp_path: Path) -> Iterator[AppEnv]:
    bindir = tmp_path / "fakebin"
    bindir.mkdir()
    fake = bindir / "psoasbreak"
    fake.write_text(FAKE_APP.format(python=sys.executable), encoding="utf-8")
    fake.chmod(0o755)
    app_env["PATH"] = f"{bindir}{os.pathsep}{app_env['PATH']}"
    app_env.command = str(fake)
    yield app_env


def test_running_app_starts_talks_and_quits(fake_app_env: AppEnv) -> None:
    assert run_cli(fake_app_env, "status").returncode == 3
    with RunningApp(fake_app_env) as app:
        status = app.status()
        assert status == {"state": "working", "pid": app.pid}
        assert app_processes(fake_app_env) == [app.pid]
        second = run_cli(fake_app_env)
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert app_processes(fake_app_env) == [app.pid]
        assert app.wait_for(lambda: app.status()["state"], 5, "a state") == "working"
    assert not app.alive()
    assert app.proc is not None and app.proc.returncode == 0
    assert app_processes(fake_app_env) == []


def test_running_app_survives_kill_and_restart(fake_app_env: AppEnv) -> None:
    with RunningApp(fake_app_env) as app:
        first = app.pid
        app.kill()
        assert app_processes(fake_app_env) == []
        app.start()  # the fake's stale pid file must not stop it, like a stale socket
        assert app.pid != first
        assert app.status()["pid"] == app.pid


def test_wait_for_names_what_never_happened(fake_app_env: AppEnv) -> None:
    with RunningApp(fake_app_env) as app:
        with pytest.raises(pytest.fail.Exception, match="the moon to rise") as failure:
            app.wait_for(lambda: False, 0.3, "the moon to rise")
        assert "screenshot:" in str(failure.value)
        assert Path(str(failure.value).split("screenshot: ")[1].strip()).is_file()


def test_wait_for_gives_up_at_once_when_the_app_dies(fake_app_env: AppEnv) -> None:
    with RunningApp(fake_app_env) as app:
        app.kill()
        started = time.monotonic()
        with pytest.raises(pytest.fail.Exception, match="exited with -9 while waiting for Godot"):
            app.wait_for(lambda: False, 30, "Godot")
        assert time.monotonic() - started < 10
