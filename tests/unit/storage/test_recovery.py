"""A broken history file at start-up: set aside whole, never deleted, and a fresh one started.

Hundreds of broken files are tried: random bytes of many sizes, random bytes behind a valid SQLite
header, and a real history cut short at every page boundary and at random offsets. Whatever the
damage, ``open_history`` returns a usable database, and the original bytes survive either in
place (SQLite could still read them) or byte for byte in ``history.sqlite3.broken-<timestamp>``.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from psoasbreak import __version__
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import (
    CorruptDatabaseError,
    DatabaseUnavailableError,
    HistoryDatabase,
    NewerSchemaError,
)
from psoasbreak.storage.recovery import open_history

NOW = datetime(2026, 11, 25, 9, 30, 5, tzinfo=timezone.utc)
START = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))
SQLITE_MAGIC = b"SQLite format 3\x00"

#: Figures quoted in the README's "Reliability" section.
RANDOM_FILES = 150
HEADED_FILES = 100
RANDOM_CUTS = 100


def events(n: int) -> list[BreakEvent]:
    return [
        BreakEvent(START + timedelta(minutes=37 * i), Outcome.COMPLETED, "stretch", 60)
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def good_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real history of 3,000 events with its WAL folded in, so the file alone holds it all."""
    path = tmp_path_factory.mktemp("good") / "history.sqlite3"
    with HistoryDatabase.open(path) as db:
        db.record_many(events(3000))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def check_recovered(path: Path, original: bytes) -> None:
    """Whatever happened, the app can record, and the original bytes are not lost."""
    opened = open_history(path, NOW)
    assert opened.database is not None, opened.problem
    with opened.database as db:
        db.record(events(1)[0])
        assert events(1)[0] in db.events()
    if opened.moved_aside is None:
        assert opened.problem is None
        return
    assert opened.moved_aside.read_bytes() == original
    assert opened.moved_aside.name.startswith("history.sqlite3.broken-20261125-093005")
    assert opened.problem is not None
    assert str(opened.moved_aside) in opened.problem and "nothing was deleted" in opened.problem
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_random_bytes_are_moved_aside(tmp_path: Path) -> None:
    rng = random.Random(1)
    for n in range(RANDOM_FILES):
        path = tmp_path / f"r{n}" / "history.sqlite3"
        path.parent.mkdir()
        size = rng.choice([1, 17, 99, 100, 512, 4096, 65536, rng.randrange(1, 200_000)])
        original = rng.randbytes(size)
        path.write_bytes(original)
        check_recovered(path, original)
        # Even a file too short to be a database is kept: SQLite would silently overwrite it.
        assert len(list(path.parent.glob("history.sqlite3.broken-*"))) == 1, size


def test_garbage_behind_a_valid_header_is_moved_aside(tmp_path: Path) -> None:
    rng = random.Random(2)
    for n in range(HEADED_FILES):
        path = tmp_path / f"h{n}" / "history.sqlite3"
        path.parent.mkdir()
        original = SQLITE_MAGIC + rng.randbytes(rng.randrange(100, 40_000))
        path.write_bytes(original)
        check_recovered(path, original)


def truncation_points(size: int, page: int = 4096) -> list[int]:
    rng = random.Random(3)
    return sorted({*range(1, size, page), *(rng.randrange(1, size) for _ in range(RANDOM_CUTS))})


def test_a_history_cut_short_anywhere_is_moved_aside_or_still_readable(
    tmp_path: Path, good_history: Path
) -> None:
    size = good_history.stat().st_size
    cuts = truncation_points(size)
    assert len(cuts) > 150
    moved = 0
    for cut in cuts:
        path = tmp_path / f"t{cut}" / "history.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(good_history, path)
        os.truncate(path, cut)
        original = path.read_bytes()
        check_recovered(path, original)
        moved += len(list(path.parent.iterdir())) > 1
    assert moved >= len(cuts) - 1  # only a cut inside the very last page may still be readable


def test_the_wal_and_shm_go_aside_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    (tmp_path / "history.sqlite3-wal").write_bytes(b"wal bytes")
    (tmp_path / "history.sqlite3-shm").write_bytes(b"shm bytes")
    opened = open_history(path, NOW)
    assert opened.moved_aside is not None and opened.database is not None
    opened.database.close()
    aside = opened.moved_aside
    assert (tmp_path / f"{aside.name}-wal").read_bytes() == b"wal bytes"
    assert (tmp_path / f"{aside.name}-shm").read_bytes() == b"shm bytes"


def test_a_second_broken_file_in_the_same_second_never_overwrites_the_first(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    asides = []
    for content in (b"first broken file", b"second broken file"):
        for companion in tmp_path.glob("history.sqlite3-*"):
            companion.unlink()
        path.write_bytes(content * 50)
        opened = open_history(path, NOW)
        assert opened.database is not None and opened.moved_aside is not None
        opened.database.close()
        asides.append(opened.moved_aside)
    assert asides[0] != asides[1]
    assert asides[0].read_bytes() == b"first broken file" * 50
    assert asides[1].read_bytes() == b"second broken file" * 50


def test_a_newer_schema_is_refused_and_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryDatabase.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NewerSchemaError, match=r"version 42.*newer psoasbreak") as refused:
        open_history(path, NOW)
    assert f"Run a psoasbreak newer than {__version__} " in str(refused.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_history_that_cannot_be_opened_now_is_reported_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    opened = open_history(blocker / "history.sqlite3", NOW)
    assert opened.database is None and opened.moved_aside is None
    assert opened.problem is not None and "holds new outcomes in memory" in opened.problem


def test_database_errors_say_what_kind_of_trouble_it_is(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(CorruptDatabaseError, match="not a database"):
        HistoryDatabase.open(garbage)
    with pytest.raises(DatabaseUnavailableError, match="cannot open"):
        HistoryDatabase.open(garbage / "history.sqlite3")
