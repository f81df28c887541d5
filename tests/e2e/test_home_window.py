"""The home window through the real app under Xvfb (DESIGN §1, §3; issue 16): a second start (what
the application menu does), ``psoasbreak show`` and a real left click on the tray icon open one
window; the right button still opens the menu; ``show`` with no app running is exit 3."""

from __future__ import annotations

import pytest

from tests.e2e.screenshots import _geometry, _tray_icon
from tests.e2e.xsession import AppEnv, RunningApp, describe, run_cli

pytestmark = pytest.mark.e2e

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def is_normal(app: RunningApp, wid: int) -> bool:
    """A window of its own, not a menu (Qt titles both after the app)."""
    kind = app.env.xsession.x("xprop", "-id", str(wid), "_NET_WM_WINDOW_TYPE", check=False)
    return "_NET_WM_WINDOW_TYPE_NORMAL" in kind and "POPUP_MENU" not in kind


def home_windows(app: RunningApp) -> list[int]:
    return [w.id for w in app.windows() if w.title == "psoasbreak" and is_normal(app, w.id)]


def home_window(app: RunningApp) -> int | None:
    found = home_windows(app)
    return found[0] if found else None


def test_show_and_a_second_start_open_one_home_window(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    not_running = run_cli(app_env, "show")
    assert not_running.returncode == 3, describe(not_running)
    with RunningApp(app_env) as app:
        assert home_windows(app) == []
        second = run_cli(app_env)
        assert second.returncode == 0, describe(second)
        assert "already running" in second.stdout and "its window is open" in second.stdout
        window = app.wait_for(lambda: home_window(app), 10, "the home window")
        assert app_env.xsession.active_window() == window, "asked for, so it comes to front"
        app_env.xsession.x("xdotool", "key", "Escape")  # to the active window, this one
        app.wait_for(lambda: not home_windows(app), 10, "Escape to close the home window")
        assert app.status()["state"] == "working", "the app runs on in the tray"

        shown = run_cli(app_env, "show")
        assert shown.returncode == 0, describe(shown)
        assert shown.stdout.strip() == "psoasbreak's window is open."
        app.wait_for(lambda: home_window(app), 10, "the home window again")
        run_cli(app_env, "show")
        assert len(home_windows(app)) == 1, "one window, reused"


def test_a_left_click_on_the_tray_icon_opens_it_and_enter_takes_a_break(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    xs = app_env.xsession
    with RunningApp(app_env) as app:
        app.wait_for(app.tray_embedded, 10, "the icon in the tray")
        x, y, w, h = _geometry(xs, _tray_icon(xs))
        xs.x("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
        menu = app.wait_for(lambda: xs.windows_of_class(), 10, "the tray menu on the right button")
        assert home_windows(app) == [] and len(menu) == 1, menu
        xs.x("xdotool", "key", "Escape")
        app.wait_for(lambda: not xs.windows_of_class(), 10, "the menu to close")
        xs.x("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
        window = app.wait_for(lambda: home_window(app), 10, "the home window")
        app.wait_for(lambda: xs.active_window() == window, 10, "the home window to be active")
        xs.x("xdotool", "key", "Return")  # to the active window: its default button
        app.wait_status(lambda s: s["state"] == "on_break", 10, "Enter to start a break")
        app.cli_ok("quit")
        app.wait_exit()
