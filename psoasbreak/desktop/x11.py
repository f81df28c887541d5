"""The two X11 questions the app asks, over python-xlib (pure Python, no C library to install):
how long since the last input (the MIT-SCREEN-SAVER extension), and whether the active window
is fullscreen (EWMH ``_NET_ACTIVE_WINDOW`` + ``_NET_WM_STATE_FULLSCREEN``).

Only for real X11 sessions: under Wayland, XWayland sees only X11 clients' input and windows.
Every query is one synchronous round trip; any X error or a lost connection reads as "unknown".
"""

from __future__ import annotations

import contextlib
import gc
import logging
import warnings
from typing import Any

log = logging.getLogger(__name__)

try:
    from Xlib import X
    from Xlib.display import Display
    from Xlib.error import ConnectionClosedError, DisplayError, XError

    #: What python-xlib raises for a lost connection or a window that vanished mid-query.
    _ERRORS: tuple[type[BaseException], ...] = (XError, ConnectionClosedError, OSError)
    _OPEN_ERRORS: tuple[type[BaseException], ...] = (DisplayError, *_ERRORS)
except ImportError:  # python-xlib is a Linux-only dependency
    Display = None
    _ERRORS = _OPEN_ERRORS = (OSError,)


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

    def active_window_fullscreen(self) -> bool | None:
        """True when the window manager's active window is fullscreen; None when unknown (no
        EWMH window manager, or the query failed)."""
        try:
            active = self._root.get_full_property(
                self._atom("_NET_ACTIVE_WINDOW"), X.AnyPropertyType
            )
            if active is None or not active.value or not active.value[0]:
                return None if active is None else False
            window = self._display.create_resource_object("window", int(active.value[0]))
            state = window.get_full_property(self._atom("_NET_WM_STATE"), X.AnyPropertyType)
        except _ERRORS as exc:
            log.debug("reading the active window's state failed: %s", exc)
            return None
        values = state.value if state is not None else ()
        return self._atom("_NET_WM_STATE_FULLSCREEN") in values

    def close(self) -> None:
        with contextlib.suppress(*_ERRORS):
            self._display.close()
