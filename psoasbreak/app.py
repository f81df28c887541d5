"""The composition root: the one module that builds the parts and wires them together."""

from __future__ import annotations

import logging
import os
import random
import shutil
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from psoasbreak import APP_NAME
from psoasbreak.core.clock import Clock, SystemClock
from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.core.settings import Settings
from psoasbreak.logs import install_exception_logging, setup_logging
from psoasbreak.storage.config_file import load_config
from psoasbreak.storage.database import DatabaseError, HistoryDatabase
from psoasbreak.storage.paths import (
    AppPaths,
    remove_socket_note,
    settle_runtime_dir,
    write_socket_note,
)
from psoasbreak.storage.recovery import open_history
from psoasbreak.storage.safe_recorder import SafeRecorder, StorageNotice

if TYPE_CHECKING:  # imported for real only once Qt is up (issue 9: the tray comes first)
    from datetime import date, datetime

    from psoasbreak.core.events import BreakEvent
    from psoasbreak.core.programme import RoutineKind
    from psoasbreak.desktop.control_protocol import Request, Response
    from psoasbreak.desktop.instance import InstanceLock
    from psoasbreak.shell.edges import DesktopEdges

log = logging.getLogger(__name__)


def run_app(verbose: bool = False) -> int:
    from psoasbreak.desktop.environment import no_display_reason

    # Qt would abort the process (exit 134) with advice about xcb libraries instead (issue 17).
    reason = no_display_reason(os.environ)
    if reason is not None:
        print(f"{APP_NAME}: {reason}", file=sys.stderr)
        return 1
    try:
        paths, runtime_said = settle_runtime_dir(AppPaths.from_environment())
    except OSError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    said = [runtime_said] if runtime_said else []
    own_runtime = bool(runtime_said)  # said exactly when it made a folder of its own
    try:
        lock, lock_said = _take_instance_lock(paths)
        said += [lock_said] if lock_said else []
        if lock is None:
            print(f"{APP_NAME} is already running{_holder(paths)}; {_show_running(paths)}")
            return 0
        try:
            return _run_locked(paths, verbose, said)
        finally:
            lock.release()
    finally:
        if own_runtime:  # made for this run alone (settle_runtime_dir)
            shutil.rmtree(paths.runtime_dir, ignore_errors=True)


def _show_running(paths: AppPaths) -> str:
    """Open the running app's home window (DESIGN §3: the application menu starts the app again
    to get there); say what happened."""
    from psoasbreak.desktop.control_client import ControlError, NotRunning, app_socket, send
    from psoasbreak.desktop.control_protocol import Request

    try:
        shown = send(app_socket(paths), Request("show"), timeout=5).ok
    except (ControlError, NotRunning):
        shown = False
    if shown:
        return "its window is open."
    return f"use '{APP_NAME} status' to ask it."


def _take_instance_lock(paths: AppPaths) -> tuple[InstanceLock | None, str]:
    """The lock beside the history (``AppPaths.lock_path``) and "", or, when the history's
    folder cannot be written (read-only, full, not ours), the runtime folder's lock and why.

    Another start on this history still finds the first's lock in the first case, which is the
    usual one; in the second it is kept out only if it names the same runtime folder.
    """
    # Imported here, after the modules above: PySide6 (which instance.py loads) reads the source
    # of every module imported after it to look for ``__feature__`` (issue 9), and would keep
    # it all in memory (issue 21) but for this:
    from psoasbreak.pyside_workarounds import forget_checked_sources

    forget_checked_sources()
    from psoasbreak.desktop.instance import InstanceLock

    try:
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        return InstanceLock.acquire(paths.lock_path), ""
    except (IsADirectoryError, NotADirectoryError):
        raise  # something in the way that nothing foresees: the user is told where
    except OSError as exc:
        where = paths.runtime_lock_path
        why = (
            f"The single-instance lock cannot be made beside the history ({exc}); it is taken "
            f"in {where} instead, which keeps out other starts only with the same runtime folder."
        )
        return InstanceLock.acquire(where), why


def _holder(paths: AppPaths) -> str:
    """ " (pid N)", with the host when the lock is another machine's (a shared home folder)."""
    from psoasbreak.desktop.instance import InstanceLock

    for path in (paths.lock_path, paths.runtime_lock_path):
        pid, host = InstanceLock.holder(path)
        if pid is not None:
            here = socket.gethostname()
            elsewhere = f" on {host}; if psoasbreak is not running there, remove {path}"
            return f" (pid {pid}{elsewhere if host and host != here else ''})"
    return ""


def _run_locked(paths: AppPaths, verbose: bool, said: list[str]) -> int:
    from psoasbreak.desktop.session_bus import probe_session_bus

    # Asked now, answered while the settings and the history are read (about a millisecond).
    bus = probe_session_bus()
    install_exception_logging(setup_logging(paths.log_dir, verbose))
    for line in said:
        log.warning("%s", line)
        print(f"{APP_NAME}: {line}", file=sys.stderr)
    clock = SystemClock()
    loaded = load_config(paths.config_file, clock.now())
    for problem in loaded.problems:
        log.warning("config: %s", problem.message)
        print(f"{APP_NAME}: {paths.config_file}: {problem.message}", file=sys.stderr)
    at_start = [_config_notice(paths, loaded.problems)] if loaded.problems else []
    try:
        opened = open_history(paths.database_file, clock.now())
    except DatabaseError as exc:  # a newer schema or a failed upgrade: the file is left alone
        log.error("cannot open the history: %s", exc)
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    if opened.said is not None:
        at_start.append(StorageNotice(QT_TRANSLATE_NOOP("Notices", "Break history"), opened.said))
        _tell_stderr(at_start[-1])
    history = SafeRecorder(
        opened.database,
        lambda: HistoryDatabase.open(paths.database_file),
        paths.database_file,
        spill_dirs=(paths.data_dir, paths.state_dir),
    )
    bus_said = bus.settle()
    if bus_said:
        log.warning("%s", bus_said)
        print(f"{APP_NAME}: {bus_said}", file=sys.stderr)
    elif bus.other_error:
        log.info("the session bus probe failed (%s); Qt will find out for itself", bus.other_error)
    try:
        app = App(paths, clock, loaded.settings, history)
        app.at_start.extend(at_start)
        return app.exec()
    finally:
        for notice in history.close():
            _tell_stderr(notice)


def _config_notice(paths: AppPaths, problems: Any) -> StorageNotice:
    if len(problems) == 1:
        return StorageNotice(QT_TRANSLATE_NOOP("Notices", "Settings problem"), problems[0].said)
    # Never fewer than two problems here, so one plural template serves de, fr and es.
    said = Message.of(
        QT_TRANSLATE_NOOP(
            "Notices",
            "{count} problems in {path}; the defaults are used for those settings. The details "
            "are in the log.",
        ),
        count=len(problems),
        path=str(paths.config_file),
    )
    return StorageNotice(QT_TRANSLATE_NOOP("Notices", "Settings problems"), said)


def _tell_stderr(notice: StorageNotice) -> None:
    (log.warning if notice.problem else log.info)("%s: %s", notice.title, notice.text)
    print(f"{APP_NAME}: {notice.text}", file=sys.stderr)


class App:
    """Owns the Qt application and every long-lived part; built once per process.

    It builds and wires, nothing else: the rules are in core/, the app layer in shell/.
    ``edges`` makes the operating-system edges (``detect_edges`` for this desktop; tests pass
    fakes) and ``rng`` draws the intervals and exercises (tests pass a seeded one)."""

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock,
        settings: Settings,
        database: SafeRecorder,
        edges: Callable[[], DesktopEdges] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        from psoasbreak.pyside_workarounds import forget_checked_sources, keep_singletons_alive

        keep_singletons_alive()  # before any Qt call: PySide6 6.12 drops references to None
        forget_checked_sources()  # already done by run_app; an App built by a test needs it too
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from psoasbreak.assets import resource_path
        from psoasbreak.ui.tray import TrayIcon

        if QApplication.instance() is None:
            from psoasbreak.desktop.environment import choose_qt_platform

            choose_qt_platform(os.environ)
        # PySide6's stub types QApplication.instance() as the QCoreApplication it inherits it from.
        self.qapp = cast("QApplication | None", QApplication.instance()) or QApplication([APP_NAME])
        self.qapp.setApplicationName(APP_NAME)
        self.qapp.setDesktopFileName(APP_NAME)
        from psoasbreak.ui.translation import install_translators

        # Before any window or menu is built: they translate their texts as they are made.
        self.translators = install_translators(self.qapp)
        self.qapp.setQuitOnLastWindowClosed(False)
        self.paths, self.clock, self.settings, self.database = paths, clock, settings, database
        icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
        paused_icon = QIcon(str(resource_path("icons", "psoasbreak-paused.svg")))
        self.qapp.setWindowIcon(icon)
        from psoasbreak.desktop.instance import ControlServer

        # Listening from the first moment: a command sent while the rest is built waits in the
        # socket's queue and is answered once the event loop runs, instead of "not running".
        self.control_server = ControlServer(paths.socket_path, self._control_request)
        self.control_server.listen()
        if not write_socket_note(paths, paths.socket_path):
            log.info(
                "cannot write %s; the command line looks in the usual place", paths.socket_note
            )

        # The icon goes into the tray before anything else is imported or built (issue 9: the
        # dock request leaves at once, and what follows takes about 0.2 s). Its menu says
        # "Starting…" until the session starts, a few milliseconds later.
        self.tray = TrayIcon(icon, paused_icon)
        self.tray.show()
        from psoasbreak.shell.edges import detect_edges

        self.edges = (edges or detect_edges)()
        self.desktop = self.edges.desktop
        self.edges.late_tray_host.appeared.connect(self.tray.rebuild)
        self.edges.late_tray_host.appeared.connect(self._follow_tray_kind)
        self._follow_tray_kind()

        from psoasbreak.core.exercises import ExerciseLibrary
        from psoasbreak.core.policy import BreakPolicy
        from psoasbreak.core.session import BreakSession
        from psoasbreak.scheduling.retry import RetryTimer
        from psoasbreak.scheduling.scheduler import BreakScheduler
        from psoasbreak.shell.control import ControlCommands
        from psoasbreak.shell.live_settings import LiveSettings
        from psoasbreak.shell.presenter import BreakPresenter
        from psoasbreak.shell.signals import SignalWatcher
        from psoasbreak.storage.settings_store import SettingsStore

        self.scheduler = BreakScheduler()
        self._build_desktop_edges()
        self.library = ExerciseLibrary.load_default()
        rng = rng if rng is not None else random.Random()
        from psoasbreak.core.sync import new_machine_id
        from psoasbreak.desktop.machine import fingerprint, machine_name
        from psoasbreak.shell.sync import SharedHistory

        self.shared = SharedHistory(
            database,
            clock,
            paths.data_dir / "machine.json",
            machine_name,
            fingerprint,
            new_machine_id,
        )
        self.presenter = BreakPresenter(
            self.tray,
            self.scheduler,
            self.library,
            lambda: self.settings,
            lambda: self.control.today().taken,
            icon,
            rng,
            sound=self.edges.sound,
            # Asked only when a prompt is due, so a prompt waits for a pause in the typing.
            seconds_since_input=self.edges.idle.idle_seconds,
            notifications=self.edges.notifications,
            notification_by_default=self.edges.notification_by_default,
            clock=clock,
        )
        self.session = BreakSession(
            clock,
            BreakPolicy(settings, rng),
            self.library,
            database,
            self.presenter,
            quiet=self.quiet,
            idle=self.away,
            elsewhere=self.shared,
        )
        self.presenter.attach(self.session)
        self.shared.attach(self._break_elsewhere)
        self.presenter.recorded.connect(self.shared.outcome_recorded)
        self.presenter.status_changed.connect(self._follow_use)
        self.shared.merged.connect(self._merged)
        self.away.watch(self.session)
        self.scheduler.due.connect(self._break_due)
        self.scheduler.day_changed.connect(self._day_changed)
        self.control = ControlCommands(
            self.session,
            database,
            self.library,
            clock,
            lambda: self.settings,
            self.quit,
            self.away.session_changed,
            self.show_home,
            self._start_programme,
            self._programme_status,
            self.shared.status_json,
        )
        from psoasbreak.core.programme import shipped_programme
        from psoasbreak.shell.programme import ProgrammeSessions

        self.programme = ProgrammeSessions(
            shipped_programme(),
            self.session,
            database,
            clock,
            equipment=lambda: self.settings.programme.equipment,
            breath_seconds=lambda: (
                self.settings.breath_in_seconds + self.settings.breath_out_seconds
            ),
            icon=icon,
            play_cue=self.presenter.play_cue,
            offer=self.presenter.offer_programme,
            snooze=self.scheduler.snooze_programme,
            snooze_minutes=lambda: self.settings.snooze_minutes,
        )
        self.programme.recorded.connect(self._programme_recorded)
        self.scheduler.programme_due.connect(self.programme.due)
        self.presenter.programme_answered.connect(self.programme.answered)
        self._connect_desktop_edges()
        self.at_start: list[StorageNotice] = []
        self.retry_timer = RetryTimer()
        self.retry_timer.due.connect(database.flush)
        database.attach(self.retry_timer, self.tell)
        self.tray.quit_requested.connect(self.quit)
        self.history_window: Any = None  # built when first asked for; then reused
        self.tray.history_requested.connect(self.show_history)
        self.home_window: Any = None  # the same
        self.tray.home_requested.connect(self.show_home)
        self.presenter.status_changed.connect(self._refresh_home)
        store = SettingsStore(paths.config_file, settings, self.edges.autostart)
        self.settings = store.current  # its autostart is what the login entry really says
        self.at_start.extend(
            StorageNotice(QT_TRANSLATE_NOOP("Notices", "Start at login"), note)
            for note in store.start_notes
        )
        self.live_settings = LiveSettings(
            store,
            self.apply_settings,
            lambda title, said: self.tell(StorageNotice(title, said)),
            icon,
        )
        self.tray.settings_requested.connect(self.live_settings.open_dialog)
        self.live_settings.start()
        self._signals = SignalWatcher(self.quit)

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the edges, tell what start-up found, plan the first break."""
        self._start_desktop_edges()
        from psoasbreak.ui.translation import notice_text, notice_title

        for notice in self.at_start:  # already on stderr and in the log (in English)
            self.tray.notify(notice_title(notice.title), notice_text(notice.said))
        self.gnome.offer_changed.connect(self._refresh_gnome_offer)
        if self.gnome.tell_once():
            from psoasbreak.ui.home_window import gnome_told

            self.tray.notify(*gnome_told())
        self.session.start()
        self.shared.follow(self.settings.sync_folder)
        log.info("started; next break at %s", self.session.status().next_break_at)

    def exec(self) -> int:
        self.start()
        code = self.qapp.exec()
        self.shutdown()
        return code

    def _control_request(self, request: Request) -> Response:
        # Nothing is served before exec() runs the event loop, by when ``control`` is built;
        # this says so should something spin the loop earlier.
        control = getattr(self, "control", None)
        if control is None:
            from psoasbreak.desktop.control_protocol import Response

            return Response(False, error=f"{APP_NAME} is still starting; try again in a moment")
        handled: Response = control.handle(request)
        return handled

    def quit(self) -> None:
        log.info("quitting")
        self.qapp.quit()

    def tell(self, notice: StorageNotice) -> None:
        """Something about the user's data they must hear: the log, stderr and the tray."""
        from psoasbreak.ui.translation import notice_text, notice_title

        _tell_stderr(notice)
        said = notice_text(notice.said)
        self.tray.notify(notice_title(notice.title), said, problem=notice.problem)

    def _start_programme(self, kind: RoutineKind) -> str | None:
        """``session-now``: the session's title once it started, None when one cannot start."""
        if not self.programme.start(kind):
            return None
        return str(self.programme.window.windowTitle()) if self.programme.window else None

    def _programme_status(self) -> dict[str, Any] | None:
        p = self.settings.programme
        kinds = p.schedule()
        if not kinds:
            return None  # the programme is off
        times = [self.scheduler.next_programme_session(kind) for kind in kinds]
        next_at = min((t for t in times if t is not None), default=None)
        return self.programme.status(p.strength_target, next_at)

    def _programme_recorded(self) -> None:
        """A session is on disk: the home window and an open history window follow."""
        self._refresh_home()
        if self.history_window is not None:
            self.history_window.refresh_if_visible()

    def _break_elsewhere(self, at: datetime) -> None:
        """A break taken on another machine: the session restarts its interval, then the away
        check fits its timer to what the session became."""
        self.session.break_taken_elsewhere(at)
        self.away.session_changed()

    def _follow_use(self, _status: object = None) -> None:
        """The session changed: the sync folder hears when use here begins or ends."""
        self.shared.follow_use(self.session.away_since)

    def _merged(self) -> None:
        """Other machines' breaks are in the history: the tray, home and history windows
        count them."""
        self.presenter.state_changed(self.session.status())
        self._programme_recorded()

    def _machines_week(self, monday: date) -> dict[date, dict[str | None, int]]:
        """The breaks taken on each day of the week from ``monday``, by the machine they were
        taken on (None: this one); {} without a sync folder, so no line is shown."""
        if self.shared.folder is None:
            return {}
        from datetime import timedelta

        from psoasbreak.core.history import count_by_day

        by_machine: dict[str | None, list[BreakEvent]] = {}
        for name, event in self.database.machine_events(monday, monday + timedelta(days=6)):
            by_machine.setdefault(name, []).append(event)
        week: dict[date, dict[str | None, int]] = {}
        for name, events in by_machine.items():
            for day, counts in count_by_day(events).items():
                if counts.taken:
                    week.setdefault(day, {})[name] = counts.taken
        return week

    def _programme_week(self, monday: date) -> dict[str, Any]:
        """The history window's programme line and markers for the week from ``monday``."""
        from psoasbreak.core.programme import week_programme_json

        target = self.settings.programme.strength_target
        sessions = self.database.programme_sessions()
        return week_programme_json(sessions, monday, target, self.clock.now().date())

    def _follow_programme(self) -> None:
        """The programme's cron jobs follow the settings: strength on its days, mobility daily."""
        self.scheduler.follow_programme(self.settings.programme.schedule())

    def show_home(self) -> None:
        """The home window, in front: a second start, a left click on the tray, ``show``."""
        if self.home_window is None:
            from psoasbreak.ui.home_window import HomeWindow

            home = self.home_window = HomeWindow(self.qapp.windowIcon())
            home.break_now_requested.connect(lambda: self.session.start_break())
            home.pause_requested.connect(lambda minutes: self.session.pause(minutes))
            home.pause_until_tomorrow_requested.connect(
                lambda: self.session.pause(until_tomorrow=True)
            )
            home.pause_until_time_requested.connect(self.presenter.ask_pause_until)
            home.resume_requested.connect(self._resume)
            home.history_requested.connect(self.show_history)
            home.settings_requested.connect(self.live_settings.open_dialog)
            home.start_requested.connect(lambda: self.session.start_break())
            home.snooze_requested.connect(lambda: self.session.snooze())
            home.skip_requested.connect(lambda: self.session.skip())
            home.gnome_off_requested.connect(self._turn_gnome_off)
            home.keep_both_requested.connect(self.gnome.keep_both)
        self._refresh_home()
        self._refresh_gnome_offer()
        self.home_window.bring_up()

    def _refresh_gnome_offer(self) -> None:
        """The home window offers the choice about GNOME's reminders until it is made (GNOME
        is asked when the window opens and when the answer comes, not at every refresh)."""
        if self.home_window is not None:
            self.home_window.show_gnome_offer(self.gnome.offered)

    def _turn_gnome_off(self) -> None:
        if not self.gnome.turn_gnome_off():
            from psoasbreak.ui.home_window import gnome_not_turned_off

            self.tray.notify(*gnome_not_turned_off(), problem=True)

    def _refresh_home(self) -> None:
        """The session's state or today's counts changed: the home window follows, if built."""
        if self.home_window is None:
            return
        today, goal, streak = self.control.progress()
        self.home_window.show_status(
            self.session.status(),
            today,
            goal,
            streak,
            self.settings.snooze_minutes,
            self.session.prompt_choices(),
        )

    def show_history(self) -> None:
        from psoasbreak.ui.history_window import HistoryWindow

        self.history_window = HistoryWindow.show_for(
            self.history_window,
            self.database,
            self.clock,
            lambda: self.settings.daily_goal,
            changed=self.presenter.recorded,
            icon=self.qapp.windowIcon(),
            programme=self._programme_week,
            machines=self._machines_week,
        )

    def apply_settings(self, settings: Settings) -> None:
        """New settings are in force (saved from the Settings window, or an edit of the file):
        the session re-plans a pending break if the schedule changed, and the tray shows it."""
        from psoasbreak.core.policy import BreakPolicy

        self.settings = settings
        self._follow_working_hours()
        self._follow_programme()
        self.session.replace_policy(BreakPolicy(settings, self.session.policy.rng))
        self.away.apply(settings.idle_reset_minutes)
        self.shared.follow(settings.sync_folder)
        self.presenter.state_changed(self.session.status())

    def shutdown(self) -> None:
        self.live_settings.stop()
        self.programme.close()  # a session in progress is recorded as far as it got
        # A break running at quit is recorded (as skipped, with the seconds done) before we go.
        self.session.end_break()
        self.shared.close()  # after the last outcome: the file says it and that use ended
        self.presenter.close()
        self.away.stop()
        self.wake.stop()
        self.edges.close()  # the Wayland idle monitor lets go of the compositor before exit
        self.scheduler.shutdown()
        self.control_server.close()
        remove_socket_note(self.paths, self.paths.socket_path)
        self._signals.close()
        self.tray.hide()
        for translator in self.translators:
            self.qapp.removeTranslator(translator)

    # -- desktop facts: time away, suspend, clock jumps, do not disturb, no tray --------

    def _build_desktop_edges(self) -> None:
        """What the session needs at construction: do-not-disturb, the idle time, the clocks."""
        from psoasbreak.core.gnome_breaks import GnomeBreakQuiet
        from psoasbreak.core.quiet import AnyQuiet, QuietApps
        from psoasbreak.scheduling.wake import WakeWatch
        from psoasbreak.shell.away_check import AwayDetector
        from psoasbreak.shell.gnome_breaks import GnomeBreakReminders

        # The settings are read at each question, so an edited quiet_apps applies at once.
        quiet_apps = QuietApps(lambda: self.settings.quiet_apps, self.edges.running_programs)
        self.gnome = GnomeBreakReminders(
            self.edges.gnome_breaks, self.paths.state_dir / "gnome-breaks.json"
        )
        gnome_quiet = GnomeBreakQuiet(self.gnome.facts, self.clock)
        self.quiet = AnyQuiet([self.edges.quiet, quiet_apps, gnome_quiet])
        self.away = AwayDetector(self.edges.idle, self.clock)
        self.wake = WakeWatch(self.edges.wake_clocks)
        # Linux tells of clock sets and resumes through a timerfd; elsewhere the check polls.
        if self.edges.clock_set.active:
            self.wake.listen_to(self.edges.clock_set.clock_set)

    def _connect_desktop_edges(self) -> None:
        self.wake.slept.connect(self._slept)
        self.wake.clock_changed.connect(self._clock_changed)
        self.power = self.edges.sleep
        self.power.going_to_sleep.connect(self._going_to_sleep)
        self.power.resumed.connect(self._resumed)
        self.edges.timezone.changed.connect(self._timezone_changed)
        self.screen_lock = self.edges.screen_lock
        self.screen_lock.locked_changed.connect(self.away.screen_locked)
        self.tray.resume_requested.connect(self._resume)

    def _follow_tray_kind(self) -> None:
        """A StatusNotifier tray's messages are notifications: ours, sent without waiting."""
        if self.edges.tray_is_status_notifier():
            self.tray.send_messages_with(self.edges.notifications.tell)

    def _break_due(self) -> None:
        """The scheduler fired. First the clocks (a break that fell due during a suspend is seen
        as the suspend it was), then the session acts on what is due (asking the idle time
        itself), then the away check fits its timer to what the session became: one call, in
        this order, whatever order Qt would call connected slots in."""
        self.wake.check()
        gnome_break = self.gnome.last_break_end()
        if gnome_break is not None:  # a break GNOME saw taken counts like one taken elsewhere
            self.session.break_taken_elsewhere(gnome_break)
        self.session.wakeup()
        self.away.session_changed()

    def _slept(self, seconds: float) -> None:
        """The clocks tell of a sleep: the session weighs it, then the away check looks at once
        (a state change the session's own timer does not bring)."""
        self.session.resumed_from_sleep(seconds)
        self.away.session_changed()

    def _resume(self) -> None:
        """ "Resume" from the tray: the session plans anew, then the away check looks."""
        self.session.resume()
        self.away.session_changed()

    def _day_changed(self) -> None:
        """Local midnight: today's counts and the streak start anew in the tray."""
        self.presenter.state_changed(self.session.status())

    def _clock_changed(self) -> None:
        """The wall clock jumped or the zone changed: the local jobs follow the new zone, the
        session re-plans, the away check looks again."""
        self.scheduler.local_zone_changed()
        self.session.clock_changed()
        self.away.session_changed()

    def _timezone_changed(self) -> None:
        """timedated says the zone changed: the wake check reads the new offset (a change is
        re-planned as any clock change), and the local jobs follow the zone's rules."""
        self.wake.check()
        self.scheduler.local_zone_changed()

    def _follow_working_hours(self) -> None:
        hours = self.settings.working_hours
        days = hours.days if hours.enabled else ()
        self.scheduler.follow_working_hours(days, hours.start, hours.end)

    def _going_to_sleep(self) -> None:
        self.wake.check()  # a fresh baseline just before the suspend
        self.session.sleep_began()
        self.shared.follow_use(self.clock.now())  # use ends here: the others may hear it

    def _resumed(self) -> None:
        """logind's resume: the clocks first, then the session weighs the time between the two
        signals where the clocks saw no sleep (core/session.py ``sleep_ended``)."""
        self.wake.check()
        self.session.sleep_ended()
        self.away.session_changed()
        self._follow_use()

    def _start_desktop_edges(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from psoasbreak.desktop.environment import no_tray_message

        self.wake.start()
        self._follow_working_hours()
        self._follow_programme()
        self.scheduler.follow_midnight()
        self.away.apply(self.settings.idle_reset_minutes)
        if self.edges.on_dbus:  # logind and the screensaver live on D-Bus
            self.power.connect_bus()
            self.edges.timezone.connect_bus()
            self.screen_lock.connect_bus()
        if not QSystemTrayIcon.isSystemTrayAvailable():
            message = no_tray_message(self.desktop)
            log.warning("%s", message)
            print(f"{APP_NAME}: {message}", file=sys.stderr)
