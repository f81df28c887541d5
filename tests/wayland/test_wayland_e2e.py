"""The real ``psoasbreak`` under a real Wayland compositor (issue 11, DESIGN §5).

Headless sway with waybar (the tray) and mako (the notifications), a foot terminal holding the
keyboard focus, everything as an unprivileged user (see ``session.py``). The app is driven only
through its public contract: the command line, ``status --json``, ``config.toml``; what it shows is
read from sway's tree (``swaymsg -t get_tree``), mako (``makoctl``) and the session bus.

The two prompt tests need a real minute for the prompt to come and another for the ignored one to
time out. Their apps start together, before the first test here, so those minutes pass while the
other tests run: the whole file takes about two minutes.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from tests.wayland.session import (
    Notification,
    SwayWindow,
    UserVenv,
    WaylandApp,
    WaylandSession,
    start_bus,
    stop_as_user,
)

pytestmark = [pytest.mark.e2e, pytest.mark.wayland]

BREAK_SECONDS = 20  # the shortest break the settings allow
# No sound, and no natural breaks: headless sway has no input devices, so a desktop idle counter
# would say nobody has touched the computer since the session began.
QUIET = {"sound": False, "idle_reset_minutes": 0}
PROMPT_CONFIG = {
    **QUIET,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 1,
    "break_seconds": BREAK_SECONDS,
    # prompt_style stays "auto": on Wayland that is the notification.
}
SLACK = 30.0  # on top of the app's own minutes, for a loaded 2-core machine


def check_floating_exercise_window(window: SwayWindow) -> None:
    """A native Wayland window that sway floats, centred, at its own fixed size — not tiled to
    fill the screen, not full-screen."""
    assert window.shell == "xdg_shell", f"not a native Wayland window: {window}"
    assert window.title and window.title.startswith("Break"), window
    assert window.floating, f"the exercise window tiles instead of floating: {window}"
    assert not window.fullscreen, window
    _, _, width, height = window.rect
    ws_x, ws_y, ws_width, ws_height = window.workspace_rect
    assert width <= 0.75 * ws_width and height <= 0.75 * ws_height, (
        f"the exercise window is {width}x{height} on a {ws_width}x{ws_height} workspace: "
        f"larger than its content needs: {window}"
    )
    x, y, _, _ = window.rect
    assert abs((x + width / 2) - (ws_x + ws_width / 2)) <= 2, f"not centred: {window}"
    assert abs((y + height / 2) - (ws_y + ws_height / 2)) <= 2, f"not centred: {window}"


def only_window(app: WaylandApp) -> SwayWindow | None:
    windows = app.windows()
    assert len(windows) <= 1, f"more than one window: {windows}"
    return windows[0] if windows else None


def left(app: WaylandApp, seconds: float) -> float:
    """What is left of ``seconds`` counted from the app's start (its interval starts there)."""
    return max(1.0, app.started_at + seconds - time.monotonic())


def find_prompt(session: WaylandSession, word: str) -> Notification | None:
    """psoasbreak's notification whose text names the exercise (``word``), if shown."""
    return next(
        (
            n
            for n in session.notifications()
            if n.app_name == "psoasbreak" and word in n.text.lower()
        ),
        None,
    )


def terminal_has_focus(session: WaylandSession) -> bool:
    focused = session.focused()
    return focused is not None and focused.app_id == "foot"


@dataclass
class PromptApps:
    answered: WaylandApp  # proposes the stretch; the test clicks "start"
    ignored: WaylandApp  # proposes breathing; nobody answers


@pytest.fixture(scope="module")
def prompt_apps(wayland_session: WaylandSession, user_venv: UserVenv) -> Iterator[PromptApps]:
    answered = WaylandApp(wayland_session, user_venv, "answered")
    answered.write_config({**PROMPT_CONFIG, "exercise": "stretch"})
    ignored = WaylandApp(wayland_session, user_venv, "ignored")
    ignored.write_config({**PROMPT_CONFIG, "exercise": "breathing"})
    with answered, ignored:
        yield PromptApps(answered, ignored)


@pytest.fixture(scope="module")
def prompt_apps_started_early(request: pytest.FixtureRequest) -> None:
    """Start the prompt tests' apps now if those tests are selected, so that their minutes run
    while the tests before them do."""
    if any("prompt_apps" in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue("prompt_apps")


@pytest.mark.usefixtures("prompt_apps_started_early")
def test_tray_icon_registers_with_the_status_notifier_watcher(new_app, wayland_session):
    app = new_app("tray", QUIET)
    with app:

        def registered() -> str | None:
            items = wayland_session.tray_item_pids().items()
            return next((item for item, pid in items if pid == app.pid), None)

        item = app.wait_for(
            registered,
            15,
            "the app's tray icon among waybar's RegisteredStatusNotifierItems",
            detail=lambda: f"registered: {wayland_session.tray_item_pids()}",
        )
        assert app.windows() == [], "starting the app opened a window"
    app.wait_for(
        lambda: item not in wayland_session.tray_items(),
        10,
        f"the tray item {item} to go when the app quits",
    )


@pytest.mark.usefixtures("prompt_apps_started_early")
def test_break_now_opens_a_floating_exercise_window_and_completes(new_app, wayland_session):
    with new_app("breaknow", {**QUIET, "break_seconds": BREAK_SECONDS}) as app:
        wayland_session.focus("foot")
        app.cli_ok("break-now", "--exercise", "stretch")
        window = app.wait_for(lambda: only_window(app), 15, "the exercise window to be mapped")
        check_floating_exercise_window(window)
        assert app.status()["state"] == "on_break"

        sizes = {window.rect[2:]}

        def completed() -> bool:
            if (shown := only_window(app)) is not None:
                sizes.add(shown.rect[2:])
            status = app.status()
            return status["state"] == "working" and status["today"]["completed"] == 1

        app.wait_for(completed, BREAK_SECONDS + SLACK, "the 20-s break to be recorded completed")
        assert sizes == {window.rect[2:]}, f"the exercise window changed size: {sizes}"
        app.wait_for(lambda: only_window(app) is None, 10, "the exercise window to close")
        today = app.status()["today"]
        assert (today["skipped"], today["missed"], today["snoozed"]) == (0, 0, 0), today
    assert terminal_has_focus(wayland_session), "the focus did not return to the terminal"


@pytest.mark.slow
def test_prompt_notification_leaves_the_focus_and_start_opens_the_exercise(
    prompt_apps, wayland_session
):
    app = prompt_apps.answered
    wayland_session.focus("foot")
    note = app.wait_for(
        lambda: find_prompt(wayland_session, "stretch"),
        left(app, 60 + SLACK),
        "the prompt notification (1-minute interval)",
    )
    assert app.status()["state"] == "prompting"
    assert terminal_has_focus(wayland_session), (
        f"the prompt took the keyboard focus: {wayland_session.focused()}"
    )
    assert app.windows() == [], "on Wayland the prompt is a notification, not a window"
    assert {"default", "start", "snooze", "skip"} <= set(note.actions), note.actions

    wayland_session.invoke(note.id, "start")
    window = app.wait_for(lambda: only_window(app), 15, "the exercise window after `start`")
    check_floating_exercise_window(window)
    app.wait_for(
        lambda: all(n.id != note.id for n in wayland_session.notifications()),
        10,
        "the answered notification to go",
    )
    status = app.wait_status(
        lambda s: s["state"] == "working" and s["today"]["completed"] == 1,
        BREAK_SECONDS + SLACK,
        "the 20-s break to be recorded completed",
    )
    assert (status["today"]["missed"], status["today"]["snoozed"]) == (0, 0), status


@pytest.mark.slow
def test_ignored_prompt_becomes_missed_and_its_notification_goes(prompt_apps, wayland_session):
    app = prompt_apps.ignored
    note = app.wait_for(
        lambda: find_prompt(wayland_session, "breath"),
        left(app, 60 + SLACK),
        "the prompt notification (1-minute interval)",
    )
    status = app.wait_first_missed(
        lambda: any(n.id == note.id for n in wayland_session.notifications()),
        left(app, 120 + SLACK),
    )
    today = status["today"]
    assert (today["completed"], today["snoozed"], today["skipped"]) == (0, 0, 0), today
    assert app.windows() == [], "an ignored prompt opened a window"


def tray_item_pids_on(session: WaylandSession, bus: str) -> list[int]:
    """The pids owning the items registered with the StatusNotifierWatcher on ``bus`` (none
    while no watcher runs there)."""
    env = {**session.env, "DBUS_SESSION_BUS_ADDRESS": bus}

    def busctl(*args: str) -> Any:
        done = session.run("busctl", "--user", "-j", *args, env=env, check=False)
        return json.loads(done.stdout)["data"] if done.returncode == 0 else None

    items = busctl(
        *("get-property", "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher"),
        *("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"),
    )
    pids = []
    for item in items or []:
        owner = busctl(
            *("call", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus"),
            *("GetConnectionUnixProcessID", "s", item.split("/", 1)[0]),
        )
        if owner is not None:
            pids.append(int(owner[0]))
    return pids


def test_without_a_status_notifier_watcher_the_app_runs_trayless_and_its_icon_comes_later(
    new_app, wayland_session
):
    """An app on a bus of its own sees no StatusNotifierWatcher (waybar's is on the session's
    bus): the no-tray path applies, as on a desktop with no tray at all. Then a second waybar
    starts on that bus, as a bar started after login would: the icon shows up in its tray. (Qt's
    Wayland platform registers it by itself; under XWayland the app must build it again, see
    tests/qt/test_tray_later.py.)"""
    app = new_app("notray", QUIET)
    bus = app.env["DBUS_SESSION_BUS_ADDRESS"] = start_bus(wayland_session, "bus-notray")
    with app:
        app.wait_for(
            lambda: "no system tray found" in app.stderr_path.read_text(),
            15,
            "the app to say there is no tray",
            detail=app.logs,
        )
        assert "it appears once a tray runs" in app.stderr_path.read_text()
        assert app.pid not in wayland_session.tray_item_pids().values()
        assert app.status()["state"] == "working"

        waybar = wayland_session.spawn(
            "waybar-later",
            ["waybar", "--config", wayland_session.root / "waybar.json"],
            env={**wayland_session.env, "DBUS_SESSION_BUS_ADDRESS": bus},
        )
        try:
            app.wait_for(
                lambda: app.pid in tray_item_pids_on(wayland_session, bus),
                20,
                "the icon to register with the tray that started after the app",
                detail=app.logs,
            )
            assert app.status()["state"] == "working"
        finally:
            # This bar must not stay on screen for the tests after this one.
            wayland_session.procs = [p for p in wayland_session.procs if p[1] is not waybar]
            stop_as_user(waybar)
