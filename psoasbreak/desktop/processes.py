"""The names of the programs running now, for the quiet list ("never while Zoom runs").

Only the names: the rule that matches them against the user's list is the core's
(core/quiet.py), and so is their spelling (``program_key``): the executable's file name, case
folded, without ``.exe``: ``zoom``, ``obs``, ``teams-for-linux``, ``zoom.us``. They are read
when a break falls due and once a minute while it waits (core/session.py); nothing polls.

| platform | how                                                                              |
|----------|----------------------------------------------------------------------------------|
| Linux    | every ``/proc/<pid>``: ``comm``, the ``exe`` link's file name, ``cmdline``       |
| Windows  | ``CreateToolhelp32Snapshot`` + ``Process32FirstW``/``Process32NextW``            |
| macOS    | libproc's ``proc_listallpids``, then ``proc_pidpath`` and ``proc_name`` for each |

Linux is read for real by the tests (a copy of ``sleep`` under a name of their own); what
Windows' and macOS's calls answer is made into names by ``program_keys``, tested with the
answers written out; the calls themselves have not been run there.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
from collections.abc import Iterable

from psoasbreak.core.quiet import program_key

log = logging.getLogger(__name__)

#: ``comm`` holds at most this many characters (the kernel's TASK_COMM_LEN, 16, less the NUL).
COMM_LENGTH = 15
#: What the kernel appends to an ``exe`` link whose file was replaced or removed since it ran
#: (an upgraded package).
DELETED = " (deleted)"


def running_program_names(proc_root: str = "/proc") -> frozenset[str]:
    """The names of the programs running now, as the module docstring spells them; none where
    the OS cannot list processes (a debug line): the quiet list's source (core/quiet.py
    ``QuietApps``) asks without guarding, and a quiet source must not raise."""
    try:
        return list_program_names(proc_root)
    except OSError as exc:
        log.debug("running programs: %s", exc)
        return frozenset()


def list_program_names(proc_root: str = "/proc") -> frozenset[str]:
    """As ``running_program_names``, but raises OSError where the OS cannot list processes at
    all, for a caller that would rather know (desktop/devices.py); a process that cannot be
    read is passed over. ``proc_root`` is Linux's seam; Windows' and macOS's is
    ``program_keys``, which the tests give the file names those calls would answer."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return program_keys(toolhelp_exe_names())
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return program_keys(libproc_names())
    return proc_program_names(proc_root)


def program_keys(raw: Iterable[str]) -> frozenset[str]:
    """The OS's names or paths as the core compares them (``program_key``): the file name,
    case folded, without ``.exe`` (``Zoom.exe`` → ``zoom``, ``/usr/bin/obs`` → ``obs``)."""
    return frozenset(key for key in (program_key(basename(name)) for name in raw) if key)


def basename(path: str) -> str:
    return path.rsplit("/", 1)[-1]


# --- Linux ---------------------------------------------------------------------------------------


def proc_program_names(proc_root: str = "/proc") -> frozenset[str]:
    """Every process /proc shows (all users' unless mounted with ``hidepid``), by up to three
    names each, for no one of them is always the program's:

    - ``comm``: what ran, cut to 15 characters ("teams-for-linux" just fits;
      "gnome-control-center" reads "gnome-control-c"); for a script, the script's name;
    - the file name of the ``exe`` link: the binary's full name, where we may read it (our own
      processes); for a script, the interpreter's ("python3.11");
    - where ``exe`` is unreadable, the file name of ``argv[0]`` from ``cmdline``; and where
      ``comm`` was cut, the argument whose file name it begins (a script's full name).

    Kernel threads (no ``exe``, no arguments) are left out: they are no programs. A process
    that ends during the scan, or that we may not read, gives what was read of it."""
    names: set[str] = set()
    try:
        entries = os.listdir(proc_root)
    except OSError as exc:
        raise OSError(f"cannot list processes in {proc_root}: {exc}") from exc
    for pid in entries:
        if pid.isdigit():
            names.update(_process_names(os.path.join(proc_root, pid)))
    return program_keys(names)


def _process_names(process: str) -> set[str]:
    names: set[str] = set()
    comm = (_read_text(os.path.join(process, "comm")) or "").rstrip("\n")
    names.add(comm)
    try:
        exe: str | None = os.readlink(os.path.join(process, "exe"))
    except OSError:
        exe = None  # another user's, a kernel thread's, or gone
    if exe is not None:
        names.add(basename(exe.removesuffix(DELETED)))
    truncated = len(comm) == COMM_LENGTH
    if exe is None or truncated:
        argv = _cmdline(os.path.join(process, "cmdline"))
        if exe is None:
            if not argv:
                return set()  # a kernel thread, or a zombie: no program runs there
            names.add(basename(argv[0]))
        if truncated:
            full = (basename(arg) for arg in argv if basename(arg).startswith(comm))
            names.add(next(full, ""))
    return names


def _read_text(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.read()
    except OSError:
        return None


def _cmdline(path: str) -> list[str]:
    """A process's arguments (NUL-separated); none for a kernel thread, or a zombie."""
    text = _read_text(path)
    if not text:
        return []
    return [arg for arg in text.split("\0") if arg]


# --- Windows -------------------------------------------------------------------------------------

TH32CS_SNAPPROCESS = 0x2
MAX_PATH = 260


def toolhelp_exe_names() -> list[str]:  # pragma: no cover - Windows only
    """``CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0)``, then ``Process32FirstW`` and
    ``Process32NextW`` until FALSE: every process's ``szExeFile`` (its exe's file name), in all
    sessions, then ``CloseHandle``. No process needs opening, so none refuses."""
    if sys.platform != "win32":
        raise OSError("Toolhelp32 is Windows only")

    class PROCESSENTRY32W(ctypes.Structure):
        _fields_ = [
            ("dwSize", ctypes.c_uint32),
            ("cntUsage", ctypes.c_uint32),
            ("th32ProcessID", ctypes.c_uint32),
            ("th32DefaultHeapID", ctypes.c_size_t),  # ULONG_PTR
            ("th32ModuleID", ctypes.c_uint32),
            ("cntThreads", ctypes.c_uint32),
            ("th32ParentProcessID", ctypes.c_uint32),
            ("pcPriClassBase", ctypes.c_long),
            ("dwFlags", ctypes.c_uint32),
            ("szExeFile", ctypes.c_wchar * MAX_PATH),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    snapshot = kernel32.CreateToolhelp32Snapshot
    snapshot.restype = ctypes.c_void_p
    snapshot.argtypes = [ctypes.c_uint32, ctypes.c_uint32]
    first, following = kernel32.Process32FirstW, kernel32.Process32NextW
    for call in (first, following):
        call.restype = ctypes.c_int
        call.argtypes = [ctypes.c_void_p, ctypes.POINTER(PROCESSENTRY32W)]
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]

    handle = snapshot(TH32CS_SNAPPROCESS, 0)
    if handle is None or handle == ctypes.c_void_p(-1).value:  # INVALID_HANDLE_VALUE
        raise ctypes.WinError(ctypes.get_last_error())
    names = []
    try:
        entry = PROCESSENTRY32W()
        entry.dwSize = ctypes.sizeof(entry)
        more = first(handle, ctypes.byref(entry))
        while more:
            names.append(entry.szExeFile)
            more = following(handle, ctypes.byref(entry))
    finally:
        kernel32.CloseHandle(handle)
    return names


# --- macOS ---------------------------------------------------------------------------------------

#: PROC_PIDPATHINFO_MAXSIZE (4 × MAXPATHLEN) and proc_name's 2 × MAXCOMLEN + 1, from libproc.h.
PIDPATH_SIZE = 4096
NAME_SIZE = 33


def libproc_names() -> list[str]:  # pragma: no cover - macOS only
    """libproc: ``proc_listallpids(NULL, 0)`` for the count, ``proc_listallpids(buffer, size)``
    for the pids, then for each ``proc_pidpath`` (the executable's path, whose file name is the
    program's full name) and ``proc_name`` (the process's name, up to 32 characters), each
    where it answers: another user's process may refuse, and one may end meanwhile."""
    path = ctypes.util.find_library("proc") or ctypes.util.find_library("c")
    if path is None:
        raise OSError("no libproc")
    libproc = ctypes.CDLL(path, use_errno=True)
    libproc.proc_listallpids.restype = ctypes.c_int
    libproc.proc_listallpids.argtypes = [ctypes.c_void_p, ctypes.c_int]
    for call in (libproc.proc_pidpath, libproc.proc_name):
        call.restype = ctypes.c_int
        call.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]

    count = libproc.proc_listallpids(None, 0)
    if count <= 0:
        raise OSError(ctypes.get_errno(), "proc_listallpids failed")
    pids = (ctypes.c_int * (count + 64))()  # room for processes started meanwhile
    count = libproc.proc_listallpids(pids, ctypes.sizeof(pids))
    if count <= 0:
        raise OSError(ctypes.get_errno(), "proc_listallpids failed")
    names = []
    path_buffer = ctypes.create_string_buffer(PIDPATH_SIZE)
    name_buffer = ctypes.create_string_buffer(NAME_SIZE)
    for pid in pids[:count]:
        if libproc.proc_pidpath(pid, path_buffer, PIDPATH_SIZE) > 0:
            names.append(os.fsdecode(path_buffer.value))
        if libproc.proc_name(pid, name_buffer, NAME_SIZE) > 0:
            names.append(os.fsdecode(name_buffer.value))
    return names
