"""Talk to the running app over its control socket. No Qt here: ``psoasbreak status`` must be fast."""

from __future__ import annotations

import socket
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


def send(socket_path: Path, request: Request, timeout: float = 10.0) -> Response:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(str(socket_path))
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            raise NotRunning(str(exc)) from None
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
