"""The microphone-in-use sign read from what ``pactl -f json`` and ``pw-dump`` print: which
streams count (an application's, uncorked, from a source that is no monitor), what a broken
answer becomes (None, never an exception), and which program the app uses where.

The answers here are cut down from what the real programs print (pulseaudio-utils 16.1 against
PulseAudio 16.1 and PipeWire 0.3.65). The same readers are run against the real servers in
tests/e2e/test_audio_server.py, and under the real app in tests/e2e/test_call_hold.py.
"""

from __future__ import annotations

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
    PulseRecording,
    Unreadable,
    build_media_sources,
    pipewire_records_from_input,
    real_inputs,
    recorded_sources,
    records_from_input,
)

MICROPHONE = QuietReason.MICROPHONE
SESSION = DesktopSession(DisplayServer.X11, (), ":0")


# -- pactl's answers -----------------------------------------------------------------------------


def source(index: int, name: str, *, monitor_of: str = "", **properties: str) -> dict[str, Any]:
    return {
        "index": index,
        "state": "RUNNING",
        "name": name,
        "monitor_source": monitor_of,  # pactl's key for the sink a monitor monitors
        "flags": ["DECIBEL_VOLUME", "LATENCY"],
        "properties": {"device.description": name, **properties},
    }


def stream(
    source: int, *, client: str | None = "7", corked: bool = False, **properties: str
) -> dict[str, Any]:
    return {
        "index": 40 + source,
        "driver": "protocol-native.c",
        "client": client,
        "source": source,
        "corked": corked,
        "properties": {"application.name": "a call app", **properties},
    }


SPEAKER_MONITOR = source(0, "speaker.monitor", monitor_of="speaker", **{"device.class": "monitor"})
MIC = source(1, "alsa_input.usb-mic", **{"device.class": "sound"})
SOURCES = [SPEAKER_MONITOR, MIC]


def test_an_application_recording_from_a_microphone_is_a_call() -> None:
    assert records_from_input([stream(1)], SOURCES)


def test_recording_what_the_speakers_play_is_not() -> None:
    assert not records_from_input([stream(0)], SOURCES)


@pytest.mark.parametrize(
    "monitor",
    [
        source(0, "out.monitor"),
        source(0, "desktop", monitor_of="out"),
        source(0, "desktop", **{"device.class": "monitor"}),
        # pactl 16 prints a name that is not ASCII as "(null)": the key still says monitor.
        source(0, "(null)", monitor_of="(null)"),
    ],
    ids=["name", "monitor_source", "device.class", "not-ascii"],
)
def test_any_sign_of_a_monitor_is_enough(monitor: dict[str, Any]) -> None:
    assert real_inputs([monitor]) == set()


def test_a_filter_is_followed_to_its_master() -> None:
    of_monitor = source(5, "desktop-audio", **{"device.master_device": "speaker.monitor"})
    of_filter = source(6, "louder", **{"device.master_device": "desktop-audio"})
    of_mic = source(7, "echo-cancelled", **{"device.master_device": "alsa_input.usb-mic"})
    assert real_inputs([*SOURCES, of_monitor, of_filter, of_mic]) == {1, 7}


def test_a_loop_of_masters_ends_and_an_unclear_master_is_an_input() -> None:
    a = source(5, "a", **{"device.master_device": "b"})
    b = source(6, "b", **{"device.master_device": "a"})
    twin = source(7, "(null)", monitor_of="(null)")
    other = source(8, "(null)")
    unclear = source(9, "filter", **{"device.master_device": "(null)"})
    assert real_inputs([a, b, twin, other, unclear]) == {5, 6, 8, 9}


@pytest.mark.parametrize(
    "not_counted",
    [
        stream(1, corked=True),
        stream(1, client=None),  # a module's own stream: a filter reading its master
        stream(1, client=""),
        stream(1, **{"application.id": "org.PulseAudio.pavucontrol"}),
        stream(1, **{"application.id": "org.gnome.VolumeControl"}),
        stream(3),  # a source not (or no longer) listed
    ],
    ids=["corked", "no-client", "empty-client", "pavucontrol", "gnome-settings", "unknown-source"],
)
def test_streams_that_are_no_call(not_counted: dict[str, Any]) -> None:
    assert not records_from_input([not_counted], SOURCES)
    assert records_from_input([not_counted, stream(1)], SOURCES)


@pytest.mark.parametrize(
    "broken",
    [
        {"source": 1, "client": "7"},  # no "corked"
        {"corked": False, "client": "7"},  # no "source"
        {"source": 1, "corked": False},  # no "client"
        {"source": "1", "corked": False, "client": "7"},
        {"source": True, "corked": False, "client": "7"},
        {"source": 1, "corked": "no", "client": "7"},
        {"source": 1, "corked": False, "client": "7", "properties": "not an object"},
    ],
)
def test_a_stream_the_answer_does_not_fully_describe_is_not_counted(
    broken: dict[str, Any],
) -> None:
    if "properties" in broken:  # odd properties only lose the level-meter check
        assert recorded_sources([broken]) == {1}
    else:
        assert recorded_sources([broken]) == set()


def test_items_that_are_not_objects_are_skipped_and_sources_without_an_index_too() -> None:
    assert recorded_sources([None, 3, "x", [], stream(1)]) == {1}
    nameless = {"index": 4, "monitor_source": ""}
    assert real_inputs([None, {"name": "no index"}, {"index": "2"}, nameless, MIC]) == {1, 4}


@pytest.mark.parametrize("answer", [None, {}, {"source-outputs": []}, "[]", 3])
def test_an_answer_that_is_no_list_is_unreadable(answer: object) -> None:
    with pytest.raises(Unreadable):
        recorded_sources(answer)
    with pytest.raises(Unreadable):
        real_inputs(answer)
    with pytest.raises(Unreadable):
        pipewire_records_from_input(answer)


# -- pw-dump's answers ---------------------------------------------------------------------------


def node(id: int, media_class: str, state: str = "running", **props: str) -> dict[str, Any]:
    return {
        "id": id,
        "type": "PipeWire:Interface:Node",
        "info": {"state": state, "props": {"media.class": media_class, **props}},
    }


def link(out: int, into: int, state: str = "active") -> dict[str, Any]:
    return {
        "id": 100 + into,
        "type": "PipeWire:Interface:Link",
        "info": {"output-node-id": out, "input-node-id": into, "state": state},
    }


GRAPH = [
    node(28, "", "suspended", **{"node.name": "Dummy-Driver"}),
    node(38, "Audio/Source/Virtual", **{"node.name": "mic"}),
    node(40, "Audio/Source", **{"node.name": "alsa_input.usb-mic"}),
    node(49, "Audio/Sink", **{"node.name": "speaker"}),
    node(57, "Stream/Input/Audio", **{"application.name": "a call app"}),
]


@pytest.mark.parametrize("input_node", [38, 40])
def test_pipewire_a_running_capture_linked_from_an_input_is_a_call(input_node: int) -> None:
    assert pipewire_records_from_input([*GRAPH, link(input_node, 57)])


@pytest.mark.parametrize(
    "graph",
    [
        [*GRAPH, link(49, 57)],  # from the sink: its monitor
        [*GRAPH, link(40, 57, state="paused")],
        [*GRAPH[:-1], node(57, "Stream/Input/Audio", "idle"), link(40, 57)],
        [*GRAPH[:-1], node(57, "Stream/Output/Audio"), link(40, 57)],
        [
            *GRAPH[:-1],
            node(57, "Stream/Input/Audio", **{"application.id": "org.PulseAudio.pavucontrol"}),
            link(40, 57),
        ],
        GRAPH,  # nothing linked
    ],
    ids=["monitor", "link-paused", "stream-idle", "not-a-capture", "level-meter", "no-link"],
)
def test_pipewire_what_is_no_call(graph: list[dict[str, Any]]) -> None:
    assert not pipewire_records_from_input(graph)


def test_pipewire_odd_objects_are_skipped() -> None:
    odd = [
        None,
        {"type": "PipeWire:Interface:Node", "id": 40},  # no info
        {"type": "PipeWire:Interface:Node", "id": "57", "info": {"state": "running"}},
        {"type": "PipeWire:Interface:Link", "info": "active"},
        {"type": "PipeWire:Interface:Link", "info": {}},
        {"info": {"props": None}},
    ]
    assert not pipewire_records_from_input(odd)
    assert pipewire_records_from_input([*odd, *GRAPH, link(40, 57)])


# -- the readers, with stand-in programs ---------------------------------------------------------


def fake_program(tmp_path: Path, name: str, body: str) -> str:
    """An executable shell script that records its arguments and environment, then does
    ``body``."""
    path = tmp_path / name
    calls = tmp_path / "calls"
    path.write_text(
        f'#!/bin/sh\necho "$* LC_ALL=$LC_ALL PULSE_SERVER=$PULSE_SERVER" >> {calls}\n{body}\n'
    )
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


def calls(tmp_path: Path) -> list[str]:
    path = tmp_path / "calls"
    return path.read_text().splitlines() if path.exists() else []


def answers(tmp_path: Path, outputs: object, sources: object = SOURCES) -> str:
    (tmp_path / "outputs.json").write_text(json.dumps(outputs))
    (tmp_path / "sources.json").write_text(json.dumps(sources))
    return (
        f'case "$4" in source-outputs) cat {tmp_path}/outputs.json ;; '
        f"sources) cat {tmp_path}/sources.json ;; *) exit 9 ;; esac"
    )


def test_pactl_is_asked_in_the_c_locale_in_the_given_environment(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "pactl", answers(tmp_path, [stream(1)]))
    env = {"PATH": os.defpath, "LC_ALL": "de_DE.UTF-8", "PULSE_SERVER": "unix:/test/native"}
    assert PulseRecording(program, env).quiet_reason() is MICROPHONE
    assert calls(tmp_path) == [
        "-f json list source-outputs LC_ALL=C PULSE_SERVER=unix:/test/native",
        "-f json list sources LC_ALL=C PULSE_SERVER=unix:/test/native",
    ]


def test_pactl_lists_the_sources_only_when_an_application_records(tmp_path: Path) -> None:
    program = fake_program(tmp_path, "pactl", answers(tmp_path, [stream(1, corked=True)]))
    assert PulseRecording(program, {"PATH": os.defpath}).quiet_reason() is None
    assert [call.split(" LC_ALL")[0] for call in calls(tmp_path)] == ["-f json list source-outputs"]


def test_the_app_s_own_environment_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/inherited")
    program = fake_program(tmp_path, "pactl", answers(tmp_path, [stream(0)]))
    assert PulseRecording(program).quiet_reason() is None
    assert calls(tmp_path)[-1].endswith("LC_ALL=C PULSE_SERVER=unix:/inherited")


@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("echo 'Connection failure: Connection refused' >&2; exit 1", "exited 1"),
        ("echo '[{\"source\": 1, '", "not JSON"),
        ("printf '\\377\\376'", "not JSON"),
        ("echo '{\"source-outputs\": []}'", "expected a JSON list"),
        ("exec sleep 5", "timed out"),
    ],
    ids=["fails", "cut-short", "not-utf8", "an-object", "hangs"],
)
def test_a_failing_or_garbled_program_is_no_call(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    body: str,
    said: str,
) -> None:
    monkeypatch.setattr(media_streams, "TIMEOUT", 0.3)
    caplog.set_level(logging.DEBUG, logger=media_streams.__name__)
    pactl = PulseRecording(fake_program(tmp_path, "pactl", body), {"PATH": os.defpath})
    pw_dump = PipeWireRecording(fake_program(tmp_path, "pw-dump", body), {"PATH": os.defpath})
    assert pactl.quiet_reason() is None
    assert pw_dump.quiet_reason() is None
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2 and all(said in m for m in messages), messages
    assert messages[0].startswith("pactl: ") and messages[1].startswith("pw-dump: ")


def test_a_missing_program_is_no_call(tmp_path: Path) -> None:
    assert PulseRecording(str(tmp_path / "gone")).quiet_reason() is None
    assert PipeWireRecording(str(tmp_path / "gone")).quiet_reason() is None


def test_pw_dump_is_read_without_colours(tmp_path: Path) -> None:
    (tmp_path / "dump.json").write_text(json.dumps([*GRAPH, link(38, 57)]))
    program = fake_program(tmp_path, "pw-dump", f"cat {tmp_path}/dump.json")
    assert PipeWireRecording(program, {"PATH": os.defpath}).quiet_reason() is MICROPHONE
    assert calls(tmp_path)[0].startswith("-N ")


# -- which program, where ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("installed", "built"),
    [
        (("pactl", "pw-dump"), PulseRecording),
        (("pw-dump",), PipeWireRecording),
        ((), None),
    ],
)
def test_linux_reads_pactl_else_pw_dump_else_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    installed: tuple[str, ...],
    built: type | None,
) -> None:
    for name in installed:
        fake_program(tmp_path, name, "exit 0")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    sources = build_media_sources(SESSION)
    if built is None:
        assert sources == []
    else:
        # The microphone's reader comes first; what follows it (the screen cast's) is
        # tests/unit/desktop/test_screen_cast.py's.
        assert type(sources[0]) is built


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_platforms_have_no_sound_server_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    fake_program(tmp_path, "pactl", "exit 0")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(sys, "platform", platform)
    assert build_media_sources(SESSION) == []
