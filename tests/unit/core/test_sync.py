"""The merge rules for machines sharing a sync folder (core/sync.py, issue 19): file names and
conflict copies, reading that never fails (cut at every byte, corrupt lines, a newer version),
every break counted exactly once whatever the order of delivery, use elsewhere not a break."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history import count_by_day, streaks
from psoasbreak.core.sync import (
    OPEN_SPAN_TRUST,
    UseSpan,
    break_line,
    file_name,
    header_line,
    latest_break_taken,
    machine_id_still_ours,
    machine_of_file,
    merge,
    new_machine_id,
    open_span_line,
    parse_machine_file,
    span_line,
    uncovered,
)

LAPTOP, DESKTOP, OFFICE = "0123456789abcdef", "fedcba9876543210", "00000000deadbeef"
BERLIN = timezone(timedelta(hours=1))
NEW_YORK = timezone(timedelta(hours=-5))
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)


def ev(minutes: int, outcome: Outcome = Outcome.COMPLETED, tz: timezone = BERLIN) -> BreakEvent:
    exercise = "stretch" if outcome is Outcome.COMPLETED else None
    return BreakEvent((T0 + timedelta(minutes=minutes)).astimezone(tz), outcome, exercise, 60)


def render(machine: str, name: str, events, spans=()) -> str:
    return (
        header_line(machine, name)
        + "".join(map(break_line, events))
        + "".join(map(span_line, spans))
    )


# -- file names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "machine"),
    [
        (f"{LAPTOP}.jsonl", LAPTOP),
        (f"{LAPTOP}.sync-conflict-20261207-101500-ABCDEFG.jsonl", LAPTOP),  # Syncthing
        (f"{LAPTOP} (conflicted copy 2026-12-07 101500).jsonl", LAPTOP),  # Nextcloud
        (f"{LAPTOP} (Laptop's conflicted copy 2026-12-07).jsonl", LAPTOP),  # Dropbox
        (f".syncthing.{LAPTOP}.jsonl.tmp", None),
        (f"~{LAPTOP}.jsonl", None),
        (f"{LAPTOP}.jsonl.part", None),
        (f"{LAPTOP} copy.jsonl", None),
        ("notes.txt", None),
        ("0123456789ABCDEF.jsonl", None),  # not one of our ids
    ],
)
def test_a_file_belongs_to_the_machine_whose_id_starts_its_name(name, machine) -> None:
    assert machine_of_file(name) == machine


def test_machine_ids_are_fresh_and_a_cloned_one_is_noticed() -> None:
    ids = {new_machine_id() for _ in range(50)}
    assert len(ids) == 50 and all(machine_of_file(file_name(i)) == i for i in ids)
    assert machine_id_still_ours("host-a:1234", "host-a:1234")
    assert not machine_id_still_ours("host-a:1234", "host-b:9876")
    assert not machine_id_still_ours("", "host-a:1234")
    with pytest.raises(ValueError):
        file_name("../escape")


# -- reading --------------------------------------------------------------------------------------


def test_a_file_reads_back_what_was_written_across_time_zones() -> None:
    events = [ev(0), ev(45, Outcome.NATURAL), ev(600, Outcome.SKIPPED, NEW_YORK)]
    spans = [UseSpan(T0, T0 + timedelta(hours=2))]
    held = parse_machine_file(render(LAPTOP, "Laptop", events, spans))
    assert (held.machine, held.name, held.problems) == (LAPTOP, "Laptop", ())
    assert held.breaks == frozenset(events) and held.spans == frozenset(spans)
    # Each event keeps its own offset, so it counts on the day it was lived.
    assert {e.at.utcoffset() for e in held.breaks} == {timedelta(hours=1), timedelta(hours=-5)}


def test_a_file_cut_at_every_byte_reads_its_whole_lines_and_never_fails() -> None:
    events = [ev(n * 40) for n in range(4)]
    text = render(LAPTOP, "Laptöp", events)
    data = text.encode("utf-8")
    for cut in range(len(data) + 1):
        part = data[:cut].decode("utf-8", errors="ignore")
        held = parse_machine_file(part)
        assert held.breaks <= frozenset(events)
        whole_lines = part.count("\n")
        assert len(held.breaks) == max(0, whole_lines - 1)
        assert len(held.problems) <= 1
        if part and not part.endswith("\n"):
            assert held.problems and "cut short" in held.problems[0]


def test_corrupt_lines_are_reported_and_the_good_ones_count() -> None:
    good = [ev(0), ev(50)]
    text = (
        header_line(DESKTOP, "Desktop")
        + break_line(good[0])
        + "{not json\n"
        + '{"break": {"at": "yesterday", "outcome": "completed", "seconds": 60}}\n'
        + '{"break": {"at": "2026-11-23T10:00:00", "outcome": "completed", "seconds": 60}}\n'
        + '{"break": {"at": "2026-11-23T10:00:00+01:00", "outcome": "danced", "seconds": 1}}\n'
        + "[1, 2]\n"
        + break_line(good[1])
    )
    held = parse_machine_file(text)
    assert held.breaks == frozenset(good)
    assert [p.split(" is ")[0] for p in held.problems] == [
        "line 3", "line 4", "line 5", "line 6", "line 7"
    ]  # fmt: skip


def test_a_newer_version_is_read_as_far_as_this_one_understands() -> None:
    text = (
        json.dumps({"psoasbreak": "sync", "version": 7, "machine": OFFICE, "name": "Future"})
        + "\n"
        + '{"session": {"kind": "strength"}}\n'
        + '{"break": {"at": "2026-11-23T09:00:00+01:00", "outcome": "completed",'
        ' "exercise": "stretch", "seconds": 60, "heart_rate": 90}}\n'
    )
    held = parse_machine_file(text)
    assert (held.version, held.problems) == (7, ())
    assert held.breaks == frozenset({ev(0)})


# -- merging ------------------------------------------------------------------------------------


def test_conflict_copies_and_repeats_count_once_and_our_own_file_is_left_out() -> None:
    laptop = parse_machine_file(render(LAPTOP, "Laptop", [ev(0), ev(40)]))
    copy = parse_machine_file(render(LAPTOP, "Laptop", [ev(0), ev(80)]))
    own = parse_machine_file(render(DESKTOP, "Desktop", [ev(5)]))
    remote = merge(
        [
            (f"{LAPTOP}.sync-conflict-20261207-101500-ABCDEFG.jsonl", copy),
            (f"{LAPTOP}.jsonl", laptop),
            (f"{LAPTOP}.jsonl", laptop),
            (f"{DESKTOP}.jsonl", own),
            ("stranger.jsonl", own),
        ],
        own_machine=DESKTOP,
    )
    assert remote.all_breaks() == frozenset({ev(0), ev(40), ev(80)})
    assert list(remote.breaks) == [LAPTOP] and remote.names == {LAPTOP: "Laptop"}


machines = st.sampled_from([LAPTOP, DESKTOP, OFFICE])


@st.composite
def histories(draw):
    """Two or three machines, each with its own breaks, and a messy delivery of their files to
    each machine: late, repeated, out of order, cut short, and conflict copies."""
    count = draw(st.integers(2, 3))
    ids = [LAPTOP, DESKTOP, OFFICE][:count]
    own: dict[str, list[BreakEvent]] = {}
    minute = 0
    for _ in range(draw(st.integers(0, 25))):
        minute += draw(st.integers(1, 600))
        machine = draw(st.sampled_from(ids))
        outcome = draw(st.sampled_from(list(Outcome)))
        tz = draw(st.sampled_from([BERLIN, NEW_YORK]))
        own.setdefault(machine, []).append(ev(minute, outcome, tz))
    deliveries = {}
    for reader in ids:
        steps = []
        for writer in ids:
            if writer == reader:
                continue
            text = render(writer, writer.upper(), own.get(writer, []))
            # Partial states first (files grow line by line, maybe cut mid-line), then whole.
            for _ in range(draw(st.integers(0, 3))):
                steps.append((f"{writer}.jsonl", text[: draw(st.integers(0, len(text)))]))
            if draw(st.booleans()):
                name = f"{writer}.sync-conflict-20261207-101500-XYZ.jsonl"
                steps.append((name, text[: draw(st.integers(0, len(text)))]))
            steps.append((f"{writer}.jsonl", text))
        deliveries[reader] = draw(st.permutations(steps))
    return ids, own, deliveries


@settings(max_examples=150, deadline=None)
@given(histories())
def test_every_break_counts_once_and_every_machine_sees_the_same_streak(history) -> None:
    ids, own, deliveries = history
    everything = [e for events in own.values() for e in events]
    seen = {}
    for reader in ids:
        # A reader keeps the latest read of each file name, as a file watcher does; a cut copy
        # read earlier still counts what it held (its lines were the writer's).
        reads = [(name, parse_machine_file(text)) for name, text in deliveries[reader]]
        remote = merge(reads, own_machine=reader)
        merged = sorted([*own.get(reader, []), *remote.all_breaks()], key=lambda e: e.at)
        assert sorted(everything, key=lambda e: e.at) == merged, "a break lost or doubled"
        days = count_by_day(merged)
        seen[reader] = streaks(days, 2, date(2026, 12, 31))
    assert len(set(seen.values())) == 1


# -- use on another machine, and a break taken there -------------------------------------------


def test_time_used_on_another_machine_is_cut_out_of_an_idle_stretch() -> None:
    start, end = T0, T0 + timedelta(hours=1)
    at = lambda m: T0 + timedelta(minutes=m)  # noqa: E731
    assert uncovered(start, end, []) == [UseSpan(start, end)]
    assert uncovered(start, end, [UseSpan(at(-30), at(90))]) == []
    assert uncovered(start, end, [UseSpan(at(10), at(20)), UseSpan(at(40), at(50))]) == [
        UseSpan(at(0), at(10)),
        UseSpan(at(20), at(40)),
        UseSpan(at(50), at(60)),
    ]
    # Spans in another zone are the same instants.
    elsewhere = UseSpan(at(0).astimezone(NEW_YORK), at(30).astimezone(NEW_YORK))
    assert uncovered(start, end, [elsewhere]) == [UseSpan(at(30), at(60))]
    assert uncovered(end, start, []) == []


def test_the_latest_break_taken_elsewhere_restarts_the_interval_here() -> None:
    assert latest_break_taken([]) is None
    events = [ev(0), ev(30, Outcome.NATURAL), ev(60, Outcome.SKIPPED), ev(90, Outcome.SNOOZED)]
    assert latest_break_taken(events) == ev(30).at


# -- use beginning: the open span -----------------------------------------------------------------


def test_an_open_span_is_read_and_covers_until_now_at_most_its_trust() -> None:
    text = header_line(LAPTOP, "Laptop") + open_span_line(T0)
    held = parse_machine_file(text)
    assert held.open_since == T0 and held.problems == ()
    remote = merge([(file_name(LAPTOP), held)], DESKTOP)
    now = T0 + timedelta(hours=1)
    assert remote.covering(now) == (UseSpan(T0, now),)
    later = T0 + OPEN_SPAN_TRUST * 2
    assert remote.covering(later) == (UseSpan(T0, T0 + OPEN_SPAN_TRUST),)
    assert remote.last_seen() == {LAPTOP: T0}


def test_an_open_span_ended_in_the_newer_file_no_longer_covers() -> None:
    older = parse_machine_file(header_line(LAPTOP, "Laptop") + open_span_line(T0))
    ended = UseSpan(T0, T0 + timedelta(minutes=50))
    newer = parse_machine_file(header_line(LAPTOP, "Laptop") + span_line(ended))
    conflict = f"{LAPTOP}.sync-conflict-20261123-101500-ABCDEFG.jsonl"
    remote = merge([(conflict, older), (file_name(LAPTOP), newer)], DESKTOP)
    assert remote.open_since == {}
    assert remote.covering(T0 + timedelta(hours=3)) == (ended,)
    assert remote.last_seen() == {LAPTOP: ended.end}


def test_breaks_taken_elsewhere_cover_their_own_minutes_only() -> None:
    taken = BreakEvent(T0, Outcome.COMPLETED, "stretch", 60)
    skipped = BreakEvent(T0 + timedelta(hours=1), Outcome.SKIPPED, "stretch", 0)
    held = parse_machine_file(header_line(LAPTOP, "L") + break_line(taken) + break_line(skipped))
    remote = merge([(file_name(LAPTOP), held)], DESKTOP)
    assert remote.covering(T0 + timedelta(hours=2)) == (UseSpan(T0 - timedelta(seconds=60), T0),)


def test_a_start_of_use_this_version_cannot_read_is_reported() -> None:
    text = header_line(LAPTOP, "L") + json.dumps({"using": {"from": "yesterday"}}) + "\n"
    held = parse_machine_file(text)
    assert held.open_since is None
    assert held.problems == ("line 2 is not a start of use this version can read",)


def test_a_conflict_copy_of_our_own_file_gives_its_breaks_but_not_its_use() -> None:
    ours = BreakEvent(T0, Outcome.COMPLETED, "stretch", 60)
    written_by_a_clone = BreakEvent(T0 + timedelta(hours=2), Outcome.COMPLETED, "breathing", 60)
    copy = parse_machine_file(
        header_line(DESKTOP, "Desktop")
        + break_line(ours)
        + break_line(written_by_a_clone)
        + open_span_line(T0)
    )
    remote = merge(
        [(f"{DESKTOP}.sync-conflict-20261207-101500-ABCDEFG.jsonl", copy)], own_machine=DESKTOP
    )
    assert remote.breaks == {DESKTOP: frozenset({ours, written_by_a_clone})}
    assert remote.open_since == {} and remote.spans == {}
