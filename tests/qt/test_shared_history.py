"""The app's side of the sync folder (issue 19, shell/sync.py) with the real file watch
(QFileSystemWatcher, inotify), the real history file and a FakeClock: deliveries are read when
they land, a folder that is missing or goes away and comes back is caught up, a broken file of
another machine counts its good lines and is reported once."""

from __future__ import annotations

import json
import logging
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.sync import break_line, header_line, open_span_line
from psoasbreak.shell.sync import SharedHistory, sync_folder_path
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.storage.safe_recorder import SafeRecorder

START = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
LAPTOP = "0123456789abcdef"
HERE = "fedcba9876543210"


class Rig:
    def __init__(
        self, tmp_path: Path, fingerprint: str = "this machine", new_id: str = HERE
    ) -> None:
        path = tmp_path / "data" / "history.sqlite3"
        self.history = SafeRecorder(
            HistoryDatabase.open(path), lambda: HistoryDatabase.open(path), path
        )
        self.clock = FakeClock(START)
        self.elsewhere: list[datetime] = []
        self.shared = SharedHistory(
            self.history,
            self.clock,
            tmp_path / "data" / "machine.json",
            lambda: "Desktop",
            lambda: fingerprint,
            lambda: new_id,
        )
        self.shared.attach(self.elsewhere.append)

    def close(self) -> None:
        self.shared.close()
        self.history.close()


@pytest.fixture
def rig(tmp_path: Path):
    made = Rig(tmp_path)
    yield made
    made.close()


def laptop_file(folder: Path, *lines: str) -> Path:
    ours = folder / "psoasbreak"
    ours.mkdir(parents=True, exist_ok=True)
    path = ours / f"{LAPTOP}.jsonl"
    temporary = ours / ".syncthing.tmp"
    temporary.write_text(header_line(LAPTOP, "Laptop") + "".join(lines), encoding="utf-8")
    temporary.replace(path)  # as a sync tool delivers: a new file renamed over the old
    return path


def stretch(minutes: int) -> BreakEvent:
    return BreakEvent(START + timedelta(minutes=minutes), Outcome.COMPLETED, "stretch", 60)


def test_the_setting_reads_as_a_folder() -> None:
    assert sync_folder_path("") is None
    assert sync_folder_path("  ") is None
    assert sync_folder_path("~/Sync") == Path.home() / "Sync"
    assert sync_folder_path("Sync") == Path.home() / "Sync"
    assert sync_folder_path("/mnt/sync") == Path("/mnt/sync")


def test_a_delivery_is_merged_once_and_restarts_the_interval(rig: Rig, tmp_path, qtbot) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.shared.follow(str(folder))
    own = folder / "psoasbreak" / f"{HERE}.jsonl"
    assert own.read_text().startswith(header_line(HERE, "Desktop"))
    with qtbot.waitSignal(rig.shared.merged, timeout=5000):
        laptop_file(folder, break_line(stretch(10)))
    assert rig.elsewhere[-1] == stretch(10).at
    assert [e.outcome for e in rig.history.events()] == [Outcome.COMPLETED]
    assert rig.history.own_events() == []  # not shared back as ours
    # The same file again (a re-delivery): nothing new is counted.
    with qtbot.waitSignal(rig.shared.watch.changed, timeout=5000):
        laptop_file(folder, break_line(stretch(10)))
    assert len(rig.history.events()) == 1
    status = rig.shared.status_json()
    assert status == {
        "folder": str(folder),
        "machines": [{"name": "Laptop", "last_seen": "2026-12-07T09:10:00+00:00"}],
    }


def test_a_missing_folder_stays_local_and_catches_up_when_it_comes(
    rig: Rig, tmp_path, qtbot
) -> None:
    folder = tmp_path / "mnt" / "Sync"
    rig.history.record(stretch(5))
    rig.shared.follow(str(folder))
    assert not folder.exists()  # never made by us: an unmounted disk stays unmounted
    assert rig.shared.status_json() == {"folder": str(folder), "machines": []}
    with qtbot.waitSignal(rig.shared.watch.changed, timeout=5000):
        folder.mkdir(parents=True)
    qtbot.waitUntil(lambda: (folder / "psoasbreak" / f"{HERE}.jsonl").exists(), timeout=5000)
    text = (folder / "psoasbreak" / f"{HERE}.jsonl").read_text()
    assert break_line(stretch(5)) in text
    # It goes away (unmounted) and returns with the laptop's file in it.
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: str(folder) not in " ".join(rig.shared.watch.watched), timeout=5000)
    staging = tmp_path / "staging"
    laptop_file(staging, break_line(stretch(40)))
    with qtbot.waitSignal(rig.shared.merged, timeout=5000):
        staging.rename(folder)
    assert len(rig.history.events()) == 2


def test_a_broken_file_counts_its_good_lines_and_is_reported_once(
    rig: Rig, tmp_path, qtbot, caplog
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.shared.follow(str(folder))
    caplog.set_level(logging.WARNING, logger="psoasbreak.shell.sync")
    with qtbot.waitSignal(rig.shared.merged, timeout=5000):
        laptop_file(folder, break_line(stretch(10)), "{not json\n", break_line(stretch(50)))
    assert len(rig.history.events()) == 2
    with qtbot.waitSignal(rig.shared.merged, timeout=5000):
        laptop_file(
            folder, break_line(stretch(10)), "{not json\n", break_line(stretch(50)),
            break_line(stretch(90)),
        )  # fmt: skip
    reports = [r.getMessage() for r in caplog.records if "not JSON" in r.getMessage()]
    assert len(reports) == 1, reports
    assert f"{LAPTOP}.jsonl: line 3 is not JSON" in reports[0]


def test_use_here_is_shared_when_it_begins_and_ends(rig: Rig, tmp_path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.shared.follow(str(folder))
    own = folder / "psoasbreak" / f"{HERE}.jsonl"
    rig.shared.follow_use(None)
    assert open_span_line(START) in own.read_text()
    rig.clock.advance(50 * 60)
    rig.shared.follow_use(START + timedelta(minutes=45))  # away since the last input
    lines = [json.loads(line) for line in own.read_text().splitlines()[1:]]
    assert lines == [
        {"used": {"from": START.isoformat(), "to": (START + timedelta(minutes=45)).isoformat()}}
    ]


def test_the_others_use_is_what_the_session_is_told(rig: Rig, tmp_path, qtbot) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.shared.follow(str(folder))
    with qtbot.waitSignal(rig.shared.watch.changed, timeout=5000):
        laptop_file(folder, open_span_line(START))
    now = START + timedelta(minutes=20)
    assert [(s.start, s.end) for s in rig.shared.covering(now)] == [(START, now)]
    rig.shared.follow("")
    assert rig.shared.covering(now) == ()
    assert rig.shared.status_json() is None


def test_a_machine_id_copied_from_another_machine_is_replaced(tmp_path) -> None:
    first = Rig(tmp_path, fingerprint="the old machine")
    (tmp_path / "Sync").mkdir()
    first.shared.follow(str(tmp_path / "Sync"))
    assert first.shared.identity is not None and first.shared.identity.new
    first.close()
    stored = json.loads((tmp_path / "data" / "machine.json").read_text())
    assert stored["machine"] == HERE
    # The same data folder on a cloned disk: another fingerprint, so a fresh id is taken.
    clone = Rig(tmp_path, fingerprint="the clone", new_id="1111222233334444")
    clone.shared.follow(str(tmp_path / "Sync"))
    assert clone.shared.identity is not None
    assert clone.shared.identity.machine == "1111222233334444"
    clone.close()


def test_our_file_replaced_by_another_version_is_written_again(rig: Rig, tmp_path, qtbot) -> None:
    """A sync conflict the other side won puts someone else's version of our file in place:
    the next look at the folder writes ours again, whole."""
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.history.record(stretch(5))
    rig.shared.follow(str(folder))
    own = folder / "psoasbreak" / f"{HERE}.jsonl"
    ours = own.read_text()
    stale = own.with_name(".stale")
    stale.write_text(header_line(HERE, "Desktop"))
    with qtbot.waitSignal(rig.shared.watch.changed, timeout=5000):
        stale.replace(own)
    assert own.read_text() == ours


def test_a_conflict_copy_of_our_file_adds_its_breaks_but_is_no_other_machine(
    rig: Rig, tmp_path, qtbot
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    rig.shared.follow(str(folder))
    copy = folder / "psoasbreak" / f"{HERE}.sync-conflict-20261207-101500-ABCDEFG.jsonl"
    with qtbot.waitSignal(rig.shared.merged, timeout=5000):
        copy.write_text(header_line(HERE, "Desktop") + break_line(stretch(30)))
    assert [e.at for e in rig.history.events()] == [stretch(30).at]
    assert rig.shared.status_json() == {"folder": str(folder), "machines": []}
