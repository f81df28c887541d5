"""The home window: where a user without a tray (stock GNOME) reaches everything, and what a second
start from the application menu, a left click on the tray icon and ``psoasbreak show`` open.

It shows when the next break is due, today's breaks against the goal and the streak, and offers
what the tray menu offers. Like the tray it only emits intents; the session decides what they
mean. One window is made and reused.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.history import DayCounts, Streak
from psoasbreak.core.limits import ALL_CHOICES, PromptChoices
from psoasbreak.core.session import SessionStatus, State
from psoasbreak.ui.prompt_text import limits_note
from psoasbreak.ui.streaks import StreakLabels
from psoasbreak.ui.translation import plural, translate
from psoasbreak.ui.tray import PAUSE_CHOICES, PAUSE_NAMES, describe, request_pause


def gnome_told() -> tuple[str, str]:
    """The tray message, shown once, when GNOME's own movement reminders are found on."""
    return (
        translate("Home", "GNOME reminds you to move too"),
        translate(
            "Home", "Open psoasbreak's window to turn GNOME's movement breaks off or keep both."
        ),
    )


def gnome_not_turned_off() -> tuple[str, str]:
    return (
        translate("Home", "GNOME reminds you to move too"),
        translate(
            "Home",
            "GNOME's movement breaks could not be turned off from here; turn them off in "
            "GNOME's Settings → Wellbeing.",
        ),
    )


class HomeWindow(QWidget):
    break_now_requested = Signal()
    pause_requested = Signal(int)  # minutes
    pause_until_tomorrow_requested = Signal()
    pause_until_time_requested = Signal()
    resume_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    #: The prompt's own three answers, offered here while one is out: a GNOME banner hides after
    #: a few seconds and its message list shows no buttons (issue 16).
    start_requested = Signal()
    snooze_requested = Signal()
    skip_requested = Signal()
    #: GNOME's own movement reminders are on too (GNOME 48): the user's answer to the offer.
    gnome_off_requested = Signal()
    keep_both_requested = Signal()

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__(None)
        self.setObjectName("home")
        self.setWindowTitle("psoasbreak")
        self.setAccessibleName("psoasbreak")
        if icon is not None:
            self.setWindowIcon(icon)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(12)

        self.status_label = self._label("home-status", translate("Tray", "Starting…"))
        heading = QFont(self.status_label.font())
        heading.setPointSizeF(heading.pointSizeF() * 1.4)
        heading.setBold(True)
        self.status_label.setFont(heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self._prompt_row())
        # Why Skip or Snooze is missing from the row above (the limits the user set).
        self.limits_label = self._label("home-limits", "")
        self.limits_label.hide()
        layout.addWidget(self.limits_label)
        self.today_label = self._label("home-today", "")
        layout.addWidget(self.today_label)
        self.streaks = StreakLabels()
        layout.addLayout(self.streaks.grid)
        layout.addWidget(self._gnome_offer())
        layout.addStretch(1)
        layout.addLayout(self._buttons())

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        return label

    def _prompt_row(self) -> QWidget:
        self.prompt_row = QWidget()
        self.prompt_row.setObjectName("home-prompt")
        row = QHBoxLayout(self.prompt_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.start_button = self._button("home-start", translate("Prompt", "Start"))
        self.start_button.clicked.connect(self.start_requested)
        self.snooze_button = self._button("home-snooze", "")
        self.snooze_button.clicked.connect(self.snooze_requested)
        self.skip_button = self._button("home-skip", translate("Prompt", "Skip"))
        self.skip_button.clicked.connect(self.skip_requested)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            row.addWidget(button)
        row.addStretch(1)
        self.prompt_row.hide()
        return self.prompt_row

    def _gnome_offer(self) -> QWidget:
        self.gnome_offer = QWidget()
        self.gnome_offer.setObjectName("home-gnome-offer")
        column = QVBoxLayout(self.gnome_offer)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        said = self.gnome_offer_text = self._label(
            "home-gnome-offer-text",
            translate(
                "Home",
                "GNOME reminds you to move too (Settings → Wellbeing → Movement Breaks). Two "
                "reminders are one too many: turn GNOME's off, or keep both (psoasbreak then "
                "never prompts within a minute of GNOME).",
            ),
        )
        said.installEventFilter(self)
        column.addWidget(said)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.gnome_off_button = self._button(
            "home-gnome-off", translate("Home", "Turn GNOME's movement breaks off")
        )
        self.gnome_off_button.clicked.connect(self.gnome_off_requested)
        self.keep_both_button = self._button("home-keep-both", translate("Home", "Keep both"))
        self.keep_both_button.clicked.connect(self.keep_both_requested)
        for button in (self.gnome_off_button, self.keep_both_button):
            button.setAccessibleDescription(said.text())
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self.gnome_offer.hide()
        return self.gnome_offer

    def show_gnome_offer(self, shown: bool) -> None:
        """The offer about GNOME's own movement reminders, until the user answers it."""
        self.gnome_offer.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A top-level window's minimum size leaves out wrapped text's height for its width
        (Qt goes by the label's size hint, a guess at another width), so the offer's long
        text, wrapped to more lines at its real width (Japanese at 2× text), would be cut:
        once laid out, it asks for the height it needs at the width it got."""
        label = self.gnome_offer_text
        if watched is label and event.type() == QEvent.Type.Resize:
            needed = label.heightForWidth(label.width())
            if needed > 0 and needed != label.minimumHeight():
                label.setMinimumHeight(needed)
        return super().eventFilter(watched, event)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.break_now_button = self._button(
            "home-break-now", translate("Tray", "Take a break now")
        )
        self.break_now_button.clicked.connect(self.break_now_requested)
        self.pause_button = self._button("home-pause", translate("Tray", "Pause"))
        menu = QMenu(self.pause_button)
        menu.setObjectName("home-pause-menu")
        for label, minutes in PAUSE_CHOICES:
            action = menu.addAction(translate("Tray", label))
            action.setObjectName(f"home-pause-{PAUSE_NAMES.get(minutes, minutes)}")
            action.triggered.connect(lambda _=False, m=minutes: self._pause(m))
        self.pause_button.setMenu(menu)
        self.resume_button = self._button("home-resume", translate("Tray", "Resume"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.resume_button.hide()
        self.history_button = self._button("home-history", translate("Tray", "Weekly history…"))
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button = self._button("home-settings", translate("Tray", "Settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        for button in (
            self.break_now_button,
            self.pause_button,
            self.resume_button,
            self.history_button,
            self.settings_button,
        ):
            row.addWidget(button)
        self.break_now_button.setDefault(True)
        return row

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        return button

    def _pause(self, minutes: int) -> None:
        request_pause(self, minutes)

    def show_status(
        self,
        status: SessionStatus,
        today: DayCounts,
        goal: int,
        streak: Streak,
        snooze_minutes: int = 5,
        choices: PromptChoices | None = None,
    ) -> None:
        """What the tray's menu and tooltip say, the streaks the history window shows, and the
        prompt's answers while one is out (``choices``: those the limits on skipping left)."""
        self.status_label.setText(describe(status))
        self.prompt_row.setVisible(status.state is State.PROMPTING)
        offered = choices or ALL_CHOICES
        self.snooze_button.setVisible(offered.snooze)
        self.skip_button.setVisible(offered.skip)
        note = limits_note(offered) if status.state is State.PROMPTING else ""
        self.limits_label.setText(note)
        self.limits_label.setVisible(bool(note))
        self.snooze_button.setText(
            translate("Prompt", "Snooze {minutes} min").format(minutes=snooze_minutes)
        )
        taken = plural(translate("Tray", "{taken} of %n break(s) today", None, goal), goal)
        self.today_label.setText(taken.format(taken=today.taken))
        self.streaks.show(streak)
        paused = status.paused_until is not None
        self.pause_button.setVisible(not paused)
        self.resume_button.setVisible(paused)
        self.break_now_button.setEnabled(status.state is not State.ON_BREAK)
        # While a prompt is out, Enter and the first Tab answer it, not the row below.
        prompting = status.state is State.PROMPTING
        self.start_button.setDefault(prompting)
        self.break_now_button.setDefault(not prompting)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # the app runs on in the tray
            return
        super().keyPressEvent(event)

    def bring_up(self) -> None:
        """Show it, in front: the user just asked for it."""
        self.show()
        self.raise_()
        self.activateWindow()
        if self.prompt_row.isVisible():
            # Opened while a prompt is out (GNOME hid its banner): its answers come first.
            self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
