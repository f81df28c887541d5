"""The microphone of a call, as the sound server tells it: an application recording from a real
input, not from a monitor of an output; and a shared screen, as PipeWire tells it.

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

A shared screen is read from PipeWire's graph too (``pw-dump``): see ``pipewire_casts_screen``.
The camera is not read here: a camera behind PipeWire is opened by the pipewire process, which
desktop/devices.py's ``/dev/video`` scan sees already (and most call apps open the camera
themselves).
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
SCREEN_SHARING = QuietReason.SCREEN_SHARING
#: Apps that record only to draw the input's level (GNOME Shell's indicator skips these two).
LEVEL_METERS = frozenset({"org.gnome.VolumeControl", "org.PulseAudio.pavucontrol"})
#: How many filters deep a source's master is followed (a loop must end somewhere).
MAX_FILTER_DEPTH = 8
#: The media.class of a screen cast's node: Video/Source where the producer names it so
#: (xdg-desktop-portal-wlr), Stream/Output/Video where it names none and PipeWire makes one up for
#: an output stream of video (GNOME's Mutter, KDE's KWin). See pipewire_casts_screen.
SCREEN_CAST_CLASSES = frozenset({"Video/Source", "Stream/Output/Video"})
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
    nodes, links = _graph(objects)
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


def pipewire_casts_screen(objects: object) -> bool:
    """From ``pw-dump``'s objects: a screen cast is being watched. The ScreenCast portal has the
    compositor (or the portal itself) make a PipeWire video stream, and the app that shares the
    screen reads it: a node of video that no device made, with an active link from it to
    another node.

    What the producers make, read in their sources:

    - GNOME: Mutter's ``meta-screen-cast-stream-src.c`` calls ``pw_stream_new(core,
      "meta-screen-cast-src", props)`` with no media.class (only node.supports-request) and
      connects it PW_DIRECTION_OUTPUT with PW_STREAM_FLAG_DRIVER; PipeWire's ``stream.c`` then
      sets media.class ``Stream/%s/%s`` from the direction and the format's media type:
      ``Stream/Output/Video`` (media.name "meta-screen-cast-src").
    - KDE: KWin's ``src/plugins/screencast/screencaststream.cpp`` calls ``pw_stream_new(core,
      "kwin-screencast-" + objectName, nullptr)``, the same way: ``Stream/Output/Video``.
    - wlroots (sway and others): xdg-desktop-portal-wlr's
      ``src/screencast/pipewire_screencast.c`` calls ``pw_stream_new(core,
      "xdpw-stream-XXXXXX", {media.class = "Video/Source"})``: ``Video/Source``.

    No name is matched (each producer names its node its own way); the class, no device and
    the link say enough. What is not counted:

    - a camera: WirePlumber 0.4's v4l2 and libcamera monitors give their nodes (Video/Source)
      device.id ("REQUIRED" in ``monitors/v4l2.lua`` and ``libcamera.lua``) and the SPA factory
      as factory.name (``api.v4l2.source`` in libspa-v4l2; ``api.libcamera.source``); the
      SPA device sets device.api. A camera is desktop/devices.py's;
    - a cast nobody reads: between the portal's Start and the app's connecting, or after the
      app let go, the node has no link (PipeWire 0.3.65 shows it "suspended" or "idle");
    - a link not "active" (still negotiating, or paused), as for the microphone.

    Counted though not a call: a screen recorder reading a cast through the portal. Counted
    as a shared screen though it may not be one: an application's own video source that is no
    device (a virtual camera) while a call app reads it, which is a call anyway. No sign at
    all: an X11 session, where apps read the screen from the X server itself, and any screen
    share that does not go through PipeWire."""
    nodes, links = _graph(objects)
    casts = {
        i
        for i, info in nodes.items()
        if _media_class(info) in SCREEN_CAST_CLASSES and not _is_device(info)
    }
    return any(
        link.get("state") == "active"
        and link.get("output-node-id") in casts
        and link.get("input-node-id") in nodes
        and link.get("input-node-id") != link.get("output-node-id")
        for link in links
    )


def _graph(objects: object) -> tuple[dict[int, dict[str, Any]], list[dict[str, Any]]]:
    """``pw-dump``'s nodes (by id) and links, each its "info"; Unreadable if not a list."""
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
    return nodes, links


def _is_device(info: Mapping[str, Any]) -> bool:
    properties = _properties(info)
    factory = properties.get("factory.name")
    return (
        "device.id" in properties
        or "device.api" in properties
        or (isinstance(factory, str) and factory.startswith("api."))
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


class PipeWireScreenCast:
    """A shared screen, read with ``pw-dump`` (pipewire-bin): see ``pipewire_casts_screen``.
    Its own ``pw-dump`` run, apart from PipeWireRecording's: that one runs only where pactl is
    missing, and a run is cheap (under 10 ms on the small graph of the e2e test). ``env`` as for
    PulseRecording."""

    def __init__(self, program: str, env: Mapping[str, str] | None = None) -> None:
        self._program = program
        self._env = env

    def quiet_reason(self) -> QuietReason | None:
        try:
            casting = pipewire_casts_screen(run_json([self._program, "-N"], self._env))
        except Unreadable as exc:
            log.debug("pw-dump: %s", exc)
            return None
        return SCREEN_SHARING if casting else None


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
    servers, else through ``pw-dump``; and a shared screen through ``pw-dump``, whether pactl is
    there or not. Nothing that a missing program would read."""
    if not sys.platform.startswith("linux"):
        return []
    import shutil

    sources: list[QuietSource] = []
    pactl = shutil.which("pactl")
    pw_dump = shutil.which("pw-dump")
    if pactl is not None:
        sources.append(PulseRecording(pactl))
    elif pw_dump is not None:
        sources.append(PipeWireRecording(pw_dump))
    else:
        log.info("neither pactl nor pw-dump is installed: a microphone in use is not seen")
    if pw_dump is not None:
        sources.append(PipeWireScreenCast(pw_dump))
    else:
        log.info("pw-dump is not installed: a shared screen is not seen")
    return sources
