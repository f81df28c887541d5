"""Real sound servers for tests: a PulseAudio daemon, or PipeWire with WirePlumber and
pipewire-pulse, each in a private runtime folder, with a virtual microphone and a null output
whose monitor records what it plays; and real recording clients (``parecord``, ``pw-record``).

Nothing of the machine's own is touched: each server gets its own HOME and XDG folders (and
WirePlumber a session bus of its own), no sound card, camera or Bluetooth monitor is loaded, and
clients reach it only through ``AudioServer.env`` (or ``pulse_server`` for PULSE_SERVER). Runs as
root too (PulseAudio only warns). Everything waits by polling with a deadline; a failure shows the
tails of the servers' logs.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.e2e.xsession import SessionError, StopWaiting, clean_environ, poll, stop_process, tail
from tests.needs import unavailable
from tests.private_bus import BUS_CONFIG

#: The virtual microphone: a source that is not a monitor (PulseAudio's module-null-source,
#: PipeWire's Audio/Source/Virtual null node, as PipeWire's wiki makes a virtual microphone).
MIC = "psoasbreak-test-mic"
#: A null output; its monitor records what is played to it.
SPEAKER = "psoasbreak-test-speaker"
MONITOR = f"{SPEAKER}.monitor"
#: PulseAudio only: a filter (module-remap-source) of the monitor, a source that is no monitor
#: itself but whose master is one. (pipewire-pulse's remap does not name its master.)
DESKTOP_AUDIO = "psoasbreak-test-desktop-audio"
START_TIMEOUT = 15.0
RECORD_TIMEOUT = 10.0

#: Programs each kind of server needs, with the Debian package that ships each.
PROGRAMS = {
    "pulseaudio": {
        "pulseaudio": "pulseaudio",
        "pactl": "pulseaudio-utils",
        "parecord": "pulseaudio-utils",
    },
    "pipewire": {
        "pipewire": "pipewire-bin",
        "pipewire-pulse": "pipewire-pulse",
        "wireplumber": "wireplumber",
        "pw-dump": "pipewire-bin",
        "pw-record": "pipewire-bin",
        "pactl": "pulseaudio-utils",
        "dbus-daemon": "dbus",
    },
}

#: WirePlumber as a desktop runs it, less Bluetooth (``bluetooth.lua``) and the sound card and
#: camera monitors (``NO_DEVICES``): it links streams to their targets and nothing else.
WIREPLUMBER_CONF = """\
context.properties = { log.level = 2 wireplumber.script-engine = lua-scripting }
context.spa-libs = {
  audio.convert.* = audioconvert/libspa-audioconvert
  support.*       = support/libspa-support
}
context.modules = [
  { name = libpipewire-module-protocol-native }
  { name = libpipewire-module-client-node }
  { name = libpipewire-module-client-device }
  { name = libpipewire-module-adapter }
  { name = libpipewire-module-metadata }
  { name = libpipewire-module-session-manager }
]
wireplumber.components = [
  { name = libwireplumber-module-lua-scripting, type = module }
  { name = main.lua, type = config/lua }
  { name = policy.lua, type = config/lua }
]
"""
NO_DEVICES = """\
alsa_monitor.enabled = false
v4l2_monitor.enabled = false
libcamera_monitor.enabled = false
"""


def require(kind: str) -> None:
    """Skip when this machine lacks a program the server needs (fail on CI)."""
    missing = [f"{p} ({pkg})" for p, pkg in PROGRAMS[kind].items() if shutil.which(p) is None]
    if missing:
        unavailable(
            f"a real {kind} needs {', '.join(missing)}; "
            "install them with packaging/linux/install-system-deps --test",
            ", ".join(sorted({pkg for p, pkg in PROGRAMS[kind].items() if not shutil.which(p)})),
        )


@dataclass
class AudioServer:
    kind: str
    workdir: Path
    env: dict[str, str]
    procs: list[tuple[str, subprocess.Popen[bytes], Path]] = field(default_factory=list)
    _recorders: int = 0

    @property
    def runtime_dir(self) -> Path:
        return Path(self.env["XDG_RUNTIME_DIR"])

    @property
    def pulse_server(self) -> str:
        """PULSE_SERVER for a client with an environment of its own (the app under test)."""
        return f"unix:{self.runtime_dir / 'pulse' / 'native'}"

    # -- asking it -------------------------------------------------------------------------------

    def pactl(self, *args: str) -> str:
        done = subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10, check=False
        )
        if done.returncode != 0:
            raise SessionError(f"pactl {' '.join(args)} exited {done.returncode}: {done.stderr}")
        return done.stdout

    def pactl_json(self, what: str) -> list[dict[str, Any]]:
        answer = json.loads(self.pactl("-f", "json", "list", what))
        assert isinstance(answer, list)
        return answer

    def pw_dump(self) -> list[dict[str, Any]]:
        done = subprocess.run(
            ["pw-dump", "-N"], env=self.env, capture_output=True, text=True, timeout=10, check=True
        )
        answer = json.loads(done.stdout)
        assert isinstance(answer, list)
        return answer

    def source_names(self) -> set[str]:
        return {s["name"] for s in self.pactl_json("sources")}

    # -- recording -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def recording(self, source: str) -> Iterator[subprocess.Popen[bytes]]:
        """A real client recording from ``source`` until the block ends: ``parecord`` on
        PulseAudio, ``pw-record`` (a native PipeWire client) on PipeWire. Yields once the server
        lists the stream running (uncorked, on that source)."""
        self._recorders += 1
        tag = f"psoasbreak-test-recorder-{self._recorders}"
        log = self.workdir / f"{tag}.log"
        if self.kind == "pulseaudio":
            args = ["parecord", f"--device={source}", f"--client-name={tag}", "/dev/null"]
        else:
            # pw-record records a sink's monitor by targeting the sink, with stream.capture.sink.
            monitor = source == MONITOR
            properties = f"application.name = {tag}" + (" stream.capture.sink = true" * monitor)
            target = SPEAKER if monitor else source
            args = ["pw-record", "--target", target, "-P", f"{{ {properties} }}", "-"]
        with log.open("wb") as err:
            proc = subprocess.Popen(
                args, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
            )
        try:

            def running() -> bool:
                if proc.poll() is not None:
                    raise StopWaiting(f"{args[0]} exited {proc.returncode}: {tail(log)}")
                return self._stream_running(tag, source)

            poll(
                running, RECORD_TIMEOUT, f"{args[0]} to record from {source}", on_timeout=self.logs
            )
            yield proc
        finally:
            stop_process(proc)

    def _stream_running(self, tag: str, source: str) -> bool:
        names = {s["index"]: s["name"] for s in self.pactl_json("sources")}
        listed = any(
            s["properties"].get("application.name") == tag
            and s["corked"] is False
            and names.get(s["source"]) == source
            for s in self.pactl_json("source-outputs")
        )
        if not listed or self.kind == "pulseaudio":
            return listed
        return any(  # pw-dump's own view, which PipeWireRecording reads, has caught up too
            o["type"] == "PipeWire:Interface:Node"
            and o["info"]["props"].get("application.name") == tag
            and o["info"]["state"] == "running"
            for o in self.pw_dump()
        )

    # -- lifetime --------------------------------------------------------------------------------

    def spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        log = self.workdir / f"{name}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                args, env=self.env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT
            )
        self.procs.append((name, proc, log))
        return proc

    def check_alive(self) -> None:
        for name, proc, log in self.procs:
            if proc.poll() is not None:
                raise StopWaiting(f"{name} exited with {proc.returncode}:\n{tail(log)}")

    def wait_until(self, what: str, ready: Any) -> None:
        def check() -> bool:
            self.check_alive()
            return bool(ready())

        poll(check, START_TIMEOUT, what, on_timeout=self.logs)

    def logs(self) -> str:
        return "\n".join(f"--- {name} ({log}):\n{tail(log)}" for name, _, log in self.procs)

    def close(self) -> None:
        for _, proc, _ in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()


def _private_env(workdir: Path) -> dict[str, str]:
    home, runtime = workdir / "home", workdir / "run"
    for path in (home, runtime):
        path.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = clean_environ()  # none of the developer's XDG_*, DBUS_SESSION_*, DISPLAY
    env.update(
        {
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
        }
    )
    for name in [n for n in env if n.startswith(("PULSE_", "PIPEWIRE_"))]:
        del env[name]  # PULSE_SERVER, PIPEWIRE_RUNTIME_DIR: the developer's own server
    return env


def _start_pulseaudio(server: AudioServer) -> None:
    server.spawn(
        "pulseaudio",
        [
            "pulseaudio",
            "--daemonize=no",
            "-n",  # no default.pa: no sound card, no X11, no D-Bus modules
            "--exit-idle-time=-1",
            "--disable-shm=yes",
            "--realtime=no",
            "--high-priority=no",
            "--use-pid-file=no",
            "--log-target=stderr",
            "--load=module-native-protocol-unix auth-anonymous=1",
            f"--load=module-null-sink sink_name={SPEAKER}",
            f"--load=module-null-source source_name={MIC}",
            f"--load=module-remap-source master={MONITOR} source_name={DESKTOP_AUDIO}",
        ],
    )
    wanted = {MIC, MONITOR, DESKTOP_AUDIO}
    server.wait_until("PulseAudio to list its sources", lambda: wanted <= _names(server))


def _start_pipewire(server: AudioServer) -> None:
    runtime = server.runtime_dir
    bus_config = server.workdir / "bus.conf"
    bus_config.write_text(BUS_CONFIG, encoding="utf-8")
    bus = runtime / "bus"
    server.spawn(
        "dbus-daemon",
        ["dbus-daemon", f"--config-file={bus_config}", "--nofork", f"--address=unix:path={bus}"],
    )
    server.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    server.wait_until("the session bus", bus.is_socket)
    server.spawn("pipewire", ["pipewire"])
    server.wait_until("pipewire's socket", (runtime / "pipewire-0").is_socket)
    config = Path(server.env["XDG_CONFIG_HOME"]) / "wireplumber"
    (config / "main.lua.d").mkdir(parents=True, exist_ok=True)
    (config / "main.lua.d" / "51-psoasbreak-test-no-devices.lua").write_text(NO_DEVICES)
    (config / "psoasbreak-test.conf").write_text(WIREPLUMBER_CONF)
    server.spawn("wireplumber", ["wireplumber", "-c", str(config / "psoasbreak-test.conf")])
    # pipewire-pulse stats its folder, then mkdirs it, and gives up on EEXIST; pactl (which
    # polls below) makes the same folder as a client: made here first, there is no race.
    (runtime / "pulse").mkdir(mode=0o700, exist_ok=True)
    server.spawn("pipewire-pulse", ["pipewire-pulse"])
    server.wait_until("pipewire-pulse to answer", lambda: _answers(server))
    server.pactl("load-module", "module-null-sink", f"sink_name={SPEAKER}")
    server.pactl(
        "load-module", "module-null-sink", f"sink_name={MIC}", "media.class=Audio/Source/Virtual"
    )
    server.wait_until("PipeWire to list its sources", lambda: {MIC, MONITOR} <= _names(server))


def _answers(server: AudioServer) -> bool:
    try:
        server.pactl("info")
    except SessionError:
        return False
    return True


def _names(server: AudioServer) -> set[str]:
    try:
        return server.source_names()
    except SessionError:
        return set()


@contextlib.contextmanager
def audio_server(kind: str, workdir: Path) -> Iterator[AudioServer]:
    """A running server of ``kind`` ("pulseaudio" or "pipewire") with MIC and MONITOR (and, on
    PulseAudio, DESKTOP_AUDIO); stopped when the block ends. Skips without its programs."""
    require(kind)
    workdir.mkdir(parents=True, exist_ok=True)
    server = AudioServer(kind, workdir, _private_env(workdir))
    try:
        if kind == "pulseaudio":
            _start_pulseaudio(server)
        else:
            _start_pipewire(server)
        yield server
    finally:
        server.close()


# -- video streams (issue 18's shared screen) ----------------------------------------------------

#: What a real video stream and a real reader of one need: GStreamer's PipeWire elements and its
#: test picture, each with the Debian package that ships it ("gst-launch-1.0" is the program).
VIDEO_PROGRAMS = {
    "gst-launch-1.0": "gstreamer1.0-tools",
    "pipewiresink": "gstreamer1.0-pipewire",
    "pipewiresrc": "gstreamer1.0-pipewire",
    "videotestsrc": "gstreamer1.0-plugins-base",
    "fakesink": "libgstreamer1.0-0",
}
#: A small live test picture: cheap, and live as a compositor's frames are.
_video_readers = itertools.count(1)
TEST_PICTURE = (
    "videotestsrc is-live=true ! video/x-raw,format=BGRx,width=64,height=48,framerate=10/1"
)


def require_video() -> None:
    """Skip when this machine lacks a GStreamer program or element the video streams need."""
    missing = []
    for name, package in VIDEO_PROGRAMS.items():
        if name == "gst-launch-1.0":
            found = shutil.which(name) is not None
        else:
            found = shutil.which("gst-inspect-1.0") is not None and (
                # not --exists: it also wants the plugin's version to be GStreamer's, and
                # the PipeWire plugin's is PipeWire's (0.3.65)
                subprocess.run(
                    ["gst-inspect-1.0", name], capture_output=True, check=False
                ).returncode
                == 0
            )
        if not found:
            missing.append((name, package))
    if missing:
        unavailable(
            f"real video streams need {', '.join(f'{n} ({p})' for n, p in missing)}; "
            "install them with packaging/linux/install-system-deps --test",
            ", ".join(sorted({p for _, p in missing})),
        )


def pw_node(server: AudioServer, name: str) -> dict[str, Any] | None:
    """The node named ``name`` in ``pw-dump``'s graph, or None."""
    for obj in server.pw_dump():
        if (
            obj["type"] == "PipeWire:Interface:Node"
            and isinstance(obj.get("info"), dict)
            and obj["info"]["props"].get("node.name") == name
        ):
            return obj
    return None


def _active_link(server: AudioServer, output: str, input: str) -> bool:
    graph = server.pw_dump()
    ids = {
        o["info"]["props"].get("node.name"): o["id"]
        for o in graph
        if o["type"] == "PipeWire:Interface:Node" and isinstance(o.get("info"), dict)
    }
    return any(
        o["type"] == "PipeWire:Interface:Link"
        and isinstance(o.get("info"), dict)
        and o["info"]["state"] == "active"
        and o["info"]["output-node-id"] == ids.get(output)
        and o["info"]["input-node-id"] == ids.get(input)
        for o in graph
    )


@contextlib.contextmanager
def _gst(server: AudioServer, tag: str, pipeline: str) -> Iterator[subprocess.Popen[bytes]]:
    log = server.workdir / f"{tag}.log"
    with log.open("wb") as err:
        proc = subprocess.Popen(
            ["gst-launch-1.0", "-q", *pipeline.split()],
            env=server.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        yield proc
    finally:
        stop_process(proc)


def _alive(proc: subprocess.Popen[bytes], log: Path) -> None:
    if proc.poll() is not None:
        raise StopWaiting(f"gst-launch-1.0 exited {proc.returncode}: {tail(log)}")


@contextlib.contextmanager
def video_stream(server: AudioServer, name: str, **properties: str) -> Iterator[str]:
    """A real video output stream named ``name`` until the block ends: GStreamer's
    ``pipewiresink mode=provide``, a pw_stream client that drives itself (PW_STREAM_FLAG_DRIVER)
    and waits to be read, as a compositor's screen cast does. ``properties`` are added to the
    stream's (no media.class: PipeWire makes it Stream/Output/Video, as for Mutter's and KWin's
    casts; media.class="Video/Source" as xdg-desktop-portal-wlr sets). Yields the name once
    ``pw-dump`` lists the node. Values must be single words (gst-launch splits on spaces)."""
    fields = ",".join(f"{k}={v}" for k, v in {"node.name": name, **properties}.items())
    with _gst(
        server,
        name,
        f"{TEST_PICTURE} ! pipewiresink mode=provide client-name={name} "
        f"stream-properties=props,{fields}",
    ) as proc:
        log = server.workdir / f"{name}.log"

        def listed() -> bool:
            _alive(proc, log)
            return pw_node(server, name) is not None

        poll(
            listed, RECORD_TIMEOUT, f"the video stream {name} to be listed", on_timeout=server.logs
        )
        yield name


@contextlib.contextmanager
def video_reader(server: AudioServer, stream: str) -> Iterator[subprocess.Popen[bytes]]:
    """A real reader of the video stream named ``stream`` until the block ends, as a call app
    reads a shared screen: GStreamer's ``pipewiresrc`` (a pw_stream capture client) into a
    fakesink. Yields once ``pw-dump`` lists an active link from the stream to it."""
    tag = f"psoasbreak-test-video-reader-{next(_video_readers)}"
    # video/x-raw: without caps the stream's media type is unknown at connect time, and
    # WirePlumber 0.4 does not link a Stream/Input/Unknown.
    with _gst(
        server,
        tag,
        f"pipewiresrc target-object={stream} client-name={tag} ! video/x-raw ! fakesink",
    ) as proc:
        log = server.workdir / f"{tag}.log"

        def reading() -> bool:
            _alive(proc, log)
            return _active_link(server, stream, tag)

        poll(reading, RECORD_TIMEOUT, f"{tag} to read {stream}", on_timeout=server.logs)
        yield proc
