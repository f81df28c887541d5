"""Two real Syncthing instances on this machine, sharing one folder: the "two machines" of issue 19.

psoasbreak shares break history through a folder a sync tool keeps the same on every machine; the
tests prove it against a real sync engine, not a copy loop of our own, so what Syncthing really
does (late deliveries, temporary files, ``*.sync-conflict-*`` copies) is what the app meets.

Each instance gets a home of its own (key, certificate, config.xml, database) made with
``syncthing generate``; the config is then edited before the first start, so no restart is
needed: each device knows the other by its id, ``a`` dials ``b`` at ``tcp://127.0.0.1:PORT``,
and nothing leaves the machine (no global or local discovery, relays, NAT traversal or STUN,
usage or crash reports, upgrades). Both sync one folder id, with the inotify watcher on and a
1-second delay, so a change is delivered in about a second. The REST API (on 127.0.0.1, with an
API key we chose) is how the harness asks whether the two are connected, and pauses the
connection for a conflict made on purpose. Runs as root too (Syncthing only warns). A pair is
up in under a second; everything waits by polling with a deadline; a failure shows both
instances' logs.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.e2e.xsession import SessionError, StopWaiting, clean_environ, poll, tail
from tests.needs import unavailable

#: The one folder both instances sync (Syncthing matches folders across devices by this id).
FOLDER_ID = "psoasbreak-history"
#: From the processes' start to both connected and both folders scanned; normally ~1 s.
START_TIMEOUT = 30.0
#: A connection paused or resumed on one side seen by both; normally well under a second.
CONNECT_TIMEOUT = 20.0
REST_TIMEOUT = 10.0
#: For each of SIGTERM and SIGKILL to end an instance's processes.
STOP_TIMEOUT = 10.0
#: Polling a local file or a REST call is cheap; a short interval keeps the tests quick.
POLL_INTERVAL = 0.1

#: config.xml ``<options>`` set before the first start: loopback only, nothing phones home.
OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",  # also turns STUN off
    "stunKeepaliveStartS": "0",
    "announceLANAddresses": "false",
    "urAccepted": "-1",  # usage reporting declined, so it never asks either
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "setLowPriority": "false",
    # a lost connection is dialled again soon, not after a minute (1.19 waits 5 s at least)
    "reconnectionIntervalS": "1",
}


def require_syncthing() -> None:
    """Skip when this machine lacks ``syncthing`` (fail on CI, which must install it)."""
    if shutil.which("syncthing") is None:
        unavailable(
            "the two-machine tests need syncthing (syncthing); "
            "install it with packaging/linux/install-system-deps --test",
            "syncthing",
        )


def _free_ports(count: int) -> list[int]:
    """Ports nobody listens on now, all different (the sockets are held until all are chosen)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(count)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


class SyncthingInstance:
    """One Syncthing process with its home, its copy of the shared folder and its REST API."""

    def __init__(self, name: str, root: Path, gui_port: int, listen_port: int) -> None:
        self.name = name
        self.home = root / f"{name}-home"
        self.folder = root / f"{name}-folder"
        self.log = root / f"{name}.log"
        self.gui_port = gui_port
        self.listen_port = listen_port
        self.api_key = secrets.token_urlsafe(24)
        self.device_id = ""
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    @property
    def short_id(self) -> str:
        """The first group of the device id: what Syncthing puts at the end of a conflict copy."""
        return self.device_id.split("-")[0]

    # -- setting up ------------------------------------------------------------------------------

    def generate(self) -> None:
        """Key, certificate and a default config.xml (which names our own device id)."""
        done = subprocess.run(
            ["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
            env=self._env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        if done.returncode != 0:
            raise SessionError(f"syncthing generate exited {done.returncode}: {done.stderr}")
        own = ET.parse(self.home / "config.xml").getroot().find("device")
        assert own is not None, "syncthing generate wrote no device of our own"
        self.device_id = own.attrib["id"]

    def configure(self, peer: SyncthingInstance, *, dial: bool) -> None:
        """Edit the generated config.xml: our ports, API key and options, the peer, and the
        shared folder with both devices in it. Copies of the file's own ``<defaults>`` give
        every setting we do not name Syncthing's default value.

        Only one side ``dial``s, the peer at its loopback address; the other knows the dialler
        by its id alone (``dynamic``, and with discovery off that finds nothing) and accepts
        its connection. When both dial at once, 1.19 can stall both handshakes until a 20-second
        timeout (seen with six pairs starting side by side). The dialler starts with the peer
        paused: a dial that fails (the peer not listening yet) is retried only 5 s later, and
        resuming the peer dials it at once (``SyncthingPair.start``)."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        _set(config, "gui/address", f"127.0.0.1:{self.gui_port}")
        _set(config, "gui/apikey", self.api_key)
        _set(config, "options/listenAddress", self.address)
        for key, value in OPTIONS.items():
            _set(config, f"options/{key}", value)
        own = config.find("device")
        assert own is not None
        own.attrib["name"] = self.name
        _set(own, "address", self.address)

        device = copy.deepcopy(_find(config, "defaults/device"))
        device.attrib.update(id=peer.device_id, name=peer.name)
        _set(device, "address", peer.address if dial else "dynamic")
        _set(device, "paused", "true" if dial else "false")
        folder = copy.deepcopy(_find(config, "defaults/folder"))
        folder.attrib.update(
            id=FOLDER_ID,
            label="psoasbreak history",
            path=str(self.folder),
            # The watcher (inotify) sees a change within fsWatcherDelayS. A rescan every 2 s is
            # the backstop: inotify instances are limited per user (fs.inotify.
            # max_user_instances, 128 by default) and shared with every process of the user, and
            # when they run out Syncthing runs without its watcher (it says so in its log).
            rescanIntervalS="2",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        template = _find(folder, "device")
        for device_id in (self.device_id, peer.device_id):
            member = copy.deepcopy(template)
            member.attrib["id"] = device_id
            folder.insert(list(folder).index(template), member)
        folder.remove(template)
        # Syncthing writes <device> and <folder> entries before <gui>; keep its order.
        gui_at = list(config).index(_find(config, "gui"))
        config.insert(gui_at, folder)
        config.insert(gui_at, device)
        ET.indent(tree, space="    ")
        tree.write(path, encoding="unicode")
        self.folder.mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [
                    "syncthing",
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",  # (1.19 still runs its monitor parent, without restarts)
                    "--no-upgrade",
                    "--logfile=-",
                    "--logflags=7",  # date, time with microseconds
                ],
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # a process group of its own, for stop()
            )

    def terminate(self) -> None:
        """Ask both processes to exit (SIGTERM to the group), without waiting."""
        if self.proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)

    def stop(self) -> None:
        """Stop the monitor and Syncthing proper, its child: SIGTERM to the process group (the
        monitor passes it on; both exit cleanly in well under a second), SIGKILL if any is still
        there after 10 s. Waits until the group is empty, so no orphaned child outlives a test."""
        if self.proc is None:
            return
        group = self.proc.pid
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, sig)
            deadline = time.monotonic() + STOP_TIMEOUT
            while time.monotonic() < deadline:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self.proc.wait(POLL_INTERVAL)  # reaps the monitor, our child
                if self.proc.returncode is not None and not group_members(group):
                    return
        raise SessionError(
            f"syncthing {self.name}: processes {group_members(group)} survive SIGKILL"
        )

    def _env(self) -> dict[str, str]:
        env = clean_environ()
        env.update(
            HOME=str(self.home),  # nothing of root's own ~/.config or ~/.local is touched
            STNODEFAULTFOLDER="1",
            STNOUPGRADE="1",
            STNORESTART="1",
            # skip the start-up benchmark that picks a SHA-256 implementation (about 0.5 s)
            STHASHING="minio",
        )
        return env

    # -- asking it -------------------------------------------------------------------------------

    def check_alive(self) -> None:
        """Raise StopWaiting (ends any wait at once) if Syncthing has exited (its monitor
        exits with it, as ``--no-restart`` says)."""
        if self.proc is None or self.proc.poll() is not None:
            code = None if self.proc is None else self.proc.returncode
            raise StopWaiting(
                f"syncthing {self.name} is not running (exit {code}); its log ends:\n"
                + tail(self.log)
            )

    def rest(self, method: str, endpoint: str, **params: str) -> Any:
        """Call the REST API (``endpoint`` like ``system/status``); the JSON answer or None."""
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}/rest/{endpoint}{query}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=REST_TIMEOUT) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def listening(self) -> bool:
        """Our sync protocol listener is up (and so the REST API)."""
        status = self.rest("GET", "system/status")["connectionServiceStatus"]
        listener = status.get(self.address, {})
        return listener.get("error", "missing") is None and bool(listener.get("lanAddresses"))

    def connected_to(self, peer: SyncthingInstance) -> bool:
        connections = self.rest("GET", "system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def folder_state(self) -> str:
        """``idle``, ``scanning``, ``syncing``, ``error``…: what the folder is doing now."""
        return str(self.rest("GET", "db/status", folder=FOLDER_ID)["state"])

    def scan(self) -> None:
        """Scan the folder now; returns when the scan is done, so a change made before it is in
        our index (and announced to the peer, when connected)."""
        self.rest("POST", "db/scan", folder=FOLDER_ID)


class SyncthingPair:
    """Two Syncthing instances, ``a`` and ``b``, syncing ``folder_a`` with ``folder_b``.

    A context manager: entering generates and configures both homes, starts both and returns
    once they are connected and both folders are scanned (``.stfolder`` markers in place); leaving
    stops both (terminate, then kill), also when entering failed half-way.
    """

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        gui_a, listen_a, gui_b, listen_b = _free_ports(4)
        self.a = SyncthingInstance("a", root, gui_a, listen_a)
        self.b = SyncthingInstance("b", root, gui_b, listen_b)

    @property
    def folder_a(self) -> Path:
        return self.a.folder

    @property
    def folder_b(self) -> Path:
        return self.b.folder

    def processes(self) -> list[int]:
        """Live processes of both instances: each is a monitor and Syncthing proper, its child,
        in a process group of their own. Empty once the pair is stopped."""
        return [pid for i in (self.a, self.b) if i.proc for pid in group_members(i.proc.pid)]

    def __enter__(self) -> SyncthingPair:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        for instance in (self.a, self.b):
            instance.generate()
        self.a.configure(self.b, dial=True)
        self.b.configure(self.a, dial=False)
        for instance in (self.a, self.b):
            instance.start()
        self.wait_until(self.b.listening, START_TIMEOUT, "b to listen")
        self.wait_until(self.a.listening, START_TIMEOUT, "a to listen")
        self.resume()
        self.wait_until(self.idle, START_TIMEOUT, "both folders to be scanned")

    def stop(self) -> None:
        """Stop both instances (both asked first, so they shut down side by side); safe to
        call more than once."""
        for instance in (self.a, self.b):
            instance.terminate()
        for instance in (self.a, self.b):
            instance.stop()

    # -- waiting ---------------------------------------------------------------------------------

    def wait_until(self, predicate: Callable[[], object], timeout: float, what: str) -> None:
        """Poll ``predicate`` every 0.1 s until it is true; on timeout fail with ``what`` and
        both logs. Ends at once if an instance has exited; an exception from the predicate (a
        file half-written, the REST API not up yet) counts as "not yet"."""

        def check() -> object:
            self.a.check_alive()
            self.b.check_alive()
            return predicate()

        poll(check, timeout, what, interval=POLL_INTERVAL, on_timeout=self.log_text)

    def connected(self) -> bool:
        """Both instances see the connection to the other."""
        return self.a.connected_to(self.b) and self.b.connected_to(self.a)

    def disconnected(self) -> bool:
        """Neither instance sees a connection to the other."""
        return not self.a.connected_to(self.b) and not self.b.connected_to(self.a)

    def idle(self) -> bool:
        """Both folders are idle: nothing being scanned or pulled right now."""
        return self.a.folder_state() == "idle" and self.b.folder_state() == "idle"

    # -- conflicts on purpose --------------------------------------------------------------------

    def pause(self) -> None:
        """Pause the connection (``a`` pauses ``b``, as if b went offline) and wait until both
        see it gone: changes made now on either side stay there until ``resume``."""
        self.a.rest("POST", "system/pause", device=self.b.device_id)
        self.wait_until(self.disconnected, CONNECT_TIMEOUT, "the connection a-b to be paused")

    def resume(self) -> None:
        """Resume the connection (``a`` dials ``b`` at once) and wait until both see it. Scans
        both folders first, so every change made while paused is in its side's index when the
        two meet again: edits of one file on both sides then meet as concurrent versions, a
        conflict, whatever the watcher's timing."""
        self.a.scan()
        self.b.scan()
        self.a.rest("POST", "system/resume", device=self.b.device_id)
        self.wait_until(self.connected, CONNECT_TIMEOUT, "the connection a-b to be resumed")

    # -- failure messages ------------------------------------------------------------------------

    def log_text(self) -> str:
        """Both instances' logs, for a failure message."""
        parts = []
        for instance in (self.a, self.b):
            try:
                text = instance.log.read_text(encoding="utf-8", errors="replace")
            except FileNotFoundError:
                text = "(no log)"
            parts.append(f"--- syncthing {instance.name} ({instance.device_id}) ---\n{text}")
        return "\n".join(parts)


def group_members(group: int) -> list[int]:
    """Live processes in process group ``group`` (zombies, which a container's init may never
    reap, do not count: they are gone but for their exit status)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone meanwhile
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses
        state, _ppid, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == group and state != "Z":
            members.append(int(entry.name))
    return members


def _find(parent: ET.Element, path: str) -> ET.Element:
    found = parent.find(path)
    if found is None:
        raise SessionError(f"syncthing's generated config.xml has no {path}")
    return found


def _set(parent: ET.Element, path: str, text: str) -> None:
    """Set an existing element's text, or add it (under its existing parent) if missing."""
    found = parent.find(path)
    if found is None:
        head, _, tag = path.rpartition("/")
        found = ET.SubElement(_find(parent, head) if head else parent, tag)
    found.text = text
