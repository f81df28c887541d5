"""The break state machine, driven whole by a FakeClock: a 45-minute day runs in milliseconds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from psoasbreak.core.events import Outcome
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from tests.helpers import make_session

FIXED = Settings(interval_min_minutes=30, interval_max_minutes=30, break_seconds=60)


@pytest.fixture
def setup(tmp_path):
    session, clock, database, log = make_session(tmp_path, FIXED)
    session.start()
    yield session, clock, database, log
    database.close()


def outcomes(database):
    return [(e.outcome, e.exercise, e.seconds) for e in database.events()]


def test_start_plans_the_first_break_one_interval_from_now(setup):
    session, clock, _, log = setup
    assert session.state is State.WORKING
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert log.wake_at == session.status().next_break_at


def test_an_early_wakeup_changes_nothing(setup):
    session, clock, database, log = setup
    due = session.status().next_break_at
    clock.advance(29 * 60)
    session.wakeup()
    assert session.state is State.WORKING
    assert session.status().next_break_at == due
    assert "prompt_opened" not in log.names()
    assert outcomes(database) == []


def test_due_opens_a_prompt_with_a_deadline(setup):
    session, clock, _, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    assert log.names() == ["prompt_opened"]
    assert log.wake_at == clock.now() + timedelta(minutes=5)
    assert session.status().exercise == "stretch"  # "alternate" starts with the stretch


def test_start_then_countdown_runs_out_is_completed(setup):
    session, clock, database, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    assert session.start_break()
    assert session.state is State.ON_BREAK
    assert log.wake_at is None  # nothing to wake for while the exercise window counts down
    clock.advance(60)
    event = session.end_break()
    assert event is not None and event.outcome is Outcome.COMPLETED
    assert outcomes(database) == [(Outcome.COMPLETED, "stretch", 60)]
    # The next interval is measured from the end of the break.
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert log.names() == [
        "prompt_opened",
        "prompt_closed",
        "break_started",
        "recorded",
        "break_ended",
    ]


def test_closing_the_exercise_early_is_skipped_with_the_seconds_done(setup):
    session, clock, database, _ = setup
    session.start_break("breathing")
    clock.advance(12.4)
    event = session.end_break()
    assert event is not None
    assert outcomes(database) == [(Outcome.SKIPPED, "breathing", 12)]
    assert session.state is State.WORKING


def test_snooze_asks_again_after_snooze_minutes_with_the_same_exercise(setup):
    session, clock, database, _log = setup
    clock.advance(30 * 60)
    session.wakeup()
    proposed = session.status().exercise
    assert session.snooze()
    assert session.state is State.WORKING
    assert session.status().next_break_at == clock.now() + timedelta(minutes=5)
    clock.advance(5 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    assert session.status().exercise == proposed
    assert outcomes(database) == [(Outcome.SNOOZED, proposed, 0)]


def test_skip_records_and_plans_a_full_interval(setup):
    session, clock, database, _ = setup
    clock.advance(30 * 60)
    session.wakeup()
    assert session.skip()
    assert outcomes(database) == [(Outcome.SKIPPED, "stretch", 0)]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_an_unanswered_prompt_is_missed_at_its_deadline(setup):
    session, clock, database, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    clock.advance(5 * 60 - 1)
    session.wakeup()
    assert session.state is State.PROMPTING
    clock.advance(1)
    session.wakeup()
    assert session.state is State.WORKING
    assert outcomes(database) == [(Outcome.MISSED, "stretch", 0)]
    assert log.names()[-2:] == ["prompt_closed", "recorded"]
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_a_prompt_shown_late_gets_the_whole_timeout_from_when_it_was_shown(setup):
    session, clock, database, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    clock.advance(30)  # the window waited for a pause in typing
    session.prompt_shown()
    assert log.wake_at == clock.now() + timedelta(minutes=5)
    clock.advance(5 * 60 - 1)
    session.wakeup()
    assert session.state is State.PROMPTING, "missed before the user had 5 minutes to answer"
    clock.advance(1)
    session.wakeup()
    assert outcomes(database) == [(Outcome.MISSED, "stretch", 0)]


def test_prompt_shown_outside_a_prompt_changes_nothing(setup):
    session, _, _, log = setup
    before = (session.status(), log.wake_at)
    session.prompt_shown()
    assert (session.status(), log.wake_at) == before


def test_prompt_buttons_do_nothing_outside_a_prompt(setup):
    session, _, database, _ = setup
    assert not session.snooze()
    assert not session.skip()
    assert outcomes(database) == []


def test_break_now_skips_the_prompt_and_a_second_one_is_ignored(setup):
    session, clock, database, log = setup
    assert session.start_break("breathing")
    assert not session.start_break("stretch")
    assert log.names() == ["break_started"]
    clock.advance(61)
    session.end_break()
    assert outcomes(database) == [(Outcome.COMPLETED, "breathing", 60)]


def test_break_now_during_a_prompt_closes_the_prompt(setup):
    session, clock, _, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    session.start_break()
    assert log.names() == ["prompt_opened", "prompt_closed", "break_started"]


def test_alternate_rotates_through_the_library_stretch_first(setup):
    session, clock, _, _ = setup
    seen = []
    for _ in range(5):
        clock.advance(30 * 60)
        session.wakeup()
        seen.append(session.status().exercise)
        session.start_break()
        clock.advance(60)
        session.end_break()
    assert seen == ["stretch", "breathing", "march", "glute-squeeze", "stretch"]


def test_pause_holds_reminders_until_its_end(setup):
    session, clock, _, log = setup
    until = session.pause(60)
    assert until == clock.now() + timedelta(minutes=60)
    assert session.state is State.PAUSED
    assert session.status().next_break_at is None
    assert log.wake_at == until
    clock.advance(45 * 60)
    session.wakeup()
    assert session.state is State.PAUSED
    clock.advance(15 * 60)
    session.wakeup()
    assert session.state is State.WORKING
    assert session.status().paused_until is None
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)


def test_resume_ends_a_pause_at_once(setup):
    session, clock, _, _ = setup
    session.pause(until_tomorrow=True)
    assert session.resume()
    assert session.state is State.WORKING
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert not session.resume()


def test_pause_during_a_prompt_withdraws_it_without_an_outcome(setup):
    session, clock, database, log = setup
    clock.advance(30 * 60)
    session.wakeup()
    session.pause(30)
    assert session.state is State.PAUSED
    assert log.names() == ["prompt_opened", "prompt_closed"]
    assert outcomes(database) == []


def test_pause_during_a_break_lets_it_finish_then_holds(setup):
    session, clock, database, _ = setup
    session.start_break("stretch")
    session.pause(30)
    assert session.state is State.ON_BREAK
    clock.advance(60)
    session.end_break()
    assert outcomes(database) == [(Outcome.COMPLETED, "stretch", 60)]
    assert session.state is State.PAUSED


def test_new_settings_replan_a_pending_break_at_once(setup):
    session, clock, _, log = setup
    from psoasbreak.core.policy import BreakPolicy

    session.replace_policy(BreakPolicy(Settings(interval_min_minutes=1, interval_max_minutes=1)))
    assert session.status().next_break_at == clock.now() + timedelta(minutes=1)
    assert log.wake_at == clock.now() + timedelta(minutes=1)


def test_a_late_wakeup_after_sleep_prompts_once_not_in_a_burst(setup):
    """Three intervals passed while the machine slept: one prompt, never three."""
    session, clock, _, log = setup
    clock.advance(3 * 30 * 60 + 10)
    session.wakeup()
    session.wakeup()
    assert log.names() == ["prompt_opened"]


def test_every_outcome_is_on_disk_when_it_is_reported(tmp_path):
    """The listener hears of an outcome only after the recorder returned: a fresh connection to
    the same file already sees it."""
    from psoasbreak.storage.database import HistoryDatabase
    from tests.helpers import ListenerLog

    seen_on_disk = []

    class Checking(ListenerLog):
        def outcome_recorded(self, event):
            with HistoryDatabase.open(tmp_path / "history.sqlite3") as other:
                seen_on_disk.append(event in other.events())
            super().outcome_recorded(event)

    session, clock, database, _ = make_session(tmp_path, FIXED, listener=Checking())
    session.start()
    clock.advance(30 * 60)
    session.wakeup()
    session.snooze()
    clock.advance(5 * 60)
    session.wakeup()
    session.skip()
    database.close()
    assert seen_on_disk == [True, True]
