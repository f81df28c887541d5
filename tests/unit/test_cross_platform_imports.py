"""Every psoasbreak module imports on Windows and macOS, as far as Linux can make itself look so.

The app once could not start on Windows at all: instance.py imported ``fcntl``. Windows and macOS
cannot run here, so a subprocess pretends: ``sys.platform`` is "win32" (or "darwin"), the modules
Windows lacks are made unimportable (a ``None`` in ``sys.modules``), and attributes it lacks are
removed from ``os`` and ``socket``; then every module of the package is imported, the start path
(``psoasbreak.cli``, ``psoasbreak.app``, the instance lock, the control client, the paths) first.

What this cannot see, it leaves alone, and says so here: ``os.name`` stays "posix" (pathlib and
the stdlib would turn into their Windows selves and break on Linux), so only our own
``sys.platform`` branches and imports are exercised. The standard library the start path needs,
and two third-party packages whose import does Windows-only work (PySide6 adds its DLL folders
with ``os.add_dll_directory``; tzlocal reads the registry through ``winreg``), are imported
before the pretence, under Linux: on the real platforms they bring their own, tested, code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

#: Imported first, and named in the report, so a failure there is plain.
START_PATH = [
    "psoasbreak.cli",
    "psoasbreak.app",
    "psoasbreak.storage.paths",
    "psoasbreak.desktop.instance",
    "psoasbreak.desktop.control_client",
    "psoasbreak.desktop.control_protocol",
]
#: Third-party packages whose import does what only the real platform can (see above).
PRELOADED_THIRD_PARTY = ["PySide6", "tzlocal"]
#: POSIX-only standard modules: none of them exists on Windows.
NOT_ON_WINDOWS = [
    "fcntl",
    "termios",
    "tty",
    "pty",
    "pwd",
    "grp",
    "resource",
    "syslog",
    "posix",
    "_posixsubprocess",
    "_posixshmem",
]
#: Attributes Windows' os and socket modules do not have.
OS_NOT_ON_WINDOWS = ["getuid", "geteuid", "getgid", "getegid", "fork", "setsid", "killpg", "uname"]
SOCKET_NOT_ON_WINDOWS = ["AF_UNIX", "SO_PEERCRED"]
SOCKET_NOT_ON_MACOS = ["SO_PEERCRED"]

#: Run under the real platform: the standard modules the package loads, for the preload.
LIST_STDLIB = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import psoasbreak
    for info in pkgutil.walk_packages(psoasbreak.__path__, "psoasbreak."):
        if info.name != "psoasbreak.__main__":
            importlib.import_module(info.name)
    print(json.dumps(sorted(
        name for name in sys.modules if name.split(".")[0] in sys.stdlib_module_names
    )))
    """
)

PRETEND = textwrap.dedent(
    """
    import importlib, json, os, pkgutil, socket, sys, sysconfig
    setup = json.loads(sys.argv[1])
    for name in setup["preload"]:
        try:
            importlib.import_module(name)
        except ImportError:
            pass  # a private submodule that cannot be imported on its own
    sysconfig.get_config_vars()  # cached now: it would look for a darwin build's data file

    for name in setup["blocked"]:
        sys.modules[name] = None
    for module, names in ((os, setup["os_missing"]), (socket, setup["socket_missing"])):
        for name in names:
            if hasattr(module, name):
                delattr(module, name)
    sys.platform = setup["platform"]

    import psoasbreak
    names = setup["start_path"] + sorted(
        info.name for info in pkgutil.walk_packages(psoasbreak.__path__, "psoasbreak.")
        if info.name not in setup["start_path"] and info.name != "psoasbreak.__main__"
    )
    failed = {}
    for name in names:
        try:
            importlib.import_module(name)
        except BaseException as exc:
            failed[name] = f"{type(exc).__name__}: {exc}"

    checks = {}
    if not failed:
        from pathlib import Path
        from psoasbreak.desktop.control_client import transport_for
        from psoasbreak.storage.paths import control_name_for
        checks["transport"] = type(transport_for()).__name__
        checks["control_name"] = control_name_for(Path("/run/user/1000/psoasbreak/control.sock"))
    print(json.dumps({"imported": len(names), "failed": failed, "checks": checks}))
    """
)


@pytest.fixture(scope="module")
def stdlib_in_use() -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", LIST_STDLIB], capture_output=True, text=True, check=True, timeout=120
    )
    names: list[str] = json.loads(out.stdout.splitlines()[-1])
    return names


def pretend(platform: str, preload: list[str], also: Path | None = None) -> dict:
    """Import everything as on ``platform``; ``also`` is a folder of extra modules to import."""
    windows = platform == "win32"
    extra = sorted(p.stem for p in also.glob("*.py")) if also else []
    setup = {
        "platform": platform,
        "preload": preload + PRELOADED_THIRD_PARTY,
        "blocked": NOT_ON_WINDOWS if windows else [],
        "os_missing": OS_NOT_ON_WINDOWS if windows else [],
        "socket_missing": SOCKET_NOT_ON_WINDOWS if windows else SOCKET_NOT_ON_MACOS,
        "start_path": START_PATH + extra,
    }
    env = dict(os.environ)
    if also:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(also), env.get("PYTHONPATH")]))
    out = subprocess.run(
        [sys.executable, "-c", PRETEND, json.dumps(setup)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    report: dict = json.loads(out.stdout.splitlines()[-1])
    return report


def test_every_module_imports_on_windows(stdlib_in_use: list[str]) -> None:
    report = pretend("win32", stdlib_in_use)
    assert report["failed"] == {}
    assert report["imported"] > len(START_PATH)
    assert report["checks"]["transport"] == "NamedPipeTransport"
    assert report["checks"]["control_name"].startswith("psoasbreak-control-")


def test_every_module_imports_on_macos(stdlib_in_use: list[str]) -> None:
    report = pretend("darwin", stdlib_in_use)
    assert report["failed"] == {}
    assert report["checks"] == {
        "transport": "UnixSocketTransport",
        "control_name": "/run/user/1000/psoasbreak/control.sock",
    }


def test_the_pretence_catches_what_would_break_on_windows(
    stdlib_in_use: list[str], tmp_path: Path
) -> None:
    """The check has teeth: the old instance.py's ``import fcntl``, and its kin, fail under it."""
    (tmp_path / "old_lock.py").write_text("import fcntl\n")
    (tmp_path / "asks_uid.py").write_text("import os\nUID = os.getuid()\n")
    (tmp_path / "unix_socket.py").write_text("import socket\nFAMILY = socket.AF_UNIX\n")
    (tmp_path / "fine.py").write_text("import subprocess, sys\nWINDOWS = sys.platform == 'win32'\n")
    failed = pretend("win32", stdlib_in_use, also=tmp_path)["failed"]
    assert sorted(failed) == ["asks_uid", "old_lock", "unix_socket"], failed
    assert "fcntl" in failed["old_lock"]
