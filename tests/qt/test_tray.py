from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMenu

from psoasbreak.core.session import State


def _action(rig, name):
    from PySide6.QtGui import QAction

    action = rig.tray.menu.findChild(QAction, name)
    assert action is not None, name
    return action


def test_first_menu_line_and_tooltip_say_when_the_next_break_is_due(rig):
    due = rig.session.status().next_break_at.astimezone().strftime("%H:%M")
    first = rig.tray.menu.actions()[0]
    assert first.objectName() == "status"
    assert not first.isEnabled()
    assert first.text() == f"Next break at {due}"
    assert f"Next break at {due}" in rig.tray.tray.toolTip()
    assert "0 of 6 breaks today" in rig.tray.tray.toolTip()


def test_menu_offers_the_agreed_actions_in_order(rig):
    names = [a.objectName() or a.text() for a in rig.tray.menu.actions() if not a.isSeparator()]
    assert names == ["status", "break-now", "history", "Pause", "resume", "settings", "quit"]
    pause_menu = rig.tray.menu.findChild(QMenu, "pause-menu")
    assert [a.text() for a in pause_menu.actions()] == [
        "30 minutes",
        "1 hour",
        "2 hours",
        "Until tomorrow",
        "Until a time…",
    ]


def test_take_a_break_now_opens_the_exercise_without_a_prompt(rig, qtbot):
    _action(rig, "break-now").trigger()
    assert rig.session.state is State.ON_BREAK
    assert rig.presenter.prompt is None
    window = rig.presenter.exercise_window
    assert window is not None and window.isVisible()
    assert not _action(rig, "break-now").isEnabled()
    assert rig.tray.menu.actions()[0].text() == "On a break"


def test_pause_entries_pause_for_their_length_and_resume_ends_it(rig):
    now = rig.clock.now()
    for name, minutes in (("pause-30", 30), ("pause-60", 60), ("pause-120", 120)):
        _action(rig, name).trigger()
        assert rig.session.state is State.PAUSED
        assert rig.session.status().paused_until == now + timedelta(minutes=minutes)
        assert rig.scheduler.armed_at == now + timedelta(minutes=minutes)
        assert rig.tray.menu.actions()[0].text().startswith("Paused until")
        assert _action(rig, "resume").isEnabled()
        _action(rig, "resume").trigger()
        assert rig.session.state is State.WORKING
        assert not _action(rig, "resume").isEnabled()


def test_pause_until_tomorrow(rig):
    _action(rig, "pause-tomorrow").trigger()
    until = rig.session.status().paused_until
    assert until is not None and until.astimezone().strftime("%H:%M") == "06:00"
    assert timedelta(0) < until - rig.clock.now() <= timedelta(days=1)


def test_weekly_history_entry_emits_the_history_intent(rig, qtbot):
    assert _action(rig, "history").text() == "Weekly history…"
    with qtbot.waitSignal(rig.tray.history_requested, timeout=1000):
        _action(rig, "history").trigger()


def test_quit_emits_the_quit_intent(rig, qtbot):
    with qtbot.waitSignal(rig.tray.quit_requested, timeout=1000):
        _action(rig, "quit").trigger()


def test_the_day_is_named_only_when_it_is_not_the_sessions_today(rig):
    """'Today' is the session Clock's today, on whatever date the tests run."""
    from dataclasses import replace

    from psoasbreak.ui.tray import describe

    status = rig.session.status()
    due = status.next_break_at.astimezone()
    assert describe(status) == f"Next break at {due:%H:%M}"
    day_before = replace(status, as_of=status.as_of - timedelta(days=1))
    day = QLocale().dayName(due.isoweekday(), QLocale.FormatType.ShortFormat)
    assert describe(day_before) == f"Next break at {day} {due:%H:%M}"


def _ask_pause_until(rig, qtbot, at):
    from PySide6.QtCore import QTime

    _action(rig, "pause-until").trigger()
    dialog = rig.presenter.pause_until_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.time_edit.setTime(QTime(at.hour, at.minute))
    return dialog


def test_pause_until_a_time_later_today_pauses_until_then(rig, qtbot):
    now = rig.clock.now().astimezone()
    later = (now + timedelta(hours=2)).replace(second=0, microsecond=0)
    dialog = _ask_pause_until(rig, qtbot, later.time())
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert rig.session.state is State.PAUSED
    assert rig.session.status().paused_until == later
    assert rig.scheduler.armed_at == later


def test_pause_until_a_time_already_past_today_means_tomorrow(rig, qtbot):
    now = rig.clock.now().astimezone()
    earlier = (now - timedelta(hours=1)).replace(second=0, microsecond=0)
    dialog = _ask_pause_until(rig, qtbot, earlier.time())
    qtbot.mouseClick(dialog.pause_button, Qt.MouseButton.LeftButton)
    until = rig.session.status().paused_until
    assert until is not None
    assert until.astimezone().replace(tzinfo=None) == (earlier + timedelta(days=1)).replace(
        tzinfo=None
    )


def test_cancelling_pause_until_pauses_nothing(rig, qtbot):
    dialog = _ask_pause_until(rig, qtbot, rig.clock.now().astimezone().time())
    dialog.reject()
    assert rig.session.state is State.WORKING
    assert rig.session.status().paused_until is None


def test_where_the_tray_is_a_status_notifier_its_messages_go_through_the_messenger(rig, caplog):
    """Issue 16: Qt's tray message waits for the notification server; the app's own sender
    does not (desktop/notifications.py ``tell``). Where it cannot send, Qt's way is left."""
    import logging

    caplog.set_level(logging.INFO, logger="psoasbreak.ui.tray")
    sent: list[tuple[str, str, bool]] = []
    reachable = [True]

    def messenger(title: str, text: str, *, problem: bool = True) -> bool:
        sent.append((title, text, problem))
        return reachable[0]

    rig.tray.send_messages_with(messenger)
    rig.tray.notify("Settings problem", "Line 3", problem=False)
    assert sent == [("Settings problem", "Line 3", False)]
    assert "tray message shown: Settings problem" in caplog.text
    reachable[0] = False
    caplog.clear()
    rig.tray.notify("Other", "text")
    assert sent[-1] == ("Other", "text", True)
    # Qt's own way: the offscreen platform has no tray, so nothing is shown.
    assert "tray message shown" not in caplog.text
