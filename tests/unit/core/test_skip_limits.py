"""Limits on skipping (core/limits.py and the session): the prompt's Skip gives way to Snooze
after ``max_skips_per_day`` skips on the local day, Snooze goes after ``max_snoozes_per_break``
snoozes of one break; driven by a FakeClock and a real SQLite history."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.limits import ALL_CHOICES, PromptChoices, prompt_choices
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from tests.helpers import make_session

FIXED = Settings(interval_min_minutes=30, interval_max_minutes=30, snooze_minutes=5)
#: A zone five hours behind UTC: "today" is the clock's local date, not UTC's.
NEW_YORK = timezone(timedelta(hours=-5))


def _prompt(session, clock) -> PromptChoices:
    """Move to the pending wake-up and run it; the prompt must open."""
    wake = session.next_wakeup()
    assert wake is not None
    clock.set_wall(wake)
    clock.advance(0)
    session.wakeup()
    assert session.state is State.PROMPTING
    choices = session.prompt_choices()
    assert choices is not None
    return choices


@pytest.mark.parametrize(
    ("limits", "used", "expected"),
    [
        ((0, 0), (40, 40), ALL_CHOICES),
        ((3, 0), (2, 0), ALL_CHOICES),
        ((3, 0), (3, 0), PromptChoices(skip=False, skips_limit=3)),
        ((3, 0), (7, 0), PromptChoices(skip=False, skips_limit=3)),
        ((0, 2), (0, 1), ALL_CHOICES),
        ((0, 2), (0, 2), PromptChoices(snooze=False, snoozes_limit=2)),
        ((1, 1), (1, 1), PromptChoices(snooze=False, skip=False, skips_limit=1, snoozes_limit=1)),
    ],
)
def test_the_rule(limits, used, expected) -> None:
    assert prompt_choices(*limits, *used) == expected


def test_no_limits_offer_every_answer_whatever_was_skipped(tmp_path) -> None:
    session, clock, database, _log = make_session(tmp_path, FIXED)
    session.start()
    for _ in range(5):
        assert _prompt(session, clock) == ALL_CHOICES
        assert session.skip()
    assert [event.outcome for event in database.events()] == [Outcome.SKIPPED] * 5
    database.close()


def test_skip_gives_way_to_snooze_after_the_days_limit_and_returns_at_local_midnight(
    tmp_path,
) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=NEW_YORK))
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, max_skips_per_day=2)
    session, clock, database, log = make_session(tmp_path, settings, clock)
    session.start()
    assert _prompt(session, clock).skip
    assert session.skip()
    assert _prompt(session, clock).skip
    assert session.skip()
    choices = _prompt(session, clock)
    assert choices == PromptChoices(skip=False, skips_limit=2)
    assert log.choices[-1] == choices  # what the windows were told
    # Skip is refused (a stale notification button, the home window): nothing is recorded.
    assert not session.skip()
    assert session.state is State.PROMPTING
    assert len(database.events()) == 2
    assert session.snooze()  # Snooze takes its place
    # 22:35 New York is 03:35 UTC the next day: still the same local day, still no Skip.
    assert not _prompt(session, clock).skip
    assert session.snooze()
    clock.set_wall(datetime(2026, 11, 26, 0, 0, 1, tzinfo=NEW_YORK))
    session.clock_changed()
    choices = _prompt(session, clock)
    assert choices == ALL_CHOICES, "a new local day gives the skips back"
    assert session.skip()
    database.close()


def test_an_exercise_stopped_early_counts_as_a_skip_as_stats_says(tmp_path) -> None:
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, max_skips_per_day=1)
    session, clock, database, _log = make_session(tmp_path, settings)
    session.start()
    assert session.start_break()
    clock.advance(10)
    assert session.end_break().outcome is Outcome.SKIPPED
    assert not _prompt(session, clock).skip
    database.close()


def test_the_days_skips_are_read_from_the_history_so_a_restart_keeps_the_count(
    tmp_path,
) -> None:
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, max_skips_per_day=2)
    session, clock, database, _log = make_session(tmp_path, settings)
    # Two skips recorded earlier today by a previous run, one yesterday.
    now = clock.now()
    database.record(BreakEvent(now - timedelta(days=1), Outcome.SKIPPED, None, 0))
    database.record(BreakEvent(now - timedelta(hours=2), Outcome.SKIPPED, "stretch", 0))
    database.record(BreakEvent(now - timedelta(hours=1), Outcome.SKIPPED, "stretch", 0))
    session.start()
    assert _prompt(session, clock) == PromptChoices(skip=False, skips_limit=2)
    database.close()


def test_snooze_goes_after_the_limit_for_that_break_and_comes_back_with_the_next(
    tmp_path,
) -> None:
    settings = Settings(
        interval_min_minutes=30, interval_max_minutes=30, snooze_minutes=5,
        max_snoozes_per_break=2,
    )  # fmt: skip
    session, clock, database, _log = make_session(tmp_path, settings)
    session.start()
    assert _prompt(session, clock).snooze
    assert session.snooze()
    assert _prompt(session, clock).snooze
    assert session.snooze()
    choices = _prompt(session, clock)
    assert choices == PromptChoices(snooze=False, snoozes_limit=2)
    assert not session.snooze()
    assert session.state is State.PROMPTING
    assert [e.outcome for e in database.events()] == [Outcome.SNOOZED] * 2
    assert session.skip()  # the next break is a new one: its snoozes start from none
    assert _prompt(session, clock) == ALL_CHOICES
    database.close()


def test_a_missed_prompt_also_starts_the_next_break_with_all_its_snoozes(tmp_path) -> None:
    settings = Settings(interval_min_minutes=30, interval_max_minutes=30, max_snoozes_per_break=1)
    session, clock, database, _log = make_session(tmp_path, settings)
    session.start()
    _prompt(session, clock)
    assert session.snooze()
    assert not _prompt(session, clock).snooze
    clock.advance(settings.prompt_timeout_minutes * 60)
    session.wakeup()  # unanswered: missed
    assert database.events()[-1].outcome is Outcome.MISSED
    assert _prompt(session, clock).snooze
    database.close()


def test_with_both_used_up_only_start_is_left_and_it_works(tmp_path) -> None:
    settings = Settings(
        interval_min_minutes=30, interval_max_minutes=30,
        max_skips_per_day=1, max_snoozes_per_break=1,
    )  # fmt: skip
    session, clock, database, _log = make_session(tmp_path, settings)
    session.start()
    _prompt(session, clock)
    assert session.skip()
    _prompt(session, clock)
    assert session.snooze()
    choices = _prompt(session, clock)
    assert (choices.skip, choices.snooze) == (False, False)
    assert session.start_break()
    assert session.prompt_choices() is None
    database.close()
