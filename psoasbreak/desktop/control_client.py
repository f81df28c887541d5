"""Talk to the running app over its control channel. No Qt here: ``psoasbreak status`` must be fast.

The app's control channel is a Unix socket on Linux and macOS and a named pipe (Qt's QLocalServer)
on Windows, so this client has one transport for each (chosen by ``transport_for``); what travels over them, one JSON
line each way, is the same (control_protocol.py). Both find the app from ``AppPaths.socket_path``
through ``control_name_for``, as the app does, so the two always agree.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

from psoasbreak.desktop.control_protocol import (
    ProtocolError,
    Request,
    Response,
    decode_response,
    read_line,
)
from psoasbreak.desktop.peer import peer_uid
from psoasbreak.storage.paths import (
    AppPaths,
    control_name_for,
    current_uid,
    read_socket_note,
)

_T = TypeVar("_T")


class NotRunning(Exception):
    """No app answers on the socket (none started, or a crashed one left a stale socket)."""


class ControlError(Exception):
    """The app answered, but not with something we understand, or not in time."""


#: Between tries while the app's queue of new connections is full.
_RETRY_SECONDS = 0.01


class Channel(Protocol):
    """One open connection to the app; a socket.socket is one. A timeout raises TimeoutError."""

    def sendall(self, data: bytes, /) -> None: ...

    def recv(self, size: int, /) -> bytes:
        """Up to ``size`` bytes; b"" once the app has hung up."""
        ...

    def close(self) -> None: ...


class Transport(Protocol):
    def open(self, socket_path: Path, timeout: float) -> Channel:
        """A channel to the app behind ``socket_path``; NotRunning or ControlError if none."""
        ...


def transport_for(platform: str = sys.platform) -> Transport:
    """The transport that reaches the app's control channel on ``platform`` (a ``sys.platform``)."""
    if platform == "win32":
        return NamedPipeTransport()
    return UnixSocketTransport()


def app_socket(paths: AppPaths) -> Path:
    """Where the running app listens: what it noted at start (another runtime folder, or a
    private one of its own), else the usual place."""
    return read_socket_note(paths) or paths.socket_path


def send(
    socket_path: Path,
    request: Request,
    timeout: float = 10.0,
    transport: Transport | None = None,
) -> Response:
    """Send one request to the app and return its answer; each step may take up to ``timeout``."""
    channel = (transport or transport_for()).open(socket_path, timeout)
    with contextlib.closing(channel):
        try:
            channel.sendall(request.encode())
            data = read_line(channel.recv)
        except TimeoutError:
            raise ControlError(f"the app did not answer within {timeout:g} s") from None
        except OSError as exc:
            raise ControlError(f"the connection failed: {exc.strerror or exc}") from None
    try:
        return decode_response(data)
    except ProtocolError as exc:
        raise ControlError(f"unexpected answer from the app: {exc}") from None


def _busy(timeout: float) -> ControlError:
    return ControlError(
        f"the app did not take the connection within {timeout:g} s; it may be overloaded: try "
        "again, or restart it"
    )


# -- Linux and macOS: a Unix socket ----------------------------------------------------------


class UnixSocketTransport:
    def open(self, socket_path: Path, timeout: float) -> Channel:
        return connect(socket_path, timeout)


def connect(socket_path: Path, timeout: float = 10.0) -> socket.socket:
    """A Unix socket connected to the app, with ``timeout`` set for what follows.

    Nothing is sent to a socket that is not this user's, in a folder closed to others, with a
    process of this user's at the other end (``check_private``, then the peer's uid on Linux):
    anyone can make ``/tmp/psoasbreak-<uid>`` first and listen there (issue 17).
    A Unix socket with a timeout does not wait for room in a full listen queue (a burst of other
    clients): connect fails at once with EAGAIN. That is "busy", not "gone", so it is tried again
    until ``timeout``.
    """
    check_private(socket_path)
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(control_name_for(socket_path))
            _check_peer(sock)
            return sock
        except BlockingIOError:
            sock.close()
            if time.monotonic() >= deadline:
                raise _busy(timeout) from None
            time.sleep(_RETRY_SECONDS)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError) as exc:
            sock.close()
            raise NotRunning(str(exc)) from None
        except ControlError:
            sock.close()
            raise
        except OSError as exc:  # not ours (EACCES), ...
            sock.close()
            raise ControlError(
                f"cannot reach the app's control socket {socket_path} ({exc.strerror or exc}); "
                "check that XDG_RUNTIME_DIR names a short, private folder of yours"
            ) from None


def check_private(socket_path: Path, uid: int | None = None) -> None:
    """NotRunning when nothing can be listening at ``socket_path``; ControlError when what is
    there is not this user's alone. ``uid`` is this user's (tests pass another)."""
    uid = current_uid() if uid is None else uid
    folder = socket_path.parent
    try:
        folder_info = os.lstat(folder)
        socket_info = os.lstat(socket_path)
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise NotRunning(str(exc)) from None
    except OSError as exc:  # a folder we may not enter: not ours
        raise _not_ours(folder, exc.strerror or str(exc)) from None
    if stat.S_ISLNK(folder_info.st_mode) or not stat.S_ISDIR(folder_info.st_mode):
        raise _not_ours(folder, "it is not a folder but a link or a file")
    if uid is not None and folder_info.st_uid != uid:
        raise _not_ours(folder, f"it belongs to another user (uid {folder_info.st_uid})")
    if uid is not None and stat.S_IMODE(folder_info.st_mode) & 0o077:
        mode = stat.S_IMODE(folder_info.st_mode)
        raise _not_ours(folder, f"other users can reach into it (mode {mode:04o})")
    if not stat.S_ISSOCK(socket_info.st_mode):
        raise NotRunning(f"{socket_path} is not a socket")
    if uid is not None and socket_info.st_uid != uid:
        raise _not_ours(folder, f"its socket belongs to another user (uid {socket_info.st_uid})")


def _check_peer(sock: socket.socket) -> None:
    uid, own = peer_uid(sock.fileno()), current_uid()
    if uid is not None and own is not None and uid != own:
        raise ControlError(
            f"the program at {sock.getpeername()} runs as another user (uid {uid}); nothing "
            "was sent to it"
        )


def _not_ours(folder: Path, why: str) -> ControlError:
    return ControlError(
        f"the runtime folder {folder} is not private to you: {why}; nothing was sent there. "
        "Remove it, or set XDG_RUNTIME_DIR to a short, private folder of yours"
    )


# -- Windows: a named pipe -------------------------------------------------------------------


class PipeFile(Protocol):
    r"""What ``open(r"\\.\pipe\NAME", "r+b", buffering=0)`` returns: an io.FileIO."""

    def read(self, size: int, /) -> bytes | None: ...

    def write(self, data: bytes, /) -> int | None: ...

    def close(self) -> None: ...


def _open_pipe(path: str) -> PipeFile:
    # Byte-mode pipes (QLocalServer makes PIPE_TYPE_BYTE ones) read and write as a plain file.
    return open(path, "r+b", buffering=0)  # the channel closes it


# Windows error codes. open(), read() and write() on Windows raise what the C runtime makes of
# them: ERROR_BROKEN_PIPE becomes EPIPE (BrokenPipeError), or the end of the file for a read; the
# three others, which it does not know, become EINVAL. An opener that keeps the Windows code (as
# OSError.winerror) is understood too.
#: CreateFile: every instance of the pipe is taken by another client.
_ERROR_PIPE_BUSY = 231
#: The server has closed its end (109), is closing it (232) or has disconnected us (233).
_PIPE_CLOSED = (109, 232, 233)


def _pipe_is_busy(exc: OSError) -> bool:
    # On a well-formed name of our own making, EINVAL from open() can mean nothing else.
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return bool(winerror == _ERROR_PIPE_BUSY)
    return exc.errno in (errno.EINVAL, errno.EBUSY, errno.EAGAIN)


def _pipe_is_closed(exc: OSError) -> bool:
    winerror = getattr(exc, "winerror", None)
    if winerror is not None:
        return winerror in _PIPE_CLOSED
    return isinstance(exc, BrokenPipeError) or exc.errno == errno.EINVAL


class NamedPipeTransport:
    r"""The app's named pipe ``\\.\pipe\<control_name_for(socket_path)>``, opened as a file.

    ``opener`` is the one call into the OS: the real one is ``open()``; tests pass a fake, since
    named pipes exist only on Windows.
    """

    def __init__(self, opener: Callable[[str], PipeFile] = _open_pipe) -> None:
        self._opener = opener

    @staticmethod
    def pipe_path(socket_path: Path) -> str:
        return "\\\\.\\pipe\\" + control_name_for(socket_path, "win32")

    def open(self, socket_path: Path, timeout: float) -> Channel:
        path = self.pipe_path(socket_path)
        deadline = time.monotonic() + timeout
        while True:
            try:
                return _PipeChannel(self._opener(path), timeout)
            except FileNotFoundError as exc:  # no such pipe: the app is not running
                raise NotRunning(str(exc)) from None
            except OSError as exc:
                if not _pipe_is_busy(exc):  # not ours (access denied), ...
                    raise ControlError(
                        f"cannot reach the app's control pipe {path} ({exc.strerror or exc})"
                    ) from None
                # Busy, not gone: QLocalServer makes a new instance of the pipe as each client
                # is taken, so room comes soon.
                if time.monotonic() >= deadline:
                    raise _busy(timeout) from None
                time.sleep(_RETRY_SECONDS)


class _PipeChannel:
    """A pipe opened as a file, with a timeout for each read and write like a socket's.

    A synchronous pipe cannot time out, so each call runs in a helper thread that is waited for
    ``timeout``. One that does not come back is left behind (a daemon thread) and the pipe is not
    closed: closing a file that another thread is reading from waits for that read. The command
    line exits straight after a timeout, which ends both.
    """

    def __init__(self, pipe: PipeFile, timeout: float) -> None:
        self._pipe = pipe
        self._timeout = timeout
        self._stuck = False

    def sendall(self, data: bytes, /) -> None:
        def write_all() -> None:
            view = memoryview(data)
            while view:
                written = self._pipe.write(bytes(view))
                if not written:
                    raise BrokenPipeError(errno.EPIPE, "the control pipe took no bytes")
                view = view[written:]

        self._within_timeout(write_all)

    def recv(self, size: int, /) -> bytes:
        def read() -> bytes:
            try:
                return self._pipe.read(size) or b""
            except OSError as exc:
                if _pipe_is_closed(exc):  # the app hung up: the end of its answer
                    return b""
                raise

        return self._within_timeout(read)

    def close(self) -> None:
        if not self._stuck:
            self._pipe.close()

    def _within_timeout(self, work: Callable[[], _T]) -> _T:
        if self._stuck:
            raise TimeoutError("an earlier call on this pipe never returned")
        outcome: list[_T] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                outcome.append(work())
            except BaseException as exc:  # handed to the caller's thread
                failure.append(exc)

        import threading  # Windows only: the Unix socket has timeouts of its own

        worker = threading.Thread(target=run, name="psoasbreak-control-pipe", daemon=True)
        worker.start()
        worker.join(self._timeout)
        if worker.is_alive():
            self._stuck = True
            raise TimeoutError(f"no progress on the control pipe within {self._timeout:g} s")
        if failure:
            raise failure[0]
        return outcome[0]
