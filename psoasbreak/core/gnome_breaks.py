"""GNOME's own movement break reminders beside ours (issue 16, GNOME 48 and later).

GNOME 48 ships break reminders (Settings → Wellbeing): with "movement" among the
``org.gnome.desktop.break-reminders selected-breaks``, GNOME Shell asks the user to move after a
stretch of activity, as psoasbreak does. Two reminders for one habit is one too many, so the user
is told once and offered the choice: turn GNOME's movement reminders off (only on their click),
or keep both. With both on, the rules here keep the two from prompting within a minute of each
other: ours waits while GNOME's is out, for a minute after, and for the minute before GNOME's is
due; and a break GNOME saw the user take restarts our interval like any break taken elsewhere.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from psoasbreak.core.clock import Clock
from psoasbreak.core.quiet import QuietReason

#: The name GNOME gives its movement breaks in ``selected-breaks``.
MOVEMENT: Final = "movement"
#: No two prompts, GNOME's and ours, within this long of each other.
PROMPT_GAP: Final = timedelta(minutes=1)


class GnomeChoice(str, enum.Enum):
    """What the user chose when told of GNOME's movement reminders; kept across starts."""

    UNDECIDED = "undecided"
    TURNED_OFF = "turned-off"
    KEEP_BOTH = "keep-both"


def movement_selected(selected: Sequence[str] | None) -> bool:
    return selected is not None and MOVEMENT in selected


def without_movement(selected: Sequence[str]) -> tuple[str, ...]:
    """The selection with GNOME's movement breaks taken out; its eyesight breaks stay: those
    are not ours to decide."""
    return tuple(name for name in selected if name != MOVEMENT)


def offer_choice(movement_on: bool, choice: GnomeChoice) -> bool:
    """Whether to tell the user and offer the choice: GNOME's movement reminders are on and
    the user has not chosen yet (once chosen, never asked again)."""
    return movement_on and choice is GnomeChoice.UNDECIDED


@dataclass(frozen=True)
class GnomeBreakFacts:
    """What GNOME says of its movement breaks right now (None: it cannot say)."""

    movement_on: bool
    #: GNOME's break is due or the user is taking it: its prompt is out.
    prompting: bool = False
    #: When GNOME last saw a break end (the user idle for its break's length).
    last_break_end: datetime | None = None
    #: GNOME's movement interval (``interval-seconds``), to see its next prompt coming.
    interval: timedelta | None = None

    def next_due(self) -> datetime | None:
        if self.last_break_end is None or self.interval is None:
            return None
        return self.last_break_end + self.interval


class GnomeBreakQuiet:
    """A quiet source (core/quiet.py): our prompt waits while GNOME's is out, within
    ``PROMPT_GAP`` after it was last seen out, and within ``PROMPT_GAP`` before GNOME's next one
    is due. The session asks when a break falls due and once a minute while it waits (its hold
    limit ends the wait), so GNOME's prompt is seen within a minute of showing."""

    def __init__(self, facts: Callable[[], GnomeBreakFacts], clock: Clock) -> None:
        self._facts, self._clock = facts, clock
        self._seen_prompting: datetime | None = None

    def quiet_reason(self) -> QuietReason | None:
        facts = self._facts()
        if not facts.movement_on:
            return None
        now = self._clock.now()
        if facts.prompting:
            self._seen_prompting = now
            return QuietReason.GNOME_BREAK
        if self._seen_prompting is not None and now - self._seen_prompting < PROMPT_GAP:
            return QuietReason.GNOME_BREAK
        due = facts.next_due()
        if due is not None and timedelta(0) <= due - now < PROMPT_GAP:
            return QuietReason.GNOME_BREAK
        return None
