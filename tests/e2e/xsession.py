"""An X11 desktop for end-to-end tests: Xvfb, a private session bus, openbox and trayer.

Everything here waits by polling with a deadline, never by fixed sleeps, and every failure names
what never came up and shows the tail of its log. Used by ``conftest.py``; the tests talk to the
objects defined here (``XSession``, ``AppEnv``, ``RunningApp``, ``FocusHolder``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import pytest

T = TypeVar("T")

#: Programs the session needs, with the Debian package that ships each.
REQUIRED_TOOLS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "openbox": "openbox",
    "trayer": "trayer",
    "xdotool": "xdotool",
    "xdpyinfo": "x11-utils",
    "xprop": "x11-utils",
    "xwininfo": "x11-utils",
    "import": "imagemagick",
}
SCREEN = (1280, 800)
TRAYER_ARGS = (
    # The combination DESIGN §7 found to work with Qt's XEmbed tray icon.
    *("--edge", "top", "--align", "right", "--widthtype", "request", "--height", "24"),
    *("--transparent", "false", "--SetDockType", "true"),
)
POLL_INTERVAL = 0.05
CLI_TIMEOUT = 20.0
#: Walks of the window tree tried while windows come and go under it (XSession.tree).
TREE_TRIES = 5
FOCUS_HOLDER_SCRIPT = Path(__file__).with_name("focus_holder.py")

# Variables that would leak the developer's own desktop session into the test session.
#: PULSE_/PIPEWIRE_: a developer's own sound server would reach the app, and a real call there
#: would hold prompts in tests that have nothing to do with calls.
_LEAKY_PREFIXES = (
    "XDG_",
    "QT_",
    "DBUS_SESSION",
    "WAYLAND",
    "GNOME_",
    "KDE_",
    "PYTEST_",
    "PULSE_",
    "PIPEWIRE_",
)
_LEAKY_NAMES = {"DISPLAY", "XAUTHORITY", "SESSION_MANAGER", "DESKTOP_SESSION", "HOME"}


class SessionError(RuntimeError):
    """A part of the test desktop did not come up (or went away)."""


class StopWaiting(SessionError):
    """Raised by a polled predicate when waiting longer is pointless (a process died)."""


def missing_tools() -> list[str]:
    """The required programs not found on PATH, as 'program (package)'."""
    return [f"{tool} ({pkg})" for tool, pkg in REQUIRED_TOOLS.items() if not shutil.which(tool)]


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return f"({path} does not exist)"
    return "\n".join(text.splitlines()[-lines:]) or f"({path} is empty)"


def poll(
    predicate: Callable[[], T],
    timeout: float,
    what: str,
    *,
    interval: float = POLL_INTERVAL,
    on_timeout: Callable[[], str] = lambda: "",
) -> T:
    """Call ``predicate`` until it returns something truthy and return that.

    Exceptions raised by the predicate count as "not yet" (the last one is shown if time runs
    out), except StopWaiting, which ends the wait at once.
    """
    deadline = time.monotonic() + timeout
    last_error: BaseException | None = None
    while True:
        try:
            result = predicate()
        except StopWaiting:
            raise
        except Exception as exc:
            last_error, result = exc, None
        if result:
            return result
        if time.monotonic() >= deadline:
            detail = f"\nlast error: {last_error!r}" if last_error else ""
            extra = on_timeout()
            raise SessionError(f"timed out after {timeout:g} s waiting for {what}{detail}\n{extra}")
        time.sleep(interval)


def clean_environ() -> dict[str, str]:
    """os.environ without anything that points at the developer's desktop session."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in _LEAKY_NAMES and not k.startswith(_LEAKY_PREFIXES)
    }
    env.setdefault("LANG", "C.UTF-8")
    return env


class XWindow(NamedTuple):
    id: int
    title: str
    mapped: bool


@dataclass(frozen=True)
class TreeNode:
    id: int
    name: str | None
    wm_class: tuple[str, ...]
    parent: int | None


def parse_tree(text: str) -> dict[int, TreeNode]:
    """Parse ``xwininfo -root -tree`` into nodes keyed by window id (indentation gives nesting)."""
    line_re = re.compile(
        r"^(?P<indent>\s*)(?P<id>0x[0-9a-fA-F]+) (?P<name>\(has no name\)|\".*\"): "
        r"\((?P<cls>[^()]*)\)\s+\d+x\d+"
    )
    nodes: dict[int, TreeNode] = {}
    stack: list[tuple[int, int]] = []  # (indent, window id) of the current ancestors
    for line in text.splitlines():
        if line.lstrip().startswith("xwininfo: Window id:"):
            root = int(line.split()[3], 16)
            nodes[root] = TreeNode(root, None, (), None)
            stack = [(-1, root)]
            continue
        m = line_re.match(line)
        if not m:
            continue
        indent = len(m["indent"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        wid = int(m["id"], 16)
        name = None if m["name"] == "(has no name)" else m["name"][1:-1]
        parent = stack[-1][1] if stack else None
        nodes[wid] = TreeNode(wid, name, tuple(re.findall(r'"([^"]*)"', m["cls"])), parent)
        stack.append((indent, wid))
    return nodes


def _descends_from(nodes: dict[int, TreeNode], wid: int, ancestor: int) -> bool:
    parent = nodes[wid].parent
    while parent is not None:
        if parent == ancestor:
            return True
        parent = nodes[parent].parent if parent in nodes else None
    return False


@dataclass
class XSession:
    """A running Xvfb + dbus-daemon + openbox + trayer, and X helpers that act on it."""

    display: str
    dbus_address: str
    workdir: Path
    env: dict[str, str]
    procs: list[tuple[str, subprocess.Popen[bytes], Path]] = field(default_factory=list)

    # -- running X tools -------------------------------------------------------------------------

    def _run_x(self, *args: str, timeout: float = 10) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def x(self, *args: str, check: bool = True, timeout: float = 10) -> str:
        """Run an X client program against this display and return its stdout."""
        proc = self._run_x(*args, timeout=timeout)
        if check and proc.returncode != 0:
            raise SessionError(
                f"{' '.join(args)} exited {proc.returncode}: {proc.stderr.strip() or proc.stdout}"
            )
        return proc.stdout

    def tree(self) -> dict[int, TreeNode]:
        """The window tree (``xwininfo -root -tree``). A window destroyed while xwininfo walks
        the tree makes it fail with BadWindow or BadDrawable (an app closing a window as a test
        looks): the walk is simply taken again."""
        for _ in range(TREE_TRIES - 1):
            proc = self._run_x("xwininfo", "-root", "-tree")
            if proc.returncode == 0:
                return parse_tree(proc.stdout)
            if not re.search(r"Bad(Window|Drawable)", proc.stderr):
                break
        return parse_tree(self.x("xwininfo", "-root", "-tree"))

    def _ids(self, *search_args: str) -> list[int]:
        # xdotool search exits 1 when nothing matches.
        out = self.x("xdotool", "search", *search_args, check=False)
        return [int(w) for w in out.split()]

    def is_viewable(self, wid: int) -> bool:
        out = self.x("xwininfo", "-id", str(wid), check=False)
        return "Map State: IsViewable" in out

    def window_title(self, wid: int) -> str:
        # getwindowname reads _NET_WM_NAME (UTF-8) before WM_NAME.
        return self.x("xdotool", "getwindowname", str(wid), check=False).rstrip("\n")

    def window_exists(self, wid: int) -> bool:
        return self.x("xwininfo", "-id", str(wid), check=False) != ""

    # -- queries tests use -----------------------------------------------------------------------

    def window_pid(self, wid: int) -> int | None:
        out = self.x("xprop", "-id", str(wid), "_NET_WM_PID", check=False)
        m = re.search(r"= (\d+)", out)
        return int(m[1]) if m else None

    def windows_of_class(
        self, wm_class: str = "psoasbreak", *, pid: int | None = None, mapped_only: bool = True
    ) -> list[XWindow]:
        """Top-level windows whose WM_CLASS class or instance is ``wm_class`` (and, given ``pid``,
        whose _NET_WM_PID is that process).

        Qt also creates a hidden 1x1 leader window (no WM_CLASS) and, for a tray icon, a window
        inside the tray; neither is listed.
        """
        nodes = self.tree()
        ids = dict.fromkeys(self._ids("--class", f"^{re.escape(wm_class)}$"))
        ids.update(dict.fromkeys(self._ids("--classname", f"^{re.escape(wm_class)}$")))
        trays = self._trayer_ids(nodes)
        windows = []
        for wid in ids:
            if any(wid in nodes and _descends_from(nodes, wid, t) for t in trays):
                continue
            if pid is not None and self.window_pid(wid) != pid:
                continue
            mapped = self.is_viewable(wid)
            if mapped or not mapped_only:
                windows.append(XWindow(wid, self.window_title(wid), mapped))
        return windows

    def find_window(
        self, title_regex: str, wm_class: str = "psoasbreak", *, pid: int | None = None
    ) -> XWindow | None:
        """The first mapped window of ``wm_class`` whose title matches (re.search), or None."""
        pattern = re.compile(title_regex)
        for window in self.windows_of_class(wm_class, pid=pid):
            if pattern.search(window.title):
                return window
        return None

    def active_window(self) -> int | None:
        """_NET_ACTIVE_WINDOW as set by the window manager (None when nothing is active)."""
        out = self.x("xdotool", "getactivewindow", check=False).strip()
        return int(out) if out.isdigit() else None

    def focused_window(self) -> int | None:
        """The X input focus, walked up to the client window that holds it."""
        out = self.x("xdotool", "getwindowfocus", check=False).strip()
        return int(out) if out.isdigit() else None

    def _trayer_ids(self, nodes: dict[int, TreeNode]) -> list[int]:
        # trayer's visible window has WM_CLASS ("panel", "trayer"); its 10x10 leader windows
        # ("trayer", "Trayer") are never mapped and hold nothing.
        return [n.id for n in nodes.values() if n.wm_class == ("panel", "trayer")]

    def tray_embedded(self, wm_class: str = "psoasbreak", *, pid: int | None = None) -> bool:
        """True when a window of ``wm_class`` (of process ``pid``, if given) is embedded in trayer.

        An embedded Qt tray icon is a descendant of trayer's panel window in the window tree
        (panel > socket > icon); an icon with no tray host stays a child of the root window.
        """
        nodes = self.tree()
        trays = self._trayer_ids(nodes)
        return any(
            wm_class in node.wm_class
            and any(_descends_from(nodes, node.id, tray) for tray in trays)
            and (pid is None or self.window_pid(node.id) == pid)
            for node in nodes.values()
        )

    def screenshot(self, path: Path | str) -> Path:
        """Save the whole screen as an image (ImageMagick ``import``); returns the path."""
        path = Path(path)
        self.x("import", "-window", "root", str(path), timeout=30)
        return path

    def reset_idle(self) -> None:
        """Fake pointer motion: Xvfb's idle counter only resets on input (DESIGN §5)."""
        x, y = SCREEN[0] // 2, SCREEN[1] // 2
        self.x("xdotool", "mousemove", str(x + 1), str(y + 1), "mousemove", str(x), str(y))

    def type_text(self, text: str) -> None:
        """Type into whatever has the keyboard focus (XTEST, like a real keyboard).

        ``xdotool type --window`` would use XSendEvent, and Qt ignores such synthetic key events.
        """
        self.x("xdotool", "type", "--delay", "20", "--", text)

    def activate(self, wid: int) -> None:
        self.x("xdotool", "windowactivate", "--sync", str(wid), check=False, timeout=10)

    # -- lifetime --------------------------------------------------------------------------------

    def log_tails(self) -> str:
        return "\n".join(f"--- {name} ({log}):\n{tail(log)}" for name, _, log in self.procs)

    def check_alive(self) -> None:
        for name, proc, log in self.procs:
            if proc.poll() is not None:
                raise StopWaiting(f"{name} exited with {proc.returncode}:\n{tail(log)}")

    def start_tray(self) -> None:
        """Start trayer now, for a desktop started without a tray; returns once it is mapped."""
        _start_trayer(self)

    def close(self) -> None:
        for _, proc, _ in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()


def stop_process(proc: subprocess.Popen[Any], timeout: float = 5) -> int:
    """Terminate, then kill if it does not go; always reaps (no ResourceWarning)."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
    return proc.returncode


def _spawn(
    session: XSession,
    name: str,
    args: list[str],
    env: Mapping[str, str],
    pass_fds: tuple[int, ...] = (),
) -> subprocess.Popen[bytes]:
    log = session.workdir / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            args,
            env=dict(env),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            pass_fds=pass_fds,
        )
    session.procs.append((name, proc, log))
    return proc


def _start_xvfb(session: XSession) -> None:
    """Start Xvfb on a display it picks itself (``-displayfd``): the server takes the first
    number whose lock it wins, so test sessions started side by side (pytest-xdist workers, the
    GNOME session's Xwayland) never race for one."""
    read_end, write_end = os.pipe()
    try:
        proc = _spawn(
            session,
            "Xvfb",
            [
                *("Xvfb", "-displayfd", str(write_end)),
                *("-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"),
                # An X server resets when its last client leaves, refusing connections a moment:
                # the readiness check's own exit once made openbox fail to connect.
                "-noreset",
            ],
            session.env,
            pass_fds=(write_end,),
        )
    finally:
        os.close(write_end)
    said = b""
    with os.fdopen(read_end, "rb") as numbers:

        def number() -> str:
            nonlocal said
            if proc.poll() is not None:
                raise StopWaiting(f"Xvfb exited with {proc.returncode}:\n{session.log_tails()}")
            ready, _, _ = select.select([numbers], [], [], 0)
            if ready:
                said += os.read(numbers.fileno(), 64)
            return said.decode().strip() if said.endswith(b"\n") else ""

        display = ":" + poll(number, 20, "Xvfb to say its display number")
    env = {**session.env, "DISPLAY": display}
    poll(
        lambda: (
            subprocess.run(["xdpyinfo"], env=env, capture_output=True, timeout=10).returncode == 0
        ),
        20,
        f"Xvfb to answer on {display}",
        on_timeout=session.log_tails,
    )
    session.display = display
    session.env["DISPLAY"] = display


def _start_dbus(session: XSession) -> None:
    proc = _spawn(
        session,
        "dbus-daemon",
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        session.env,
    )
    log = session.procs[-1][2]

    def address() -> str:
        if proc.poll() is not None:
            raise StopWaiting(f"dbus-daemon exited with {proc.returncode}:\n{tail(log)}")
        line = log.read_text().splitlines()[:1]
        return line[0].strip() if line and line[0].startswith("unix:") else ""

    session.dbus_address = poll(address, 20, "dbus-daemon to print its address")
    session.env["DBUS_SESSION_BUS_ADDRESS"] = session.dbus_address


OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
  <placement><policy>Smart</policy></placement>
  <desktops><number>1</number></desktops>
  <menu><file>{menu}</file></menu>
</openbox_config>
"""
OPENBOX_MENU = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_menu xmlns="http://openbox.org/3.4/menu"><menu id="root-menu" label="Openbox"/>
</openbox_menu>
"""


def _start_openbox(session: XSession) -> None:
    menu = session.workdir / "openbox-menu.xml"
    menu.write_text(OPENBOX_MENU, encoding="utf-8")
    rc = session.workdir / "openbox-rc.xml"
    rc.write_text(OPENBOX_RC.format(menu=menu), encoding="utf-8")
    _spawn(session, "openbox", ["openbox", "--sm-disable", "--config-file", str(rc)], session.env)

    def wm_running() -> bool:
        session.check_alive()
        out = session.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK", check=False)
        m = re.search(r"window id # (0x[0-9a-f]+)", out)
        if not m:
            return False
        name = session.x("xprop", "-id", m[1], "_NET_WM_NAME", check=False)
        return '"Openbox"' in name

    poll(wm_running, 20, "openbox to set _NET_SUPPORTING_WM_CHECK", on_timeout=session.log_tails)


def _start_trayer(session: XSession, attempts: int = 3) -> None:
    """Start trayer and wait for its panel; a trayer that never maps it is replaced.

    Once, on a loaded machine, trayer ran for 20 s without mapping its panel (CI, 2026-11-25, log
    empty); a fresh trayer is cheaper than a failed session, so each try gets 15 s.
    """
    for attempt in range(1, attempts + 1):
        proc = _spawn(session, "trayer", ["trayer", *TRAYER_ARGS], session.env)

        def panel_mapped() -> bool:
            session.check_alive()
            return any(session.is_viewable(w) for w in session._ids("--class", "^trayer$"))

        try:
            poll(panel_mapped, 15, "trayer's panel window to be mapped")
            return
        except SessionError as exc:
            if isinstance(exc, StopWaiting) or attempt == attempts:
                raise SessionError(
                    f"{exc}\nafter {attempt} tries; trayer's windows:\n{_trayer_windows(session)}"
                    f"\n{session.log_tails()}"
                ) from exc
            stop_process(proc)
            session.procs.pop()


def _trayer_windows(session: XSession) -> str:
    tree = session.x("xwininfo", "-root", "-tree", check=False)
    return "\n".join(line for line in tree.splitlines() if "trayer" in line.lower()) or "(none)"


def start_xsession(workdir: Path, *, tray: bool = True) -> XSession:
    """Start the whole desktop (without trayer when ``tray`` is false: ``start_tray()`` later);
    on any failure, stop what already started and re-raise."""
    home, runtime = workdir / "home", workdir / "run"
    home.mkdir(parents=True, exist_ok=True)
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = clean_environ()
    env.update(
        {
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_RUNTIME_DIR": str(runtime),  # else Qt helpers warn and fall back to /tmp
        }
    )
    session = XSession(display="", dbus_address="", workdir=workdir, env=env)
    try:
        _start_xvfb(session)
        _start_dbus(session)
        _start_openbox(session)
        if tray:
            _start_trayer(session)
    except BaseException:
        session.close()
        raise
    return session


@contextlib.contextmanager
def scratch_desktop() -> Iterator[tuple[Path, XSession]]:
    """A temporary folder with a desktop started in it, for scripts (screenshots); both go away
    afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        session = start_xsession(work / "xsession")
        try:
            yield work, session
        finally:
            session.close()


# -- the app's environment and process -----------------------------------------------------------


class AppEnv(dict[str, str]):
    """The environment for a ``psoasbreak`` subprocess, with its folders and config helper."""

    def __init__(self, tmp_path: Path, xsession: XSession) -> None:
        super().__init__(clean_environ())
        self.tmp_path = tmp_path
        self.xsession = xsession
        xdg = tmp_path / "xdg"
        dirs = {
            "HOME": tmp_path / "home",
            "XDG_CONFIG_HOME": xdg / "config",
            "XDG_DATA_HOME": xdg / "data",
            "XDG_STATE_HOME": xdg / "state",
            "XDG_CACHE_HOME": xdg / "cache",
            "XDG_RUNTIME_DIR": _runtime_dir(tmp_path),
        }
        self._outside_runtime_dir = (
            None if dirs["XDG_RUNTIME_DIR"].is_relative_to(tmp_path) else dirs["XDG_RUNTIME_DIR"]
        )
        for name, path in dirs.items():
            path.mkdir(parents=True, exist_ok=True)
            self[name] = str(path)
        dirs["XDG_RUNTIME_DIR"].chmod(0o700)
        bindir = str(Path(sys.executable).parent)
        path_dirs = [bindir, *(p for p in self.get("PATH", os.defpath).split(os.pathsep) if p)]
        self.update(
            {
                "DISPLAY": xsession.display,
                "DBUS_SESSION_BUS_ADDRESS": xsession.dbus_address,
                "QT_QPA_PLATFORM": "xcb",
                "XDG_SESSION_TYPE": "x11",
                "PATH": os.pathsep.join(dict.fromkeys(path_dirs)),
            }
        )
        self.config_path = Path(self["XDG_CONFIG_HOME"]) / "psoasbreak" / "config.toml"
        self.command: str | None = os.environ.get("PSOASBREAK_E2E_COMMAND") or None

    def write_config(self, config: str | Mapping[str, Any]) -> Path:
        """Write config.toml: TOML text as is, or a mapping of keys (tables as nested dicts)."""
        text = config if isinstance(config, str) else to_toml(config)
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(text, encoding="utf-8")
        return self.config_path

    def close(self) -> None:
        if self._outside_runtime_dir is not None:
            shutil.rmtree(self._outside_runtime_dir, ignore_errors=True)

    def psoasbreak(self) -> str:
        """The command under test: ``self.command`` if set (from $PSOASBREAK_E2E_COMMAND, e.g. a
        PyInstaller build), else the ``psoasbreak`` console script found on this env's PATH,
        whose first entry is the test interpreter's bin folder."""
        exe = self.command or shutil.which("psoasbreak", path=self["PATH"])
        if exe is None or not os.access(exe, os.X_OK):
            pytest.fail(
                f"the psoasbreak command is not installed ({exe or 'not on PATH'}); "
                f"run: {sys.executable} -m pip install -e .",
                pytrace=False,
            )
        return exe

    def __repr__(self) -> str:
        return f"AppEnv(tmp_path={self.tmp_path}, DISPLAY={self.get('DISPLAY')})"


def _runtime_dir(tmp_path: Path) -> Path:
    # A unix socket path must fit in 108 bytes (sun_path): leave room for the app's own name
    # below XDG_RUNTIME_DIR, and fall back to a short folder when pytest's basetemp is long.
    path = tmp_path / "run"
    if len(str(path)) <= 64:
        return path
    short = Path(tempfile.mkdtemp(prefix="pb-run-"))
    (tmp_path / "run-dir-is").write_text(str(short))
    return short


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def to_toml(config: Mapping[str, Any]) -> str:
    plain = [f"{k} = {_toml_value(v)}" for k, v in config.items() if not isinstance(v, Mapping)]
    tables = [
        f"\n[{k}]\n" + "\n".join(f"{sk} = {_toml_value(sv)}" for sk, sv in v.items())
        for k, v in config.items()
        if isinstance(v, Mapping)
    ]
    return "\n".join(plain + tables) + "\n"


def run_cli(
    env: AppEnv, *args: str, timeout: float = CLI_TIMEOUT
) -> subprocess.CompletedProcess[str]:
    """Run ``psoasbreak ARGS`` to completion with the test environment."""
    return subprocess.run(
        [env.psoasbreak(), *args],
        env=dict(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def describe(proc: subprocess.CompletedProcess[str]) -> str:
    return (
        f"`{' '.join(map(str, proc.args))}` exited {proc.returncode}\n"
        f"stdout: {proc.stdout.strip()!r}\nstderr: {proc.stderr.strip()!r}"
    )


def app_processes(env: AppEnv) -> list[int]:
    """Pids of running psoasbreak processes started with this test's environment.

    Matches on the test's private XDG_RUNTIME_DIR in /proc/PID/environ, so other tests' (or the
    developer's own) psoasbreak processes are never counted.
    """
    marker = f"XDG_RUNTIME_DIR={env['XDG_RUNTIME_DIR']}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        if state == "Z" or marker not in environ:
            continue
        if any(Path(arg.decode(errors="replace")).name == "psoasbreak" for arg in cmdline[:2]):
            pids.append(int(entry.name))
    return sorted(pids)


class AppCommandError(AssertionError):
    """A ``psoasbreak`` control command did not succeed."""


class StatusWaiting:
    """``wait_status`` for an app object that has ``status()`` and ``wait_for(...)`` (the X11
    RunningApp here, the Wayland one in tests/wayland/session.py)."""

    status: Callable[[], dict[str, Any]]
    wait_for: Callable[..., Any]

    def wait_status(
        self, check: Callable[[dict[str, Any]], bool], timeout: float, what: str
    ) -> dict[str, Any]:
        """Poll ``status --json`` until ``check(status)`` holds; return that status."""
        seen: list[dict[str, Any]] = []

        def probe() -> dict[str, Any] | None:
            status = self.status()
            seen[:] = [status]
            return status if check(status) else None

        found = self.wait_for(
            probe, timeout, what, detail=lambda: f"last status: {seen[0] if seen else None}"
        )
        assert found is not None
        return found

    def wait_first_missed(self, listed: Callable[[], object], timeout: float) -> dict[str, Any]:
        """Wait for the day's first ``missed`` (a prompt nobody answered, its timeout over), the
        app back at work and the prompt's notification withdrawn (``listed()`` falsy); return
        that status for the caller's own counts."""
        status = self.wait_status(
            lambda s: s["today"]["missed"] == 1,
            timeout,
            "the prompt nobody answered to be recorded missed after prompt_timeout_minutes",
        )
        assert status["state"] == "working", status
        self.wait_for(lambda: not listed(), 10, "the missed prompt's notification to be withdrawn")
        return status


def seconds_until(moment: str) -> float:
    """Seconds from now to an ISO 8601 time with its offset (``status --json``'s times)."""
    return datetime.fromisoformat(moment).timestamp() - time.time()


class RunningApp(StatusWaiting):
    """The real ``psoasbreak`` tray app as a subprocess; use as a context manager.

    On exit it asks the app to quit (``psoasbreak quit``), waits, and kills it if it is still
    there — which fails the test when ``expect_quit`` is true and no other error is on its way.
    """

    def __init__(
        self, env: AppEnv, *, name: str = "app", ready_timeout: float = 30, expect_quit: bool = True
    ) -> None:
        self.env = env
        self.name = name
        self.ready_timeout = ready_timeout
        self.expect_quit = expect_quit
        self.stdout_path = env.tmp_path / f"{name}.stdout"
        self.stderr_path = env.tmp_path / f"{name}.stderr"
        self.proc: subprocess.Popen[bytes] | None = None
        self._shots = 0

    # -- lifetime --------------------------------------------------------------------------------

    def __enter__(self) -> RunningApp:
        try:
            self.start()
        except BaseException:
            self.stop(fail=False)
            raise
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.stop(fail=exc_type is None and self.expect_quit)

    def start(self, *, wait_ready: bool = True) -> None:
        exe = self.env.psoasbreak()
        self.env.xsession.reset_idle()
        with self.stdout_path.open("ab") as out, self.stderr_path.open("ab") as err:
            self.proc = subprocess.Popen(
                [exe], env=dict(self.env), stdin=subprocess.DEVNULL, stdout=out, stderr=err
            )
        if wait_ready:
            self.wait_for(self._answers_status, self.ready_timeout, "the app to answer `status`")

    def _answers_status(self) -> bool:
        return self.cli("status", "--json").returncode == 0

    @property
    def pid(self) -> int:
        assert self.proc is not None, "the app was not started"
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def wait_exit(self, timeout: float = 20) -> int:
        """Wait for the process to end on its own; return its exit code."""
        assert self.proc is not None
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"{self.name} still running {timeout:g} s later\n{self.diagnostics()}")

    def kill(self) -> None:
        """SIGKILL, as a crash or power cut would: nothing gets to clean up."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self, *, fail: bool = True) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            quit_result = None
            with contextlib.suppress(subprocess.TimeoutExpired):
                quit_result = self.cli("quit")
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
                if fail:
                    said = describe(quit_result) if quit_result else "`psoasbreak quit` timed out"
                    pytest.fail(
                        f"{self.name} did not exit after `psoasbreak quit` and was killed\n"
                        f"{said}\n{self.diagnostics()}"
                    )

    # -- talking to it ---------------------------------------------------------------------------

    def cli(self, *args: str, timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
        return run_cli(self.env, *args, timeout=timeout)

    def cli_ok(self, *args: str) -> subprocess.CompletedProcess[str]:
        result = self.cli(*args)
        if result.returncode != 0:
            raise AppCommandError(f"{describe(result)}\n{self.diagnostics()}")
        return result

    def status(self) -> dict[str, Any]:
        """``psoasbreak status --json``, parsed."""
        result = self.cli("status", "--json")
        if result.returncode != 0:
            raise AppCommandError(describe(result))
        try:
            data = json.loads(result.stdout)
        except json.JSONDecodeError as exc:
            raise AppCommandError(f"status --json is not JSON ({exc}): {result.stdout!r}") from None
        if not isinstance(data, dict):
            raise AppCommandError(f"status --json is not an object: {result.stdout!r}")
        return data

    def wait_for(
        self,
        predicate: Callable[[], T],
        timeout: float,
        what: str,
        *,
        detail: Callable[[], str] = lambda: "",
    ) -> T:
        """Poll ``predicate`` every 0.1 s and return its first truthy result; fail the test naming
        ``what`` if it never comes.

        Exceptions from the predicate count as "not yet". Fails at once if the app exits meanwhile.
        The failure shows ``detail()``, the app's stderr and log tails, and the path of a
        screenshot taken at that moment.
        """

        def check() -> T:
            result = predicate()
            if not result and self.proc is not None and self.proc.poll() is not None:
                raise _AppExited(self.proc.returncode)
            return result

        def on_timeout() -> str:
            return f"{detail()}\n{self.diagnostics()}"

        try:
            return poll(check, timeout, what, interval=0.1, on_timeout=on_timeout)
        except _AppExited as exited:
            pytest.fail(
                f"{self.name} exited with {exited.code} while waiting for {what}\n{on_timeout()}"
            )
        except SessionError as exc:
            pytest.fail(str(exc))

    # -- its windows -----------------------------------------------------------------------------

    def windows(self) -> list[XWindow]:
        """This process's mapped top-level windows."""
        return self.env.xsession.windows_of_class("psoasbreak", pid=self.pid)

    def find_window(self, title_regex: str) -> XWindow | None:
        return self.env.xsession.find_window(title_regex, pid=self.pid)

    def tray_embedded(self) -> bool:
        return self.env.xsession.tray_embedded("psoasbreak", pid=self.pid)

    def screenshot(self, label: str) -> Path:
        self._shots += 1
        path = self.env.tmp_path / f"{self.name}-{self._shots:02d}-{label}.png"
        try:
            return self.env.xsession.screenshot(path)
        except (SessionError, subprocess.TimeoutExpired) as exc:
            return Path(f"(screenshot {path} failed: {exc})")

    def logs(self) -> str:
        parts = [f"--- {self.name} stderr ({self.stderr_path}):\n{tail(self.stderr_path)}"]
        for key in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            for log in sorted(Path(self.env[key]).rglob("*.log")):
                parts.append(f"--- {log}:\n{tail(log)}")
        return "\n".join(parts)

    def diagnostics(self) -> str:
        return f"{self.logs()}\nscreenshot: {self.screenshot('failure')}"


class _AppExited(StopWaiting):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class HolderState(NamedTuple):
    """One recorded state of the focus holder's text field; ``at`` is wall time (time.time())."""

    text: str
    cursor: int
    at: float


class FocusHolder:
    """``focus_holder.py``: a window that holds the keyboard focus and records typed text.

    ``text`` fills its field in at start, with the text cursor at ``cursor`` (default: the end).
    """

    def __init__(
        self, xsession: XSession, tmp_path: Path, *, text: str = "", cursor: int | None = None
    ) -> None:
        self.xsession = xsession
        self.args = ["--text", text] + ([] if cursor is None else ["--cursor", str(cursor)])
        self.text_file = tmp_path / "focus-holder.jsonl"
        self.log = tmp_path / "focus-holder.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.window: int = 0

    def start(self, timeout: float = 20) -> FocusHolder:
        env = {**self.xsession.env, "QT_QPA_PLATFORM": "xcb"}
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, str(FOCUS_HOLDER_SCRIPT), str(self.text_file), *self.args],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.window = self._poll(self._find, timeout, "the focus-holder window to be mapped")
        self._poll(self._activate, timeout, "the focus holder to become the active window")
        return self

    def _poll(self, predicate: Callable[[], T], timeout: float, what: str) -> T:
        def check() -> T:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise StopWaiting(f"focus holder exited with {self.proc.returncode}")
            return predicate()

        return poll(check, timeout, what, on_timeout=lambda: tail(self.log))

    def _find(self) -> int:
        window = self.xsession.find_window(r"^focus-holder$", wm_class="focus-holder")
        return window.id if window else 0

    def _activate(self) -> bool:
        if self.has_focus():
            return True
        self.xsession.activate(self.window)
        return False

    def has_focus(self) -> bool:
        x = self.xsession
        return x.active_window() == self.window and x.focused_window() == self.window

    def states(self) -> list[HolderState]:
        """Every state of the field so far, the one at start first."""
        states = []
        for line in self.text_file.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                break  # the last line, half written as we read
            states.append(HolderState(entry["text"], entry["cursor"], entry["at"]))
        return states

    def lines(self) -> list[str]:
        return [state.text for state in self.states()]

    def text(self) -> str:
        """The text field's current content, as last recorded."""
        lines = self.lines()
        return lines[-1] if lines else ""

    def wait_for_text(self, expected: str, timeout: float = 10) -> None:
        poll(
            lambda: self.text() == expected,
            timeout,
            f"the focus holder to contain {expected!r}",
            on_timeout=lambda: f"it recorded: {self.lines()!r}\n{tail(self.log)}",
        )

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


def app_log(env: AppEnv) -> str:
    """The app's log file(s) under the test's own XDG_STATE_HOME, as text."""
    logs = sorted(Path(env["XDG_STATE_HOME"]).rglob("psoasbreak.log"))
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)


def past(value: str | None) -> bool:
    """Whether an ISO time of ``status --json`` is before now."""
    return value is not None and datetime.fromisoformat(value) < datetime.now(timezone.utc)


def wait_held_back(app: RunningApp, reason: str, timeout: float = 100) -> dict[str, Any]:
    """Wait until the app's log says the due break is held back for ``reason`` (the English
    text of core/quiet.py); a prompt shown instead fails at once. Returns the status then: a
    held break leaves the state ``working`` with its due time, now past, in ``next_break_at``."""

    def held() -> bool:
        text = app_log(app.env)
        if "break due: prompting" in text:
            raise StopWaiting(f"the break was prompted, not held back:\n{text}")
        return f"held back: {reason}" in text

    app.wait_for(held, timeout, "the due break to be held back")
    status = app.status()
    assert status["state"] == "working" and past(status["next_break_at"]), status
    return status


def click_into_prompt(app: RunningApp, prompt: XWindow) -> None:
    """Click the prompt's card at its top edge, inside its padding (no button there), and wait
    until it is the active window: from then on it takes the keyboard."""
    xs = app.env.xsession
    info = xs.x("xwininfo", "-id", str(prompt.id))
    x, y, width = (
        int(re.search(rf"{name}:\s+(-?\d+)", info)[1])  # type: ignore[index]
        for name in ("Absolute upper-left X", "Absolute upper-left Y", "Width")
    )
    xs.x("xdotool", "mousemove", str(x + width // 2), str(y + 6), "click", "1")
    app.wait_for(lambda: xs.active_window() == prompt.id, 10, "the clicked prompt to be active")
