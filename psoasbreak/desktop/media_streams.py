"""The microphone of a call, as the sound server tells it: an application recording from a real
input, not from a monitor of an output.

A call app records from the microphone for the whole call, muted or not, and little else on a
desktop records from one for long. Both Linux sound servers answer the PulseAudio protocol
(PipeWire through pipewire-pulse), so ``pactl`` reads either; a PipeWire without pipewire-pulse is
read with ``pw-dump``. Like every quiet source these programs are run only when a break falls due
and once a minute while it waits (core/session.py), never polled; a program that fails, hangs or
answers nonsense is a debug line and None, so a broken sound server never holds a prompt. Both
readers are tested against real servers (tests/e2e/test_audio_server.py).

Not a microphone in use:

- a monitor: recording what the speakers play (a screen recorder, a visualiser), also through a
  PulseAudio filter whose master is a monitor (``device.master_device`` is followed; PipeWire's
  filters name no master, so there such a filter reads as an input);
- a corked (paused) stream;
- a stream with no client, a module's own (a filter or loopback reading its master): it reads on
  another stream's behalf, and that stream, an application's, is counted on its own;
- the input level meters of GNOME's sound settings and pavucontrol, which GNOME Shell's
  microphone indicator skips for the same reason.

The camera and a shared screen are not read from PipeWire here. A camera behind PipeWire is opened
by the pipewire process, which desktop/devices.py's ``/dev/video`` scan sees already (and most call
apps open the camera themselves). A screen cast is a Video/Source node of the compositor's, which
no test here can make without a real compositor and portal; guessing at its properties untested
could hold prompts for nothing.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TypeGuard

from psoasbreak.core.quiet import QuietReason, QuietSource
from psoasbreak.desktop.environment import DesktopSession

log = logging.getLogger(__name__)

MICROPHONE = QuietReason.MICROPHONE
#: Apps that record only to draw the input's level (GNOME Shell's indicator skips these two).
LEVEL_METERS = frozenset({"org.gnome.VolumeControl", "org.PulseAudio.pavucontrol"})
#: How many filters deep a source's master is followed (a loop must end somewhere).
MAX_FILTER_DEPTH = 8
#: Seconds a program may take; it runs in the event loop, like GSettingsBanners' gsettings.
TIMEOUT = 2


class Unreadable(Exception):
    """A program's answer could not be had or made sense of."""


# -- pactl: the PulseAudio protocol, PulseAudio's and pipewire-pulse's ---------------------------


def recorded_sources(source_outputs: object) -> set[int]:
    """The indices of the sources applications record from now, from ``pactl -f json list
    source-outputs``. A stream the answer does not fully describe is not counted: a prompt held
    for nothing is worse than one that a broken answer lets through."""
    found = set()
    for stream in _objects(source_outputs):
        source = stream.get("source")
        if (
            stream.get("corked") is False
            and stream.get("client") not in (None, "")
            and _is_index(source)
            and _properties(stream).get("application.id") not in LEVEL_METERS
        ):
            found.add(source)
    return found


def real_inputs(sources: object) -> set[int]:
    """The indices of the sources that are not monitors, from ``pactl -f json list sources``."""
    listed = list(_objects(sources))
    by_name: dict[str, list[dict[str, Any]]] = {}
    for source in listed:
        name = source.get("name")
        if isinstance(name, str):
            by_name.setdefault(name, []).append(source)
    return {
        source["index"]
        for source in listed
        if _is_index(source.get("index")) and not _is_monitor(source, by_name)
    }


def _is_monitor(source: dict[str, Any], by_name: Mapping[str, list[dict[str, Any]]]) -> bool:
    # pactl 16 writes a name that is not ASCII as "(null)", so a master is followed only when its
    # name is unique; a monitor's "monitor_source" (the sink it monitors) is then "(null)" too,
    # which still says monitor.
    for _ in range(MAX_FILTER_DEPTH):
        properties = _properties(source)
        name = source.get("name")
        monitors = source.get("monitor_source")
        if (
            (isinstance(monitors, str) and monitors != "")
            or properties.get("device.class") == "monitor"
            or (isinstance(name, str) and name.endswith(".monitor"))
        ):
            return True
        master = properties.get("device.master_device")
        masters = by_name.get(master, []) if isinstance(master, str) else []
        if len(masters) != 1:
            return False
        source = masters[0]
    return False


def records_from_input(source_outputs: object, sources: object) -> bool:
    return bool(recorded_sources(source_outputs) & real_inputs(sources))


class PulseRecording:
    """The microphone in use, read with ``pactl`` (pulseaudio-utils) over the PulseAudio protocol.

    The streams are read first, and the sources only when some application records: most
    answers cost one ``pactl`` run (15–35 ms measured on a busy 2-CPU VM). ``env`` is the environment it runs in (the
    app's own when None), which says which server to ask (PULSE_SERVER, XDG_RUNTIME_DIR)."""

    def __init__(self, program: str, env: Mapping[str, str] | None = None) -> None:
        self._program = program
        self._env = env

    def quiet_reason(self) -> QuietReason | None:
        try:
            recorded = recorded_sources(self._list("source-outputs"))
            if not recorded:
                return None
            inputs = real_inputs(self._list("sources"))
        except Unreadable as exc:
            log.debug("pactl: %s", exc)
            return None
        return MICROPHONE if recorded & inputs else None

    def _list(self, what: str) -> object:
        return run_json([self._program, "-f", "json", "list", what], self._env)


# -- pw-dump: PipeWire's own graph ---------------------------------------------------------------


def pipewire_records_from_input(objects: object) -> bool:
    """From ``pw-dump``'s objects: a running capture stream (Stream/Input/Audio) has an active
    link from an input node (Audio/Source, Audio/Source/Virtual). A capture of a sink's monitor
    is linked from the sink (Audio/Sink), and is not counted."""
    nodes: dict[int, dict[str, Any]] = {}
    links: list[dict[str, Any]] = []
    for obj in _objects(objects):
        info = obj.get("info")
        if not isinstance(info, dict):
            continue
        if obj.get("type") == "PipeWire:Interface:Node" and _is_index(obj.get("id")):
            nodes[obj["id"]] = info
        elif obj.get("type") == "PipeWire:Interface:Link":
            links.append(info)
    inputs = {i for i, info in nodes.items() if _media_class(info).startswith("Audio/Source")}
    streams = {
        i
        for i, info in nodes.items()
        if _media_class(info) == "Stream/Input/Audio"
        and info.get("state") == "running"
        and _properties(info).get("application.id") not in LEVEL_METERS
    }
    return any(
        link.get("state") == "active"
        and link.get("output-node-id") in inputs
        and link.get("input-node-id") in streams
        for link in links
    )


class PipeWireRecording:
    """The microphone in use, read with ``pw-dump`` (pipewire-bin), for a PipeWire that has no
    pipewire-pulse to answer ``pactl``. ``env`` as for PulseRecording (PIPEWIRE_REMOTE,
    XDG_RUNTIME_DIR)."""

    def __init__(self, program: str, env: Mapping[str, str] | None = None) -> None:
        self._program = program
        self._env = env

    def quiet_reason(self) -> QuietReason | None:
        try:
            recording = pipewire_records_from_input(run_json([self._program, "-N"], self._env))
        except Unreadable as exc:
            log.debug("pw-dump: %s", exc)
            return None
        return MICROPHONE if recording else None


# -- shared ---------------------------------------------------------------------------------------


def run_json(args: Sequence[str], env: Mapping[str, str] | None) -> object:
    """Run a program and decode the JSON it prints; Unreadable when it cannot be had.

    In the C locale: pactl prints its JSON numbers with printf, so a German locale's decimal
    comma would make them invalid JSON."""
    import subprocess

    child_env = dict(os.environ if env is None else env)
    child_env["LC_ALL"] = "C"
    try:
        done = subprocess.run(
            list(args), capture_output=True, timeout=TIMEOUT, check=False, env=child_env
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise Unreadable(str(exc)) from exc
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip()[:200]
        raise Unreadable(f"exited {done.returncode}: {said}")
    try:
        return json.loads(done.stdout)
    except (ValueError, RecursionError) as exc:
        raise Unreadable(f"not JSON: {exc}") from exc


def _objects(answer: object) -> list[dict[str, Any]]:
    """The objects of a JSON list; anything else in it is skipped. Unreadable if not a list."""
    if not isinstance(answer, list):
        raise Unreadable(f"expected a JSON list, got {type(answer).__name__}")
    return [item for item in answer if isinstance(item, dict)]


def _properties(obj: Mapping[str, Any]) -> dict[str, Any]:
    properties = obj.get("properties", obj.get("props"))
    return properties if isinstance(properties, dict) else {}


def _media_class(info: Mapping[str, Any]) -> str:
    media_class = _properties(info).get("media.class")
    return media_class if isinstance(media_class, str) else ""


def _is_index(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def build_media_sources(session: DesktopSession) -> list[QuietSource]:
    """Linux's recording streams: through ``pactl`` where it is installed, which answers both
    servers, else through ``pw-dump``; nothing where neither is."""
    if not sys.platform.startswith("linux"):
        return []
    import shutil

    pactl = shutil.which("pactl")
    if pactl is not None:
        return [PulseRecording(pactl)]
    pw_dump = shutil.which("pw-dump")
    if pw_dump is not None:
        return [PipeWireRecording(pw_dump)]
    log.info("neither pactl nor pw-dump is installed: a microphone in use is not seen")
    return []
