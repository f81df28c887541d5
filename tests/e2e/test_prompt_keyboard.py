"""The prompt's keyboard, for real under Xvfb + openbox: it takes no focus by itself, and once
the user clicks into it, Space starts the break (and Escape ends the exercise early)."""

from __future__ import annotations

import re

import pytest

from tests.e2e.xsession import AppEnv, FocusHolder, RunningApp, XSession

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


def _geometry(xs: XSession, wid: int) -> tuple[int, int, int, int]:
    info = xs.x("xwininfo", "-id", str(wid))
    values = [
        int(re.search(rf"{name}:\s+(-?\d+)", info)[1])  # type: ignore[index]
        for name in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    ]
    return values[0], values[1], values[2], values[3]


def test_clicking_into_the_prompt_then_space_starts_the_break(
    app_env: AppEnv, focus_holder: FocusHolder
) -> None:
    xs = app_env.xsession
    app_env.write_config(
        {**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1, "break_seconds": 30}
    )
    with RunningApp(app_env) as app:
        prompt = app.wait_for(
            lambda: app.find_window(r"^Time to stand up"), 90, "the prompt to appear"
        )
        xs.type_text("ab")
        focus_holder.wait_for_text("ab")
        assert focus_holder.has_focus(), "the prompt took the focus by itself"

        # A click on the card (not on a button): the top edge, inside its padding.
        x, y, width, _ = _geometry(xs, prompt.id)
        xs.x("xdotool", "mousemove", str(x + width // 2), str(y + 6), "click", "1")
        app.wait_for(
            lambda: xs.active_window() == prompt.id, 10, "the clicked prompt to become active"
        )
        shot = app.screenshot("prompt-clicked")
        assert app.status()["state"] == "prompting", f"a click on the card answered it\n{shot}"

        xs.x("xdotool", "key", "space")
        app.wait_status(lambda s: s["state"] == "on_break", 10, "Space to start the break")
        assert focus_holder.text() == "ab", "the Space went to the other app"

        window = app.wait_for(lambda: app.find_window(r"^Break"), 10, "the exercise window")
        app.wait_for(
            lambda: xs.active_window() == window.id, 10, "the exercise window to be active"
        )
        xs.x("xdotool", "key", "Escape")
        done = app.wait_status(
            lambda s: s["state"] == "working", 10, "Escape to end the break early"
        )
        assert done["today"]["skipped"] == 1, done
        assert done["today"]["completed"] == 0, done
