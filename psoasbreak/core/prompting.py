"""How a due break is put to the user: the rules the presenter and the prompt windows follow.

- **Window or notification**: ``prompt_style`` "auto" means a notification where the desktop
  makes windows take the focus (Wayland), a window elsewhere (DESIGN §1).
- **The user's answer**: a click on the notification itself starts the break, like its Start
  button; closing it without choosing is "not now", a snooze; a notification that expires
  answers nothing (the prompt's own timeout records it as missed).
- **A pause in typing**: a prompt window waits until there has been no input for
  ``TYPING_PAUSE`` seconds, so a keystroke meant for the user's work never lands on it, but at
  most ``MAX_TYPING_WAIT`` seconds, counted on the Clock's monotonic time.
- **Why lines**: the "why" lines are shown in turn from a random start, so none repeats before
  all were shown.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from dataclasses import dataclass

#: Seconds without input that count as a pause in typing: longer than the gap between words,
#: shorter than a person's "let me think".
TYPING_PAUSE = 2.0
#: The longest a prompt waits for that pause, in seconds.
MAX_TYPING_WAIT = 30.0


class PromptAnswer(str, enum.Enum):
    START = "start"
    SNOOZE = "snooze"
    SKIP = "skip"


#: The notification's action keys we offer ("default" is a click on the notification itself),
#: and DISMISSED for the user closing it (the specification's NotificationClosed reason 2).
DISMISSED = "dismissed"
_ANSWERS = {
    "default": PromptAnswer.START,
    "start": PromptAnswer.START,
    "snooze": PromptAnswer.SNOOZE,
    "skip": PromptAnswer.SKIP,
    DISMISSED: PromptAnswer.SNOOZE,
}
#: The action keys a notification offers (its buttons, and the click on its body).
ACTION_KEYS = ("default", "start", "snooze", "skip")


def answer_for(key: str) -> PromptAnswer | None:
    """What a notification action key (or DISMISSED) means; None for anything else."""
    return _ANSWERS.get(key)


def prompt_as_notification(style: str, notification_by_default: bool) -> bool:
    """Whether the prompt is a desktop notification (else a window) for ``prompt_style``."""
    return style == "notification" or (style == "auto" and notification_by_default)


@dataclass(frozen=True)
class TypingWait:
    """The wait of one prompt window for a pause in typing, started at ``started`` (the Clock's
    monotonic seconds)."""

    started: float

    def waited(self, now: float) -> float:
        return max(0.0, now - self.started)

    def wait_more(self, now: float, idle_seconds: float | None) -> float | None:
        """Seconds until a pause could be long enough; None: show the prompt now (a pause, the
        longest wait is over, or the idle time is unknown)."""
        left = MAX_TYPING_WAIT - self.waited(now)
        if idle_seconds is None or idle_seconds >= TYPING_PAUSE or left <= 0:
            return None
        return min(TYPING_PAUSE - max(0.0, idle_seconds), left)


class WhyLines:
    """The "why" lines in turn, from a random start."""

    def __init__(self, lines: Sequence[str], rng: random.Random) -> None:
        self._lines = tuple(lines)
        self._next = rng.randrange(len(self._lines)) if self._lines else 0

    def next(self) -> str:
        if not self._lines:
            return ""
        line = self._lines[self._next % len(self._lines)]
        self._next += 1
        return line
