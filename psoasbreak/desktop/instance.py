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

**The control channel** is a Unix socket on Linux and macOS (in the 0700 runtime folder, made
0600, and on Linux the peer's uid is checked with SO_PEERCRED), and a named pipe on Windows
(``\\.\pipe\<control_name_for(path)>``) whose access list admits only this user: Qt's QLocalServer
builds it from the UserAccessOption. The command line's side is control_client.py, without Qt.

On Linux and macOS the socket is a plain Python one, watched by QSocketNotifiers, not a
QLocalServer: QtNetwork, loaded for nothing else, cost the idle app about 2.9 MB (issue 21). It
also leaves running out of file descriptors to us: QLocalServer, failing to accept with EMFILE,
closes itself and deletes the socket file, and the app runs on unreachable. Windows keeps
QLocalServer, and imports QtNetwork there only: a named pipe is no socket, and a QSocketNotifier
watches only sockets there.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier

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

if TYPE_CHECKING:  # imported for real on Windows only (see above)
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

#: A client that has not sent a whole request by then is cut off, so a slow or half-open
#: connection can never hold anything up.
CLIENT_DEADLINE_MS = 5000
#: Connections served at once. A newcomer beyond this closes the oldest, so a flood of idle
#: connections can neither lock out a real client nor run the app out of file descriptors.
MAX_CLIENTS = 16
#: Out of file descriptors with no client to let go of, the server stops taking connections for
#: this long, then tries again: they wait in the socket's queue meanwhile.
ACCEPT_RETRY_MS = 100

#: Connections the OS queues while the app is busy (the listen backlog); also how many are taken
#: in one go.
_BACKLOG = 64
_CHUNK_BYTES = 64 * 1024
#: At most this much that a client sent after its request is read (and thrown away) before
#: hanging up on it.
_DRAIN_BYTES = 4 * _CHUNK_BYTES
#: No SIGPIPE for writing to a client that has left (Linux; Python ignores SIGPIPE anyway).
_NO_SIGNAL: int = getattr(socket, "MSG_NOSIGNAL", 0)
_OUT_OF_DESCRIPTORS = frozenset({errno.EMFILE, errno.ENFILE})
#: A client that hung up while queued, or a signal: take the next one.
_SKIPPED_ACCEPT_ERRORS = frozenset({errno.ECONNABORTED, errno.EINTR, errno.EPROTO})


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
    """One client: read one line, answer it, hang up. How bytes come and go is a subclass's."""

    def __init__(
        self,
        handler: Callable[[Request], Response],
        parent: QObject,
        on_finished: Callable[[_Connection], None],
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._on_finished = on_finished
        self._buffer = bytearray()
        self._answered = False
        self._finished = False
        self._deadline = Timer(self, "control-client-deadline", single_shot=True)
        self._deadline.timeout.connect(self._give_up)
        self._deadline.start(CLIENT_DEADLINE_MS)

    def _send(self, data: bytes) -> None:
        """Send the answer, then hang up (by ``_finish``) once it is out."""
        raise NotImplementedError

    def _hang_up(self) -> None:
        """Let go of the client's end at once."""
        raise NotImplementedError

    def _received(self, data: bytes) -> None:
        if self._answered:
            return  # one request per connection: what follows it is thrown away
        self._buffer += data
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
        if not self._finished:  # the handler may have closed the server, and this with it
            self._send(response.encode())

    def _give_up(self) -> None:
        log.debug("control client too slow; disconnecting")
        self.drop()

    @property
    def finished(self) -> bool:
        return self._finished

    def drop(self) -> None:
        """Hang up at once, answered or not."""
        self._finish()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._deadline.stop()
        self._hang_up()
        self.deleteLater()
        self._on_finished(self)


class _SocketConnection(_Connection):
    """A client on the Unix socket, watched by QSocketNotifiers."""

    def __init__(
        self,
        sock: socket.socket,
        handler: Callable[[Request], Response],
        parent: QObject,
        on_finished: Callable[[_Connection], None],
    ) -> None:
        super().__init__(handler, parent, on_finished)
        self._sock = sock
        self._unsent = b""
        self._writer: QSocketNotifier | None = None
        self._reader: QSocketNotifier | None = _notifier(sock, QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    def _read(self) -> None:
        if self._finished:
            return
        try:
            data = self._sock.recv(_CHUNK_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:  # ECONNRESET: the client is gone, answered or not
            log.debug("control client failed: %s", exc)
            self.drop()
            return
        if data:
            self._received(data)
        elif self._unsent:
            # The client shut its sending side but may still read the answer. The end of input
            # is readable for good, and a level-triggered notifier would report it forever.
            _discard(self._reader)
            self._reader = None
        else:
            self._finish()

    def _send(self, data: bytes) -> None:
        self._unsent = data
        self._flush()

    def _flush(self) -> None:
        if self._finished:
            return
        try:
            while self._unsent:
                self._unsent = self._unsent[self._sock.send(self._unsent, _NO_SIGNAL) :]
        except (BlockingIOError, InterruptedError):
            # The client's side is full: the rest goes when it has room. A client that never
            # reads its answer is cut off as one that never sends its request.
            if self._writer is None:
                self._writer = _notifier(self._sock, QSocketNotifier.Type.Write, self)
                self._writer.activated.connect(self._flush)
                self._deadline.start(CLIENT_DEADLINE_MS)
            return
        except OSError as exc:  # EPIPE, ECONNRESET: the client left without its answer
            log.debug("control client left before its answer: %s", exc)
            self.drop()
            return
        self._finish()

    def _hang_up(self) -> None:
        _discard(self._reader)
        _discard(self._writer)
        self._reader = self._writer = None
        if self._answered:
            # Closing a Unix socket with unread bytes resets the connection, and the client's
            # read of its answer would fail (Linux): read what it sent after its request first.
            _drain(self._sock)
        self._sock.close()


class _PipeConnection(_Connection):
    """A client on Windows' named pipe: Qt's QLocalSocket."""

    def __init__(
        self,
        sock: QLocalSocket,
        handler: Callable[[Request], Response],
        parent: QObject,
        on_finished: Callable[[_Connection], None],
    ) -> None:
        super().__init__(handler, parent, on_finished)
        self._sock = sock
        sock.readyRead.connect(self._read)
        sock.disconnected.connect(self._finish)
        if sock.bytesAvailable():
            self._read()

    def _read(self) -> None:
        self._received(bytes(self._sock.readAll().data()))

    def _send(self, data: bytes) -> None:
        self._sock.write(data)
        self._sock.flush()
        self._sock.disconnectFromServer()  # once written; then `disconnected` finishes this

    def _hang_up(self) -> None:
        self._sock.abort()  # emits `disconnected` when still connected: _finish is done by then
        self._sock.deleteLater()


class _PipeServer(QObject):
    """Windows: Qt's QLocalServer, the one user of QtNetwork, imported here only."""

    def __init__(self, name: str, admit: Callable[[QLocalSocket], None], parent: QObject) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self._name = name
        self._admit = admit
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(_BACKLOG)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> None:
        # A named pipe: nothing on disk to replace or chmod; UserAccessOption gives it an
        # access list that admits this user only.
        if not self._server.listen(self._name):
            raise OSError(f"cannot listen on {self._name}: {self._server.errorString()}")

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            self._admit(self._server.nextPendingConnection())


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
        self._clients: list[_Connection] = []  # oldest first
        self._pipe: _PipeServer | None = None  # Windows
        self._listener: socket.socket | None = None  # Linux, macOS
        self._acceptor: QSocketNotifier | None = None
        self._bound: tuple[int, int] | None = None  # the socket file's st_dev and st_ino
        self._starved = False
        self._resume = Timer(self, "control-accept-resume", single_shot=True)
        self._resume.timeout.connect(self._resume_accepting)

    def listen(self) -> None:
        """Take over the socket path; only call this while holding the InstanceLock."""
        if sys.platform == "win32":
            self._pipe = _PipeServer(self._name, self._admit_pipe_client, self)
            self._pipe.listen()
            return
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        bound = False
        try:
            # What a crashed instance left; the InstanceLock says nobody else listens there.
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self._name)
            old_umask = os.umask(0o077)  # owner-only from the first moment
            try:
                sock.bind(self._name)
            finally:
                os.umask(old_umask)
            bound = True
            os.chmod(self._name, 0o600)
            info = os.lstat(self._name)
            sock.listen(_BACKLOG)
            sock.setblocking(False)
        except OSError as exc:
            sock.close()
            if bound:
                with contextlib.suppress(OSError):
                    os.unlink(self._name)
            said = f"cannot listen on {self._path}: {exc.strerror or exc}"
            raise (OSError(exc.errno, said) if exc.errno else OSError(said)) from exc
        self._listener = sock
        self._bound = (info.st_dev, info.st_ino)
        self._acceptor = _notifier(sock, QSocketNotifier.Type.Read, self)
        self._acceptor.activated.connect(self._accept)

    def close(self) -> None:
        """Stop listening, hang up on every client, and remove the socket file if it is ours."""
        if self._pipe is not None:
            self._pipe.close()
        self._resume.stop()
        _discard(self._acceptor)
        self._acceptor = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        for client in list(self._clients):
            client.drop()
        if self._bound is not None:
            # Only the file we bound: one put there since (a newer instance's) is left alone.
            with contextlib.suppress(OSError):
                info = os.lstat(self._name)
                if (info.st_dev, info.st_ino) == self._bound:
                    os.unlink(self._name)
            self._bound = None

    def _accept(self) -> None:
        listener = self._listener
        relieved = False
        # Bounded, so that a stream of clients cannot keep the event loop to itself; the
        # notifier fires again for any left.
        for _ in range(_BACKLOG):
            if listener is None or listener is not self._listener:
                return
            try:
                sock, _address = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in _SKIPPED_ACCEPT_ERRORS:
                    continue  # that client gave up before it was taken
                if exc.errno in _OUT_OF_DESCRIPTORS and self._clients and not relieved:
                    relieved = True
                    log.debug("out of file descriptors (%s); dropping the oldest client", exc)
                    self._clients[0].drop()
                    continue
                self._pause_accepting(exc)
                return
            relieved = self._starved = False
            self._admit_socket_client(sock)

    def _pause_accepting(self, exc: OSError) -> None:
        # The pending client stays readable: a level-triggered notifier left on would fire at
        # once, again and again. Rest a moment instead, and never close: Qt's QLocalServer closes
        # itself here and deletes the socket file, leaving the app unreachable.
        if not self._starved:
            log.warning("cannot take control connections for now (%s); trying again shortly", exc)
        self._starved = True
        if self._acceptor is not None:
            self._acceptor.setEnabled(False)
        self._resume.start(ACCEPT_RETRY_MS)

    def _resume_accepting(self) -> None:
        if self._acceptor is not None:
            self._acceptor.setEnabled(True)

    def _admit_socket_client(self, sock: socket.socket) -> None:
        try:
            sock.setblocking(False)
            uid = peer_uid(sock.fileno())
        except OSError as exc:
            log.debug("control client gone before it was served: %s", exc)
            sock.close()
            return
        if uid is not None and uid != current_uid():
            log.warning("refused a control connection from uid %d", uid)
            sock.close()
            return
        self._make_room()
        self._serve(_SocketConnection(sock, self._handler, self, self._forget))

    def _admit_pipe_client(self, sock: QLocalSocket) -> None:
        self._make_room()
        self._serve(_PipeConnection(sock, self._handler, self, self._forget))

    def _make_room(self) -> None:
        if len(self._clients) >= MAX_CLIENTS:
            log.debug("too many control connections; dropping the oldest")
            self._clients[0].drop()

    def _serve(self, connection: _Connection) -> None:
        if not connection.finished:  # a quick client may be answered and gone already
            self._clients.append(connection)

    def _forget(self, connection: _Connection) -> None:
        with contextlib.suppress(ValueError):
            self._clients.remove(connection)


def _notifier(sock: socket.socket, kind: QSocketNotifier.Type, parent: QObject) -> QSocketNotifier:
    return QSocketNotifier(sock.fileno(), kind, parent)


def _discard(notifier: QSocketNotifier | None) -> None:
    """Stop watching before the descriptor is closed: the OS hands the number to the next socket,
    which a notifier still enabled would watch too. Deleted later, not now: this often runs inside
    the notifier's own ``activated``, and a disabled notifier watches nothing meanwhile."""
    if notifier is not None:
        notifier.setEnabled(False)
        notifier.deleteLater()


def _drain(sock: socket.socket) -> None:
    """Read and throw away what the client has sent so far (a bounded amount)."""
    for _ in range(_DRAIN_BYTES // _CHUNK_BYTES):
        try:
            if not sock.recv(_CHUNK_BYTES):
                return
        except OSError:  # EAGAIN: all read; ECONNRESET: gone
            return
