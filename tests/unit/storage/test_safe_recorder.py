"""SafeRecorder: a full or read-only disk never crashes the app or loses an acknowledged outcome.

Two ways of making SQLite refuse a write, both working for root (which ignores file permissions):
- read-only: ``PRAGMA query_only = ON`` on the database's own connection, so SQLite itself
  refuses every write with "attempt to write a readonly database", exactly as for a read-only file;
- disk full: a thin stand-in for the sqlite3 connection (the OS edge) that raises
  ``sqlite3.OperationalError("database or disk is full")`` on INSERT while told to.
``test_real_filesystem.py`` does both for real on a tiny tmpfs where mounting is allowed.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import DayCounts
from psoasbreak.storage.database import DatabaseUnavailableError, HistoryDatabase
from psoasbreak.storage.safe_recorder import (
    FIRST_RETRY_SECONDS,
    MAX_RETRY_SECONDS,
    SafeRecorder,
    StorageNotice,
    events_csv,
)

START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def ev(minute: int, outcome: Outcome = Outcome.COMPLETED) -> BreakEvent:
    exercise = "stretch" if outcome in (Outcome.COMPLETED, Outcome.SKIPPED) else None
    seconds = 60 if outcome is Outcome.COMPLETED else 0
    return BreakEvent(START + timedelta(minutes=minute), outcome, exercise, seconds)


class FakeRetry:
    """The RetryTimer protocol, written down: tests fire it by calling ``flush`` themselves."""

    def __init__(self) -> None:
        self.armed: float | None = None
        self.starts: list[float] = []

    def start(self, delay_seconds: float) -> None:
        self.armed = delay_seconds
        self.starts.append(delay_seconds)

    def stop(self) -> None:
        self.armed = None


class FullDisk:
    """Stands in for the sqlite3 connection: INSERTs fail with SQLITE_FULL while ``full``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.full = False

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


class Rig:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.database = HistoryDatabase.open(path)
        self.disk = FullDisk(self.database._conn)
        self.database._conn = self.disk  # type: ignore[assignment]
        self.retry = FakeRetry()
        self.told: list[StorageNotice] = []
        self.recorder = SafeRecorder(
            self.database, lambda: HistoryDatabase.open(path), path, (path.parent / "spill",)
        )
        self.recorder.attach(self.retry, self.told.append)

    def read_only(self, on: bool) -> None:
        self.disk._conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")

    def on_disk(self) -> list[BreakEvent]:
        with HistoryDatabase.open(self.path) as db:
            return db.events()


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(tmp_path / "history.sqlite3")


def test_healthy_writes_go_straight_to_disk_and_arm_nothing(rig: Rig) -> None:
    rig.recorder.record(ev(0))
    rig.recorder.record(ev(30, Outcome.SNOOZED))
    assert rig.on_disk() == [ev(0), ev(30, Outcome.SNOOZED)]
    assert rig.retry.armed is None and rig.retry.starts == []
    assert rig.told == [] and rig.recorder.healthy


@pytest.mark.parametrize("fault", ["read-only", "disk full"])
def test_a_refused_write_is_held_told_once_retried_and_saved(rig: Rig, fault: str) -> None:
    rig.recorder.record(ev(0))
    if fault == "read-only":
        rig.read_only(True)
    else:
        rig.disk.full = True

    for minute in (30, 60, 90):
        rig.recorder.record(ev(minute))  # must not raise
    assert rig.recorder.pending == (ev(30), ev(60), ev(90))
    assert rig.on_disk() == [ev(0)]
    assert [n.title for n in rig.told] == ["Break history not saved"]  # once, not three times
    expected = "readonly" if fault == "read-only" else "disk is full"
    assert expected in rig.told[0].text and "in memory" in rig.told[0].text
    assert rig.retry.armed is not None

    # Counts and the streak include what is held, so the tray and `status` stay right.
    today = date(2026, 11, 25)
    assert rig.recorder.day_counts(today, today) == {today: DayCounts(today, completed=4)}
    assert rig.recorder.all_day_counts()[today].completed == 4
    assert rig.recorder.events() == [ev(0), ev(30), ev(60), ev(90)]

    assert not rig.recorder.flush()  # the retry timer fires while the fault lasts
    assert rig.retry.armed is not None and len(rig.told) == 1

    rig.read_only(False)
    rig.disk.full = False
    assert rig.recorder.flush()
    assert rig.on_disk() == [ev(0), ev(30), ev(60), ev(90)]  # in order, none twice
    assert rig.recorder.pending == () and rig.retry.armed is None
    assert rig.told[-1].title == "Break history saved again" and not rig.told[-1].problem
    assert rig.recorder.all_day_counts()[today].completed == 4


def test_retries_back_off_and_reset_after_recovery(rig: Rig) -> None:
    rig.disk.full = True
    rig.recorder.record(ev(0))
    for _ in range(10):
        rig.recorder.flush()
    assert rig.retry.starts[0] == FIRST_RETRY_SECONDS
    assert rig.retry.starts == sorted(rig.retry.starts)
    assert rig.retry.starts[-1] == MAX_RETRY_SECONDS
    rig.disk.full = False
    rig.recorder.flush()
    rig.disk.full = True
    rig.recorder.record(ev(5))
    assert rig.retry.armed == FIRST_RETRY_SECONDS
    assert [n.title for n in rig.told] == [
        "Break history not saved",
        "Break history saved again",
        "Break history not saved",
    ]


def test_closing_with_outcomes_held_writes_them_as_importable_csv(rig: Rig) -> None:
    rig.recorder.record(ev(0))
    rig.read_only(True)
    rig.recorder.record(ev(30, Outcome.MISSED))
    rig.recorder.record(ev(60))
    notices = rig.recorder.close()
    spilled = sorted((rig.path.parent / "spill").glob("history.sqlite3.unsaved-*.csv"))
    assert len(spilled) == 1
    rows = list(csv.reader(io.StringIO(spilled[0].read_text(encoding="utf-8"))))
    assert rows == [
        ["at", "outcome", "exercise", "seconds"],
        [ev(30).at.isoformat(), "missed", "", "0"],
        [ev(60).at.isoformat(), "completed", "stretch", "60"],
    ]
    [notice] = notices
    assert notice.problem and str(spilled[0]) in notice.text and "import" in notice.text
    assert rig.on_disk() == [ev(0)]


def test_closing_with_nowhere_to_spill_lists_the_outcomes_in_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "history.sqlite3"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")

    def unavailable() -> HistoryDatabase:
        raise DatabaseUnavailableError("the disk is gone")

    recorder = SafeRecorder(None, unavailable, path, (blocker / "spill",))
    recorder.record(ev(0, Outcome.NATURAL))
    notices = recorder.close()
    assert "listed in the log" in notices[-1].text
    assert events_csv([ev(0, Outcome.NATURAL)]) in caplog.text


def test_history_unavailable_at_start_is_opened_on_a_later_retry(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    attempts: list[int] = []

    def reopen() -> HistoryDatabase:
        attempts.append(1)
        if len(attempts) < 3:
            raise DatabaseUnavailableError("read-only file system")
        return HistoryDatabase.open(path)

    retry, told = FakeRetry(), []
    recorder = SafeRecorder(None, reopen, path)
    recorder.attach(retry, told.append)
    assert retry.armed is not None, "a missing history is something to retry"
    recorder.record(ev(0))  # attempt 1 fails: held
    assert recorder.pending == (ev(0),)
    assert recorder.events() == [ev(0)]  # attempt 2 fails: reads show what is held
    assert recorder.flush()  # attempt 3 opens it
    assert retry.armed is None and [n.title for n in told] == ["Break history saved again"]
    recorder.close()
    with HistoryDatabase.open(path) as db:
        assert db.events() == [ev(0)]


def test_a_failed_read_falls_back_to_what_is_held_and_says_so(rig: Rig) -> None:
    rig.recorder.record(ev(0))
    rig.database._conn.close()  # every read now fails inside SQLite
    assert rig.recorder.all_day_counts() == {}
    assert rig.recorder.events() == []
    assert len(rig.told) == 1 and "could not be read" in rig.told[0].text


def test_an_event_no_file_can_hold_is_logged_not_allowed_to_block_the_rest(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    bad = BreakEvent(START, "bogus")  # type: ignore[arg-type]
    rig.recorder.record(bad)
    rig.recorder.record(ev(1))
    assert rig.on_disk() == [ev(1)]
    assert "bogus" in caplog.text
