"""``psoasbreak --verbose``: the real tray app under Xvfb and trayer prints its log on stderr too,
and the log file gets the same lines."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.xsession import AppEnv, describe, poll, run_cli, stop_process, tail

pytestmark = pytest.mark.e2e

STARTED = "INFO psoasbreak.app: started; next break at "


def test_verbose_prints_the_log_on_stderr_and_quit_still_ends_the_app(app_env: AppEnv) -> None:
    stderr_path = app_env.tmp_path / "verbose.stderr"
    log_file = Path(app_env["XDG_STATE_HOME"], "psoasbreak", "log", "psoasbreak.log")
    app_env.xsession.reset_idle()
    with stderr_path.open("wb") as err:
        proc = subprocess.Popen(
            [app_env.psoasbreak(), "--verbose"],
            env=dict(app_env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:

        def started() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"the app exited with {proc.returncode}:\n{tail(stderr_path)}")
            return STARTED in stderr_path.read_text(errors="replace")

        poll(started, 30, "the 'started' log line on stderr", on_timeout=lambda: tail(stderr_path))
        quit_result = run_cli(app_env, "quit")
        assert quit_result.returncode == 0, describe(quit_result)
        assert proc.wait(15) == 0, tail(stderr_path)
    finally:
        stop_process(proc)
    assert STARTED in log_file.read_text(), tail(log_file)
    assert "Traceback" not in stderr_path.read_text(errors="replace")
