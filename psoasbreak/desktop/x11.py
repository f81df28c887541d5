"""The two X11 questions the app asks, over python-xlib (pure Python, no C library to install):
how long since the last input (the MIT-SCREEN-SAVER extension), and whether the active window
is fullscreen (EWMH ``_NET_ACTIVE_WINDOW`` + ``_NET_WM_STATE_FULLSCREEN``) on the monitor the
pointer is on (RandR 1.5 monitors).

Only for real X11 sessions: under Wayland, XWayland sees only X11 clients' input and windows.
Every query is one synchronous round trip; any X error or a lost connection reads as "unknown".
"""

from __future__ import annotations

import contextlib
import gc
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

try:
    # python-xlib ships no type hints (types-python-xlib is not a dependency).
    from Xlib import X  # type: ignore[import-untyped]
    from Xlib.display import Display  # type: ignore[import-untyped]
    from Xlib.error import (  # type: ignore[import-untyped]
        ConnectionClosedError,
        DisplayError,
        XError,
    )

    #: What python-xlib raises for a lost connection or a window that vanished mid-query.
    _ERRORS: tuple[type[BaseException], ...] = (XError, ConnectionClosedError, OSError)
    _OPEN_ERRORS: tuple[type[BaseException], ...] = (DisplayError, *_ERRORS)
except ImportError:  # python-xlib is a Linux-only dependency
    Display = None
    _ERRORS = _OPEN_ERRORS = (OSError,)


@dataclass(frozen=True)
class Area:
    """A rectangle in root-window pixels: a monitor or a window."""

    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    def contains(self, x: int, y: int) -> bool:
        return self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def overlaps(self, other: Area) -> bool:
        """True when the two share at least one pixel (touching edges do not count)."""
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


#: The extensions the app asks about. python-xlib otherwise loads the module of every extension
#: the server has (XInput, RECORD, XFIXES, Composite and ten more on Xorg and Xvfb), with a round
#: trip each: 0.7 MB of Python kept for the app's lifetime and never used (issue 21).
USED_EXTENSIONS = frozenset({"RANDR", "MIT-SCREEN-SAVER"})


@contextlib.contextmanager
def _loading_only_used_extensions() -> Iterator[None]:
    """python-xlib's ``Display`` walks ``Xlib.ext.__extensions__`` (name, module) when it
    connects; it has no option to name the ones wanted, so the list is narrowed meanwhile."""
    from Xlib import ext

    every = ext.__extensions__
    ext.__extensions__ = [entry for entry in every if entry[0] in USED_EXTENSIONS]
    try:
        yield
    finally:
        ext.__extensions__ = every


class XDisplay:
    """One connection to an X server, kept open for the app's lifetime."""

    def __init__(self, display: Any) -> None:
        self._display = display
        self._root = display.screen().root
        self._atoms: dict[str, int] = {}

    @classmethod
    def open(cls, name: str | None) -> XDisplay | None:
        if Display is None:
            log.info("python-xlib is not installed: X11 idle time and fullscreen are unknown")
            return None
        # python-xlib 0.33 leaves the sockets of a failed connection open (unix_connect.py);
        # they are closed here, quietly, instead of warning at some later garbage collection.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                with _loading_only_used_extensions():
                    return cls(Display(name))
            except _OPEN_ERRORS as exc:
                log.info("cannot open X display %s: %s", name, exc)
            gc.collect()
        return None

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self._display.intern_atom(name)
        return self._atoms[name]

    def has_screensaver_extension(self) -> bool:
        return bool(self._display.has_extension("MIT-SCREEN-SAVER"))

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or pointer input on this server."""
        try:
            info = self._root.screensaver_query_info()
        except _ERRORS as exc:
            log.debug("XScreenSaverQueryInfo failed: %s", exc)
            return None
        return float(info.idle) / 1000.0

    def fullscreen_on_pointer_monitor(self) -> bool | None:
        """True when the window manager's active window is fullscreen and covers part of the
        monitor the pointer is on, where the prompt opens (ui/prompt.py); a fullscreen video on
        another monitor does not count. None when unknown (no EWMH window manager, or a query
        failed).

        All of it is in X's root-window pixels: Qt's screen geometry is in device-independent
        pixels once high-DPI scaling is on, so it is not mixed in. Qt's xcb plugin builds its
        screens from the same RandR monitors, so "the pointer's monitor" is the same for both.
        """
        try:
            active = self._root.get_full_property(
                self._atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType
            )
            if active is None or not active.value or not active.value[0]:
                return None if active is None else False
            window = self._display.create_resource_object("window", int(active.value[0]))
            state = window.get_full_property(self._atom("_NET_WM_STATE"), X.AnyPropertyType)
            values = state.value if state is not None else ()
            if self._atom("_NET_WM_STATE_FULLSCREEN") not in values:
                return False
            return self._window_area(window).overlaps(self._pointer_monitor())
        except _ERRORS as exc:
            log.debug("reading the active window's state failed: %s", exc)
            return None

    def _window_area(self, window: Any) -> Area:
        geometry = window.get_geometry()
        origin = self._root.translate_coords(window, 0, 0)
        return Area(int(origin.x), int(origin.y), int(geometry.width), int(geometry.height))

    def _pointer_monitor(self) -> Area:
        """The monitor with the pointer; else, as Qt falls back for the prompt, the primary one."""
        monitors = self.monitors()
        pointer = self._root.query_pointer()
        if pointer.same_screen:
            for monitor in monitors:
                if monitor.contains(int(pointer.root_x), int(pointer.root_y)):
                    return monitor
        return next((m for m in monitors if m.primary), monitors[0])

    def monitors(self) -> list[Area]:
        """The RandR 1.5 monitors (what ``xrandr --listmonitors`` shows); without them, the
        whole screen as one."""
        if self._display.has_extension("RANDR"):
            # Named and annotated: mypy types the bare (*_ERRORS, AttributeError) as tuple[type].
            errors: tuple[type[BaseException], ...] = (*_ERRORS, AttributeError)
            try:
                reply = self._root.xrandr_get_monitors()
            except errors as exc:  # RandR < 1.5, or an old python-xlib
                log.debug("RRGetMonitors failed: %s", exc)
            else:
                areas = [
                    Area(m.x, m.y, m.width_in_pixels, m.height_in_pixels, bool(m.primary))
                    for m in reply.monitors
                ]
                if areas:
                    return areas
        geometry = self._root.get_geometry()
        return [Area(0, 0, int(geometry.width), int(geometry.height), primary=True)]

    def close(self) -> None:
        with contextlib.suppress(*_ERRORS):
            self._display.close()
