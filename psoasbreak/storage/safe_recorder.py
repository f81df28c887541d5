"""Recording that never fails the user: what cannot be saved now is held and saved later.

The session calls ``record`` and moves on; it must never crash or lose an outcome because the disk
is full, the file became read-only or the history could not be opened at start-up. ``SafeRecorder``
writes through ``HistoryDatabase`` while it can. When a write fails it keeps the outcome (and every
later one, in order) in memory, tells the user once, and asks its retry timer for another try,
waiting longer each time. When a write succeeds again it says so. Reads add the held outcomes, so
today's count and the streak stay right meanwhile. At ``close`` anything still held is written to
a CSV file (the import format, DESIGN §6) and, in any case, to the log: never dropped silently.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Final, Protocol, TypeVar

from psoasbreak.core.events import BreakEvent
from psoasbreak.core.history import DayCounts, count_by_day, event_day
from psoasbreak.core.history_csv import write_csv
from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.core.programme import SessionRecord, Step, StepRecord, session_json
from psoasbreak.storage.database import DatabaseError, DatabaseLockedError, HistoryDatabase

log = logging.getLogger(__name__)

FIRST_RETRY_SECONDS: Final = 5.0
#: How long a write from the app waits for another program's lock on the history: it runs on the
#: GUI thread, so not the 5 s the commands wait; a failed write is held and retried anyway.
GUI_LOCK_WAIT_MS: Final = 100
MAX_RETRY_SECONDS: Final = 300.0

T = TypeVar("T")


class RetryTimer(Protocol):
    """Calls ``SafeRecorder.flush`` once, ``delay_seconds`` from now (the Qt side owns it)."""

    def start(self, delay_seconds: float) -> None:
        """Arm (or re-arm) the single retry."""
        ...

    def stop(self) -> None:
        """Nothing is waiting any more: drop the timer."""
        ...


@dataclass(frozen=True)
class StorageNotice:
    """Something the user must hear about their history; ``problem`` is False for good news.
    ``title`` is a fixed text; ``said`` is the body (``text`` in English)."""

    title: str
    said: Message
    problem: bool = True

    @property
    def text(self) -> str:
        return self.said.text


@dataclass(frozen=True)
class _StepUp:
    at: datetime
    exercise: str
    level: int

    def json(self) -> dict[str, object]:
        return {"step_up": self.exercise, "level": self.level, "at": self.at.isoformat()}


class SafeRecorder:
    """A ``HistoryDatabase`` whose ``record`` never raises; see the module docstring.

    ``database`` is None when the file could not be opened at start-up; ``reopen`` is then tried on
    every retry. ``attach`` connects the retry timer and the user's ears once they exist; until
    then troubles are kept and delivered on attach.
    """

    def __init__(
        self,
        database: HistoryDatabase | None,
        reopen: Callable[[], HistoryDatabase],
        path: Path,
        spill_dirs: Sequence[Path] = (),
    ) -> None:
        self._db = database
        if database is not None:
            database.wait_for_locks(GUI_LOCK_WAIT_MS)
        self._reopen = reopen
        self.path = path
        self._spill_dirs = tuple(spill_dirs)
        self._pending: list[BreakEvent] = []
        #: Programme sessions and step-ups not yet on disk, oldest first (written after breaks).
        self._held_programme: list[SessionRecord | _StepUp] = []
        self._retry: RetryTimer | None = None
        self._tell: Callable[[StorageNotice], None] | None = None
        self._untold: list[StorageNotice] = []
        self._in_trouble = False
        self._delay = FIRST_RETRY_SECONDS
        self._closed = False
        if database is None:
            self._in_trouble = True  # the opener has told the user why

    # -- wiring ----------------------------------------------------------------------------

    def attach(self, retry: RetryTimer, tell: Callable[[StorageNotice], None]) -> None:
        self._retry, self._tell = retry, tell
        untold, self._untold = self._untold, []
        for notice in untold:
            tell(notice)
        self._arm()

    @property
    def pending(self) -> tuple[BreakEvent, ...]:
        """Outcomes recorded but not yet on disk, oldest first."""
        return tuple(self._pending)

    @property
    def healthy(self) -> bool:
        """The database is open and holds everything recorded."""
        return self._db is not None and not self._pending and not self._held_programme

    # -- writing ---------------------------------------------------------------------------

    def record(self, event: BreakEvent) -> None:
        """Store ``event`` now if possible, else hold it; never raises for storage trouble."""
        self._pending.append(event)
        self.flush()

    def flush(self) -> bool:
        """Write what is held, oldest first; True when nothing is left. The retry timer's slot."""
        if self._closed:
            return not self._pending and not self._held_programme
        database = self._database()
        while database is not None and self._pending:
            try:
                database.record(self._pending[0])
            except DatabaseError as exc:
                self._trouble(str(exc), locked=isinstance(exc, DatabaseLockedError))
                break
            except ValueError:
                # Not storage trouble but an event no file can hold (a bug): holding it would
                # block every later one forever, so it goes to the log instead.
                log.exception("cannot store %r; it is dropped", self._pending[0])
            self._pending.pop(0)
        if database is not None and not self._pending:
            self._flush_programme(database)
        if database is not None and not self._pending and not self._held_programme:
            self._recovered()
        self._arm()
        return not self._pending and not self._held_programme

    def record_session(self, session: SessionRecord) -> None:
        """Store a programme session now if possible, else hold it like a break."""
        self._held_programme.append(session)
        self.flush()

    def record_step_up(self, at: datetime, exercise: str, level: int) -> None:
        """Store a step up the user accepted now if possible, else hold it."""
        self._held_programme.append(_StepUp(at, exercise, level))
        self.flush()

    def _flush_programme(self, database: HistoryDatabase) -> None:
        while self._held_programme:
            item = self._held_programme[0]
            try:
                if isinstance(item, _StepUp):
                    database.record_step_up(item.at, item.exercise, item.level)
                else:
                    database.record_session(item)
            except DatabaseError as exc:
                self._trouble(str(exc), locked=isinstance(exc, DatabaseLockedError))
                return
            except ValueError:
                log.exception("cannot store %r; it is dropped", item)
            self._held_programme.pop(0)

    def record_many(self, events: Iterable[BreakEvent]) -> int:
        """All or nothing, as ``HistoryDatabase.record_many``; raises ``DatabaseError`` (an import
        is a command the user waits on, so it fails loudly instead of being held)."""
        database = self._database()
        if database is None:
            raise DatabaseError(f"the break history {self.path} cannot be opened right now")
        return database.record_many(events)

    def close(self) -> list[StorageNotice]:
        """Last try, then keep what is still held in a CSV file.

        Returns what the user must still hear (the UI is gone by now, so the caller prints it)."""
        self._tell = None
        self.flush()
        self._closed = True
        if self._retry is not None:
            self._retry.stop()
        if self._pending:
            self._spill(self._pending)
        if self._held_programme:
            self._spill_programme(self._held_programme)
        if self._db is not None:
            self._db.close()
            self._db = None
        untold, self._untold = self._untold, []
        return untold

    # -- other machines (issue 19) ---------------------------------------------------------

    def record_remote(
        self, breaks: Mapping[str, Iterable[BreakEvent]], names: Mapping[str, str]
    ) -> int | None:
        """Store other machines' breaks; None when the file cannot take them now. Nothing is
        held: their files keep them, and the next change in the sync folder brings them again."""
        return self._quietly(lambda db: db.record_remote(breaks, names), None)

    def own_events(self) -> list[BreakEvent]:
        """This machine's breaks, those still held included: what its sync file shares."""
        none: list[BreakEvent] = []
        stored = self._quietly(lambda db: db.own_events(), none)
        return sorted([*stored, *self._pending], key=lambda e: e.at.timestamp())

    def machine_events(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[str | None, BreakEvent]]:
        none: list[tuple[str | None, BreakEvent]] = []
        return self._quietly(lambda db: db.machine_events(first, last), none)

    def record_use_span(self, start: datetime, end: datetime) -> None:
        self._quietly(lambda db: db.record_use_span(start, end), None)

    def use_spans(self) -> list[tuple[datetime, datetime]]:
        none: list[tuple[datetime, datetime]] = []
        return self._quietly(lambda db: db.use_spans(), none)

    def _quietly(self, act: Callable[[HistoryDatabase], T], fallback: T) -> T:
        """Sharing is best effort: trouble with the file is logged, the break loop's own
        notices and retries stay about the user's own breaks."""
        database = self._database()
        if database is None:
            return fallback
        try:
            return act(database)
        except DatabaseError as exc:
            log.warning("sync: %s", exc)
            return fallback

    # -- reading ---------------------------------------------------------------------------

    def day_counts(self, first: date, last: date) -> dict[date, DayCounts]:
        held = [e for e in self._pending if first <= event_day(e) <= last]
        return self._merge(lambda db: db.day_counts(first, last), held)

    def all_day_counts(self) -> dict[date, DayCounts]:
        return self._merge(lambda db: db.all_day_counts(), self._pending)

    def events(self, first: date | None = None, last: date | None = None) -> list[BreakEvent]:
        held = [
            e
            for e in self._pending
            if (first is None or event_day(e) >= first) and (last is None or event_day(e) <= last)
        ]
        none: list[BreakEvent] = []
        stored = self._read(lambda db: db.events(first, last), none)
        return sorted([*stored, *held], key=lambda e: e.at.timestamp())

    def programme_steps(self) -> list[StepRecord]:
        """Every exercise outcome and step up, held ones last (they are the newest)."""
        none: list[StepRecord] = []
        held: list[StepRecord] = []
        for item in self._held_programme:
            if isinstance(item, _StepUp):
                held.append(StepRecord(item.exercise, item.level, Step.STEPPED_UP))
            else:
                held.extend(item.steps)
        return [*self._read(lambda db: db.programme_steps(), none), *held]

    def programme_sessions(
        self, first: date | None = None, last: date | None = None
    ) -> list[SessionRecord]:
        none: list[SessionRecord] = []
        held = [
            item
            for item in self._held_programme
            if isinstance(item, SessionRecord)
            and (first is None or item.started.date() >= first)
            and (last is None or item.started.date() <= last)
        ]
        return [*self._read(lambda db: db.programme_sessions(first, last), none), *held]

    def _merge(
        self,
        read: Callable[[HistoryDatabase], dict[date, DayCounts]],
        held: Sequence[BreakEvent],
    ) -> dict[date, DayCounts]:
        empty: dict[date, DayCounts] = {}
        merged = dict(self._read(read, empty))
        for day, extra in count_by_day(held).items():
            merged[day] = merged.get(day, DayCounts(day)) + extra
        return dict(sorted(merged.items()))

    def _read(self, read: Callable[[HistoryDatabase], T], fallback: T) -> T:
        database = self._database()
        if database is None:
            return fallback
        try:
            return read(database)
        except DatabaseError as exc:
            self._trouble(str(exc), reading=True)
            self._arm()
            return fallback

    # -- inside ----------------------------------------------------------------------------

    def _database(self) -> HistoryDatabase | None:
        if self._db is None and not self._closed:
            try:
                self._db = self._reopen()
                self._db.wait_for_locks(GUI_LOCK_WAIT_MS)
            except DatabaseError as exc:
                log.info("history still unavailable: %s", exc)
        return self._db

    def _arm(self) -> None:
        if self._retry is None or self._closed:
            return
        if self._pending or self._held_programme or self._db is None:
            self._retry.start(self._delay)
            self._delay = min(self._delay * 2, MAX_RETRY_SECONDS)
        else:
            self._retry.stop()
            self._delay = FIRST_RETRY_SECONDS

    def _trouble(self, reason: str, *, reading: bool = False, locked: bool = False) -> None:
        log.warning("history %s failed: %s", "read" if reading else "write", reason)
        if self._in_trouble:
            return
        self._in_trouble = True
        held = len(self._pending)
        if reading:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "The break history could not be read ({reason}). Counts and streaks may look "
                "low until it can; nothing recorded is lost.",
            )
        elif locked and held == 1:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "Your breaks could not be saved: another program has the history file locked "
                "({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves "
                "it as soon as that program lets go of the file.",
            )
        elif locked:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "Your breaks could not be saved: another program has the history file locked "
                "({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and "
                "saves them as soon as that program lets go of the file.",
            )
        elif held == 1:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "Your breaks could not be saved ({reason}). psoasbreak keeps running, holds "
                "1 break outcome in memory and saves it as soon as it can: free some disk "
                "space, or make the folder writable again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "Your breaks could not be saved ({reason}). psoasbreak keeps running, holds "
                "{count} break outcomes in memory and saves them as soon as it can: free some "
                "disk space, or make the folder writable again.",
            )
        said = Message.of(template, reason=reason, count=held)
        self._notify(StorageNotice(QT_TRANSLATE_NOOP("Notices", "Break history not saved"), said))

    def _recovered(self) -> None:
        if not self._in_trouble:
            return
        self._in_trouble = False
        self._notify(
            StorageNotice(
                QT_TRANSLATE_NOOP("Notices", "Break history saved again"),
                Message.of(
                    QT_TRANSLATE_NOOP(
                        "Notices",
                        "The break history {path} can be written again; nothing was lost.",
                    ),
                    path=str(self.path),
                ),
                problem=False,
            )
        )

    def _notify(self, notice: StorageNotice) -> None:
        if self._tell is None:
            self._untold.append(notice)
        else:
            self._tell(notice)

    def _spill(self, events: Sequence[BreakEvent]) -> None:
        text = events_csv(events)
        what = _outcomes(len(events))
        log.error("%s could not be saved to %s; here they are as CSV:\n%s", what, self.path, text)
        target = self._spill_file(f"unsaved-{events[0].at:%Y%m%d-%H%M%S}.csv", text)
        self._notify(
            StorageNotice(
                QT_TRANSLATE_NOOP("Notices", "Breaks not saved"),
                _spilled(len(events), self.path, target),
            )
        )

    def _spill_programme(self, held: Sequence[SessionRecord | _StepUp]) -> None:
        """Programme work that could not be saved goes to the log and, as JSON, beside the
        unsaved breaks: the sessions are the user's record of their training."""
        items = [i.json() if isinstance(i, _StepUp) else session_json(i) for i in held]
        text = json.dumps(items, indent=1)
        log.error(
            "programme sessions could not be saved to %s; here they are:\n%s", self.path, text
        )
        first = held[0]
        stamp = f"{first.at if isinstance(first, _StepUp) else first.started:%Y%m%d-%H%M%S}"
        target = self._spill_file(f"unsaved-programme-{stamp}.json", text)
        if target is not None:
            log.error("the programme sessions not saved are in %s", target)

    def _spill_file(self, suffix: str, text: str) -> Path | None:
        """``text`` in a new file named after the history, in the first spill folder that takes
        it; None when none does (the log holds it anyway)."""
        for folder in self._spill_dirs:
            target = folder / f"{self.path.name}.{suffix}"
            try:
                _write_new(target, text)
            except OSError as exc:
                log.warning("could not write %s: %s", target, exc.strerror or exc)
                continue
            return target
        return None


def _write_new(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    # Opened outside the try: a name already taken (FileExistsError) must not be unlinked.
    stream = open(target, "x", encoding="utf-8", newline="")  # noqa: SIM115 (the with closes it)
    try:
        with stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        # A full disk creates the file and then refuses its bytes: an empty "unsaved" file left
        # there would look like the breaks it should hold, so it goes.
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def events_csv(events: Iterable[BreakEvent]) -> str:
    """Events as the import CSV of DESIGN §6 (``at,outcome,exercise,seconds``), header first."""
    out = io.StringIO()
    write_csv(events, out)  # the writer of ``psoasbreak export``, so import reads it back
    return out.getvalue()


def _spilled(count: int, path: Path, target: Path | None) -> Message:
    if target is None and count == 1:
        template = QT_TRANSLATE_NOOP(
            "Notices", "1 break outcome could not be saved to {path}. It is listed in the log."
        )
    elif target is None:
        template = QT_TRANSLATE_NOOP(
            "Notices",
            "{count} break outcomes could not be saved to {path}. They are listed in the log.",
        )
    elif count == 1:
        template = QT_TRANSLATE_NOOP(
            "Notices",
            "1 break outcome could not be saved to {path}. It was written to {target}; add "
            "it back later with 'psoasbreak import {target}'.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Notices",
            "{count} break outcomes could not be saved to {path}. They were written to {target}; "
            "add them back later with 'psoasbreak import {target}'.",
        )
    return Message.of(template, count=count, path=str(path), target=str(target))


def _outcomes(count: int) -> str:
    return f"{count} break outcome{'s' if count != 1 else ''}"
