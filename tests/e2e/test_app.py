"""End-to-end tests of the real ``psoasbreak`` command under Xvfb + openbox + trayer.

They drive the app only through its public contract (DESIGN §3, §4): the command line, its exit
codes, ``status --json``, ``config.toml``, and the X11 windows of class ``psoasbreak``.
Screenshots of the key moments land in each test's tmp_path.
"""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.xsession import (
    AppEnv,
    FocusHolder,
    HolderState,
    RunningApp,
    app_processes,
    describe,
    run_cli,
    stop_process,
)

pytestmark = pytest.mark.e2e

PROMPT_TITLE = r"^Time to stand up"
EXERCISE_TITLE = r"^Break"
STATES = {"working", "prompting", "on_break", "paused", "outside_hours"}
STATUS_KEYS = {
    "state",
    "next_break_at",
    "paused_until",
    "today",
    "streak",
    "waiting_for",
    "sync",
    "programme",
}
#: DESIGN §3's names for why a due prompt waits (an added key: issue 18).
WAITING_FOR = {
    None,
    "fullscreen",
    "do-not-disturb",
    "camera",
    "microphone",
    "screen-sharing",
    "quiet-app",
    "gnome-break",
}
TODAY_KEYS = {"date", "completed", "natural", "skipped", "snoozed", "missed", "goal"}
STREAK_KEYS = {"current", "best"}

# Settings that keep a test to what it checks: no sound, the prompt as a window (this is X11), and
# no natural breaks from Xvfb's idle counter, which keeps growing between tests (DESIGN §5).
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def parse_time(value: Any, key: str) -> datetime:
    assert isinstance(value, str), f"{key} should be an ISO-8601 string, got {value!r}"
    moment = datetime.fromisoformat(value)
    assert moment.utcoffset() is not None, f"{key} must carry its UTC offset: {value!r}"
    return moment


def check_status_shape(status: dict[str, Any]) -> None:
    """Exactly the fields of DESIGN §3: scripts rely on them, and on nothing else being there."""
    assert set(status) == STATUS_KEYS, status
    assert status["state"] in STATES, status
    assert status["waiting_for"] in WAITING_FOR, status
    assert status["sync"] is None, status  # no sync_folder in these tests
    for key in ("next_break_at", "paused_until"):
        if status[key] is not None:
            parse_time(status[key], key)
    assert set(status["today"]) == TODAY_KEYS, status
    assert date.fromisoformat(status["today"]["date"]) == date.today(), status
    numbers = [status["today"][k] for k in TODAY_KEYS - {"date"}]
    assert all(type(n) is int and n >= 0 for n in numbers), status
    assert set(status["streak"]) == STREAK_KEYS, status
    assert all(type(status["streak"][k]) is int for k in STREAK_KEYS), status


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


# The user in the middle of a sentence: a field with text on both sides of the cursor, and steady
# typing (a key every 150 ms, well under the app's 2-s "pause in typing", ui/prompt.py) from a few
# seconds before the break is due until after the app's 30-s cap on waiting for a pause (issue 3):
# 300 characters, about 45 s.
BEFORE_CURSOR = "Dear team, the figures for "
AFTER_CURSOR = " are in the attached sheet."
TYPED = (
    "march look steady and the new build passed on every machine we tried so far "
    "although the last run on the old laptop took a little longer than we hoped "
    "so we will keep an eye on it next week and send a short note when the numbers "
    "are final and checked by someone who did not write them in the first place"
)
# xdotool waits half its --delay after pressing a key and half after releasing it: measured under
# Xvfb, --delay 300 types a key every 151 ms.
TYPING_DELAY_MS = 300
TYPING_STARTS_BEFORE_DUE = 4.0
MAX_TYPING_WAIT = 30.0  # issue 3: "it waits for a pause in typing (at most 30 s)"


class FocusWatch:
    """Samples, every ``SAMPLE`` s, where the focus is and whether the prompt is mapped: the test's
    record of what a user would have seen, from which it asserts afterwards."""

    SAMPLE = 0.2

    def __init__(self, app: RunningApp, holder: FocusHolder) -> None:
        self.app = app
        self.holder = holder
        self.elsewhere: list[str] = []  # every sample where the focus was not on the holder
        self.prompt: Any = None
        self.prompt_seen_at: float | None = None  # wall time of the first sample that saw it
        self.last_without_prompt = 0.0  # wall time of the last sample before that
        self.shot = Path("(no screenshot: the prompt was not seen)")

    def sample(self) -> None:
        xs = self.app.env.xsession
        active, focused = xs.active_window(), xs.focused_window()
        if active != self.holder.window or focused != self.holder.window:
            self.elsewhere.append(f"{time.time():.1f}: active {active}, input focus {focused}")
        if self.prompt_seen_at is None:
            now = time.time()
            self.prompt = self.app.find_window(PROMPT_TITLE)
            if self.prompt is None:
                self.last_without_prompt = now
            else:
                self.prompt_seen_at = now
                self.shot = self.app.screenshot("prompt-while-typing")

    def until(self, done: Callable[[], bool], timeout: float, what: str) -> None:
        """Sample until ``done()`` (checked after each sample), failing after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while True:
            self.sample()
            if done():
                return
            if time.monotonic() >= deadline:
                pytest.fail(f"timed out after {timeout:g} s waiting for {what}\n{self.report()}")
            time.sleep(self.SAMPLE)

    def report(self) -> str:
        return (
            f"prompt {self.prompt} seen at {self.prompt_seen_at}; focus elsewhere: "
            f"{self.elsewhere[:5]}\nholder states: {len(self.holder.states())}\n"
            f"{self.app.diagnostics()}"
        )


def longest_typing_gap(states: list[HolderState], until: float) -> float:
    """The longest time between two keystrokes arriving in the holder, up to wall time ``until``."""
    times = [s.at for s in states[1:] if s.at <= until]
    return max((b - a for a, b in itertools.pairwise(times)), default=0.0)


def first_difference(got: list[tuple[str, int]], expected: list[tuple[str, int]]) -> str:
    for i, (seen, wanted) in enumerate(zip(got, expected, strict=False)):
        if seen != wanted:
            return f"state #{i} of the holder (text, cursor) is {seen!r}, expected {wanted!r}"
    return f"the holder went through {len(got)} states, not {len(expected)}; last: {got[-1]!r}"


@pytest.mark.slow
def test_prompt_waits_for_a_pause_in_typing_and_leaves_focus_and_cursor_alone(
    app_env: AppEnv, tmp_path: Path
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
    text = BEFORE_CURSOR + AFTER_CURSOR
    holder = FocusHolder(xs, tmp_path, text=text, cursor=len(BEFORE_CURSOR))
    typist: subprocess.Popen[bytes] | None = None
    try:
        holder.start()
        assert holder.states() == [HolderState(text, len(BEFORE_CURSOR), holder.states()[0].at)]
        started = time.time()
        with RunningApp(app_env) as app:
            watch = FocusWatch(app, holder)
            status = app.status()
            assert status["state"] == "working", status
            # Given to the second; the break falls due within the second after that.
            due = parse_time(status["next_break_at"], "next_break_at").timestamp()
            assert 45 <= due - started <= 75, f"due {due - started:.0f} s after the start"
            assert holder.has_focus(), "starting the app took the focus"

            # Nothing comes up before it is due, and the focus stays put.
            type_at = due - TYPING_STARTS_BEFORE_DUE
            watch.until(lambda: time.time() >= type_at, 90, "the moment to start typing")
            assert watch.prompt_seen_at is None, f"the prompt came early\n{watch.report()}"

            with (tmp_path / "xdotool.log").open("wb") as log:
                typist = subprocess.Popen(
                    ["xdotool", "type", "--delay", str(TYPING_DELAY_MS), "--", TYPED],
                    env=xs.env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            typing = typist
            watch.until(
                lambda: watch.prompt_seen_at is not None and typing.poll() is not None,
                len(TYPED) * TYPING_DELAY_MS / 2000 + 40,
                "the prompt to appear and the typing to end",
            )
            assert typist.returncode == 0, (tmp_path / "xdotool.log").read_text()
            assert watch.prompt_seen_at is not None
            shot = watch.shot
            states = holder.states()
            held = watch.last_without_prompt - due
            shown = watch.prompt_seen_at - due
            where = f"prompt {watch.prompt}, holder {holder.window}\nscreenshot: {shot}"

            # Every keystroke went to the holder, in order, one at a time, at its cursor: the text
            # after the cursor stays where it was, and the cursor moves only by typing.
            expected = [
                (BEFORE_CURSOR + TYPED[:k] + AFTER_CURSOR, len(BEFORE_CURSOR) + k)
                for k in range(len(TYPED) + 1)
            ]
            got = [(state.text, state.cursor) for state in states]
            assert got == expected, first_difference(got, expected)
            assert watch.elsewhere == [], f"the focus moved: {watch.elsewhere[:5]}; {where}"

            # The prompt waited for a pause that never came, up to the cap, and then appeared
            # while the keys kept coming.
            gap = longest_typing_gap(states, watch.prompt_seen_at)
            assert gap < 1.5, f"the test's typing paused for {gap:.1f} s: not steady typing"
            assert held >= MAX_TYPING_WAIT - 5, (
                f"the prompt was mapped {held:.1f}-{shown:.1f} s after the break was due, while "
                f"the user typed; {where}"
            )
            assert shown <= MAX_TYPING_WAIT + 8, (
                f"the prompt was not mapped until {shown:.1f} s after due; {where}"
            )
            after = [s for s in states if s.at > watch.prompt_seen_at]
            assert len(after) >= 10, (
                f"only {len(after)} keystrokes arrived after the prompt was seen: the test's "
                f"typing did not go on while it appeared; {where}"
            )
            assert app.status()["state"] == "prompting"

            # Ignored, it counts as missed once prompt_timeout_minutes have passed since it was
            # shown (the user gets the whole minute to answer), and closes.
            missed = app.wait_status(counts(missed=1), 75, "the ignored prompt to count as missed")
            missed_after = time.time() - watch.prompt_seen_at
            app.wait_for(
                lambda: app.find_window(PROMPT_TITLE) is None, 10, "the missed prompt to close"
            )
            shot = app.screenshot("missed")
            assert missed_after >= 55, f"counted missed {missed_after:.0f} s after shown\n{shot}"
            assert counts(completed=0, skipped=0, snoozed=0)(missed), missed
            check_status_shape(missed)
            assert holder.has_focus(), f"focus moved when the prompt closed\n{shot}"
            assert holder.states()[-1].text == expected[-1][0], "the holder's text changed"
    finally:
        if typist is not None:
            stop_process(typist)
        holder.stop()


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


def test_pause_until_a_time_is_meeting_mode_today_or_tomorrow(app_env: AppEnv) -> None:
    """``pause --until HH:MM`` (DESIGN §3): that time today, or tomorrow once it has passed."""
    app_env.write_config(QUIET)
    with RunningApp(app_env) as app:
        for hours in (2, -1):
            now = datetime.now().astimezone().replace(second=0, microsecond=0)
            at = now + timedelta(hours=hours)
            said = app.cli_ok("pause", "--until", at.strftime("%H:%M")).stdout
            expected = datetime.combine(now.date(), at.time())
            if expected <= now.replace(tzinfo=None):
                expected += timedelta(days=1)
            paused = app.wait_status(lambda s: s["state"] == "paused", 10, "state paused")
            until = parse_time(paused["paused_until"], "paused_until").astimezone()
            assert until.replace(tzinfo=None) == expected, (hours, paused)
            assert said.startswith("Reminders paused until "), said
            assert at.strftime("%H:%M") in said, said
            app.cli_ok("resume")
            app.wait_status(lambda s: s["state"] == "working", 10, "state working")


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
    xs = app_env.xsession
    app_env.write_config({**QUIET, "break_seconds": 20})
    runtime = Path(app_env["XDG_RUNTIME_DIR"])
    with RunningApp(app_env) as app:
        # A skipped break: the exercise window, which the app makes active, closed early with Esc.
        app.cli_ok("break-now", "--exercise", "breathing")
        window = app.wait_for(lambda: app.find_window(EXERCISE_TITLE), 10, "the exercise window")
        app.wait_for(
            lambda: xs.active_window() == window.id, 10, "the exercise window to be active"
        )
        xs.x("xdotool", "key", "Escape")
        app.wait_status(
            lambda s: counts(skipped=1)(s) and s["state"] == "working", 10, "a skipped break"
        )
        # And a completed one.
        app.cli_ok("break-now", "--exercise", "stretch")
        before = app.wait_status(
            lambda s: counts(completed=1)(s) and s["state"] == "working", 45, "a completed break"
        )
        assert counts(skipped=1, natural=0, snoozed=0, missed=0)(before), before
        first = app.pid
        app.kill()
        leftovers = sorted(str(p) for p in runtime.rglob("*") if p.is_socket())
        assert app_processes(app_env) == []

        orphan = app.cli("status")
        assert orphan.returncode == 3, f"{describe(orphan)}\nleft in runtime dir: {leftovers}"

        app.start()  # waits until `status` answers
        assert app.pid != first
        after = app.status()
        check_status_shape(after)
        assert after["today"] == before["today"], (
            f"before the kill: {before['today']}\nafter the restart: {after['today']}\n"
            f"left in runtime dir: {leftovers}"
        )
        assert after["streak"] == before["streak"], f"{before}\n{after}"
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


@pytest.mark.parametrize("tz", ["Europe/Berln", "JST-9", "CET-1CEST,M3.5.0,M10.5.0/3"])
def test_a_tz_without_an_iana_name_still_runs_the_app(app_env: AppEnv, tz: str) -> None:
    """Issue 17: a misspelt or POSIX-style TZ stopped the app at start-up. It runs on the
    offsets the C library gives for it, says so once in the log, and answers as usual."""
    app_env["TZ"] = tz
    app_env.write_config({"working_hours": {"enabled": True}})
    with RunningApp(app_env) as app:
        status = app.status()
        assert status["state"] in ("working", "outside_hours"), status
        assert status["next_break_at"] is not None
        stats = app.cli("stats", "--json")
        assert stats.returncode == 0, stats.stderr
    logs = "\n".join(
        p.read_text(encoding="utf-8") for p in Path(app_env["XDG_STATE_HOME"]).rglob("*.log")
    )
    assert logs.count("has no IANA name") == 1, logs[-3000:]


@pytest.mark.parametrize(
    "signum", [signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1], ids=lambda s: s.name
)
def test_a_signal_that_ends_the_app_records_the_running_break_first(
    app_env: AppEnv, signum: signal.Signals
) -> None:
    """Issue 17: SIGHUP (the terminal closed), SIGQUIT and SIGUSR1 killed the app without
    recording anything. They now end it as SIGTERM does: the running break is on disk."""
    with RunningApp(app_env) as app:
        app.cli_ok("break-now", "--exercise", "stretch")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "the break to run")
        time.sleep(1.2)  # a second of the exercise done, so it is recorded with its seconds
        app.proc.send_signal(signum)
        assert app.wait_exit() == 0
        app.expect_quit = False  # it is gone already
    exported = run_cli(app_env, "export", "--format", "json")
    events = json.loads(exported.stdout)
    assert [(e["outcome"], e["exercise"]) for e in events] == [("skipped", "stretch")], events
    assert events[0]["seconds"] >= 1


def test_the_sound_players_own_messages_go_to_the_log_not_the_apps_stderr(
    app_env: AppEnv, tmp_path: Path
) -> None:
    """Issue 17: a player's complaints landed on the app's stderr. A stand-in pw-play (the
    first player the app looks for) that talks on stderr: its words reach the log only."""
    bindir = tmp_path / "players"
    bindir.mkdir()
    player = bindir / "pw-play"
    player.write_text('#!/bin/sh\necho PLAYER-SAYS-HELLO "$@" >&2\n', encoding="utf-8")
    player.chmod(0o755)
    app_env["PATH"] = f"{bindir}:{app_env['PATH']}"
    app_env.write_config(
        {"sound": True, "prompt_style": "window", "idle_reset_minutes": 0, "break_seconds": 20}
    )
    logs = Path(app_env["XDG_STATE_HOME"])

    def logged() -> str:
        return "\n".join(p.read_text("utf-8", "replace") for p in logs.rglob("psoasbreak.log"))

    with RunningApp(app_env) as app:
        app.cli_ok("break-now", "--exercise", "stretch")  # "switch sides" after 10 s
        app.wait_for(lambda: "PLAYER-SAYS-HELLO" in logged(), 30, "the player's words in the log")
        stderr = app.stderr_path.read_text(encoding="utf-8", errors="replace")
    assert "PLAYER-SAYS-HELLO" not in stderr
