"""Why a prompt should wait: the interface the desktop's do-not-disturb sources implement.

The desktop reports a reason (a fullscreen window, do-not-disturb, a presentation) or None; the
session (core/session.py) decides what a held break becomes (its hold limit and re-check)."""

from __future__ import annotations

from typing import Protocol


class QuietSource(Protocol):
    def quiet_reason(self) -> str | None:
        """Why a prompt should wait right now (a fullscreen window, do not disturb), or None."""
        ...


class NeverQuiet:
    """Where nothing can tell: prompts are never held."""

    def quiet_reason(self) -> str | None:
        return None
