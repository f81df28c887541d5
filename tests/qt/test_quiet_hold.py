"""A break held back by do-not-disturb, as the tray shows it: the tooltip says why it waits."""

from __future__ import annotations

import random

from PySide6.QtGui import QIcon

from psoasbreak.assets import resource_path
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.session import BreakSession, State
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.dnd import FULLSCREEN
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.shell.presenter import BreakPresenter
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.ui.tray import TrayIcon


class FakeQuiet:
    def __init__(self) -> None:
        self.reason: str | None = None

    def quiet_reason(self) -> str | None:
        return self.reason


def test_the_tray_says_why_a_due_break_waits_and_the_prompt_follows(qtbot, tmp_path):
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30)
    clock, quiet = FakeClock(), FakeQuiet()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    scheduler = BreakScheduler()
    icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
    tray = TrayIcon(icon, icon)
    library = ExerciseLibrary.load_default()
    presenter = BreakPresenter(
        tray, scheduler, library, lambda: settings, lambda: 0, icon, clock=clock
    )
    policy = BreakPolicy(settings, random.Random(3))
    session = BreakSession(clock, policy, library, database, presenter, quiet=quiet)
    presenter.attach(session)
    scheduler.due.connect(session.wakeup)
    try:
        session.start()
        quiet.reason = FULLSCREEN
        clock.advance((scheduler.armed_at - clock.now()).total_seconds())
        scheduler.due.emit()
        assert session.state is State.WORKING
        assert presenter.prompt is None
        assert tray.menu.actions()[0].text() == "Break waiting: a fullscreen window is active"
        assert "Break waiting: a fullscreen window is active" in tray.tray.toolTip()

        quiet.reason = None
        clock.advance((scheduler.armed_at - clock.now()).total_seconds())
        scheduler.due.emit()  # the once-a-minute re-check
        assert session.state is State.PROMPTING
        assert presenter.prompt is not None and presenter.prompt.isVisible()
        assert tray.menu.actions()[0].text() == "Time for a break"
    finally:
        presenter.prompt_closed()
        scheduler.shutdown()
        database.close()
