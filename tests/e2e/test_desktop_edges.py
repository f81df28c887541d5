"""The desktop edges against the real thing: X11's idle counter and fullscreen state under Xvfb +
openbox (on one monitor, and on two RandR monitors), the real app with no tray (and a tray that
starts later), the real app hearing logind on a private system bus, and whole chains (time away →
natural break, fullscreen → held prompt).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from psoasbreak.desktop.dnd import FULLSCREEN, X11Fullscreen
from psoasbreak.desktop.environment import DesktopSession
from psoasbreak.desktop.idle import X11IdleMonitor, build_idle_monitor
from psoasbreak.desktop.power import LOGIND, LOGIND_MANAGER, LOGIND_PATH
from psoasbreak.desktop.x11 import Area, XDisplay
from tests.e2e.xsession import (
    SCREEN,
    AppEnv,
    RunningApp,
    XSession,
    XWindow,
    app_log,
    past,
    poll,
    stop_process,
    tail,
    wait_held_back,
)
from tests.private_bus import PrivateBus

pytestmark = pytest.mark.e2e

PROMPT_TITLE = r"^Time to stand up"
EXERCISE_TITLE = r"^Break"
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}
NO_TRAY = "no system tray found"
FULLSCREEN_SCRIPT = Path(__file__).with_name("fullscreen_window.py")


@contextlib.contextmanager
def fullscreen_window(xsession: XSession, tmp_path: Path) -> Iterator[XWindow]:
    """A fullscreen window that is the active one, until the block ends."""
    log = tmp_path / "fullscreen-window.log"
    env = {**xsession.env, "QT_QPA_PLATFORM": "xcb"}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, str(FULLSCREEN_SCRIPT)],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        window = poll(
            lambda: xsession.find_window("^fullscreen-window$", wm_class="fullscreen-window"),
            20,
            "the fullscreen window to be mapped",
            on_timeout=lambda: tail(log),
        )

        def active() -> bool:
            if xsession.active_window() == window.id:
                return True
            xsession.activate(window.id)
            return False

        poll(active, 20, "the fullscreen window to be active", on_timeout=lambda: tail(log))
        yield window
    finally:
        stop_process(proc)


# -- the OS edges, in-process against the test desktop -----------------------------------------


def test_x11_idle_time_grows_without_input_and_a_mouse_move_resets_it(xsession: XSession) -> None:
    monitor = build_idle_monitor(DesktopSession.detect({"DISPLAY": xsession.display}, "linux"))
    assert isinstance(monitor, X11IdleMonitor), monitor
    try:
        xsession.reset_idle()
        start = monitor.idle_seconds()
        assert start is not None and start < 2, start
        grown = poll(
            lambda: (idle := monitor.idle_seconds()) is not None and idle >= start + 1.5 and idle,
            10,
            "the idle time to grow with no input",
        )
        xsession.reset_idle()
        after = monitor.idle_seconds()
        assert after is not None and after < min(grown, 1.0), (grown, after)
    finally:
        monitor.close()


def test_the_x11_connection_loads_only_the_extensions_the_app_asks_about(
    xsession: XSession,
) -> None:
    """Xvfb offers XInput, RECORD, XFIXES and a dozen more; python-xlib would load each one's
    module on connecting (0.7 MB the idle app kept for nothing, issue 21)."""
    from Xlib import ext

    every = list(ext.__extensions__)
    display = XDisplay.open(xsession.display)
    assert display is not None
    try:
        offered = set(display._display.list_extensions())
        assert {"XInputExtension", "RECORD", "RANDR", "MIT-SCREEN-SAVER"} <= offered, offered
        assert sorted(display._display.extensions) == ["MIT-SCREEN-SAVER", "RANDR"]
        assert display.has_screensaver_extension()
        assert display.monitors(), "RandR answers"
        assert ext.__extensions__ == every, "python-xlib's list of extensions is left as it was"
    finally:
        display.close()


def test_x11_fullscreen_active_window_is_do_not_disturb(xsession: XSession, tmp_path: Path) -> None:
    display = XDisplay.open(xsession.display)
    assert display is not None
    quiet = X11Fullscreen(display)
    try:
        assert quiet.quiet_reason() is None
        with fullscreen_window(xsession, tmp_path):
            poll(lambda: quiet.quiet_reason() == FULLSCREEN, 10, "the fullscreen state to show")
        poll(lambda: quiet.quiet_reason() is None, 10, "do-not-disturb to end with the window")
    finally:
        display.close()


def split_into_two_monitors(xsession: XSession) -> tuple[Area, Area]:
    """Make the screen two side-by-side RandR monitors, as ``xrandr --setmonitor`` would (Xvfb has
    one output; the left monitor takes it over, so its automatic monitor goes away). Openbox (via
    Xinerama) and Qt then see two screens."""
    from Xlib.display import Display
    from Xlib.protocol import rq

    class SetMonitor(rq.Request):
        # RRSetMonitor with MonitorInfo spelled out: python-xlib 0.33's xrandr_set_monitor()
        # cannot pack its nested MonitorInfo (ValueError in rq.Object.pack_value).
        _request = rq.Struct(
            *(rq.Card8("opcode"), rq.Opcode(43), rq.RequestLength(), rq.Window("window")),
            *(rq.Card32("name"), rq.Bool("primary"), rq.Bool("automatic"), rq.LengthOf("crtcs", 2)),
            *(rq.Int16("x"), rq.Int16("y"), rq.Card16("width"), rq.Card16("height")),
            *(rq.Card32("width_mm"), rq.Card32("height_mm"), rq.List("crtcs", rq.Card32Obj)),
        )

    width, height = SCREEN
    left, right = (
        Area(0, 0, width // 2, height, primary=True),
        Area(width // 2, 0, width // 2, height),
    )
    display = Display(xsession.display)
    try:
        root = display.screen().root
        outputs = list(root.xrandr_get_screen_resources().outputs)
        for name, area, owns in (("LEFT", left, outputs), ("RIGHT", right, [])):
            SetMonitor(
                display=display.display,
                opcode=display.display.get_extension_major("RANDR"),
                window=root,
                **{"name": display.intern_atom(name), "primary": area.primary},
                **{"automatic": False, "x": area.x, "y": area.y, "crtcs": owns},
                **{"width": area.width, "height": area.height, "width_mm": 170, "height_mm": 210},
            )
        display.sync()
    finally:
        display.close()
    return left, right


QT_SCREEN_AT_POINTER = """
from PySide6.QtGui import QCursor, QGuiApplication
app = QGuiApplication([])
print(QGuiApplication.screenAt(QCursor.pos()).geometry().getRect())
"""


def qt_screen_at_pointer(xs: XSession) -> Area:
    """The screen Qt opens the prompt on (ui/prompt.py: the one at the pointer), in a fresh Qt."""
    env = {**xs.env, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", QT_SCREEN_AT_POINTER],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    x, y, width, height = map(int, done.stdout.strip().strip("()").split(","))
    return Area(x, y, width, height)


def test_x11_fullscreen_on_the_other_monitor_does_not_hold_the_prompt(
    trayless_xsession: XSession, tmp_path: Path
) -> None:
    """The prompt opens on the pointer's monitor: a fullscreen window on the other one (a video
    on the second screen) must not hold it back, and does once the pointer goes over to it.
    (A desktop of its own, as its monitors are changed.)"""
    xs = trayless_xsession
    monitors = split_into_two_monitors(xs)
    display = XDisplay.open(xs.display)
    assert display is not None
    quiet = X11Fullscreen(display)
    try:
        assert display.monitors() == list(monitors)
        with fullscreen_window(xs, tmp_path) as window:
            # Openbox fills the one monitor the window is on; which one is its choice.
            area = poll(lambda: fullscreen_area(xs, window.id, monitors), 10, "fullscreen")
            other = next(m for m in monitors if m != area)
            xs.x("xdotool", "mousemove", str(other.x + 10), str(other.y + 10))
            assert qt_screen_at_pointer(xs) == dataclasses.replace(other, primary=False)
            for pointer_on, expected in ((area, FULLSCREEN), (other, None), (area, FULLSCREEN)):
                centre = (
                    pointer_on.x + pointer_on.width // 2,
                    pointer_on.y + pointer_on.height // 2,
                )
                xs.x("xdotool", "mousemove", *map(str, centre))
                poll(
                    lambda expected=expected: quiet.quiet_reason() == expected,
                    10,
                    f"the reason to be {expected!r} with the pointer at {centre}",
                )
                assert xs.active_window() == window.id
    finally:
        display.close()


def fullscreen_area(xs: XSession, wid: int, monitors: tuple[Area, Area]) -> Area | None:
    """The monitor the window exactly fills, once the window manager has made it fullscreen."""
    info = xs.x("xwininfo", "-id", str(wid))
    x, y, width, height = (
        int(re.search(rf"{label}:\s+(-?\d+)", info)[1])  # type: ignore[index]
        for label in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    )
    return next(
        (m for m in monitors if (m.x, m.y, m.width, m.height) == (x, y, width, height)), None
    )


# -- the real app ------------------------------------------------------------------------------


def test_without_a_tray_the_app_says_so_once_runs_and_shows_the_icon_when_a_tray_starts(
    trayless_app_env: AppEnv,
) -> None:
    env = trayless_app_env
    env.write_config(QUIET)
    with RunningApp(env) as app:
        app.wait_for(lambda: NO_TRAY in app.stderr_path.read_text(), 20, "the no-tray message")
        assert NO_TRAY in app_log(env)
        assert app.status()["state"] == "working"
        assert not app.tray_embedded()

        app.cli_ok("break-now", "--exercise", "breathing")
        app.wait_for(lambda: app.find_window(EXERCISE_TITLE), 10, "the exercise window")

        env.xsession.start_tray()
        app.wait_for(app.tray_embedded, 20, "the icon to embed in the tray that started later")
        app.screenshot("tray-came-later")
        assert app.stderr_path.read_text().count(NO_TRAY) == 1


@pytest.mark.slow
def test_without_a_tray_the_prompt_still_appears_on_time(trayless_app_env: AppEnv) -> None:
    env = trayless_app_env
    env.write_config({**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1})
    with RunningApp(env) as app:
        prompt = app.wait_for(lambda: app.find_window(PROMPT_TITLE), 90, "the prompt")
        assert prompt.mapped
        assert app.status()["state"] == "prompting"


def test_the_app_hears_logind_on_the_system_bus_and_carries_on(
    app_env: AppEnv, tmp_path: Path
) -> None:
    """DBUS_SYSTEM_BUS_ADDRESS points the real app at a private daemon with a fake logind that
    refuses every call. (The length of a real suspend cannot be faked in a subprocess: the
    natural break it makes is checked with moved clocks in tests/qt/test_power.py.)"""
    app_env.write_config(QUIET)
    with PrivateBus.start(tmp_path) as bus:
        logind = bus.service("system", LOGIND)
        app_env["DBUS_SYSTEM_BUS_ADDRESS"] = bus.address
        with RunningApp(app_env) as app:
            before = app.status()

            def heard(going: bool, line: str) -> bool:
                # Emitted again until heard: the app subscribes a moment after it answers.
                logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", going)
                return line in app_log(app_env)

            app.wait_for(lambda: heard(True, "logind: going to sleep"), 20, "going to sleep")
            app.wait_for(lambda: heard(False, "logind: resumed"), 20, "the resume")
            after = app.status()
            assert after["state"] == "working"
            assert after["next_break_at"] == before["next_break_at"]  # no sleep: no change
            assert after["today"]["natural"] == 0
            assert logind.calls() == []


@pytest.mark.slow
def test_time_away_from_the_keyboard_is_a_natural_break(app_env: AppEnv) -> None:
    """X11 idle counter → the away check → the session → SQLite, for real: one minute with no
    input is away, a mouse move is the return."""
    app_env.write_config({**QUIET, "idle_reset_minutes": 1})
    with RunningApp(app_env) as app:
        app.wait_for(
            lambda: "the user is away" in app_log(app_env), 120, "the app to notice no input"
        )
        away = app.status()
        assert away["next_break_at"] is None, away
        said = app.cli_ok("status").stdout
        assert said.startswith("You are away from the computer; the next break is planned when")
        app_env.xsession.reset_idle()
        back = app.wait_status(lambda s: s["today"]["natural"] == 1, 45, "a natural break")
        assert back["next_break_at"] is not None and not past(back["next_break_at"])


@pytest.mark.slow
def test_the_held_prompt_appears_once_the_fullscreen_window_closes(
    app_env: AppEnv, tmp_path: Path
) -> None:
    app_env.write_config({**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1})
    xs = app_env.xsession
    with RunningApp(app_env) as app:
        with fullscreen_window(xs, tmp_path):
            held = wait_held_back(app, "a fullscreen window is active")
            assert held["waiting_for"] == "fullscreen", held
            assert app.find_window(PROMPT_TITLE) is None
            app.screenshot("held")
        prompt = app.wait_for(lambda: app.find_window(PROMPT_TITLE), 75, "the held prompt")
        assert prompt.mapped
        assert app.status()["state"] == "prompting"


@pytest.mark.slow
def test_a_session_frozen_between_loginds_signals_past_the_idle_reset_is_a_natural_break(
    app_env: AppEnv, tmp_path: Path
) -> None:
    """The bug of issue 15, end to end: the app's process is stopped (SIGSTOP) between logind's
    PrepareForSleep(true) and (false) for longer than the idle reset and past the due time, as
    when a virtual machine is paused, while the monotonic clocks run on. After the thaw both the
    break's timer and the away check are overdue; whichever fires first, the break is not
    prompted: one natural break from the last input to the return, then a fresh interval."""
    app_env.write_config(
        {**QUIET, "idle_reset_minutes": 1, "interval_min_minutes": 1, "interval_max_minutes": 1}
    )
    xs = app_env.xsession
    with PrivateBus.start(tmp_path) as bus:
        logind = bus.service("system", LOGIND)
        app_env["DBUS_SYSTEM_BUS_ADDRESS"] = bus.address
        with RunningApp(app_env) as app:
            due = datetime.fromisoformat(app.status()["next_break_at"])
            # At work until shortly before the break is due, so the break's timer comes before
            # the away check's (armed one idle reset after the last input it saw).
            while datetime.now(timezone.utc) < due - timedelta(seconds=15):
                xs.reset_idle()
                time.sleep(2)

            def heard(going: bool, line: str) -> bool:
                xs.reset_idle()  # the user is at work until the machine goes to sleep
                logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", going)
                return line in app_log(app_env)

            app.wait_for(lambda: heard(True, "logind: going to sleep"), 20, "going to sleep")
            last_input = datetime.now(timezone.utc)
            os.kill(app.pid, signal.SIGSTOP)
            try:
                # Frozen past the due time and past the idle reset from the last input.
                thaw = max(due, last_input + timedelta(minutes=1)) + timedelta(seconds=10)
                time.sleep(max(0.0, (thaw - datetime.now(timezone.utc)).total_seconds()))
            finally:
                os.kill(app.pid, signal.SIGCONT)
            logind.emit(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "b", False)
            away = app.wait_status(
                lambda s: s["next_break_at"] is None, 30, "the user to count as away"
            )
            assert away["state"] == "working", away
            assert away["today"]["natural"] == 0 and away["today"]["missed"] == 0, away
            assert app.find_window(PROMPT_TITLE) is None
            xs.reset_idle()
            back = app.wait_status(lambda s: s["today"]["natural"] == 1, 45, "a natural break")
            assert back["state"] == "working" and back["today"]["missed"] == 0, back
            assert back["next_break_at"] is not None and not past(back["next_break_at"]), back
            assert app.find_window(PROMPT_TITLE) is None
            log_text = app_log(app_env)
            assert "break due: prompting" not in log_text, tail_text(log_text)
            assert re.search(r"recorded natural \(None, (\d+) s\)", log_text), tail_text(log_text)
            seconds = int(re.findall(r"recorded natural \(None, (\d+) s\)", log_text)[-1])
            # From the last input before the freeze to the return: the whole frozen time at least.
            assert seconds >= (thaw - last_input).total_seconds() - 2, seconds


def tail_text(text: str, lines: int = 30) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _zone_with_local_hour(now: datetime, wanted: range) -> str:
    """An Etc/GMT zone whose local hour now is in ``wanted`` (POSIX signs: Etc/GMT-9 is +9)."""
    for offset in range(-12, 15):
        if (now + timedelta(hours=offset)).hour in wanted:
            name = "Etc/GMT" if offset == 0 else f"Etc/GMT{-offset:+d}"
            return f"/usr/share/zoneinfo/{name}"
    raise AssertionError(f"no zone has a local hour in {wanted} at {now}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mount namespaces are Linux")
def test_a_new_system_time_zone_is_noticed_when_timedated_says_so(
    app_env: AppEnv, tmp_path: Path
) -> None:
    """Issue 17: replacing /etc/localtime while the app runs (what ``timedatectl set-timezone``
    does) left it on the old offset until restart. The app runs in a mount namespace of its own
    with /etc/localtime bound to a zone where it is working time; the test binds a zone where it
    is not, a fake timedated says so on the private system bus, and the app is outside working
    hours at once."""
    import shutil

    from tests.needs import unavailable

    if os.geteuid() != 0 or not shutil.which("unshare") or not shutil.which("nsenter"):
        unavailable("needs root, unshare and nsenter", "root with util-linux (unshare, nsenter)")
    now = datetime.now(timezone.utc)
    inside = _zone_with_local_hour(now, range(10, 16))
    outside = _zone_with_local_hour(now, range(20, 24))
    wrapper = tmp_path / "psoasbreak-in-namespace"
    wrapper.write_text(
        "#!/bin/sh\n"
        "exec unshare --mount --propagation private -- sh -c "
        f'\'mount --bind {inside} /etc/localtime && exec "$0" "$@"\' '
        f'{app_env.psoasbreak()} "$@"\n',
        encoding="utf-8",
    )
    wrapper.chmod(0o755)
    app_env.command = str(wrapper)
    app_env.pop("TZ", None)  # the zone comes from /etc/localtime
    app_env.write_config(
        {**QUIET, "working_hours": {"enabled": True, "start": "08:00", "end": "18:00",
                                    "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}}
    )  # fmt: skip
    with PrivateBus.start(tmp_path) as bus:
        timedated = bus.service("system", "org.freedesktop.timedate1")
        app_env["DBUS_SYSTEM_BUS_ADDRESS"] = bus.address
        with RunningApp(app_env) as app:
            assert app.status()["state"] == "working"
            bound = subprocess.run(
                ["nsenter", "--target", str(app.pid), "--mount", "--",
                 "mount", "--bind", outside, "/etc/localtime"],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            assert bound.returncode == 0, bound.stderr

            def told() -> bool:
                # Emitted again until heard: the app subscribes a moment after it answers.
                timedated.emit(
                    "/org/freedesktop/timedate1",
                    "org.freedesktop.DBus.Properties",
                    "PropertiesChanged",
                    "sa{sv}as",
                    "org.freedesktop.timedate1",
                    {},
                    ["Timezone"],
                )
                return "timedated: the time zone" in app_log(app_env)

            app.wait_for(told, 20, "the app to hear timedated")
            after = app.wait_status(
                lambda s: s["state"] == "outside_hours", 20, "outside working hours"
            )
            assert after["next_break_at"] is not None
