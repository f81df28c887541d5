"""Start at login: the operating system's own login entry behind one small interface.

- Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/psoasbreak.desktop``.
- Windows: the ``psoasbreak`` value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``.
- macOS: a LaunchAgent, ``~/Library/LaunchAgents/<LAUNCH_AGENT_ID>.plist``.
- Anything else: ``NullAutostart``, which is never on and says so when asked to turn on.

``is_enabled()`` reads what is actually there, so the Settings window shows the truth even after
the user changed it with the desktop's own "Startup applications" tool. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final, Protocol

from psoasbreak import APP_NAME
from psoasbreak.assets import resource_path
from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.storage.atomic import write_atomically

DESKTOP_FILE: Final = f"{APP_NAME}.desktop"
LAUNCH_AGENT_ID: Final = "io.github.psoasbreak"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
COMMENT: Final = "Reminds you to stand up and guides a one-minute stretch"


class AutostartError(Exception):
    """Turning the login entry on or off failed; the message says where and what to do (in
    English as ``str()``, and as a Message the tray translates)."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.text)
        self.said = said


class Autostart(ABC):
    """Whether psoasbreak starts when the user logs in."""

    @abstractmethod
    def is_enabled(self) -> bool: ...

    @abstractmethod
    def enable(self) -> None:
        """Create (or repair) the login entry; raises AutostartError."""

    @abstractmethod
    def disable(self) -> None:
        """Remove the login entry; raises AutostartError. Nothing to remove is fine."""

    def set_enabled(self, enabled: bool) -> None:
        """Make the entry match ``enabled``, touching nothing when it already does."""
        if enabled == self.is_enabled():
            return
        if enabled:
            self.enable()
        else:
            self.disable()


def launch_command(
    argv0: str | None = None, executable: str | None = None, frozen: bool | None = None
) -> list[str]:
    """The command that starts this installation of psoasbreak, as absolute paths.

    The console script the app was started by if there is one, else the one installed next to the
    interpreter (a venv's ``bin/``), else ``python -m psoasbreak``; a PyInstaller build is its
    own executable.
    """
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    if frozen:
        return [os.path.abspath(executable)]
    started_by = Path(argv0)
    if started_by.stem == APP_NAME and _is_program(started_by):
        return [os.path.abspath(started_by)]
    beside = shutil.which(APP_NAME, path=str(Path(executable).parent))
    if beside is not None:
        return [os.path.abspath(beside)]
    return [os.path.abspath(executable), "-m", APP_NAME]


def _is_program(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def autostart_for_platform(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart:
    """The login entry of the operating system we run on."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "win32":
        return WindowsAutostart(WinregRunKey())
    if platform == "darwin":
        return LaunchAgentAutostart(home / "Library" / "LaunchAgents")
    if platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly")):
        return XdgAutostart.from_environment(environ, home)
    return NullAutostart()


class NullAutostart(Autostart):
    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise AutostartError(
            Message.of(
                QT_TRANSLATE_NOOP(
                    "Notices",
                    "Starting at login is not supported on this system ({platform}); add "
                    "'{command}' to your login programs by hand.",
                ),
                platform=sys.platform,
                command=" ".join(launch_command()),
            )
        )

    def disable(self) -> None:
        pass


# -- XDG (Linux, BSD) -----------------------------------------------------------------------------


class XdgAutostart(Autostart):
    """The XDG Autostart specification: a desktop entry in the user's ``autostart`` folder.

    An entry in a system folder (``$XDG_CONFIG_DIRS/autostart``, e.g. put there by a distribution
    package) counts too; turning it off then writes a user entry with ``Hidden=true``, which the
    specification defines as "do not start", since the system file is not ours to delete.
    """

    def __init__(
        self, folder: Path, system_folders: Sequence[Path] = (), command: list[str] | None = None
    ) -> None:
        self.folder = folder
        self.system_folders = tuple(system_folders)
        self._command = command

    @classmethod
    def from_environment(cls, environ: Mapping[str, str], home: Path) -> XdgAutostart:
        config_home = environ.get("XDG_CONFIG_HOME") or ""
        # The specification says a relative path is invalid and must be ignored.
        base = Path(config_home) if os.path.isabs(config_home) else home / ".config"
        dirs = [Path(d) for d in (environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":")]
        return cls(base / "autostart", [d / "autostart" for d in dirs if d.is_absolute()])

    @property
    def path(self) -> Path:
        return self.folder / DESKTOP_FILE

    def is_enabled(self) -> bool:
        if os.path.lexists(self.path):
            return _entry_starts(self.path)
        return any(_entry_starts(folder / DESKTOP_FILE) for folder in self.system_folders)

    def enable(self) -> None:
        command = self._command or launch_command()
        self._write(desktop_entry(command, resource_path("icons", f"{APP_NAME}.svg")))

    def disable(self) -> None:
        if any(_entry_starts(folder / DESKTOP_FILE) for folder in self.system_folders):
            self._write(hidden_entry())
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "Could not remove {path} ({reason}); delete it by hand to stop psoasbreak "
                        "starting at login.",
                    ),
                    path=str(self.path),
                    reason=str(exc.strerror or exc),
                )
            ) from exc

    def _write(self, text: str) -> None:
        try:
            write_atomically(self.path, text.encode("utf-8"), mode=0o644)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "Could not write {path} ({reason}); check that you may write to that "
                        "folder.",
                    ),
                    path=str(self.path),
                    reason=str(exc.strerror or exc),
                )
            ) from exc


def desktop_entry(command: Sequence[str], icon: Path) -> str:
    """A desktop entry (Desktop Entry Specification 1.5) that starts ``command`` at login."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "GenericName=Break reminder\n"
        f"Comment={COMMENT}\n"
        f"Exec={exec_value(command)}\n"
        f"Icon={_escape_string(str(icon))}\n"
        "Terminal=false\n"
        "Categories=Utility;\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def hidden_entry() -> str:
    return f"[Desktop Entry]\nType=Application\nName={APP_NAME}\nHidden=true\n"


# The Exec key's reserved characters: an argument holding any of them must be quoted.
_RESERVED: Final = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_value(command: Sequence[str]) -> str:
    """``command`` as the value of an ``Exec`` key: each argument quoted where the specification
    requires it, ``%`` doubled (it starts field codes), then escaped as any string value."""
    parts = []
    for argument in command:
        argument = argument.replace("%", "%%")
        if argument and not _RESERVED & set(argument):
            parts.append(argument)
            continue
        quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        parts.append(f'"{quoted}"')
    return _escape_string(" ".join(parts))


def _escape_string(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def _entry_starts(path: Path) -> bool:
    """Whether the desktop entry at ``path`` exists and asks to be started."""
    try:
        entry = desktop_entry_keys(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False
    if entry is None:
        return False
    hidden = entry.get("Hidden", "false") == "true"
    gnome_off = entry.get("X-GNOME-Autostart-enabled", "true") == "false"
    return not hidden and not gnome_off


def desktop_entry_keys(text: str) -> dict[str, str] | None:
    """The keys of the ``[Desktop Entry]`` group, or None when there is no such group.

    The Desktop Entry Specification's syntax, read as desktop environments read it: ``#``
    comments and blank lines, ``[Group]`` headers, ``Key=Value`` with spaces allowed around the
    ``=``, keys case-sensitive, the first of a repeated key kept. Written by hand rather than with
    configparser, which the app would load at every start for this one read (0.3 MB, issue 21).
    """
    keys: dict[str, str] | None = None
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
            if group == "Desktop Entry" and keys is None:
                keys = {}
            continue
        key, equals, value = line.partition("=")
        if equals and group == "Desktop Entry" and keys is not None:
            keys.setdefault(key.strip(), value.strip())
    return keys


# -- Windows --------------------------------------------------------------------------------------


class RunKey(Protocol):
    """The HKCU Run key: a value per program, its data the command line to run at login."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, command_line: str) -> None: ...

    def delete(self, name: str) -> None:
        """Remove the value; a missing value is fine."""
        ...


class WindowsAutostart(Autostart):
    def __init__(self, run_key: RunKey, command: list[str] | None = None) -> None:
        self._key = run_key
        self._command = command

    def is_enabled(self) -> bool:
        return bool(self._key.get(APP_NAME))

    def enable(self) -> None:
        command_line = subprocess.list2cmdline(self._command or launch_command())
        try:
            self._key.set(APP_NAME, command_line)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP("Notices", "Could not add {app} to {key} ({reason})."),
                    app=APP_NAME,
                    key=f"HKEY_CURRENT_USER\\{RUN_KEY}",
                    reason=str(exc),
                )
            ) from exc

    def disable(self) -> None:
        try:
            self._key.delete(APP_NAME)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "Could not remove {app} from {key} ({reason}); remove it in Task Manager's "
                        "Startup apps.",
                    ),
                    app=APP_NAME,
                    key=f"HKEY_CURRENT_USER\\{RUN_KEY}",
                    reason=str(exc),
                )
            ) from exc


class WinregRunKey:  # pragma: no cover - needs Windows; WindowsAutostart is tested with a fake
    """The real registry key, through the standard library's ``winreg``."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            return None
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, command_line: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, command_line)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            return
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


# -- macOS ----------------------------------------------------------------------------------------


class LaunchAgentAutostart(Autostart):
    """A per-user LaunchAgent that launchd loads at the next login."""

    def __init__(self, folder: Path, command: list[str] | None = None) -> None:
        self.folder = folder
        self._command = command

    @property
    def path(self) -> Path:
        return self.folder / f"{LAUNCH_AGENT_ID}.plist"

    def is_enabled(self) -> bool:
        import plistlib  # macOS only: no need to load it elsewhere

        try:
            with self.path.open("rb") as stream:
                agent = plistlib.load(stream)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(agent, dict) and not agent.get("Disabled", False)

    def enable(self) -> None:
        agent = {
            "Label": LAUNCH_AGENT_ID,
            "ProgramArguments": self._command or launch_command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }
        import plistlib

        try:
            write_atomically(self.path, plistlib.dumps(agent), mode=0o644)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP("Notices", "Could not write {path} ({reason})."),
                    path=str(self.path),
                    reason=str(exc.strerror or exc),
                )
            ) from exc

    def disable(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            raise AutostartError(
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Notices", "Could not remove {path} ({reason}); delete it by hand."
                    ),
                    path=str(self.path),
                    reason=str(exc.strerror or exc),
                )
            ) from exc
