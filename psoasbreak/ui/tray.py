"""The tray icon: says when the next break is due and offers the few things a user does from there.

It only emits intents; the session decides what they mean.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from psoasbreak.core.session import SessionStatus, State
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, plural, quiet_reason_text, translate

log = logging.getLogger(__name__)

#: The minutes of PAUSE_CHOICES' last entry: "until a time the user picks" (meeting mode).
UNTIL_A_TIME = -1

#: (label, minutes); 0 minutes means "until tomorrow", UNTIL_A_TIME a time the user picks.
PAUSE_CHOICES: tuple[tuple[str, int], ...] = (
    (QT_TRANSLATE_NOOP("Tray", "30 minutes"), 30),
    (QT_TRANSLATE_NOOP("Tray", "1 hour"), 60),
    (QT_TRANSLATE_NOOP("Tray", "2 hours"), 120),
    (QT_TRANSLATE_NOOP("Tray", "Until tomorrow"), 0),
    (QT_TRANSLATE_NOOP("Tray", "Until a time…"), UNTIL_A_TIME),
)


#: The object names of the pause entries that are not a number of minutes.
PAUSE_NAMES = {0: "tomorrow", UNTIL_A_TIME: "until"}


class Messenger(Protocol):
    """Sends a tray message some other way; False when it could not."""

    def __call__(self, title: str, text: str, *, problem: bool = True) -> bool: ...


class PauseIntents(Protocol):
    pause_requested: SignalInstance
    pause_until_tomorrow_requested: SignalInstance
    pause_until_time_requested: SignalInstance


def request_pause(source: PauseIntents, minutes: int) -> None:
    """One of PAUSE_CHOICES was chosen (in the tray menu or the home window): say it."""
    if minutes == UNTIL_A_TIME:
        source.pause_until_time_requested.emit()
    elif minutes:
        source.pause_requested.emit(minutes)
    else:
        source.pause_until_tomorrow_requested.emit()


def _hhmm(moment: datetime | None, as_of: datetime) -> str:
    """A time today is its hour alone; another day's says which day (the session's Clock says
    what today is, so the tray and the tests agree on every date)."""
    if moment is None:
        return "-"
    local = moment.astimezone()
    if local.date() == as_of.astimezone().date():
        return local.strftime("%H:%M")
    # The day's short name in the user's language (English "Mon" under the C locale too).
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {local:%H:%M}"


def describe(status: SessionStatus) -> str:
    """The one line the tooltip and the menu's first line share."""
    if status.state is State.PAUSED:
        return translate("Tray", "Paused until {time}").format(
            time=_hhmm(status.paused_until, status.as_of)
        )
    if status.state is State.PROMPTING:
        return translate("Tray", "Time for a break")
    if status.state is State.ON_BREAK:
        return translate("Tray", "On a break")
    if status.state is State.OUTSIDE_HOURS:
        return translate("Tray", "Outside working hours; next break {time}").format(
            time=_hhmm(status.next_break_at, status.as_of)
        )
    if status.held_reason:
        return translate("Tray", "Break waiting: {reason}").format(
            reason=quiet_reason_text(status.held_reason)
        )
    return translate("Tray", "Next break at {time}").format(
        time=_hhmm(status.next_break_at, status.as_of)
    )


class TrayIcon(QObject):
    break_now_requested = Signal()
    history_requested = Signal()
    #: A left click: the home window (DESIGN §1); the menu stays on the other button.
    home_requested = Signal()
    pause_requested = Signal(int)  # minutes
    pause_until_tomorrow_requested = Signal()
    #: "Until a time…": the app asks which time (ui/pause_until.py).
    pause_until_time_requested = Signal()
    resume_requested = Signal()
    quit_requested = Signal()
    settings_requested = Signal()
    notified = Signal(str, str)  # title, text: every notify(), shown or not (tests watch it)

    def __init__(self, icon: QIcon, paused_icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon, self._paused_icon = icon, paused_icon
        self._messenger: Messenger | None = None
        self.menu = QMenu()
        self.menu.setObjectName("tray-menu")
        self.status_action = self._action("status", translate("Tray", "Starting…"))
        self.status_action.setEnabled(False)
        self.menu.addSeparator()
        self.break_now_action = self._action("break-now", translate("Tray", "Take a break now"))
        self.break_now_action.triggered.connect(self.break_now_requested)
        self.history_action = self._action("history", translate("Tray", "Weekly history…"))
        self.history_action.triggered.connect(self.history_requested)
        self.pause_menu = self.menu.addMenu(translate("Tray", "Pause"))
        self.pause_menu.setObjectName("pause-menu")
        self.pause_actions: dict[int, QAction] = {}
        for label, minutes in PAUSE_CHOICES:
            action = self.pause_menu.addAction(translate("Tray", label))
            action.setObjectName(f"pause-{PAUSE_NAMES.get(minutes, minutes)}")
            action.triggered.connect(lambda _=False, m=minutes: self._pause(m))
            self.pause_actions[minutes] = action
        self.resume_action = self._action("resume", translate("Tray", "Resume"))
        self.resume_action.triggered.connect(self.resume_requested)
        self.resume_action.setEnabled(False)
        self.menu.addSeparator()
        self.settings_action = self._action("settings", translate("Tray", "Settings…"))
        self.settings_action.triggered.connect(self.settings_requested)
        self.quit_action = self._action("quit", translate("Tray", "Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        self.tray = self._build_tray(icon)

    def _build_tray(self, icon: QIcon) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(icon, self)
        tray.setObjectName("tray")
        tray.setContextMenu(self.menu)
        tray.activated.connect(self._activated)
        return tray

    def rebuild(self) -> None:
        """Build the icon anew, with its picture, tooltip and menu, visible if it was: Qt picks
        how an icon is shown when it is built, so one built before a Wayland tray host started
        never shows in it (see desktop/tray_host.py)."""
        old = self.tray
        self.tray = self._build_tray(old.icon())
        self.tray.setToolTip(old.toolTip())
        old.setObjectName("")
        if old.isVisible():
            old.hide()
            self.tray.show()
        old.deleteLater()

    def _action(self, name: str, text: str) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(name)
        return action

    def _pause(self, minutes: int) -> None:
        request_pause(self, minutes)

    def show(self) -> None:
        self.tray.show()

    def hide(self) -> None:
        self.tray.hide()

    def send_messages_with(self, messenger: Messenger | None) -> None:
        """Where the tray's messages are desktop notifications anyway (a StatusNotifier tray),
        ``messenger`` sends them without waiting for the server, as Qt would not (see
        desktop/notifications.py ``tell``); None: Qt's own messages again."""
        self._messenger = messenger

    def notify(self, title: str, text: str, *, problem: bool = True) -> None:
        """A message from the tray (a balloon, or a desktop notification where the tray host
        forwards them). With a messenger it is a notification even while no tray host is there
        (Wayland, GNOME without its AppIndicator extension); otherwise, where no tray exists,
        it goes nowhere: callers also log it and print it."""
        self.notified.emit(title, text)
        if self._messenger is not None and self._messenger(title, text, problem=problem):
            log.info("tray message shown: %s", title)
            return
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon
            icon = kind.Warning if problem else kind.Information
            self.tray.showMessage(title, text, icon, 15_000)
            log.info("tray message shown: %s", title)

    def show_status(self, status: SessionStatus, taken_today: int, goal: int) -> None:
        line = describe(status)
        self.status_action.setText(line)
        today = plural(translate("Tray", "{taken} of %n break(s) today", None, goal), goal)
        self.tray.setToolTip(f"psoasbreak — {line}\n{today.format(taken=taken_today)}")
        paused = status.state is State.PAUSED
        self.resume_action.setEnabled(status.paused_until is not None)
        self.break_now_action.setEnabled(status.state is not State.ON_BREAK)
        self.tray.setIcon(self._paused_icon if paused else self._icon)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.home_requested.emit()
