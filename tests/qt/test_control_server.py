"""The control socket, for real: the ControlServer in this process, the plain-socket client in a
thread (or the server in a child process, where the test needs a process of its own)."""

from __future__ import annotations

import os
import select
import socket
import stat
import subprocess
import sys
import textwrap
import threading
import time

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


def test_an_answer_larger_than_the_socket_takes_goes_out_whole(qtbot, tmp_path):
    """The rest of an answer waits for the client to read (it shut its sending side already);
    meanwhile others are served."""
    path = tmp_path / "control.sock"
    big = {"pad": "x" * 4_000_000}
    srv = ControlServer(path, lambda r: Response(True, big if r.cmd == "show" else {}))
    srv.listen()

    def slow_reader() -> bytes:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(8)
            sock.connect(str(path))
            sock.sendall(Request("show").encode())
            sock.shutdown(socket.SHUT_WR)
            time.sleep(0.5)  # the server finds the socket full and waits to send the rest
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
            return b"".join(chunks)

    box: dict[str, bytes] = {}
    reader = threading.Thread(target=lambda: box.update(answer=slow_reader()))
    reader.start()
    try:
        qtbot.waitUntil(lambda: len(srv._clients) == 1)
        assert _in_thread(qtbot, lambda: send(path, Request("status"), timeout=2)).ok
        qtbot.waitUntil(lambda: not reader.is_alive(), timeout=10_000)
        assert box["answer"] == Response(True, big).encode()
    finally:
        reader.join()
        srv.close()


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


#: Starts a ControlServer, serves one request, and says whether QtNetwork was loaded.
SERVE_ONCE = textwrap.dedent(
    """
    import sys, threading, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from psoasbreak.desktop.control_client import send
    from psoasbreak.desktop.control_protocol import Request, Response
    from psoasbreak.desktop.instance import ControlServer
    app = QCoreApplication([])
    path = Path(sys.argv[1])
    server = ControlServer(path, lambda request: Response(True, {"state": "working"}))
    server.listen()
    answers = []
    threading.Thread(target=lambda: answers.append(send(path, Request("status"))), daemon=True).start()
    deadline = time.monotonic() + 20
    while not answers and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    server.close()
    print(answers[0].ok if answers else "no answer", "PySide6.QtNetwork" in sys.modules)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' named pipe is Qt's QLocalServer")
def test_the_unix_socket_does_without_qtnetwork(tmp_path):
    """QtNetwork costs the idle app about 2.9 MB (issue 21); nothing else of the app needs it."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    result = subprocess.run(
        [sys.executable, "-c", SERVE_ONCE, str(runtime / "control.sock")],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.split() == ["True", "False"], result.stderr
    assert not (runtime / "control.sock").exists()  # close() removed its socket file


#: A server whose process runs out of file descriptors: everything below a lowered limit is
#: taken (``hog``) until the test says "free". It answers "cpu" with the CPU time it has used.
STARVED_SERVER = textwrap.dedent(
    """
    import os, resource, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QSocketNotifier
    from psoasbreak.desktop.control_protocol import Response
    from psoasbreak.desktop.instance import ControlServer
    app = QCoreApplication([])
    server = ControlServer(Path(sys.argv[1]), lambda request: Response(True, {"state": "working"}))
    server.listen()
    highest = max(int(fd) for fd in os.listdir("/proc/self/fd"))
    resource.setrlimit(
        resource.RLIMIT_NOFILE, (highest + 7, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
    )
    hog = []
    try:
        while True:
            hog.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        pass

    def command():
        line = sys.stdin.readline().strip()
        if line == "cpu":
            print(time.process_time(), flush=True)
        elif line == "free":
            for fd in hog:
                os.close(fd)
            print(len(hog), flush=True)
            hog.clear()
        else:
            server.close()
            app.quit()

    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    stdin.activated.connect(command)
    print(time.process_time(), flush=True)
    app.exec()
    """
)


def _reply(child: subprocess.Popen, command: str | None = None) -> str:
    if command is not None:
        child.stdin.write(command + "\n")
        child.stdin.flush()
    readable, _, _ = select.select([child.stdout], [], [], 30)
    assert readable, f"no reply to {command!r}"
    return child.stdout.readline().strip()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_running_out_of_file_descriptors_neither_spins_nor_stops_the_server(tmp_path):
    """Accept failing with EMFILE leaves the client queued and the listening socket readable: a
    server that tried again at once would spin, and Qt's QLocalServer closed itself instead."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    path = runtime / "control.sock"
    with (tmp_path / "stderr").open("w+") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", STARVED_SERVER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        waiting: list[socket.socket] = []
        try:
            started = float(_reply(child))
            for _ in range(40):  # within the listen backlog: they wait in the queue
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                waiting.append(sock)
                sock.connect(str(path))
            time.sleep(1.5)
            assert float(_reply(child, "cpu")) - started < 0.5, "the server spins"
            assert path.is_socket()
            # Room for a few clients: each newcomer beyond them makes the server drop the oldest
            # at once (waiting for the idle ones' deadline would take seconds).
            assert int(_reply(child, "free")) >= 4
            asked = time.monotonic()
            assert send(path, Request("status"), timeout=10).ok
            assert time.monotonic() - asked < 2
            for sock in waiting:
                sock.close()
            assert send(path, Request("status"), timeout=10).ok
            assert child.poll() is None
        finally:
            for sock in waiting:
                sock.close()
            if child.poll() is None:
                child.stdin.write("quit\n")
                child.stdin.flush()
            try:
                child.wait(timeout=10)
            finally:
                child.kill()
                child.stdin.close()
                child.stdout.close()
            stderr.seek(0)
            said = stderr.read()
        assert child.returncode == 0, said
        assert "cannot take control connections for now" in said
