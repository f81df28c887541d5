"""The weekly history window in the real app: opened from the tray menu, reused, redrawn live."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.history_screenshots import TITLE, _open_history
from tests.e2e.screenshots import _crop, _frame, _geometry
from tests.e2e.xsession import AppEnv, RunningApp

pytestmark = pytest.mark.e2e

QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0, "break_seconds": 20}


def window_image(app: RunningApp, wid: int, name: str) -> Path:
    session = app.env.xsession
    session.x("xdotool", "mousemove", "5", "795")  # no hover highlight or tooltip in the picture
    out = app.env.tmp_path / f"{name}.png"
    _crop(app.screenshot(name), out, _geometry(session, wid), margin=0)
    return out


def differing_pixels(a: Path, b: Path) -> int:
    # ImageMagick's compare prints the count on stderr and exits 1 when the images differ.
    done = subprocess.run(
        ["compare", "-metric", "AE", str(a), str(b), "null:"], capture_output=True, text=True
    )
    assert done.returncode in (0, 1), done.stderr
    return int(float(done.stderr.split()[0]))


def test_tray_opens_one_history_window_that_redraws_when_a_break_is_recorded(
    app_env: AppEnv,
) -> None:
    app_env.write_config(QUIET)
    session = app_env.xsession
    with RunningApp(app_env) as app:
        app.wait_for(app.tray_embedded, 20, "the tray icon to embed")
        wid = _open_history(session)
        assert app.find_window(TITLE) is not None
        hints = session.x("xprop", "-id", str(wid), "WM_NORMAL_HINTS")
        minimum = hints.split("program specified minimum size:")[1].split("\n")[0]
        maximum = hints.split("program specified maximum size:")[1].split("\n")[0]
        assert minimum == maximum, f"the window must have a fixed size:\n{hints}"
        before = window_image(app, wid, "history-before")

        app.cli_ok("break-now", "--exercise", "stretch")
        exercise = app.wait_for(lambda: app.find_window(r"^Break"), 15, "the exercise window")
        session.activate(exercise.id)
        session.x("xdotool", "key", "Escape")  # ends the break early: recorded as skipped
        app.wait_status(lambda s: s["today"]["skipped"] == 1, 15, "the skipped break on disk")
        app.wait_for(lambda: app.find_window(r"^Break") is None, 10, "the exercise window to close")

        after = window_image(app, wid, "history-after")
        changed = differing_pixels(before, after)
        assert changed > 500, f"the open window did not redraw ({changed} pixels changed)"

        again = _open_history(session)  # "Weekly history…" a second time
        assert again == wid, "the window is reused, not opened twice"
        titles = [w.title for w in session.windows_of_class() if w.title.startswith("Weekly")]
        assert len(titles) == 1, titles
        frame = _frame(session, wid)
        assert session.is_viewable(frame)
