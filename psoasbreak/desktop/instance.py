"""One app per user, and the control socket through which the command line talks to it.

The lock file (flock) decides who is the running instance, race-free: a second start that cannot
take the lock knows the first is alive, and the first can safely remove a stale socket that a
crashed instance left behind, because nobody else can be listening on it.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import socket
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from psoasbreak.desktop.control_protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    Response,
    decode_request,
)
from psoasbreak.scheduling.timer import Timer

log = logging.getLogger(__name__)

#: A client that has not sent a whole request by then is cut off, so a slow or half-open
#: connection can never hold anything up.
CLIENT_DEADLINE_MS = 5000
#: Connections served at once. A newcomer beyond this closes the oldest, so a flood of idle
#: connections can neither lock out a real client nor run the app out of file descriptors: Qt's
#: QLocalServer, failing to accept with EMFILE, closes itself and deletes the socket file, which
#: leaves the app running but unreachable.
MAX_CLIENTS = 16


class InstanceLock:
    """Held for the app's lifetime; the kernel releases it when the process dies, even on kill -9."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd = fd
        self.path = path

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None when another live instance holds it."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return cls(fd, path)

    @staticmethod
    def holder_pid(path: Path) -> int | None:
        try:
            return int(path.read_text().strip())
        except (OSError, ValueError):
            return None

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _peer_uid(descriptor: int) -> int | None:
    """The connecting process's user id (Linux SO_PEERCRED); None where the OS cannot say."""
    if not sys.platform.startswith("linux") or descriptor < 0:
        return None
    # Borrow Qt's descriptor rather than dup it: a dup fails with EMFILE exactly when a flood of
    # connections is being fended off.
    sock = socket.socket(fileno=descriptor)
    try:
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    finally:
        sock.detach()
    uid: int  # struct.unpack's items are typed Any
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid


class _Connection(QObject):
    """One client: read one line, answer it, hang up."""

    def __init__(
        self,
        sock: QLocalSocket,
        handler: Callable[[Request], Response],
        parent: QObject,
        on_finished: Callable[[_Connection], None] = lambda _: None,
    ) -> None:
        super().__init__(parent)
        self._sock = sock
        self._handler = handler
        self._on_finished = on_finished
        self._buffer = bytearray()
        self._answered = False
        self._finished = False
        self._deadline = Timer(self, "control-client-deadline", single_shot=True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(CLIENT_DEADLINE_MS)
        sock.readyRead.connect(self._read)
        sock.disconnected.connect(self._finish)
        if sock.bytesAvailable():
            self._read()

    def _read(self) -> None:
        if self._answered:
            self._sock.readAll()
            return
        self._buffer += bytes(self._sock.readAll().data())
        newline = self._buffer.find(b"\n")
        if newline < 0:
            if len(self._buffer) > MAX_MESSAGE_BYTES:
                self._answer(Response(False, error="message too long"))
            return
        self._answer(self._respond(bytes(self._buffer[:newline])))

    def _respond(self, line: bytes) -> Response:
        try:
            request = decode_request(line)
        except ProtocolError as exc:
            return Response(False, error=str(exc))
        try:
            return self._handler(request)
        except Exception:  # the app must outlive any one bad request; the log keeps the traceback
            log.exception("control command %r failed", request.cmd)
            return Response(False, error=f"internal error while running {request.cmd!r}")

    def _answer(self, response: Response) -> None:
        self._answered = True
        self._deadline.stop()
        self._sock.write(response.encode())
        self._sock.flush()
        self._sock.disconnectFromServer()

    def _give_up(self) -> None:
        log.debug("control client too slow; disconnecting")
        self.drop()

    @property
    def finished(self) -> bool:
        return self._finished

    def drop(self) -> None:
        """Hang up at once, answered or not."""
        if self._finished:
            return
        self._sock.abort()
        self._finish()

    def _finish(self) -> None:
        if self._finished:  # abort() emits disconnected, which calls this again
            return
        self._finished = True
        self._deadline.stop()
        self._sock.deleteLater()
        self.deleteLater()
        self._on_finished(self)


class ControlServer(QObject):
    """Listens on the owner-only socket in the runtime dir and answers through ``handler``."""

    def __init__(
        self,
        path: Path,
        handler: Callable[[Request], Response],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(64)
        self._server.newConnection.connect(self._accept)
        self._clients: list[_Connection] = []  # oldest first

    def listen(self) -> None:
        """Take over the socket path; only call this while holding the InstanceLock."""
        QLocalServer.removeServer(str(self._path))
        # Owner-only from the first moment. Not 0o177: with UserAccessOption Qt binds inside a
        # temporary folder it creates, and a folder without its x bit cannot be entered: every
        # user but root was refused ("Permission denied"; found by the sway tests, issue 11).
        old_umask = os.umask(0o077)
        try:
            ok = self._server.listen(str(self._path))
        finally:
            os.umask(old_umask)
        if not ok:
            raise OSError(f"cannot listen on {self._path}: {self._server.errorString()}")
        os.chmod(self._path, 0o600)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            uid = _peer_uid(int(sock.socketDescriptor()))
            if uid is not None and uid != os.getuid():
                log.warning("refused a control connection from uid %d", uid)
                sock.abort()
                sock.deleteLater()
                continue
            if len(self._clients) >= MAX_CLIENTS:
                log.debug("too many control connections; dropping the oldest")
                self._clients[0].drop()
            connection = _Connection(sock, self._handler, self, self._forget)
            if not connection.finished:  # a quick client may be answered and gone already
                self._clients.append(connection)

    def _forget(self, connection: _Connection) -> None:
        with contextlib.suppress(ValueError):
            self._clients.remove(connection)
