"""GNOME 48's break reminders, read and (on the user's click) turned off (issue 16).

The settings are GSettings ``org.gnome.desktop.break-reminders`` (``selected-breaks``, and the
``movement`` child's ``interval-seconds``), read and written with the ``gsettings`` program like
GNOME's do-not-disturb switch (desktop/dnd.py): the same store as GNOME's Settings window. GNOME
before 48 has no such schema, and then there is nothing to respect. What GNOME Shell's break
manager is doing comes from its ``org.gnome.Shell.ScreenTime`` object on the session bus
(``State``, ``LastBreakEndTime``); a shell without it (GNOME 43 here, every other desktop)
simply has no prompt out.
"""

from __future__ import annotations

import ast
import logging
import os
import subprocess
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

    from psoasbreak.desktop.environment import DesktopSession

log = logging.getLogger(__name__)

SCHEMA: Final = "org.gnome.desktop.break-reminders"
MOVEMENT_SCHEMA: Final = f"{SCHEMA}.movement"
#: GNOME Shell's break manager states over D-Bus that mean its prompt is out: the shell's own
#: enum (3 "in break", 4 "break due") and the interface file's (2 and 3) disagree, and an idle
#: user with no break due is no prompt in either; 2 is read as the interface file says.
SCREEN_TIME = ("org.gnome.Shell", "/org/gnome/Shell/ScreenTime", "org.gnome.Shell.ScreenTime")
PROMPTING_STATES: Final = frozenset({2, 3, 4})


class GnomeBreakSettings:
    """``selected-breaks`` and the movement interval through ``gsettings``; every failure (no
    program, no schema: GNOME before 48) reads as "no GNOME break reminders"."""

    def __init__(self, program: str) -> None:
        self._program = program
        # GNOME before 48 has no such schema: found once, then gsettings is not run again at
        # every due break for an answer that cannot change while the session runs.
        self._schema_missing = False

    def _run(self, *args: str) -> str | None:
        if self._schema_missing:
            return None
        try:
            answer = subprocess.run(
                [self._program, *args],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
                env={**os.environ, "LC_ALL": "C.UTF-8"},  # its messages in English, to read
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            log.debug("gsettings: %s", exc)
            return None
        if answer.returncode != 0:
            log.debug("gsettings %s: %s", " ".join(args), answer.stderr.strip())
            self._schema_missing = "No such schema" in answer.stderr
            return None
        return answer.stdout.strip()

    def selected(self) -> tuple[str, ...] | None:
        """GNOME's selected breaks ("movement", "eyesight"), or None without the schema."""
        text = self._run("get", SCHEMA, "selected-breaks")
        if text is None:
            return None
        text = text.removeprefix("@as ")  # GVariant's text form of an empty list: "@as []"
        try:
            value = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            log.warning("gsettings gave %r for %s selected-breaks", text, SCHEMA)
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return None
        return tuple(value)

    def movement_interval(self) -> timedelta | None:
        text = self._run("get", MOVEMENT_SCHEMA, "interval-seconds")
        if text is None:
            return None
        number = text.removeprefix("uint32 ")
        return timedelta(seconds=int(number)) if number.isdigit() else None

    def set_selected(self, selected: Sequence[str]) -> bool:
        """Write ``selected-breaks``; True when gsettings took it."""
        value = "[" + ", ".join(repr(str(name)) for name in selected) + "]"
        return self._run("set", SCHEMA, "selected-breaks", value) is not None


class ScreenTime:
    """GNOME Shell's break manager, asked over the session bus when a break of ours falls due."""

    def __init__(self, bus: QDBusConnection) -> None:
        self._bus = bus

    def read(self) -> tuple[bool, datetime | None]:
        """(GNOME's prompt is out, when its last break ended); (False, None) without it."""
        from psoasbreak.desktop import qtdbus

        service, path, interface = SCREEN_TIME
        state = qtdbus.get_property(self._bus, service, path, interface, "State")
        ended = qtdbus.get_property(self._bus, service, path, interface, "LastBreakEndTime")
        prompting = isinstance(state, int) and state in PROMPTING_STATES
        last = None
        if isinstance(ended, int) and ended > 0:
            last = datetime.fromtimestamp(ended, timezone.utc).astimezone()
        return prompting, last


class NoGnomeBreaks:
    """Every desktop but GNOME: no break reminders of its own to respect."""

    def selected(self) -> tuple[str, ...] | None:
        return None

    def set_selected(self, selected: Sequence[str]) -> bool:
        return False

    def movement_interval(self) -> timedelta | None:
        return None

    def shell_break(self) -> tuple[bool, datetime | None]:
        return False, None


class GnomeBreaks:
    """GNOME's settings (``gsettings``) and its shell's break manager (D-Bus), as facts."""

    def __init__(self, settings: GnomeBreakSettings, screen_time: ScreenTime | None) -> None:
        self.settings = settings
        self._screen_time = screen_time

    def selected(self) -> tuple[str, ...] | None:
        return self.settings.selected()

    def set_selected(self, selected: Sequence[str]) -> bool:
        return self.settings.set_selected(selected)

    def movement_interval(self) -> timedelta | None:
        return self.settings.movement_interval()

    def shell_break(self) -> tuple[bool, datetime | None]:
        """(GNOME's prompt is out, when its last break ended)."""
        return self._screen_time.read() if self._screen_time else (False, None)


def build_gnome_breaks(
    session: DesktopSession, bus: QDBusConnection | None = None
) -> GnomeBreaks | NoGnomeBreaks:
    """GNOME's break reminders where GNOME Shell runs them (with ``gsettings`` to read them)."""
    import shutil

    program = shutil.which("gsettings")
    if not session.is_gnome or program is None:
        return NoGnomeBreaks()
    if bus is None:
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
    return GnomeBreaks(GnomeBreakSettings(program), ScreenTime(bus) if bus.isConnected() else None)
