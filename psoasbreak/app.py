"""The composition root: the one module that builds the parts and wires them together."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from datetime import date
from typing import Any

from psoasbreak import APP_NAME
from psoasbreak.core.clock import Clock, SystemClock
from psoasbreak.core.settings import Settings
from psoasbreak.desktop.control_protocol import Request, Response
from psoasbreak.desktop.instance import InstanceLock
from psoasbreak.logs import setup_logging
from psoasbreak.storage.config_file import load_config
from psoasbreak.storage.database import DatabaseError, HistoryDatabase
from psoasbreak.storage.paths import AppPaths, ensure_runtime_dir

log = logging.getLogger(__name__)


def run_app(verbose: bool = False) -> int:
    paths = AppPaths.from_environment()
    try:
        ensure_runtime_dir(paths)
    except OSError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    lock = InstanceLock.acquire(paths.lock_path)
    if lock is None:
        pid = InstanceLock.holder_pid(paths.lock_path)
        where = f" (pid {pid})" if pid else ""
        print(f"{APP_NAME} is already running{where}; use '{APP_NAME} status' to ask it.")
        return 0
    try:
        return _run_locked(paths, verbose)
    finally:
        lock.release()


def _run_locked(paths: AppPaths, verbose: bool) -> int:
    setup_logging(paths.log_dir, verbose)
    clock = SystemClock()
    loaded = load_config(paths.config_file, clock.now())
    for problem in loaded.problems:
        log.warning("config: %s", problem.message)
        print(f"{APP_NAME}: {paths.config_file}: {problem.message}", file=sys.stderr)
    try:
        database = HistoryDatabase.open(paths.database_file)
    except DatabaseError as exc:
        log.error("cannot open the history: %s", exc)
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return 1
    try:
        app = App(paths, clock, loaded.settings, database)
        return app.exec()
    finally:
        database.close()


class App:
    """Owns the Qt application and every long-lived part; built once per process."""

    def __init__(
        self, paths: AppPaths, clock: Clock, settings: Settings, database: HistoryDatabase
    ) -> None:
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        from psoasbreak.assets import resource_path
        from psoasbreak.core.exercises import ExerciseLibrary
        from psoasbreak.core.policy import BreakPolicy
        from psoasbreak.core.session import BreakSession
        from psoasbreak.desktop.instance import ControlServer
        from psoasbreak.scheduling.scheduler import BreakScheduler
        from psoasbreak.ui.presenter import BreakPresenter
        from psoasbreak.ui.tray import TrayIcon

        self.qapp = QApplication.instance() or QApplication([APP_NAME])
        self.qapp.setApplicationName(APP_NAME)
        self.qapp.setDesktopFileName(APP_NAME)
        self.qapp.setQuitOnLastWindowClosed(False)
        self.paths, self.clock, self.settings, self.database = paths, clock, settings, database
        icon = QIcon(str(resource_path("icons", "psoasbreak.svg")))
        paused_icon = QIcon(str(resource_path("icons", "psoasbreak-paused.svg")))
        self.qapp.setWindowIcon(icon)

        self.tray = TrayIcon(icon, paused_icon)
        self.scheduler = BreakScheduler()
        self.library = ExerciseLibrary.load_default()
        self.presenter = BreakPresenter(
            self.tray,
            self.scheduler,
            self.library,
            lambda: self.settings,
            lambda: self.today().taken,
            icon,
        )
        self.session = BreakSession(
            clock, BreakPolicy(settings), self.library, database, self.presenter
        )
        self.presenter.attach(self.session)
        self.tray.quit_requested.connect(self.quit)
        self.control = ControlServer(paths.socket_path, self.handle)
        self._signals = _SignalWatcher(self.quit)

    # -- lifecycle ---------------------------------------------------------------------

    def exec(self) -> int:
        self.control.listen()
        self.tray.show()
        self.session.start()
        log.info("started; next break at %s", self.session.status().next_break_at)
        code = self.qapp.exec()
        self._shutdown()
        return code

    def quit(self) -> None:
        log.info("quitting")
        self.qapp.quit()

    def _shutdown(self) -> None:
        # A break running at quit is recorded (as skipped, with the seconds done) before we go.
        self.session.end_break()
        self.presenter.prompt_closed()
        self.scheduler.shutdown()
        self.control.close()
        self.tray.hide()

    # -- queries -----------------------------------------------------------------------

    def today(self) -> Any:
        from psoasbreak.core.history import DayCounts

        day = self.clock.now().date()
        return self.database.day_counts(day, day).get(day, DayCounts(day))

    def status_json(self) -> dict[str, Any]:
        from psoasbreak.core.history import streaks
        from psoasbreak.core.status import status_document

        today: date = self.clock.now().date()
        streak = streaks(self.database.all_day_counts(), self.settings.daily_goal, today)
        return status_document(
            self.session.status(), self.today(), self.settings.daily_goal, streak
        )

    # -- control socket ----------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        cmd, args = request.cmd, request.args
        if cmd == "ping":
            return Response(True, {"pid": os.getpid()})
        if cmd == "status":
            return Response(True, self.status_json())
        if cmd == "break_now":
            exercise = args.get("exercise")
            if exercise is not None and exercise not in self.library.ids:
                return Response(False, error=f"unknown exercise {exercise!r}")
            started = self.session.start_break(exercise)
            current = self.session.status().exercise
            title = self.library.get(current).title if current else None
            return Response(True, {"started": started, "exercise": current, "title": title})
        if cmd == "pause":
            return self._pause(args)
        if cmd == "resume":
            resumed = self.session.resume()
            return Response(True, {"resumed": resumed, **self.status_json()})
        if cmd == "quit":
            self.quit()
            return Response(True, {})
        return Response(False, error=f"unknown command {cmd!r}")

    def _pause(self, args: dict[str, Any]) -> Response:
        if args.get("until_tomorrow") is True:
            self.session.pause(until_tomorrow=True)
        else:
            minutes = args.get("minutes")
            if (
                isinstance(minutes, bool)
                or not isinstance(minutes, int)
                or not 1 <= minutes <= 1440
            ):
                return Response(False, error="pause needs 'minutes' from 1 to 1440")
            self.session.pause(minutes)
        return Response(True, self.status_json())


class _SignalWatcher:
    """SIGTERM/SIGINT end the app cleanly. Python runs signal handlers only between bytecodes, and
    Qt's loop runs in C, so the signal is written to a socket that a QSocketNotifier watches:
    no polling timer."""

    def __init__(self, on_signal: Any) -> None:
        from PySide6.QtCore import QSocketNotifier

        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
        self._on_signal = on_signal
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            self._read.recv(64)
        except BlockingIOError:
            return
        self._on_signal()
