"""``psoasbreak session-now`` end to end (issue 20), for real under Xvfb + openbox: the real app
opens the session window, reports ``on_break`` while it runs, records what was done when it is
closed, and the command refuses anything but strength or mobility with exit 2."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, click_into_prompt, run_cli

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def test_session_now_opens_the_window_and_closing_it_records_the_session(
    app_env: AppEnv,
) -> None:
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        said = app.cli_ok("session-now", "mobility").stdout
        assert said == "Mobility of the day started.\n", said
        window = app.wait_for(
            lambda: app.find_window(r"^Mobility of the day$"), 20, "the session window"
        )
        assert window.mapped
        assert app.status()["state"] == "on_break"
        again = app.cli_ok("session-now", "strength").stdout
        assert again == "A break or a programme session is already running.\n", again
        xs = app_env.xsession
        app.wait_for(lambda: xs.active_window() == window.id, 10, "the window to be active")
        app.screenshot("mobility-session")
        xs.x("xdotool", "key", "space")  # start the first hold
        xs.x("xdotool", "key", "Escape")  # and close the window: the session ends
        app.wait_status(lambda s: s["state"] == "working", 10, "the session to end")
    history = Path(app_env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"
    conn = sqlite3.connect(history)
    rows = conn.execute("SELECT kind, finished FROM programme_sessions").fetchall()
    steps = conn.execute("SELECT exercise, step FROM programme_steps").fetchall()
    conn.close()
    assert rows == [("mobility", 0)]
    assert steps == [("supported-lunge", "partial")]


def test_session_now_takes_strength_or_mobility_only(app_env: AppEnv) -> None:
    for bad in ("yoga", "Strength", ""):
        result = run_cli(app_env, "session-now", bad)
        assert result.returncode == 2, result
        assert "invalid choice" in result.stderr, result.stderr


def test_a_strength_session_falls_due_at_its_time_and_start_runs_it(app_env: AppEnv) -> None:
    """The cron job in the app's local zone offers the session at its minute; Start (Space,
    once clicked into the prompt) opens it; closing it records it; ``stats --json`` shows it."""
    now = datetime.now().astimezone()
    at = (now + timedelta(minutes=1 if now.second < 40 else 2)).replace(second=0, microsecond=0)
    app_env.write_config(
        {
            **QUIET,
            "programme": {
                "strength": True,
                "strength_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                "strength_time": at.strftime("%H:%M"),
            },
        }
    )
    with RunningApp(app_env) as app:
        status = app.status()
        assert status["programme"]["strength_target"] == 7, status
        assert datetime.fromisoformat(status["programme"]["next_session_at"]) == at, status
        prompt = app.wait_for(
            lambda: app.find_window(r"^Time for your strength session"), 150, "the session prompt"
        )
        assert app.status()["state"] == "working"  # an offer, not a break prompt
        xs = app_env.xsession
        click_into_prompt(app, prompt)
        xs.x("xdotool", "key", "space")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "Start to open the session")
        window = app.wait_for(lambda: app.find_window(r"^Strength session$"), 10, "the window")
        app.wait_for(lambda: xs.active_window() == window.id, 10, "the session window active")
        app.screenshot("strength-session")
        for _ in range(3):
            xs.x("xdotool", "key", "space")  # three knee drives
        xs.x("xdotool", "key", "Escape")
        app.wait_status(lambda s: s["state"] == "working", 10, "the session to end")
        stats = json.loads(app.cli_ok("stats", "--json").stdout)
    assert stats["programme"]["sessions"] == [
        {"date": at.date().isoformat(), "kind": "strength", "finished": False}
    ], stats["programme"]
    assert stats["programme"]["strength_target"] == 7
