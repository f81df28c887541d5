"""The control client: a busy app is waited for, a gone one is "not running", nothing raw leaks."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from psoasbreak.desktop.control_client import ControlError, NotRunning, connect, send
from psoasbreak.desktop.control_protocol import Request


def full_listener(path: Path) -> tuple[socket.socket, list[socket.socket]]:
    """A listening socket whose queue of new connections is full (nobody accepts)."""
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(0)
    queued = []
    while True:
        sock = socket.socket(socket.AF_UNIX)
        sock.setblocking(False)
        try:
            sock.connect(str(path))
        except BlockingIOError:
            sock.close()
            return server, queued
        queued.append(sock)


def test_a_full_queue_is_waited_for_then_reported_as_busy(tmp_path: Path) -> None:
    path = tmp_path / "control.sock"
    server, queued = full_listener(path)
    try:
        with pytest.raises(ControlError, match=r"did not take the connection within 0\.2 s"):
            connect(path, timeout=0.2)

        def answer_once() -> None:
            for _ in range(len(queued) + 1):
                conn, _ = server.accept()
                with conn:
                    if conn.recv(65536):
                        conn.sendall(b'{"v":1,"ok":true,"result":{"state":"working"}}\n')
                        return

        thread = threading.Thread(target=answer_once)
        thread.start()
        for sock in queued:
            sock.close()  # the queue drains as the server accepts: the client gets in
        response = send(path, Request("status"), timeout=5)
        thread.join(5)
        assert response.ok and response.result == {"state": "working"}
    finally:
        server.close()


@pytest.mark.parametrize("where", ["missing", "stale", "not a folder"])
def test_nothing_listening_is_not_running(tmp_path: Path, where: str) -> None:
    path = tmp_path / "control.sock"
    if where == "stale":
        stale = socket.socket(socket.AF_UNIX)
        stale.bind(str(path))
        stale.close()
    elif where == "not a folder":
        (tmp_path / "file").write_text("")
        path = tmp_path / "file" / "control.sock"
    with pytest.raises(NotRunning):
        send(path, Request("status"))


def test_a_path_too_long_for_a_socket_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 120) / "control.sock"
    with pytest.raises(ControlError, match="XDG_RUNTIME_DIR"):
        send(path, Request("status"))
