r"""The client's transports: which one each platform gets, and the Windows named pipe one.

Named pipes exist only on Windows, so the pipe transport runs here against a fake at the one OS
call it makes: the opener, which on Windows is ``open(r"\\.\pipe\NAME", "r+b", buffering=0)``.
Everything above that call (the name, retries while busy, timeouts, the framing shared with the
Unix socket transport, the error messages) is the real code. What the fake cannot show is that
Windows and Qt's QLocalServer behave as the fake does; the fake follows their documented
behaviour, noted at each step. The Unix socket transport is tested for real elsewhere.
"""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest

from psoasbreak.desktop.control_client import (
    ControlError,
    NamedPipeTransport,
    NotRunning,
    UnixSocketTransport,
    send,
    transport_for,
)
from psoasbreak.desktop.control_protocol import MAX_MESSAGE_BYTES, Request
from psoasbreak.storage.paths import control_name_for

SOCKET_PATH = Path("C:/Users/ann/AppData/Local/Temp/psoasbreak/control.sock")
ANSWER = b'{"v":1,"ok":true,"result":{"state":"working"}}\n'


class FakePipe:
    """The OS edge, faked: what open() returns for a named pipe (an io.FileIO on Windows).

    ``chunks`` are what successive reads return (a read gets at most what the server wrote in
    one go, as on a byte-mode pipe); an exception in it is raised by that read; once they run out,
    reads return b"" (the server closed its end). ``write_at_most`` makes writes partial.
    ``hang`` makes every read block until the test sets it.
    """

    def __init__(
        self,
        chunks: list[bytes | OSError] | None = None,
        write_at_most: int | None = None,
        hang: threading.Event | None = None,
    ) -> None:
        self.chunks = list(chunks if chunks is not None else [ANSWER])
        self.write_at_most = write_at_most
        self.hang = hang
        self.written = b""
        self.closed = False

    def read(self, size: int, /) -> bytes:
        if self.hang is not None:
            self.hang.wait(30)
        if not self.chunks:
            return b""
        chunk = self.chunks.pop(0)
        if isinstance(chunk, OSError):
            raise chunk
        if len(chunk) > size:
            self.chunks.insert(0, chunk[size:])
        return chunk[:size]

    def write(self, data: bytes, /) -> int:
        taken = data[: self.write_at_most] if self.write_at_most else data
        self.written += taken
        return len(taken)

    def close(self) -> None:
        self.closed = True


class FakeOpener:
    """Stands in for open(): gives ``pipe``, after raising each of ``failures`` in turn."""

    def __init__(self, pipe: FakePipe | None = None, failures: list[OSError] | None = None):
        self.pipe = pipe or FakePipe()
        self.failures = list(failures or [])
        self.paths: list[str] = []

    def __call__(self, path: str) -> FakePipe:
        self.paths.append(path)
        if self.failures:
            raise self.failures.pop(0)
        return self.pipe


def busy() -> OSError:
    # What open() raises on Windows for CreateFile's ERROR_PIPE_BUSY: the C runtime knows no
    # errno for it and says EINVAL (no winerror is kept: FileIO reports errno).
    return OSError(errno.EINVAL, "Invalid argument")


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("win32", NamedPipeTransport),
        ("linux", UnixSocketTransport),
        ("darwin", UnixSocketTransport),
    ],
)
def test_each_platform_gets_the_transport_of_its_qlocalserver(platform: str, kind: type) -> None:
    assert isinstance(transport_for(platform), kind)


def test_the_pipe_is_the_one_the_app_listens_on() -> None:
    """QLocalServer.listen(name) on Windows creates ``\\.\\pipe\\`` + name, and the app listens
    on control_name_for(AppPaths.socket_path): the client opens that same pipe."""
    name = control_name_for(SOCKET_PATH, "win32")
    assert NamedPipeTransport.pipe_path(SOCKET_PATH) == "\\\\.\\pipe\\" + name
    assert name.startswith("psoasbreak-control-") and "\\" not in name and len(name) < 256
    assert name == control_name_for(Path(str(SOCKET_PATH).upper()), "win32")  # case-blind
    other_user = Path("C:/Users/bob/AppData/Local/Temp/psoasbreak/control.sock")
    assert control_name_for(other_user, "win32") != name
    assert control_name_for(SOCKET_PATH, "linux") == str(SOCKET_PATH)


def test_a_request_and_its_answer_travel_as_one_line_each() -> None:
    pipe = FakePipe([ANSWER[:5], ANSWER[5:20], ANSWER[20:]])
    opener = FakeOpener(pipe)
    response = send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(opener))
    assert response.ok and response.result == {"state": "working"}
    assert pipe.written == Request("status").encode()
    assert opener.paths == [NamedPipeTransport.pipe_path(SOCKET_PATH)]
    assert pipe.closed


def test_a_partial_write_is_continued_until_the_whole_request_is_sent() -> None:
    pipe = FakePipe(write_at_most=3)
    request = Request("pause", {"minutes": 30})
    assert send(SOCKET_PATH, request, 5, NamedPipeTransport(FakeOpener(pipe))).ok
    assert pipe.written == request.encode()


@pytest.mark.parametrize(
    "hang_up",
    [
        BrokenPipeError(errno.EPIPE, "Broken pipe"),  # ERROR_BROKEN_PIPE, where not made b""
        OSError(errno.EINVAL, "Invalid argument"),  # ERROR_PIPE_NOT_CONNECTED: Qt disconnected
    ],
)
def test_the_app_hanging_up_ends_the_answer(hang_up: OSError) -> None:
    whole = send(
        SOCKET_PATH,
        Request("status"),
        5,
        NamedPipeTransport(FakeOpener(FakePipe([ANSWER[:-1], hang_up]))),
    )
    assert whole.ok, "an answer without its newline, then the hang-up, is still the answer"
    with pytest.raises(ControlError, match="unexpected answer from the app"):
        send(
            SOCKET_PATH,
            Request("status"),
            5,
            NamedPipeTransport(FakeOpener(FakePipe([ANSWER[:9], hang_up]))),
        )


def test_no_pipe_is_not_running() -> None:
    opener = FakeOpener(failures=[FileNotFoundError(errno.ENOENT, "No such file or directory")])
    with pytest.raises(NotRunning):
        send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(opener))


def test_a_busy_pipe_is_waited_for() -> None:
    opener = FakeOpener(failures=[busy(), busy(), busy()])
    assert send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(opener)).ok
    assert len(opener.paths) == 4


def test_a_pipe_busy_for_too_long_says_so() -> None:
    opener = FakeOpener(failures=[busy() for _ in range(10_000)])
    with pytest.raises(ControlError, match=r"did not take the connection within 0\.2 s"):
        send(SOCKET_PATH, Request("status"), 0.2, NamedPipeTransport(opener))


def test_an_opener_that_keeps_the_windows_code_is_understood_too() -> None:
    pipe_busy = OSError(errno.EINVAL, "All pipe instances are busy")
    pipe_busy.winerror = 231  # type: ignore[attr-defined]  # as OSError sets it on Windows
    opener = FakeOpener(failures=[pipe_busy])
    assert send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(opener)).ok


def test_a_pipe_we_may_not_open_is_an_error_that_names_it() -> None:
    opener = FakeOpener(failures=[PermissionError(errno.EACCES, "Permission denied")])
    with pytest.raises(ControlError, match=r"control pipe \\\\\.\\pipe\\psoasbreak-control-"):
        send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(opener))


def test_an_app_that_does_not_answer_in_time_is_an_error_and_the_client_moves_on() -> None:
    hang = threading.Event()
    pipe = FakePipe(hang=hang)
    try:
        with pytest.raises(ControlError, match=r"did not answer within 0\.2 s"):
            send(SOCKET_PATH, Request("status"), 0.2, NamedPipeTransport(FakeOpener(pipe)))
        # A file is not closed under a read still running: on Windows that close would wait.
        assert not pipe.closed
    finally:
        hang.set()


def test_an_endless_answer_is_cut_off_at_the_message_limit() -> None:
    pipe = FakePipe([b"x" * 65536] * 100)
    with pytest.raises(ControlError, match="unexpected answer"):
        send(SOCKET_PATH, Request("status"), 5, NamedPipeTransport(FakeOpener(pipe)))
    assert len(pipe.chunks) == 100 - (MAX_MESSAGE_BYTES // 65536 + 1)
