"""A whole app's worth of real parts (session, SQLite, scheduler, tray, presenter) on a FakeClock."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtGui import QIcon

from psoasbreak.assets import resource_path
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.session import BreakSession
from psoasbreak.core.settings import Settings
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.ui.presenter import BreakPresenter
from psoasbreak.ui.tray import TrayIcon


@dataclass
class Rig:
    clock: FakeClock
    database: HistoryDatabase
    scheduler: BreakScheduler
    tray: TrayIcon
    presenter: BreakPresenter
    session: BreakSession
    settings: Settings

    def outcomes(self):
        return [(e.outcome.value, e.exercise, e.seconds) for e in self.database.events()]

    def due_now(self):
        """Move the clock to the armed wake-up and fire it as the scheduler's timer would."""
        armed = self.scheduler.armed_at
        assert armed is not None, "nothing is scheduled"
        self.clock.advance((armed - self.clock.now()).total_seconds())
        self.scheduler.due.emit()


@pytest.fixture
def rig(qtbot, tmp_path):
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)
    clock = FakeClock()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    scheduler = BreakScheduler()
    icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
    tray = TrayIcon(icon, QIcon(str(resource_path("icons", "psoasbreak-paused.svg"))))
    library = ExerciseLibrary.load_default()
    presenter = BreakPresenter(
        tray, scheduler, library, lambda: settings, lambda: 0, icon, random.Random(3)
    )
    session = BreakSession(
        clock, BreakPolicy(settings, random.Random(3)), library, database, presenter
    )
    presenter.attach(session)
    session.start()
    yield Rig(clock, database, scheduler, tray, presenter, session, settings)
    presenter.prompt_closed()
    if presenter.exercise_window is not None:
        presenter.exercise_window.close()
    scheduler.shutdown()
    database.close()
