"""A Wayland tray host (StatusNotifierWatcher) that starts after the app: the icon is built anew.

The watch runs against a real private ``dbus-daemon`` with a fake watcher (jeepney) that takes
its name and announces its host later. Whether Qt would show an icon now is Qt's platform answer
(``QSystemTrayIcon.isSystemTrayAvailable``, always False offscreen): the one fake at the edge. The
last test runs the real ``psoasbreak`` on Qt's X11 platform in a Wayland session, as under
XWayland (Xvfb stands in for it), and a fake watcher with its host appearing later. With Qt's
native Wayland platform Qt registers the icon by itself: tests/wayland/test_wayland_e2e.py starts
a real waybar after the app.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent
from PySide6.QtGui import QColor, QIcon, QPixmap

from psoasbreak.desktop.tray_host import WATCHER, WATCHER_PATH, LateTrayHost, NoLateTrayHost
from psoasbreak.ui.tray import TrayIcon
from tests.needs import unavailable
from tests.private_bus import TIMEOUT, PrivateBus, _Lines, qt_connection

BUS_NAME = "test-tray-host-bus"
#: Showing a tray icon offscreen: Qt's X11 fallback listens for the X tray's window, a signal
#: the offscreen platform does not have. Only a shown icon says whether the new one is shown too.
OFFSCREEN_TRAY = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


@pytest.fixture
def session_bus(tmp_path):
    with qt_connection(tmp_path, BUS_NAME) as bus_and_connection:
        yield bus_and_connection


def _icon(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class PlatformTray:
    """Qt's answer to "could an icon built now be shown?", and how often it was asked."""

    def __init__(self, available: bool) -> None:
        self.available = available
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.available


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_a_tray_host_that_starts_later_gets_the_icon_built_anew(qtbot, session_bus):
    bus, connection = session_bus
    platform = PlatformTray(available=False)
    tray = TrayIcon(_icon("red"), _icon("grey"))
    tray.tray.setToolTip("psoasbreak — Next break at 10:30")
    tray.show()
    first = tray.tray
    host = LateTrayHost(connection, platform)
    host.appeared.connect(tray.rebuild)
    assert host.waiting

    # waybar takes the watcher's name first and registers its host a moment later: until Qt
    # says a tray is there, building the icon again would give another icon nobody shows.
    watcher = bus.service("session", WATCHER)
    qtbot.waitUntil(lambda: platform.asked == 2)
    assert tray.tray is first and host.waiting

    platform.available = True
    with qtbot.waitSignal(host.appeared):
        watcher.emit(WATCHER_PATH, WATCHER, "StatusNotifierHostRegistered", "")
    assert not host.waiting
    assert tray.tray is not first
    assert tray.tray.isVisible() and not first.isVisible()
    assert tray.tray.toolTip() == "psoasbreak — Next break at 10:30"
    assert tray.tray.contextMenu() is tray.menu
    assert tray.tray.objectName() == "tray"


def test_an_icon_built_with_a_tray_there_is_left_to_qt(qtbot, session_bus):
    """Qt registers such an icon again by itself when the watcher restarts."""
    _, connection = session_bus
    host = LateTrayHost(connection, PlatformTray(available=True))
    assert not host.waiting
    with qtbot.assertNotEmitted(host.appeared):
        host._host_seen(WATCHER)


def test_the_icon_is_built_anew_once(qtbot, session_bus):
    _, connection = session_bus
    platform = PlatformTray(available=False)
    host = LateTrayHost(connection, platform)
    platform.available = True
    with qtbot.waitSignal(host.appeared, timeout=0):
        host._host_seen(WATCHER)
    with qtbot.assertNotEmitted(host.appeared):
        host._host_seen()


def test_the_old_icon_goes_away_and_the_new_one_keeps_the_state(qtbot):
    tray = TrayIcon(_icon("red"), _icon("grey"))
    paused = tray._paused_icon
    tray.tray.setIcon(paused)
    old = tray.tray
    tray.rebuild()  # never shown: the new one stays hidden too
    assert not tray.tray.isVisible()
    assert tray.tray.icon().cacheKey() == paused.cacheKey()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(old)
    assert tray.findChildren(type(tray.tray)) == [tray.tray]
    # A left click still opens the menu: the new icon's click is wired.
    assert tray.tray.receivers(SIGNAL("activated(QSystemTrayIcon::ActivationReason)")) == 1


def test_only_qt_on_xwayland_in_a_wayland_session_watches_for_a_late_tray():
    # X11: Qt itself docks the icon into a tray that starts later.
    x11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}
    assert isinstance(LateTrayHost.for_session(x11, "xcb"), NoLateTrayHost)
    assert isinstance(LateTrayHost.for_session({}, "xcb"), NoLateTrayHost)
    # Qt's native Wayland platform registers its D-Bus icon with a later watcher by itself.
    wayland = {"WAYLAND_DISPLAY": "wayland-1"}
    assert isinstance(LateTrayHost.for_session(wayland, "wayland"), NoLateTrayHost)


# -- the real app under XWayland ------------------------------------------------------------------

#: What Qt asks a watcher before it registers an icon with it (``QDBusInterface`` introspects).
WATCHER_XML = f"""<node><interface name="{WATCHER}">
<method name="RegisterStatusNotifierItem"><arg type="s" direction="in"/></method>
<property name="RegisteredStatusNotifierItems" type="as" access="read"/>
<property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
<property name="ProtocolVersion" type="i" access="read"/>
<signal name="StatusNotifierHostRegistered"/>
</interface></node>"""


def _watcher_commands(host_registered: bool) -> list[dict]:
    """``prepared`` commands for the fake watcher (see tests/fake_dbus_service.py)."""

    def method(interface: str, member: str, signature: str, *args: object) -> dict:
        call = {"path": WATCHER_PATH, "interface": interface, "member": member}
        return {"method": {**call, "signature": signature, "args": list(args)}}

    def prop(name: str, signature: str, value: object) -> dict:
        where = {"path": WATCHER_PATH, "interface": WATCHER, "name": name}
        return {"property": {**where, "signature": signature, "value": value}}

    return [
        method(WATCHER, "RegisterStatusNotifierItem", ""),
        method("org.freedesktop.DBus.Introspectable", "Introspect", "s", WATCHER_XML),
        prop("IsStatusNotifierHostRegistered", "b", host_registered),
        prop("ProtocolVersion", "i", 0),
        prop("RegisteredStatusNotifierItems", "as", []),
    ]


@contextlib.contextmanager
def _xvfb():
    """An X server with no tray, as XWayland next to a bar that only speaks StatusNotifier."""
    if shutil.which("Xvfb") is None:
        unavailable("this test needs Xvfb", "Xvfb (Debian package xvfb)")
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "800x600x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()  # Xvfb writes it once it accepts clients
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(TIMEOUT)


@pytest.mark.e2e
def test_under_xwayland_the_app_builds_its_icon_again_for_a_tray_that_starts_later(tmp_path):
    runtime = Path(tempfile.mkdtemp(prefix="pb-"))  # short: the control socket lives there
    with _xvfb() as display, PrivateBus.start(tmp_path) as bus:
        env = {
            "PATH": os.environ.get("PATH", os.defpath),
            "HOME": str(tmp_path),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "DBUS_SESSION_BUS_ADDRESS": bus.address,
            "DBUS_SYSTEM_BUS_ADDRESS": bus.address,
            # A Wayland session whose user chose Qt's X11 platform (or whose Qt fell back to it).
            "XDG_SESSION_TYPE": "wayland",
            "QT_QPA_PLATFORM": "xcb",
            "DISPLAY": display,
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "psoasbreak"],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        said = _Lines(app.stderr)
        try:
            said.wait_for(lambda line: "no system tray found" in line, "the no-tray message", 30)
            assert "it appears once a tray runs" in said.seen[-1]
            # The watcher's name first, its host a moment later, as waybar does.
            watcher = bus.service("session", WATCHER, _watcher_commands(host_registered=False))
            watcher.set_property(WATCHER_PATH, WATCHER, "IsStatusNotifierHostRegistered", "b", True)
            watcher.emit(WATCHER_PATH, WATCHER, "StatusNotifierHostRegistered", "")
            item = watcher.wait_for_call(f"{WATCHER}.RegisterStatusNotifierItem")
            assert item[0].startswith(":"), item  # the app's connection, as Qt registers it
            quit_app = [sys.executable, "-m", "psoasbreak", "quit"]
            subprocess.run(quit_app, env=env, check=True, timeout=TIMEOUT, capture_output=True)
            assert app.wait(TIMEOUT) == 0
        finally:
            if app.poll() is None:
                app.kill()
                app.wait(TIMEOUT)
            said.close()
            shutil.rmtree(runtime, ignore_errors=True)
