r"""One app per user, and the control channel through which the command line talks to it.

**The instance lock** is a Qt QLockFile, which works the same on Linux, macOS and Windows. Its
semantics, from Qt's documentation and source:

- ``tryLock(0)`` creates the lock file exclusively (O_CREAT | O_EXCL; on Windows CreateFile with
  CREATE_NEW) and writes the holder's pid, program name, host name and machine and boot ids into
  it; it answers at once. While held, Qt keeps the file open and locked (flock on Unix; on
  Windows a handle shared for reading only), so nobody can delete it from under the holder.
- A lock file left behind by a holder that died, even by kill -9, is *stale*, and the next
  tryLock removes it and takes the lock: stale means a file written on this machine whose pid no
  longer runs, or now runs a program of another name (the pid was reused), or (where Qt knows a
  boot id: Linux, macOS) written before the last boot. Two processes removing a stale lock at once
  are kept apart by a second lock file, ``<name>.rmlock``, and the removal fails while a live
  holder has the file (Unix: it takes the flock first; Windows: the file cannot be deleted).
- Staleness by age is off (``setStaleLockTime(0)``): the app holds its lock for days, and by
  default Qt would treat any lock file older than 30 s as stale.
- A holder in the same process is alive too: a second QLockFile on the same file fails there as
  well. ``getLockInfo()`` reads the holder's pid, host name and program name from the file.
- ``unlock()`` (and the QLockFile's destruction) deletes the file.

So a start that cannot take the lock knows another instance is alive, and the one that holds it
can safely remove a stale control socket that a crashed instance left behind, because nobody
else can be listening on it.

**The control channel** is a QLocalServer: a Unix socket on Linux and macOS (in the 0700 runtime
folder, made 0600, and on Linux the peer's uid is checked with SO_PEERCRED), and a named pipe on
Windows (``\\.\pipe\<control_name_for(path)>``) whose access list admits only this user: Qt builds
it from the UserAccessOption. The command line's side is control_client.py, without Qt.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from psoasbreak.desktop.control_protocol import (
    MAX_MESSAGE_BYTES,
    ProtocolError,
    Request,
    Response,
    decode_request,
)
from psoasbreak.desktop.peer import peer_uid
from psoasbreak.scheduling.timer import Timer
from psoasbreak.storage.paths import control_name_for, current_uid

log = logging.getLogger(__name__)

#: A client that has not sent a whole request by then is cut off, so a slow or half-open
#: connection can never hold anything up.
CLIENT_DEADLINE_MS = 5000
#: Connections served at once. A newcomer beyond this closes the oldest, so a flood of idle
#: connections can neither lock out a real client nor run the app out of file descriptors: Qt's
#: QLocalServer, failing to accept with EMFILE, closes itself and deletes the socket file, which
#: leaves the app running but unreachable.
MAX_CLIENTS = 16


#: A lock file that names no process (empty or cut short: its writer died between creating and
#: writing it, microseconds apart) is taken over once it is this old; a younger one may be a
#: rival start still writing its pid.
UNREADABLE_LOCK_SECONDS = 5.0


class InstanceLock:
    """Held for the app's lifetime; a lock whose holder died (even by kill -9) is taken over."""

    def __init__(self, lock: QLockFile, path: Path) -> None:
        self._lock = lock
        self.path = path

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock | None:
        """The lock, or None when another live instance holds it.

        OSError when the lock file cannot be made at all (a folder in its way, no permission).
        """
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)
        if _try_lock(lock, path):
            return cls(lock, path)
        if _names_no_process(lock) and _age_seconds(path) > UNREADABLE_LOCK_SECONDS:
            # Unlike a stale file, Qt never removes this one by itself. removeStaleLockFile fails
            # while a live holder has the file (see above), so a rival's is never taken.
            log.warning("taking over the unreadable lock file %s", path)
            if lock.removeStaleLockFile() and _try_lock(lock, path):
                return cls(lock, path)
        return None

    @staticmethod
    def holder(path: Path) -> tuple[int | None, str]:
        """The pid and host name written in the lock file; (None, "") if none is readable."""
        pid, hostname, _appname = QLockFile(str(path)).getLockInfo()
        return (pid, hostname) if pid > 0 else (None, "")

    def release(self) -> None:
        """Unlock and delete the lock file; again is harmless."""
        self._lock.unlock()


def _try_lock(lock: QLockFile, path: Path) -> bool:
    """True if taken, False if held by a live process; OSError for anything else."""
    if path.is_dir():  # O_EXCL would call it "exists", and Qt "held by another process"
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    old_umask = os.umask(0o077)  # the lock file is the owner's only (0600), as the socket is
    try:
        if lock.tryLock(0):
            return True
    finally:
        os.umask(old_umask)
    error = lock.error()
    if error == QLockFile.LockError.LockFailedError:
        return False
    if error == QLockFile.LockError.PermissionError:
        raise PermissionError(errno.EACCES, "cannot create the lock file", str(path))
    raise OSError(f"cannot create the lock file {path} (QLockFile: {error.name})")


def _names_no_process(lock: QLockFile) -> bool:
    pid, _hostname, _appname = lock.getLockInfo()
    return pid <= 0


def _age_seconds(path: Path) -> float:
    try:
        return abs(time.time() - path.stat().st_mtime)
    except OSError:
        return 0.0


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
        """``path`` is AppPaths.socket_path; on Windows the pipe's name is made from it."""
        super().__init__(parent)
        self._path = path
        self._name = control_name_for(path)
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(64)
        self._server.newConnection.connect(self._accept)
        self._clients: list[_Connection] = []  # oldest first

    def listen(self) -> None:
        """Take over the socket path; only call this while holding the InstanceLock."""
        if sys.platform == "win32":
            # A named pipe: nothing on disk to replace or chmod; UserAccessOption gives it an
            # access list that admits this user only.
            if not self._server.listen(self._name):
                raise OSError(f"cannot listen on {self._name}: {self._server.errorString()}")
            return
        QLocalServer.removeServer(self._name)
        # Owner-only from the first moment. Not 0o177: with UserAccessOption Qt binds inside a
        # temporary folder it creates, and a folder without its x bit cannot be entered: every
        # user but root was refused ("Permission denied"; found by the sway tests, issue 11).
        old_umask = os.umask(0o077)
        try:
            ok = self._server.listen(self._name)
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
            uid = peer_uid(int(sock.socketDescriptor()))
            if uid is not None and uid != current_uid():
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
