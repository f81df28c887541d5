"""The benchmark desktop and the programs measured on it.

One X desktop for the whole run (Xvfb + openbox + trayer, from ``tests.e2e.xsession``); each
program measured gets its own HOME and XDG folders and its own pair of private D-Bus daemons (a
session bus, and a second one standing in for the system bus, which Safe Eyes needs to start).
Every helper a bus starts on a program's behalf (at-spi, dconf) is therefore that program's and is
reported with it.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from psoasbreak.desktop.control_client import ControlError, NotRunning, send
from psoasbreak.desktop.control_protocol import Request, Response
from tests.benchmarks import procstats
from tests.benchmarks.xevents import Seen, XWatcher
from tests.e2e.xsession import SCREEN, XSession, clean_environ, start_xsession, stop_process

REPO = Path(__file__).resolve().parents[2]
#: Folders every program reads at start (fonts, icons, X locale data): evicted for cold starts.
SHARED_COLD_PATHS = [
    Path(p)
    for p in (
        "/usr/share/fonts",
        "/var/cache/fontconfig",
        "/usr/share/icons",
        "/usr/share/themes",
        "/usr/share/X11",
        "/usr/share/mime",
        "/usr/lib/locale",
        "/usr/share/glib-2.0",
    )
]
#: Python packages psoasbreak imports (their folders are evicted for a cold start).
OUR_PACKAGES = (
    "PySide6",
    "shiboken6",
    "apscheduler",
    "tzlocal",
    "platformdirs",
    "tomlkit",
    "jeepney",
    "psoasbreak",
)


class BenchError(RuntimeError):
    """Something the measurement needs did not happen; the message says what."""


# -- numbers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """Median and range of repeated measurements."""

    values: tuple[float, ...]

    @property
    def n(self) -> int:
        return len(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    def to_json(self) -> dict[str, Any]:
        if not self.values:
            return {"n": 0}
        return {
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "n": self.n,
            "values": list(self.values),
        }


def spread(values: Sequence[float | None]) -> Spread:
    return Spread(tuple(float(v) for v in values if v is not None))


# -- processes -------------------------------------------------------------------------------


def start_bus(log: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    """A private ``dbus-daemon`` with the session configuration; returns it and its address."""
    out = log.open("wb")
    proc = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=out,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().decode().strip()
    if not address.startswith("unix:"):
        stop_process(proc)
        raise BenchError(f"dbus-daemon printed no address (see {log})")
    return proc, address


@dataclass
class Desktop:
    """The X desktop and the event watcher shared by every measurement."""

    workdir: Path
    x: XSession
    watcher: XWatcher

    def nudge(self) -> None:
        """A one-pixel pointer move through XTEST, as a person at work makes: it resets the X
        idle counter so no program decides its user is away. It happens in a corner no window
        covers, so no window gets the motion."""
        x, y = 2, SCREEN[1] - 3
        self.x.x("xdotool", "mousemove", str(x + 1), str(y), "mousemove", str(x), str(y))

    @classmethod
    @contextlib.contextmanager
    def running(cls, workdir: Path) -> Iterator[Desktop]:
        x = start_xsession(workdir / "xsession")
        try:
            with XWatcher(x.display) as watcher:
                yield cls(workdir, x, watcher)
        finally:
            x.close()


@dataclass
class Launch:
    """One start of a program: its process and when it was asked to start."""

    proc: subprocess.Popen[bytes]
    started: float  # time.monotonic() just before the fork
    mark: int  # the X event position at that moment

    @property
    def pid(self) -> int:
        return self.proc.pid


@dataclass
class Subject:
    """A program measured: how to start it, ask it things and stop it, on its own profile."""

    key: str  # never "safeeyes": Safe Eyes counts any process with that word as a running copy
    title: str
    package: str  # the Debian package (peers) or "" (us)
    argv: list[str]
    cold_paths: list[Path]
    has_status: bool = False
    home: Path = Path()
    env: dict[str, str] = field(default_factory=dict)
    buses: list[subprocess.Popen[bytes]] = field(default_factory=list)
    helpers_seen: dict[int, str] = field(default_factory=dict)
    version: str = ""
    unavailable: str = ""  # why it cannot run here, if it cannot

    # -- profile and buses -----------------------------------------------------------------

    def prepare(self, desktop: Desktop) -> None:
        self.home = desktop.workdir / self.key
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = self._base_env(desktop)
        session, session_address = start_bus(self.home / "session-bus.log", self.env)
        system, system_address = start_bus(self.home / "system-bus.log", self.env)
        self.buses = [session, system]
        self.env["DBUS_SESSION_BUS_ADDRESS"] = session_address
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = system_address

    def _base_env(self, desktop: Desktop) -> dict[str, str]:
        env = clean_environ()
        # This machine's environment turns bytecode caching off; a user's install has it on (pip
        # and Debian compile modules at install time), so measure it that way.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        home = self.home / "home"
        runtime = self.home / "run"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        # The standard layout below HOME: Safe Eyes 2.1 creates ~/.config/safeeyes but writes to
        # $XDG_CONFIG_HOME/safeeyes, so any other XDG_CONFIG_HOME stops it at its first start.
        for name, rel in (
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_DATA_HOME", ".local/share"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_CACHE_HOME", ".cache"),
        ):
            (home / rel).mkdir(parents=True, exist_ok=True)
            env[name] = str(home / rel)
        env.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            DISPLAY=desktop.x.display,
            XDG_SESSION_TYPE="x11",
            PATH=os.pathsep.join(dict.fromkeys([str(Path(sys.executable).parent), os.defpath])),
        )
        return env

    def close(self) -> None:
        for bus in self.buses:
            stop_process(bus)
        self.buses.clear()

    def helpers(self) -> list[int]:
        """Processes the private buses started for this program (at-spi, dconf, …)."""
        pids = []
        for bus in self.buses:
            pids.extend(p for p in procstats.tree(bus.pid) if p != bus.pid)
        for pid in pids:
            self.helpers_seen.setdefault(pid, procstats.command_name(pid))
        return pids

    # -- one process -------------------------------------------------------------------------

    def launch(self, desktop: Desktop, extra_env: dict[str, str] | None = None) -> Launch:
        desktop.nudge()
        log = (self.home / "output.log").open("ab")
        mark = desktop.watcher.mark()
        started = time.monotonic()
        proc = subprocess.Popen(
            self.argv,
            env={**self.env, **(extra_env or {})},
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return Launch(proc, started, mark)

    def processes(self, launch: Launch) -> list[int]:
        return procstats.tree(launch.pid)

    def status(self, timeout: float = 10.0) -> Response | None:
        return None

    def stop(self, launch: Launch) -> None:
        stop_tree(launch)

    def output_tail(self, lines: int = 15) -> str:
        path = self.home / "output.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def stop_tree(launch: Launch, timeout: float = 10) -> None:
    """SIGTERM to the process group we started, then SIGKILL to whatever is left of it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(launch.pid, signal.SIGTERM)
    try:
        launch.proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(launch.pid, signal.SIGKILL)
        launch.proc.wait(timeout)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(launch.pid, signal.SIGKILL)  # children that outlived their parent


class Psoasbreak(Subject):
    """Us, started as users start us: the ``psoasbreak`` command."""

    def prepare(self, desktop: Desktop) -> None:
        super().prepare(desktop)
        self.env.update(QT_QPA_PLATFORM="xcb")
        exe = shutil.which("psoasbreak", path=self.env["PATH"])
        if exe is None:
            raise BenchError(
                f"the psoasbreak command is not installed: {sys.executable} -m pip install -e ."
            )
        self.argv = [exe]
        use_private_qt(self)
        # What pip does when it installs the wheel; an editable install leaves it to first use.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(REPO / "psoasbreak")],
            env=self.env,
            check=False,
        )
        self.config_path = Path(self.env["XDG_CONFIG_HOME"]) / "psoasbreak" / "config.toml"
        self.socket_path = Path(self.env["XDG_RUNTIME_DIR"]) / "psoasbreak" / "control.sock"

    def write_config(self, text: str) -> None:
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(text, encoding="utf-8")

    def clear_config(self) -> None:
        self.config_path.unlink(missing_ok=True)

    def request(
        self, cmd: str, args: dict[str, Any] | None = None, timeout: float = 10
    ) -> Response:
        return send(self.socket_path, Request(cmd, args or {}), timeout=timeout)

    def status(self, timeout: float = 10.0) -> Response | None:
        try:
            return self.request("status", timeout=timeout)
        except (NotRunning, ControlError, OSError):
            return None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.argv[0], *args],
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def stop(self, launch: Launch) -> None:
        if launch.proc.poll() is None:
            with contextlib.suppress(NotRunning, ControlError, OSError):
                self.request("quit", timeout=5)
            with contextlib.suppress(subprocess.TimeoutExpired):
                launch.proc.wait(10)
        stop_tree(launch)


def use_private_qt(subject: Subject) -> None:
    """Run ``subject`` on a private copy of PySide6, as on a desktop where it is the only PySide6
    program. PSS splits a shared page among the processes that map it: on a machine where other
    Python processes load the same PySide6 files (tests, say), the app's PSS would otherwise move
    by 30 MB as they come and go, with the app itself asleep."""
    private = subject.home / "private-site"
    for name in ("PySide6", "shiboken6"):
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            raise BenchError(f"{name} is not installed")
        source = Path(next(iter(spec.submodule_search_locations)))
        if not (private / name).exists():
            shutil.copytree(source, private / name, symlinks=True)
    subject.env["PYTHONPATH"] = str(private)
    subject.cold_paths.append(private)


#: The floor: what any PySide6 tray app costs before it does anything of its own (QApplication,
#: QSystemTrayIcon with our icon, a one-entry menu). Every psoasbreak figure is read against it.
BARE_TRAY = f"""
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(["bare-tray"])
app.setQuitOnLastWindowClosed(False)
tray = QSystemTrayIcon(QIcon({str(REPO / "resources" / "icons" / "psoasbreak.svg")!r}))
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
app.exec()
"""


class Floor(Subject):
    """The bare PySide6 tray (``BARE_TRAY``), started like us: same interpreter, its own private
    copy of PySide6, its own profile and buses, cold paths evicted the same way."""

    def prepare(self, desktop: Desktop) -> None:
        super().prepare(desktop)
        self.env.update(QT_QPA_PLATFORM="xcb")
        self.argv = [sys.executable, "-c", BARE_TRAY]
        use_private_qt(self)


def floor_subject() -> Floor:
    import importlib.metadata

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    subject = Floor(
        key="floor",
        title="bare PySide6 tray",
        package="",
        argv=[],
        cold_paths=[stdlib, REPO / "resources", *SHARED_COLD_PATHS],
    )
    subject.version = f"PySide6 {importlib.metadata.version('PySide6-Essentials')}"
    return subject


def _package_dirs(names: Sequence[str]) -> list[Path]:
    dirs = []
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            dirs.extend(Path(p) for p in spec.submodule_search_locations)
    return dirs


def our_subject() -> Psoasbreak:
    from psoasbreak import __version__

    stdlib = Path(sysconfig.get_paths()["stdlib"])
    subject = Psoasbreak(
        key="psoasbreak",
        title="psoasbreak",
        package="",
        argv=[],
        cold_paths=[stdlib, *_package_dirs(OUR_PACKAGES), REPO / "resources", *SHARED_COLD_PATHS],
        has_status=True,
    )
    subject.version = __version__
    return subject


def peer_subjects() -> list[Subject]:
    python_dirs = [Path("/usr/lib/python3.11"), Path("/usr/lib/python3/dist-packages")]
    return [
        Subject(
            key="workrave",
            title="Workrave",
            package="workrave",
            argv=["workrave"],
            cold_paths=[Path("/usr/share/workrave"), *SHARED_COLD_PATHS],
        ),
        Subject(
            key="safe-eyes",
            title="Safe Eyes",
            package="safeeyes",
            argv=["/usr/bin/safeeyes"],
            cold_paths=[*python_dirs, Path("/usr/share/safeeyes"), *SHARED_COLD_PATHS],
        ),
    ]


def debian_version(package: str) -> str:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package],
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else ""


def wait_until(predicate: Callable[[], Any], timeout: float, interval: float = 0.002) -> Any:
    """Call ``predicate`` until it returns something truthy (returned) or time runs out (None)."""
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() >= deadline:
            return None
        time.sleep(interval)


def embedded_by(subject: Subject, launch: Launch) -> Callable[[Seen], bool]:
    """Matches the program's tray icon being embedded (its window, or any new icon when the
    window does not say which process it belongs to)."""

    def match(seen: Seen) -> bool:
        if seen.kind != "embedded":
            return False
        return seen.pid is None or seen.pid in procstats.tree(launch.pid) or seen.pid == launch.pid

    return match
