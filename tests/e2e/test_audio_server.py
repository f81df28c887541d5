"""The microphone-in-use sign (issue 18) against real sound servers: a PulseAudio daemon, and
PipeWire with WirePlumber and pipewire-pulse, each with a virtual microphone and a null output
(tests/e2e/audio_server.py), and real clients recording from them (``parecord``, ``pw-record``).

The readers are the app's own, pointed at the test's server by their environment: ``pactl`` on
both servers, ``pw-dump`` on PipeWire. What a stream's JSON may say beyond that (garbage, missing
keys, corked streams, level meters) is tested on the parsing alone in
tests/unit/desktop/test_media_streams.py. Each server starts in well under a second.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoasbreak.core.quiet import QuietReason, QuietSource
from psoasbreak.desktop.media_streams import PipeWireRecording, PulseRecording
from tests.e2e.audio_server import (
    DESKTOP_AUDIO,
    MIC,
    MONITOR,
    AudioServer,
    audio_server,
    require,
)
from tests.e2e.xsession import poll

pytestmark = pytest.mark.e2e

MICROPHONE = QuietReason.MICROPHONE
SETTLE = 10.0


@pytest.fixture(scope="module")
def pulseaudio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AudioServer]:
    with audio_server("pulseaudio", tmp_path_factory.mktemp("pulseaudio")) as server:
        yield server


@pytest.fixture(scope="module")
def pipewire(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AudioServer]:
    with audio_server("pipewire", tmp_path_factory.mktemp("pipewire")) as server:
        yield server


def reader(server: AudioServer, program: str) -> QuietSource:
    path = shutil.which(program)
    assert path is not None
    if program == "pactl":
        return PulseRecording(path, server.env)
    return PipeWireRecording(path, server.env)


def settles_on(source: QuietSource, expected: QuietReason | None, what: str) -> None:
    poll(lambda: source.quiet_reason() is expected, SETTLE, what)


@pytest.mark.parametrize(
    ("kind", "program"),
    [("pulseaudio", "pactl"), ("pipewire", "pactl"), ("pipewire", "pw-dump")],
)
def test_recording_from_the_microphone_is_a_call_and_from_the_monitor_is_not(
    request: pytest.FixtureRequest, kind: str, program: str
) -> None:
    server: AudioServer = request.getfixturevalue(kind)
    source = reader(server, program)
    assert source.quiet_reason() is None, "nothing records"
    with server.recording(MONITOR):
        assert source.quiet_reason() is None, "a recording of what the speakers play"
        with server.recording(MIC):
            settles_on(source, MICROPHONE, "the recording from the microphone to be seen")
        settles_on(source, None, "the microphone to be free again (the monitor still records)")
    assert source.quiet_reason() is None


def test_a_filter_of_the_monitor_is_no_microphone(pulseaudio: AudioServer) -> None:
    """module-remap-source of the monitor is a source that is no monitor itself: its master,
    named in device.master_device, is. Its own stream from the monitor, a module's with no
    client, runs all the while too."""
    source = reader(pulseaudio, "pactl")
    modules_stream = [s for s in pulseaudio.pactl_json("source-outputs") if s["client"] is None]
    assert modules_stream and modules_stream[0]["corked"] is False
    with pulseaudio.recording(DESKTOP_AUDIO):
        assert source.quiet_reason() is None
        with pulseaudio.recording(MIC):
            settles_on(source, MICROPHONE, "the recording from the microphone to be seen")


def test_no_server_is_no_call(tmp_path: Path) -> None:
    require("pulseaudio")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    for program in ("pactl", "pw-dump"):
        path = shutil.which(program)
        if path is not None:
            found = (
                PulseRecording(path, env) if program == "pactl" else PipeWireRecording(path, env)
            )
            assert found.quiet_reason() is None, program
