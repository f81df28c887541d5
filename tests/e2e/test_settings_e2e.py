"""End to end: settings that apply live in the real ``psoasbreak`` under Xvfb.

Only the public contract: ``config.toml`` (DESIGN §4), ``status --json`` (§3), the log, and the
XDG autostart folder. Edits are made the two ways editors save: in place, and by a rename.
"""

from __future__ import annotations

import os
import shlex
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, to_toml

pytestmark = pytest.mark.e2e

# No sound, the window prompt (this is X11), and no natural breaks from Xvfb's idle counter.
QUIET: dict[str, Any] = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: Generous for a file notification plus one `status` round trip; the app reacts in about 0.3 s.
NOTICE_SECONDS = 10


def at(status: dict[str, Any], key: str = "next_break_at") -> datetime:
    value = status[key]
    assert isinstance(value, str), status
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, status
    return moment


def save_by_rename(path: Path, config: dict[str, Any]) -> None:
    """As most editors save: write a new file beside the old one, then rename it over it."""
    temp = path.with_name(f".{path.name}.swp")
    temp.write_text(to_toml(config), encoding="utf-8")
    os.replace(temp, path)


def log_text(env: AppEnv) -> str:
    logs = sorted(Path(env["XDG_STATE_HOME"]).rglob("psoasbreak.log"))
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)


def test_a_live_edit_to_a_one_minute_interval_moves_next_break_at(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        before = app.status()
        assert before["state"] == "working", before
        assert at(before) - datetime.now(timezone.utc) > timedelta(minutes=29), before

        edited = datetime.now(timezone.utc)
        save_by_rename(
            app_env.config_path, {**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1}
        )
        moved = app.wait_status(
            lambda s: at(s) < edited + timedelta(minutes=2),
            NOTICE_SECONDS,
            "next_break_at to move to about a minute after the edit",
        )
        assert edited + timedelta(seconds=55) <= at(moved) <= edited + timedelta(seconds=75), moved
        assert moved["state"] == "working", moved

        # A second edit, in place this time, is noticed as well (the watch survived the rename).
        app_env.write_config({**QUIET, "interval_min_minutes": 20, "interval_max_minutes": 20})
        app.wait_status(
            lambda s: at(s) > datetime.now(timezone.utc) + timedelta(minutes=15),
            NOTICE_SECONDS,
            "next_break_at to move to about 20 minutes away",
        )


def test_a_bad_edit_is_refused_logged_with_its_key_and_the_file_left_alone(
    app_env: AppEnv,
) -> None:
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        before = app.status()
        bad = to_toml({**QUIET, "interval_min_minutes": "soon"})
        app_env.config_path.write_text(bad, encoding="utf-8")
        app.wait_for(
            lambda: "Settings file not applied" in log_text(app_env),
            NOTICE_SECONDS,
            "the refused edit to be logged",
        )
        line = next(ln for ln in log_text(app_env).splitlines() if "not applied" in ln)
        assert 'interval_min_minutes = "soon" is not a whole number (allowed 1–240)' in line
        after = app.status()
        assert after["next_break_at"] == before["next_break_at"], (before, after)
        assert app_env.config_path.read_text(encoding="utf-8") == bad
        assert [p.name for p in app_env.config_path.parent.iterdir()] == ["config.toml"]


def test_working_hours_that_exclude_today_give_outside_hours(app_env: AppEnv) -> None:
    now = datetime.now().astimezone()
    today = DAYS[now.weekday()]
    others = [d for d in DAYS if d != today]
    hours = {"enabled": True, "start": "09:00", "end": "17:00", "days": others}
    app_env.write_config({**QUIET, "working_hours": hours})
    with RunningApp(app_env) as app:
        status = app.status()
        assert status["state"] == "outside_hours", status
        next_break = at(status).astimezone()
        # The first break is planned one interval (30-45 min) after the next period starts.
        assert next_break.date() > now.date(), status
        assert DAYS[next_break.weekday()] in others, status
        assert "09:30" <= next_break.strftime("%H:%M") <= "09:45", status

        # Working hours that take in today and now, edited live: back to work at once.
        all_day = {"enabled": True, "start": "00:00", "end": "23:59", "days": list(DAYS)}
        save_by_rename(app_env.config_path, {**QUIET, "working_hours": all_day})
        working = app.wait_status(
            lambda s: s["state"] == "working", NOTICE_SECONDS, "state working after the edit"
        )
        assert at(working) - datetime.now(timezone.utc) < timedelta(minutes=46), working


def test_autostart_in_the_file_writes_and_removes_the_login_entry(app_env: AppEnv) -> None:
    entry = Path(app_env["XDG_CONFIG_HOME"]) / "autostart" / "psoasbreak.desktop"
    app_env.write_config({**QUIET, "autostart": True})
    with RunningApp(app_env) as app:
        assert entry.is_file(), f"no login entry at {entry}\n{app.logs()}"
        text = entry.read_text(encoding="utf-8")
        exec_line = next(ln for ln in text.splitlines() if ln.startswith("Exec="))
        command = shlex.split(exec_line.removeprefix("Exec="))
        assert command == [app_env.psoasbreak()], text

        app_env.write_config({**QUIET, "autostart": False})
        app.wait_for(lambda: not entry.exists(), NOTICE_SECONDS, "the login entry to go")
        assert app.status()["state"] == "working"


def test_the_exercise_setting_and_break_now_can_name_any_exercise_of_the_library(
    app_env: AppEnv,
) -> None:
    app_env.write_config({**QUIET, "exercise": "glute-squeeze"})
    with RunningApp(app_env) as app:
        started = app.cli_ok("break-now")
        assert started.stdout.strip() == "Break started: Tall stand and glute squeeze.", started
    app_env.write_config({**QUIET, "exercise": "stretch"})
    with RunningApp(app_env) as app:
        started = app.cli_ok("break-now", "--exercise", "march")
        assert started.stdout.strip() == "Break started: Standing march.", started
