"""Architecture rules that must not rot: core is pure Python, and the control client never loads Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import psoasbreak.core
import psoasbreak.storage

FORBIDDEN = ("PySide6", "shiboken6", "apscheduler")


def _modules(package) -> list[str]:
    return [f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)]


def _loaded_after_importing(modules: list[str]) -> set[str]:
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print('\\n'.join(sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return {line.split(".")[0] for line in out.splitlines()}


def test_core_and_storage_import_neither_qt_nor_apscheduler():
    modules = _modules(psoasbreak.core) + _modules(psoasbreak.storage)
    assert "psoasbreak.core.session" in modules and "psoasbreak.storage.database" in modules
    loaded = _loaded_after_importing(modules)
    assert not loaded & set(FORBIDDEN), loaded & set(FORBIDDEN)


def test_control_commands_do_not_import_qt(tmp_path):
    """``psoasbreak status`` with no app running: fast, and no GUI library loaded."""
    code = (
        "import sys\n"
        "from psoasbreak.cli import main\n"
        "code = main(['status', '--json'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'apscheduler')]\n"
        "print(code, bad)\n"
    )
    env = {"XDG_RUNTIME_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == "3 []"
