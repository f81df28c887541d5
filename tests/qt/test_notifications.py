"""The prompt as a desktop notification, against a fake notification server on a real, private
dbus-daemon (the server is another process speaking D-Bus through its own connection)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from psoasbreak.desktop.notifications import (
    INTERFACE,
    PATH,
    SERVICE,
    NotificationPrompt,
    PromptNotice,
)
from tests.private_bus import FakeService, PrivateBus
from tests.qt.conftest import RIG_SETTINGS, build_rig, close_rig

NOTIFY = f"{INTERFACE}.Notify"
CLOSE = f"{INTERFACE}.CloseNotification"
NOTICE = PromptNotice("Time to stand up", "Hip-flexor stretch — a minute", 5, 120_000)


def server_setup(caps: list[str], notification_id: int = 7) -> list[dict[str, Any]]:
    def method(member: str, signature: str, *args: Any) -> dict[str, Any]:
        where = {"path": PATH, "interface": INTERFACE}
        return {"method": {**where, "member": member, "signature": signature, "args": list(args)}}

    return [
        method("GetCapabilities", "as", caps),
        method("Notify", "u", notification_id),
        method("CloseNotification", ""),
    ]


class Desk:
    """A private session bus with (optionally) a notification server, and our adapter on it."""

    def __init__(self, bus: PrivateBus, qtbot: Any) -> None:
        self.bus = bus
        self.qtbot = qtbot
        self.server: FakeService | None = None
        self.answers: list[str] = []
        self.unavailable: list[str] = []
        self.prompt = self.adapter()

    def adapter(
        self, reply_timeout_ms: int = 5000, server_gone_ms: int = 300
    ) -> NotificationPrompt:
        from jeepney.io.blocking import open_dbus_connection

        prompt = NotificationPrompt(
            "/usr/share/icons/psoasbreak.svg",
            lambda: open_dbus_connection(bus=self.bus.address),
            reply_timeout_ms,
            server_gone_ms=server_gone_ms,
        )
        prompt.action_invoked.connect(self.answers.append)
        prompt.dismissed.connect(lambda: self.answers.append("dismissed"))
        prompt.unavailable.connect(self.unavailable.append)
        return prompt

    def start_server(self, caps: list[str] | None = None, notification_id: int = 7) -> FakeService:
        setup = server_setup(["actions", "body"] if caps is None else caps, notification_id)
        self.server = self.bus.service("session", SERVICE, setup)
        return self.server

    def shown(self, notification_id: int = 7) -> None:
        self.prompt.show(NOTICE)
        self.qtbot.waitUntil(lambda: self.prompt.notification_id == notification_id)

    def emit(self, member: str, signature: str, *args: Any, by: FakeService | None = None) -> None:
        sender = by or self.server
        assert sender is not None
        sender.emit(PATH, INTERFACE, member, signature, *args)


@pytest.fixture
def desk(qtbot, tmp_path) -> Iterator[Desk]:
    with PrivateBus.start(tmp_path) as bus:
        made = Desk(bus, qtbot)
        yield made
        made.prompt.close()


def test_the_prompt_is_sent_with_its_buttons_icon_and_timeout(desk):
    server = desk.start_server()
    desk.shown()
    app, replaces, icon, summary, body, actions, hints, timeout = server.wait_for_call(NOTIFY)
    assert (app, replaces, icon) == ("psoasbreak", 0, "/usr/share/icons/psoasbreak.svg")
    assert (summary, body, timeout) == (NOTICE.summary, NOTICE.body, 120_000)
    pairs = dict(zip(actions[::2], actions[1::2], strict=True))
    assert pairs == {"default": "Start", "start": "Start", "snooze": "Snooze 5 min", "skip": "Skip"}
    assert hints["desktop-entry"] == ["s", "psoasbreak"]
    assert server.calls()[:2] == [f"{INTERFACE}.GetCapabilities", NOTIFY]


def test_markup_in_the_body_is_escaped_where_the_server_reads_markup(desk):
    server = desk.start_server(["actions", "body", "body-markup"])
    desk.prompt.show(replace(NOTICE, body="Knee <drive> & march"))
    desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
    assert server.wait_for_call(NOTIFY)[4] == "Knee &lt;drive&gt; &amp; march"


@pytest.mark.parametrize(
    ("key", "answer"),
    [("start", "start"), ("default", "default"), ("snooze", "snooze"), ("skip", "skip")],
)
def test_a_clicked_action_is_reported_and_the_notification_withdrawn(desk, key, answer):
    """The edge reports which action; what it means is core's rule (tests/unit/core)."""
    server = desk.start_server()
    desk.shown()
    desk.emit("ActionInvoked", "us", 7, key)
    desk.qtbot.waitUntil(lambda: desk.answers == [answer])
    assert server.wait_for_call(CLOSE) == [7]
    assert not desk.prompt.showing


def test_a_dismissal_is_reported_and_an_expiry_is_not(desk):
    desk.start_server()
    desk.shown()
    desk.emit("NotificationClosed", "uu", 7, 1)  # expired: the session's own timeout decides
    desk.qtbot.waitUntil(lambda: desk.prompt.notification_id is None)
    assert desk.answers == []
    assert desk.prompt.showing  # the prompt is still open in the session
    desk.prompt.show(NOTICE)
    desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
    desk.emit("NotificationClosed", "uu", 7, 2)  # dismissed by the user
    desk.qtbot.waitUntil(lambda: desk.answers == ["dismissed"])


def test_withdrawing_closes_the_notification(desk):
    server = desk.start_server()
    desk.shown()
    desk.prompt.withdraw()
    assert server.wait_for_call(CLOSE) == [7]
    assert desk.prompt.notification_id is None


def test_other_applications_signals_and_malformed_ones_are_ignored(desk, qtbot):
    desk.start_server()
    desk.shown()
    desk.emit("ActionInvoked", "us", 99, "start")  # another app's notification
    desk.emit("ActionInvoked", "s", "start")  # wrong signature
    desk.emit("NotificationClosed", "u", 7)  # wrong signature
    desk.emit("ActionInvoked", "us", 7, "reply")  # a key we never offered
    desk.emit("NotificationClosed", "uu", 99, 2)
    desk.emit("Nonsense", "as", ["x"])
    # Any client can emit on this path and interface: only the server's own word counts.
    impostor = desk.bus.service("session", "org.example.Impostor")
    desk.emit("ActionInvoked", "us", 7, "skip", by=impostor)
    desk.emit("ActionInvoked", "us", 7, "snooze")  # the real server, after all of the above
    qtbot.waitUntil(lambda: desk.answers != [])
    assert desk.answers == ["snooze"]


def test_no_server_falls_back_to_the_window(desk):
    desk.prompt.show(NOTICE)
    desk.qtbot.waitUntil(lambda: desk.unavailable != [])
    assert desk.unavailable == ["no notification server is running"]
    assert not desk.prompt.showing


def test_a_server_without_buttons_falls_back_to_the_window(desk):
    server = desk.start_server(["body"])
    desk.prompt.show(NOTICE)
    desk.qtbot.waitUntil(lambda: desk.unavailable != [])
    assert desk.unavailable == ["the notification server shows no buttons"]
    assert NOTIFY not in server.calls()


def test_a_server_that_refuses_falls_back_to_the_window(desk):
    desk.bus.service("session", SERVICE, server_setup(["actions"])[:1])  # Notify: AccessDenied
    desk.prompt.show(NOTICE)
    desk.qtbot.waitUntil(lambda: desk.unavailable != [])
    assert desk.unavailable[0].startswith("the notification server refused the prompt")


def test_a_server_that_never_answers_falls_back_to_the_window(desk):
    hung = {"ignore": {"interface": INTERFACE, "member": "GetCapabilities"}}
    desk.bus.service("session", SERVICE, [hung])
    prompt = desk.adapter(reply_timeout_ms=300)
    try:
        prompt.show(NOTICE)
        desk.qtbot.waitUntil(lambda: desk.unavailable != [])
        assert desk.unavailable == ["the notification server does not answer"]
    finally:
        prompt.close()


def test_a_tray_message_goes_without_buttons_and_nothing_waits_for_its_answer(desk):
    """Issue 16 (CI): Qt's own tray message waits for Notify's reply, and a bus starting a
    server that never comes kept the app still 25 s. ``tell`` sends and goes on: a server that
    never answers costs nothing, and no prompt is given up for it."""
    hung = {"ignore": {"interface": INTERFACE, "member": "Notify"}}
    server = desk.bus.service("session", SERVICE, [hung])
    prompt = desk.adapter(reply_timeout_ms=200)
    try:
        assert prompt.tell("Settings problem", "Line 3 <is> wrong", problem=True)
        app, replaces, icon, title, body, actions, hints, timeout = server.wait_for_call(NOTIFY)
        assert (app, replaces, icon, title) == (
            "psoasbreak",
            0,
            "/usr/share/icons/psoasbreak.svg",
            "Settings problem",
        )
        assert body == "Line 3 <is> wrong" and actions == [] and timeout > 0
        assert hints["urgency"] == ["y", 1] and hints["desktop-entry"] == ["s", "psoasbreak"]
        assert not prompt._deadline.isActive()
        desk.qtbot.wait(400)
        assert desk.unavailable == []
        assert prompt.tell("Back", "All well", problem=False)
        assert server.wait_for_call(NOTIFY, 2)[6]["urgency"] == ["y", 0]
    finally:
        prompt.close()


def prompt_without_a_bus() -> tuple[NotificationPrompt, list[str]]:
    """An adapter whose session bus cannot be reached, and what it reports unavailable."""

    def no_bus() -> Any:
        raise KeyError("DBUS_SESSION_BUS_ADDRESS")

    told: list[str] = []
    prompt = NotificationPrompt("", no_bus)
    prompt.unavailable.connect(told.append)
    return prompt, told


def test_a_tray_message_without_a_bus_says_it_was_not_sent(qtbot):
    prompt, told = prompt_without_a_bus()
    assert prompt.tell("Title", "Text") is False
    assert told == []


def test_no_session_bus_falls_back_to_the_window(qtbot):
    prompt, told = prompt_without_a_bus()
    prompt.show(NOTICE)
    assert len(told) == 1 and told[0].startswith("there is no D-Bus session bus")


def test_a_restarted_server_gets_the_prompt_again_and_its_answer_counts(desk):
    first = desk.start_server(notification_id=7)
    desk.shown(7)
    first.stop()
    second = desk.start_server(notification_id=8)
    desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 8)
    assert second.wait_for_call(NOTIFY)[3] == NOTICE.summary
    desk.emit("ActionInvoked", "us", 8, "start")
    desk.qtbot.waitUntil(lambda: desk.answers == ["start"])


def test_a_server_that_goes_away_for_good_gives_the_prompt_up_to_the_window(desk):
    """Issue 16: GNOME Shell's notification service is not started again when it dies, and the
    prompt waited unseen. Now it is given up after a short grace (300 ms here, 5 s in the app)."""
    server = desk.start_server()
    desk.shown()
    server.stop()
    desk.qtbot.waitUntil(lambda: len(desk.unavailable) == 1, timeout=5000)
    assert desk.unavailable == ["the notification server does not answer"]
    assert not desk.prompt.showing


def test_a_server_back_within_the_grace_keeps_the_prompt_a_notification(desk):
    desk.prompt = desk.adapter(server_gone_ms=5000)
    first = desk.start_server(notification_id=7)
    desk.shown(7)
    first.stop()
    desk.start_server(notification_id=9)
    desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 9)
    desk.qtbot.wait(300)
    assert desk.unavailable == [] and desk.prompt.showing


# -- the presenter: prompt_style chooses, the session gets the answers ------------------------


@contextlib.contextmanager
def presenting(desk: Desk, tmp_path, **settings: Any) -> Iterator[Any]:
    rig = build_rig(tmp_path, notifications=desk.prompt, notification_by_default=True)
    rig.configure(**settings)
    try:
        yield rig
    finally:
        close_rig(rig)


def test_auto_on_wayland_prompts_by_notification_and_start_begins_the_break(desk, tmp_path):
    server = desk.start_server()
    with presenting(desk, tmp_path, prompt_style="auto") as rig:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        assert rig.presenter.prompt is None  # no window
        assert "stretch" in server.wait_for_call(NOTIFY)[4].lower()
        desk.emit("ActionInvoked", "us", 7, "start")
        desk.qtbot.waitUntil(lambda: rig.presenter.exercise_window is not None)
        assert rig.session.status().state.value == "on_break"


def test_a_dismissed_notification_records_a_snooze(desk, tmp_path):
    desk.start_server()
    with presenting(desk, tmp_path, prompt_style="notification") as rig:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        desk.emit("NotificationClosed", "uu", 7, 2)
        desk.qtbot.waitUntil(lambda: rig.outcomes() != [])
        assert rig.outcomes()[0][0] == "snoozed"


def test_a_missed_prompt_withdraws_its_notification(desk, tmp_path):
    server = desk.start_server()
    with presenting(desk, tmp_path, prompt_style="notification") as rig:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        rig.due_now()  # the prompt timeout
        assert rig.outcomes()[0][0] == "missed"
        assert server.wait_for_call(CLOSE) == [7]


def test_window_style_never_uses_the_notification(desk, tmp_path):
    server = desk.start_server()
    with presenting(desk, tmp_path, prompt_style="window") as rig:
        rig.due_now()
        assert rig.presenter.prompt is not None
        assert server.calls() == []


def test_without_a_server_the_window_appears_and_the_user_is_told_once(desk, tmp_path):
    with presenting(desk, tmp_path, prompt_style="auto") as rig:
        told: list[str] = []
        rig.tray.notified.connect(lambda title, text: told.append(title))
        rig.due_now()
        desk.qtbot.waitUntil(lambda: rig.presenter.prompt is not None)
        rig.session.skip()
        rig.due_now()
        desk.qtbot.waitUntil(lambda: rig.presenter.prompt is not None)
        assert told == ["Prompt shown as a window"]


@pytest.mark.parametrize("ending", ["break-now", "pause", "quit"])
def test_the_notification_goes_when_the_prompt_ends_elsewhere(desk, tmp_path, ending):
    server = desk.start_server()
    with presenting(desk, tmp_path, prompt_style="notification") as rig:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        if ending == "break-now":
            rig.session.start_break()
        elif ending == "pause":
            rig.session.pause(30)
    # (quit: leaving the block closes the presenter, as App does when it quits)
    assert server.wait_for_call(CLOSE) == [7]


def test_the_notification_speaks_the_users_language(desk, tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QLocale

    from psoasbreak.ui.translation import install_translators

    server = desk.start_server()
    translators = install_translators(qapp, QLocale("de_DE"))
    try:
        with presenting(desk, tmp_path, prompt_style="notification", exercise="stretch") as rig:
            rig.due_now()
            desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
            notify = server.wait_for_call(NOTIFY)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    summary, body, actions = notify[3], notify[4], notify[5]
    assert summary == "Zeit zum Aufstehen"
    labels = dict(zip(actions[::2], actions[1::2], strict=True))
    assert labels == {
        "default": "Starten",
        "start": "Starten",
        "snooze": "5 Min. später",
        "skip": "Überspringen",
    }
    assert "Hip" not in body and body.strip()


def test_a_vanished_server_mid_prompt_brings_the_window_never_a_stuck_prompt(desk, tmp_path):
    server = desk.start_server()
    with presenting(desk, tmp_path, prompt_style="auto") as rig:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        assert rig.presenter.prompt is None
        server.stop()
        desk.qtbot.waitUntil(lambda: rig.presenter.prompt is not None, timeout=5000)
        assert rig.session.status().state.value == "prompting"
        rig.presenter.prompt.start_button.click()
        assert rig.session.status().state.value == "on_break"


def test_a_limit_takes_its_button_off_the_notification_and_the_body_says_why(desk, tmp_path):
    """max_snoozes_per_break = 1: the second prompt of a break comes without Snooze, its body
    says why, and closing it (GNOME's way of "not now") then records nothing: the break is
    missed at the prompt timeout instead, as an unanswered prompt is."""
    server = desk.start_server()
    settings = replace(RIG_SETTINGS, prompt_style="notification", max_snoozes_per_break=1)
    rig = build_rig(tmp_path, settings=settings, notifications=desk.prompt)
    try:
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        first = server.wait_for_call(NOTIFY)
        assert "snooze" in first[5][::2]
        desk.emit("ActionInvoked", "us", 7, "snooze")
        desk.qtbot.waitUntil(lambda: rig.outcomes() != [])
        rig.due_now()
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        second = server.wait_for_call(NOTIFY, 2)
        assert second[5][::2] == ["default", "start", "skip"]
        assert second[4].endswith(
            "No more snoozes for this break: your limit is 1 snooze per break."
        )
        desk.emit("NotificationClosed", "uu", 7, 2)
        # The presenter forgets the notification once it has handled the close.
        desk.qtbot.waitUntil(lambda: rig.presenter._notified is None)
        assert [o for o, _e, _s in rig.outcomes()] == ["snoozed"]
        assert rig.session.state.value == "prompting"
        rig.due_now()  # the prompt timeout
        assert [o for o, _e, _s in rig.outcomes()] == ["snoozed", "missed"]
    finally:
        close_rig(rig)


def test_a_programme_session_prompt_as_a_notification_starts_the_session(desk, tmp_path):
    """On Wayland a session that falls due is a notification too; its Start opens the session
    window, not a break."""
    server = desk.start_server()
    settings = replace(RIG_SETTINGS, prompt_style="notification")
    rig = build_rig(tmp_path, settings=settings, notifications=desk.prompt)
    try:
        rig.scheduler.programme_due.emit("mobility")
        desk.qtbot.waitUntil(lambda: desk.prompt.notification_id == 7)
        notify = server.wait_for_call(NOTIFY)
        assert notify[3] == "Time for your mobility routine"
        assert rig.presenter.prompt is None  # no window
        desk.emit("ActionInvoked", "us", 7, "start")
        desk.qtbot.waitUntil(lambda: rig.app.programme.window is not None)
        assert rig.session.status().state.value == "on_break"
        assert rig.presenter.exercise_window is None  # a session, not a break
        rig.app.programme.close()
        assert [s.kind.value for s in rig.database.programme_sessions()] == ["mobility"]
    finally:
        close_rig(rig)
