"""The sync folder on disk (storage/sync_folder.py, issue 19): the machine's identity (a cloned
one replaced), its own file written whole and atomically, the others' files read, with a folder
that is missing, disappears and returns, and files arriving late and out of order."""

from __future__ import annotations

import itertools
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.sync import break_line, header_line, merge, new_machine_id
from psoasbreak.storage.sync_folder import (
    MAX_FILE_BYTES,
    SUBFOLDER,
    Identity,
    ReadCache,
    load_identity,
    own_file,
    read_others,
    write_own,
)

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone(timedelta(hours=1)))
LAPTOP = Identity("0123456789abcdef", "Laptop")
DESKTOP = Identity("fedcba9876543210", "Desktop")


def ev(minutes: int) -> BreakEvent:
    return BreakEvent(T0 + timedelta(minutes=minutes), Outcome.COMPLETED, "stretch", 60)


def test_the_identity_is_kept_and_a_cloned_one_replaced(tmp_path: Path) -> None:
    path = tmp_path / "data" / "machine.json"
    ids = iter(["0123456789abcdef", "1111222233334444", "5555666677778888"])
    first = load_identity(path, "host-a", "Laptop", lambda: next(ids))
    assert (first.machine, first.new) == ("0123456789abcdef", True)
    again = load_identity(path, "host-a", "Laptop", lambda: next(ids))
    assert (again.machine, again.new) == ("0123456789abcdef", False)
    # The disk was cloned into another machine: its fingerprint differs, a new id is taken.
    clone = load_identity(path, "host-b", "Desktop", lambda: next(ids))
    assert (clone.machine, clone.new) == ("1111222233334444", True)
    path.write_text("{not json", encoding="utf-8")
    assert load_identity(path, "host-b", "Desktop", lambda: next(ids)).new


def test_a_missing_folder_keeps_the_history_local_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    assert not write_own(folder, LAPTOP, [ev(0)])
    assert not folder.exists()
    assert read_others(folder, DESKTOP.machine) == []


def test_two_machines_read_each_others_files(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert write_own(folder, LAPTOP, [ev(40), ev(0)])
    assert write_own(folder, DESKTOP, [ev(20)])
    assert own_file(folder, LAPTOP.machine).read_text(encoding="utf-8").count("\n") == 3
    assert [p.name for p in (folder / SUBFOLDER).iterdir() if p.name.startswith(".")] == []
    seen_by_desktop = merge(read_others(folder, DESKTOP.machine), DESKTOP.machine)
    assert seen_by_desktop.all_breaks() == {ev(0), ev(40)}
    assert seen_by_desktop.names == {LAPTOP.machine: "Laptop"}
    seen_by_laptop = merge(read_others(folder, LAPTOP.machine), LAPTOP.machine)
    assert seen_by_laptop.all_breaks() == {ev(20)}
    # The laptop takes another break: its file is written whole again, and grows.
    write_own(folder, LAPTOP, [ev(0), ev(40), ev(80)])
    later = merge(read_others(folder, DESKTOP.machine), DESKTOP.machine)
    assert later.all_breaks() == {ev(0), ev(40), ev(80)}


def test_late_out_of_order_delivery_and_conflict_copies_give_the_same_history(
    tmp_path: Path,
) -> None:
    source = tmp_path / "laptop-side"
    source.mkdir()
    versions = []
    for n in range(1, 4):  # three versions of the laptop's file, as a sync tool may hold them
        write_own(source, LAPTOP, [ev(40 * k) for k in range(n)])
        versions.append(own_file(source, LAPTOP.machine).read_bytes())
    names = [
        f"{LAPTOP.machine}.jsonl",
        f"{LAPTOP.machine}.sync-conflict-20261207-101500-ABCDEFG.jsonl",
        f"{LAPTOP.machine} (conflicted copy 2026-12-07).jsonl",
    ]
    results = set()
    for order in itertools.permutations(range(3)):
        folder = tmp_path / f"desk-{''.join(map(str, order))}"
        (folder / SUBFOLDER).mkdir(parents=True)
        for name, version in zip(names, order, strict=True):
            (folder / SUBFOLDER / name).write_bytes(versions[version])
        results.add(merge(read_others(folder, DESKTOP.machine), DESKTOP.machine).all_breaks())
    assert results == {frozenset({ev(0), ev(40), ev(80)})}


def test_a_folder_that_disappears_and_returns(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    write_own(folder, LAPTOP, [ev(0)])
    shutil.move(folder, tmp_path / "unmounted")
    assert read_others(folder, DESKTOP.machine) == []
    assert not write_own(folder, DESKTOP, [ev(20)])
    shutil.move(tmp_path / "unmounted", folder)
    assert write_own(folder, DESKTOP, [ev(20)])  # catches up: the whole history is written
    assert merge(read_others(folder, DESKTOP.machine), DESKTOP.machine).all_breaks() == {ev(0)}


def test_strangers_in_the_folder_are_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    (folder / SUBFOLDER).mkdir(parents=True)
    write_own(folder, LAPTOP, [ev(0)])
    stranger = folder / SUBFOLDER / "notes.jsonl"
    stranger.write_text("{}\n", encoding="utf-8")
    huge = folder / SUBFOLDER / f"{new_machine_id()}.jsonl"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    found = read_others(folder, DESKTOP.machine)
    assert [name for name, _ in found] == [f"{LAPTOP.machine}.jsonl"]
    assert stranger.read_text(encoding="utf-8") == "{}\n"


def test_with_a_cache_an_unchanged_file_is_not_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    (folder / "psoasbreak").mkdir(parents=True)
    laptop = folder / "psoasbreak" / "0123456789abcdef.jsonl"
    at = datetime(2026, 12, 7, 9, 0, tzinfo=timezone.utc)
    laptop.write_text(header_line("0123456789abcdef", "Laptop"))
    cache: ReadCache = {}
    first = read_others(folder, "fedcba9876543210", cache)
    assert read_others(folder, "fedcba9876543210", cache)[0][1] is first[0][1]  # not re-read
    event = BreakEvent(at, Outcome.COMPLETED, "stretch", 60)
    replacement = laptop.with_suffix(".tmp")
    replacement.write_text(header_line("0123456789abcdef", "Laptop") + break_line(event))
    replacement.replace(laptop)  # delivered: a new file renamed over the old
    assert read_others(folder, "fedcba9876543210", cache)[0][1].breaks == {event}
    laptop.unlink()
    assert read_others(folder, "fedcba9876543210", cache) == [] and cache == {}
