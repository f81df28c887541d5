"""Shared fixtures' building blocks: a listener that logs what the session says, and a session
wired to a real SQLite history and a FakeClock."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from psoasbreak.core.away import IdleReading
from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent
from psoasbreak.core.exercises import Exercise, ExerciseLibrary
from psoasbreak.core.limits import PromptChoices
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.session import BreakSession, Elsewhere, SessionStatus
from psoasbreak.core.settings import Settings
from psoasbreak.storage.database import HistoryDatabase


@dataclass
class ListenerLog:
    """Implements SessionListener by writing down every call, in order."""

    calls: list[tuple[str, object]] = field(default_factory=list)
    wake_at: datetime | None = None
    status: SessionStatus | None = None
    #: What each prompt offered, in order.
    choices: list[PromptChoices] = field(default_factory=list)

    def schedule_changed(self, wake_at: datetime | None) -> None:
        self.wake_at = wake_at
        self.calls.append(("schedule", wake_at))

    def state_changed(self, status: SessionStatus) -> None:
        self.status = status
        self.calls.append(("state", status.state))

    def prompt_opened(self, exercise: Exercise, choices: PromptChoices) -> None:
        self.calls.append(("prompt_opened", exercise.id))
        self.choices.append(choices)

    def prompt_closed(self) -> None:
        self.calls.append(("prompt_closed", None))

    def break_started(self, exercise: Exercise, seconds: int) -> None:
        self.calls.append(("break_started", (exercise.id, seconds)))

    def break_ended(self, event: BreakEvent) -> None:
        self.calls.append(("break_ended", event.outcome))

    def outcome_recorded(self, event: BreakEvent) -> None:
        self.calls.append(("recorded", event.outcome))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls if name not in ("schedule", "state")]


def make_session(
    tmp_path: Path,
    settings: Settings | None = None,
    clock: FakeClock | None = None,
    listener: object | None = None,
    seed: int = 7,
    idle: IdleReading | None = None,
    elsewhere: Elsewhere | None = None,
) -> tuple[BreakSession, FakeClock, HistoryDatabase, ListenerLog]:
    clock = clock or FakeClock()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    log = listener if listener is not None else ListenerLog()
    session = BreakSession(
        clock,
        BreakPolicy(settings or Settings(), random.Random(seed)),
        ExerciseLibrary.load_default(),
        database,
        log,  # type: ignore[arg-type]
        idle=idle,
        elsewhere=elsewhere,
    )
    return session, clock, database, log  # type: ignore[return-value]
