"""Shows what the break session says, and hands the user's clicks back to it.

This is the one place where session callbacks turn into windows; it decides nothing itself.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

from psoasbreak.core.clock import Clock
from psoasbreak.core.events import BreakEvent
from psoasbreak.core.exercises import Exercise, ExerciseLibrary
from psoasbreak.core.limits import PromptChoices
from psoasbreak.core.prompting import (
    DISMISSED,
    PromptAnswer,
    WhyLines,
    answer_for,
    prompt_as_notification,
)
from psoasbreak.core.session import BreakSession, SessionStatus
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.notifications import NoNotifications, NotificationPrompt, PromptNotice
from psoasbreak.desktop.sound import Cue, SoundPlayer
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.scheduling.timer import Timer
from psoasbreak.ui.prompt_text import TITLE, limits_note
from psoasbreak.ui.translation import exercise_text, localized_exercise, translate
from psoasbreak.ui.tray import TrayIcon

if TYPE_CHECKING:
    from psoasbreak.ui.exercise_window import ExerciseWindow
    from psoasbreak.ui.pause_until import PauseUntilDialog
    from psoasbreak.ui.prompt import PromptWindow, TypingPause

log = logging.getLogger(__name__)


class BreakPresenter(QObject):
    """Implements core.session.SessionListener with Qt windows, the tray and the scheduler."""

    #: An outcome is on disk (BreakEvent): the history window redraws while it is open.
    recorded = Signal(object)
    #: The tray shows a new state, or today's counts changed (a SessionStatus): the home window
    #: follows.
    status_changed = Signal(object)
    #: A programme session's prompt was answered: its kind and "start", "snooze" or "skip".
    programme_answered = Signal(str, str)

    def __init__(
        self,
        tray: TrayIcon,
        scheduler: BreakScheduler,
        library: ExerciseLibrary,
        settings: Callable[[], Settings],
        taken_today: Callable[[], int],
        icon: QIcon,
        rng: random.Random,
        *,
        sound: SoundPlayer,
        seconds_since_input: Callable[[], float | None],
        notifications: NotificationPrompt | NoNotifications,
        notification_by_default: bool,
        clock: Clock,
    ) -> None:
        """``sound`` plays the exercise cues while ``settings().sound`` is on;
        ``seconds_since_input`` (None: unknown) lets a prompt wait for a pause in typing;
        ``notifications`` shows the prompt as a desktop notification when ``prompt_style`` says
        so, ``auto`` meaning ``notification_by_default`` (true on Wayland, DESIGN §1)."""
        super().__init__()
        self._tray = tray
        self._scheduler = scheduler
        self._library = library
        self._settings = settings
        self._taken_today = taken_today
        self._icon = icon
        self._rng = rng
        self._sound = sound
        self._seconds_since_input = seconds_since_input
        self._why = WhyLines(library.why_lines, self._rng)
        self._clock = clock
        self._session: BreakSession | None = None
        self.prompt: PromptWindow | None = None
        self.typing_pause: TypingPause | None = None
        self.exercise_window: ExerciseWindow | None = None
        self.pause_until_dialog: PauseUntilDialog | None = None
        self._notifications = notifications
        self._notification_by_default = notification_by_default
        #: The prompt out as a notification, kept to show as a window if the server fails us.
        self._notified: tuple[Exercise, str, PromptChoices] | None = None
        self._told_no_notifications = False
        #: The programme session a prompt out offers (its kind), with what the prompt shows.
        self._offer: tuple[str, Exercise, str] | None = None
        self.offer_timeout = Timer(self, "programme-offer-timeout", single_shot=True)
        self.offer_timeout.timeout.connect(self._offer_expired)
        self._notifications.action_invoked.connect(self._notification_answered)
        self._notifications.dismissed.connect(lambda: self._notification_answered(DISMISSED))
        self._notifications.unavailable.connect(self._notification_unavailable)

    def attach(self, session: BreakSession) -> None:
        self._session = session
        tray = self._tray
        tray.break_now_requested.connect(lambda: session.start_break())
        tray.pause_requested.connect(lambda minutes: session.pause(minutes))
        tray.pause_until_tomorrow_requested.connect(lambda: session.pause(until_tomorrow=True))
        tray.pause_until_time_requested.connect(self.ask_pause_until)

    def ask_pause_until(self) -> None:
        """ "Pause → Until a time…" (tray or home window): one small window asks which time,
        the next full hour filled in (where most meetings end)."""
        if self.pause_until_dialog is None:
            from psoasbreak.ui.pause_until import PauseUntilDialog

            self.pause_until_dialog = PauseUntilDialog(self._icon)
            self.pause_until_dialog.chosen.connect(self._pause_until)
        next_hour = self._clock.now().astimezone() + timedelta(hours=1)
        self.pause_until_dialog.ask(next_hour.time().replace(minute=0, second=0, microsecond=0))

    def _pause_until(self, at: time) -> None:
        session = self.session
        session.pause(until=session.policy.pause_until(self._clock.now(), at))

    @property
    def session(self) -> BreakSession:
        if self._session is None:
            raise RuntimeError("BreakPresenter: attach() a session first")
        return self._session

    # -- SessionListener ---------------------------------------------------------------

    def schedule_changed(self, wake_at: datetime | None) -> None:
        name = self._session.wakeup_name() if self._session is not None else None
        self._scheduler.arm(wake_at, name or "wake-up")

    def state_changed(self, status: SessionStatus) -> None:
        self._tray.show_status(status, self._taken_today(), self._settings().daily_goal)
        self.status_changed.emit(status)

    def prompt_opened(self, exercise: Exercise, choices: PromptChoices) -> None:
        self.prompt_closed()
        why = self._why.next()
        if self._wants_notification():
            self._notified = (exercise, why, choices)
            settings = self._settings()
            shown = localized_exercise(exercise)
            line = translate("Presenter", "{title} — {summary}").format(
                title=shown.title, summary=shown.summary
            )
            self._notifications.show(
                PromptNotice(
                    translate("Prompt", TITLE),
                    "\n".join(filter(None, (line, exercise_text(why), limits_note(choices)))),
                    settings.snooze_minutes,
                    settings.prompt_timeout_minutes * 60_000,
                    snooze=choices.snooze,
                    skip=choices.skip,
                )
            )
            return
        self._open_prompt_window(exercise, why, choices)

    def _wants_notification(self) -> bool:
        return prompt_as_notification(self._settings().prompt_style, self._notification_by_default)

    def offer_programme(self, kind: str, offer: Exercise, heading: str) -> None:
        """A programme session fell due: the prompt (window or notification, as for a break)
        with the session's heading, Start / Snooze / Skip; the answer goes out as
        ``programme_answered``. Unanswered, it goes away after ``prompt_timeout_minutes``."""
        self.prompt_closed()
        self._offer = (kind, offer, heading)
        settings = self._settings()
        self.offer_timeout.start(settings.prompt_timeout_minutes * 60_000)
        if self._wants_notification():
            shown = localized_exercise(offer)
            self._notifications.show(
                PromptNotice(
                    heading,
                    shown.summary,
                    settings.snooze_minutes,
                    settings.prompt_timeout_minutes * 60_000,
                )
            )
            return
        self._open_offer_window()

    def _open_offer_window(self) -> None:
        if self._offer is None:
            return
        _kind, offer, heading = self._offer
        from psoasbreak.ui.prompt import PromptWindow  # at the first prompt (issue 21: 1.6 MB)

        prompt = PromptWindow(
            offer, "", self._settings().snooze_minutes, self._icon, heading=heading
        )
        for signal, answer in (
            (prompt.start_clicked, PromptAnswer.START),
            (prompt.snooze_clicked, PromptAnswer.SNOOZE),
            (prompt.skip_clicked, PromptAnswer.SKIP),
        ):
            signal.connect(lambda a=answer: self._programme_answer(a))
        self._show_when_typing_pauses(prompt)

    def _programme_answer(self, answer: PromptAnswer | None) -> None:
        offer = self._offer
        if offer is None or answer is None:
            return
        self.prompt_closed()
        self.programme_answered.emit(offer[0], answer.value)

    def _offer_expired(self) -> None:
        if self._offer is not None:
            log.info("programme session prompt (%s) not answered: withdrawn", self._offer[0])
            self.prompt_closed()

    def _notification_answered(self, key: str) -> None:
        if self._offer is not None:
            self._programme_answer(answer_for(key))
            return
        self._notified = None
        answer = answer_for(key)
        if answer is PromptAnswer.START:
            self.session.start_break()
        elif answer is PromptAnswer.SNOOZE:
            self.session.snooze()
        elif answer is PromptAnswer.SKIP:
            self.session.skip()

    def _notification_unavailable(self, why: str) -> None:
        """No usable notification server: this prompt, and the user is told once, becomes the
        window (which on Wayland may take the focus: the lesser evil than no prompt at all)."""
        notified, self._notified = self._notified, None
        if not self._told_no_notifications:
            self._told_no_notifications = True
            log.warning("break prompts appear as a window: %s", why)
            self._tray.notify(
                translate("Presenter", "Prompt shown as a window"),
                translate(
                    "Presenter",
                    "The break prompt cannot be a notification here ({why}), so it appears as "
                    "a small window instead.",
                ).format(why=why),
            )
        if notified is not None:
            self._open_prompt_window(*notified)
        elif self._offer is not None:
            self._open_offer_window()

    def _open_prompt_window(self, exercise: Exercise, why: str, choices: PromptChoices) -> None:
        # The window's module (its widgets and illustration) is imported with the first
        # prompt, not at start: 1.6 MB of idle memory (issue 21), a few ms once.
        from psoasbreak.ui.prompt import PromptWindow

        prompt = PromptWindow(
            exercise, why, self._settings().snooze_minutes, self._icon, choices=choices
        )
        prompt.start_clicked.connect(lambda: self.session.start_break())
        prompt.snooze_clicked.connect(self.session.snooze)
        prompt.skip_clicked.connect(self.session.skip)
        self._show_when_typing_pauses(prompt)

    def _show_when_typing_pauses(self, prompt: PromptWindow) -> None:
        from psoasbreak.ui.prompt import TypingPause

        self.prompt = prompt
        self.typing_pause = TypingPause(
            self._seconds_since_input, self._show_prompt, self._clock, self
        )
        self.typing_pause.start()

    def _show_prompt(self) -> None:
        waited, self.typing_pause = self.typing_pause, None
        if waited is not None:
            waited.deleteLater()
        if self.prompt is not None:
            self.prompt.show_near_pointer()
            self.session.prompt_shown()

    def prompt_closed(self) -> None:
        self._notified = None
        self._offer = None
        self.offer_timeout.stop()
        self._notifications.withdraw()
        waiting, self.typing_pause = self.typing_pause, None
        if waiting is not None:
            waiting.cancel()
            waiting.deleteLater()
        prompt, self.prompt = self.prompt, None
        # At quit, QApplication.quit() has already closed every window, and a closed prompt
        # deletes itself (WA_DeleteOnClose): closing it again would raise.
        if prompt is not None and shiboken6.isValid(prompt):
            prompt.close()

    def close(self) -> None:
        """At quit: nothing of ours stays on screen, and the notification connection closes."""
        self.prompt_closed()
        self._notifications.close()

    def break_started(self, exercise: Exercise, seconds: int) -> None:
        # Imported at the first break, not at start: most of the day it is never on screen, and
        # its module with its pacer is 0.4 MB of idle memory (issue 21). A few ms once.
        from psoasbreak.ui.exercise_window import ExerciseWindow

        settings = self._settings()
        window = ExerciseWindow(
            exercise,
            seconds,
            self.session.break_elapsed,
            settings.breath_in_seconds,
            settings.breath_out_seconds,
            self._icon,
        )
        window.finished.connect(self._exercise_finished)
        window.cue.connect(self.play_cue)
        self.exercise_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def play_cue(self, cue: Cue) -> None:
        """A cue of an exercise or programme window, heard when ``sound`` is on."""
        if self._settings().sound:
            self._sound.play(cue)

    def _exercise_finished(self) -> None:
        self.exercise_window = None
        self.session.end_break()

    def break_ended(self, event: BreakEvent) -> None:
        window, self.exercise_window = self.exercise_window, None
        if window is not None:
            window.close()

    def outcome_recorded(self, event: BreakEvent) -> None:
        self.state_changed(self.session.status())
        self.recorded.emit(event)
