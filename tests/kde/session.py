"""A real headless KDE Plasma 5.27 session for end-to-end tests (issue 16, DESIGN §5).

As the unprivileged user of the Wayland tests (``tests/wayland/session.py``, whose helpers this
reuses): a session bus, a stand-in system bus, ``kwin_wayland --virtual`` (run from a plain copy:
the packaged binary carries a file capability this container refuses) and ``plasmashell`` inside
it, which serves the notifications (with actions and inhibitions) and the system tray's
StatusNotifierWatcher. No Xwayland: the app is a native Wayland client, and the session claims
no X display another test's X client could meet.

Real input comes from KWin's fake-input protocol, held by ``kde_agent.py``; windows are read
with a KWin script (``workspace.clientList()``) printed into KWin's log, notifications from a bus
monitor, screenshots from ``org.kde.KWin.ScreenShot2``.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.xsession import SessionError, describe
from tests.needs import unavailable
from tests.wayland.session import (
    SCREEN,
    UserAgent,
    UserVenv,
    WaylandApp,
    WaylandSession,
    child_pid,
    give_to_user,
    install_desktop_entry,
    start_bus,
    write_for_user,
)
from tests.wayland.session import (
    missing_requirements as wayland_requirements,
)

FAKE_INPUT_XML = Path("/usr/share/plasma-wayland-protocols/fake-input.xml")

REQUIRED_TOOLS = {
    "runuser": "util-linux",
    "dbus-daemon": "dbus",
    "busctl": "systemd",
    "kwin_wayland": "kwin-wayland",
    "plasmashell": "plasma-workspace",
}

#: evdev key codes (linux/input-event-codes.h) the tests press.
KEY_ESC = 1
KEY_TAB = 15
KEY_ENTER = 28
KEY_LEFTSHIFT = 42
KEY_SPACE = 57


def missing_requirements() -> list[str]:
    problems = wayland_requirements(REQUIRED_TOOLS)
    if not FAKE_INPUT_XML.is_file():
        problems.append(f"{FAKE_INPUT_XML} (plasma-wayland-protocols)")
    return problems


def require_kde_session() -> None:
    missing = missing_requirements()
    if missing:
        reason = (
            f"the KDE end-to-end tests need {', '.join(missing)}; "
            "install them with packaging/linux/install-system-deps --test"
        )
        unavailable(reason, "the KDE Plasma test session")


@dataclass(frozen=True)
class KWinWindow:
    title: str
    pid: int
    app: str  # the desktop file name KWin matched
    active: bool
    notification: bool  # one of Plasma's notification popups
    rect: tuple[int, int, int, int]
    resizable: bool
    area: tuple[int, int, int, int]  # where windows are placed on the screen

    @property
    def centre(self) -> tuple[float, float]:
        x, y, w, h = self.rect
        return (x + w / 2, y + h / 2)


def app_icon_of(popup: KWinWindow) -> tuple[float, float]:
    """Where Plasma draws the notification's icon in its popup: right, between the header and
    the buttons."""
    x, y, w, h = popup.rect
    return (x + w - 28, y + h * 0.48)


#: How far above the popup's bottom edge Plasma's action buttons sit (their middle).
BUTTON_ROW = 18


def action_buttons_of(popup: KWinWindow, screenshot: Path) -> list[tuple[float, float]]:
    """The middles of the popup's action buttons, left to right, read from a screenshot of it:
    Plasma lays them out right-aligned in the bottom row, each as wide as its text, so where
    Snooze is depends on the font. A button is a run of pixels unlike the popup's own
    background (its face is lighter, its border and text darker) in that row."""
    from PySide6.QtGui import QImage  # only here, as in content_at_edges

    image = QImage(str(screenshot))
    if image.isNull():
        raise SessionError(f"cannot read the screenshot {screenshot}")
    x0, y0, w, h = popup.rect
    row = y0 + h - BUTTON_ROW
    background = image.pixelColor(x0 + 4, row)  # left of the buttons: the popup itself

    def is_background(x: int) -> bool:
        c = image.pixelColor(x, row)
        return all(
            abs(a - b) <= 12
            for a, b in zip(
                (c.red(), c.green(), c.blue()),
                (background.red(), background.green(), background.blue()),
                strict=True,
            )
        )

    buttons: list[tuple[int, int]] = []
    start: int | None = None
    gap = end = 0
    for x in range(x0 + 4, x0 + w - 2):
        if not is_background(x):
            if start is None:
                start = x
            gap, end = 0, x
        elif start is not None:
            gap += 1
            if gap >= 3:  # the space between two buttons
                buttons.append((start, end))
                start = None
    if start is not None:
        buttons.append((start, end))
    return [((a + b) / 2, row) for a, b in buttons if b - a >= 20]


def close_button_of(popup: KWinWindow) -> tuple[float, float]:
    """Where Plasma draws the close button (a cross in the ring that counts the popup's time
    down): the header's right end."""
    x, y, w, _ = popup.rect
    return (x + w - 16, y + 15)


#: Every window KWin manages, printed as one line of JSON after a marker.
LIST_WINDOWS_JS = """
const area = workspace.clientArea(KWin.PlacementArea, workspace.activeScreen,
                                  workspace.currentDesktop);
const rect = (g) => [g.x, g.y, g.width, g.height];
print("%(marker)s " + JSON.stringify(workspace.clientList().map(c => ({
    title: c.caption, pid: c.pid, app: c.desktopFileName || "", active: c.active,
    notification: c.notification || c.criticalNotification || false,
    normal: c.normalWindow, rect: rect(c.frameGeometry), resizable: c.resizeable,
    area: rect(area)}))));
"""


class KdeSession(WaylandSession):
    """A running session bus + stand-in system bus + KWin + plasmashell, all as USER."""

    agent: UserAgent | None = None
    _scripts = itertools.count(1)

    def ask(self, **request: Any) -> Any:
        assert self.agent is not None
        return self.agent.ask(**request)

    def kwin_windows(self) -> list[KWinWindow]:
        n = next(self._scripts)
        marker = f"PSOASBREAK-WINDOWS-{os.getpid()}-{n}"
        scripts = give_to_user(self.root / "kwin-scripts")
        script = write_for_user(scripts / f"list-{n}.js", LIST_WINDOWS_JS % {"marker": marker})
        log = self.logs / "kwin.log"
        name = f"psoasbreak-list-{n}"
        (script_id,) = self.busctl(
            *("call", "org.kde.KWin", "/Scripting", "org.kde.kwin.Scripting"),
            *("loadScript", "ss", str(script), name),
        )["data"]
        try:
            # KWin 5.27 puts a loaded script at /Scripting/Script<id>; earlier ones at /<id>.
            ran = [
                self.run(
                    *("busctl", "--user", "call", "org.kde.KWin", path),
                    *("org.kde.kwin.Script", "run"),
                    check=False,
                )
                for path in (f"/Scripting/Script{script_id}", f"/{script_id}")
            ]
            if all(done.returncode != 0 for done in ran):
                raise SessionError("\n".join(describe(done) for done in ran))

            def printed() -> str:
                for line in reversed(log.read_text(errors="replace").splitlines()):
                    if marker in line:
                        return line.split(marker, 1)[1].strip()
                return ""

            listed = json.loads(self.wait(printed, "KWin's script to list the windows", 10))
        finally:
            self.run(
                *("busctl", "--user", "call", "org.kde.KWin", "/Scripting"),
                *("org.kde.kwin.Scripting", "unloadScript", "s", name),
                check=False,
            )
        return [
            KWinWindow(
                title=w["title"],
                pid=int(w["pid"]),
                app=w["app"],
                active=bool(w["active"]),
                notification=bool(w["notification"]),
                rect=tuple(w["rect"]),  # type: ignore[arg-type]
                resizable=bool(w["resizable"]),
                area=tuple(w["area"]),  # type: ignore[arg-type]
            )
            for w in listed
            if w["normal"] or w["notification"]
        ]

    def open_notifications(self) -> list[dict[str, Any]]:
        notes: list[dict[str, Any]] = self.ask(notifications=True)
        return notes

    def pointer_to(self, x: float, y: float) -> None:
        self.ask(pointer=[round(x), round(y)])

    def click(self) -> None:
        self.ask(click=True)

    def press(self, *codes: int) -> None:
        for code in codes:
            self.ask(key=code)

    def screenshot(self, dest: Path | str, label: str = "screen") -> Path:
        self._shots += 1
        shots = give_to_user(self.root / "shots")
        taken = shots / f"{self._shots:02d}-{label}.png"
        self.ask(screenshot=str(taken))
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(taken, dest)
        return dest

    def crash_plasma(self) -> None:
        """plasmashell dies as in a crash: killed outright, with no word to the apps whose
        notifications it showed (their popups go with it)."""
        for entry in [e for e in self.procs if e[0] == "plasmashell"]:
            _, proc, _ = entry
            shell = child_pid(proc.pid)  # runuser's child
            if shell is not None:
                os.kill(shell, signal.SIGKILL)
            proc.wait(10)
            self.procs.remove(entry)
        self.wait(
            lambda: not self.name_has_owner("org.freedesktop.Notifications"),
            "plasmashell's names to go with it",
        )

    def start_plasma(self) -> None:
        """plasmashell again (what KCrash or systemd does for a user after a crash)."""
        _start_plasma(self)

    def close(self) -> None:
        if self.agent is not None:
            self.agent.close()
            self.agent = None
        super().close()


def _start_kwin(session: KdeSession) -> None:
    run = Path(session.env["XDG_RUNTIME_DIR"])
    system_bus = run / "system_bus_socket"
    session.spawn(
        "system-bus",
        ["dbus-daemon", "--session", "--nofork", f"--address=unix:path={system_bus}"],
    )
    session.wait(system_bus.exists, "the stand-in system bus's socket")
    session.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={system_bus}"
    kwin = session.root / "kwin_wayland"  # a plain copy: no file capability to refuse
    shutil.copyfile(shutil.which("kwin_wayland") or "/usr/bin/kwin_wayland", kwin)
    kwin.chmod(0o755)
    width, height = SCREEN
    env = {
        **session.env,
        "KWIN_SCREENSHOT_NO_PERMISSION_CHECKS": "1",
        "KWIN_WAYLAND_NO_PERMISSION_CHECKS": "1",
        "QT_LOGGING_RULES": "kwin_scripting.debug=true",
        # Compositing through OpenGL ES: with desktop OpenGL in software rendering (llvmpipe)
        # KWin shows a new window as a smear of shifted rows for as long as it is open (only
        # what the app repaints comes out right), so no screenshot could tell a window whose
        # text is cut; through GLES it shows every window as drawn (measured, popup-started
        # and `break-now` windows alike). QPainter compositing has no screenshot interface.
        "KWIN_COMPOSE": "O2ES",
    }
    session.spawn(
        "kwin",
        [
            *(kwin, "--virtual", "--width", str(width), "--height", str(height)),
            *("--socket", "wayland-kde", "--no-lockscreen", "--no-global-shortcuts"),
        ],
        env=env,
    )
    display = run / "wayland-kde"
    session.wait(display.exists, "KWin's Wayland socket")
    session.env["WAYLAND_DISPLAY"] = str(display)
    session.wait(lambda: session.name_has_owner("org.kde.KWin"), "org.kde.KWin on the bus")


def _start_plasma(session: KdeSession) -> None:
    env = {**session.env, "QT_QPA_PLATFORM": "wayland"}
    # What the bus starts for plasmashell (kactivitymanagerd, kded5) must find KWin too.
    names = ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBUS_SYSTEM_BUS_ADDRESS", "XDG_CURRENT_DESKTOP")
    session.run("dbus-update-activation-environment", *(f"{k}={env[k]}" for k in names), env=env)
    session.spawn("plasmashell", ["plasmashell", "--no-respawn"], env=env)
    for name in ("org.freedesktop.Notifications", "org.kde.StatusNotifierWatcher"):
        session.wait(lambda name=name: session.name_has_owner(name), f"{name} on the bus", 60)

    # Owning the name is not answering on it: while plasmashell still loads (seconds, in
    # software rendering) the watcher's calls time out, and Qt registers a tray icon once,
    # so an app started then would have none. Wait until the tray answers promptly.
    def tray_answers() -> bool:
        done = session.run(
            *("busctl", "--user", "--timeout=2", "get-property", "org.kde.StatusNotifierWatcher"),
            *("/StatusNotifierWatcher", "org.kde.StatusNotifierWatcher"),
            "IsStatusNotifierHostRegistered",
            check=False,
        )
        return done.returncode == 0 and done.stdout.strip() == "b true"

    session.wait(tray_answers, "Plasma's tray to answer with its host registered", 60)


def _generate_fake_input(session: KdeSession, venv: UserVenv) -> Path:
    protocols = give_to_user(session.root / "protocols")
    session.run(
        venv.bin / "pywayland-scanner",
        *("-i", FAKE_INPUT_XML, "-o", protocols),
        timeout=60,
    )
    return protocols


def start_kde_session(root: Path, venv: UserVenv) -> KdeSession:
    """Start the whole desktop under ``root`` (a folder USER can traverse); on any failure, stop
    what already started and re-raise."""
    home = give_to_user(root / "home")
    run = give_to_user(root / "run", 0o700)
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(run),
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "XDG_SESSION_TYPE": "wayland",
        "XDG_CURRENT_DESKTOP": "KDE",
        "KDE_FULL_SESSION": "true",
        "KDE_SESSION_VERSION": "5",
    }
    session = KdeSession(root=root, env=env)
    session.logs.mkdir(exist_ok=True)
    try:
        session.env["DBUS_SESSION_BUS_ADDRESS"] = start_bus(session, "bus")
        install_desktop_entry(session, venv)
        _start_kwin(session)
        _start_plasma(session)
        protocols = _generate_fake_input(session, venv)
        agent = Path(__file__).with_name("kde_agent.py")
        session.agent = UserAgent(session, venv.bin / "python", agent, protocols)
        session.pointer_to(SCREEN[0] / 2, SCREEN[1] / 2)
    except BaseException:
        session.close()
        raise
    return session


class KdeApp(WaylandApp):
    """The real ``psoasbreak`` in the Plasma session, with KDE's environment."""

    def __init__(self, session: KdeSession, venv: UserVenv, name: str) -> None:
        super().__init__(session, venv, name)
        self.kde = session
        self.env["XDG_CURRENT_DESKTOP"] = "KDE"
        self.env["KDE_FULL_SESSION"] = "true"
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = session.env["DBUS_SYSTEM_BUS_ADDRESS"]

    def kwin_windows(self) -> list[KWinWindow]:
        return [w for w in self.kde.kwin_windows() if w.pid == self.pid]

    def windows(self) -> list[Any]:
        return self.kwin_windows()

    def on_screen(self) -> str:
        windows = "\n".join(map(repr, self.kde.kwin_windows()))
        notes = "\n".join(map(repr, self.kde.open_notifications()))
        return f"--- windows:\n{windows or '(none)'}\n--- notifications:\n{notes or '(none)'}"
