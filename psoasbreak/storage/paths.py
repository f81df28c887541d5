"""Where psoasbreak keeps its files.

Everything is derived from the XDG variables (through platformdirs), so pointing
``XDG_CONFIG_HOME``, ``XDG_DATA_HOME``, ``XDG_STATE_HOME`` and ``XDG_RUNTIME_DIR`` at a scratch
folder is the single override that keeps tests and development runs away from the user's files.
macOS and Windows have their own places (platformdirs knows them), the log included.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import platformdirs
from platformdirs.api import PlatformDirsABC
from platformdirs.macos import MacOS
from platformdirs.windows import Windows

from psoasbreak import APP_NAME

_PRIVATE_DIR_MODE: Final = 0o700
# The platforms with a place of their own for logs and runtime files; the rest follow XDG.
_OWN_PLACES: Final[dict[str, type[PlatformDirsABC]]] = {"darwin": MacOS, "win32": Windows}


@dataclass(frozen=True)
class AppPaths:
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
        return self.runtime_dir / "instance.lock"

    @classmethod
    def from_environment(cls, platform: str = sys.platform) -> AppPaths:
        """The locations for this user now; reads the environment at call time, creates nothing.

        ``platform`` is a ``sys.platform`` value; tests pass another to see its places."""
        own = _OWN_PLACES.get(platform)
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
    r"""The control channel's name for QLocalServer.listen() and for the client, from socket_path.

    Linux and macOS: the socket's path itself. Windows: QLocalServer listens on the named pipe
    ``\\.\pipe\<name>`` (Qt puts that prefix before a name that lacks it), and pipe names share
    one namespace for the whole machine, so the name is a hash of the socket path: that path lies
    in the user's own folder, so each user (and each test folder) gets a pipe of its own, and the
    app and the command line, both starting from ``AppPaths.socket_path``, agree on it.
    """
    if platform != "win32":
        return str(socket_path)
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
    uid = _current_uid()
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


def _xdg_runtime_dir() -> Path:
    xdg = os.environ.get("XDG_RUNTIME_DIR", "")
    if _is_usable_runtime_base(xdg):
        return Path(xdg) / APP_NAME
    # Containers, CI and `su` sessions often have no XDG_RUNTIME_DIR, or one left over from
    # another user; a per-user name in the temporary folder keeps instances of users apart.
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
    uid = _current_uid()
    # `sudo -E` keeps the invoking user's XDG_RUNTIME_DIR; root must not create files in it.
    return uid is None or info.st_uid == uid


def _current_uid() -> int | None:
    getuid = getattr(os, "getuid", None)
    return None if getuid is None else int(getuid())


def _user_tag() -> str:
    uid = _current_uid()
    return "user" if uid is None else str(uid)
