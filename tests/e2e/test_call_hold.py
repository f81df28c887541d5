"""Never during a call (issue 18), end to end: the real app under Xvfb, a real PulseAudio daemon
(tests/e2e/audio_server.py) and real ``parecord`` clients: one records the speakers' monitor all
along, which is no call; one records from the virtual microphone. The break that falls due during
that recording is held back, and its prompt comes at the first re-check after the recording ends
(once a minute: core/session.py), while the monitor still records.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.audio_server import MIC, MONITOR, audio_server
from tests.e2e.xsession import AppEnv, RunningApp, wait_held_back

pytestmark = pytest.mark.e2e

PROMPT_TITLE = r"^Time to stand up"
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0}


@pytest.mark.slow
def test_a_break_due_while_the_microphone_records_waits_for_the_recording_to_end(
    app_env: AppEnv, tmp_path: Path
) -> None:
    app_env.write_config({**QUIET, "interval_min_minutes": 1, "interval_max_minutes": 1})
    with audio_server("pulseaudio", tmp_path / "pulseaudio") as pulse:
        # The app finds the server as a desktop's apps do; its XDG_RUNTIME_DIR is its own.
        app_env["PULSE_SERVER"] = pulse.pulse_server
        with RunningApp(app_env) as app, pulse.recording(MONITOR):
            # What the speakers play is recorded all along (a screen recorder): no call.
            with pulse.recording(MIC):
                held = wait_held_back(app, "the microphone is in use")
                assert held["waiting_for"] == "microphone", held
                assert app.find_window(PROMPT_TITLE) is None
                app.screenshot("held")
            prompt = app.wait_for(lambda: app.find_window(PROMPT_TITLE), 75, "the held prompt")
            assert prompt.mapped
            assert app.status()["state"] == "prompting"
