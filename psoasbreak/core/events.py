"""What a break ended as: the one value every part of the app records, counts and exports."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Outcome(str, enum.Enum):
    """How a break ended; the values are the public names used in JSON and CSV (DESIGN §3, §6)."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    SNOOZED = "snoozed"
    MISSED = "missed"
    NATURAL = "natural"


@dataclass(frozen=True)
class BreakEvent:
    """One recorded outcome.

    ``at`` is an aware datetime; its own UTC offset decides the day it counts for (DESIGN §6),
    so an event recorded while travelling keeps the day the user lived it in.
    ``exercise`` is an exercise id ("stretch", "breathing") or None (natural breaks, missed prompts).
    ``seconds`` is how long the break lasted (0 when none was taken).
    """

    at: datetime
    outcome: Outcome
    exercise: str | None = None
    seconds: int = 0

    def __post_init__(self) -> None:
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise ValueError("BreakEvent.at must carry a UTC offset")
        if self.seconds < 0:
            raise ValueError("BreakEvent.seconds must be >= 0")
