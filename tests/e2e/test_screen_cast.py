"""The shared-screen sign (issue 18) against a real PipeWire 0.3.65 with WirePlumber
(tests/e2e/audio_server.py): real video streams made the way a compositor makes a screen cast
(GStreamer's ``pipewiresink``, a pw_stream that drives itself and waits to be read), read by a
real client (``pipewiresrc``), and the app's own ``pw-dump`` reader pointed at that PipeWire.

Both kinds of cast node are made: one with no media.class, which PipeWire names
Stream/Output/Video (Mutter's and KWin's), and one that names itself Video/Source
(xdg-desktop-portal-wlr's). The camera-like node is a stream the test marks as a device
(device.api, device.id), as WirePlumber's v4l2 monitor marks a real camera's node; no camera
is opened. What a dump may say beyond this is tested on captured JSON in
tests/unit/desktop/test_screen_cast.py.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from psoasbreak.core.quiet import QuietReason
from psoasbreak.desktop.media_streams import PipeWireRecording, PipeWireScreenCast
from tests.e2e.audio_server import (
    AudioServer,
    audio_server,
    require,
    require_video,
    video_reader,
    video_stream,
)
from tests.e2e.xsession import poll

pytestmark = pytest.mark.e2e

SCREEN_SHARING = QuietReason.SCREEN_SHARING
SETTLE = 10.0


@pytest.fixture(scope="module")
def pipewire(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AudioServer]:
    require("pipewire")
    require_video()
    with audio_server("pipewire", tmp_path_factory.mktemp("pipewire")) as server:
        yield server


def pw_dump() -> str:
    path = shutil.which("pw-dump")
    assert path is not None
    return path


def reader(server: AudioServer) -> PipeWireScreenCast:
    return PipeWireScreenCast(pw_dump(), server.env)


def settles_on(source: PipeWireScreenCast, expected: QuietReason | None, what: str) -> None:
    poll(lambda: source.quiet_reason() is expected, SETTLE, what)


@pytest.mark.parametrize(
    "properties",
    [{}, {"media.class": "Video/Source"}],
    ids=["stream-output-video", "video-source"],
)
def test_a_cast_is_screen_sharing_while_it_is_read(
    pipewire: AudioServer, properties: dict[str, str]
) -> None:
    source = reader(pipewire)
    with video_stream(pipewire, "psoasbreak-test-cast", **properties) as cast:
        assert source.quiet_reason() is None, "a cast nobody reads yet"
        with video_reader(pipewire, cast):
            assert source.quiet_reason() is SCREEN_SHARING
            microphone = PipeWireRecording(pw_dump(), pipewire.env)
            assert microphone.quiet_reason() is None, "a video stream is no microphone"
        settles_on(source, None, "the cast to be unread once its reader is gone")
    assert source.quiet_reason() is None


def test_a_camera_being_read_is_not_screen_sharing(pipewire: AudioServer) -> None:
    source = reader(pipewire)
    camera = {"media.class": "Video/Source", "device.api": "v4l2", "device.id": "99"}
    with (
        video_stream(pipewire, "v4l2_input.psoasbreak-test-camera", **camera) as node,
        video_reader(pipewire, node),
    ):
        assert source.quiet_reason() is None
