"""Camera and microphone in use, read from the operating system's own record of who holds them.

A call app seldom says it is in a call, but it always holds the devices. Each source here is
asked only when a break falls due and once a minute while one waits (core/session.py); nothing
polls, and every OS failure is a debug line and None, never an exception out of ``quiet_reason``.

| platform | microphone                             | camera                                          |
|----------|----------------------------------------|-------------------------------------------------|
| Linux    | desktop/media_streams.py (PipeWire and | a process of ours holds ``/dev/video<N>`` open |
|          | PulseAudio recording streams)          | (``/proc/<pid>/fd``): PipeWire's own camera    |
|          |                                        | access is its daemon holding the node, seen too |
| Windows  | the CapabilityAccessManager consent store (the privacy indicator's own record), |
|          | ``microphone`` and ``webcam``                                                   |
| macOS    | CoreAudio: the default input device    | CoreMediaIO: any video device is               |
|          | ``DeviceIsRunningSomewhere``           | ``DeviceIsRunningSomewhere``                    |

Each platform's OS call is a callable the source is given, so tests put a fake at that edge
(tests/unit/desktop/test_devices.py); the Linux scan runs for real there, against a real child
process holding a stand-in device file.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import NamedTuple

from psoasbreak.core.quiet import QuietReason, QuietSource, program_key
from psoasbreak.desktop.environment import DesktopSession, DisplayServer

log = logging.getLogger(__name__)

MICROPHONE = QuietReason.MICROPHONE
CAMERA = QuietReason.CAMERA

# --- Linux: a V4L2 capture node held open -------------------------------------------------------

#: V4L2's video nodes (``/dev/video0``…). Not ``/dev/media*``: media-controller nodes describe a
#: camera's pipeline and are opened to enumerate it (libcamera's device enumerator, and so
#: PipeWire's and WirePlumber's libcamera monitors) without anything streaming, while every capture,
#: libcamera's included, goes through a video node. They would add false "in use", nothing more.
VIDEO_NODE = re.compile(r"video\d+")


class LinuxCamera:
    """The camera is in use when any process of this user holds a V4L2 video node open: each
    ``/proc/<pid>/fd/*`` link of our processes is read (``readlink``) and compared with the
    ``/dev/video<N>`` nodes that exist right now.

    This is what ``fuser /dev/video0`` asks, and it sees every way to the camera: an app opening
    the node itself (Zoom, Chrome without the camera portal, OBS, Cheese) and PipeWire opening it
    for an app that asked through the portal (pipewire is a process of ours). It does not see
    another user's process, whose fds are not ours to read; a camera only enumerated (opened,
    queried, closed) is in use for that instant only. An app that keeps the node open without
    streaming reads as in use too (its light is off then); only the mapped buffers in
    ``/proc/<pid>/maps`` would tell, but a stream into DMABUF or user memory maps none, and
    those files are long.

    The cost: ``/dev`` is listed first, and that is all where no video node exists (most
    desktops without a webcam): 0.1 ms. Else each ``/proc/<pid>`` is ``stat``-ed and our
    processes' fd links are read, and the open fds are the cost. Measured on the development
    machine (a 2-CPU VM, run as root so every process was "ours"): 6 ms for 81 processes with
    500 fds; with a child holding 20,000 more, 160–230 ms, about 8 µs an fd, mostly the
    kernel's (listing that one fd folder alone took 45–70 ms). A desktop with a browser open
    holds some thousands: tens of ms, when a break falls due and once a minute while it waits.

    ``proc_root`` and ``dev_root`` are seams: the tests point ``dev_root`` at a folder with a
    regular file named ``video7`` that a real child process holds open, and ``proc_root`` at the
    real ``/proc`` or a tree of their own."""

    def __init__(
        self, proc_root: str = "/proc", dev_root: str = "/dev", uid: int | None = None
    ) -> None:
        self._proc_root = proc_root
        self._dev_root = dev_root
        self._uid = os.getuid() if uid is None else uid

    def quiet_reason(self) -> QuietReason | None:
        nodes = self.video_nodes()
        if not nodes:
            return None
        found = self.holder(nodes)
        if found is None:
            return None
        pid, node = found
        log.debug("camera: %s is held open by process %s", node, pid)
        return CAMERA

    def video_nodes(self) -> frozenset[str]:
        """The paths an fd link to a video node reads as: the node under ``dev_root``, and where
        it is reached through a link, where it really is (``readlink`` of an fd gives that)."""
        try:
            names = os.listdir(self._dev_root)
        except OSError as exc:
            log.debug("camera: cannot list %s: %s", self._dev_root, exc)
            return frozenset()
        paths = [os.path.join(self._dev_root, n) for n in names if VIDEO_NODE.fullmatch(n)]
        return frozenset(paths) | {os.path.realpath(p) for p in paths}

    def holder(self, nodes: frozenset[str]) -> tuple[str, str] | None:
        """The first process of ours (its pid) holding one of ``nodes`` open, and which node.

        Processes come and go during the scan, and some fds are not ours to read: such a
        process or fd is passed over, it cannot be holding the camera for us to know."""
        try:
            entries = os.listdir(self._proc_root)
        except OSError as exc:
            log.debug("camera: cannot list %s: %s", self._proc_root, exc)
            return None
        for pid in entries:
            if not pid.isdigit():
                continue
            process = os.path.join(self._proc_root, pid)
            try:
                if os.stat(process).st_uid != self._uid:
                    continue
                fd_dir = os.open(os.path.join(process, "fd"), os.O_RDONLY | os.O_DIRECTORY)
            except OSError:
                continue  # gone since the listing, not ours, or not a process folder
            try:
                node = self._open_node(fd_dir, nodes)
            finally:
                os.close(fd_dir)
            if node is not None:
                return pid, node
        return None

    @staticmethod
    def _open_node(fd_dir: int, nodes: frozenset[str]) -> str | None:
        """Which of ``nodes`` one process's fd folder (open as ``fd_dir``) has a link to. Read
        relative to the open folder: a third faster than a path through ``/proc`` for each."""
        try:
            fds = os.listdir(fd_dir)
        except OSError:
            return None  # the process ended after the folder was opened
        for fd in fds:
            try:
                target = os.readlink(fd, dir_fd=fd_dir)
            except OSError:
                continue  # closed since the listing, or not a link
            if target in nodes:
                return target
        return None


# --- Windows: the CapabilityAccessManager consent store -----------------------------------------

#: Under ``HKEY_CURRENT_USER``; the capability's name (``microphone``, ``webcam``) follows.
CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
#: Desktop (non-Store) apps' keys are one level further down, named by the exe's path.
NON_PACKAGED = "NonPackaged"


class RegistryKey(NamedTuple):
    """One registry key as the consent store reader answers it: its subkeys' names and values."""

    subkeys: tuple[str, ...]
    values: Mapping[str, object]


#: Reads one key under HKEY_CURRENT_USER; raises OSError (FileNotFoundError where it does not
#: exist, PermissionError where it may not be read).
KeyReader = Callable[[str], RegistryKey]


def read_current_user_key(path: str) -> RegistryKey:  # pragma: no cover - Windows only
    """``RegOpenKeyExW(HKEY_CURRENT_USER, path)``, then ``RegEnumKeyExW`` and ``RegEnumValueW``
    until ``ERROR_NO_MORE_ITEMS``, through ``winreg`` (imported here: Windows only)."""
    if sys.platform != "win32":
        raise OSError("the registry is Windows only")
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, path) as key:
        subkeys_count, values_count, _ = winreg.QueryInfoKey(key)
        subkeys = []
        for i in range(subkeys_count):
            try:
                subkeys.append(winreg.EnumKey(key, i))
            except OSError:
                break  # removed since QueryInfoKey
        values: dict[str, object] = {}
        for i in range(values_count):
            try:
                name, data, _kind = winreg.EnumValue(key, i)
            except OSError:
                break
            values[name] = data
    return RegistryKey(tuple(subkeys), values)


class WindowsConsentStore:
    """A microphone or camera in use now, as Windows' privacy indicator knows it: the
    CapabilityAccessManager consent store, under

    ``HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\<capability>``

    with ``<capability>`` ``microphone`` or ``webcam``. Each Store app has a subkey there, named
    by its package family name (``Microsoft.WindowsCamera_8wekyb3d8bbwe``), and each desktop app
    one under ``NonPackaged``, named by its exe's path with ``#`` for ``\\``
    (``C:#Program Files#Zoom#bin#Zoom.exe``). Windows writes two REG_QWORD FILETIMEs in each:
    ``LastUsedTimeStart`` when the app opens the device, ``LastUsedTimeStop`` when it lets go, and
    0 to ``LastUsedTimeStop`` meanwhile; so an app with Stop 0 and a Start is using it now
    (Windows 10 1903 and later; privacy-indicator tools read the store the same way).

    An app that crashes mid-call may leave its Stop at 0 (reported by others, not seen here).
    A desktop app's claim is therefore believed only while a program of that exe's name runs
    (``running``, desktop/processes.py, asked only when such a claim is found); a Store app's
    family name does not name a process, so its claim is taken as it is.

    ``read_key`` is the seam: ``read_current_user_key`` (winreg) for real, a dict tree in the
    tests. Neither has been run on Windows."""

    def __init__(
        self,
        capability: str,
        reason: QuietReason,
        read_key: KeyReader,
        running: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        self.capability = capability
        self.reason = reason
        self._path = f"{CONSENT_STORE}\\{capability}"
        self._read = read_key
        self._running = running

    def quiet_reason(self) -> QuietReason | None:
        try:
            store = self._read(self._path)
        except OSError as exc:
            log.debug("consent store %s: %s", self._path, exc)
            return None
        desktop_apps: list[str] = []
        for name in store.subkeys:
            if name == NON_PACKAGED:
                desktop_apps = self._in_use(f"{self._path}\\{NON_PACKAGED}")
            elif self._key_in_use(f"{self._path}\\{name}"):
                log.debug("%s: in use by %s", self.reason.waiting_for, name)
                return self.reason
        return self.reason if self._any_running(desktop_apps) else None

    def _in_use(self, path: str) -> list[str]:
        """The subkeys of ``path`` (desktop apps) whose device is in use now."""
        try:
            apps = self._read(path).subkeys
        except OSError as exc:
            log.debug("consent store %s: %s", path, exc)
            return []
        return [app for app in apps if self._key_in_use(f"{path}\\{app}")]

    def _key_in_use(self, path: str) -> bool:
        try:
            values = self._read(path).values
        except OSError as exc:
            log.debug("consent store %s: %s", path, exc)
            return False
        start = values.get("LastUsedTimeStart")
        stop = values.get("LastUsedTimeStop")
        return isinstance(start, int) and isinstance(stop, int) and start != 0 and stop == 0

    def _any_running(self, desktop_apps: list[str]) -> bool:
        if not desktop_apps:
            return False
        if self._running is None:
            log.debug("%s: in use by %s", self.reason.waiting_for, desktop_apps[0])
            return True
        try:
            running = self._running()
        except OSError as exc:
            log.debug("%s: cannot list programs, trusting the store: %s", self._path, exc)
            return True
        for app in desktop_apps:
            program = exe_name(app)
            if program in running:
                log.debug("%s: in use by %s", self.reason.waiting_for, app)
                return True
            log.debug("%s: %s claims it but %s is not running", self._path, app, program)
        return False


def exe_name(key_name: str) -> str:
    """The program a NonPackaged key names, spelt as running programs are (``program_key``):
    ``C:#Program Files#Zoom#bin#Zoom.exe`` → ``zoom``."""
    return program_key(key_name.rsplit("#", 1)[-1])


# --- macOS: CoreAudio and CoreMediaIO -----------------------------------------------------------


def fourcc(code: str) -> int:
    """A four-character code as Apple's headers write it: ``'gone'`` is 0x676F6E65."""
    data = code.encode("ascii")
    if len(data) != 4:
        raise ValueError(f"not a four-character code: {code!r}")
    return int.from_bytes(data, "big")


#: AudioHardware.h / CMIOHardware.h: both use the same selectors and the same system object.
SYSTEM_OBJECT = 1  # kAudioObjectSystemObject, kCMIOObjectSystemObject
UNKNOWN_OBJECT = 0  # kAudioObjectUnknown: no default input device
SCOPE_GLOBAL = fourcc("glob")  # kAudioObjectPropertyScopeGlobal, kCMIOObjectPropertyScopeGlobal
ELEMENT_MAIN = 0  # kAudioObjectPropertyElementMain (…Master before macOS 12), kCMIO…ElementMain
DEFAULT_INPUT_DEVICE = fourcc("dIn ")  # kAudioHardwarePropertyDefaultInputDevice
DEVICES = fourcc("dev#")  # kCMIOHardwarePropertyDevices
#: kAudioDevicePropertyDeviceIsRunningSomewhere, kCMIODevicePropertyDeviceIsRunningSomewhere.
IS_RUNNING_SOMEWHERE = fourcc("gone")


class PropertyAddress(ctypes.Structure):
    """AudioObjectPropertyAddress, and CMIOObjectPropertyAddress, which has the same layout."""

    _fields_ = [
        ("mSelector", ctypes.c_uint32),
        ("mScope", ctypes.c_uint32),
        ("mElement", ctypes.c_uint32),
    ]


@functools.cache
def framework(name: str) -> ctypes.CDLL:
    """A macOS framework's library (``CoreAudio``, ``CoreMediaIO``), loaded once."""
    path = ctypes.util.find_library(name)
    if path is None:
        raise OSError(f"no {name} framework")
    return ctypes.CDLL(path)


def symbol(library: ctypes.CDLL, name: str) -> ctypes._NamedFuncPointer:
    """A function of ``library``; OSError where this system's has none (an older macOS)."""
    try:
        return library[name]
    except AttributeError as exc:
        raise OSError(f"{name} is missing: {exc}") from exc


def core_audio_input_running() -> bool:  # pragma: no cover - macOS only
    """``AudioObjectGetPropertyData`` of ``kAudioHardwarePropertyDefaultInputDevice`` on
    ``kAudioObjectSystemObject``, then of ``kAudioDevicePropertyDeviceIsRunningSomewhere`` on that
    device: true while any process records from it.

    The default input only: a call app set to another microphone is not seen. And the property
    is the device's, not its input's: a headset that is one device for microphone and speaker
    may read as running while it only plays music."""
    get = symbol(framework("CoreAudio"), "AudioObjectGetPropertyData")
    get.restype = ctypes.c_int32  # OSStatus
    get.argtypes = [
        ctypes.c_uint32,
        ctypes.POINTER(PropertyAddress),
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
        ctypes.c_void_p,
    ]

    def read_uint32(object_id: int, selector: int) -> int:
        value = ctypes.c_uint32(0)
        size = ctypes.c_uint32(ctypes.sizeof(value))
        address = PropertyAddress(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        status = get(
            object_id, ctypes.byref(address), 0, None, ctypes.byref(size), ctypes.byref(value)
        )
        if status != 0:
            raise OSError(f"AudioObjectGetPropertyData({selector:#x}) failed: OSStatus {status}")
        return value.value

    device = read_uint32(SYSTEM_OBJECT, DEFAULT_INPUT_DEVICE)
    if device == UNKNOWN_OBJECT:
        return False
    return read_uint32(device, IS_RUNNING_SOMEWHERE) != 0


def core_media_io_camera_running() -> bool:  # pragma: no cover - macOS only
    """``CMIOObjectGetPropertyDataSize`` and ``CMIOObjectGetPropertyData`` of
    ``kCMIOHardwarePropertyDevices`` on ``kCMIOObjectSystemObject``, then of
    ``kCMIODevicePropertyDeviceIsRunningSomewhere`` on each device: true while any process
    streams from any camera."""
    media = framework("CoreMediaIO")
    size_of = symbol(media, "CMIOObjectGetPropertyDataSize")
    size_of.restype = ctypes.c_int32
    size_of.argtypes = [
        ctypes.c_uint32,
        ctypes.POINTER(PropertyAddress),
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
    ]
    get = symbol(media, "CMIOObjectGetPropertyData")
    get.restype = ctypes.c_int32
    get.argtypes = [
        ctypes.c_uint32,
        ctypes.POINTER(PropertyAddress),
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.POINTER(ctypes.c_uint32),
        ctypes.c_void_p,
    ]
    devices_address = PropertyAddress(DEVICES, SCOPE_GLOBAL, ELEMENT_MAIN)
    size = ctypes.c_uint32(0)
    status = size_of(SYSTEM_OBJECT, ctypes.byref(devices_address), 0, None, ctypes.byref(size))
    if status != 0:
        raise OSError(f"CMIOObjectGetPropertyDataSize(devices) failed: OSStatus {status}")
    devices = (ctypes.c_uint32 * (size.value // ctypes.sizeof(ctypes.c_uint32)))()
    used = ctypes.c_uint32(0)
    status = get(
        SYSTEM_OBJECT,
        ctypes.byref(devices_address),
        0,
        None,
        ctypes.sizeof(devices),
        ctypes.byref(used),
        devices,
    )
    if status != 0:
        raise OSError(f"CMIOObjectGetPropertyData(devices) failed: OSStatus {status}")
    running_address = PropertyAddress(IS_RUNNING_SOMEWHERE, SCOPE_GLOBAL, ELEMENT_MAIN)
    for device in devices[: used.value // ctypes.sizeof(ctypes.c_uint32)]:
        running = ctypes.c_uint32(0)
        status = get(
            device,
            ctypes.byref(running_address),
            0,
            None,
            ctypes.sizeof(running),
            ctypes.byref(used),
            ctypes.byref(running),
        )
        if status != 0:
            log.debug("camera %s: CMIOObjectGetPropertyData(running): OSStatus %s", device, status)
            continue  # unplugged since the list
        if running.value:
            return True
    return False


class DeviceRunning:
    """A device in use, as one OS query answers it (``core_audio_input_running``,
    ``core_media_io_camera_running``); the query is the seam the tests fake."""

    def __init__(self, query: Callable[[], bool], reason: QuietReason) -> None:
        self.query = query
        self.reason = reason

    def quiet_reason(self) -> QuietReason | None:
        try:
            running = self.query()
        except OSError as exc:
            log.debug("%s: %s", self.reason.waiting_for, exc)
            return None
        return self.reason if running else None


def build_device_sources(session: DesktopSession) -> list[QuietSource]:
    """The device sources this platform has, the microphone before the camera. Nothing is asked
    of the OS here: each source reads it when the session asks."""
    if session.server is DisplayServer.WINDOWS:
        from psoasbreak.desktop.processes import list_program_names

        return [
            WindowsConsentStore(
                "microphone", MICROPHONE, read_current_user_key, list_program_names
            ),
            WindowsConsentStore("webcam", CAMERA, read_current_user_key, list_program_names),
        ]
    if session.server is DisplayServer.MACOS:
        return [
            DeviceRunning(core_audio_input_running, MICROPHONE),
            DeviceRunning(core_media_io_camera_running, CAMERA),
        ]
    if sys.platform.startswith("linux"):
        return [LinuxCamera()]
    return []
