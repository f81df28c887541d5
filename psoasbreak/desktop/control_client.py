"""Talk to the running app over its control socket. No Qt here: ``psoasbreak status`` must be fast."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from psoasbreak.desktop.control_protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    Response,
    decode_response,
)


class NotRunning(Exception):
    """No app answers on the socket (none started, or a crashed one left a stale socket)."""


class ControlError(Exception):
    """The app answered, but not with something we understand, or not in time."""


#: Between tries while the app's queue of new connections is full.
_RETRY_SECONDS = 0.01


def connect(socket_path: Path, timeout: float = 10.0) -> socket.socket:
    """A socket connected to the app, with ``timeout`` set for what follows.

    A Unix socket with a timeout does not wait for room in a full listen queue (a burst of other
    clients): connect fails at once with EAGAIN. That is "busy", not "gone", so it is tried again
    until ``timeout``.
    """
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(str(socket_path))
            return sock
        except BlockingIOError:
            sock.close()
            if time.monotonic() >= deadline:
                raise ControlError(
                    f"the app did not take the connection within {timeout:g} s; it may be "
                    "overloaded: try again, or restart it"
                ) from None
            time.sleep(_RETRY_SECONDS)
        except (FileNotFoundError, ConnectionRefusedError, NotADirectoryError) as exc:
            sock.close()
            raise NotRunning(str(exc)) from None
        except OSError as exc:  # not ours (EACCES), a path too long for a socket, ...
            sock.close()
            raise ControlError(
                f"cannot reach the app's control socket {socket_path} ({exc.strerror or exc}); "
                "check that XDG_RUNTIME_DIR names a short, private folder of yours"
            ) from None


def send(socket_path: Path, request: Request, timeout: float = 10.0) -> Response:
    with connect(socket_path, timeout) as sock:
        try:
            sock.sendall(request.encode())
            data = _read_line(sock)
        except TimeoutError:
            raise ControlError(f"the app did not answer within {timeout:g} s") from None
        except OSError as exc:
            raise ControlError(f"the connection failed: {exc.strerror or exc}") from None
    try:
        return decode_response(data)
    except ProtocolError as exc:
        raise ControlError(f"unexpected answer from the app: {exc}") from None


def _read_line(sock: socket.socket) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk or size > MAX_MESSAGE_BYTES:
            break
    return b"".join(chunks).split(b"\n", 1)[0]
