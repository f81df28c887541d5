"""Why a prompt should wait: the interface the desktop's do-not-disturb sources implement.

The desktop reports a reason (a fullscreen window, do-not-disturb, a presentation) or None; the
session (core/session.py) decides what a held break becomes (its hold limit and re-check)."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from typing import Protocol

from psoasbreak.core.messages import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class QuietReason(str, enum.Enum):
    """Why a prompt waits. The value is the English text of the log, marked for translation
    here; the tray shows it in the user's language (the "Quiet" context)."""

    FULLSCREEN = QT_TRANSLATE_NOOP("Quiet", "a fullscreen window is active")
    DO_NOT_DISTURB = QT_TRANSLATE_NOOP("Quiet", "do not disturb is on")
    INHIBITED = QT_TRANSLATE_NOOP(
        "Quiet", "an app asked not to be interrupted (a call, a presentation or a video)"
    )
    SCREEN_LOCKED = QT_TRANSLATE_NOOP("Quiet", "the screen is locked")
    FULLSCREEN_GAME = QT_TRANSLATE_NOOP("Quiet", "a fullscreen game is running")
    PRESENTATION = QT_TRANSLATE_NOOP("Quiet", "presentation mode is on")
    QUIET_HOURS = QT_TRANSLATE_NOOP("Quiet", "quiet hours are on")
    MICROPHONE = QT_TRANSLATE_NOOP("Quiet", "the microphone is in use")
    CAMERA = QT_TRANSLATE_NOOP("Quiet", "the camera is in use")
    SCREEN_SHARING = QT_TRANSLATE_NOOP("Quiet", "the screen is being shared")
    QUIET_APP = QT_TRANSLATE_NOOP("Quiet", "a program from your quiet list is running")
    GNOME_BREAK = QT_TRANSLATE_NOOP("Quiet", "GNOME's own movement break is due")

    def __str__(self) -> str:
        return self.value

    @property
    def waiting_for(self) -> str:
        """The reason's name in ``status --json`` (DESIGN §3 ``waiting_for``): the contract has
        a few names, so the desktop's finer reasons are folded into the one a script cares about."""
        return _WAITING_FOR[self]


_WAITING_FOR = {
    QuietReason.FULLSCREEN: "fullscreen",
    QuietReason.FULLSCREEN_GAME: "fullscreen",
    QuietReason.DO_NOT_DISTURB: "do-not-disturb",
    QuietReason.INHIBITED: "do-not-disturb",
    QuietReason.SCREEN_LOCKED: "do-not-disturb",
    QuietReason.PRESENTATION: "do-not-disturb",
    QuietReason.QUIET_HOURS: "do-not-disturb",
    QuietReason.MICROPHONE: "microphone",
    QuietReason.CAMERA: "camera",
    QuietReason.SCREEN_SHARING: "screen-sharing",
    QuietReason.QUIET_APP: "quiet-app",
    QuietReason.GNOME_BREAK: "gnome-break",
}


class QuietSource(Protocol):
    def quiet_reason(self) -> QuietReason | None:
        """Why a prompt should wait right now (a fullscreen window, do not disturb), or None."""
        ...


class NeverQuiet:
    """Where nothing can tell: prompts are never held."""

    def quiet_reason(self) -> QuietReason | None:
        return None


class AnyQuiet:
    """Several sources asked in order; the first reason found is the one the tray names."""

    def __init__(self, sources: Sequence[QuietSource]) -> None:
        self.sources = tuple(sources)

    def quiet_reason(self) -> QuietReason | None:
        for source in self.sources:
            reason = source.quiet_reason()
            if reason is not None:
                return reason
        return None


def program_key(name: str) -> str:
    """How a program's name is compared: without case, and without the ``.exe`` a Windows user
    may write (``Zoom.exe`` is the program Task Manager lists as ``Zoom``)."""
    key = name.strip().casefold()
    return key[: -len(".exe")] if key.endswith(".exe") else key


def quiet_app_running(wanted: Sequence[str], running: frozenset[str]) -> str | None:
    """The first of the user's ``quiet_apps`` that is running, as they wrote it, or None.
    ``running`` holds the executables' names as ``program_key`` spells them."""
    for name in wanted:
        if program_key(name) in running:
            return name
    return None


class QuietApps:
    """The ``quiet_apps`` setting as a quiet source: a due break waits while one of the listed
    programs runs (a call app, a screen recorder). The list is read at each question, so an
    edit applies at the next check; with an empty list no process is looked at."""

    def __init__(
        self, wanted: Callable[[], Sequence[str]], running: Callable[[], frozenset[str]]
    ) -> None:
        self._wanted = wanted
        self._running = running

    def quiet_reason(self) -> QuietReason | None:
        wanted = self._wanted()
        if not wanted:
            return None
        found = quiet_app_running(wanted, self._running())
        if found is None:
            return None
        log.info("%s is running (quiet_apps)", found)
        return QuietReason.QUIET_APP
