"""End-to-end tests of the real ``psoasbreak`` command under Xvfb + openbox + trayer.

They drive the app only through its public contract (DESIGN §3, §4): the command line, its exit
codes, ``status --json``, ``config.toml``, and the X11 windows of class ``psoasbreak``.
Screenshots of the key moments land in each test's tmp_path.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.xsession import AppEnv, FocusHolder, RunningApp, app_processes, describe, run_cli

pytestmark = pytest.mark.e2e

PROMPT_TITLE = r"^Time to stand up"
EXERCISE_TITLE = r"^Break"
STATES = {"working", "prompting", "on_break", "paused", "outside_hours"}
TODAY_KEYS = {"date", "completed", "natural", "skipped", "snoozed", "missed", "goal"}

# Settings that keep a test to what it checks: no sound, the prompt as a window (this is X11), and
# no natural breaks from Xvfb's idle counter, which keeps growing between tests (DESIGN §5).
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def parse_time(value: Any, key: str) -> datetime:
    assert isinstance(value, str), f"{key} should be an ISO-8601 string, got {value!r}"
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, f"{key} must carry its UTC offset: {value!r}"
    return moment


def check_status_shape(status: dict[str, Any]) -> None:
    assert status["state"] in STATES, status
    for key in ("next_break_at", "paused_until"):
        if status[key] is not None:
            parse_time(status[key], key)
    assert set(status["today"]) >= TODAY_KEYS, status
    assert date.fromisoformat(status["today"]["date"]) == date.today(), status
    assert set(status["streak"]) >= {"current", "best"}, status


def counts(**expected: int) -> Callable[[dict[str, Any]], bool]:
    return lambda status: all(status["today"][k] == v for k, v in expected.items())


def test_tray_icon_embeds_and_quit_ends_the_app(app_env: AppEnv) -> None:
    xs = app_env.xsession
    assert not xs.tray_embedded(), "a psoasbreak tray icon is left over from another test"
    with RunningApp(app_env) as app:
        app.wait_for(app.tray_embedded, 20, "the app's tray icon to embed in trayer")
        shot = app.screenshot("tray")
        check_status_shape(app.status())

        result = app.cli("quit")
        assert result.returncode == 0, f"{describe(result)}\nscreenshot: {shot}"
        code = app.wait_exit(20)
        assert code == 0, f"the app exited {code} after quit\n{app.logs()}"
    assert app_processes(app_env) == []
    assert not xs.tray_embedded(), "the tray icon outlived the app"


def test_break_now_runs_a_stretch_to_completion(app_env: AppEnv) -> None:
    app_env.write_config({**QUIET, "break_seconds": 20})
    with RunningApp(app_env) as app:
        before = app.status()
        check_status_shape(before)
        assert before["state"] == "working", before
        assert before["today"]["completed"] == 0, before

        app.cli_ok("break-now", "--exercise", "stretch")
        started = time.monotonic()
        app.wait_status(lambda s: s["state"] == "on_break", 10, "state on_break after break-now")
        window = app.wait_for(
            lambda: app.find_window(EXERCISE_TITLE), 10, "a mapped 'Break…' window"
        )
        shot = app.screenshot("exercise")
        assert window.mapped, f"{window}\nscreenshot: {shot}"

        done = app.wait_status(
            lambda s: counts(completed=1)(s) and s["state"] == "working",
            40,
            "the 20 s break to be completed and the state back to working",
        )
        elapsed = time.monotonic() - started
        app.wait_for(
            lambda: app.find_window(EXERCISE_TITLE) is None, 10, "the exercise window to close"
        )
        shot = app.screenshot("after-break")
        assert elapsed >= 15, f"a 20 s break completed after {elapsed:.1f} s\nscreenshot: {shot}"
        assert done["today"]["skipped"] == 0, done
        check_status_shape(done)


@pytest.mark.slow
def test_prompt_keeps_the_focus_where_it_was_and_is_missed_when_ignored(
    app_env: AppEnv, focus_holder: FocusHolder
) -> None:
    xs = app_env.xsession
    app_env.write_config(
        {
            **QUIET,
            "interval_min_minutes": 1,
            "interval_max_minutes": 1,
            "prompt_timeout_minutes": 1,
        }
    )
    with RunningApp(app_env) as app:
        started = time.monotonic()
        assert focus_holder.has_focus(), "starting the app took the focus"

        prompt = app.wait_for(
            lambda: app.find_window(PROMPT_TITLE), 90, "the 'Time to stand up' prompt to appear"
        )
        appeared = time.monotonic() - started
        # Type at once: a prompt that grabbed the focus would swallow these keys.
        xs.type_text("still typing")
        active, focused = xs.active_window(), xs.focused_window()
        shot = app.screenshot("prompt")
        where = f"prompt {prompt}, holder {focus_holder.window}\nscreenshot: {shot}"
        assert active == focus_holder.window, f"active window is {active}; {where}"
        assert focused == focus_holder.window, f"input focus is on {focused}; {where}"
        focus_holder.wait_for_text("still typing")
        assert 45 <= appeared <= 80, f"prompt appeared {appeared:.0f} s after start; {where}"
        assert app.status()["state"] == "prompting"

        ignored = time.monotonic()
        missed = app.wait_status(counts(missed=1), 100, "the ignored prompt to count as missed")
        app.wait_for(
            lambda: app.find_window(PROMPT_TITLE) is None, 10, "the missed prompt to close"
        )
        waited = time.monotonic() - ignored
        shot = app.screenshot("missed")
        assert waited >= 45, f"prompt counted missed after {waited:.0f} s, not ~60\n{shot}"
        assert counts(completed=0, skipped=0, snoozed=0)(missed), missed
        assert focus_holder.has_focus(), f"focus moved when the prompt closed\n{shot}"


def test_pause_and_resume(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        asked = datetime.now(timezone.utc)
        app.cli_ok("pause", "30")
        paused = app.wait_status(lambda s: s["state"] == "paused", 10, "state paused")
        until = parse_time(paused["paused_until"], "paused_until")
        drift = abs(until - (asked + timedelta(minutes=30)))
        assert drift < timedelta(minutes=1), f"paused until {until}, asked at {asked}"
        if paused["next_break_at"] is not None:
            next_break = parse_time(paused["next_break_at"], "next_break_at")
            assert next_break >= until - timedelta(seconds=1), paused

        app.cli_ok("resume")
        working = app.wait_status(lambda s: s["state"] == "working", 10, "state working")
        assert working["paused_until"] is None, working
        assert working["next_break_at"] is not None, working
        next_break = parse_time(working["next_break_at"], "next_break_at")
        assert next_break > datetime.now(timezone.utc), working

        app.cli_ok("pause", "--until-tomorrow")
        paused = app.wait_status(lambda s: s["state"] == "paused", 10, "paused until tomorrow")
        until = parse_time(paused["paused_until"], "paused_until").astimezone()
        # "Tomorrow" is the app's to define (say, the next morning, which after midnight is still
        # today's date): later than now, and over by the end of tomorrow.
        now = datetime.now().astimezone()
        assert now < until, paused
        assert until.date() <= now.date() + timedelta(days=1), paused
        app.cli_ok("resume")
        app.wait_status(lambda s: s["state"] == "working", 10, "state working again")


def test_second_launch_says_so_and_exits(app_env: AppEnv) -> None:
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        try:
            second = run_cli(app_env)
        except subprocess.TimeoutExpired:
            pytest.fail("a second `psoasbreak` did not exit within 20 s")
        assert second.returncode == 0, describe(second)
        assert (second.stdout + second.stderr).strip(), "the second launch should say why it quit"
        assert app_processes(app_env) == [app.pid]
        assert app.alive()
        app.status()


def test_history_survives_a_crash_and_a_stale_socket(app_env: AppEnv) -> None:
    app_env.write_config({**QUIET, "break_seconds": 20})
    runtime = Path(app_env["XDG_RUNTIME_DIR"])
    with RunningApp(app_env) as app:
        app.cli_ok("break-now", "--exercise", "stretch")
        app.wait_status(
            lambda s: counts(completed=1)(s) and s["state"] == "working", 45, "a completed break"
        )
        first = app.pid
        app.kill()
        leftovers = sorted(str(p) for p in runtime.rglob("*") if p.is_socket())
        assert app_processes(app_env) == []

        orphan = app.cli("status")
        assert orphan.returncode == 3, f"{describe(orphan)}\nleft in runtime dir: {leftovers}"

        app.start()  # waits until `status` answers
        assert app.pid != first
        status = app.status()
        assert status["today"]["completed"] == 1, f"{status}\nleft in runtime dir: {leftovers}"
        assert app_processes(app_env) == [app.pid]


@pytest.mark.parametrize(
    "args",
    [
        ["status"],
        ["status", "--json"],
        ["break-now"],
        ["pause", "30"],
        ["resume"],
        ["quit"],
    ],
    ids=" ".join,
)
def test_control_commands_without_a_running_app_exit_3(app_env: AppEnv, args: list[str]) -> None:
    result = run_cli(app_env, *args)
    assert result.returncode == 3, describe(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected a one-line message on stderr\n{describe(result)}"
    assert app_processes(app_env) == [], "a control command must not start the app"


@pytest.mark.parametrize(
    "args",
    [
        ["pause", "abc"],
        ["pause"],
        ["break-now", "--exercise", "yoga"],
        ["no-such-command"],
    ],
    ids=" ".join,
)
def test_bad_usage_exits_2(app_env: AppEnv, args: list[str]) -> None:
    result = run_cli(app_env, *args)
    assert result.returncode == 2, describe(result)
    assert result.stderr.strip(), describe(result)
