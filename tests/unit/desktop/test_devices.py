"""Camera and microphone in use (desktop/devices.py).

Linux: this machine's kernel has no video device (``/dev/video*`` is empty), so no real camera
is ever opened here. What is real: the scan of the real ``/proc`` finding a real child process
that holds a stand-in ``video7`` (a regular file in a folder the test names as ``/dev``), and
losing it when the child exits; a child of another user holding it (as root) is passed over.
The odd corners (broken links, folders that are no processes, another uid's process) run
against a ``/proc`` tree built in tmp_path, whose fd "links" are symlinks the test makes.

Windows and macOS: the OS calls are faked at the seam each source takes: the consent store as
a dict tree standing for the registry under HKEY_CURRENT_USER, CoreAudio's and CoreMediaIO's
answers as a function. The real calls have not been run; here they only fail, as they should
off their platform, and the sources say None.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psoasbreak.core.quiet import QuietReason
from psoasbreak.desktop.devices import (
    CONSENT_STORE,
    DEFAULT_INPUT_DEVICE,
    DEVICES,
    IS_RUNNING_SOMEWHERE,
    SCOPE_GLOBAL,
    DeviceRunning,
    LinuxCamera,
    PropertyAddress,
    RegistryKey,
    WindowsConsentStore,
    build_device_sources,
    core_audio_input_running,
    core_media_io_camera_running,
    exe_name,
    fourcc,
    read_current_user_key,
    symbol,
)
from psoasbreak.desktop.environment import DesktopSession, DisplayServer

CAMERA = QuietReason.CAMERA
MICROPHONE = QuietReason.MICROPHONE
ROOT = os.geteuid() == 0

# --- Linux: a real process holding a stand-in node ----------------------------------------------

HOLD = (
    "import sys\n"
    "held = open(sys.argv[1], 'rb')\n"
    "print('holding', flush=True)\n"
    "sys.stdin.read()\n"  # until the test closes our stdin
)


def hold_open(path: Path) -> subprocess.Popen[str]:
    """A child process holding ``path`` open until ``let_go``."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "holding\n"
    return child


def let_go(child: subprocess.Popen[str]) -> None:
    """Closes the child's stdin: it exits, and the node with it."""
    out, _ = child.communicate(timeout=10)
    assert child.returncode == 0, out


@pytest.fixture
def dev(tmp_path: Path) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    (folder / "video7").write_bytes(b"")
    return folder


def test_a_real_process_holding_the_node_is_found_in_the_real_proc_and_lost_when_it_exits(dev):
    camera = LinuxCamera(proc_root="/proc", dev_root=str(dev))
    assert camera.quiet_reason() is None

    child = hold_open(dev / "video7")
    try:
        assert camera.quiet_reason() is CAMERA
        assert camera.holder(camera.video_nodes()) == (str(child.pid), str(dev / "video7"))
    finally:
        let_go(child)
    assert camera.quiet_reason() is None


@pytest.mark.skipif(not ROOT, reason="starting a process as another user needs root")
def test_another_users_process_holding_the_node_is_not_ours(dev):
    """A ``sleep`` running as nobody inherits the node already open (nobody could not reach
    the test's folder): its /proc entry is nobody's, so the scan passes it over."""
    with open(dev / "video7", "rb") as node:
        child = subprocess.Popen(["sleep", "60"], user=65534, pass_fds=[node.fileno()])
    try:
        deadline = time.monotonic() + 10  # /proc/<pid> may be root's until execve ends
        while os.stat(f"/proc/{child.pid}").st_uid != 65534:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        assert LinuxCamera(dev_root=str(dev)).quiet_reason() is None
        assert LinuxCamera(dev_root=str(dev), uid=65534).quiet_reason() is CAMERA
    finally:
        child.kill()
        child.wait(timeout=10)
    assert LinuxCamera(dev_root=str(dev), uid=65534).quiet_reason() is None


def test_a_process_that_ends_during_the_scan_is_passed_over(dev):
    """Its fd folder, opened while it lived, lists as ENOENT once it is gone (the real kernel)."""
    child = hold_open(dev / "video7")
    fd_dir = os.open(f"/proc/{child.pid}/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        nodes = LinuxCamera(dev_root=str(dev)).video_nodes()
        assert LinuxCamera._open_node(fd_dir, nodes) == str(dev / "video7")
        let_go(child)
        assert LinuxCamera._open_node(fd_dir, nodes) is None
    finally:
        os.close(fd_dir)


def test_this_machine_has_no_video_node_so_the_default_answer_is_none():
    """The honest limit of this machine, checked so the module docstring stays true."""
    assert LinuxCamera().video_nodes() == frozenset()
    assert LinuxCamera().quiet_reason() is None


# --- Linux: a /proc tree of the test's own -------------------------------------------------------


class FakeProc:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()

    def process(self, pid: int | str, *targets: str | Path) -> Path:
        """A process folder whose fds 0, 1… link to ``targets``."""
        folder = self.root / str(pid)
        (folder / "fd").mkdir(parents=True)
        for fd, target in enumerate(targets):
            (folder / "fd" / str(fd)).symlink_to(target)
        return folder


@pytest.fixture
def proc(tmp_path: Path) -> FakeProc:
    return FakeProc(tmp_path / "proc")


def camera(proc: FakeProc, dev: Path) -> LinuxCamera:
    return LinuxCamera(proc_root=str(proc.root), dev_root=str(dev), uid=os.getuid())


def test_a_link_to_a_video_node_is_the_camera_in_use(proc, dev):
    proc.process(100, "/etc/passwd", "socket:[12345]", "pipe:[6789]")
    proc.process(101, "/etc/hostname", dev / "video7")
    assert camera(proc, dev).quiet_reason() is CAMERA
    assert camera(proc, dev).holder(camera(proc, dev).video_nodes()) == ("101", str(dev / "video7"))


def test_other_files_broken_links_and_odd_entries_are_not(proc, dev):
    proc.process(100, "/etc/passwd", "/nonexistent/video7", "anon_inode:[eventfd]")
    proc.process(101, dev / "video7x", dev / "video", dev.parent / "video7")  # not the node
    proc.process("self", dev / "video7")  # not a pid
    proc.process("net", dev / "video7")
    (proc.root / "uptime").write_text("1.0 1.0\n")
    (proc.root / "102").write_text("a file where a process folder was\n")
    (proc.root / "103").mkdir()  # a process gone: no fd folder any more
    (proc.root / "104" / "fd").mkdir(parents=True)
    (proc.root / "104" / "fd" / "3").write_text("not a link\n")
    (proc.root / "105").mkdir()
    (proc.root / "105" / "fd").write_text("fd is no folder\n")
    assert camera(proc, dev).quiet_reason() is None


@pytest.mark.skipif(not ROOT, reason="giving a folder to another uid needs root")
def test_a_process_of_another_uid_is_not_looked_at(proc, dev):
    other = proc.process(100, dev / "video7")
    os.chown(other, 12345, 12345)
    assert camera(proc, dev).quiet_reason() is None
    assert LinuxCamera(str(proc.root), str(dev), uid=12345).quiet_reason() is CAMERA


def test_media_controller_nodes_are_not_the_camera(proc, dev):
    """An enumerator (libcamera, PipeWire's monitor) holds /dev/media0 with nothing streaming."""
    (dev / "media0").write_bytes(b"")
    (dev / "v4l-subdev0").write_bytes(b"")
    proc.process(100, dev / "media0", dev / "v4l-subdev0")
    assert camera(proc, dev).quiet_reason() is None


def test_without_a_video_node_proc_is_not_read(proc, tmp_path):
    empty_dev = tmp_path / "empty-dev"
    empty_dev.mkdir()
    (empty_dev / "media0").write_bytes(b"")
    (empty_dev / "videos").mkdir()  # not video<N>
    scanned = []

    class Spy(LinuxCamera):
        def holder(self, nodes):
            scanned.append(nodes)
            return super().holder(nodes)

    assert Spy(str(proc.root), str(empty_dev)).quiet_reason() is None
    assert scanned == []
    assert Spy(str(proc.root), str(tmp_path / "no-dev")).quiet_reason() is None
    assert scanned == []


def test_a_node_reached_through_a_link_matches_where_it_really_is(proc, dev, tmp_path):
    """An fd link reads as the real path, whatever path the app opened."""
    linked_dev = tmp_path / "linked-dev"
    linked_dev.symlink_to(dev)
    proc.process(100, dev / "video7")
    assert LinuxCamera(str(proc.root), str(linked_dev)).quiet_reason() is CAMERA


def test_an_unreadable_proc_is_no_camera(dev, tmp_path):
    assert LinuxCamera(str(tmp_path / "no-proc"), str(dev)).quiet_reason() is None


# --- Windows: the consent store, a dict tree for the registry -----------------------------------

DENIED = object()


def registry(**capabilities: dict) -> object:
    """HKEY_CURRENT_USER holding ``ConsentStore\\<capability>`` trees: a dict is a key (its
    dict entries subkeys, the rest values), ``DENIED`` a key we may not open."""
    tree: dict = {}
    node = tree
    for part in CONSENT_STORE.split("\\"):
        node = node.setdefault(part, {})
    node.update(capabilities)

    def read_key(path: str) -> RegistryKey:
        key: object = tree
        for part in path.split("\\"):
            if key is DENIED:
                raise PermissionError(5, "Access is denied")
            if not isinstance(key, dict) or part not in key:
                raise FileNotFoundError(2, "The system cannot find the file specified")
            key = key[part]
        if key is DENIED:
            raise PermissionError(5, "Access is denied")
        assert isinstance(key, dict)
        subkeys = tuple(
            name for name, value in key.items() if isinstance(value, dict) or value is DENIED
        )
        values = {name: value for name, value in key.items() if name not in subkeys}
        return RegistryKey(subkeys, values)

    return read_key


def usage(start: int, stop: int) -> dict:
    return {"Value": "Allow", "LastUsedTimeStart": start, "LastUsedTimeStop": stop}


IN_USE = usage(133_500_000_000_000_000, 0)  # a FILETIME: started, not stopped
STOPPED = usage(133_500_000_000_000_000, 133_500_000_600_000_000)
NEVER = {"Value": "Allow"}
ZOOM = "C:#Program Files#Zoom#bin#Zoom.exe"


def store(capability="microphone", running=None, **capabilities) -> WindowsConsentStore:
    reason = MICROPHONE if capability == "microphone" else CAMERA
    return WindowsConsentStore(capability, reason, registry(**capabilities), running)


def test_a_store_app_using_the_microphone_now():
    apps = {"Microsoft.WindowsSoundRecorder_8wekyb3d8bbwe": IN_USE, "Other_abc": STOPPED}
    assert store(microphone=apps).quiet_reason() is MICROPHONE


def test_apps_that_stopped_or_never_started_are_not():
    apps = {
        "A_1": STOPPED,
        "B_2": NEVER,
        "C_3": usage(0, 0),  # allowed, never used
        "D_4": {"LastUsedTimeStart": "text", "LastUsedTimeStop": 0},  # not a QWORD
        "NonPackaged": {ZOOM: STOPPED, "C:#x#a.exe": usage(0, 0)},
    }
    assert store(microphone=apps).quiet_reason() is None


def test_a_desktop_app_under_nonpackaged():
    apps = {"A_1": STOPPED, "NonPackaged": {"C:#Windows#notepad.exe": STOPPED, ZOOM: IN_USE}}
    assert store(microphone=apps).quiet_reason() is MICROPHONE


def test_a_desktop_apps_claim_holds_only_while_it_runs():
    """A crashed app can leave its Stop at 0: its claim counts while a program of its name runs."""
    apps = {"NonPackaged": {ZOOM: IN_USE}}
    assert store(microphone=apps, running=lambda: frozenset({"zoom", "explorer"})).quiet_reason()
    assert store(microphone=apps, running=lambda: frozenset({"explorer"})).quiet_reason() is None


def test_the_program_list_is_asked_only_for_a_desktop_apps_claim():
    asked = []

    def running() -> frozenset[str]:
        asked.append(1)
        return frozenset()

    store(
        microphone={"A_1": IN_USE, "NonPackaged": {ZOOM: STOPPED}}, running=running
    ).quiet_reason()
    store(microphone={"NonPackaged": {ZOOM: STOPPED}}, running=running).quiet_reason()
    assert asked == []


def test_when_programs_cannot_be_listed_the_store_is_believed():
    def fails() -> frozenset[str]:
        raise OSError("CreateToolhelp32Snapshot failed")

    assert store(microphone={"NonPackaged": {ZOOM: IN_USE}}, running=fails).quiet_reason()


def test_the_webcam_is_its_own_capability():
    tree = {"microphone": {"A_1": IN_USE}, "webcam": {"A_1": STOPPED}}
    assert store("webcam", **tree).quiet_reason() is None
    tree = {"microphone": {"A_1": STOPPED}, "webcam": {"NonPackaged": {ZOOM: IN_USE}}}
    assert store("webcam", **tree).quiet_reason() is CAMERA
    assert store("microphone", **tree).quiet_reason() is None


def test_a_missing_store_is_nothing_in_use():
    assert store(webcam={"A_1": IN_USE}).quiet_reason() is None  # no microphone key at all
    assert store(microphone={}).quiet_reason() is None


def test_keys_we_may_not_read_are_passed_over():
    assert store(microphone=DENIED).quiet_reason() is None
    assert store(microphone={"A_1": DENIED, "B_2": IN_USE}).quiet_reason() is MICROPHONE
    assert store(microphone={"A_1": DENIED, "NonPackaged": DENIED}).quiet_reason() is None
    apps = {"NonPackaged": {"C:#x#a.exe": DENIED, ZOOM: IN_USE}}
    assert store(microphone=apps).quiet_reason() is MICROPHONE


def test_a_nonpackaged_key_names_its_program_as_running_programs_are_spelt():
    assert exe_name(ZOOM) == "zoom"
    assert exe_name("C:#Users#me#AppData#Local#Discord#app-1.0.9#Discord.EXE") == "discord"
    assert exe_name("obs64.exe") == "obs64"


def test_off_windows_the_real_reader_fails_and_the_source_says_none():
    with pytest.raises(OSError):
        read_current_user_key(CONSENT_STORE)
    assert (
        WindowsConsentStore("microphone", MICROPHONE, read_current_user_key).quiet_reason() is None
    )


# --- macOS: CoreAudio and CoreMediaIO answers as a function --------------------------------------


def test_the_four_character_codes_are_apples():
    assert fourcc("gone") == 0x676F6E65 == IS_RUNNING_SOMEWHERE
    assert fourcc("dIn ") == 0x64496E20 == DEFAULT_INPUT_DEVICE
    assert fourcc("glob") == 0x676C6F62 == SCOPE_GLOBAL
    assert fourcc("dev#") == 0x64657623 == DEVICES
    with pytest.raises(ValueError):
        fourcc("toolong")


def test_the_property_address_is_three_uint32s():
    import ctypes

    assert ctypes.sizeof(PropertyAddress) == 12


@pytest.mark.parametrize("reason", [MICROPHONE, CAMERA])
def test_a_running_device_is_its_reason(reason):
    assert DeviceRunning(lambda: True, reason).quiet_reason() is reason
    assert DeviceRunning(lambda: False, reason).quiet_reason() is None


def test_a_failing_query_is_none():
    def fails() -> bool:
        raise OSError("AudioObjectGetPropertyData(0x676f6e65) failed: OSStatus 560947818")

    assert DeviceRunning(fails, MICROPHONE).quiet_reason() is None


def test_a_function_the_library_lacks_is_an_oserror():
    """An older macOS without a symbol: the source says None instead of raising."""
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    assert symbol(libc, "getpid")() == os.getpid()
    with pytest.raises(OSError, match="AudioObjectGetPropertyData"):
        symbol(libc, "AudioObjectGetPropertyData")


def test_off_macos_the_real_queries_fail_and_the_sources_say_none():
    assert DeviceRunning(core_audio_input_running, MICROPHONE).quiet_reason() is None
    assert DeviceRunning(core_media_io_camera_running, CAMERA).quiet_reason() is None


# --- which sources each platform gets ------------------------------------------------------------


def test_windows_reads_the_microphone_and_the_webcam():
    sources = build_device_sources(DesktopSession(DisplayServer.WINDOWS))
    assert [(type(s), s.capability, s.reason) for s in sources] == [
        (WindowsConsentStore, "microphone", MICROPHONE),
        (WindowsConsentStore, "webcam", CAMERA),
    ]


def test_macos_reads_core_audio_and_core_media_io():
    sources = build_device_sources(DesktopSession(DisplayServer.MACOS))
    assert [(type(s), s.query, s.reason) for s in sources] == [
        (DeviceRunning, core_audio_input_running, MICROPHONE),
        (DeviceRunning, core_media_io_camera_running, CAMERA),
    ]


@pytest.mark.parametrize(
    "server", [DisplayServer.X11, DisplayServer.WAYLAND, DisplayServer.UNKNOWN]
)
def test_linux_reads_the_camera_nodes(server):
    sources = build_device_sources(DesktopSession(server))
    assert [type(s) for s in sources] == [LinuxCamera]


def test_another_unix_has_none(monkeypatch):
    monkeypatch.setattr(sys, "platform", "freebsd14")
    assert build_device_sources(DesktopSession(DisplayServer.X11)) == []
