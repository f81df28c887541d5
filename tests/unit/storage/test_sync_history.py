"""Other machines' breaks in the history file (issue 19): counted once, told apart from ours."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import USE_SPANS_KEPT_DAYS, HistoryDatabase

BERLIN = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 30, 10, 0, tzinfo=BERLIN)
LAPTOP = "0123456789abcdef"
DESKTOP = "fedcba9876543210"


def event(minutes: int, outcome: Outcome = Outcome.COMPLETED) -> BreakEvent:
    return BreakEvent(MONDAY + timedelta(minutes=minutes), outcome, "stretch", 60)


def test_remote_breaks_count_in_the_day_once_and_are_not_shared_as_ours(tmp_path: Path) -> None:
    with HistoryDatabase.open(tmp_path / "h.sqlite3") as db:
        db.record(event(0))
        added = db.record_remote({LAPTOP: [event(45), event(90, Outcome.NATURAL)]}, {})
        assert added == 2
        # Delivered again (a conflict copy, a re-read): nothing new.
        again = {LAPTOP: [event(45)], DESKTOP: [event(90, Outcome.NATURAL)]}
        assert db.record_remote(again, {}) == 0
        counts = db.day_counts(MONDAY.date(), MONDAY.date())[MONDAY.date()]
        assert (counts.completed, counts.natural) == (2, 1)
        assert db.own_events() == [event(0)]
        assert len(db.events()) == 3


def test_a_remote_copy_of_our_own_break_is_not_a_second_break(tmp_path: Path) -> None:
    """A cloned disk's old history comes back under the new machine's id: one break still."""
    with HistoryDatabase.open(tmp_path / "h.sqlite3") as db:
        db.record(event(0))
        assert db.record_remote({DESKTOP: [event(0)]}, {DESKTOP: "Desktop"}) == 0
        assert db.day_counts(MONDAY.date(), MONDAY.date())[MONDAY.date()].completed == 1


def test_each_break_names_the_machine_it_came_from(tmp_path: Path) -> None:
    with HistoryDatabase.open(tmp_path / "h.sqlite3") as db:
        db.record(event(0))
        db.record_remote({LAPTOP: [event(45)], DESKTOP: [event(90)]}, {LAPTOP: "Laptop"})
        db.record_remote({}, {LAPTOP: "Work laptop"})  # renamed: the newest name is shown
        names = [name for name, _ in db.machine_events(MONDAY.date(), MONDAY.date())]
        assert names == [None, "Work laptop", DESKTOP]


def test_spans_of_use_are_kept_a_week(tmp_path: Path) -> None:
    with HistoryDatabase.open(tmp_path / "h.sqlite3") as db:
        old = MONDAY - timedelta(days=USE_SPANS_KEPT_DAYS + 1)
        db.record_use_span(old, old + timedelta(hours=1))
        db.record_use_span(MONDAY, MONDAY + timedelta(hours=2))
        db.record_use_span(MONDAY, MONDAY + timedelta(hours=2))  # twice: once
        assert db.use_spans() == [(MONDAY, MONDAY + timedelta(hours=2))]


def test_a_version_4_history_keeps_its_breaks_as_this_machines(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryDatabase.open(path) as db:
        db.record(event(0))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE machines")
    conn.execute("DROP TABLE use_spans")
    conn.execute("ALTER TABLE events DROP COLUMN machine")
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    with HistoryDatabase.open(path) as db:
        assert db.own_events() == [event(0)]
        assert db.record_remote({LAPTOP: [event(30)]}, {}) == 1
