"""The control client: a busy app is waited for, a gone one is "not running", nothing raw leaks."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

import pytest

from psoasbreak.desktop.control_client import (
    ControlError,
    NotRunning,
    app_socket,
    check_private,
    connect,
    send,
)
from psoasbreak.desktop.control_protocol import Request
from psoasbreak.storage.paths import AppPaths, remove_socket_note, write_socket_note


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


def test_a_path_too_long_for_a_socket_is_not_a_running_app(tmp_path: Path) -> None:
    """The app never listens where its socket cannot be made: it takes a short folder of its
    own and notes it (storage/paths.py ``settle_runtime_dir``), so nothing is there."""
    path = tmp_path / ("x" * 120) / "control.sock"
    path.parent.mkdir(mode=0o700)
    with pytest.raises(NotRunning):
        send(path, Request("status"))


def listening(path: Path) -> socket.socket:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen(1)
    return server


@pytest.mark.parametrize("mode", [0o755, 0o710, 0o701, 0o777])
def test_a_folder_others_can_reach_into_is_not_talked_to(tmp_path: Path, mode: int) -> None:
    folder = tmp_path / "run"
    folder.mkdir()
    folder.chmod(mode)
    with listening(folder / "control.sock") as server:
        with pytest.raises(
            ControlError,
            match=f"not private to you: other users can reach into it \\(mode 0{mode:o}\\)",
        ):
            send(folder / "control.sock", Request("status"), timeout=1)
        server.settimeout(0)
        with pytest.raises(BlockingIOError):
            server.accept()  # nothing even connected


def test_a_folder_of_another_user_is_not_talked_to(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    with (
        listening(folder / "control.sock"),
        pytest.raises(ControlError, match=r"belongs to another user \(uid \d+\)"),
    ):
        check_private(folder / "control.sock", uid=os.getuid() + 1)


def test_a_link_in_place_of_the_folder_is_not_talked_to(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir(mode=0o700)
    (tmp_path / "run").symlink_to(real)
    with (
        listening(real / "control.sock"),
        pytest.raises(ControlError, match="not a folder but a link"),
    ):
        send(tmp_path / "run" / "control.sock", Request("status"), timeout=1)


def test_a_private_folder_of_ours_is_talked_to(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    with listening(folder / "control.sock"):
        check_private(folder / "control.sock")  # no exception: ours, private, a socket


def test_a_file_in_place_of_the_socket_is_not_a_running_app(tmp_path: Path) -> None:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    (folder / "control.sock").write_text("not a socket")
    with pytest.raises(NotRunning):
        send(folder / "control.sock", Request("status"))


def test_the_app_is_found_where_its_note_says(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "s", tmp_path / "r")
    assert app_socket(paths) == paths.socket_path
    elsewhere = tmp_path / "own" / "control.sock"
    assert write_socket_note(paths, elsewhere)
    assert app_socket(paths) == elsewhere
    remove_socket_note(paths, tmp_path / "another" / "control.sock")
    assert app_socket(paths) == elsewhere, "a note naming another socket is not ours to remove"
    remove_socket_note(paths, elsewhere)
    assert app_socket(paths) == paths.socket_path
