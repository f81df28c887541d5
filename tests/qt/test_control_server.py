"""The control socket, for real: a QLocalServer in this process, the plain-socket client in a thread."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
import threading

import pytest

from psoasbreak.desktop.control_client import NotRunning, send
from psoasbreak.desktop.control_protocol import MAX_MESSAGE_BYTES, Request, Response
from psoasbreak.desktop.instance import ControlServer, InstanceLock


@pytest.fixture
def server(qtbot, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    seen: list[Request] = []

    def handler(request: Request) -> Response:
        seen.append(request)
        if request.cmd == "status":
            return Response(True, {"state": "working"})
        raise RuntimeError("boom")

    srv = ControlServer(runtime / "control.sock", handler)
    srv.listen()
    srv.seen = seen
    srv.path = runtime / "control.sock"
    yield srv
    srv.close()


def _in_thread(qtbot, work):
    box: dict[str, object] = {}

    def run():
        try:
            box["value"] = work()
        except Exception as exc:  # handed to the test thread
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    if "error" in box:
        raise box["error"]
    return box["value"]


def _raw(path, payload: bytes, shutdown_write: bool = True) -> bytes:
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(8)
        sock.connect(str(path))
        sock.sendall(payload)
        if shutdown_write:
            sock.shutdown(socket.SHUT_WR)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
        return b"".join(chunks)


def test_status_round_trip(qtbot, server):
    response = _in_thread(qtbot, lambda: send(server.path, Request("status")))
    assert response == Response(True, {"state": "working"})


def test_socket_is_owner_only(server):
    mode = stat.S_IMODE(os.stat(server.path).st_mode)
    assert mode == 0o600
    assert stat.S_ISSOCK(os.stat(server.path).st_mode)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"hello\n", "not JSON"),
        (b"[1,2]\n", "JSON object"),
        (b'{"v": 9, "cmd": "status"}\n', "unsupported protocol version"),
        (b'{"v": 1, "cmd": "rm -rf"}\n', "unknown command"),
        (b'{"v": 1, "cmd": "status", "args": 3}\n', "args must be"),
        (b"\xff\xfe\n", "not JSON"),
    ],
)
def test_garbage_gets_an_error_and_the_server_keeps_answering(qtbot, server, payload, message):
    answer = _in_thread(qtbot, lambda: _raw(server.path, payload))
    assert b'"ok":false' in answer and message.encode() in answer
    assert _in_thread(qtbot, lambda: send(server.path, Request("status"))).ok


def test_an_oversized_message_is_refused(qtbot, server):
    answer = _in_thread(qtbot, lambda: _raw(server.path, b"x" * (MAX_MESSAGE_BYTES + 10)))
    assert b"message too long" in answer
    assert _in_thread(qtbot, lambda: send(server.path, Request("status"))).ok


def test_a_failing_command_is_an_error_answer_not_a_crash(qtbot, server):
    response = _in_thread(qtbot, lambda: send(server.path, Request("pause", {"minutes": 5})))
    assert not response.ok and "internal error" in response.error


def test_a_silent_client_does_not_block_others(qtbot, server):
    silent = socket.socket(socket.AF_UNIX)
    silent.connect(str(server.path))
    try:
        response = _in_thread(qtbot, lambda: send(server.path, Request("status"), timeout=2))
        assert response.ok
    finally:
        silent.close()


def test_listen_replaces_a_stale_socket(qtbot, tmp_path):
    path = tmp_path / "control.sock"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))
    stale.close()  # the file stays, nobody listens: what a crashed instance leaves
    with pytest.raises(NotRunning):
        send(path, Request("status"))
    srv = ControlServer(path, lambda r: Response(True, {"fresh": True}))
    srv.listen()
    try:
        assert _in_thread(qtbot, lambda: send(path, Request("status"))).result == {"fresh": True}
    finally:
        srv.close()


def test_instance_lock_is_exclusive_and_freed_by_release(tmp_path):
    path = tmp_path / "instance.lock"
    first = InstanceLock.acquire(path)
    assert first is not None
    assert InstanceLock.holder(path)[0] == os.getpid()
    assert InstanceLock.acquire(path) is None
    first.release()
    second = InstanceLock.acquire(path)
    assert second is not None
    second.release()


def test_instance_lock_is_freed_when_its_holder_is_killed(tmp_path):
    path = tmp_path / "instance.lock"
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from psoasbreak.desktop.instance import InstanceLock\n"
        f"lock = InstanceLock.acquire(Path({str(path)!r}))\n"
        "print('held' if lock else 'busy', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        assert InstanceLock.acquire(path) is None
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    lock = InstanceLock.acquire(path)
    assert lock is not None
    lock.release()
