"""The break history on disk: one SQLite file, one commit per event (DESIGN §2, §6).

An event the user has answered must survive a crash or a power cut the moment ``record`` returns,
so the file runs in WAL mode with ``synchronous=FULL`` (the WAL is fsynced on every commit) and
the connection is in autocommit mode: each INSERT is its own transaction. The schema evolves by
``PRAGMA user_version`` and an ordered list of migrations, each run inside one transaction.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from psoasbreak import __version__
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import DayCounts, event_day
from psoasbreak.core.programme import RoutineKind, SessionRecord, Step, StepRecord

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS: Final = 5000


class DatabaseError(Exception):
    """The history file cannot be used; the message names the file and what to do."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer psoasbreak; we refuse rather than guess at its schema."""


class CorruptDatabaseError(DatabaseError):
    """The file is not an SQLite database or is damaged: setting it aside is the only remedy."""


class DatabaseUnavailableError(DatabaseError):
    """The file cannot be reached or written now (permissions, a full or read-only disk, I/O);
    the same call may work later, so callers keep what they hold and retry."""


class DatabaseLockedError(DatabaseUnavailableError):
    """Another program holds the history's write lock (a sync tool, an sqlite3 shell)."""


def is_locked(exc: sqlite3.Error) -> bool:
    """Whether SQLite gave up waiting for another connection's lock."""
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    return "database is locked" in str(exc)


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file is not a database or is damaged (vs. out of reach now)."""
    # sqlite_errorname exists from Python 3.11; on 3.10 the message is all we have. Extended codes
    # (SQLITE_CORRUPT_INDEX, ...) share the prefix.
    name = getattr(exc, "sqlite_errorname", None)
    if isinstance(name, str):
        return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
    text = str(exc)
    return "malformed" in text or "not a database" in text


def _create_events(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE events("
        " id INTEGER PRIMARY KEY, at TEXT NOT NULL, outcome TEXT NOT NULL,"
        " exercise TEXT, seconds INTEGER NOT NULL)"
    )


def _add_day_and_utc(conn: sqlite3.Connection) -> None:
    """Store each event's day and instant so day queries use an index and listings sort by time.

    Back-filled in Python with the same functions ``record`` uses, so old and new rows agree.
    Exact duplicates (possible in version 1) are dropped, keeping the first, before the unique
    index that makes imports idempotent can be created.
    """
    conn.execute("ALTER TABLE events ADD COLUMN day TEXT")
    conn.execute("ALTER TABLE events ADD COLUMN utc REAL")
    rows = conn.execute("SELECT id, at FROM events").fetchall()
    conn.executemany("UPDATE events SET day = ?, utc = ? WHERE id = ?", map(_backfill, rows))
    conn.execute(
        "DELETE FROM events WHERE id NOT IN (SELECT MIN(id) FROM events"
        " GROUP BY at, outcome, IFNULL(exercise, ''), seconds)"
    )
    # (day, outcome) rather than day alone: it covers the per-day count query, no table lookups.
    conn.execute("CREATE INDEX events_day ON events(day, outcome)")
    conn.execute(
        "CREATE UNIQUE INDEX events_unique ON events(at, outcome, IFNULL(exercise, ''), seconds)"
    )


def _backfill(row: tuple[int, str]) -> tuple[str, float, int]:
    row_id, at_text = row
    at = _parse_at(at_text, row_id)
    return at.date().isoformat(), at.timestamp(), row_id


def _parse_at(text: str, row_id: int) -> datetime:
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"event {row_id} has an unreadable time {text!r}") from None
    if at.utcoffset() is None:
        raise ValueError(f"event {row_id} has a time without a UTC offset {text!r}")
    return at


_OUTCOMES: Final = tuple(outcome.value for outcome in Outcome)
_COUNT_COLUMNS: Final = (*_OUTCOMES, "other")


def _tally(row: str, sign: str) -> str:
    """``completed = completed + (NEW.outcome = 'completed'), ...`` for the trigger bodies."""
    known = ", ".join(f"'{value}'" for value in _OUTCOMES)
    terms = [f"{value} = {value} {sign} ({row}.outcome = '{value}')" for value in _OUTCOMES]
    terms.append(f"other = other {sign} ({row}.outcome NOT IN ({known}))")
    return ", ".join(terms)


def _add_day_totals(conn: sqlite3.Connection) -> None:
    """Keep one row of counts per day, maintained by triggers, so streaks read ~3,650 rows for ten
    years of history instead of grouping ~60,000 events each time (the history window and
    ``stats`` must answer in well under 100 ms; grouping the events took 35–60 ms on its own).

    ``other`` counts outcomes this version does not know, so reading them can fail loudly instead
    of silently dropping them. Rows that fall to zero are deleted: a rest day has no row.
    An ignored duplicate (INSERT OR IGNORE) fires no trigger, so it is never counted twice.
    """
    columns = ", ".join(f"{name} INTEGER NOT NULL DEFAULT 0" for name in _COUNT_COLUMNS)
    conn.execute(f"CREATE TABLE day_totals(day TEXT PRIMARY KEY, {columns}) WITHOUT ROWID")
    known = ", ".join(f"'{value}'" for value in _OUTCOMES)
    sums = ", ".join(f"SUM(outcome = '{value}')" for value in _OUTCOMES)
    conn.execute(
        f"INSERT INTO day_totals(day, {', '.join(_COUNT_COLUMNS)})"
        f" SELECT day, {sums}, SUM(outcome NOT IN ({known})) FROM events GROUP BY day"
    )
    add_new = (
        "INSERT OR IGNORE INTO day_totals(day) VALUES (NEW.day);"
        f" UPDATE day_totals SET {_tally('NEW', '+')} WHERE day = NEW.day;"
    )
    drop_old = (
        f"UPDATE day_totals SET {_tally('OLD', '-')} WHERE day = OLD.day;"
        f" DELETE FROM day_totals WHERE day = OLD.day AND {' + '.join(_COUNT_COLUMNS)} = 0;"
    )
    conn.execute(f"CREATE TRIGGER events_counted AFTER INSERT ON events BEGIN {add_new} END")
    conn.execute(f"CREATE TRIGGER events_uncounted AFTER DELETE ON events BEGIN {drop_old} END")
    conn.execute(
        "CREATE TRIGGER events_recounted AFTER UPDATE OF day, outcome ON events"
        f" BEGIN {drop_old} {add_new} END"
    )


def _add_programme(conn: sqlite3.Connection) -> None:
    """The programme's sessions and, per session, each exercise's outcome (issue 20), in the same
    file as the breaks so one backup, export or sync holds everything. A step with no session is
    a step up the user accepted. The unique index makes a session recorded twice (a retry after
    trouble) one session."""
    conn.execute(
        "CREATE TABLE programme_sessions("
        " id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started TEXT NOT NULL, ended TEXT NOT NULL,"
        " finished INTEGER NOT NULL, day TEXT NOT NULL, utc REAL NOT NULL)"
    )
    conn.execute(
        "CREATE UNIQUE INDEX programme_sessions_unique ON programme_sessions(started, kind)"
    )
    conn.execute(
        "CREATE TABLE programme_steps("
        " id INTEGER PRIMARY KEY, session INTEGER REFERENCES programme_sessions(id),"
        " at TEXT NOT NULL, utc REAL NOT NULL, exercise TEXT NOT NULL, level INTEGER NOT NULL,"
        " step TEXT NOT NULL, sets_done INTEGER NOT NULL)"
    )


def _add_machines(conn: sqlite3.Connection) -> None:
    """Breaks from the other machines of a sync folder (issue 19) go into the same table, so
    ``stats``, streaks, the weekly window and ``export`` count them with no second path;
    ``machine`` says whose they are (NULL: this machine's, which are the ones it shares).
    ``machines`` keeps their names for the history window. ``use_spans`` holds when this
    machine was in use, which the other machines read so that working there is not a break
    here."""
    conn.execute("ALTER TABLE events ADD COLUMN machine TEXT")
    conn.execute("CREATE TABLE machines(id TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE use_spans(start TEXT NOT NULL, end TEXT NOT NULL, utc_end REAL NOT NULL,"
        " PRIMARY KEY(start, end)) WITHOUT ROWID"
    )


MIGRATIONS: Final[tuple[Callable[[sqlite3.Connection], None], ...]] = (
    _create_events,  # -> version 1
    _add_day_and_utc,  # -> version 2
    _add_day_totals,  # -> version 3
    _add_programme,  # -> version 4
    _add_machines,  # -> version 5
)
CURRENT_VERSION: Final = len(MIGRATIONS)

_INSERT: Final = (
    "INSERT OR IGNORE INTO events(at, outcome, exercise, seconds, day, utc, machine)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
#: Spans of use older than this are of no use to another machine (it decides about the idle
#: stretch it just came back from) and are dropped when a new one is stored.
USE_SPANS_KEPT_DAYS: Final = 7


_INSERT_STEP: Final = (
    "INSERT INTO programme_steps(session, at, utc, exercise, level, step, sets_done)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _step_row(
    session: int | None, at: datetime, step: StepRecord
) -> tuple[int | None, str, float, str, int, str, int]:
    return (
        session,
        at.isoformat(),
        at.timestamp(),
        step.exercise,
        step.level,
        step.step.value,
        step.sets_done,
    )


def _row(
    event: BreakEvent, machine: str | None = None
) -> tuple[str, str, str | None, int, str, float, str | None]:
    if not isinstance(event.outcome, Outcome):
        raise ValueError(f"not a break outcome: {event.outcome!r}")
    return (
        event.at.isoformat(),
        event.outcome.value,
        event.exercise,
        event.seconds,
        event_day(event).isoformat(),
        event.at.timestamp(),
        machine,
    )


def _user_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def _refuse_newer(version: int, path: Path) -> None:
    # Which release wrote a newer schema cannot be known here (it came out after this one), so
    # the message names the release that cannot read it; any later one that can is the answer.
    if version > CURRENT_VERSION:
        raise NewerSchemaError(
            f"{path} has history schema version {version}, but psoasbreak {__version__} only"
            f" knows up to version {CURRENT_VERSION}: a newer psoasbreak wrote it. Run a"
            f" psoasbreak newer than {__version__} (the one that wrote it, or a later one); the"
            " file was left unchanged."
        )


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    # IMMEDIATE takes the write lock before reading the version, so two processes starting at
    # once cannot both run the same migration.
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _schema_version(conn, path)
        for migration in MIGRATIONS[version:]:
            migration(conn)
        conn.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk)
            conn.execute("ROLLBACK")
        raise


#: The shape of each schema version: the tables, their columns, and the triggers.
_SHAPES: Final[dict[int, frozenset[str]]] = {
    1: frozenset({"events(id,at,outcome,exercise,seconds)"}),
    2: frozenset({"events(id,at,outcome,exercise,seconds,day,utc)"}),
    3: frozenset(
        {
            "events(id,at,outcome,exercise,seconds,day,utc)",
            f"day_totals(day,{','.join(_COUNT_COLUMNS)})",
            "trigger events_counted",
            "trigger events_uncounted",
            "trigger events_recounted",
        }
    ),
}
_SHAPES[4] = _SHAPES[3] | {
    "programme_sessions(id,kind,started,ended,finished,day,utc)",
    "programme_steps(id,session,at,utc,exercise,level,step,sets_done)",
}
_SHAPES[5] = (_SHAPES[4] - {"events(id,at,outcome,exercise,seconds,day,utc)"}) | {
    "events(id,at,outcome,exercise,seconds,day,utc,machine)",
    "machines(id,name)",
    "use_spans(start,end,utc_end)",
}


def _shape(conn: sqlite3.Connection) -> frozenset[str]:
    parts = set()
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')"
        " AND name NOT LIKE 'sqlite_%'"
    ):
        if kind == "trigger":
            parts.add(f"trigger {name}")
        else:
            columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
            parts.add(f"{name}({','.join(columns)})")
    return frozenset(parts)


def _schema_version(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version the tables really have. ``user_version`` says it, but a history
    restored from ``sqlite3 .dump`` says 0, and a tampered one anything (issue 17): the tables
    decide, and a shape of no version is refused with what to do."""
    claimed = _user_version(conn)
    _refuse_newer(claimed, path)
    shape = _shape(conn)
    if not shape:
        return 0
    if _SHAPES.get(claimed) == shape:
        return claimed
    for version, known in _SHAPES.items():
        if known == shape:
            log.warning(
                "%s says schema version %d but has the tables of version %d: version %d is used",
                path, claimed, version, version,
            )  # fmt: skip
            return version
    raise DatabaseError(
        f"{path} is not a psoasbreak history this version knows: its schema version says"
        f" {claimed}, but its tables match no version ({', '.join(sorted(shape))}). Nothing"
        " was changed. Move the file aside to start a fresh history, then bring your breaks"
        " back with 'psoasbreak import' from an export, or restore a backup of it."
    )


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Checked before anything writes (switching to WAL rewrites the header), so a file from a
    # newer version is left byte for byte as it was.
    version = _schema_version(conn, path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    if version == CURRENT_VERSION and _user_version(conn) != version:
        conn.execute(f"PRAGMA user_version = {version}")  # the tables said which: mend the label
    if version < CURRENT_VERSION:
        try:
            _migrate(conn, path)
        except ValueError as exc:
            raise DatabaseError(
                f"cannot upgrade history database {path}: {exc}. Its history was left as it was."
            ) from exc


class HistoryDatabase:
    """The event log; open it with ``HistoryDatabase.open(path)``."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, scratch: Path | None = None
    ) -> None:
        """``scratch``: a temporary copy's folder, removed at ``close``."""
        self._conn = connection
        self.path = path
        self._scratch = scratch
        self._all_days: tuple[tuple[int, int], dict[date, DayCounts]] | None = None

    @classmethod
    def open(cls, path: Path) -> HistoryDatabase:
        """Open or create the file, upgrading its schema; every failure is a DatabaseError."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: autocommit, so each statement outside BEGIN commits at once.
            conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseUnavailableError(f"cannot open history database {path}: {exc}") from exc
        try:
            _prepare(conn, path)
        except sqlite3.Error as exc:
            conn.close()
            damaged = is_damage(exc)
            error = CorruptDatabaseError if damaged else DatabaseUnavailableError
            raise error(
                f"{path} cannot be used as a psoasbreak history database (SQLite: {exc})."
                " Nothing was changed; move the file aside or restore a backup to start afresh."
                if damaged
                else f"{path} cannot be opened for writing (SQLite: {exc}). Check that the disk"
                " is not full and that you may write to that folder."
            ) from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    @classmethod
    def _read_copy(cls, path: Path, wal: Path) -> HistoryDatabase:
        scratch = Path(tempfile.mkdtemp(prefix="psoasbreak-read-"))
        copy = scratch / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, scratch / wal.name)
            conn = sqlite3.connect(copy, isolation_level=None)
            version = _schema_version(conn, path)
        except (OSError, sqlite3.Error) as exc:
            shutil.rmtree(scratch, ignore_errors=True)
            raise DatabaseUnavailableError(f"cannot read history database {path}: {exc}") from exc
        except BaseException:
            shutil.rmtree(scratch, ignore_errors=True)
            raise
        if version < CURRENT_VERSION:
            conn.close()
            shutil.rmtree(scratch, ignore_errors=True)
            raise DatabaseUnavailableError(
                f"{path} was written by an older psoasbreak and cannot be upgraded while its"
                " folder cannot be written. Make the folder writable and run psoasbreak once."
            )
        return cls(conn, path, scratch)

    @classmethod
    def open_read_only(cls, path: Path) -> HistoryDatabase:
        """Open an existing file only to read it, where ``open`` cannot write (a read-only or
        full folder): ``stats`` and ``export`` still work there. Nothing is created, upgraded
        or switched to WAL. A WAL file whose ``-shm`` cannot be made in a read-only folder is
        read from a temporary copy of the file and its WAL (issue 17: read as immutable, the
        breaks still in the WAL were silently left out); without a WAL the file is read as
        immutable, which is safe because nothing can write that folder either."""
        wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
        read_only = not os.access(path.parent, os.W_OK) or _read_only_mount(path.parent)
        if read_only and not shm.exists() and wal.is_file() and wal.stat().st_size > 0:
            return cls._read_copy(path, wal)
        uri = path.resolve().as_uri()
        failure: sqlite3.Error | None = None
        for query in ("?mode=ro", "?immutable=1"):
            try:
                conn = sqlite3.connect(
                    uri + query, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
                )
            except sqlite3.Error as exc:
                failure = exc
                continue
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as exc:
                conn.close()
                failure = exc
                continue
            try:
                version = _schema_version(conn, path)
            except BaseException:
                conn.close()
                raise
            if version < CURRENT_VERSION:
                conn.close()
                raise DatabaseUnavailableError(
                    f"{path} was written by an older psoasbreak and cannot be upgraded while its"
                    " folder cannot be written. Make the folder writable and run psoasbreak once."
                )
            return cls(conn, path)
        raise DatabaseUnavailableError(f"cannot read history database {path}: {failure}")

    def close(self) -> None:
        self._conn.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)

    def __enter__(self) -> HistoryDatabase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _sqlite_errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            if is_locked(exc):
                raise DatabaseLockedError(
                    f"could not {action} in {self.path}: another program has it locked ({exc})"
                ) from exc
            raise DatabaseError(f"could not {action} in {self.path}: {exc}") from exc

    def wait_for_locks(self, milliseconds: int) -> None:
        """How long a write waits for another program's lock before it fails (the app's GUI
        thread must not freeze for the 5 s the commands may wait; issue 17)."""
        self._conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")

    def record(self, event: BreakEvent) -> None:
        """Store one event; when this returns it is on disk. An identical event is ignored."""
        row = _row(event)
        with self._sqlite_errors("record a break"):
            self._conn.execute(_INSERT, row)

    def record_many(self, events: Iterable[BreakEvent]) -> int:
        """Store all events or none (one transaction); returns how many were not already there."""
        with self._sqlite_errors("store the events"):
            added = 0
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for event in events:
                    # rowcount leaves out the rows the day_totals triggers change; total_changes
                    # would count them too.
                    added += self._conn.execute(_INSERT, _row(event)).rowcount
                self._conn.execute("COMMIT")
            except BaseException:
                # SQLite rolls back by itself on some errors (a full disk, an I/O error): a
                # second ROLLBACK would then fail and hide the real error (issue 17).
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            return added

    # -- other machines (issue 19) ----------------------------------------------------------

    def record_remote(
        self, breaks: Mapping[str, Iterable[BreakEvent]], names: Mapping[str, str]
    ) -> int:
        """Store other machines' breaks (by machine id) and names, all or none; returns how
        many breaks were new. A break already here, from any machine (a copy, a re-read, a
        cloned disk's history), is not stored again, so each counts once."""
        with self._sqlite_errors("store the other machines' breaks"):
            added = 0
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for machine, events in breaks.items():
                    for event in events:
                        added += self._conn.execute(_INSERT, _row(event, machine)).rowcount
                self._conn.executemany(
                    "INSERT INTO machines(id, name) VALUES (?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                    names.items(),
                )
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            return added

    def own_events(self) -> list[BreakEvent]:
        """This machine's own breaks, in time order: what its sync file shares."""
        sql = "SELECT id, at, outcome, exercise, seconds FROM events WHERE machine IS NULL"
        return [self._event(*row) for row in self._query(sql + " ORDER BY utc, id", ())]

    def machine_events(
        self, first: date | None = None, last: date | None = None
    ) -> list[tuple[str | None, BreakEvent]]:
        """Events with the name of the machine they came from (None: this one), in time order:
        what the history window tells on hover."""
        low = (first or date.min).isoformat()
        high = (last or date.max).isoformat()
        sql = (
            "SELECT events.id, at, outcome, exercise, seconds, IFNULL(machines.name, machine)"
            " FROM events LEFT JOIN machines ON machines.id = events.machine"
            " WHERE day BETWEEN ? AND ? ORDER BY utc, events.id"
        )
        return [(name, self._event(*row)) for *row, name in self._query(sql, (low, high))]

    def record_use_span(self, start: datetime, end: datetime) -> None:
        """This machine was in use from ``start`` to ``end``; spans older than a week go."""
        with self._sqlite_errors("record a span of use"):
            self._conn.execute(
                "INSERT OR IGNORE INTO use_spans(start, end, utc_end) VALUES (?, ?, ?)",
                (start.isoformat(), end.isoformat(), end.timestamp()),
            )
            horizon = end.timestamp() - USE_SPANS_KEPT_DAYS * 86_400
            self._conn.execute("DELETE FROM use_spans WHERE utc_end < ?", (horizon,))

    def use_spans(self) -> list[tuple[datetime, datetime]]:
        """This machine's recent spans of use, oldest first."""
        rows = self._query("SELECT start, end FROM use_spans ORDER BY utc_end", ())
        try:
            return [(_parse_at(start, 0), _parse_at(end, 0)) for start, end in rows]
        except ValueError as exc:
            raise DatabaseError(f"{self.path}: a span of use: {exc}") from exc

    def day_counts(self, first: date, last: date) -> dict[date, DayCounts]:
        """Active days from ``first`` to ``last`` inclusive, in date order; rest days are absent."""
        return self._counts("WHERE day BETWEEN ? AND ?", (first.isoformat(), last.isoformat()))

    def all_day_counts(self) -> dict[date, DayCounts]:
        """Every active day: streaks need all of them (one row per day, ~3,650 in ten years).

        Read again only when the history changed: ``status`` asks on every call, and making ten
        years of days was most of its answer (issue 21). SQLite says when: ``data_version``
        moves when another connection commits (``psoasbreak import``, a sync merge in another
        process), ``total_changes`` when this one writes."""
        with self._sqlite_errors("read the history"):
            (version,) = self._conn.execute("PRAGMA data_version").fetchone()
        key = (int(version), self._conn.total_changes)
        if self._all_days is None or self._all_days[0] != key:
            self._all_days = (key, self._counts("", ()))
        return dict(self._all_days[1])

    def _counts(self, where: str, params: tuple[str, ...]) -> dict[date, DayCounts]:
        columns = ", ".join(_COUNT_COLUMNS)
        sql = f"SELECT day, {columns} FROM day_totals {where} ORDER BY day"
        days: dict[date, DayCounts] = {}
        for day_text, *counts, other in self._query(sql, params):
            if other:
                self._unknown_outcome_on(day_text)
            day = date.fromisoformat(day_text)
            days[day] = DayCounts(day, **dict(zip(_OUTCOMES, counts, strict=True)))
        return days

    def _unknown_outcome_on(self, day: str) -> None:
        known = ", ".join(f"'{value}'" for value in _OUTCOMES)
        sql = f"SELECT outcome FROM events WHERE day = ? AND outcome NOT IN ({known}) LIMIT 1"
        for (outcome,) in self._query(sql, (day,)):
            self._outcome(outcome)

    def events(self, first: date | None = None, last: date | None = None) -> list[BreakEvent]:
        """Events in time order (by instant, then by insertion), optionally limited to days."""
        clauses: list[str] = []
        params: list[str] = []
        if first is not None:
            clauses.append("day >= ?")
            params.append(first.isoformat())
        if last is not None:
            clauses.append("day <= ?")
            params.append(last.isoformat())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT id, at, outcome, exercise, seconds FROM events {where} ORDER BY utc, id"
        return [self._event(*row) for row in self._query(sql, tuple(params))]

    def _event(
        self, row_id: int, at: str, outcome: str, exercise: str | None, seconds: int
    ) -> BreakEvent:
        try:
            when = _parse_at(at, row_id)
        except ValueError as exc:
            raise DatabaseError(f"{self.path}: {exc}") from exc
        return BreakEvent(when, self._outcome(outcome), exercise, seconds)

    def _outcome(self, value: str) -> Outcome:
        try:
            return Outcome(value)
        except ValueError:
            raise DatabaseError(f"{self.path} holds an unknown break outcome {value!r}") from None

    # -- the programme --------------------------------------------------------------------

    def record_session(self, session: SessionRecord) -> None:
        """Store a programme session and its exercises (one transaction); a session already
        stored (same start and kind) is left as it is."""
        with self._sqlite_errors("record a programme session"):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO programme_sessions(kind, started, ended, finished, day,"
                    " utc) VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        session.kind.value,
                        session.started.isoformat(),
                        session.ended.isoformat(),
                        int(session.finished),
                        session.started.date().isoformat(),
                        session.started.timestamp(),
                    ),
                )
                if cursor.rowcount:
                    self._conn.executemany(
                        _INSERT_STEP,
                        [_step_row(cursor.lastrowid, session.ended, s) for s in session.steps],
                    )
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def record_step_up(self, at: datetime, exercise: str, level: int) -> None:
        """The user accepted the next ``level`` of ``exercise`` at ``at``."""
        step = StepRecord(exercise, level, Step.STEPPED_UP)
        with self._sqlite_errors("record a step up"):
            self._conn.execute(_INSERT_STEP, _step_row(None, at, step))

    def programme_steps(self) -> list[StepRecord]:
        """Every exercise outcome and step up, in time order: what progress is folded from."""
        sql = "SELECT exercise, level, step, sets_done FROM programme_steps ORDER BY utc, id"
        return [self._step(*row) for row in self._query(sql, ())]

    def programme_sessions(
        self, first: date | None = None, last: date | None = None
    ) -> list[SessionRecord]:
        """Sessions started from ``first`` to ``last`` (local days), in time order."""
        low = (first or date.min).isoformat()
        high = (last or date.max).isoformat()
        sessions = self._query(
            "SELECT id, kind, started, ended, finished FROM programme_sessions"
            " WHERE day BETWEEN ? AND ? ORDER BY utc, id",
            (low, high),
        )
        steps: dict[int, list[StepRecord]] = {}
        for session_id, *row in self._query(
            "SELECT session, exercise, level, step, sets_done FROM programme_steps"
            " WHERE session IN (SELECT id FROM programme_sessions WHERE day BETWEEN ? AND ?)"
            " ORDER BY id",
            (low, high),
        ):
            steps.setdefault(session_id, []).append(self._step(*row))
        return [
            self._session(session_id, kind, started, ended, finished, steps.get(session_id, []))
            for session_id, kind, started, ended, finished in sessions
        ]

    def _step(self, exercise: str, level: int, step: str, sets_done: int) -> StepRecord:
        try:
            return StepRecord(exercise, level, Step(step), sets_done)
        except ValueError:
            raise DatabaseError(f"{self.path} holds an unknown programme step {step!r}") from None

    def _session(
        self,
        session_id: int,
        kind: str,
        started: str,
        ended: str,
        finished: int,
        steps: list[StepRecord],
    ) -> SessionRecord:
        try:
            return SessionRecord(
                RoutineKind(kind),
                _parse_at(started, session_id),
                _parse_at(ended, session_id),
                bool(finished),
                tuple(steps),
            )
        except ValueError as exc:
            raise DatabaseError(f"{self.path}: programme session {session_id}: {exc}") from exc

    def _query(self, sql: str, params: tuple[str, ...]) -> list[Any]:
        with self._sqlite_errors("read the history"):
            return self._conn.execute(sql, params).fetchall()


def _read_only_mount(folder: Path) -> bool:
    """Whether ``folder`` is on a read-only file system (root may write anywhere else)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows): access() said enough
        return False
