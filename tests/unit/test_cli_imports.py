"""``psoasbreak status`` loads only what it uses (issue 21): every module it imports is part of
its round trip, which is measured in milliseconds. The command builds the whole parser, so the
other commands' arguments must be declared without their code (the history, CSV and programme
modules, the settings and the exercise library), and what it needs must not import dataclasses
(with the inspect module it imports, a tenth of the round trip)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

#: What answering ``status`` needs: the parser, the control client and the paths it finds the
#: socket by.
STATUS_NEEDS = {
    "psoasbreak",
    "psoasbreak.cli",
    "psoasbreak.cli.main",
    "psoasbreak.cli.control",
    "psoasbreak.cli.exit_codes",
    "psoasbreak.cli.history_args",
    "psoasbreak.desktop",
    "psoasbreak.desktop.control_client",
    "psoasbreak.desktop.control_protocol",
    "psoasbreak.desktop.peer",
    "psoasbreak.storage",
    "psoasbreak.storage.paths",
}


def test_status_imports_only_the_control_client_and_never_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from psoasbreak.cli import main\n"
        "code = main(['status'])\n"
        "print(code, sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('psoasbreak', 'PySide6', 'shiboken6', 'tomllib',"
        " 'dataclasses', 'inspect')))\n"
    )
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env = {"HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(run), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    exit_code, modules = done.stdout.strip().split(" ", 1)
    assert exit_code == "3", done  # nothing runs here: EXIT_NOT_RUNNING, after the whole parse
    loaded = set(ast.literal_eval(modules))
    assert loaded <= STATUS_NEEDS, f"status loaded {sorted(loaded - STATUS_NEEDS)}"
    assert {"psoasbreak.cli.control", "psoasbreak.desktop.control_client"} <= loaded
