"""Shows what the break session says, and hands the user's clicks back to it.

This is the one place where session callbacks turn into windows; it decides nothing itself.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from psoasbreak.core.events import BreakEvent
from psoasbreak.core.exercises import Exercise, ExerciseLibrary
from psoasbreak.core.session import BreakSession, SessionStatus
from psoasbreak.core.settings import Settings
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.ui.exercise_window import ExerciseWindow
from psoasbreak.ui.prompt import PromptWindow
from psoasbreak.ui.tray import TrayIcon


class BreakPresenter(QObject):
    """Implements core.session.SessionListener with Qt windows, the tray and the scheduler."""

    def __init__(
        self,
        tray: TrayIcon,
        scheduler: BreakScheduler,
        library: ExerciseLibrary,
        settings: Callable[[], Settings],
        taken_today: Callable[[], int],
        icon: QIcon | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self._tray = tray
        self._scheduler = scheduler
        self._library = library
        self._settings = settings
        self._taken_today = taken_today
        self._icon = icon
        self._rng = rng or random.Random()
        self._session: BreakSession | None = None
        self.prompt: PromptWindow | None = None
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
        why = self._rng.choice(self._library.why_lines) if self._library.why_lines else ""
        prompt = PromptWindow(exercise, why, self._settings().snooze_minutes, self._icon)
        prompt.start_clicked.connect(lambda: self.session.start_break())
        prompt.snooze_clicked.connect(self.session.snooze)
        prompt.skip_clicked.connect(self.session.skip)
        self.prompt = prompt
        prompt.show_near_pointer()

    def prompt_closed(self) -> None:
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
        self.exercise_window = window
        window.show()
        window.raise_()
        window.activateWindow()

    def _exercise_finished(self) -> None:
        self.exercise_window = None
        self.session.end_break()

    def break_ended(self, event: BreakEvent) -> None:
        window, self.exercise_window = self.exercise_window, None
        if window is not None:
            window.close()

    def outcome_recorded(self, event: BreakEvent) -> None:
        self.state_changed(self.session.status())
