"""Shows what the break session says, and hands the user's clicks back to it.

This is the one place where session callbacks turn into windows; it decides nothing itself.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

from psoasbreak.core.events import BreakEvent
from psoasbreak.core.exercises import Exercise, ExerciseLibrary
from psoasbreak.core.session import BreakSession, SessionStatus
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.sound import Cue, SoundPlayer
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.ui.exercise_window import ExerciseWindow
from psoasbreak.ui.prompt import PromptWindow, TypingPause
from psoasbreak.ui.tray import TrayIcon


class BreakPresenter(QObject):
    """Implements core.session.SessionListener with Qt windows, the tray and the scheduler."""

    #: An outcome is on disk (BreakEvent): the history window redraws while it is open.
    recorded = Signal(object)

    def __init__(
        self,
        tray: TrayIcon,
        scheduler: BreakScheduler,
        library: ExerciseLibrary,
        settings: Callable[[], Settings],
        taken_today: Callable[[], int],
        icon: QIcon | None = None,
        rng: random.Random | None = None,
        sound: SoundPlayer | None = None,
        seconds_since_input: Callable[[], float | None] | None = None,
    ) -> None:
        """``sound`` plays the exercise cues while ``settings().sound`` is on;
        ``seconds_since_input`` (None: unknown) lets a prompt wait for a pause in typing."""
        super().__init__()
        self._tray = tray
        self._scheduler = scheduler
        self._library = library
        self._settings = settings
        self._taken_today = taken_today
        self._icon = icon
        self._rng = rng or random.Random()
        self._sound = sound
        self._seconds_since_input = seconds_since_input
        # The "why" lines are shown in turn from a random start, so none repeats before all ran.
        self._why_next = self._rng.randrange(len(library.why_lines)) if library.why_lines else 0
        self._session: BreakSession | None = None
        self.prompt: PromptWindow | None = None
        self.typing_pause: TypingPause | None = None
        self.exercise_window: ExerciseWindow | None = None

    def attach(self, session: BreakSession) -> None:
        self._session = session
        self._scheduler.due.connect(session.wakeup)
        tray = self._tray
        tray.break_now_requested.connect(lambda: session.start_break())
        tray.pause_requested.connect(lambda minutes: session.pause(minutes))
        tray.pause_until_tomorrow_requested.connect(lambda: session.pause(until_tomorrow=True))
        tray.resume_requested.connect(session.resume)

    @property
    def session(self) -> BreakSession:
        assert self._session is not None, "attach() a session first"
        return self._session

    # -- SessionListener ---------------------------------------------------------------

    def schedule_changed(self, wake_at: datetime | None) -> None:
        self._scheduler.arm(wake_at)

    def state_changed(self, status: SessionStatus) -> None:
        self._tray.show_status(status, self._taken_today(), self._settings().daily_goal)

    def prompt_opened(self, exercise: Exercise) -> None:
        self.prompt_closed()
        prompt = PromptWindow(
            exercise, self._next_why(), self._settings().snooze_minutes, self._icon
        )
        prompt.start_clicked.connect(lambda: self.session.start_break())
        prompt.snooze_clicked.connect(self.session.snooze)
        prompt.skip_clicked.connect(self.session.skip)
        self.prompt = prompt
        if self._seconds_since_input is None:
            prompt.show_near_pointer()
            return
        self.typing_pause = TypingPause(self._seconds_since_input, self._show_prompt, self)
        self.typing_pause.start()

    def _show_prompt(self) -> None:
        waited, self.typing_pause = self.typing_pause, None
        if waited is not None:
            waited.deleteLater()
        if self.prompt is not None:
            self.prompt.show_near_pointer()

    def _next_why(self) -> str:
        lines = self._library.why_lines
        if not lines:
            return ""
        why = lines[self._why_next % len(lines)]
        self._why_next += 1
        return why

    def prompt_closed(self) -> None:
        waiting, self.typing_pause = self.typing_pause, None
        if waiting is not None:
            waiting.cancel()
            waiting.deleteLater()
        prompt, self.prompt = self.prompt, None
        if prompt is not None:
            prompt.close()

    def break_started(self, exercise: Exercise, seconds: int) -> None:
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
        window.cue.connect(self._play_cue)
        self.exercise_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _play_cue(self, cue: Cue) -> None:
        if self._sound is not None and self._settings().sound:
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
