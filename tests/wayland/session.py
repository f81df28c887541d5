"""A real headless Wayland desktop for end-to-end tests: sway, waybar, mako and a foot terminal.

sway refuses to run as root (DESIGN §5), so the whole session runs as the unprivileged user
``USER`` (``.ci/run`` creates it): the session bus, the compositor, its bar (which owns the
StatusNotifierWatcher, the tray), the notification server, a terminal that holds the keyboard
focus, the app under test and every tool that queries them, each started with
``runuser -u USER -- env -i …`` and only the environment given here. The app runs from a virtual
environment made with Debian's ``/usr/bin/python3`` (this image's default Python lives in root's
home, which that user cannot read) and filled from a wheel of the checkout (non-editable, so the
user never reads the checkout either).

Everything waits by polling with a deadline, never by fixed sleeps; a failure names what never
came up and shows the tails of the logs. Used by ``conftest.py`` and ``screenshots.py``.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import json
import os
import pwd
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest

from tests.e2e.xsession import (
    SessionError,
    StatusWaiting,
    StopWaiting,
    describe,
    poll,
    stop_process,
    tail,
    to_toml,
)
from tests.needs import unavailable

T = TypeVar("T")

#: The unprivileged user the session runs as; ``.ci/run`` creates it.
USER = "psoasbreak-ci"
CREATE_USER = (
    f"useradd --system --user-group --no-create-home --home-dir /nonexistent "
    f"--shell /usr/sbin/nologin {USER}"
)
SCREEN = (1280, 800)
SYSTEM_PYTHON = "/usr/bin/python3"
ROOT = Path(__file__).resolve().parents[2]
CLI_TIMEOUT = 20.0
START_TIMEOUT = 30.0

#: Programs the session needs, with the Debian package that ships each.
REQUIRED_TOOLS = {
    "runuser": "util-linux",
    "dbus-daemon": "dbus",
    "sway": "sway",
    "swaymsg": "sway",
    "waybar": "waybar",
    "mako": "mako-notifier",
    "makoctl": "mako-notifier",
    "busctl": "systemd",  # makoctl calls it; so do the D-Bus queries here
    "foot": "foot",
    "grim": "grim",
}
#: Libraries Qt's wayland platform plugin loads, with their Debian packages.
WAYLAND_LIBS = {
    "wayland-client": "libwayland-client0",
    "wayland-cursor": "libwayland-cursor0",
    "wayland-egl": "libwayland-egl1",
}

SWAY_CONFIG = """\
output HEADLESS-1 resolution {width}x{height} position 0 0 bg #2e3440 solid_color
# Only native Wayland clients: an app that fell back to XWayland would fail to start, not pass.
xwayland disable
focus_follows_mouse no
font pango:DejaVu Sans 10
exec waybar --config {waybar_config}
exec mako
"""
WAYBAR_CONFIG = {
    "layer": "top",
    "position": "top",
    "height": 30,
    "spacing": 8,
    "modules-left": ["sway/workspaces"],
    "modules-center": ["sway/window"],
    "modules-right": ["tray", "clock"],
    "tray": {"icon-size": 20, "spacing": 8},
    "clock": {"format": "{:%H:%M}"},
}
MAKO_CONFIG = """\
font=DejaVu Sans 11
width=380
border-radius=6
"""
TERMINAL_TEXT = "This terminal keeps the keyboard focus while psoasbreak offers a break."


# -- what the session needs ----------------------------------------------------------------------


def exercise_of(body: str) -> str:
    """A prompt notification's exercise, lower case: its body up to the dash. The rest of the
    body is a rotating fact, which may name another exercise ("…strong glutes…" under the
    stretch), so tests tell prompts apart by this alone."""
    return body.split(" — ", 1)[0].lower()


def missing_requirements(tools: Mapping[str, str] = REQUIRED_TOOLS) -> list[str]:
    """What this machine lacks for the Wayland session, each with how to get it: root, the
    user, ``tools`` (program → Debian package; the sway session's by default), Qt's Wayland
    libraries and a venv for the user."""
    problems = []
    if os.geteuid() != 0:
        problems.append("root (to run the session as the unprivileged user with runuser)")
    try:
        pwd.getpwnam(USER)
    except KeyError:
        problems.append(f"the user {USER} (.ci/run creates it: {CREATE_USER})")
    problems += [f"{tool} ({pkg})" for tool, pkg in tools.items() if not shutil.which(tool)]
    problems += [
        f"lib{lib}.so ({pkg})"
        for lib, pkg in WAYLAND_LIBS.items()
        if ctypes.util.find_library(lib) is None
    ]
    venv_ok = (
        Path(SYSTEM_PYTHON).exists()
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import ensurepip, venv"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not venv_ok:
        problems.append(f"{SYSTEM_PYTHON} with the venv module (python3-venv)")
    return problems


def require_wayland_session() -> None:
    """Skip when the machine cannot run the session, except on CI (``CI=true``), where that is a
    broken setup and fails."""
    missing = missing_requirements()
    if missing:
        reason = (
            f"the Wayland end-to-end tests need {', '.join(missing)}; "
            "install the programs with packaging/linux/install-system-deps --test"
        )
        unavailable(reason, "the Wayland test session")


# -- running things as the user ------------------------------------------------------------------


def as_user(args: Sequence[str | Path], env: Mapping[str, str]) -> list[str]:
    """The command line that runs ``args`` as USER with exactly ``env`` (nothing of root's), in
    its HOME: the caller's folder (a checkout in a mktemp folder, on CI) may be closed to USER,
    and foot's shell, for one, fails to start in a folder it cannot enter."""
    return [
        *("runuser", "-u", USER, "--", "env", "-i", f"--chdir={env.get('HOME', '/')}"),
        *(f"{k}={v}" for k, v in env.items()),
        *map(str, args),
    ]


def give_to_user(path: Path, mode: int = 0o755) -> Path:
    """Create ``path`` (and parents) as a folder owned by USER with ``mode``."""
    entry = pwd.getpwnam(USER)
    path.mkdir(parents=True, exist_ok=True)
    os.chown(path, entry.pw_uid, entry.pw_gid)
    path.chmod(mode)
    return path


def write_for_user(path: Path, text: str) -> Path:
    """Write a file USER owns (config files the session's programs read or rewrite)."""
    entry = pwd.getpwnam(USER)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chown(path, entry.pw_uid, entry.pw_gid)
    return path


def make_shared_root(prefix: str = "psoasbreak-wayland-") -> Path:
    """A fresh folder the user can traverse (pytest's own tmp folders are root's, mode 0700)."""
    root = Path(tempfile.mkdtemp(prefix=prefix))
    root.chmod(0o755)
    return root


def _proc_ppid(pid_dir: Path) -> int | None:
    try:
        return int((pid_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
        return None


def child_pid(parent: int) -> int | None:
    """The first live child of ``parent`` (runuser forks: the app is its child, not itself)."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _proc_ppid(entry) == parent:
            return int(entry.name)
    return None


def stop_as_user(proc: subprocess.Popen[Any], timeout: float = 5) -> int:
    """Stop a program started through runuser, and reap runuser.

    runuser passes a SIGTERM on to its child, but then waits 2 s and kills it: signal the child
    itself, and runuser exits with it.
    """
    if proc.poll() is None:
        child = child_pid(proc.pid)
        if child is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout)
    return stop_process(proc, timeout)


def processes_under(root: Path) -> list[int]:
    """Pids of live USER processes whose environment mentions ``root``: what a session started,
    including what sway and the bus started and left to init (they double-fork)."""
    uid = pwd.getpwnam(USER).pw_uid
    marker = str(root).encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            environ = (entry / "environ").read_bytes()
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
        if state != "Z" and marker in environ:
            pids.append(int(entry.name))
    return pids


def end_processes_under(root: Path, timeout: float = 5) -> None:
    pids = processes_under(root)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while pids and time.monotonic() < deadline:
        time.sleep(0.05)
        pids = [p for p in pids if p in processes_under(root)]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


# -- the app's virtual environment ---------------------------------------------------------------


@dataclass(frozen=True)
class UserVenv:
    path: Path
    seconds: float  # how long building it took, for the record

    @property
    def bin(self) -> Path:
        return self.path / "bin"


def build_user_venv(dest: Path) -> UserVenv:
    """A venv at ``dest`` (inside a folder USER can read) holding a wheel of this checkout.

    Root builds it (pip's cache in root's home makes PySide6 cheap after the first time); umask
    022 leaves every file readable by USER, who only runs it.
    """
    started = time.monotonic()
    log = dest.parent / "venv-build.log"
    wheel_dir = dest.parent / "wheel"
    env = {**os.environ, "PIP_ROOT_USER_ACTION": "ignore", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}

    def step(*args: str | Path) -> None:
        with log.open("a") as out:
            out.write(f"$ {' '.join(map(str, args))}\n")
            out.flush()
            done = subprocess.run(
                list(map(str, args)),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                umask=0o022,
                timeout=900,
                check=False,
            )
        if done.returncode != 0:
            raise SessionError(
                f"building the user's venv failed at {args[:4]} (exit {done.returncode}):\n"
                f"{tail(log)}"
            )

    step(
        *(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"),
        *("-w", wheel_dir, ROOT),
    )
    (wheel,) = wheel_dir.glob("psoasbreak-*.whl")
    step(SYSTEM_PYTHON, "-m", "venv", dest)
    step(dest / "bin" / "python", "-m", "pip", "install", "-q", wheel)
    venv = UserVenv(dest, time.monotonic() - started)
    with log.open("a") as out:
        out.write(f"built in {venv.seconds:.1f} s\n")
    return venv


# -- the desktop -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SwayWindow:
    """A view (application window) in ``swaymsg -t get_tree``."""

    con_id: int
    pid: int
    app_id: str | None
    title: str | None
    shell: str | None  # "xdg_shell" for a native Wayland window
    focused: bool
    floating: bool
    fullscreen: bool
    rect: tuple[int, int, int, int]  # x, y, width, height (with the border), output coordinates
    workspace_rect: tuple[int, int, int, int]


@dataclass(frozen=True)
class Notification:
    """One of mako's notifications, from ``makoctl list``."""

    id: int
    app_name: str
    summary: str
    body: str
    actions: Mapping[str, str]  # key → label

    @property
    def text(self) -> str:
        return f"{self.summary}\n{self.body}"


def _rect(node: Mapping[str, Any]) -> tuple[int, int, int, int]:
    r = node["rect"]
    return (r["x"], r["y"], r["width"], r["height"])


def windows_in_tree(tree: Mapping[str, Any]) -> list[SwayWindow]:
    found: list[SwayWindow] = []

    def walk(node: Mapping[str, Any], workspace: tuple[int, int, int, int]) -> None:
        if node.get("type") == "workspace":
            workspace = _rect(node)
        if node.get("pid") and node.get("type") in ("con", "floating_con"):
            found.append(
                SwayWindow(
                    con_id=node["id"],
                    pid=node["pid"],
                    app_id=node.get("app_id"),
                    title=node.get("name"),
                    shell=node.get("shell"),
                    focused=bool(node.get("focused")),
                    floating=node["type"] == "floating_con",
                    fullscreen=bool(node.get("fullscreen_mode")),
                    rect=_rect(node),
                    workspace_rect=workspace,
                )
            )
        for child in [*node.get("nodes", ()), *node.get("floating_nodes", ())]:
            walk(child, workspace)

    walk(tree, _rect(tree))
    return found


def parse_mako_list(text: str) -> list[Notification]:
    """``makoctl list`` prints busctl's JSON of ``aa{sv}``: each field is {"type", "data"}."""
    data = json.loads(text)["data"]
    items = data[0] if data else []
    return [
        Notification(
            id=int(item["id"]["data"]),
            app_name=item.get("app-name", {}).get("data", ""),
            summary=item.get("summary", {}).get("data", ""),
            body=item.get("body", {}).get("data", ""),
            actions=dict(item.get("actions", {}).get("data", {})),
        )
        for item in items
    ]


@dataclass
class WaylandSession:
    """A running session bus + headless sway (+ waybar, mako) + foot, all as USER."""

    root: Path
    env: dict[str, str]
    procs: list[tuple[str, subprocess.Popen[bytes], Path]] = field(default_factory=list)
    _shots: int = 0

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    # -- running tools as the user ---------------------------------------------------------------

    def run(
        self,
        *args: str | Path,
        env: Mapping[str, str] | None = None,
        timeout: float = CLI_TIMEOUT,
        check: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            as_user(args, self.env if env is None else env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and done.returncode != 0:
            raise SessionError(describe(done))
        return done

    def spawn(
        self,
        name: str,
        args: Sequence[str | Path],
        env: Mapping[str, str] | None = None,
        *,
        hold_stdin: bool = False,
    ) -> subprocess.Popen[bytes]:
        """Start a program as USER, its output in ``logs/NAME.log``; ``hold_stdin`` gives it a
        pipe that stays open while it runs (a program that ends at end of input)."""
        log = self.logs / f"{name}.log"
        with log.open("ab") as out:
            proc = subprocess.Popen(
                as_user(args, self.env if env is None else env),
                stdin=subprocess.PIPE if hold_stdin else subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.procs.append((name, proc, log))
        return proc

    def busctl(self, *args: str) -> Any:
        return json.loads(self.run("busctl", "--user", "-j", *args).stdout)

    # -- queries ---------------------------------------------------------------------------------

    def tree(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.run("swaymsg", "-r", "-t", "get_tree").stdout)
        return result

    def windows(self) -> list[SwayWindow]:
        return windows_in_tree(self.tree())

    def focused(self) -> SwayWindow | None:
        return next((w for w in self.windows() if w.focused), None)

    def focus(self, app_id: str) -> None:
        self.run("swaymsg", f'[app_id="{app_id}"] focus')

    def notifications(self) -> list[Notification]:
        return parse_mako_list(self.run("makoctl", "list").stdout)

    def invoke(self, notification: int, action: str) -> None:
        """What a click on the notification's action button does (mako emits ActionInvoked)."""
        self.run("makoctl", "invoke", "-n", str(notification), action)

    def name_has_owner(self, name: str) -> bool:
        reply = self.busctl(
            *("call", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus"),
            *("NameHasOwner", "s", name),
        )
        return bool(reply["data"][0])

    def tray_items(self) -> list[str]:
        """The StatusNotifierWatcher's RegisteredStatusNotifierItems ("busname/path" each)."""
        reply = self.busctl(
            *("get-property", "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher"),
            *("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"),
        )
        return list(reply["data"])

    def bus_name_pid(self, name: str) -> int:
        reply = self.busctl(
            *("call", "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus"),
            *("GetConnectionUnixProcessID", "s", name),
        )
        return int(reply["data"][0])

    def tray_item_pids(self) -> dict[str, int]:
        """Each registered tray item and the pid of the process that owns its bus name."""
        pids = {}
        for item in self.tray_items():
            # waybar lists Qt's item as "busname/path" (the unique name), GNOME's AppIndicator
            # extension as "busname@/path"; a bare name is also allowed.
            bus_name = item.split("/", 1)[0].rstrip("@") if not item.startswith("/") else item
            with contextlib.suppress(SessionError):
                pids[item] = self.bus_name_pid(bus_name)
        return pids

    def screenshot(self, dest: Path | str, label: str = "screen") -> Path:
        """The whole output as a PNG with ``grim`` (as the user, copied out to ``dest``)."""
        self._shots += 1
        shots = give_to_user(self.root / "shots")
        taken = shots / f"{self._shots:02d}-{label}.png"
        self.run("grim", "-o", "HEADLESS-1", taken, timeout=30)
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(taken, dest)
        return dest

    # -- lifetime --------------------------------------------------------------------------------

    def log_tails(self) -> str:
        logs = sorted(self.logs.glob("*.log"))
        return "\n".join(f"--- {log.name}:\n{tail(log)}" for log in logs)

    def check_alive(self) -> None:
        for name, proc, log in self.procs:
            if proc.poll() is not None:
                raise StopWaiting(f"{name} exited with {proc.returncode}:\n{tail(log)}")

    def wait(self, predicate: Callable[[], T], what: str, timeout: float = START_TIMEOUT) -> T:
        def check() -> T:
            self.check_alive()
            return predicate()

        return poll(check, timeout, what, interval=0.1, on_timeout=self.log_tails)

    def close(self) -> None:
        for _, proc, _ in reversed(self.procs):
            if proc.stdin is not None:  # a held stdin: its end of input
                with contextlib.suppress(OSError):
                    proc.stdin.close()
            stop_as_user(proc)
        self.procs.clear()
        # waybar, mako and anything the bus activated were started by sway or the bus and left
        # to init: find them by the session's folder in their environment.
        end_processes_under(self.root)


class UserAgent:
    """A helper script the tests run as USER in the app's venv (which has jeepney, pywayland
    and PySide6): the test's hands and eyes inside a desktop, where root may not reach the
    session's bus. One JSON request per line on its stdin, one JSON answer per line
    (``{"ok", "value"}``) on its stdout; the script says ``ready`` first. It is copied next to
    the session, since the checkout may be closed to USER."""

    def __init__(
        self, session: WaylandSession, python: Path, script: Path, *args: str | Path
    ) -> None:
        self.name = script.stem
        copy = session.root / script.name
        shutil.copyfile(script, copy)
        copy.chmod(0o644)
        self.log = session.logs / f"{self.name}.log"
        with self.log.open("ab") as err:
            self.proc = subprocess.Popen(
                as_user([python, copy, *args], session.env),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
            )
        if self._answer(30) != "ready":
            raise SessionError(f"{self.name} did not start:\n{tail(self.log)}")

    def _answer(self, timeout: float) -> Any:
        assert self.proc.stdout is not None
        readable, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if readable else b""
        if not line:
            raise SessionError(f"{self.name} did not answer:\n{tail(self.log)}")
        answer = json.loads(line)
        if not answer["ok"]:
            raise SessionError(f"{self.name} failed: {answer['value']}")
        return answer["value"]

    def ask(self, timeout: float = 20, **request: Any) -> Any:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request).encode() + b"\n")
        self.proc.stdin.flush()
        return self._answer(timeout)

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()
        stop_as_user(self.proc)


def start_early(request: pytest.FixtureRequest, fixture: str) -> None:
    """Start the module-scoped ``fixture`` now if any collected test uses it: apps whose
    prompts are minutes away start before the first test, so their minutes run while the
    other tests do."""
    if any(fixture in getattr(item, "fixturenames", ()) for item in request.session.items):
        request.getfixturevalue(fixture)


def check_tray_icon_comes_and_goes(app: WaylandApp, tray: str) -> None:
    """Start ``app``: its icon registers with the session's StatusNotifierWatcher (``tray``
    names who serves it, for the message) and no window opens; quit it: the icon goes."""
    session = app.session
    with app:
        item = app.wait_for(
            lambda: next(
                (i for i, pid in session.tray_item_pids().items() if pid == app.pid), None
            ),
            15,
            f"the app's icon among {tray}'s RegisteredStatusNotifierItems",
            detail=lambda: f"registered: {session.tray_item_pids()}",
        )
        assert app.windows() == [], "starting the app opened a window"
    session.wait(lambda: item not in session.tray_items(), "the icon to go when the app quits", 10)


def content_at_edges(png: Path, rect: tuple[int, int, int, int], band: int = 6) -> list[str]:
    """Where a window's outermost ``band`` pixels (inside its frame) are not all the colour of
    its corners: something drawn there was cut by the window's edge (text or a button running
    off the bottom, as GNOME's fonts once did). Empty when every edge is clear and the window
    has something drawn inside."""
    from PySide6.QtGui import QImage  # only here: the session needs no Qt in the test process

    image = QImage(str(png))
    if image.isNull():
        raise SessionError(f"cannot read the screenshot {png}")
    x0, y0, w, h = rect
    background = image.pixel(x0 + 1, y0 + h - 2)
    edges = {
        "top": [(x, y) for y in range(y0, y0 + band) for x in range(x0 + 2, x0 + w - 2)],
        "bottom": [(x, y) for y in range(y0 + h - band, y0 + h) for x in range(x0 + 2, x0 + w - 2)],
        "left": [(x, y) for x in range(x0, x0 + band) for y in range(y0 + 2, y0 + h - 2)],
        "right": [(x, y) for x in range(x0 + w - band, x0 + w) for y in range(y0 + 2, y0 + h - 2)],
    }
    problems = []
    for edge, points in edges.items():
        drawn = [p for p in points if image.pixel(*p) != background]
        if drawn:
            problems.append(f"{edge}: {len(drawn)} pixels drawn, first at {drawn[0]}")
    # A screenshot without the window (black, or the wallpaper's flat colour) has clear edges
    # too: its inside must hold something drawn (text, the illustration) for the check to count.
    inside = [
        (x, y)
        for y in range(y0 + band, y0 + h - band, 3)
        for x in range(x0 + band, x0 + w - band, 3)
    ]
    if sum(image.pixel(*p) != background for p in inside) < len(inside) // 100:
        problems.append("inside: nothing drawn (the screenshot does not show the window)")
    return problems


def install_desktop_entry(session: WaylandSession, venv: UserVenv) -> None:
    """What a user does after ``pip install``: the entry and icons in their data folder
    (``XDG_DATA_HOME`` of the session), so the desktop matches the app's windows to its entry
    and shows its icon."""
    script = session.root / "install-desktop-files"
    for name in ("install-desktop-files", "make-icons", "psoasbreak.desktop"):
        shutil.copyfile(ROOT / "packaging" / "linux" / name, session.root / name)
        (session.root / name).chmod(0o755)
    metainfo = "io.github.psoasbreak.Psoasbreak.metainfo.xml"
    shutil.copyfile(ROOT / "packaging" / "linux" / metainfo, session.root / metainfo)
    (session.root / metainfo).chmod(0o644)
    env = {**session.env, "PATH": f"{venv.bin}:{session.env['PATH']}"}
    session.run("bash", script, "--python", venv.bin / "python", env=env, timeout=120)


def start_bus(session: WaylandSession, name: str = "dbus-daemon") -> str:
    """Start a session bus as USER (socket ``run/NAME``); return its address. The session's own
    one, or another for an app that must not see the session's services."""
    socket = session.root / "run" / name
    session.spawn(
        name,
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            f"--address=unix:path={socket}",
            "--print-address=1",
        ],
    )
    log = session.procs[-1][2]

    def address() -> str:
        lines = log.read_text().splitlines()
        return next((line.strip() for line in lines if line.startswith("unix:")), "")

    return session.wait(address, f"{name}'s address")


def _start_bus(session: WaylandSession) -> None:
    session.env["DBUS_SESSION_BUS_ADDRESS"] = start_bus(session, "bus")


def _start_sway(session: WaylandSession) -> None:
    waybar_config = write_for_user(
        session.root / "waybar.json", json.dumps(WAYBAR_CONFIG, indent=2)
    )
    config = write_for_user(
        session.root / "sway.config",
        SWAY_CONFIG.format(width=SCREEN[0], height=SCREEN[1], waybar_config=waybar_config),
    )
    write_for_user(Path(session.env["XDG_CONFIG_HOME"]) / "mako" / "config", MAKO_CONFIG)
    headless = {
        "WLR_BACKENDS": "headless",
        "WLR_RENDERER": "pixman",
        "WLR_LIBINPUT_NO_DEVICES": "1",
    }
    session.spawn("sway", ["sway", "--config", config], env={**session.env, **headless})
    run = Path(session.env["XDG_RUNTIME_DIR"])

    def sockets() -> tuple[Path, Path] | None:
        displays = [p for p in run.glob("wayland-*") if not p.name.endswith(".lock")]
        ipc = list(run.glob("sway-ipc.*.sock"))
        return (displays[0], ipc[0]) if displays and ipc else None

    display, ipc = session.wait(sockets, "sway's Wayland and IPC sockets")
    # An absolute WAYLAND_DISPLAY lets each app keep an XDG_RUNTIME_DIR of its own.
    session.env["WAYLAND_DISPLAY"] = str(display)
    session.env["SWAYSOCK"] = str(ipc)

    def output_ready() -> bool:
        outputs = json.loads(session.run("swaymsg", "-r", "-t", "get_outputs").stdout)
        return any(
            o["name"] == "HEADLESS-1"
            and o["active"]
            and (o["rect"]["width"], o["rect"]["height"]) == SCREEN
            for o in outputs
        )

    session.wait(output_ready, f"sway's HEADLESS-1 output at {SCREEN[0]}x{SCREEN[1]}")


def _wait_for_bar_and_notifications(session: WaylandSession) -> None:
    session.wait(
        lambda: session.name_has_owner("org.kde.StatusNotifierWatcher"),
        "waybar's tray to own org.kde.StatusNotifierWatcher",
    )
    session.wait(
        lambda: (
            session.name_has_owner("org.freedesktop.Notifications")
            and session.run("makoctl", "list", check=False).returncode == 0
        ),
        "mako to own org.freedesktop.Notifications and answer makoctl",
    )


def _start_terminal(session: WaylandSession) -> None:
    script = f"printf '%s\\n\\n' '{TERMINAL_TEXT}'; exec /bin/sh"
    session.spawn("foot", ["foot", "--title", "terminal", "--", "/bin/sh", "-c", script])

    def terminal_focused() -> bool:
        focused = session.focused()
        return focused is not None and focused.app_id == "foot"

    session.wait(terminal_focused, "the foot terminal to have the keyboard focus")


def start_session(root: Path) -> WaylandSession:
    """Start the whole desktop under ``root`` (a folder USER can traverse); on any failure, stop
    what already started and re-raise."""
    home = give_to_user(root / "home")
    run = give_to_user(root / "run", 0o700)
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(run),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "sway",
        "NO_AT_BRIDGE": "1",  # waybar's GTK would start the accessibility bus on ours
    }
    session = WaylandSession(root=root, env=env)
    session.logs.mkdir(exist_ok=True)
    try:
        _start_bus(session)
        _start_sway(session)
        _wait_for_bar_and_notifications(session)
        _start_terminal(session)
    except BaseException:
        session.close()
        raise
    return session


@contextlib.contextmanager
def scratch_session() -> Iterator[tuple[WaylandSession, UserVenv]]:
    """A session and a user venv in a temporary folder, for scripts (screenshots); both go away
    afterwards."""
    missing = missing_requirements()
    if missing:
        raise SystemExit(f"the Wayland session needs {', '.join(missing)}")
    root = make_shared_root()
    try:
        venv = build_user_venv(root / "venv")
        session = start_session(give_to_user(root / "session"))
        try:
            yield session, venv
        finally:
            session.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


# -- the app ---------------------------------------------------------------------------------------


class AppCommandError(AssertionError):
    """A ``psoasbreak`` control command did not succeed."""


class WaylandApp(StatusWaiting):
    """The real ``psoasbreak`` tray app, run as USER on the session, with folders of its own.

    Use as a context manager: on exit it asks the app to quit and waits; an app that does not
    go is killed and, when nothing else failed, fails the test.
    """

    def __init__(self, session: WaylandSession, venv: UserVenv, name: str) -> None:
        self.session = session
        self.name = name
        self.dir = session.root / "apps" / name
        if self.dir.exists():
            raise ValueError(f"an app named {name!r} already ran in this session")
        give_to_user(self.dir)
        folders = {
            "HOME": self.dir / "home",
            "XDG_CONFIG_HOME": self.dir / "config",
            "XDG_DATA_HOME": self.dir / "data",
            "XDG_STATE_HOME": self.dir / "state",
            "XDG_CACHE_HOME": self.dir / "cache",
            "XDG_RUNTIME_DIR": self.dir / "run",
        }
        for key, path in folders.items():
            give_to_user(path, 0o700 if key == "XDG_RUNTIME_DIR" else 0o755)
        self.env = {
            **{k: str(v) for k, v in folders.items()},
            "PATH": f"{venv.bin}:/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            # What a sway login session sets; the app must pick Qt's wayland platform itself.
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "sway",
            "WAYLAND_DISPLAY": session.env["WAYLAND_DISPLAY"],
            "DBUS_SESSION_BUS_ADDRESS": session.env["DBUS_SESSION_BUS_ADDRESS"],
        }
        self.exe = venv.bin / "psoasbreak"
        self.config_path = folders["XDG_CONFIG_HOME"] / "psoasbreak" / "config.toml"
        self.stderr_path = session.logs / f"app-{name}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self._pid: int | None = None
        self.started_at = 0.0

    def write_config(self, config: Mapping[str, Any]) -> None:
        give_to_user(self.config_path.parent)
        write_for_user(self.config_path, to_toml(config))

    # -- lifetime --------------------------------------------------------------------------------

    def __enter__(self) -> WaylandApp:
        try:
            self.start()
        except BaseException:
            self.stop(fail=False)
            raise
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.stop(fail=exc_type is None)

    def start(self) -> None:
        with self.stderr_path.open("ab") as out:
            self.proc = subprocess.Popen(
                as_user([self.exe], self.env),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.started_at = time.monotonic()
        self.wait_for(
            lambda: self.cli("status", "--json").returncode == 0,
            START_TIMEOUT,
            "the app to answer `status`",
        )

    @property
    def pid(self) -> int:
        """The app's own pid (runuser, the process started here, is its parent)."""
        if self._pid is None:
            assert self.proc is not None, "the app was not started"
            proc = self.proc
            self._pid = poll(lambda: child_pid(proc.pid), 10, "runuser's child, the app")
        return self._pid

    def stop(self, *, fail: bool = True) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        said = None
        with contextlib.suppress(subprocess.TimeoutExpired):
            said = self.cli("quit")
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            stop_as_user(self.proc)
            if fail:
                pytest.fail(
                    f"{self.name} did not exit after `psoasbreak quit` and was stopped\n"
                    f"{describe(said) if said else '`psoasbreak quit` timed out'}\n{self.logs()}"
                )

    # -- talking to it ---------------------------------------------------------------------------

    def cli(self, *args: str, timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
        return self.session.run(self.exe, *args, env=self.env, timeout=timeout, check=False)

    def cli_ok(self, *args: str) -> subprocess.CompletedProcess[str]:
        result = self.cli(*args)
        if result.returncode != 0:
            raise AppCommandError(f"{describe(result)}\n{self.logs()}")
        return result

    def status(self) -> dict[str, Any]:
        result = self.cli("status", "--json")
        if result.returncode != 0:
            raise AppCommandError(describe(result))
        data = json.loads(result.stdout)
        if not isinstance(data, dict):
            raise AppCommandError(f"status --json is not an object: {result.stdout!r}")
        return data

    def windows(self) -> list[SwayWindow]:
        return [w for w in self.session.windows() if w.pid == self.pid]

    # -- waiting ---------------------------------------------------------------------------------

    def wait_for(
        self,
        predicate: Callable[[], T],
        timeout: float,
        what: str,
        *,
        detail: Callable[[], str] = lambda: "",
    ) -> T:
        """Poll ``predicate`` and return its first truthy result; fail the test naming ``what``
        (with the logs and a screenshot) if it never comes or the app exits meanwhile."""

        def check() -> T:
            result = predicate()
            if not result and self.proc is not None and self.proc.poll() is not None:
                raise StopWaiting(f"{self.name} exited with {self.proc.returncode}")
            return result

        try:
            return poll(check, timeout, what, interval=0.2)
        except SessionError as exc:
            pytest.fail(f"{exc}\n{detail()}\n{self.diagnostics()}", pytrace=False)

    # -- diagnostics -----------------------------------------------------------------------------

    def logs(self) -> str:
        parts = [f"--- {self.name} output ({self.stderr_path}):\n{tail(self.stderr_path)}"]
        for log in sorted((self.dir / "state").rglob("*.log")):
            parts.append(f"--- {log}:\n{tail(log)}")
        return "\n".join(parts)

    def diagnostics(self) -> str:
        try:
            shot = self.session.screenshot(self.session.logs / f"failure-{self.name}.png")
        except (SessionError, subprocess.TimeoutExpired, OSError) as exc:
            shot = Path(f"(the screenshot failed: {exc})")
        try:
            shown = self.on_screen()
        except (SessionError, subprocess.TimeoutExpired, ValueError) as exc:
            shown = f"(what is on screen is not available: {exc})"
        return f"{self.logs()}\n{shown}\n{self.session.log_tails()}\nscreenshot: {shot}"

    def on_screen(self) -> str:
        """The desktop's windows and notifications, for a failure's report."""
        windows = "\n".join(map(repr, self.session.windows()))
        notes = "\n".join(map(repr, self.session.notifications()))
        return f"--- sway windows:\n{windows or '(none)'}\n--- notifications:\n{notes or '(none)'}"
