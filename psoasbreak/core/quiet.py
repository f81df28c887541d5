"""Why a prompt should wait: the interface the desktop's do-not-disturb sources implement.

The desktop reports a reason (a fullscreen window, do-not-disturb, a presentation) or None; the
session (core/session.py) decides what a held break becomes (its hold limit and re-check)."""

from __future__ import annotations

import enum
from typing import Protocol


class QuietReason(str, enum.Enum):
    """Why a prompt waits. The value is the English text of the log; the tray shows it in the
    user's language by member (ui/translation.py), never by matching the text."""

    FULLSCREEN = "a fullscreen window is active"
    DO_NOT_DISTURB = "do not disturb is on"
    INHIBITED = "an app asked not to be interrupted (a call, a presentation or a video)"
    SCREEN_LOCKED = "the screen is locked"
    FULLSCREEN_GAME = "a fullscreen game is running"
    PRESENTATION = "presentation mode is on"
    QUIET_HOURS = "quiet hours are on"

    def __str__(self) -> str:
        return self.value


class QuietSource(Protocol):
    def quiet_reason(self) -> QuietReason | None:
        """Why a prompt should wait right now (a fullscreen window, do not disturb), or None."""
        ...


class NeverQuiet:
    """Where nothing can tell: prompts are never held."""

    def quiet_reason(self) -> QuietReason | None:
        return None
