"""The history as CSV and JSON rows (DESIGN §6): ``at,outcome,exercise,seconds``.

Reading checks every row before anything is stored, so ``psoasbreak import`` can be all-or-nothing
and name the line of the first bad row. Times are written as they were recorded, with their own
UTC offset, so a round trip keeps the day each break counts for.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Collection, Iterable, Iterator
from datetime import datetime
from typing import Any, Final, TextIO

from psoasbreak.core.events import BreakEvent, Outcome

COLUMNS: Final = ("at", "outcome", "exercise", "seconds")
HEADER: Final = ",".join(COLUMNS)
#: A break longer than a day is a typo or a unit mix-up (milliseconds?), not a break.
MAX_SECONDS: Final = 24 * 60 * 60
_WHOLE_NUMBER: Final = re.compile(r"[0-9]+")
_OUTCOMES: Final = ", ".join(o.value for o in Outcome)


class CsvRowError(ValueError):
    """A row that cannot be imported; ``line`` is its 1-based line number in the file."""

    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


def event_row(event: BreakEvent) -> tuple[str, str, str, int]:
    return (event.at.isoformat(), event.outcome.value, event.exercise or "", event.seconds)


def write_csv(events: Iterable[BreakEvent], stream: TextIO) -> int:
    """The header row, then one row per event; returns how many events were written."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for event in events:
        writer.writerow(event_row(event))
        count += 1
    return count


def event_json(event: BreakEvent) -> dict[str, Any]:
    """One event as ``export --format json`` writes it: the CSV columns, ``exercise`` null if none."""
    at, outcome, exercise, seconds = event_row(event)
    return {"at": at, "outcome": outcome, "exercise": exercise or None, "seconds": seconds}


def write_json(events: Iterable[BreakEvent], stream: TextIO) -> int:
    """A JSON list with one object per line, so a long history stays readable and diffable."""
    stream.write("[")
    count = 0
    for event in events:
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(event_json(event), ensure_ascii=False))
        count += 1
    stream.write("\n]\n" if count else "]\n")
    return count


def read_csv(text: str, exercises: Collection[str]) -> list[BreakEvent]:
    """Every event in ``text``, or a CsvRowError for the first row that is wrong.

    The first row must be the header ``at,outcome,exercise,seconds``; blank lines are skipped.
    ``exercises`` are the ids an ``exercise`` cell may hold besides empty.
    """
    events: list[BreakEvent] = []
    header_seen = False
    for line, cells in _rows(text):
        if not any(cell.strip() for cell in cells):
            continue
        if not header_seen:
            _check_header(line, cells)
            header_seen = True
            continue
        events.append(_event(line, cells, exercises))
    if not header_seen:
        raise CsvRowError(1, f"the file is empty; expected the header row {HEADER!r}")
    return events


def _rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, its cells); a quoted cell may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise CsvRowError(start, f"not valid CSV ({exc})") from None
        yield start, cells


def _check_header(line: int, cells: list[str]) -> None:
    if [cell.strip().lower() for cell in cells] != list(COLUMNS):
        found = ",".join(cells)
        raise CsvRowError(line, f"expected the header row {HEADER!r}, found {found!r}")


def _event(line: int, cells: list[str], exercises: Collection[str]) -> BreakEvent:
    if len(cells) != len(COLUMNS):
        raise CsvRowError(line, f"expected {len(COLUMNS)} fields ({HEADER}), found {len(cells)}")
    at_text, outcome_text, exercise_text, seconds_text = (cell.strip() for cell in cells)
    return BreakEvent(
        _at(line, at_text),
        _outcome(line, outcome_text),
        _exercise(line, exercise_text, exercises),
        _seconds(line, seconds_text),
    )


def _at(line: int, text: str) -> datetime:
    example = "for example 2026-11-25T09:30:00+01:00"
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise CsvRowError(
            line, f"'at' is {text!r}, not an ISO 8601 date and time ({example})"
        ) from None
    if at.utcoffset() is None:
        raise CsvRowError(line, f"'at' is {text!r}, which has no UTC offset ({example})")
    return at


def _outcome(line: int, text: str) -> Outcome:
    try:
        return Outcome(text)
    except ValueError:
        raise CsvRowError(line, f"'outcome' is {text!r}; expected one of {_OUTCOMES}") from None


def _exercise(line: int, text: str, exercises: Collection[str]) -> str | None:
    if not text:
        return None
    if text not in exercises:
        known = ", ".join(exercises)
        raise CsvRowError(line, f"'exercise' is {text!r}; expected {known} or empty")
    return text


def _seconds(line: int, text: str) -> int:
    # The length check first: int() refuses strings of thousands of digits.
    if not _WHOLE_NUMBER.fullmatch(text) or len(text) > 12 or int(text) > MAX_SECONDS:
        raise CsvRowError(
            line, f"'seconds' is {text!r}; expected a whole number from 0 to {MAX_SECONDS}"
        )
    return int(text)
