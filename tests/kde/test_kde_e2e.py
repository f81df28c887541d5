"""The real ``psoasbreak`` on a real KDE Plasma 5.27 (issue 16, DESIGN §5).

Headless KWin with plasmashell (the tray and the notifications), as an unprivileged user (see
``session.py``); clicks and key presses are real input through KWin's fake-input protocol. The
app is driven only through its public contract: the command line, ``status --json`` and
``config.toml``. The tests run in file order on one pointer and one keyboard.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.kde.session import (
    KEY_LEFTSHIFT,
    KEY_SPACE,
    KEY_TAB,
    KdeApp,
    KdeSession,
    KWinWindow,
    app_icon_of,
)
from tests.wayland.session import (
    SCREEN,
    UserVenv,
    check_tray_icon_comes_and_goes,
)

pytestmark = [pytest.mark.e2e, pytest.mark.kde]

BREAK_SECONDS = 20
QUIET = {"sound": False, "idle_reset_minutes": 0}
PROMPT_CONFIG = {
    **QUIET,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 2,
    "break_seconds": BREAK_SECONDS,
}
SLACK = 30.0
REST = (SCREEN[0] / 2, SCREEN[1] / 2)


def left(app: KdeApp, seconds: float) -> float:
    return max(1.0, app.started_at + seconds - time.monotonic())


def prompt_of(session: KdeSession, word: str) -> dict[str, Any] | None:
    return next(
        (
            n
            for n in session.open_notifications()
            if n["app"] == "psoasbreak" and word in n["body"].lower()
        ),
        None,
    )


def exercise_window(app: KdeApp) -> KWinWindow | None:
    return next((w for w in app.kwin_windows() if w.title.startswith("Break")), None)


def test_tray_icon_registers_with_plasmas_tray(kde_session: KdeSession, kde_venv: UserVenv) -> None:
    app = KdeApp(kde_session, kde_venv, "tray")
    app.write_config(QUIET)
    check_tray_icon_comes_and_goes(app, "Plasma's tray")


@pytest.mark.slow
def test_a_real_click_on_the_notification_starts_the_exercise_which_completes(
    kde_session: KdeSession, kde_venv: UserVenv
) -> None:
    app = KdeApp(kde_session, kde_venv, "clicked")
    app.write_config({**PROMPT_CONFIG, "exercise": "stretch"})
    with app:
        note = app.wait_for(
            lambda: prompt_of(kde_session, "stretch"),
            left(app, 60 + SLACK),
            "the prompt notification (1-minute interval)",
        )
        assert {"default", "start", "snooze", "skip"} <= set(note["actions"]), note
        assert app.status()["state"] == "prompting"
        popup = app.wait_for(
            lambda: next((w for w in kde_session.kwin_windows() if w.notification), None),
            15,
            "Plasma's notification popup",
        )
        assert exercise_window(app) is None
        # A click on the popup away from its buttons (at the bottom), its close button (top
        # right) and its text (selectable, so it takes the click) is the notification's
        # default action, Start: the app's icon, at the right.
        kde_session.pointer_to(*app_icon_of(popup))
        kde_session.click()
        window = app.wait_for(lambda: exercise_window(app), 15, "the exercise window")
        kde_session.pointer_to(*REST)
        assert window.app == "psoasbreak", f"KWin did not match the desktop entry: {window}"
        assert not window.resizable, window
        x, y, w, h = window.rect
        ax, ay, aw, ah = window.area
        assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, window
        assert abs(window.centre[0] - (ax + aw / 2)) <= 2, f"not centred across: {window}"
        # Nothing cut at the edges is checked from a screenshot on GNOME (and offscreen in
        # every language): KWin's screenshots of a new window in software rendering (llvmpipe)
        # are a smear for seconds, sometimes longer, which no check can read.
        status = app.wait_status(
            lambda s: s["state"] == "working" and s["today"]["completed"] == 1,
            BREAK_SECONDS + SLACK,
            "the 20-s break to be recorded completed",
        )
        assert (status["today"]["snoozed"], status["today"]["skipped"]) == (0, 0), status
        app.wait_for(
            lambda: prompt_of(kde_session, "stretch") is None, 10, "the notification to go"
        )


@pytest.mark.slow
def test_plasmas_do_not_disturb_holds_the_prompt_and_a_minute_away_is_a_natural_break(
    kde_session: KdeSession, kde_venv: UserVenv
) -> None:
    """An inhibition (what a presentation or Plasma's do-not-disturb switch makes) holds a due
    prompt until it is lifted; a minute with no input, by KWin's ext-idle-notify, is a natural
    break once the user is back (both in one wait: no other test moves the pointer meanwhile).
    Then the home window, opened while the prompt is out, takes Tab, Tab, Space as Skip."""
    dnd = KdeApp(kde_session, kde_venv, "dnd")
    dnd.write_config({**PROMPT_CONFIG, "exercise": "march"})
    away = KdeApp(kde_session, kde_venv, "away")
    away.write_config(
        {
            "sound": False,
            "idle_reset_minutes": 1,
            "interval_min_minutes": 30,
            "interval_max_minutes": 30,
        }
    )
    cookie = kde_session.ask(inhibit="psoasbreak's tests: do not disturb")
    try:
        with dnd, away:
            held = dnd.wait_status(
                lambda s: s["waiting_for"] == "do-not-disturb",
                left(dnd, 60 + SLACK),
                "the due break to wait for do-not-disturb",
            )
            assert held["state"] == "working", held
            assert prompt_of(kde_session, "march") is None
            away.wait_for(
                lambda: "the user is away" in away.logs(),
                left(away, 60 + SLACK),
                "the app to find the user away after a minute without input",
            )
            kde_session.pointer_to(REST[0] + 40, REST[1])  # back at the keyboard
            natural = away.wait_status(
                lambda s: s["today"]["natural"] == 1,
                30 + SLACK,
                "the time away to count as a break",
            )
            assert natural["today"]["completed"] == 0, natural

            kde_session.ask(uninhibit=cookie)
            cookie = None
            dnd.wait_status(
                lambda s: s["state"] == "prompting" and s["waiting_for"] is None,
                60 + SLACK,
                "the held prompt once the inhibition is lifted",
            )
            dnd.wait_for(lambda: prompt_of(kde_session, "march"), 15, "its notification")

            dnd.cli_ok("show")
            dnd.wait_for(
                lambda: next((w for w in dnd.kwin_windows() if w.active), None),
                15,
                "the home window, active",
            )
            kde_session.press(KEY_LEFTSHIFT, KEY_TAB, KEY_TAB, KEY_SPACE)
            status = dnd.wait_status(
                lambda s: s["today"]["skipped"] == 1, 10, "Skip pressed in the home window"
            )
            assert status["state"] == "working", status
    finally:
        if cookie is not None:
            kde_session.ask(uninhibit=cookie)
