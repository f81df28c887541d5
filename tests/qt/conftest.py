"""A whole app's worth of real parts (session, SQLite, scheduler, tray, presenter) on a FakeClock."""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

import pytest
from PySide6.QtGui import QIcon

from psoasbreak.assets import resource_path
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.messages import Message
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.session import BreakSession
from psoasbreak.core.settings import Settings
from psoasbreak.scheduling.scheduler import BreakScheduler
from psoasbreak.shell.presenter import BreakPresenter
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.ui.translation import notice_text, notice_title
from psoasbreak.ui.tray import TrayIcon


class RecordingSound:
    """A SoundPlayer that writes down the cues instead of playing them."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, cue: str) -> None:
        self.played.append(cue)


@dataclass
class Rig:
    clock: FakeClock
    database: HistoryDatabase
    scheduler: BreakScheduler
    tray: TrayIcon
    presenter: BreakPresenter
    session: BreakSession
    settings: Settings
    #: The sound cues the presenter asked for, in order.
    sound: RecordingSound = field(default_factory=lambda: RecordingSound())
    #: What the presenter's seconds_since_input() answers; None = unknown (show prompts at once).
    input_idle: float | None = None

    def configure(self, **changes):
        """Change what the presenter reads from the settings (sound, breath pace, snooze)."""
        self.settings = replace(self.settings, **changes)

    def outcomes(self):
        return [(e.outcome.value, e.exercise, e.seconds) for e in self.database.events()]

    def due_now(self):
        """Move the clock to the armed wake-up and fire it as the scheduler's timer would."""
        armed = self.scheduler.armed_at
        assert armed is not None, "nothing is scheduled"
        self.clock.advance((armed - self.clock.now()).total_seconds())
        self.scheduler.due.emit()


def build_rig(tmp_path, **presenter_options) -> Rig:
    """A started Rig; ``presenter_options`` go to BreakPresenter (notifications, …).
    ``close_rig`` takes it apart."""
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)
    clock = FakeClock()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    scheduler = BreakScheduler()
    icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
    tray = TrayIcon(icon, QIcon(str(resource_path("icons", "psoasbreak-paused.svg"))))
    library = ExerciseLibrary.load_default()
    sound = RecordingSound()
    presenter = BreakPresenter(
        tray,
        scheduler,
        library,
        lambda: rig.settings,
        lambda: 0,
        icon,
        random.Random(3),
        sound=sound,
        seconds_since_input=lambda: rig.input_idle,
        **presenter_options,
        clock=clock,
    )
    session = BreakSession(
        clock, BreakPolicy(settings, random.Random(3)), library, database, presenter
    )
    presenter.attach(session)
    scheduler.due.connect(session.wakeup)  # App's _break_due, without the desktop edges
    rig = Rig(clock, database, scheduler, tray, presenter, session, settings, sound)
    session.start()
    return rig


def close_rig(rig: Rig) -> None:
    rig.presenter.close()
    if rig.presenter.exercise_window is not None:
        rig.presenter.exercise_window.close()
    rig.scheduler.shutdown()
    rig.database.close()


@pytest.fixture
def rig(qtbot, tmp_path):
    rig = build_rig(tmp_path)
    yield rig
    close_rig(rig)


class LiveRig:
    """What App wires for live settings (store, file watcher, Settings window, session, tray).
    New settings come into force as ``App.apply_settings`` brings them (the end-to-end tests run
    the real one). The FakeClock runs years ahead of the real one, so the real scheduler never
    fires during a test."""

    START = datetime(2030, 1, 9, 10, 0, tzinfo=timezone.utc)  # a Wednesday

    def __init__(self, tmp_path, config_text: str | None = None) -> None:
        from psoasbreak.desktop.autostart import XdgAutostart
        from psoasbreak.shell.live_settings import LiveSettings
        from psoasbreak.storage.config_file import load_config
        from psoasbreak.storage.settings_store import SettingsStore

        self.path = tmp_path / "config" / "psoasbreak" / "config.toml"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if config_text is not None:
            self.path.write_text(config_text, encoding="utf-8")
        self.clock = FakeClock(self.START)
        loaded = load_config(self.path, self.clock.now())
        self.autostart = XdgAutostart(
            tmp_path / "config" / "autostart", [tmp_path / "etc" / "autostart"]
        )
        store = SettingsStore(self.path, loaded.settings, self.autostart, loaded.problems)
        self.settings = store.current
        self.database = HistoryDatabase.open(tmp_path / "history.sqlite3")
        self.scheduler = BreakScheduler()
        icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
        self.tray = TrayIcon(icon, QIcon(str(resource_path("icons", "psoasbreak-paused.svg"))))
        library = ExerciseLibrary.load_default()
        self.presenter = BreakPresenter(
            self.tray,
            self.scheduler,
            library,
            lambda: self.settings,
            lambda: 0,
            icon,
            random.Random(3),
            clock=self.clock,
        )
        self.session = BreakSession(
            self.clock,
            BreakPolicy(self.settings, random.Random(3)),
            library,
            self.database,
            self.presenter,
        )
        self.presenter.attach(self.session)
        self.scheduler.due.connect(self.session.wakeup)
        self.applied: list[Settings] = []
        self.told: list[tuple[str, str]] = []

        def apply(settings: Settings) -> None:
            self.applied.append(settings)
            self.settings = settings
            self.session.replace_policy(BreakPolicy(settings, self.session.policy.rng))
            self.presenter.state_changed(self.session.status())

        def tell(title: str, said: Message) -> None:  # as App does it: English log, tray translated
            self.told.append((title, said.text))
            self.tray.notify(notice_title(title), notice_text(said))

        self.live = LiveSettings(store, apply, tell, icon)
        self.tray.settings_requested.connect(self.live.open_dialog)
        self.live.start()
        self.session.start()

    @property
    def next_break(self):
        return self.session.status().next_break_at

    def close(self) -> None:
        self.live.stop()
        self.presenter.prompt_closed()
        self.scheduler.shutdown()
        self.database.close()


@pytest.fixture
def live_rig(qtbot, tmp_path):
    """``live_rig(config_text=None)`` builds a LiveRig; everything it built is closed after."""
    made: list[LiveRig] = []

    def make(config_text: str | None = None) -> LiveRig:
        rig = LiveRig(tmp_path, config_text)
        made.append(rig)
        return rig

    yield make
    for rig in made:
        rig.close()
