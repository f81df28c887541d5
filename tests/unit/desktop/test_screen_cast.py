"""The shared-screen sign read from what ``pw-dump -N`` prints: a video node that no device made,
read by another node through an active link (``pipewire_casts_screen``); what a broken answer
becomes (None, never an exception); where the app reads it.

The graphs in pw_dump_screen_cast.json are real ``pw-dump -N`` output, captured for these tests
from the private PipeWire 0.3.65 of tests/e2e/audio_server.py and cut down to nodes and links
(its "about" says how each was made). The cases around them are small edits of those graphs. The
same reader is run against a live PipeWire in tests/e2e/test_screen_cast.py.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from psoasbreak.core.quiet import QuietReason
from psoasbreak.desktop import media_streams
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.media_streams import (
    PipeWireRecording,
    PipeWireScreenCast,
    PulseRecording,
    Unreadable,
    build_media_sources,
    pipewire_casts_screen,
    pipewire_records_from_input,
)

SCREEN_SHARING = QuietReason.SCREEN_SHARING
SESSION = DesktopSession(DisplayServer.WAYLAND, (), "wayland-0")
CAPTURED: dict[str, Any] = json.loads(
    (Path(__file__).with_name("pw_dump_screen_cast.json")).read_text(encoding="utf-8")
)
#: The node ids in the captures: a Mutter/KWin-like cast (no media.class given), an xdpw-like cast
#: (Video/Source), and a camera-like node (Video/Source with device.api and device.id).
STREAM_CAST, SOURCE_CAST, CAMERA = 49, 52, 55


def graph(name: str) -> list[dict[str, Any]]:
    captured: list[dict[str, Any]] = copy.deepcopy(CAPTURED[name])
    return captured


def node(objects: list[dict[str, Any]], node_id: int) -> dict[str, Any]:
    found: dict[str, Any] = next(o for o in objects if o["id"] == node_id)
    return found


def links_from(objects: list[dict[str, Any]], node_id: int) -> list[dict[str, Any]]:
    return [
        o
        for o in objects
        if o["type"] == "PipeWire:Interface:Link" and o["info"]["output-node-id"] == node_id
    ]


def without_links_from(objects: list[dict[str, Any]], node_id: int) -> list[dict[str, Any]]:
    gone = {id(o) for o in links_from(objects, node_id)}
    return [o for o in objects if id(o) not in gone]


# -- the captures as they are ----------------------------------------------------------------------


def test_the_captures_are_what_they_say() -> None:
    """Guards the fixture: the classes PipeWire gave each stream, and who was linked."""
    consumed = graph("mutter_like_cast_consumed")
    assert node(consumed, STREAM_CAST)["info"]["props"]["media.class"] == "Stream/Output/Video"
    assert node(consumed, SOURCE_CAST)["info"]["props"]["media.class"] == "Video/Source"
    assert node(consumed, CAMERA)["info"]["props"]["device.api"] == "v4l2"
    assert [link["info"]["state"] for link in links_from(consumed, STREAM_CAST)] == ["active"]
    assert node(consumed, STREAM_CAST)["info"]["state"] == "running"
    assert links_from(consumed, SOURCE_CAST) == []
    assert [link["info"]["state"] for link in links_from(consumed, CAMERA)] == ["active"]
    idle = graph("nothing_consumed")
    assert not any(o["type"] == "PipeWire:Interface:Link" for o in idle)


@pytest.mark.parametrize("name", ["mutter_like_cast_consumed", "wlr_like_cast_consumed"])
def test_a_cast_being_read_is_screen_sharing(name: str) -> None:
    assert pipewire_casts_screen(graph(name)) is True


def test_casts_nobody_reads_are_not_screen_sharing() -> None:
    assert pipewire_casts_screen(graph("nothing_consumed")) is False


@pytest.mark.parametrize(
    ("name", "cast"),
    [("mutter_like_cast_consumed", STREAM_CAST), ("wlr_like_cast_consumed", SOURCE_CAST)],
)
def test_a_camera_being_read_is_no_screen_sharing(name: str, cast: int) -> None:
    """The camera-like node stays read in both captures; only the cast's link counts."""
    assert pipewire_casts_screen(without_links_from(graph(name), cast)) is False


def test_nor_is_any_of_it_a_microphone() -> None:
    for name in ("mutter_like_cast_consumed", "wlr_like_cast_consumed"):
        assert pipewire_records_from_input(graph(name)) is False


# -- edits of the captures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "device_property",
    [
        {"device.api": "libcamera"},
        {"device.id": 71},
        {"factory.name": "api.v4l2.source"},
        {"factory.name": "api.libcamera.source"},
    ],
    ids=["device.api", "device.id", "v4l2-factory", "libcamera-factory"],
)
def test_any_device_sign_makes_a_video_node_a_camera(device_property: dict[str, Any]) -> None:
    objects = graph("wlr_like_cast_consumed")
    node(objects, SOURCE_CAST)["info"]["props"].update(device_property)
    assert pipewire_casts_screen(objects) is False


@pytest.mark.parametrize("state", ["paused", "negotiating", "allocating", "error", None])
def test_only_an_active_link_is_being_read(state: str | None) -> None:
    objects = graph("mutter_like_cast_consumed")
    for link in links_from(objects, STREAM_CAST):
        link["info"]["state"] = state
    assert pipewire_casts_screen(objects) is False


@pytest.mark.parametrize(
    "media_class", ["Audio/Source", "Stream/Input/Video", "Video/Sink", "Stream/Output/Audio", 7]
)
def test_other_classes_are_no_cast(media_class: object) -> None:
    objects = graph("mutter_like_cast_consumed")
    node(objects, STREAM_CAST)["info"]["props"]["media.class"] = media_class
    assert pipewire_casts_screen(objects) is False


def test_the_name_is_not_what_counts() -> None:
    """A cast named like nothing known still counts; a camera named like xdpw does not."""
    objects = graph("wlr_like_cast_consumed")
    node(objects, SOURCE_CAST)["info"]["props"]["node.name"] = "some-other-compositor"
    assert pipewire_casts_screen(objects) is True
    objects = without_links_from(graph("wlr_like_cast_consumed"), SOURCE_CAST)
    node(objects, CAMERA)["info"]["props"]["node.name"] = "xdpw-stream-ABCDEF"
    assert pipewire_casts_screen(objects) is False


def test_a_link_to_no_listed_node_or_to_itself_is_not_read() -> None:
    objects = graph("mutter_like_cast_consumed")
    (link,) = links_from(objects, STREAM_CAST)
    link["info"]["input-node-id"] = 999
    assert pipewire_casts_screen(objects) is False
    link["info"]["input-node-id"] = STREAM_CAST
    assert pipewire_casts_screen(objects) is False


@pytest.mark.parametrize(
    "answer",
    [
        [],
        [None, 3, "node", {"type": "PipeWire:Interface:Node"}],
        [{"id": "49", "type": "PipeWire:Interface:Node", "info": {"props": {}}}],
        [{"id": 49, "type": "PipeWire:Interface:Node", "info": {"props": []}}],
        [{"id": True, "type": "PipeWire:Interface:Node", "info": None}],
        [{"type": "PipeWire:Interface:Link", "info": {"state": "active"}}],
    ],
)
def test_odd_objects_are_skipped(answer: list[object]) -> None:
    assert pipewire_casts_screen(answer) is False


def test_a_half_listed_cast_is_skipped() -> None:
    """A node whose info is missing (pw-dump prints null for a removed object) is no cast."""
    objects = graph("mutter_like_cast_consumed")
    node(objects, STREAM_CAST)["info"] = None
    assert pipewire_casts_screen(objects) is False


@pytest.mark.parametrize("answer", [{}, "nodes", 3, None])
def test_an_answer_that_is_no_list_is_unreadable(answer: object) -> None:
    with pytest.raises(Unreadable):
        pipewire_casts_screen(answer)


# -- the program -----------------------------------------------------------------------------------


def fake_pw_dump(tmp_path: Path, body: str) -> str:
    path = tmp_path / "pw-dump"
    path.write_text(f'#!/bin/sh\necho "$* LC_ALL=$LC_ALL" >> {tmp_path}/calls\n{body}\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def test_pw_dump_is_asked_without_colours(tmp_path: Path) -> None:
    (tmp_path / "dump.json").write_text(json.dumps(graph("wlr_like_cast_consumed")))
    program = fake_pw_dump(tmp_path, f"cat {tmp_path}/dump.json")
    assert PipeWireScreenCast(program, {"PATH": os.defpath}).quiet_reason() is SCREEN_SHARING
    assert (tmp_path / "calls").read_text().splitlines() == ["-N LC_ALL=C"]
    (tmp_path / "dump.json").write_text(json.dumps(graph("nothing_consumed")))
    assert PipeWireScreenCast(program, {"PATH": os.defpath}).quiet_reason() is None


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("echo 'pw-dump: can not connect: Host is down' >&2; exit 1", "exited 1"),
        ("echo '[{\"id\": 49, '", "not JSON"),
        ("echo '{\"id\": 49}'", "expected a JSON list"),
        ("exec sleep 5", "timed out"),
    ],
    ids=["fails", "cut-short", "an-object", "hangs"],
)
def test_a_failing_or_garbled_pw_dump_is_no_screen_sharing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    body: str,
    said: str,
) -> None:
    monkeypatch.setattr(media_streams, "TIMEOUT", 0.3)
    caplog.set_level(logging.DEBUG, logger=media_streams.__name__)
    source = PipeWireScreenCast(fake_pw_dump(tmp_path, body), {"PATH": os.defpath})
    assert source.quiet_reason() is None
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith("pw-dump: ") and said in message, message


def test_a_missing_pw_dump_is_no_screen_sharing(tmp_path: Path) -> None:
    assert PipeWireScreenCast(str(tmp_path / "gone")).quiet_reason() is None


# -- where ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("installed", "built"),
    [
        (("pactl", "pw-dump"), [PulseRecording, PipeWireScreenCast]),
        (("pw-dump",), [PipeWireRecording, PipeWireScreenCast]),
        (("pactl",), [PulseRecording]),
        ((), []),
    ],
)
def test_linux_reads_a_shared_screen_wherever_pw_dump_is(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    installed: tuple[str, ...],
    built: list[type],
) -> None:
    for name in installed:
        program = tmp_path / name
        program.write_text("#!/bin/sh\nexit 0\n")
        program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    caplog.set_level(logging.INFO, logger=media_streams.__name__)
    assert [type(s) for s in build_media_sources(SESSION)] == built
    said_missing = any("shared screen is not seen" in r.getMessage() for r in caplog.records)
    assert said_missing is ("pw-dump" not in installed)


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_platforms_read_no_screen_cast_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    program = tmp_path / "pw-dump"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    assert build_media_sources(SESSION) == []
