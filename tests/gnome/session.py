"""A real headless GNOME Shell 43 session for end-to-end tests (issue 16, DESIGN §5).

Everything runs as the unprivileged user of the Wayland tests (``tests/wayland/session.py``,
whose helpers this reuses): a session bus, a stand-in system bus (GNOME Shell aborts in its login
manager without one) with a stand-in GDM (without it, no lock screen), and ``gnome-shell
--headless --wayland --unsafe-mode --virtual-monitor`` with the AppIndicator extension enabled,
which owns ``org.kde.StatusNotifierWatcher`` (the tray).
The app's desktop entry and icons are installed into the session's data folder the way a user
installs them (``packaging/linux/install-desktop-files``), so the shell can match its windows to
its entry.

Real input comes from Mutter's RemoteDesktop interface, held by ``shell_agent.py`` (a process of
the session's user); what is on screen is read from the shell itself through
``org.gnome.Shell.Eval``, which unsafe mode opens: window rectangles, the banner and its buttons,
the message list. Everything waits by polling with a deadline.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.xsession import SessionError
from tests.needs import unavailable
from tests.wayland.session import (
    SCREEN,
    UserAgent,
    UserVenv,
    WaylandApp,
    WaylandSession,
    exercise_of,
    give_to_user,
    install_desktop_entry,
    start_bus,
    write_for_user,
)
from tests.wayland.session import (
    missing_requirements as wayland_requirements,
)

EXTENSION = "ubuntu-appindicators@ubuntu.com"
EXTENSION_DIR = Path("/usr/share/gnome-shell/extensions") / EXTENSION
APP_ENTRY = "psoasbreak.desktop"
NOTIFICATIONS = "org.freedesktop.Notifications"
FAKE_SERVICE = Path(__file__).parents[1] / "fake_dbus_service.py"
#: What the stand-in GDM says it is: at least 3.5.91, GNOME Shell's test.
GDM_VERSION = "43.0"

#: Programs the session needs, with the Debian package that ships each.
REQUIRED_TOOLS = {
    "runuser": "util-linux",
    "dbus-daemon": "dbus",
    "busctl": "systemd",
    "gnome-shell": "gnome-shell",
    "gsettings": "libglib2.0-bin",
    "gjs": "gjs",  # without it nothing owns org.freedesktop.Notifications
}

#: X keysyms the tests press.
KEY_TAB = 0xFF09
KEY_SPACE = 0x0020
KEY_RETURN = 0xFF0D
KEY_SHIFT = 0xFFE1
#: Seconds a window is given to take the virtual keyboard's keymap (GnomeSession.press).
KEYMAP_SETTLE = 0.5


def missing_requirements() -> list[str]:
    problems = wayland_requirements(REQUIRED_TOOLS)
    if not EXTENSION_DIR.is_dir():
        problems.append(f"the {EXTENSION} extension (gnome-shell-extension-appindicator)")
    return problems


def require_gnome_session() -> None:
    missing = missing_requirements()
    if missing:
        reason = (
            f"the GNOME end-to-end tests need {', '.join(missing)}; "
            "install them with packaging/linux/install-system-deps --test"
        )
        unavailable(reason, "the GNOME Shell test session")


# -- what the shell shows --------------------------------------------------------------------------

#: Every window the shell manages: title, pid, the desktop entry the shell matched it to, focus,
#: frame rectangle, whether the user may resize it, and the monitor's work area.
WINDOWS_JS = """
(() => {
  const { Meta, Shell } = imports.gi;
  const iconOf = (app) => {  // the icon of the entry the shell matched
    const icon = app && app.get_app_info() && app.get_app_info().get_icon();
    return icon ? icon.to_string() : null;
  };
  return global.get_window_actors().map(a => a.meta_window)
  .filter(w => w.get_window_type() === Meta.WindowType.NORMAL
            || w.get_window_type() === Meta.WindowType.DIALOG
            || w.get_window_type() === Meta.WindowType.UTILITY)
  .map(w => {
    const r = w.get_frame_rect();
    const a = w.get_work_area_current_monitor();
    const app = Shell.WindowTracker.get_default().get_window_app(w);
    return {title: w.get_title(), pid: w.get_pid(), app: app ? app.get_id() : null,
            icon: iconOf(app),
            focused: w.has_focus(), rect: [r.x, r.y, r.width, r.height],
            resizable: w.resizeable, area: [a.x, a.y, a.width, a.height]};
  });
})()
"""

#: The message list's notifications (every source), and the banner on screen, if any, with its
#: action buttons where they are allocated (only once the banner is expanded).
NOTIFICATIONS_JS = """
(() => {
  const { St } = imports.gi;
  const tray = Main.messageTray;
  const rect = (a) => { const [x, y] = a.get_transformed_position();
                        const [w, h] = a.get_transformed_size(); return [x, y, w, h]; };
  const buttons = [];
  const placed = (r) => r.every(Number.isFinite);  // NaN or null while being laid out
  const walk = (a) => { if (a instanceof St.Button && a.label && a.mapped && placed(rect(a)))
                          buttons.push({label: a.label, rect: rect(a)});
                        a.get_children().forEach(walk); };
  const banner = tray._banner;
  if (banner) walk(banner);
  return ({
    notifications: tray.getSources().flatMap(s => s.notifications.map(n => ({
      source: s.title, title: n.title, body: n.bannerBodyText || '',
      actions: n.actions.map(a => a.label)}))),
    // State.SHOWN (2): done sliding in, so its rectangle is where it stays.
    // Its close button (an icon, no label) takes clicks only while the pointer is over it.
    banner: banner ? {title: banner.notification.title,
                      body: banner.notification.bannerBodyText || '',
                      expanded: banner.expanded,
                      shown: tray._notificationState === 2, rect: rect(banner), buttons,
                      close: banner._closeButton && banner._closeButton.reactive
                             && placed(rect(banner._closeButton))
                             ? rect(banner._closeButton) : null} : null,
  });
})()
"""


@dataclass(frozen=True)
class ShellWindow:
    title: str
    pid: int
    app: str | None  # the desktop entry the shell matched ("window:N" when none)
    icon: str | None  # the icon of the desktop entry the shell matched
    focused: bool
    rect: tuple[int, int, int, int]
    resizable: bool
    area: tuple[int, int, int, int]  # the monitor's work area

    @property
    def centre(self) -> tuple[float, float]:
        return centre_of(self.rect)


@dataclass(frozen=True)
class Banner:
    title: str
    body: str
    expanded: bool
    shown: bool  # in place, not sliding in or out
    rect: tuple[float, float, float, float]
    buttons: Mapping[str, tuple[float, float, float, float]]
    close: tuple[float, float, float, float] | None  # while the pointer is over the banner

    @property
    def centre(self) -> tuple[float, float]:
        return centre_of(self.rect)

    @property
    def exercise(self) -> str:
        return exercise_of(self.body)


@dataclass(frozen=True)
class ShellNotification:
    source: str
    title: str
    body: str
    actions: tuple[str, ...]

    @property
    def exercise(self) -> str:
        return exercise_of(self.body)


def centre_of(rect: tuple[float, float, float, float]) -> tuple[float, float]:
    x, y, w, h = rect
    return (x + w / 2, y + h / 2)


# -- the agent -------------------------------------------------------------------------------------


# -- the session -----------------------------------------------------------------------------------


class GnomeSession(WaylandSession):
    """A running session bus + stand-in system bus + headless GNOME Shell, all as USER."""

    agent: UserAgent | None = None

    def eval(self, js: str) -> Any:
        """The value of a JavaScript expression in the shell (JSON's types)."""
        assert self.agent is not None
        answer = self.agent.ask(eval=js)
        return json.loads(answer) if answer else None

    def shell_windows(self) -> list[ShellWindow]:
        return [
            ShellWindow(
                title=w["title"] or "",
                pid=int(w["pid"]),
                app=w["app"],
                icon=w["icon"],
                focused=bool(w["focused"]),
                rect=tuple(w["rect"]),  # type: ignore[arg-type]
                resizable=bool(w["resizable"]),
                area=tuple(w["area"]),  # type: ignore[arg-type]
            )
            for w in self.eval(WINDOWS_JS)
        ]

    def _notifications_state(self) -> dict[str, Any]:
        state: dict[str, Any] = self.eval(NOTIFICATIONS_JS)
        return state

    def shell_notifications(self) -> list[ShellNotification]:
        return [
            ShellNotification(n["source"], n["title"], n["body"], tuple(n["actions"]))
            for n in self._notifications_state()["notifications"]
        ]

    def banner(self) -> Banner | None:
        shown = self._notifications_state()["banner"]
        if shown is None:
            return None
        return Banner(
            title=shown["title"],
            body=shown["body"],
            expanded=bool(shown["expanded"]),
            shown=bool(shown["shown"]),
            rect=tuple(shown["rect"]),  # type: ignore[arg-type]
            buttons={b["label"]: tuple(b["rect"]) for b in shown["buttons"]},
            close=None if shown["close"] is None else tuple(shown["close"]),
        )

    def pointer_to(self, x: float, y: float) -> None:
        assert self.agent is not None
        x, y = round(x), round(y)  # the pointer moves by whole pixels
        where = self.agent.ask(pointer=[x, y])
        if [round(v) for v in where] != [x, y]:
            raise SessionError(f"the pointer went to {where}, not {(x, y)}")

    def click(self) -> None:
        assert self.agent is not None
        self.agent.ask(click=True)

    def press(self, *keysyms: int) -> None:
        """Press and release each key in turn, into the window with the keyboard focus.

        The first key Mutter's virtual keyboard sends to a window is lost (the window is still
        taking the virtual device's keymap; a real keyboard's is there at login), so a Shift
        press, which no window acts on, goes first. Under load the window took the keymap
        after the next key too (Tab, Tab, Space came out as Tab, Space: Snooze, once in CI):
        two Shifts, the second after the window has had time to take the keymap.
        """
        assert self.agent is not None
        self.agent.ask(key=KEY_SHIFT)
        time.sleep(KEYMAP_SETTLE)
        for keysym in (KEY_SHIFT, *keysyms):
            self.agent.ask(key=keysym)

    def screenshot(self, dest: Path | str, label: str = "screen") -> Path:
        assert self.agent is not None
        self._shots += 1
        shots = give_to_user(self.root / "shots")
        taken = shots / f"{self._shots:02d}-{label}.png"
        self.agent.ask(screenshot=str(taken), timeout=30)
        dest = Path(dest)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(taken, dest)
        return dest

    def has_icon(self, name: str) -> bool:
        """Whether the user's hicolor theme has the icon (what install-desktop-files puts
        there), as a PNG and as the SVG."""
        hicolor = Path(self.env["XDG_DATA_HOME"]) / "icons" / "hicolor"
        return (hicolor / "scalable" / "apps" / f"{name}.svg").is_file() and any(
            hicolor.glob(f"*/apps/{name}.png")
        )

    def idle_ms(self) -> int:
        """Mutter's idle time: milliseconds since the last input."""
        reply = self.busctl(
            *("call", "org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core"),
            *("org.gnome.Mutter.IdleMonitor", "GetIdletime"),
        )
        return int(reply["data"][0])

    def gsettings(self, *args: str) -> str:
        return self.run("gsettings", *args).stdout.strip()

    def hang_notification_activation(self) -> None:
        """From now on the bus answers a call to a missing notification server by starting one
        that never takes its name, until the bus gives up (25 s): as on a machine with Plasma
        beside GNOME, whose service file (``plasma_waitforname``) the bus may pick. The user's
        own service folder comes first, so this one is picked."""
        services = Path(self.env["XDG_DATA_HOME"]) / "dbus-1" / "services"
        entry = f"[D-BUS Service]\nName={NOTIFICATIONS}\nExec=/bin/sleep 30\n"
        self.run("mkdir", "-p", services)
        service = services / f"{NOTIFICATIONS}.service"
        self.run("sh", "-c", 'printf "%s" "$2" > "$1"', "sh", service, entry)
        self.run(
            *("busctl", "--user", "call", "org.freedesktop.DBus", "/org/freedesktop/DBus"),
            *("org.freedesktop.DBus", "ReloadConfig"),
        )

    def close(self) -> None:
        if self.agent is not None:
            self.agent.close()
            self.agent = None
        super().close()


def _start_display_manager(session: GnomeSession, python: Path) -> None:
    """A stand-in GDM on the stand-in system bus: GNOME Shell 43 has a lock screen only where
    ``org.gnome.DisplayManager`` answers its ``Version`` and systemd's seats folder exists
    (``loginManager.js``, ``canLock``); without them it shows "Screen Lock disabled" and
    ``org.gnome.ScreenSaver.Lock`` does nothing. The fake answers nothing else (GDM's user
    verifier is refused: the tests unlock through the shell, not with a password)."""
    seats = Path("/run/systemd/seats")  # systemd makes it at boot; a container may lack it
    if not seats.is_dir():
        seats.mkdir(parents=True, exist_ok=True)
    script = session.root / FAKE_SERVICE.name
    shutil.copyfile(FAKE_SERVICE, script)
    script.chmod(0o644)
    version = {
        "path": "/org/gnome/DisplayManager/Manager",
        "interface": "org.gnome.DisplayManager.Manager",
        "name": "Version",
        "signature": "s",
        "value": GDM_VERSION,
    }
    commands = write_for_user(
        session.root / "display-manager.json", json.dumps([{"property": version}])
    )
    session.spawn(
        "display-manager",
        [python, script, "system", "org.gnome.DisplayManager", commands],
        hold_stdin=True,
    )
    log = session.logs / "display-manager.log"
    session.wait(lambda: "ready" in log.read_text(), "the stand-in display manager")


def _start_shell(session: GnomeSession, python: Path) -> None:
    run = Path(session.env["XDG_RUNTIME_DIR"])
    system_bus = run / "system_bus_socket"
    session.spawn(
        "system-bus",
        ["dbus-daemon", "--session", "--nofork", f"--address=unix:path={system_bus}"],
    )
    session.wait(system_bus.exists, "the stand-in system bus's socket")
    session.env["DBUS_SYSTEM_BUS_ADDRESS"] = f"unix:path={system_bus}"
    _start_display_manager(session, python)
    session.gsettings("set", "org.gnome.shell", "enabled-extensions", f"['{EXTENSION}']")
    width, height = SCREEN
    session.spawn(
        "gnome-shell",
        [
            # --no-x11: no Xwayland, so the shell claims no X display that another test's X
            # client could start it on (Xwayland starting mid-test lost our key presses).
            *("gnome-shell", "--headless", "--wayland", "--no-x11", "--unsafe-mode"),
            *("--virtual-monitor", f"{width}x{height}"),
        ],
    )
    display = run / "wayland-0"
    session.wait(display.exists, "GNOME Shell's Wayland socket")
    session.env["WAYLAND_DISPLAY"] = str(display)
    for name in (
        "org.gnome.Shell",
        "org.gnome.Mutter.RemoteDesktop",
        "org.gnome.Mutter.IdleMonitor",
        "org.freedesktop.Notifications",
        "org.kde.StatusNotifierWatcher",
    ):
        session.wait(lambda name=name: session.name_has_owner(name), f"{name} on the bus")
    # GNOME Shell's own notification service (gjs), not another server the bus could activate
    # for the name (mako's service file is installed for the sway tests).
    owner = session.bus_name_pid("org.freedesktop.Notifications")
    comm = Path(f"/proc/{owner}/comm").read_text().strip()
    if comm != "gjs":
        raise SessionError(f"org.freedesktop.Notifications is {comm}'s, not GNOME Shell's (gjs)")


def start_gnome_session(root: Path, venv: UserVenv) -> GnomeSession:
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
        "XDG_CURRENT_DESKTOP": "GNOME",
        "XDG_SESSION_DESKTOP": "gnome",
    }
    session = GnomeSession(root=root, env=env)
    session.logs.mkdir(exist_ok=True)
    try:
        session.env["DBUS_SESSION_BUS_ADDRESS"] = start_bus(session, "bus")
        install_desktop_entry(session, venv)
        _start_shell(session, venv.bin / "python")
        agent = Path(__file__).with_name("shell_agent.py")
        session.agent = UserAgent(session, venv.bin / "python", agent)
        # The shell starts in the overview; a user's first move is to leave it.
        session.wait(
            lambda: session.eval("Main.overview.hide(); Main.overview.visible") is False,
            "the overview to close",
        )
        session.pointer_to(SCREEN[0] / 2, SCREEN[1] - 100)
    except BaseException:
        session.close()
        raise
    return session


class GnomeApp(WaylandApp):
    """The real ``psoasbreak`` in the GNOME session: like the sway session's app, with GNOME's
    environment, the stand-in system bus, and the user's one dconf database (GNOME Shell and the
    app read the same ``show-banners``)."""

    def __init__(self, session: GnomeSession, venv: UserVenv, name: str) -> None:
        super().__init__(session, venv, name)
        self.gnome = session
        self.env["XDG_CURRENT_DESKTOP"] = "GNOME"
        self.env["DBUS_SYSTEM_BUS_ADDRESS"] = session.env["DBUS_SYSTEM_BUS_ADDRESS"]
        shared = give_to_user(Path(session.env["XDG_CONFIG_HOME"]) / "dconf")
        own = Path(self.env["XDG_CONFIG_HOME"]) / "dconf"
        own.symlink_to(shared)
        os.lchown(own, *_owner(shared))

    def shell_windows(self) -> list[ShellWindow]:
        return [w for w in self.gnome.shell_windows() if w.pid == self.pid]

    def windows(self) -> list[Any]:
        return self.shell_windows()

    def on_screen(self) -> str:
        windows = "\n".join(map(repr, self.gnome.shell_windows()))
        notes = "\n".join(map(repr, self.gnome.shell_notifications()))
        return (
            f"--- windows:\n{windows or '(none)'}\n--- notifications:\n{notes or '(none)'}\n"
            f"--- banner: {self.gnome.banner()!r}"
        )


def _owner(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_uid, st.st_gid
