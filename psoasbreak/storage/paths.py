"""Where psoasbreak keeps its files.

Everything is derived from the XDG variables (through platformdirs), so pointing
``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_STATE_HOME`` and ``XDG_RUNTIME_DIR`` at a scratch
folder is the single override that keeps tests and development runs away from the user's files.
macOS and Windows have their own places (platformdirs knows them), the log included.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

import platformdirs

from psoasbreak import APP_NAME

_PRIVATE_DIR_MODE: Final = 0o700
#: The longest control-socket path the app listens on, in bytes: a Unix socket's address holds 108
#: bytes on Linux and 104 on macOS and the BSDs, the final NUL included; Qt 6.12's QLocalServer,
#: which served it before issue 21, failed from 107 bytes on. The same margin elsewhere.
_SOCKET_PATH_LIMITS: Final = {"linux": 106}
_OTHER_SOCKET_PATH_LIMIT: Final = 102
#: The most a socket note may hold; a path is far shorter, and a bigger file is not ours.
_NOTE_LIMIT: Final = 4096
if TYPE_CHECKING:
    from platformdirs.api import PlatformDirsABC


def _own_places(platform: str) -> type[PlatformDirsABC] | None:
    """The platforms with a place of their own for logs and runtime files; the rest follow XDG.
    Imported here, not at the top: ``psoasbreak status`` reads these paths and should not load
    the other platforms' modules (issue 21)."""
    if platform == "darwin":
        from platformdirs.macos import MacOS

        return MacOS
    if platform == "win32":
        from platformdirs.windows import Windows

        return Windows
    return None


# A named tuple, not a dataclass: the command line's client needs these paths, and importing
# dataclasses was a tenth of its round trip (issue 21).
class AppPaths(NamedTuple):
    config_dir: Path
    data_dir: Path
    state_dir: Path
    runtime_dir: Path
    #: The platform's folder for logs (macOS ``~/Library/Logs/psoasbreak``, Windows
    #: ``%LOCALAPPDATA%\psoasbreak\Logs``); None means ``state_dir/log``, where XDG keeps logs.
    platform_log_dir: Path | None = None

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def log_dir(self) -> Path:
        if self.platform_log_dir is not None:
            return self.platform_log_dir
        return self.state_dir / "log"

    @property
    def socket_path(self) -> Path:
        return self.runtime_dir / "control.sock"

    @property
    def lock_path(self) -> Path:
        """The single-instance lock, beside the history it guards: two starts on one history
        exclude each other whatever runtime folders their environments name (issue 17)."""
        return self.data_dir / "instance.lock"

    @property
    def runtime_lock_path(self) -> Path:
        """The lock used instead when the history's folder cannot be written (read-only, full)."""
        return self.runtime_dir / "instance.lock"

    @property
    def socket_note(self) -> Path:
        """Where the running app writes the path of its control socket, for the command line.

        The socket is not always at ``socket_path``: another start may have named another
        runtime folder, or the app had to use a folder of its own (``settle_runtime_dir``).
        The note lies beside the lock, in the user's own data folder, which nobody else can
        write; the client still checks what it points at before sending anything."""
        return self.data_dir / "control-socket"

    @classmethod
    def from_environment(cls, platform: str = sys.platform) -> AppPaths:
        """The locations for this user now; reads the environment at call time, creates nothing.

        ``platform`` is a ``sys.platform`` value; tests pass another to see its places."""
        own = _own_places(platform)
        dirs = (own or platformdirs.PlatformDirs)(appname=APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            state_dir=Path(dirs.user_state_dir),
            # No XDG runtime folder there; platformdirs knows the per-user temporary place.
            runtime_dir=Path(dirs.user_runtime_dir) if own else _xdg_runtime_dir(),
            platform_log_dir=Path(dirs.user_log_dir) if own else None,
        )


def control_name_for(socket_path: Path, platform: str = sys.platform) -> str:
    r"""The control channel's name for the app's listener and for the client, from socket_path.

    Linux and macOS: the socket's path itself. Windows: QLocalServer listens on the named pipe
    ``\\.\pipe\<name>`` (Qt puts that prefix before a name that lacks it), and pipe names share
    one namespace for the whole machine, so the name is a hash of the socket path: that path lies
    in the user's own folder, so each user (and each test folder) gets a pipe of its own, and the
    app and the command line, both starting from ``AppPaths.socket_path``, agree on it.
    """
    if platform != "win32":
        return str(socket_path)
    import hashlib  # Windows only

    digest = hashlib.sha256(str(socket_path).casefold().encode()).hexdigest()[:32]
    return f"{APP_NAME}-control-{digest}"


def ensure_runtime_dir(paths: AppPaths) -> Path:
    """Create the runtime folder private to this user, or refuse to use one that is not.

    The control socket lives there and anyone who can reach it can pause or quit the app, so the
    folder must be ours and closed to others (0700). A folder left open by someone else's umask
    is tightened; one that belongs to another user, or a symlink (a classic trap in /tmp), is
    refused with PermissionError because we cannot make it safe.
    """
    path = paths.runtime_dir
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        path.mkdir(mode=_PRIVATE_DIR_MODE)
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode):
        raise PermissionError(
            f"The runtime folder {path} is a symbolic link, so psoasbreak cannot be sure that only "
            "you can reach its control socket. Remove the link, or set XDG_RUNTIME_DIR to a "
            "private folder of yours."
        )
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(
            f"{path} should be psoasbreak's runtime folder but is a file. Remove it, or set "
            "XDG_RUNTIME_DIR to a private folder of yours."
        )
    uid = current_uid()
    if uid is not None and info.st_uid != uid:
        raise PermissionError(
            f"The runtime folder {path} belongs to another user (uid {info.st_uid}), so "
            "psoasbreak cannot keep its control socket private there. Remove that folder, or set "
            "XDG_RUNTIME_DIR to a private folder of yours."
        )
    if uid is not None and stat.S_IMODE(info.st_mode) != _PRIVATE_DIR_MODE:
        # mkdir's mode is filtered by the umask, and an existing folder may be 0755.
        path.chmod(_PRIVATE_DIR_MODE)
    return path


def settle_runtime_dir(paths: AppPaths, platform: str = sys.platform) -> tuple[AppPaths, str]:
    """The paths with a runtime folder the app can safely listen in, and what was wrong, if any.

    The usual folder is used when ``ensure_runtime_dir`` accepts it and the socket's path fits
    a Unix socket. Otherwise (another user made ``/tmp/psoasbreak-<uid>`` first, a file or a link
    is in its way, the path is too long) the app does not give up: it makes a fresh private
    folder of its own with mkdtemp, which nobody can have made before it, and the second item
    says why, for the user. The socket note (``AppPaths.socket_note``) tells the command line
    where that is. OSError only when even the fresh folder cannot serve.
    """
    try:
        ensure_runtime_dir(paths)
        problem = socket_path_problem(paths.socket_path, platform)
    except OSError as exc:
        problem = str(exc)
    if not problem:
        return paths, ""
    import tempfile  # only on this detour

    own = Path(tempfile.mkdtemp(prefix=f"{APP_NAME}-{_user_tag()}-"))
    settled = paths._replace(runtime_dir=own)
    too_long = socket_path_problem(settled.socket_path, platform)
    if too_long:
        own.rmdir()
        raise OSError(f"{problem} {too_long}")
    return settled, f"{problem} For now psoasbreak uses a private folder of its own: {own}."


def socket_path_problem(socket_path: Path, platform: str = sys.platform) -> str:
    """Why the control socket cannot be made at ``socket_path``; "" when it can.

    Windows listens on a named pipe whose name is a hash (``control_name_for``): no limit there.
    """
    if platform == "win32":
        return ""
    size = len(os.fsencode(str(socket_path)))
    limit = next(
        (n for prefix, n in _SOCKET_PATH_LIMITS.items() if platform.startswith(prefix)),
        _OTHER_SOCKET_PATH_LIMIT,
    )
    if size <= limit:
        return ""
    return (
        f"The control socket's path {socket_path} is too long for a Unix socket ({size} bytes; "
        f"at most {limit})."
    )


def write_socket_note(paths: AppPaths, socket_path: Path) -> bool:
    """Tell the command line where the app listens; False if the note cannot be written (a
    read-only data folder: the client then looks in the usual place)."""
    from psoasbreak.storage.atomic import write_atomically

    try:
        write_atomically(paths.socket_note, os.fsencode(str(socket_path)) + b"\n", mode=0o600)
    except OSError:
        return False
    return True


def remove_socket_note(paths: AppPaths, socket_path: Path) -> None:
    """At quit: remove the note if it still names our socket (a later start may own it now)."""
    if read_socket_note(paths) == socket_path:
        with contextlib.suppress(OSError):
            paths.socket_note.unlink()


def read_socket_note(paths: AppPaths) -> Path | None:
    """The socket path the running app noted; None when there is no note we can trust.

    A note must be a small regular file of this user's (not a link) holding one absolute path;
    anything else is ignored, and the command line looks in the usual place."""
    # O_NONBLOCK: a FIFO put in its place must not hang the command line on open.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(paths.socket_note, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        uid = current_uid()
        if not stat.S_ISREG(info.st_mode) or (uid is not None and info.st_uid != uid):
            return None
        data = os.read(fd, _NOTE_LIMIT + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    lines = data.splitlines()
    if len(data) > _NOTE_LIMIT or len(lines) != 1 or b"\0" in data:
        return None
    path = Path(os.fsdecode(lines[0]))
    return path if path.is_absolute() else None


def _xdg_runtime_dir() -> Path:
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if _is_usable_runtime_base(xdg):
        return Path(xdg) / APP_NAME
    # Containers, CI and `su` sessions often have no XDG_RUNTIME_DIR, or one left over from
    # another user; a per-user name in the temporary folder keeps instances of users apart.
    import tempfile  # only without a usable XDG_RUNTIME_DIR

    return Path(tempfile.gettempdir()) / f"{APP_NAME}-{_user_tag()}"


def _is_usable_runtime_base(value: str) -> bool:
    # We check this ourselves rather than rely on platformdirs: its checks and fallbacks differ
    # between versions, and recent ones emit a warning instead of telling us.
    if not value or not os.path.isabs(value):
        return False
    try:
        info = os.stat(value)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or not os.access(value, os.W_OK | os.X_OK):
        return False
    uid = current_uid()
    # `sudo -E` keeps the invoking user's XDG_RUNTIME_DIR; root must not create files in it.
    return uid is None or info.st_uid == uid


def current_uid() -> int | None:
    """This process's user id; None where there is none (Windows)."""
    getuid = getattr(os, "getuid", None)
    return None if getuid is None else int(getuid())


def _user_tag() -> str:
    uid = current_uid()
    return "user" if uid is None else str(uid)
