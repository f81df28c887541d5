"""``max_skips_per_day`` end to end (issue 20), for real under Xvfb + openbox: the real app's
first prompt is skipped with the keyboard, and on the same day the second prompt offers Start
and Snooze only, so Escape (the prompt's "not this one") snoozes it instead of skipping."""

from __future__ import annotations

import json
import re

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, app_log, click_into_prompt

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PROMPT_TITLE = r"^Time to stand up"
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def _answer_with_escape(app: RunningApp, what: str) -> None:
    """Wait for the prompt, click into its card (the top edge, inside its padding: not a
    button) and press Escape."""
    prompt = app.wait_for(lambda: app.find_window(PROMPT_TITLE), 90, what)
    click_into_prompt(app, prompt)
    app.screenshot(what.replace(" ", "-"))
    app.env.xsession.x("xdotool", "key", "Escape")


def test_after_the_days_one_skip_the_second_prompt_has_no_skip(app_env: AppEnv) -> None:
    app_env.write_config(
        {**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1, "max_skips_per_day": 1}
    )
    with RunningApp(app_env) as app:
        _answer_with_escape(app, "the first prompt")
        skipped = app.wait_status(
            lambda s: s["today"]["skipped"] == 1, 10, "Escape to skip the first prompt"
        )
        assert skipped["state"] == "working", skipped
        _answer_with_escape(app, "the second prompt")
        snoozed = app.wait_status(
            lambda s: s["today"]["snoozed"] == 1, 10, "Escape to snooze the second prompt"
        )
        assert snoozed["today"]["skipped"] == 1, snoozed
        offers = re.findall(r"break due: prompting \(\S+\), offering (.*)", app_log(app_env))
        assert offers == ["start, snooze, skip", "start, snooze"], offers
        totals = json.loads(app.cli_ok("stats", "--json").stdout)["totals"]
        assert (totals["skipped"], totals["snoozed"]) == (1, 1), totals
