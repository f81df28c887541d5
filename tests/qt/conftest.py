"""The real App, built with fake desktop edges on a FakeClock: SQLite, the scheduler, the tray,
the presenter, the session, live settings, all wired by App itself (nothing here copies its
wiring). The edges are the only fakes: idle time, sound, notifications, do-not-disturb, the wake
clocks, the login entry in a temporary folder.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from psoasbreak.app import App
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.quiet import NeverQuiet, QuietSource
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.autostart import XdgAutostart
from psoasbreak.desktop.clock_watch import NoClockSetWatch
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.gnome_breaks import GnomeBreaks, NoGnomeBreaks
from psoasbreak.desktop.notifications import NoNotifications, NotificationPrompt
from psoasbreak.desktop.power import SleepMonitor, TimezoneWatch
from psoasbreak.desktop.screen_lock import ScreenLockWatch
from psoasbreak.desktop.tray_host import NoLateTrayHost
from psoasbreak.shell.edges import DesktopEdges
from psoasbreak.storage.config_file import load_config
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.storage.paths import AppPaths, ensure_runtime_dir
from psoasbreak.storage.safe_recorder import SafeRecorder, StorageNotice
from tests.desktop_fakes import FakeWakeClocks


class RecordingSound:
    """A SoundPlayer that writes down the cues instead of playing them."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, cue: str) -> None:
        self.played.append(cue)


class SettableIdle:
    """An idle monitor whose answer the test sets (``rig.input_idle``); None = unknown."""

    name = "test"
    available = True

    def __init__(self) -> None:
        self.seconds: float | None = None

    def idle_seconds(self) -> float | None:
        return self.seconds

    def close(self) -> None:
        pass


class SpyApp(App):
    """The real App, writing down the settings it brings into force and what it tells."""

    def __init__(self, *args, **kwargs) -> None:
        self.applied: list[Settings] = []
        self.told: list[tuple[str, str]] = []
        super().__init__(*args, **kwargs)

    def apply_settings(self, settings: Settings) -> None:
        self.applied.append(settings)
        super().apply_settings(settings)

    def tell(self, notice: StorageNotice) -> None:
        self.told.append((notice.title, notice.said.text))
        super().tell(notice)


class Rig:
    """A started App on a FakeClock in ``tmp_path``; ``close()`` shuts it down."""

    def __init__(
        self,
        tmp_path: Path,
        *,
        start: datetime | None = None,
        settings: Settings | None = None,
        config_text: str | None = None,
        notifications: NotificationPrompt | None = None,
        notification_by_default: bool = False,
        quiet: QuietSource | None = None,
        gnome_breaks: GnomeBreaks | NoGnomeBreaks | None = None,
    ) -> None:
        paths = AppPaths(
            config_dir=tmp_path / "config" / "psoasbreak",
            data_dir=tmp_path / "data",
            state_dir=tmp_path / "state",
            runtime_dir=tmp_path / "run",
        )
        ensure_runtime_dir(paths)
        paths.config_dir.mkdir(parents=True, exist_ok=True)
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        self.path = paths.config_file
        if config_text is not None:
            self.path.write_text(config_text, encoding="utf-8")
        self.clock = FakeClock(start) if start is not None else FakeClock()
        if settings is None:
            settings = load_config(self.path, self.clock.now()).settings
        self.sound = RecordingSound()
        self.idle = SettableIdle()
        self.autostart = XdgAutostart(
            tmp_path / "config" / "autostart", [tmp_path / "etc" / "autostart"]
        )
        server = DisplayServer.WAYLAND if notification_by_default else DisplayServer.UNKNOWN
        edges = DesktopEdges(
            desktop=DesktopSession(server),
            quiet=quiet if quiet is not None else NeverQuiet(),
            idle=self.idle,
            wake_clocks=FakeWakeClocks(self.clock),
            clock_set=NoClockSetWatch(),
            sleep=SleepMonitor(),
            timezone=TimezoneWatch(),
            screen_lock=ScreenLockWatch(),
            late_tray_host=NoLateTrayHost(),
            notifications=notifications if notifications is not None else NoNotifications(),
            sound=self.sound,
            autostart=self.autostart,
            on_dbus=False,
            gnome_breaks=gnome_breaks if gnome_breaks is not None else NoGnomeBreaks(),
        )
        database_file = paths.database_file
        self.database = SafeRecorder(
            HistoryDatabase.open(database_file),
            lambda: HistoryDatabase.open(database_file),
            database_file,
            spill_dirs=(paths.data_dir, paths.state_dir),
        )
        self.app = SpyApp(
            paths, self.clock, settings, self.database, lambda: edges, random.Random(3)
        )
        #: The tray's messages, from the start on.
        self.notified: list[tuple[str, str]] = []
        self.app.tray.notified.connect(lambda title, text: self.notified.append((title, text)))
        self.app.start()

    # -- what the tests look at: the App's own parts -----------------------------------------

    @property
    def session(self):
        return self.app.session

    @property
    def presenter(self):
        return self.app.presenter

    @property
    def tray(self):
        return self.app.tray

    @property
    def scheduler(self):
        return self.app.scheduler

    @property
    def live(self):
        return self.app.live_settings

    @property
    def settings(self) -> Settings:
        return self.app.settings

    @property
    def applied(self) -> list[Settings]:
        return self.app.applied

    @property
    def told(self) -> list[tuple[str, str]]:
        return self.app.told

    @property
    def input_idle(self) -> float | None:
        """What the idle monitor answers; None = unknown (prompts show at once)."""
        return self.idle.seconds

    @input_idle.setter
    def input_idle(self, seconds: float | None) -> None:
        self.idle.seconds = seconds

    @property
    def next_break(self):
        return self.session.status().next_break_at

    def configure(self, **changes) -> None:
        """Change what the app reads from its settings (sound, breath pace, snooze), as if
        they were in force, without a file."""
        self.app.settings = replace(self.app.settings, **changes)

    def outcomes(self):
        return [(e.outcome.value, e.exercise, e.seconds) for e in self.database.events()]

    def due_now(self) -> None:
        """Move the clock to the armed wake-up and fire it as the scheduler's timer would."""
        armed = self.scheduler.armed_at
        assert armed is not None, "nothing is scheduled"
        self.clock.advance((armed - self.clock.now()).total_seconds())
        self.scheduler.due.emit()

    def close(self) -> None:
        exercise = self.presenter.exercise_window
        self.app.shutdown()
        if exercise is not None:
            exercise.close()
        self.database.close()


#: The rig's schedule: a fixed 30-minute interval and one-minute breaks.
RIG_SETTINGS = Settings(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)


def build_rig(tmp_path, **options) -> Rig:
    """A started Rig with RIG_SETTINGS; ``options`` as Rig takes them. ``close_rig`` ends it."""
    return Rig(tmp_path, settings=options.pop("settings", RIG_SETTINGS), **options)


def close_rig(rig: Rig) -> None:
    rig.close()


@pytest.fixture
def rig(qtbot, tmp_path):
    rig = build_rig(tmp_path)
    yield rig
    close_rig(rig)


class LiveRig(Rig):
    """A Rig whose settings come from ``config.toml`` in its folder. The FakeClock runs years
    ahead of the real one, so the real scheduler never fires during a test."""

    START = datetime(2030, 1, 9, 10, 0, tzinfo=timezone.utc)  # a Wednesday

    def __init__(self, tmp_path, config_text: str | None = None) -> None:
        super().__init__(tmp_path, start=self.START, config_text=config_text)


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


@pytest.fixture(params=[1.0, 2.0], ids=["text-100%", "text-200%"])
def text_scale(request, qapp):
    """The application font at 1× and 2× its size, as a desktop's text-scaling setting does."""
    from PySide6.QtGui import QFont

    original = QFont(qapp.font())
    font = QFont(original)
    font.setPointSizeF(original.pointSizeF() * request.param)
    qapp.setFont(font)
    yield request.param
    qapp.setFont(original)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory) -> Path:
    """Every shipped language's catalogue, compiled from translations/*.ts as the build does."""
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("hatch_build", root / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    hatch_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hatch_build)
    folder = tmp_path_factory.mktemp("qm")
    hatch_build.compile_translations(root, folder)
    return folder


def _ui_languages() -> list[str]:
    from psoasbreak.ui.translation import SHIPPED_LANGUAGES

    return ["en", *SHIPPED_LANGUAGES]


@pytest.fixture(params=_ui_languages())
def ui_language(request, qapp, catalogues):
    """The windows in each language we ship (English, the source, first): our catalogue and
    Qt's installed, and the default locale set, as the app does at start for that user."""
    from PySide6.QtCore import QLocale

    from psoasbreak.ui import translation

    language = request.param
    QLocale.setDefault(QLocale(language))
    installed = translation.install_translators(qapp, QLocale(language), str(catalogues))
    if language != "en":
        ours = [t for t in installed if t.filePath().endswith(f"psoasbreak_{language}.qm")]
        assert ours, f"no catalogue of ours for {language}: {installed}"
    yield language
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())
