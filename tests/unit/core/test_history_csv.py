"""The CSV of DESIGN §6: what export writes, and what import accepts or refuses (by line)."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history_csv import (
    HEADER,
    CsvRowError,
    event_json,
    read_csv,
    write_csv,
    write_json,
)

EXERCISES = ("stretch", "breathing", "march")
AT = "2026-11-25T09:30:00+01:00"


def csv_text(*rows: str) -> str:
    return "\n".join([HEADER, *rows]) + "\n"


def test_write_csv_has_the_header_and_one_row_per_event_with_offsets_kept() -> None:
    events = [
        BreakEvent(datetime.fromisoformat(AT), Outcome.COMPLETED, "stretch", 60),
        BreakEvent(datetime.fromisoformat("2026-11-25T23:59:59.500000-05:00"), Outcome.NATURAL),
    ]
    out = io.StringIO()
    assert write_csv(events, out) == 2
    assert out.getvalue() == (
        "at,outcome,exercise,seconds\n"
        "2026-11-25T09:30:00+01:00,completed,stretch,60\n"
        "2026-11-25T23:59:59.500000-05:00,natural,,0\n"
    )


def test_write_json_is_a_list_of_objects_with_the_csv_keys() -> None:
    events = [
        BreakEvent(datetime.fromisoformat(AT), Outcome.SKIPPED, "breathing", 12),
        BreakEvent(datetime.fromisoformat(AT), Outcome.MISSED),
    ]
    out = io.StringIO()
    assert write_json(events, out) == 2
    assert json.loads(out.getvalue()) == [
        {"at": AT, "outcome": "skipped", "exercise": "breathing", "seconds": 12},
        {"at": AT, "outcome": "missed", "exercise": None, "seconds": 0},
    ]
    assert list(event_json(events[0])) == ["at", "outcome", "exercise", "seconds"]
    empty = io.StringIO()
    assert write_json([], empty) == 0
    assert json.loads(empty.getvalue()) == []


def test_read_csv_accepts_blank_lines_spaces_crlf_and_quotes() -> None:
    text = (
        "at, outcome ,exercise,seconds\r\n"
        "\r\n"
        f'"{AT}",completed,"stretch",60\r\n'
        f"{AT} , natural ,, 0\r\n"
    )
    assert read_csv(text, EXERCISES) == [
        BreakEvent(datetime.fromisoformat(AT), Outcome.COMPLETED, "stretch", 60),
        BreakEvent(datetime.fromisoformat(AT), Outcome.NATURAL, None, 0),
    ]


def test_header_alone_is_an_empty_history() -> None:
    assert read_csv(HEADER + "\n", EXERCISES) == []


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("", 1, "the file is empty; expected the header row 'at,outcome,exercise,seconds'"),
        (f"{AT},completed,stretch,60\n", 1, "expected the header row"),
        ("at;outcome;exercise;seconds\n", 1, "found 'at;outcome;exercise;seconds'"),
        (csv_text(f"{AT},completed,stretch"), 2, "expected 4 fields"),
        (csv_text(f"{AT},completed,stretch,60,extra"), 2, "found 5"),
        (csv_text("yesterday,completed,stretch,60"), 2, "'at' is 'yesterday', not an ISO 8601"),
        (csv_text("2026-11-25T09:30:00,completed,,0"), 2, "which has no UTC offset"),
        (csv_text("2026-11-25,completed,,0"), 2, "which has no UTC offset"),
        (csv_text(f"{AT},done,,0"), 2, "'outcome' is 'done'; expected one of completed,"),
        (csv_text(f"{AT},Completed,,0"), 2, "'outcome' is 'Completed'"),
        (csv_text(f"{AT},completed,yoga,60"), 2, "'exercise' is 'yoga'; expected stretch,"),
        (csv_text(f"{AT},completed,stretch,-1"), 2, "'seconds' is '-1'; expected a whole number"),
        (csv_text(f"{AT},completed,stretch,1.5"), 2, "'seconds' is '1.5'"),
        (csv_text(f"{AT},completed,stretch,"), 2, "'seconds' is ''"),
        (csv_text(f"{AT},completed,stretch,86401"), 2, "from 0 to 86400"),
        (csv_text(f"{AT},completed,stretch,{'9' * 5000}"), 2, "from 0 to 86400"),
        (csv_text(f"{AT},completed,,0", "", f"{AT},missed,,x"), 4, "'seconds' is 'x'"),
        (csv_text(f'"{AT},completed,,0'), 2, "not valid CSV"),
        (csv_text(f"{AT},completed,,0", f"{AT},missed,\0,0"), 3, "'exercise' is '\\x00'"),
    ],
)
def test_a_bad_row_names_its_line_and_what_is_wrong(text: str, line: int, problem: str) -> None:
    with pytest.raises(CsvRowError) as info:
        read_csv(text, EXERCISES)
    assert info.value.line == line
    assert str(info.value).startswith(f"line {line}: ")
    assert problem in str(info.value)


def test_a_quoted_cell_over_two_lines_reports_the_line_the_row_starts_on() -> None:
    text = csv_text(f"{AT},completed,,0", f'{AT},"missed\nreally",,0')
    with pytest.raises(CsvRowError, match=r"^line 3: 'outcome' is 'missed\\nreally'"):
        read_csv(text, EXERCISES)


OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
EVENTS = st.builds(
    BreakEvent,
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=OFFSETS),
    st.sampled_from(list(Outcome)),
    st.sampled_from([None, *EXERCISES]),
    st.integers(0, 86400),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(EVENTS, max_size=20))
def test_csv_round_trip_gives_back_the_same_events(events: list[BreakEvent]) -> None:
    out = io.StringIO(newline="")
    write_csv(events, out)
    back = read_csv(out.getvalue(), EXERCISES)
    assert back == events
    assert [e.at.utcoffset() for e in back] == [e.at.utcoffset() for e in events]
