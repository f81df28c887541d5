"""The history file: durability, migrations and the errors a user can meet, on real SQLite files."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import psoasbreak
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import DayCounts, count_by_day
from psoasbreak.storage.database import (
    CURRENT_VERSION,
    DatabaseError,
    HistoryDatabase,
    NewerSchemaError,
)

REPO = Path(__file__).resolve().parents[3]
V1_SCHEMA = (
    "CREATE TABLE events(id INTEGER PRIMARY KEY, at TEXT NOT NULL, outcome TEXT NOT NULL,"
    " exercise TEXT, seconds INTEGER NOT NULL)"
)


def ev(
    at: str, outcome: Outcome = Outcome.COMPLETED, exercise: str | None = "stretch"
) -> BreakEvent:
    return BreakEvent(datetime.fromisoformat(at), outcome, exercise, 60 if exercise else 0)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "psoasbreak" / "history.sqlite3"


@pytest.fixture
def db(path: Path) -> Iterator[HistoryDatabase]:
    with HistoryDatabase.open(path) as database:
        yield database


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def pragma(path: Path, name: str) -> object:
    conn = raw(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_record_survives_reopening(path: Path) -> None:
    with HistoryDatabase.open(path) as db:
        db.record(ev("2026-11-25T09:00:00+01:00"))
        db.record(ev("2026-11-25T10:00:00+01:00", Outcome.NATURAL, None))
        db.record(ev("2026-11-26T09:00:00+01:00", Outcome.SKIPPED))
    with HistoryDatabase.open(path) as db:
        assert db.all_day_counts() == {
            date(2026, 11, 25): DayCounts(date(2026, 11, 25), completed=1, natural=1),
            date(2026, 11, 26): DayCounts(date(2026, 11, 26), skipped=1),
        }


def test_new_file_is_wal_at_the_current_version(db: HistoryDatabase, path: Path) -> None:
    assert CURRENT_VERSION == 5
    assert pragma(path, "journal_mode") == "wal"
    assert pragma(path, "user_version") == 5


def test_connection_syncs_fully(db: HistoryDatabase) -> None:
    # synchronous is per connection, so only the database's own connection can tell.
    assert db._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_day_counts_use_the_index(db: HistoryDatabase, path: Path) -> None:
    conn = raw(path)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT day, outcome, COUNT(*) FROM events"
        " WHERE day BETWEEN ? AND ? GROUP BY day, outcome",
        ("2026-11-23", "2026-11-29"),
    ).fetchall()
    conn.close()
    assert "USING COVERING INDEX events_day" in str(plan)


def test_day_counts_are_inclusive_and_keyed_by_local_date(db: HistoryDatabase) -> None:
    db.record(ev("2026-03-09T12:00:00+00:00"))
    db.record(ev("2026-03-10T23:30:00-05:00"))  # the 11th in UTC
    db.record(ev("2026-03-12T00:00:00+01:00", Outcome.MISSED, None))
    db.record(ev("2026-03-13T00:00:00+01:00"))
    assert db.day_counts(date(2026, 3, 10), date(2026, 3, 12)) == {
        date(2026, 3, 10): DayCounts(date(2026, 3, 10), completed=1),
        date(2026, 3, 12): DayCounts(date(2026, 3, 12), missed=1),
    }


def test_events_in_time_order_and_filtered_by_day(db: HistoryDatabase) -> None:
    late = ev("2026-03-11T05:00:00+01:00")  # 04:00 UTC
    early = ev("2026-03-10T22:30:00-05:00")  # 03:30 UTC on the 11th
    first = ev("2026-03-10T08:00:00+00:00", Outcome.SNOOZED)
    for event in (late, early, first):
        db.record(event)
    assert db.events() == [first, early, late]
    assert db.events(first=date(2026, 3, 11)) == [late]
    assert db.events(last=date(2026, 3, 10)) == [first, early]
    assert db.events(date(2026, 3, 10), date(2026, 3, 10)) == [first, early]


def test_events_keep_their_offset(db: HistoryDatabase) -> None:
    db.record(ev("2026-03-10T23:30:00.250000-05:00"))
    [event] = db.events()
    assert event.at.isoformat() == "2026-03-10T23:30:00.250000-05:00"


def test_duplicate_record_is_ignored(db: HistoryDatabase) -> None:
    event = ev("2026-11-25T09:00:00+01:00")
    db.record(event)
    db.record(event)
    db.record(ev("2026-11-25T09:00:00+01:00", Outcome.NATURAL, None))
    assert len(db.events()) == 2


def test_record_many_counts_only_new_events(db: HistoryDatabase) -> None:
    events = [ev(f"2026-11-25T0{h}:00:00+01:00") for h in range(1, 6)]
    db.record(events[0])
    assert db.record_many(events) == 4
    assert db.record_many(events) == 0
    assert db.record_many([]) == 0
    assert db.events() == events


def test_record_many_bad_event_in_the_middle_stores_nothing(db: HistoryDatabase) -> None:
    db.record(ev("2026-11-24T09:00:00+01:00"))
    bad = BreakEvent(datetime(2026, 11, 25, 10, tzinfo=timezone.utc), "bogus")  # type: ignore[arg-type]
    events = [ev("2026-11-25T09:00:00+01:00"), bad, ev("2026-11-25T11:00:00+01:00")]
    with pytest.raises(ValueError, match="bogus"):
        db.record_many(events)
    assert len(db.events()) == 1
    db.record(ev("2026-11-25T12:00:00+01:00"))  # the connection is still usable
    assert len(db.events()) == 2


def test_record_many_failing_source_stores_nothing(db: HistoryDatabase) -> None:
    def rows() -> Iterator[BreakEvent]:
        yield ev("2026-11-25T09:00:00+01:00")
        raise OSError("import file vanished")

    with pytest.raises(OSError, match="vanished"):
        db.record_many(rows())
    assert db.events() == []


# --- migrations ------------------------------------------------------------------------------

V1_ROWS = [
    ("2026-03-10T23:30:00-05:00", "completed", "stretch", 60),  # the 11th in UTC
    ("2026-03-10T23:59:59.999999-05:00", "skipped", "breathing", 0),
    ("2026-03-11T00:00:00-05:00", "natural", None, 0),
    ("2026-03-29T00:30:00+01:00", "missed", None, 0),  # Berlin, the 28th in UTC
    ("2026-03-10T23:30:00-05:00", "completed", "stretch", 60),  # exact duplicate of the first
]


def make_v1(path: Path, rows: list[tuple[str, str, str | None, int]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = raw(path)
    conn.execute(V1_SCHEMA)
    conn.executemany("INSERT INTO events(at, outcome, exercise, seconds) VALUES (?,?,?,?)", rows)
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_version_1_file_is_upgraded_with_days_filled_in(path: Path) -> None:
    make_v1(path, V1_ROWS)
    with HistoryDatabase.open(path) as db:
        assert pragma(path, "user_version") == CURRENT_VERSION
        assert db.events() == [BreakEvent(datetime.fromisoformat(at), Outcome(o), x, s)
                               for at, o, x, s in V1_ROWS[:4]]  # fmt: skip
        assert db.all_day_counts() == {
            date(2026, 3, 10): DayCounts(date(2026, 3, 10), completed=1, skipped=1),
            date(2026, 3, 11): DayCounts(date(2026, 3, 11), natural=1),
            date(2026, 3, 29): DayCounts(date(2026, 3, 29), missed=1),
        }
        db.record(
            BreakEvent(datetime.fromisoformat(V1_ROWS[0][0]), Outcome.COMPLETED, "stretch", 60)
        )
        assert len(db.events()) == 4
    conn = raw(path)
    rows = conn.execute("SELECT id, day, utc FROM events ORDER BY id").fetchall()
    conn.close()
    assert [(i, d) for i, d, _ in rows] == [
        (1, "2026-03-10"), (2, "2026-03-10"), (3, "2026-03-11"), (4, "2026-03-29")
    ]  # fmt: skip
    assert rows[0][2] == datetime(2026, 3, 11, 4, 30, tzinfo=timezone.utc).timestamp()


def test_failed_migration_leaves_version_1(path: Path) -> None:
    make_v1(path, [*V1_ROWS[:2], ("yesterday-ish", "completed", None, 0)])
    with pytest.raises(DatabaseError, match=r"event 3 has an unreadable time 'yesterday-ish'"):
        HistoryDatabase.open(path)
    assert pragma(path, "user_version") == 1
    conn = raw(path)
    assert [c[1] for c in conn.execute("PRAGMA table_info(events)")] == [
        "id", "at", "outcome", "exercise", "seconds"
    ]  # fmt: skip
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3
    conn.close()


def test_newer_schema_is_refused_and_left_untouched(path: Path) -> None:
    make_v1(path, V1_ROWS)
    conn = raw(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="version 99") as info:
        HistoryDatabase.open(path)
    assert "newer psoasbreak" in str(info.value)
    assert f"Run a psoasbreak newer than {psoasbreak.__version__}" in str(info.value)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_not_a_database_names_the_file(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(random.Random(7).randbytes(8192))
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a database") as info:
        HistoryDatabase.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == before


def test_unopenable_path_is_a_database_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DatabaseError, match="cannot open history database"):
        HistoryDatabase.open(blocker / "history.sqlite3")


def test_closed_database_raises_database_error(path: Path) -> None:
    with HistoryDatabase.open(path) as db:
        pass
    with pytest.raises(DatabaseError, match="record a break"):
        db.record(ev("2026-11-25T09:00:00+01:00"))


# --- per-day totals (what streaks and the history window read) -------------------------------


def test_day_counts_read_the_day_totals_by_primary_key(db: HistoryDatabase, path: Path) -> None:
    conn = raw(path)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM day_totals WHERE day BETWEEN ? AND ? ORDER BY day",
        ("2026-11-23", "2026-11-29"),
    ).fetchall()
    conn.close()
    assert "SEARCH day_totals USING PRIMARY KEY" in str(plan)


def test_day_totals_follow_deletes_and_updates(db: HistoryDatabase, path: Path) -> None:
    db.record_many(
        [
            ev("2026-11-25T09:00:00+01:00"),
            ev("2026-11-25T10:00:00+01:00", Outcome.SKIPPED),
            ev("2026-11-26T09:00:00+01:00", Outcome.MISSED, None),
        ]
    )
    conn = raw(path)
    conn.execute("DELETE FROM events WHERE outcome = 'missed'")
    conn.execute("UPDATE events SET outcome = 'natural' WHERE outcome = 'skipped'")
    rows = conn.execute(
        "SELECT day, completed, natural, skipped, snoozed, missed, other FROM day_totals"
    ).fetchall()
    conn.close()
    assert rows == [("2026-11-25", 1, 1, 0, 0, 0, 0)]
    assert db.all_day_counts() == {
        date(2026, 11, 25): DayCounts(date(2026, 11, 25), completed=1, natural=1)
    }


def test_an_unknown_outcome_in_the_file_is_reported_not_dropped(
    db: HistoryDatabase, path: Path
) -> None:
    db.record(ev("2026-11-25T09:00:00+01:00"))
    conn = raw(path)
    conn.execute(
        "INSERT INTO events(at, outcome, exercise, seconds, day, utc)"
        " VALUES ('2026-11-25T10:00:00+01:00', 'meditated', NULL, 0, '2026-11-25', 0)"
    )
    conn.close()
    with pytest.raises(DatabaseError, match="unknown break outcome 'meditated'"):
        db.all_day_counts()


def test_version_2_file_gets_day_totals_from_its_events(path: Path) -> None:
    from psoasbreak.storage.database import MIGRATIONS

    make_v1(path, V1_ROWS)
    conn = raw(path)
    MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with HistoryDatabase.open(path) as db:
        assert db.all_day_counts() == {
            date(2026, 3, 10): DayCounts(date(2026, 3, 10), completed=1, skipped=1),
            date(2026, 3, 11): DayCounts(date(2026, 3, 11), natural=1),
            date(2026, 3, 29): DayCounts(date(2026, 3, 29), missed=1),
        }
        db.record(ev("2026-03-11T08:00:00-05:00"))
        assert db.day_counts(date(2026, 3, 11), date(2026, 3, 11)) == {
            date(2026, 3, 11): DayCounts(date(2026, 3, 11), completed=1, natural=1)
        }


OFFSETS = st.sampled_from([timedelta(hours=h) for h in (-5, -4, 0, 1, 2, 5.5, 14)])


@st.composite
def event_lists(draw: st.DrawFn) -> list[BreakEvent]:
    start = datetime(2026, 10, 20)
    events = []
    for _ in range(draw(st.integers(0, 30))):
        local = start + timedelta(minutes=draw(st.integers(0, 20 * 24 * 60)))
        at = local.replace(tzinfo=timezone(draw(OFFSETS)))
        outcome = draw(st.sampled_from(list(Outcome)))
        events.append(BreakEvent(at, outcome, draw(st.sampled_from([None, "stretch"])), 0))
    # Repeats: the same break recorded twice must be counted once.
    return events + draw(st.lists(st.sampled_from(events), max_size=5) if events else st.just([]))


@settings(max_examples=60, deadline=None)
@given(event_lists(), st.integers(0, 20), st.integers(0, 20))
def test_stored_day_counts_match_counting_the_events(
    events: list[BreakEvent], first: int, length: int
) -> None:
    with tempfile.TemporaryDirectory() as tmp, HistoryDatabase.open(Path(tmp) / "h.db") as db:
        half = len(events) // 2
        for event in events[:half]:
            db.record(event)
        db.record_many(events[half:])
        # Keyed by the row as stored: aware datetimes at one instant compare equal across offsets.
        unique = {(e.at.isoformat(), e.outcome, e.exercise, e.seconds): e for e in events}
        expected = count_by_day(unique.values())
        assert db.all_day_counts() == expected
        lo = date(2026, 10, 20) + timedelta(first)
        hi = lo + timedelta(length)
        assert db.day_counts(lo, hi) == {d: c for d, c in expected.items() if lo <= d <= hi}
        assert len(db.events()) == len(unique)


# --- durability ------------------------------------------------------------------------------

CHILD = """
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase

db = HistoryDatabase.open(Path(sys.argv[1]))
start = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))
offset = int(sys.argv[2])
n = 0
while True:
    db.record(BreakEvent(start + timedelta(seconds=offset + n), Outcome.COMPLETED, "stretch", 60))
    print("acknowledged", n, flush=True)
    n += 1
"""


def acknowledged_then_killed(path: Path, offset: int, wanted: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(offset)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    # A hung child must fail the test, not hang it: kill it after 30 s whatever happens.
    guard = threading.Timer(30, child.kill)
    guard.start()
    try:
        assert child.stdout is not None
        for n in range(wanted):
            line = child.stdout.readline()
            assert line == f"acknowledged {n}\n", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        guard.cancel()
        child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()


def test_acknowledged_events_survive_sigkill(path: Path) -> None:
    wanted = 20
    start = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))
    for round_ in range(5):
        offset = round_ * 100_000
        acknowledged_then_killed(path, offset, wanted)
        conn = raw(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT at FROM events")}
        conn.close()
        expected = {(start + timedelta(seconds=offset + n)).isoformat() for n in range(wanted)}
        assert expected <= stored
    with HistoryDatabase.open(path) as db:
        assert len(db.events()) >= 5 * wanted


# -- reading where nothing can be written (stats and export on a read-only or full disk) ---------


def test_read_only_open_reads_the_history_and_cannot_write(path: Path) -> None:
    with HistoryDatabase.open(path) as db:
        db.record(ev("2026-03-10T09:00:00+01:00"))
    before = path.read_bytes()
    with HistoryDatabase.open_read_only(path) as db:
        assert db.events() == [ev("2026-03-10T09:00:00+01:00")]
        assert db.all_day_counts() == {date(2026, 3, 10): DayCounts(date(2026, 3, 10), 1)}
        with pytest.raises(DatabaseError):
            db.record(ev("2026-03-11T09:00:00+01:00"))
    assert path.read_bytes() == before


def test_read_only_open_refuses_an_older_schema_it_cannot_upgrade(path: Path) -> None:
    make_v1(path, V1_ROWS)
    with pytest.raises(DatabaseError, match="older psoasbreak"):
        HistoryDatabase.open_read_only(path)
    assert pragma(path, "user_version") == 1


def test_read_only_open_refuses_a_newer_schema(path: Path) -> None:
    with HistoryDatabase.open(path):
        pass
    conn = raw(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NewerSchemaError, match="version 99"):
        HistoryDatabase.open_read_only(path)


def test_read_only_open_of_garbage_is_a_database_error(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseError, match="cannot read history database"):
        HistoryDatabase.open_read_only(path)


def test_all_day_counts_are_read_again_only_when_the_history_changed(
    db: HistoryDatabase, path: Path
) -> None:
    """``status`` asks for every day on each call; the days are made again only after a write,
    by this connection or by another process (an import)."""
    reads: list[str] = []
    db._conn.set_trace_callback(lambda sql: reads.append(sql) if "day_totals" in sql else None)
    db.record(ev("2026-11-25T09:00:00+01:00"))
    first = db.all_day_counts()
    assert first[date(2026, 11, 25)].completed == 1
    first.clear()  # a caller's copy: the next answer is whole
    assert db.all_day_counts()[date(2026, 11, 25)].completed == 1
    assert len([sql for sql in reads if sql.startswith("SELECT day")]) == 1

    db.record(ev("2026-11-25T10:00:00+01:00"))  # this connection writes
    assert db.all_day_counts()[date(2026, 11, 25)].completed == 2
    other = raw(path)  # another process writes
    other.execute(
        "INSERT INTO events(at, outcome, exercise, seconds, day, utc)"
        " VALUES ('2026-11-26T09:00:00+01:00', 'skipped', 'stretch', 0, '2026-11-26', 0)"
    )
    other.close()
    assert db.all_day_counts()[date(2026, 11, 26)].skipped == 1
    assert len([sql for sql in reads if sql.startswith("SELECT day")]) == 3
