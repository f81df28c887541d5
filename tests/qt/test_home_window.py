"""The home window (DESIGN §1, §3; issue 16): what a left click on the tray icon, ``psoasbreak
show`` and a second start open, in the real App with fake desktop edges.

It shows the tray's status line, today's breaks against the goal and the streaks, follows the
session while open, and each button does what the tray menu's entry does.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.limits import PromptChoices
from psoasbreak.desktop.control_protocol import Request
from psoasbreak.ui.home_window import HomeWindow
from psoasbreak.ui.tray import describe
from tests.qt.test_break_window_looks import _assert_text_fits


def open_home(rig) -> HomeWindow:
    rig.tray._activated(QSystemTrayIcon.ActivationReason.Trigger)  # what Qt calls on a left click
    home = rig.app.home_window
    assert isinstance(home, HomeWindow) and home.isVisible()
    return home


def test_a_left_click_on_the_tray_opens_it_with_the_trays_words(rig, qtbot):
    home = open_home(rig)
    assert home.status_label.text() == describe(rig.session.status())
    assert home.status_label.text() == rig.tray.status_action.text()
    assert home.today_label.text() == "0 of 6 breaks today"
    assert home.streaks.current.text() == "0 days" and home.streaks.best.text() == "0 days"
    assert not rig.tray.menu.isVisible(), "a left click opens the window, not the menu"


def test_the_right_click_menu_is_unchanged(rig):
    rig.tray._activated(QSystemTrayIcon.ActivationReason.Context)
    assert rig.app.home_window is None


def test_show_over_the_control_socket_opens_one_window(rig):
    assert rig.app.control.handle(Request("show")).ok
    first = rig.app.home_window
    assert first is not None and first.isVisible()
    first.close()
    assert rig.app.control.handle(Request("show")).ok
    assert rig.app.home_window is first and first.isVisible(), "one window, reused"


def test_it_follows_the_session_while_open(rig, qtbot):
    home = open_home(rig)
    home.break_now_button.click()
    assert rig.session.state.value == "on_break"
    assert home.status_label.text() == "On a break"
    assert not home.break_now_button.isEnabled()
    rig.session.end_break()  # closing the exercise early: skipped
    assert home.break_now_button.isEnabled()
    assert home.status_label.text().startswith("Next break at")


def test_a_recorded_break_counts_today_and_in_the_streak(rig):
    home = open_home(rig)
    now = rig.clock.now()
    for minutes in range(6):  # the goal met today: the streak is one day
        rig.database.record(
            BreakEvent(now - timedelta(minutes=minutes), Outcome.COMPLETED, "stretch", 60)
        )
    rig.presenter.state_changed(rig.session.status())  # as after any recorded outcome
    assert home.today_label.text() == "6 of 6 breaks today"
    assert home.streaks.current.text() == "1 day"


def test_pause_and_resume_from_it(rig):
    home = open_home(rig)
    assert home.pause_button.isVisible() and not home.resume_button.isVisible()
    menu = home.pause_button.menu()
    by_name = {action.objectName(): action for action in menu.actions()}
    by_name["home-pause-30"].trigger()
    assert rig.session.state.value == "paused"
    assert rig.session.status().paused_until == rig.clock.now() + timedelta(minutes=30)
    assert home.resume_button.isVisible() and not home.pause_button.isVisible()
    assert home.status_label.text().startswith("Paused until")
    home.resume_button.click()
    assert rig.session.state.value == "working"
    assert home.pause_button.isVisible()
    by_name["home-pause-tomorrow"].trigger()
    assert rig.session.state.value == "paused"


def test_history_and_settings_open_from_it(rig, qtbot):
    home = open_home(rig)
    home.history_button.click()
    assert rig.app.history_window is not None and rig.app.history_window.isVisible()
    rig.app.history_window.close()
    home.settings_button.click()
    dialog = rig.live.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_escape_closes_it_and_the_app_runs_on(rig, qtbot):
    home = open_home(rig)
    qtbot.keyClick(home, Qt.Key.Key_Escape)
    assert not home.isVisible()
    assert rig.session.state.value == "working"


def test_the_keyboard_reaches_every_button(rig):
    home = open_home(rig)
    buttons = [
        home.break_now_button,
        home.pause_button,
        home.history_button,
        home.settings_button,
    ]
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
        assert button.text(), button.objectName()  # what a screen reader says
    assert home.break_now_button.isDefault(), "Enter takes a break"


@pytest.mark.parametrize(
    "state", ["working", "paused", "prompting", "prompting-limited", "gnome-offer"]
)
def test_nothing_is_clipped(rig, qtbot, ui_language, text_scale, state):
    if state == "paused":
        rig.session.pause(120)
    elif state.startswith("prompting"):
        rig.due_now()
    home = HomeWindow()
    qtbot.addWidget(home)
    # Both limits used up: the row offers Start alone and the label says why, at its longest.
    limited = PromptChoices(snooze=False, skip=False, skips_limit=3, snoozes_limit=2)
    home.show_status(*_state(rig), 5, limited if state == "prompting-limited" else None)
    home.show_gnome_offer(state == "gnome-offer")  # GNOME 48's own reminders are on too
    home.show()
    qtbot.waitExposed(home)
    assert home.prompt_row.isVisible() == state.startswith("prompting")
    assert home.limits_label.isVisible() == (state == "prompting-limited")
    assert home.gnome_offer.isVisible() == (state == "gnome-offer")
    _assert_text_fits(home)


def _state(rig):
    today, goal, streak = rig.app.control.progress()
    return rig.session.status(), today, goal, streak


@pytest.mark.parametrize(
    ("button", "state", "outcome"),
    [("start", "on_break", None), ("snooze", "working", "snoozed"), ("skip", "working", "skipped")],
)
def test_the_prompts_answers_are_offered_while_one_is_out(rig, button, state, outcome):
    """Issue 16: on GNOME the banner hides and the message list shows no buttons; here the
    three answers stay one click away."""
    home = open_home(rig)
    assert not home.prompt_row.isVisible()
    rig.due_now()
    assert rig.session.state.value == "prompting"
    assert home.prompt_row.isVisible()
    assert home.snooze_button.text() == f"Snooze {rig.settings.snooze_minutes} min"
    getattr(home, f"{button}_button").click()
    assert rig.session.state.value == state
    assert not home.prompt_row.isVisible()
    assert rig.presenter.prompt is None, "the prompt window went with the answer"
    if outcome is not None:
        assert rig.outcomes()[-1][0] == outcome


def test_opened_while_a_prompt_is_out_the_keyboard_answers_it_first(rig, qtbot):
    """Issue 16: on GNOME the user opens this window after the banner hid; its focus starts on
    Start, Enter starts the break, and Tab, Tab, Space skips it (the GNOME session test presses
    those real keys)."""
    rig.due_now()
    home = open_home(rig)
    qtbot.waitUntil(lambda: home.start_button.hasFocus())
    assert home.start_button.isDefault() and not home.break_now_button.isDefault()
    qtbot.keyClick(home.focusWidget(), Qt.Key.Key_Tab)
    assert home.snooze_button.hasFocus()
    qtbot.keyClick(home.focusWidget(), Qt.Key.Key_Tab)
    assert home.skip_button.hasFocus()
    qtbot.keyClick(home.focusWidget(), Qt.Key.Key_Space)
    assert rig.outcomes()[-1][0] == "skipped"
    assert rig.session.state.value == "working"
    assert home.break_now_button.isDefault() and not home.start_button.isDefault()
