"""The ``until`` of a ``pause`` request on the control socket: only a moment with its offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.shell.control import pause_end


def test_a_moment_with_its_offset_is_taken() -> None:
    assert pause_end("2026-12-06T14:00:00+01:00") == datetime(
        2026, 12, 6, 14, 0, tzinfo=timezone(timedelta(hours=1))
    )


@pytest.mark.parametrize(
    "raw",
    ["2026-12-06T14:00:00", "14:00", "", "x" * 100, 1765026000, None, ["2026-12-06T14:00+00:00"]],
    ids=["no offset", "a time only", "empty", "long", "a number", "null", "a list"],
)
def test_anything_else_is_refused(raw: object) -> None:
    assert pause_end(raw) is None
