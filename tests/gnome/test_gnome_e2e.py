"""The real ``psoasbreak`` on a real GNOME Shell 43 (issue 16, DESIGN §5).

Headless GNOME Shell with the AppIndicator extension (the tray), as an unprivileged user (see
``session.py``); every click and key press is real input through Mutter's RemoteDesktop, and what
is on screen is read from the shell. The app is driven only through its public contract: the
command line, ``status --json`` and ``config.toml``.

The apps whose prompts the tests wait for start together, before the first test here, so their
minutes run while the other tests do; the tests run in file order, since they share one pointer
and one keyboard.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from tests.e2e.xsession import seconds_until
from tests.gnome.session import (
    APP_ENTRY,
    KEY_SPACE,
    KEY_TAB,
    Banner,
    GnomeApp,
    GnomeSession,
    ShellNotification,
    ShellWindow,
    centre_of,
)
from tests.wayland.session import (
    SCREEN,
    UserVenv,
    check_tray_icon_comes_and_goes,
    content_at_edges,
    start_early,
)

pytestmark = [pytest.mark.e2e, pytest.mark.gnome]

BREAK_SECONDS = 20  # the shortest break the settings allow
QUIET = {"sound": False, "idle_reset_minutes": 0}
PROMPT_CONFIG = {
    **QUIET,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 2,
    "break_seconds": BREAK_SECONDS,
}
SLACK = 30.0
PROMPT_TITLE = "Time to stand up"
#: Where the pointer rests between clicks: clear of the top bar, the banners and the windows.
REST = (SCREEN[0] / 2, SCREEN[1] - 60)


@dataclass
class PromptApps:
    clicked: GnomeApp  # its banner's Start is clicked
    home: GnomeApp  # its banner hides; Skip is pressed in the home window
    snoozed: GnomeApp  # its banner's Snooze is clicked, and its close button the next time
    ignored: GnomeApp  # nobody answers it


@pytest.fixture(scope="module")
def prompt_apps(gnome_session: GnomeSession, gnome_venv: UserVenv) -> Iterator[PromptApps]:
    clicked = GnomeApp(gnome_session, gnome_venv, "clicked")
    clicked.write_config({**PROMPT_CONFIG, "exercise": "stretch"})
    home = GnomeApp(gnome_session, gnome_venv, "home")
    # Its break comes a minute after the other's, so each test has the screen to itself.
    home.write_config(
        {
            **PROMPT_CONFIG,
            "exercise": "breathing",
            "interval_min_minutes": 2,
            "interval_max_minutes": 2,
        }
    )
    # These two prompt together, a minute after "home": GNOME shows one banner at a time.
    three_minutes = {"interval_min_minutes": 3, "interval_max_minutes": 3}
    snoozed = GnomeApp(gnome_session, gnome_venv, "snoozed")
    snoozed.write_config(
        {**PROMPT_CONFIG, **three_minutes, "exercise": "glute-squeeze", "snooze_minutes": 1}
    )
    ignored = GnomeApp(gnome_session, gnome_venv, "ignored")
    ignored.write_config(
        {**PROMPT_CONFIG, **three_minutes, "exercise": "stretch", "prompt_timeout_minutes": 1}
    )
    with clicked, home, snoozed, ignored:
        yield PromptApps(clicked, home, snoozed, ignored)


@pytest.fixture(scope="module")
def prompt_apps_started_early(request: pytest.FixtureRequest) -> None:
    start_early(request, "prompt_apps")


def left(app: GnomeApp, seconds: float) -> float:
    return max(1.0, app.started_at + seconds - time.monotonic())


def only_window(app: GnomeApp) -> ShellWindow | None:
    windows = app.shell_windows()
    assert len(windows) <= 1, f"more than one window: {windows}"
    return windows[0] if windows else None


def check_exercise_window(session: GnomeSession, window: ShellWindow) -> None:
    """GNOME matched it to our desktop entry (so it shows our icon), the user cannot resize it,
    it is whole on the monitor, centred across it, and nothing in it is cut at an edge (read
    from a screenshot). Mutter places a new window by its own rule (the first free tile, at
    the top, unless the user turned on "center-new-windows"), which a Wayland client cannot
    change: across, not up and down, is what the app can make sure of."""
    assert window.title.startswith("Break"), window
    assert window.app == APP_ENTRY, f"the shell did not match the window to {APP_ENTRY}: {window}"
    assert window.icon == "psoasbreak" and session.has_icon("psoasbreak"), window
    assert not window.resizable, f"the exercise window can be resized: {window}"
    x, y, w, h = window.rect
    ax, ay, aw, ah = window.area
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, f"cut off: {window}"
    assert abs(window.centre[0] - (ax + aw / 2)) <= 2, f"not centred across: {window}"
    shot = session.screenshot(session.logs / "exercise-window.png", "exercise")
    cut = content_at_edges(shot, window.rect)
    assert not cut, f"the exercise window's content runs into its edges: {cut} ({shot})"


@pytest.mark.usefixtures("prompt_apps_started_early")
def test_tray_icon_registers_with_the_appindicator_extension(
    gnome_session: GnomeSession, gnome_venv: UserVenv
) -> None:
    app = GnomeApp(gnome_session, gnome_venv, "tray")
    app.write_config(QUIET)
    check_tray_icon_comes_and_goes(app, "GNOME's AppIndicator extension")


def wait_banner(session: GnomeSession, app: GnomeApp, word: str, timeout: float) -> Banner:
    def shown() -> Banner | None:
        banner = session.banner()
        notes = [n for n in session.shell_notifications() if word in n.exercise]
        # GNOME's own banners may come too (its "Screen Lock disabled" without GDM).
        ours = banner is not None and banner.shown and banner.title == PROMPT_TITLE
        return banner if ours and notes else None

    return app.wait_for(shown, timeout, f"the prompt's banner ({word})")


@pytest.mark.slow
def test_a_real_click_on_the_banners_start_opens_the_exercise_which_completes(
    prompt_apps: PromptApps, gnome_session: GnomeSession
) -> None:
    app = prompt_apps.clicked
    gnome_session.pointer_to(*REST)
    banner = wait_banner(gnome_session, app, "stretch", left(app, 60 + SLACK))
    assert app.status()["state"] == "prompting"
    (note,) = [n for n in gnome_session.shell_notifications() if "stretch" in n.exercise]
    assert note.source == "psoasbreak" and note.actions == ("Start", "Snooze 5 min", "Skip"), note
    assert app.shell_windows() == [], "on GNOME the prompt is a notification, not a window"

    # The pointer enters the banner (as a user reaching for it does): GNOME expands it and
    # shows its buttons.
    gnome_session.pointer_to(*banner.centre)
    expanded = app.wait_for(
        lambda: (b := gnome_session.banner()) is not None and "Start" in b.buttons and b,
        10,
        "the banner to expand and show its buttons under the pointer",
    )
    assert set(expanded.buttons) >= {"Start", "Snooze 5 min", "Skip"}, expanded
    gnome_session.pointer_to(*centre_of(expanded.buttons["Start"]))
    gnome_session.click()

    window = app.wait_for(lambda: only_window(app), 15, "the exercise window after the click")
    check_exercise_window(gnome_session, window)
    gnome_session.pointer_to(*REST)
    status = app.wait_status(
        lambda s: s["state"] == "working" and s["today"]["completed"] == 1,
        BREAK_SECONDS + SLACK,
        "the 20-s break to be recorded completed",
    )
    assert (status["today"]["snoozed"], status["today"]["skipped"]) == (0, 0), status
    app.wait_for(lambda: only_window(app) is None, 10, "the exercise window to close")
    assert not [n for n in gnome_session.shell_notifications() if "stretch" in n.exercise]
    app.cli_ok("pause", "600")  # its next prompt would cross the tests after this one


@pytest.mark.slow
def test_with_the_banner_gone_the_home_window_offers_skip_to_the_keyboard(
    prompt_apps: PromptApps, gnome_session: GnomeSession
) -> None:
    """GNOME hides a banner a few seconds after it appears while the user is active, and its
    message list shows no buttons: `psoasbreak` again (what the application menu runs) opens
    the home window, whose Skip the keyboard reaches."""
    app = prompt_apps.home
    gnome_session.pointer_to(*REST)
    wait_banner(gnome_session, app, "breath", left(app, 120 + SLACK))
    # The user goes on working: GNOME takes the banner away; the notification stays listed.
    for step in range(40):
        gnome_session.pointer_to(REST[0] + (step % 2) * 20, REST[1])
        if gnome_session.banner() is None:
            break
        time.sleep(0.25)
    assert gnome_session.banner() is None, "GNOME kept the banner on screen"
    listed = [n for n in gnome_session.shell_notifications() if "breath" in n.exercise]
    assert len(listed) == 1, f"the prompt is not in the message list: {listed}"
    assert app.status()["state"] == "prompting"

    app.cli_ok("show")
    home = app.wait_for(
        lambda: next((w for w in app.shell_windows() if w.focused), None),
        15,
        "the home window, with the keyboard focus",
    )
    assert home.app == APP_ENTRY, home
    # Start has the focus while a prompt is out; Tab, Tab, Space: Skip.
    gnome_session.press(KEY_TAB, KEY_TAB, KEY_SPACE)
    status = app.wait_status(
        lambda s: s["today"]["skipped"] == 1, 10, "Skip pressed in the home window to count"
    )
    assert status["state"] == "working", status
    app.wait_for(
        lambda: not [n for n in gnome_session.shell_notifications() if "breath" in n.exercise],
        10,
        "the skipped prompt's notification to be withdrawn",
    )
    app.cli_ok("pause", "600")


def listed(session: GnomeSession, word: str) -> list[ShellNotification]:
    return [n for n in session.shell_notifications() if word in n.exercise]


def expand(session: GnomeSession, app: GnomeApp, banner: Banner) -> Banner:
    """The pointer enters the banner (as a user reaching for it does): GNOME expands it and
    shows its buttons, and its close button while the pointer stays. Returned once the banner
    and its buttons keep their places: GNOME animates the expansion, and a click aimed at a
    button read mid-way once hit its neighbour (Start for Snooze, in CI)."""
    session.pointer_to(*banner.centre)
    seen: list[Banner] = []

    def expanded() -> Banner | None:
        b = session.banner()
        if b is None or b.body != banner.body or "Start" not in b.buttons or b.close is None:
            seen.clear()
            return None
        seen.append(b)
        if len(seen) >= 2 and (b.rect, b.buttons) == (seen[-2].rect, seen[-2].buttons):
            return b
        time.sleep(0.3)
        return None

    return app.wait_for(
        expanded, 15, "the banner to expand and show its buttons under the pointer, in place"
    )


@pytest.mark.slow
def test_snooze_and_close_on_a_banner_snooze_and_an_unanswered_prompt_is_missed(
    prompt_apps: PromptApps, gnome_session: GnomeSession
) -> None:
    """Two prompts at once (GNOME shows their banners one after the other): a real click on
    one's Snooze puts it off by `snooze_minutes`, and when it is back a click on the banner's
    close button counts as a snooze too; the other, left alone while the user works on, is
    `missed` after `prompt_timeout_minutes` and its notification leaves the message list."""
    snoozed, ignored = prompt_apps.snoozed, prompt_apps.ignored
    session = gnome_session
    session.pointer_to(*REST)
    snoozed.wait_for(
        lambda: listed(session, "glute") and listed(session, "stretch"),
        left(snoozed, 180 + SLACK),
        "both prompts in the message list",
    )
    clicked = saw_ignored = False
    step = 0
    while not (clicked and saw_ignored):
        assert step < 200, f"the two banners were not dealt with:\n{snoozed.on_screen()}"
        step += 1
        banner = session.banner()
        shown = banner.exercise if banner is not None and banner.shown else ""
        if "glute" in shown and not clicked:
            expanded = expand(session, snoozed, banner)  # type: ignore[arg-type]
            assert set(expanded.buttons) >= {"Start", "Snooze 1 min", "Skip"}, expanded
            session.pointer_to(*centre_of(expanded.buttons["Snooze 1 min"]))
            session.click()
            snoozed.wait_status(
                lambda s: s["today"]["snoozed"] == 1, 10, "the click on Snooze to count"
            )
            clicked = True
        else:  # the user works on: GNOME hides a banner nobody answers
            saw_ignored = saw_ignored or "stretch" in shown
            session.pointer_to(REST[0] + (step % 2) * 20, REST[1])
            time.sleep(0.25)
    status = snoozed.status()
    assert status["state"] == "working", status
    again_in = seconds_until(status["next_break_at"])
    assert 40 <= again_in <= 62, f"asked again in {again_in:.0f} s, not snooze_minutes (1)"
    snoozed.wait_for(lambda: not listed(session, "glute"), 10, "the snoozed notification to go")
    assert ignored.status()["state"] == "prompting", "the banner's hiding ended the prompt"

    missed = ignored.wait_first_missed(lambda: listed(session, "stretch"), 60 + SLACK)
    assert (missed["today"]["snoozed"], missed["today"]["skipped"]) == (0, 0), missed
    ignored.cli_ok("pause", "600")

    banner = wait_banner(session, snoozed, "glute", 60 + SLACK)  # snooze_minutes later
    expanded = expand(session, snoozed, banner)
    assert expanded.close is not None
    session.pointer_to(*centre_of(expanded.close))
    session.click()
    closed = snoozed.wait_status(
        lambda s: s["today"]["snoozed"] == 2, 10, "closing the banner to count as a snooze"
    )
    assert (closed["state"], closed["today"]["skipped"]) == ("working", 0), closed
    snoozed.wait_for(lambda: not listed(session, "glute"), 10, "the closed notification to go")
    session.pointer_to(*REST)
    snoozed.cli_ok("pause", "600")


SCREENSAVER = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")


@pytest.mark.slow
def test_a_minute_behind_gnomes_lock_screen_is_a_break_though_the_pointer_moved(
    gnome_session: GnomeSession, gnome_venv: UserVenv
) -> None:
    """GNOME's lock screen (what Super+L and the system menu's Lock do) counts as away from
    the moment it locks, whatever the idle time says: the pointer moves on the lock screen
    every few seconds (a cat, a bumped mouse), so Mutter's idle time never reaches the minute,
    and a minute behind the lock is still a natural break once the user unlocks."""
    app = GnomeApp(gnome_session, gnome_venv, "lock")
    app.write_config(
        {
            "sound": False,
            "idle_reset_minutes": 1,
            "interval_min_minutes": 30,
            "interval_max_minutes": 30,
        }
    )
    with app:
        app.wait_status(lambda s: s["state"] == "working", 15, "the app to start")
        locked_at = time.monotonic()
        gnome_session.run("busctl", "--user", "call", *SCREENSAVER, "Lock")
        app.wait_for(
            lambda: "the screen is locked" in app.logs(), 15, "the app to see the screen locked"
        )
        assert gnome_session.eval("Main.screenShield.locked") is True
        longest_idle_ms = 0
        step = 0
        while "the user is away" not in app.logs():
            behind = time.monotonic() - locked_at
            assert behind < 60 + SLACK, f"not away after {behind:.0f} s locked:\n{app.logs()}"
            time.sleep(5)
            step += 1
            gnome_session.pointer_to(REST[0] + (step % 2) * 30, REST[1])
            longest_idle_ms = max(longest_idle_ms, gnome_session.idle_ms())
        behind = time.monotonic() - locked_at
        assert behind >= 59, f"away after {behind:.0f} s behind the lock: too soon"
        assert longest_idle_ms < 60_000, f"the idle time reached {longest_idle_ms} ms"
        assert app.status()["today"]["natural"] == 0, "a break before the user came back"

        # Unlocked through the shell (the stand-in GDM checks no password).
        gnome_session.run("busctl", "--user", "call", *SCREENSAVER, "SetActive", "b", "false")
        status = app.wait_status(
            lambda s: s["today"]["natural"] == 1, 15, "the time behind the lock to count"
        )
        assert gnome_session.eval("Main.screenShield.locked") is False
        assert status["state"] == "working" and status["today"]["completed"] == 0, status


@pytest.mark.slow
def test_banners_off_hold_the_prompt_a_minute_away_is_a_break_and_no_server_is_no_hang(
    gnome_session: GnomeSession, gnome_venv: UserVenv
) -> None:
    """GNOME's do-not-disturb (notification banners off, the switch in the message list) holds
    a due prompt until it is back on, read from GNOME's own setting; a minute with no input, by
    Mutter's idle monitor, is a natural break once the user is back (both in one wait: no other
    test may touch the pointer for that minute); and when GNOME's notification service dies
    with the prompt out, the prompt comes back as a window. Last in the file: the session has
    no notification server after it."""
    dnd = GnomeApp(gnome_session, gnome_venv, "dnd")
    dnd.write_config({**PROMPT_CONFIG, "exercise": "march"})  # no other app here proposes it
    away = GnomeApp(gnome_session, gnome_venv, "away")
    away.write_config(
        {
            "sound": False,
            "idle_reset_minutes": 1,
            "interval_min_minutes": 30,
            "interval_max_minutes": 30,
        }
    )
    gnome_session.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "false")
    try:
        with dnd, away:
            held = dnd.wait_status(
                lambda s: s["waiting_for"] == "do-not-disturb",
                left(dnd, 60 + SLACK),
                "the due break to wait for do-not-disturb",
            )
            assert held["state"] == "working", held
            listed = [n for n in gnome_session.shell_notifications() if "march" in n.exercise]
            assert listed == [], f"the held prompt went to the message list: {listed}"
            away.wait_for(
                lambda: "the user is away" in away.logs(),
                left(away, 60 + SLACK),
                "the app to find the user away after a minute without input",
            )
            idle_ms = gnome_session.idle_ms()
            assert idle_ms >= 60_000, f"away after {idle_ms} ms of idle time: too soon"
            gnome_session.pointer_to(REST[0] + 40, REST[1])  # back at the keyboard
            natural = away.wait_status(
                lambda s: s["today"]["natural"] == 1,
                30 + SLACK,  # while away, the idle time is read every 30 s
                "the time away to count as a break",
            )
            assert natural["today"]["completed"] == 0, natural

            gnome_session.gsettings(
                "set", "org.gnome.desktop.notifications", "show-banners", "true"
            )
            dnd.wait_status(
                lambda s: s["state"] == "prompting" and s["waiting_for"] is None,
                60 + SLACK,
                "the held prompt once banners are back on",
            )
            wait_banner(gnome_session, dnd, "march", 15)

            # GNOME Shell does not start its notification service again when it dies: with
            # the prompt out, the app shows its prompt window instead of waiting unseen. The
            # bus then tries to start another server that never comes, as Plasma's beside GNOME
            # does: a message sent the way Qt's tray sends it would stop the app for 25 s.
            gnome_session.hang_notification_activation()
            server = gnome_session.bus_name_pid("org.freedesktop.Notifications")
            os.kill(server, signal.SIGTERM)
            window = dnd.wait_for(
                lambda: next(
                    (w for w in dnd.shell_windows() if w.title.startswith(PROMPT_TITLE)),
                    None,
                ),
                15,
                "the prompt window once the notification server is gone",
            )
            assert window.app == APP_ENTRY, window
            assert dnd.status()["state"] == "prompting"
            assert "tray message shown: Prompt shown as a window" in dnd.logs()
    finally:
        gnome_session.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "true")
