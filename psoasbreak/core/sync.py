"""Merge rules for several machines sharing one sync folder (issue 19, DESIGN §1, §2).

Each machine writes only its own file in the folder (named by its machine id), so a sync tool
never has two writers for one file; every other machine reads it and merges. The rules here are
pure, so any interleaving of deliveries can be tested with a FakeClock and hypothesis:

- **The file** is JSON lines: a header ``{"psoasbreak": "sync", "version": 1, "machine": id,
  "name": "Laptop"}``, then one record per line: ``{"break": {"at", "outcome", "exercise",
  "seconds"}}`` (``at`` with its UTC offset, as the CSV has it) or ``{"used": {"from", "to"}}``
  (a span of time the machine was in use, written when it ended), and at most one
  ``{"using": {"from"}}``: the machine is in use since then (see ``OPEN_SPAN_TRUST``). Breaks and
  ended spans only ever get added; the open span is replaced when it ends.
- **Reading never fails**: a line cut short (a file synced mid-write) or not JSON is passed over
  and reported; records of a newer version are read as far as they are understood (unknown
  record kinds and keys are ignored, never rewritten); the good lines count.
- **Conflict copies** a sync tool makes of our files (Syncthing's ``x.sync-conflict-…``,
  Nextcloud's and Dropbox's ``x (conflicted copy …)``) belong to the machine whose id starts the
  name; they are merged like the file itself. Merging is a set union of records per machine, so a
  record seen twice (a copy, a late delivery, a re-read) counts once.
- **Time away here** that another machine's use covers was not a break: only the uncovered parts
  of an idle stretch count (``uncovered``).
- **A machine id copied with a cloned disk** is noticed by the fingerprint of the machine it was
  made on; a new id is then taken (``machine_id_still_ours``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from psoasbreak.core.clock import aware_moment
from psoasbreak.core.events import BreakEvent, Outcome

#: The file format this version writes; a file with a higher one is read as far as it can be.
FORMAT_VERSION = 1
FILE_SUFFIX = ".jsonl"
_ID = re.compile(r"[0-9a-f]{16}")
#: "<id>.sync-conflict-20261207-101500-ABCDEFG.jsonl", "<id> (conflicted copy 2026-12-07).jsonl",
#: "<id> (Laptop's conflicted copy 2026-12-07).jsonl": the id starts the name.
_FILE_NAME = re.compile(r"(?P<id>[0-9a-f]{16})(?P<rest>[^/]*)\.jsonl")
#: An open span ("in use since") counts as use for at most this long after it began. A machine
#: says it is in use when use begins, so the others know at once (a span written only when it
#: ends arrives after the user already sat down at the other desk); but a machine that crashed,
#: or went to sleep before its sync tool sent the end, leaves a span open: it then stops
#: covering after this long, not for ever.
OPEN_SPAN_TRUST: Final = timedelta(hours=4)
_CONFLICT = re.compile(r"\.sync-conflict-[^/]*|\s*\([^)]*conflicted copy[^)]*\)", re.IGNORECASE)


@dataclass(frozen=True)
class UseSpan:
    """A span of time a machine was in use (input, not idle), written when it ended."""

    start: datetime
    end: datetime


@dataclass(frozen=True)
class MachineFile:
    """What one machine's file (or a conflict copy of it) holds, as far as it could be read."""

    machine: str | None
    name: str
    version: int
    breaks: frozenset[BreakEvent]
    spans: frozenset[UseSpan]
    #: What could not be read, one sentence each (line numbers from 1).
    problems: tuple[str, ...] = ()
    #: In use since then, as the file was written (None: not in use).
    open_since: datetime | None = None


@dataclass(frozen=True)
class Remote:
    """Every other machine's records, merged: what this machine adds to its own history."""

    breaks: Mapping[str, frozenset[BreakEvent]] = field(default_factory=dict)
    spans: Mapping[str, frozenset[UseSpan]] = field(default_factory=dict)
    names: Mapping[str, str] = field(default_factory=dict)
    open_since: Mapping[str, datetime] = field(default_factory=dict)

    def all_breaks(self) -> frozenset[BreakEvent]:
        return frozenset().union(*self.breaks.values()) if self.breaks else frozenset()

    def all_spans(self) -> tuple[UseSpan, ...]:
        spans = frozenset().union(*self.spans.values()) if self.spans else frozenset()
        return tuple(sorted(spans, key=lambda s: (s.start, s.end)))

    def covering(self, now: datetime) -> tuple[UseSpan, ...]:
        """What the other machines say of the user up to ``now``: where they were in use (an
        open span until now, at most ``OPEN_SPAN_TRUST``), and the breaks taken there (a break
        there is not a second break here)."""
        spans = list(self.all_spans())
        for since in self.open_since.values():
            end = min(now, since + OPEN_SPAN_TRUST)
            if end > since:
                spans.append(UseSpan(since, end))
        for event in self.all_breaks():
            if event.outcome in (Outcome.COMPLETED, Outcome.NATURAL) and event.seconds > 0:
                spans.append(UseSpan(event.at - timedelta(seconds=event.seconds), event.at))
        return tuple(spans)

    def last_seen(self) -> dict[str, datetime]:
        """Per machine, the latest moment its file tells of (a break, a span's end, use
        beginning)."""
        seen: dict[str, datetime] = {}
        for machine in {*self.breaks, *self.spans, *self.open_since}:
            moments = [e.at for e in self.breaks.get(machine, ())]
            moments += [s.end for s in self.spans.get(machine, ())]
            if machine in self.open_since:
                moments.append(self.open_since[machine])
            if moments:
                seen[machine] = max(moments, key=lambda m: m.timestamp())
        return seen


def new_machine_id() -> str:
    """A fresh machine id: 16 hex digits, random, so two machines never pick the same.

    What ``secrets.token_hex(8)`` returns, without importing secrets: it brings hashlib and with
    it OpenSSL's libcrypto into every start, for an id made once per machine (issue 21)."""
    return os.urandom(8).hex()


def machine_id_still_ours(stored_fingerprint: str, current_fingerprint: str) -> bool:
    """An id file copied to another machine (a cloned disk, a restored backup) carries the
    fingerprint of the machine that made it: a different one means take a new id, or two
    machines would write one file."""
    return bool(stored_fingerprint) and stored_fingerprint == current_fingerprint


def file_name(machine: str) -> str:
    if not _ID.fullmatch(machine):
        raise ValueError(f"not a machine id: {machine!r}")
    return machine + FILE_SUFFIX


def machine_of_file(name: str) -> str | None:
    """The machine a file in the folder belongs to (its own file or a sync tool's conflict copy
    of it); None for anything else (a sync tool's temporary file, a stranger's file)."""
    found = _split(name)
    return found[0] if found else None


def _split(name: str) -> tuple[str, bool] | None:
    """(machine id, whether it is a conflict copy) of a file name; None if it is not ours."""
    match = _FILE_NAME.fullmatch(name)
    if match is None:
        return None
    rest = match["rest"]
    if rest and not _CONFLICT.fullmatch(rest):
        return None
    return match["id"], bool(rest)


# -- writing ------------------------------------------------------------------------------------


def header_line(machine: str, name: str) -> str:
    header = {"psoasbreak": "sync", "version": FORMAT_VERSION, "machine": machine, "name": name}
    return json.dumps(header, ensure_ascii=False) + "\n"


def break_line(event: BreakEvent) -> str:
    record = {
        "at": event.at.isoformat(),
        "outcome": event.outcome.value,
        "exercise": event.exercise,
        "seconds": event.seconds,
    }
    return json.dumps({"break": record}, ensure_ascii=False) + "\n"


def span_line(span: UseSpan) -> str:
    record = {"from": span.start.isoformat(), "to": span.end.isoformat()}
    return json.dumps({"used": record}) + "\n"


def open_span_line(since: datetime) -> str:
    return json.dumps({"using": {"from": since.isoformat()}}) + "\n"


# -- reading ------------------------------------------------------------------------------------


def parse_machine_file(text: str) -> MachineFile:
    """Read one machine's file; never raises. A last line without its newline was cut short
    while syncing and is left for the next read; other unreadable lines are reported."""
    lines = text.split("\n")
    complete, tail = lines[:-1], lines[-1]
    problems: list[str] = []
    machine: str | None = None
    name = ""
    version = FORMAT_VERSION
    breaks: set[BreakEvent] = set()
    spans: set[UseSpan] = set()
    open_since: datetime | None = None
    for number, line in enumerate(complete, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            problems.append(f"line {number} is not JSON")
            continue
        if not isinstance(record, dict):
            problems.append(f"line {number} is not a record")
            continue
        if number == 1 and record.get("psoasbreak") == "sync":
            machine, name, version = _header(record)
            continue
        if "using" in record:
            since = (
                aware_moment(record["using"].get("from"))
                if isinstance(record["using"], dict)
                else None
            )
            if since is None:
                problems.append(f"line {number} is not a start of use this version can read")
            else:
                open_since = since
            continue
        _read_record(record, number, breaks, spans, problems)
    if tail.strip():
        problems.append(f"line {len(complete) + 1} is cut short (still arriving?)")
    return MachineFile(
        machine,
        name,
        version,
        frozenset(breaks),
        frozenset(spans),
        tuple(problems),
        open_since,
    )


def _header(record: Mapping[str, Any]) -> tuple[str | None, str, int]:
    machine = record.get("machine")
    name = record.get("name")
    version = record.get("version")
    return (
        machine if isinstance(machine, str) and _ID.fullmatch(machine) else None,
        name if isinstance(name, str) else "",
        version if isinstance(version, int) and not isinstance(version, bool) else 0,
    )


def _read_record(
    record: Mapping[str, Any],
    number: int,
    breaks: set[BreakEvent],
    spans: set[UseSpan],
    problems: list[str],
) -> None:
    if "break" in record:
        event = _break(record["break"])
        if event is None:
            problems.append(f"line {number} is not a break this version can read")
        else:
            breaks.add(event)
    elif "used" in record:
        span = _span(record["used"])
        if span is None:
            problems.append(f"line {number} is not a span of use this version can read")
        else:
            spans.add(span)
    # Any other kind of record is a newer version's: passed over, not a problem.


def _break(raw: object) -> BreakEvent | None:
    if not isinstance(raw, dict):
        return None
    at = aware_moment(raw.get("at"))
    exercise = raw.get("exercise")
    seconds = raw.get("seconds")
    try:
        outcome = Outcome(raw.get("outcome"))
    except ValueError:
        return None
    if at is None or not (exercise is None or isinstance(exercise, str)):
        return None
    if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 <= seconds <= 86_400:
        return None
    return BreakEvent(at, outcome, exercise or None, seconds)


def _span(raw: object) -> UseSpan | None:
    if not isinstance(raw, dict):
        return None
    start, end = aware_moment(raw.get("from")), aware_moment(raw.get("to"))
    if start is None or end is None or end < start:
        return None
    return UseSpan(start, end)


# -- merging ------------------------------------------------------------------------------------


def merge(files: Iterable[tuple[str, MachineFile]], own_machine: str) -> Remote:
    """The other machines' records from ``files`` ((file name, what it held) pairs, in any
    order, conflict copies included): a union per machine, this machine's own file left out
    (its history is the database). A conflict copy of this machine's own file (a clone that
    wrote under our id, our file edited elsewhere) gives its breaks, under our id, so none is
    lost (the history stores a break it already has once), but not its use: that was not
    another machine's. A file whose header names another machine than its name is counted
    under its name: the name is what the sync tool keeps apart."""
    breaks: dict[str, set[BreakEvent]] = {}
    spans: dict[str, set[UseSpan]] = {}
    names: dict[str, str] = {}
    open_since: dict[str, datetime] = {}
    for file, held in files:
        found = _split(file)
        if found is None:
            continue
        machine, conflict_copy = found
        if machine == own_machine:
            if conflict_copy:
                breaks.setdefault(machine, set()).update(held.breaks)
            continue
        breaks.setdefault(machine, set()).update(held.breaks)
        spans.setdefault(machine, set()).update(held.spans)
        # The machine's own file names it; a conflict copy only until that arrives.
        if held.name and (machine not in names or not conflict_copy):
            names[machine] = held.name
        if held.open_since is not None and (
            machine not in open_since or held.open_since > open_since[machine]
        ):
            open_since[machine] = held.open_since
    # A span that began when the open one did is that span, ended (a conflict copy kept the
    # older version of the file): it no longer covers until now.
    still_open = {
        machine: since
        for machine, since in open_since.items()
        if not any(span.start == since for span in spans.get(machine, ()))
    }
    return Remote(
        {m: frozenset(b) for m, b in breaks.items()},
        {m: frozenset(s) for m, s in spans.items()},
        names,
        still_open,
    )


def uncovered(start: datetime, end: datetime, spans: Iterable[UseSpan]) -> list[UseSpan]:
    """The parts of an idle stretch here (``start`` to ``end``) that no other machine's use
    covers: walking to the other desk and working there is not a break."""
    left = [UseSpan(start, end)] if end > start else []
    for span in spans:
        cut: list[UseSpan] = []
        for part in left:
            if span.end <= part.start or span.start >= part.end:
                cut.append(part)
                continue
            if span.start > part.start:
                cut.append(UseSpan(part.start, span.start))
            if span.end < part.end:
                cut.append(UseSpan(span.end, part.end))
        left = cut
    return left


def longest_uncovered(start: datetime, end: datetime, spans: Iterable[UseSpan]) -> timedelta:
    """The longest part of an idle stretch here that no other machine's use or break covers:
    only that long was the user off every chair."""
    parts = uncovered(start, end, spans)
    return max((part.end - part.start for part in parts), default=timedelta(0))


def latest_break_taken(breaks: Iterable[BreakEvent]) -> datetime | None:
    """When the latest break taken on another machine (completed or natural) ended: the
    interval here restarts from it, so a stretch there is not followed by a prompt here."""
    taken = [e.at for e in breaks if e.outcome in (Outcome.COMPLETED, Outcome.NATURAL)]
    return max(taken, default=None)
