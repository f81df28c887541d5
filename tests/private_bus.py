"""A private ``dbus-daemon`` and fake desktop services on it, for tests of the D-Bus edges.

``PrivateBus.start(tmp_path)`` runs ``dbus-daemon --session`` on its own socket; the same daemon
stands in for the system bus too (tests point ``DBUS_SYSTEM_BUS_ADDRESS`` at it, as DESIGN §5
says). ``bus.service("system", "org.freedesktop.login1")`` starts ``fake_dbus_service.py``
owning that name. Everything waits on lines the programs print, with a deadline; nothing sleeps.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.needs import unavailable

FAKE_SERVICE = Path(__file__).with_name("fake_dbus_service.py")
#: A session bus like ``dbus-daemon --session``'s, but starting no services by activation: a
#: test sees only the services it started, never whatever this machine has installed (mako,
#: for one, would otherwise be activated as the notification server).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
TIMEOUT = 10.0


def require_dbus_daemon() -> None:
    """Skip without dbus-daemon or jeepney, except on CI, where that is a broken setup."""
    missing = []
    if shutil.which("dbus-daemon") is None:
        missing.append("dbus-daemon (Debian package dbus)")
    try:
        import jeepney  # noqa: F401  # the fake services speak D-Bus through it
    except ImportError:
        missing.append("jeepney (pip)")
    if missing:
        unavailable(f"this test needs {', '.join(missing)}", ", ".join(missing))


class _Lines:
    """A process's stdout, read by a thread, so a test can wait for a line with a deadline."""

    def __init__(self, stream: Any) -> None:
        self._queue: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._stream = stream
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream: Any) -> None:
        for line in stream:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def drain(self) -> None:
        """Take in the lines already read, without waiting for more."""
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                return
            if line is None:
                self._queue.put(None)  # keep the end for wait_for
                return
            self.seen.append(line)

    def close(self) -> None:
        """Once the process has ended: let the reader see the end, then close the pipe."""
        self._thread.join(TIMEOUT)
        self._stream.close()

    def wait_for(self, predicate: Any, what: str, timeout: float = TIMEOUT) -> str:
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"timed out waiting for {what}; saw {self.seen}") from None
            if line is None:
                raise AssertionError(f"the process ended while waiting for {what}; saw {self.seen}")
            self.seen.append(line)
            if predicate(line):
                return line


class FakeService:
    """``fake_dbus_service.py`` owning one name; ``send`` returns once the command is done."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.proc = proc
        assert proc.stdout is not None
        self.lines = _Lines(proc.stdout)
        self.lines.wait_for(lambda line: line == "ready", "the fake service to own its name")

    def send(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        self.lines.wait_for(lambda line: line == "ok", f"the fake service to do {command}")

    def calls(self) -> list[str]:
        self.lines.drain()
        return [line.removeprefix("call ") for line in self.lines.seen if line.startswith("call ")]

    def call_args(self, member: str) -> list[list[Any]]:
        """The arguments of every call of ``member`` ("Interface.Member") seen so far."""
        self.lines.drain()
        prefix = f"args {member} "
        return [
            json.loads(line[len(prefix) :]) for line in self.lines.seen if line.startswith(prefix)
        ]

    def wait_for_call(self, member: str, count: int = 1) -> list[Any]:
        """Wait until ``member`` ("Interface.Member") was called ``count`` times in all; return
        the arguments of the last of those calls."""
        prefix = f"args {member} "
        while len(self.call_args(member)) < count:
            self.lines.wait_for(lambda line: line.startswith(prefix), f"call {count} of {member}")
        return self.call_args(member)[count - 1]

    def emit(self, path: str, interface: str, member: str, signature: str, *args: Any) -> None:
        self.send(
            emit={
                "path": path,
                "interface": interface,
                "member": member,
                "signature": signature,
                "args": list(args),
            }
        )

    def set_property(
        self, path: str, interface: str, name: str, signature: str, value: Any
    ) -> None:
        self.send(
            property={
                "path": path,
                "interface": interface,
                "name": name,
                "signature": signature,
                "value": value,
            }
        )

    def answer(self, path: str, interface: str, member: str, signature: str, *args: Any) -> None:
        self.send(
            method={
                "path": path,
                "interface": interface,
                "member": member,
                "signature": signature,
                "args": list(args),
            }
        )

    def stop(self) -> None:
        with contextlib.suppress(BrokenPipeError, OSError):
            assert self.proc.stdin is not None
            self.proc.stdin.close()
        try:
            self.proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(TIMEOUT)
        self.lines.close()


class PrivateBus:
    def __init__(self, proc: subprocess.Popen[str], address: str, log: Path, lines: _Lines) -> None:
        self.proc = proc
        self._lines = lines
        self.address = address
        self.log = log
        self._services: list[FakeService] = []

    @classmethod
    @contextlib.contextmanager
    def start(cls, workdir: Path) -> Iterator[PrivateBus]:
        require_dbus_daemon()
        log = workdir / "dbus-daemon.log"
        config = workdir / "dbus-session.conf"
        config.write_text(BUS_CONFIG, encoding="utf-8")
        with log.open("w") as err:
            proc = subprocess.Popen(
                ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
            )
        assert proc.stdout is not None
        lines = _Lines(proc.stdout)
        address = lines.wait_for(lambda line: line.startswith("unix:"), "dbus-daemon's address")
        bus = cls(proc, address, log, lines)
        try:
            yield bus
        finally:
            bus.close()

    def env(self, kind: str = "system") -> dict[str, str]:
        name = "DBUS_SYSTEM_BUS_ADDRESS" if kind == "system" else "DBUS_SESSION_BUS_ADDRESS"
        return {**os.environ, name: self.address}

    def service(
        self, kind: str, name: str, prepared: list[dict[str, Any]] | None = None
    ) -> FakeService:
        """Start a fake service owning ``name``; ``prepared`` commands (``{"method": …}`` and
        so on, as ``FakeService.send`` takes them) are done before it owns the name."""
        args = [sys.executable, str(FAKE_SERVICE), kind, name]
        if prepared is not None:
            commands = self.log.parent / f"{name}-{len(self._services)}.json"
            commands.write_text(json.dumps(prepared), encoding="utf-8")
            args.append(str(commands))
        proc = subprocess.Popen(
            args,
            env=self.env(kind),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        service = FakeService(proc)
        self._services.append(service)
        return service

    def close(self) -> None:
        for service in self._services:
            service.stop()
        self._services.clear()
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(TIMEOUT)
        self._lines.close()


@contextlib.contextmanager
def qt_connection(tmp_path: Path, name: str) -> Iterator[tuple[PrivateBus, Any]]:
    """A private bus and a QtDBus connection to it under ``name``, closed afterwards."""
    from PySide6.QtDBus import QDBusConnection

    with PrivateBus.start(tmp_path) as bus:
        connection = QDBusConnection.connectToBus(bus.address, name)
        try:
            yield bus, connection
        finally:
            QDBusConnection.disconnectFromBus(name)
