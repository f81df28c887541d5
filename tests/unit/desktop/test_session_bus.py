"""The start-up check of the session bus (issue 17: a stopped dbus-daemon hung start-up for good).

Real buses: a private ``dbus-daemon``, answering and then stopped with SIGSTOP; and a socket that
takes connections and never says a word. Waits are bounded by the probe's own short deadline.
"""

from __future__ import annotations

import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoasbreak.desktop.session_bus import NO_BUS, SessionBusProbe
from tests.private_bus import PrivateBus

ADDRESS = "DBUS_SESSION_BUS_ADDRESS"


@pytest.fixture
def bus(tmp_path: Path) -> Iterator[PrivateBus]:
    with PrivateBus.start(tmp_path) as started:
        yield started


def test_a_live_bus_answers_and_is_left_alone(bus: PrivateBus) -> None:
    environ = {ADDRESS: bus.address}
    probe = SessionBusProbe(environ, timeout=5)
    assert probe.settle() == ""
    assert probe.other_error == ""
    assert environ == {ADDRESS: bus.address}


def test_a_stopped_bus_is_given_up_after_the_deadline(bus: PrivateBus) -> None:
    environ = {ADDRESS: bus.address}
    os.kill(bus.proc.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        said = SessionBusProbe(environ, timeout=0.3).settle()
        waited = time.monotonic() - started
    finally:
        os.kill(bus.proc.pid, signal.SIGCONT)
    assert "is frozen: it did not answer within 0.3 s" in said and bus.address in said
    assert environ == {ADDRESS: NO_BUS}, "Qt must not try the frozen bus"
    assert waited < 5, f"waited {waited:.1f} s"


def test_a_socket_that_never_speaks_is_given_up(tmp_path: Path) -> None:
    path = tmp_path / "bus"
    with socket.socket(socket.AF_UNIX) as silent:
        silent.bind(str(path))
        silent.listen(4)  # connections are queued, never answered
        environ = {ADDRESS: f"unix:path={path}"}
        said = SessionBusProbe(environ, timeout=0.3).settle()
    assert "did not answer within 0.3 s" in said
    assert environ[ADDRESS] == NO_BUS


@pytest.mark.parametrize("address", ["unix:path=/nonexistent/bus", "tcp:host=127.0.0.1,port=1"])
def test_a_bus_that_fails_fast_is_left_for_qt_to_find_out(address: str) -> None:
    """A refused connection, or an address this probe does not speak, is no hang: Qt sees it
    fails at once, so the environment stays as it was and the error is only for the log."""
    environ = {ADDRESS: address}
    probe = SessionBusProbe(environ, timeout=5)
    assert probe.settle() == ""
    assert probe.other_error != ""
    assert environ == {ADDRESS: address}


@pytest.mark.parametrize("environ", [{}, {ADDRESS: ""}, {ADDRESS: NO_BUS}])
def test_no_bus_named_is_nothing_to_wait_for(environ: dict[str, str]) -> None:
    before = dict(environ)
    assert SessionBusProbe(environ, timeout=5).settle() == ""
    assert environ == before
