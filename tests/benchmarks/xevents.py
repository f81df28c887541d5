"""Wait for X events instead of polling ``xwininfo``: when a tray icon is embedded, when a window
is mapped.

A thread holds its own Xlib connection (through ctypes, so the benchmarks need nothing beyond
libX11, which Qt's xcb platform already requires) and listens for structure changes on the root
window and inside the tray host's panel. Every event of interest is stamped with the monotonic and
wall clocks the moment it arrives, so a figure is the time the X server reported the change, not
the time a poll loop happened to look.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import select
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

c_int, c_uint, c_long, c_ulong, c_void_p = (
    ctypes.c_int,
    ctypes.c_uint,
    ctypes.c_long,
    ctypes.c_ulong,
    ctypes.c_void_p,
)
Window = c_ulong

# X protocol constants (X.h).
CREATE_NOTIFY, DESTROY_NOTIFY, UNMAP_NOTIFY, MAP_NOTIFY, REPARENT_NOTIFY = 16, 17, 18, 19, 21
STRUCTURE_NOTIFY_MASK = 1 << 17
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
IS_VIEWABLE = 2
XA_CARDINAL = 6
ANY_PROPERTY_TYPE = 0


class _Head(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", c_void_p)]


class _Create(ctypes.Structure):
    _fields_ = [*_Head._fields_, ("parent", Window), ("window", Window)]


class _TwoWindows(ctypes.Structure):
    """The head of Destroy/Unmap/Map/Reparent events: the window told, then the window changed."""

    _fields_ = [*_Head._fields_, ("event", Window), ("window", Window)]


class _Reparent(ctypes.Structure):
    _fields_ = [*_TwoWindows._fields_, ("parent", Window)]


class _XEvent(ctypes.Union):
    _fields_ = [
        ("type", c_int),
        ("create", _Create),
        ("two", _TwoWindows),
        ("reparent", _Reparent),
        ("pad", c_long * 24),
    ]


class _Attributes(ctypes.Structure):
    _fields_ = [
        *[(n, c_int) for n in ("x", "y", "width", "height", "border_width", "depth")],
        ("visual", c_void_p),
        ("root", Window),
        *[(n, c_int) for n in ("class_", "bit_gravity", "win_gravity", "backing_store")],
        ("backing_planes", c_ulong),
        ("backing_pixel", c_ulong),
        ("save_under", c_int),
        ("colormap", c_ulong),
        ("map_installed", c_int),
        ("map_state", c_int),
        ("all_event_masks", c_long),
        ("your_event_mask", c_long),
        ("do_not_propagate_mask", c_long),
        ("override_redirect", c_int),
        ("screen", c_void_p),
    ]


class _ClassHint(ctypes.Structure):
    _fields_ = [("res_name", c_void_p), ("res_class", c_void_p)]


def _load_xlib() -> ctypes.CDLL:
    name = ctypes.util.find_library("X11")
    if name is None:
        raise OSError("libX11 not found (Debian package libx11-6)")
    lib = ctypes.CDLL(name)
    signatures: dict[str, tuple[list[object], object]] = {
        "XInitThreads": ([], c_int),
        "XOpenDisplay": ([ctypes.c_char_p], c_void_p),
        "XCloseDisplay": ([c_void_p], c_int),
        "XDefaultRootWindow": ([c_void_p], Window),
        "XConnectionNumber": ([c_void_p], c_int),
        "XSelectInput": ([c_void_p, Window, c_long], c_int),
        "XPending": ([c_void_p], c_int),
        "XNextEvent": ([c_void_p, ctypes.POINTER(_XEvent)], c_int),
        "XQueryTree": (
            [
                c_void_p,
                Window,
                ctypes.POINTER(Window),
                ctypes.POINTER(Window),
                ctypes.POINTER(ctypes.POINTER(Window)),
                ctypes.POINTER(c_uint),
            ],
            c_int,
        ),
        "XGetWindowAttributes": ([c_void_p, Window, ctypes.POINTER(_Attributes)], c_int),
        "XGetClassHint": ([c_void_p, Window, ctypes.POINTER(_ClassHint)], c_int),
        "XInternAtom": ([c_void_p, ctypes.c_char_p, c_int], c_ulong),
        "XGetWindowProperty": (
            [
                c_void_p,
                Window,
                c_ulong,
                c_long,
                c_long,
                c_int,
                c_ulong,
                ctypes.POINTER(c_ulong),
                ctypes.POINTER(c_int),
                ctypes.POINTER(c_ulong),
                ctypes.POINTER(c_ulong),
                ctypes.POINTER(c_void_p),
            ],
            c_int,
        ),
        "XFree": ([c_void_p], c_int),
        "XSync": ([c_void_p, c_int], c_int),
    }
    for fname, (args, res) in signatures.items():
        func = getattr(lib, fname)
        func.argtypes, func.restype = args, res
    return lib


_ERROR_HANDLER_TYPE = ctypes.CFUNCTYPE(c_int, c_void_p, c_void_p)
# A window can vanish between an event and our question about it; Xlib's default handler would
# then exit the whole benchmark. Ignore the error: the question just gets no answer.
_ignore_errors = _ERROR_HANDLER_TYPE(lambda _display, _event: 0)


@dataclass(frozen=True)
class Seen:
    """One change on screen, stamped when it arrived."""

    kind: str  # "embedded" (became viewable inside the tray), "mapped", "unmapped", "destroyed"
    window: int
    mono: float
    wall: float
    wm_class: tuple[str, ...] = ()
    pid: int | None = None
    name: str = ""


class XWatcher:
    """Records tray embeddings and top-level maps on one X display; use as a context manager."""

    def __init__(self, display: str) -> None:
        self._x = _load_xlib()
        self._x.XInitThreads()
        set_handler = self._x.XSetErrorHandler
        set_handler.argtypes, set_handler.restype = [_ERROR_HANDLER_TYPE], c_void_p
        set_handler(_ignore_errors)
        self._dpy = self._x.XOpenDisplay(display.encode())
        if not self._dpy:
            raise OSError(f"cannot open X display {display}")
        self._root = self._x.XDefaultRootWindow(self._dpy)
        self._atoms = {
            name: self._x.XInternAtom(self._dpy, name.encode(), 0)
            for name in ("_NET_WM_PID", "_NET_WM_NAME", "WM_NAME")
        }
        self._panels: set[int] = set()  # trayer's panel windows
        self._tray: set[int] = set()  # the panels and every window seen inside them
        self._candidates: set[int] = set()  # reparented into the tray, not viewable yet
        self._toplevel: set[int] = set()
        self._mapped: set[int] = set()
        self._info: dict[int, tuple[tuple[str, ...], int | None, str]] = {}
        self.events: list[Seen] = []
        self._cond = threading.Condition()
        self._wake_r, self._wake_w = os.pipe()
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="x-watcher", daemon=True)

    # -- public --------------------------------------------------------------------------

    def __enter__(self) -> XWatcher:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        self._x.XSelectInput(self._dpy, self._root, SUBSTRUCTURE_NOTIFY_MASK)
        for wid in self._walk(self._root):
            if self._wm_class(wid) == ("panel", "trayer"):
                self._panels.add(wid)
                for inside in self._walk(wid, include_self=True):
                    self._watch_tray_window(inside)
        if not self._tray:
            raise OSError("no trayer panel window on this display")
        self._x.XSync(self._dpy, 0)
        self._thread.start()

    def close(self) -> None:
        if self._thread.is_alive():
            self._stop = True
            os.write(self._wake_w, b"x")
            self._thread.join(5)
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)

    def mark(self) -> int:
        """A position in the event list; pass it as ``since`` to see only later events."""
        with self._cond:
            return len(self.events)

    def wait_for(self, match: Callable[[Seen], bool], *, since: int, timeout: float) -> Seen | None:
        """The first event at or after ``since`` that ``match`` accepts, waiting up to
        ``timeout`` seconds for it; None if it never came."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for seen in self.events[since:]:
                    if match(seen):
                        return seen
                since = len(self.events)
                left = deadline - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return None
                self._cond.wait(left)

    # -- the listening thread -------------------------------------------------------------

    def _run(self) -> None:
        event = _XEvent()
        fd = self._x.XConnectionNumber(self._dpy)
        while not self._stop:
            while self._x.XPending(self._dpy):
                self._x.XNextEvent(self._dpy, ctypes.byref(event))
                self._handle(event)
            # While an icon waits to become viewable, look again every 2 ms as well: the map of
            # a tray window created before we could select on it would otherwise go unseen.
            timeout = 0.002 if self._candidates else None
            ready, _, _ = select.select([fd, self._wake_r], [], [], timeout)
            if self._wake_r in ready:
                return
            if not ready:
                self._check_candidates()

    def _handle(self, event: _XEvent) -> None:
        kind = event.type
        if kind == CREATE_NOTIFY:
            parent, wid = event.create.parent, event.create.window
            if parent == self._root:
                self._toplevel.add(wid)
                self._x.XSelectInput(self._dpy, wid, STRUCTURE_NOTIFY_MASK)
            elif parent in self._tray:
                self._watch_tray_window(wid)
        elif kind == REPARENT_NOTIFY:
            wid, parent = event.reparent.window, event.reparent.parent
            if wid not in self._tray and self._inside_tray(parent):
                self._watch_tray_window(wid)
                self._candidates.add(wid)
        elif kind == MAP_NOTIFY:
            wid = event.two.window
            if wid in self._toplevel and wid not in self._tray and wid not in self._mapped:
                self._mapped.add(wid)
                self._record("mapped", wid)
        elif kind == UNMAP_NOTIFY:
            wid = event.two.window
            if wid in self._mapped:
                self._mapped.discard(wid)
                self._record("unmapped", wid, describe=False)
        elif kind == DESTROY_NOTIFY:
            wid = event.two.window
            if wid in self._toplevel:
                self._toplevel.discard(wid)
                self._mapped.discard(wid)
                self._tray.discard(wid)
                self._record("destroyed", wid, describe=False)
        if kind in (MAP_NOTIFY, REPARENT_NOTIFY):
            self._check_candidates()

    def _check_candidates(self) -> None:
        for wid in list(self._candidates):
            if self._viewable(wid):
                self._candidates.discard(wid)
                self._record("embedded", wid)

    def _watch_tray_window(self, wid: int) -> None:
        self._tray.add(wid)
        self._x.XSelectInput(self._dpy, wid, STRUCTURE_NOTIFY_MASK | SUBSTRUCTURE_NOTIFY_MASK)

    def _record(self, kind: str, wid: int, *, describe: bool = True) -> None:
        mono, wall = time.monotonic(), time.time()
        if describe:
            self._info[wid] = (self._wm_class(wid), self._pid(wid), self._name(wid))
        # An unmapped or destroyed window is described as it was when last seen.
        info = self._info.get(wid, ((), None, ""))
        with self._cond:
            self.events.append(Seen(kind, wid, mono, wall, *info))
            self._cond.notify_all()

    # -- questions about windows -----------------------------------------------------------

    def _query_tree(self, wid: int) -> tuple[int, list[int]] | None:
        """``wid``'s parent and children (XQueryTree), or None when the window is gone."""
        root, parent = Window(), Window()
        children = ctypes.POINTER(Window)()
        count = c_uint()
        if not self._x.XQueryTree(
            self._dpy, wid, ctypes.byref(root), ctypes.byref(parent), ctypes.byref(children),
            ctypes.byref(count),
        ):  # fmt: skip
            return None
        kids = [children[i] for i in range(count.value)]
        if children:
            self._x.XFree(children)
        return parent.value, kids

    def _walk(self, wid: int, *, include_self: bool = False) -> list[int]:
        found = [wid] if include_self else []
        tree = self._query_tree(wid)
        for kid in tree[1] if tree else []:
            found.extend(self._walk(kid, include_self=True))
        return found

    def _inside_tray(self, wid: int) -> bool:
        while wid and wid != self._root:
            if wid in self._panels:
                return True
            tree = self._query_tree(wid)
            if tree is None:
                return False
            wid = tree[0]
        return False

    def _viewable(self, wid: int) -> bool:
        attrs = _Attributes()
        if not self._x.XGetWindowAttributes(self._dpy, wid, ctypes.byref(attrs)):
            return False
        return attrs.map_state == IS_VIEWABLE

    def _wm_class(self, wid: int) -> tuple[str, ...]:
        hint = _ClassHint()
        if not self._x.XGetClassHint(self._dpy, wid, ctypes.byref(hint)):
            return ()
        parts = []
        for ptr in (hint.res_name, hint.res_class):
            if ptr:
                parts.append(ctypes.string_at(ptr).decode(errors="replace"))
                self._x.XFree(ptr)
        return tuple(parts)

    def _property(self, wid: int, atom: str) -> tuple[int, bytes]:
        actual, fmt, nitems, after = c_ulong(), c_int(), c_ulong(), c_ulong()
        data = c_void_p()
        ok = self._x.XGetWindowProperty(
            self._dpy, wid, self._atoms[atom], 0, 1024, 0, ANY_PROPERTY_TYPE,
            ctypes.byref(actual), ctypes.byref(fmt), ctypes.byref(nitems), ctypes.byref(after),
            ctypes.byref(data),
        )  # fmt: skip
        if ok != 0 or not data.value:
            return 0, b""
        try:
            if fmt.value == 32:  # Xlib hands 32-bit items back as C longs
                values = ctypes.cast(data, ctypes.POINTER(c_ulong))
                return fmt.value, b"".join(
                    values[i].to_bytes(8, "little") for i in range(nitems.value)
                )
            return fmt.value, ctypes.string_at(data, nitems.value * fmt.value // 8)
        finally:
            self._x.XFree(data)

    def _pid(self, wid: int) -> int | None:
        fmt, raw = self._property(wid, "_NET_WM_PID")
        return int.from_bytes(raw[:8], "little") if fmt == 32 and raw else None

    def _name(self, wid: int) -> str:
        for atom in ("_NET_WM_NAME", "WM_NAME"):
            fmt, raw = self._property(wid, atom)
            if fmt == 8 and raw:
                return raw.decode(errors="replace")
        return ""
