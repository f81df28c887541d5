"""The unsaved-breaks file is written by the export's own CSV writer, so ``psoasbreak import``
reads it back: one writer for the public format of DESIGN §6."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.history_csv import read_csv, write_csv
from psoasbreak.storage.safe_recorder import events_csv

EXERCISES = ("stretch", "breathing")
START = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))

events = st.lists(
    st.builds(
        BreakEvent,
        st.integers(min_value=0, max_value=10**7).map(lambda s: START + timedelta(seconds=s)),
        st.sampled_from(Outcome),
        st.sampled_from((None, *EXERCISES)),
        st.integers(min_value=0, max_value=600),
    ),
    max_size=20,
)


def export_csv(given_events: list[BreakEvent]) -> str:
    out = io.StringIO(newline="")
    write_csv(given_events, out)
    return out.getvalue()


@given(events)
def test_the_spill_file_is_what_export_writes_and_import_reads_back(
    given_events: list[BreakEvent],
) -> None:
    text = events_csv(given_events)
    assert text == export_csv(given_events)
    assert read_csv(text, EXERCISES) == given_events


def test_the_spill_file_byte_for_byte() -> None:
    spilled = [
        BreakEvent(START, Outcome.COMPLETED, "stretch", 60),
        BreakEvent(START + timedelta(hours=1), Outcome.MISSED),
    ]
    assert events_csv(spilled) == (
        "at,outcome,exercise,seconds\n"
        "2026-11-25T09:30:00+01:00,completed,stretch,60\n"
        "2026-11-25T10:30:00+01:00,missed,,0\n"
    )
