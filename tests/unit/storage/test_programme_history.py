"""Programme sessions in the history file (schema version 4): stored with their exercises in one
transaction, read back in time order for progress and the week, held and retried like breaks when
the disk refuses, and spilled as JSON at quit rather than lost."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.programme import (
    RoutineKind,
    SessionRecord,
    Step,
    StepRecord,
    progress_of,
    shipped_programme,
)
from psoasbreak.storage.database import CURRENT_VERSION, HistoryDatabase
from tests.unit.storage.test_safe_recorder import Rig

BERLIN_WINTER = timezone(timedelta(hours=1))
MONDAY = datetime(2026, 11, 30, 12, 30, tzinfo=BERLIN_WINTER)


def session(start: datetime, *steps: StepRecord, finished: bool = True) -> SessionRecord:
    return SessionRecord(
        RoutineKind.STRENGTH, start, start + timedelta(minutes=25), finished, steps
    )


BRIDGE = StepRecord("bridge-knee-drive", 1, Step.COMPLETED, 3)
DEADLIFT_HURT = StepRecord("single-leg-deadlift", 2, Step.HURT, 1)


def test_a_session_and_its_exercises_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryDatabase.open(path) as db:
        first = session(MONDAY, BRIDGE, DEADLIFT_HURT)
        db.record_session(first)
        db.record_session(first)  # a retry after trouble: one session, not two
        db.record_step_up(MONDAY + timedelta(hours=1), "bridge-knee-drive", 2)
        later = session(MONDAY + timedelta(days=2), BRIDGE, finished=False)
        db.record_session(later)
        assert db.programme_sessions() == [first, later]
        wednesday = (MONDAY + timedelta(days=2)).date()
        assert db.programme_sessions(wednesday, wednesday) == [later]
        assert db.programme_steps() == [
            BRIDGE,
            DEADLIFT_HURT,
            StepRecord("bridge-knee-drive", 2, Step.STEPPED_UP),
            BRIDGE,
        ]
        progress = progress_of(db.programme_steps(), shipped_programme())
        assert progress["bridge-knee-drive"].level == 2  # the step up; the later level-1 work
        assert progress["single-leg-deadlift"].level == 1  # the hurt stepped it back
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION == 5
    conn.close()


def test_a_version_3_history_is_upgraded_with_its_breaks_kept(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    with HistoryDatabase.open(path) as db:
        db.record(BreakEvent(MONDAY, Outcome.COMPLETED, "stretch", 60))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE programme_steps")
    conn.execute("DROP TABLE programme_sessions")
    conn.execute("DROP TABLE machines")
    conn.execute("DROP TABLE use_spans")
    conn.execute("ALTER TABLE events DROP COLUMN machine")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    with HistoryDatabase.open(path) as db:
        assert [e.exercise for e in db.events()] == ["stretch"]
        assert db.programme_sessions() == []
        db.record_session(session(MONDAY, BRIDGE))
        assert len(db.programme_sessions()) == 1


def test_held_sessions_count_meanwhile_are_saved_on_retry_and_spilled_at_quit(
    tmp_path: Path,
) -> None:
    rig = Rig(tmp_path / "history.sqlite3")
    rig.read_only(True)
    held = session(MONDAY, BRIDGE)
    rig.recorder.record_session(held)
    rig.recorder.record_step_up(MONDAY + timedelta(hours=1), "bridge-knee-drive", 2)
    assert [n.title for n in rig.told] == ["Break history not saved"]
    assert rig.retry.armed is not None and not rig.recorder.healthy
    # Reads include what is held: the week's count and progress stay right meanwhile.
    assert rig.recorder.programme_sessions() == [held]
    assert rig.recorder.programme_steps()[-1] == StepRecord("bridge-knee-drive", 2, Step.STEPPED_UP)
    rig.read_only(False)
    assert rig.recorder.flush() and rig.recorder.healthy
    with HistoryDatabase.open(rig.path) as db:
        assert db.programme_sessions() == [held]
    # Refused again, and the app quits: the session goes to a JSON file, not nowhere.
    rig.read_only(True)
    second = session(MONDAY + timedelta(days=2), DEADLIFT_HURT, finished=False)
    rig.recorder.record_session(second)
    rig.recorder.close()
    [spilled] = (rig.path.parent / "spill").glob("history.sqlite3.unsaved-programme-*.json")
    assert json.loads(spilled.read_text(encoding="utf-8")) == [
        {
            "session": "strength",
            "started": second.started.isoformat(),
            "ended": second.ended.isoformat(),
            "finished": False,
            "steps": [{"exercise": "single-leg-deadlift", "level": 2, "step": "hurt", "sets": 1}],
        }
    ]
