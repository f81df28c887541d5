"""The operating-system edges the app is built with, and the one factory that detects them.

``App`` takes a ``DesktopEdges`` factory: ``detect_edges`` for the real desktop, or one that
returns fakes (tests/qt/conftest.py). Every edge is there, real or null (an interface, a Null
implementation, a factory that picks one): nothing stands for "absent" with None, and nothing
asks whether an edge is the null one. The factory is called after the tray icon is shown, since
detecting the desktop costs a few tenths of a second (issue 9).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from psoasbreak.core.quiet import QuietSource
from psoasbreak.desktop.autostart import Autostart, autostart_for_platform
from psoasbreak.desktop.clock_watch import ClockSetWatch, NoClockSetWatch
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from psoasbreak.desktop.gnome_breaks import GnomeBreaks, NoGnomeBreaks
from psoasbreak.desktop.idle import IdleMonitor
from psoasbreak.desktop.notifications import NoNotifications, NotificationPrompt
from psoasbreak.desktop.power import SleepMonitor, TimezoneWatch
from psoasbreak.desktop.screen_lock import ScreenLockWatch
from psoasbreak.desktop.sound import SoundPlayer
from psoasbreak.desktop.tray_host import LateTrayHost, NoLateTrayHost, tray_is_status_notifier
from psoasbreak.scheduling.wake import WakeClocks

log = logging.getLogger(__name__)


@dataclass
class DesktopEdges:
    desktop: DesktopSession
    quiet: QuietSource
    idle: IdleMonitor
    wake_clocks: WakeClocks
    #: The kernel's word on clock sets and resumes (Linux); the inactive one elsewhere.
    clock_set: ClockSetWatch | NoClockSetWatch
    sleep: SleepMonitor
    #: timedated's word that the time zone changed (Linux with systemd).
    timezone: TimezoneWatch
    screen_lock: ScreenLockWatch
    late_tray_host: LateTrayHost | NoLateTrayHost
    notifications: NotificationPrompt | NoNotifications
    sound: SoundPlayer
    autostart: Autostart
    #: Whether logind and the screensaver are asked on D-Bus (Linux).
    on_dbus: bool
    #: Whether Qt's tray icon is a StatusNotifierItem (its messages are notifications).
    tray_is_status_notifier: Callable[[], bool] = lambda: False
    #: The names of the programs running now, for ``quiet_apps`` (asked only when a break is due).
    running_programs: Callable[[], frozenset[str]] = lambda: frozenset()
    #: GNOME 48's own break reminders (Settings → Wellbeing); none elsewhere.
    gnome_breaks: GnomeBreaks | NoGnomeBreaks = field(default_factory=NoGnomeBreaks)

    @property
    def notification_by_default(self) -> bool:
        """``prompt_style = "auto"`` means a notification on Wayland (DESIGN §1)."""
        return self.desktop.server is DisplayServer.WAYLAND

    def close(self) -> None:
        """At quit: the idle monitor lets go of the compositor, the timerfd is closed."""
        self.idle.close()
        self.clock_set.close()


def detect_edges() -> DesktopEdges:
    """The edges of the desktop this process runs on."""
    from psoasbreak.assets import resource_path
    from psoasbreak.desktop.dnd import build_quiet_source
    from psoasbreak.desktop.gnome_breaks import build_gnome_breaks
    from psoasbreak.desktop.idle import build_idle_monitor
    from psoasbreak.desktop.notifications import notifications_for_platform
    from psoasbreak.desktop.processes import running_program_names
    from psoasbreak.desktop.sound import detect_sound_player
    from psoasbreak.logs import current_log_file
    from psoasbreak.scheduling.wake import SystemWakeClocks

    desktop = DesktopSession.detect()
    log.info("desktop session: %s", desktop.describe())
    return DesktopEdges(
        desktop=desktop,
        quiet=build_quiet_source(desktop),
        idle=build_idle_monitor(desktop),
        wake_clocks=SystemWakeClocks(),
        clock_set=ClockSetWatch.open(),
        sleep=SleepMonitor(),
        timezone=TimezoneWatch(),
        screen_lock=ScreenLockWatch(),
        # Qt on XWayland: a tray host that starts later (a bar after login) needs a new icon.
        late_tray_host=LateTrayHost.for_session(),
        notifications=notifications_for_platform(str(resource_path("icons", "psoasbreak.svg"))),
        sound=detect_sound_player(output=current_log_file()),
        autostart=autostart_for_platform(),
        on_dbus=sys.platform.startswith("linux"),
        running_programs=running_program_names,
        tray_is_status_notifier=tray_is_status_notifier,
        gnome_breaks=build_gnome_breaks(desktop),
    )
