"""``quiet_apps`` end to end (issue 18): a real process with a listed name, started by the test,
holds the real app's due break; its prompt comes at the first re-check after the process ends.

The process is a copy of ``sleep`` under a name no other program here has, so the executable's
own name (what the README tells users to list) is what matches, whatever case the setting has.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, stop_process, wait_held_back

pytestmark = pytest.mark.e2e

PROMPT_TITLE = r"^Time to stand up"
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}
PROGRAM = "psb-meetingapp"


@pytest.mark.slow
def test_a_break_due_while_a_quiet_app_runs_waits_until_it_quits(
    app_env: AppEnv, tmp_path: Path
) -> None:
    sleep = shutil.which("sleep")
    assert sleep is not None
    program = tmp_path / PROGRAM
    shutil.copy(sleep, program)
    app_env.write_config(
        {
            **QUIET,
            "interval_min_minutes": 1,
            "interval_max_minutes": 1,
            "quiet_apps": ["zoom", PROGRAM.upper()],
        }
    )
    meeting = subprocess.Popen([str(program), "600"])
    try:
        with RunningApp(app_env) as app:
            status = wait_held_back(app, "a program from your quiet list is running")
            assert status["waiting_for"] == "quiet-app", status
            said = app.cli_ok("status").stdout
            assert said.startswith("A break is due and waits: a program from your quiet list"), said
            assert app.find_window(PROMPT_TITLE) is None
            stop_process(meeting)
            prompt = app.wait_for(lambda: app.find_window(PROMPT_TITLE), 75, "the held prompt")
            assert prompt.mapped
            prompting = app.status()
            assert prompting["state"] == "prompting" and prompting["waiting_for"] is None
    finally:
        stop_process(meeting)
