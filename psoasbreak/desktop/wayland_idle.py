"""Idle time on wlroots and KDE Wayland, from the compositor's own idle protocol.

There is no "how long since the last input?" query on Wayland; a client asks to be told once the
seat has been idle for a timeout, and again when input resumes. This asks for TYPING_PAUSE
seconds, so it knows the idle time exactly whenever it is past that (the timeout plus the time
since the ``idled`` event) and that it is under it otherwise (then it answers 0). The away check
needs no more than that, and the compositor wakes us only when the user stops or starts.

Two protocols, whichever the compositor offers: ``ext-idle-notify-v1`` (sway ≥ 1.8, KDE Plasma
5.27+, Hyprland, niri) and KDE's older ``org_kde_kwin_idle`` (sway 1.7, older Plasma). Both are
spoken through pywayland on our own connection to the compositor (not Qt's), watched with a
QSocketNotifier. GNOME offers neither and has Mutter's D-Bus idle monitor (see ``idle.py``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: The idle timeout asked for, in seconds: the prompt's "pause in typing" (ui/prompt.py).
THRESHOLD_SECONDS = 2.0


def _kde_idle_protocol() -> tuple[Any, Any]:
    """``org_kde_kwin_idle`` as pywayland classes, written out from KDE's idle.xml (the
    plasma-wayland-protocols package; pywayland ships only the freedesktop protocols). Only what
    we use: ``get_idle_timeout`` and the ``idle`` / ``resumed`` events."""
    from pywayland.protocol.wayland import WlSeat

    # From the defining modules: pywayland's package __init__ files do not re-export explicitly.
    from pywayland.protocol_core.argument import Argument
    from pywayland.protocol_core.globals import Global
    from pywayland.protocol_core.interface import Interface
    from pywayland.protocol_core.proxy import Proxy
    from pywayland.protocol_core.resource import Resource
    from pywayland.scanner.argument import ArgumentType

    class OrgKdeKwinIdleTimeout(Interface):
        name = "org_kde_kwin_idle_timeout"
        version = 1

    class OrgKdeKwinIdle(Interface):
        name = "org_kde_kwin_idle"
        version = 1

    class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
        interface = OrgKdeKwinIdleTimeout

        @OrgKdeKwinIdleTimeout.request()
        def release(self) -> None:
            self._marshal(0)
            self._destroy()

        @OrgKdeKwinIdleTimeout.request()
        def simulate_user_activity(self) -> None:
            self._marshal(1)

    class OrgKdeKwinIdleTimeoutResource(Resource[OrgKdeKwinIdleTimeout]):
        interface = OrgKdeKwinIdleTimeout

        @OrgKdeKwinIdleTimeout.event()
        def idle(self) -> None:
            self._post_event(0)

        @OrgKdeKwinIdleTimeout.event()
        def resumed(self) -> None:
            self._post_event(1)

    class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
        interface = OrgKdeKwinIdle

        @OrgKdeKwinIdle.request(
            Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
            Argument(ArgumentType.Object, interface=WlSeat),
            Argument(ArgumentType.Uint),
        )
        def get_idle_timeout(self, seat: Any, timeout: int) -> Any:
            return self._marshal_constructor(0, OrgKdeKwinIdleTimeout, seat, timeout)

    class OrgKdeKwinIdleResource(Resource[OrgKdeKwinIdle]):
        interface = OrgKdeKwinIdle

    class OrgKdeKwinIdleTimeoutGlobal(Global[OrgKdeKwinIdleTimeout]):
        interface = OrgKdeKwinIdleTimeout

    class OrgKdeKwinIdleGlobal(Global[OrgKdeKwinIdle]):
        interface = OrgKdeKwinIdle

    for interface, proxy, resource, glob in (
        (
            OrgKdeKwinIdleTimeout,
            OrgKdeKwinIdleTimeoutProxy,
            OrgKdeKwinIdleTimeoutResource,
            OrgKdeKwinIdleTimeoutGlobal,
        ),
        (OrgKdeKwinIdle, OrgKdeKwinIdleProxy, OrgKdeKwinIdleResource, OrgKdeKwinIdleGlobal),
    ):
        interface._gen_c()
        interface.proxy_class = proxy
        interface.resource_class = resource
        interface.global_class = glob
    return OrgKdeKwinIdle, WlSeat


_KDE_IDLE: tuple[Any, Any] | None = None


def _kde_idle() -> tuple[Any, Any]:
    global _KDE_IDLE  # built once: pywayland registers interfaces with the C library
    if _KDE_IDLE is None:
        _KDE_IDLE = _kde_idle_protocol()
    return _KDE_IDLE


class WaylandIdleMonitor(QObject):
    """An IdleMonitor (see ``idle.py``) from the compositor's idle notifications."""

    available = True

    def __init__(
        self,
        display: Any,
        watch: Any,
        protocol: str,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.name = f"Wayland {protocol}"
        self._display = display
        self._watch = watch  # the notification object: kept alive for as long as we listen
        self._monotonic = monotonic
        self._idle_since: float | None = None  # monotonic time of the last "idled"
        self._broken = False
        self._proxies: list[Any] = []
        self._notifier = QSocketNotifier(display.get_fd(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    @classmethod
    def open(cls, display_name: str | None = None) -> WaylandIdleMonitor | None:
        """Connect to the compositor and ask for idle notifications; None when pywayland, the
        compositor or both idle protocols are missing (the reason is logged)."""
        try:
            from pywayland.client.display import Display
        except ImportError as exc:
            log.info("pywayland is not installed (%s): no idle time on this Wayland desktop", exc)
            return None
        display = Display(display_name)
        try:
            display.connect()
        except (ValueError, RuntimeError) as exc:
            log.info("cannot reach the Wayland compositor for idle time: %s", exc)
            return None
        try:
            registry, found = _globals(display)
            made = _watch(registry, found)
        except RuntimeError as exc:
            log.info("the compositor's idle protocol failed: %s", exc)
            display.disconnect()
            return None
        if made is None:
            log.info(
                "the compositor offers neither ext-idle-notify-v1 nor org_kde_kwin_idle "
                "(it has: %s)",
                ", ".join(sorted(found)) or "nothing",
            )
            display.disconnect()
            return None
        watch, protocol, keep = made
        monitor = cls(display, watch, protocol)
        monitor._proxies = [registry, *keep]  # alive as long as the monitor listens
        watch.dispatcher["idled" if protocol.startswith("ext") else "idle"] = monitor._idled
        watch.dispatcher["resumed"] = monitor._resumed
        display.flush()
        return monitor

    def idle_seconds(self) -> float | None:
        if self._broken:
            return None
        if self._idle_since is None:
            return 0.0  # input within the last THRESHOLD_SECONDS
        return THRESHOLD_SECONDS + self._monotonic() - self._idle_since

    def close(self) -> None:
        self._notifier.setEnabled(False)
        if not self._broken:
            self._display.disconnect()
        self._broken = True

    # -- events from the compositor ----------------------------------------------------

    def _idled(self, *_: Any) -> None:
        self._idle_since = self._monotonic()

    def _resumed(self, *_: Any) -> None:
        self._idle_since = None

    def _readable(self) -> None:
        try:
            self._display.read()
            self._display.dispatch(block=False)
            self._display.flush()
        except RuntimeError as exc:  # the compositor went away or broke the connection
            log.warning("lost the Wayland idle notifications: %s", exc)
            self._notifier.setEnabled(False)
            self._broken = True


def _globals(display: Any) -> tuple[Any, dict[str, tuple[int, int]]]:
    """The registry, and the compositor's globals: interface name → (global name, version)."""
    found: dict[str, tuple[int, int]] = {}

    def on_global(_registry: Any, name: int, interface: str, version: int) -> None:
        found[interface] = (name, version)

    registry = display.get_registry()
    registry.dispatcher["global"] = on_global
    if display.roundtrip() < 0:
        raise RuntimeError("the registry round trip failed")
    return registry, found


def _watch(registry: Any, found: dict[str, tuple[int, int]]) -> tuple[Any, str, list[Any]] | None:
    """The idle notification object, the protocol's name, and the proxies it hangs on."""
    if "wl_seat" not in found:
        return None
    timeout_ms = int(THRESHOLD_SECONDS * 1000)
    if "ext_idle_notifier_v1" in found:
        from pywayland.protocol.ext_idle_notify_v1 import ExtIdleNotifierV1
        from pywayland.protocol.wayland import WlSeat

        seat = registry.bind(found["wl_seat"][0], WlSeat, 1)
        notifier = registry.bind(found["ext_idle_notifier_v1"][0], ExtIdleNotifierV1, 1)
        watch = notifier.get_idle_notification(timeout_ms, seat)
        return watch, "ext-idle-notify-v1", [seat, notifier]
    if "org_kde_kwin_idle" in found:
        kde_idle, wl_seat = _kde_idle()
        seat = registry.bind(found["wl_seat"][0], wl_seat, 1)
        idle = registry.bind(found["org_kde_kwin_idle"][0], kde_idle, 1)
        return idle.get_idle_timeout(seat, timeout_ms), "org_kde_kwin_idle", [seat, idle]
    return None
