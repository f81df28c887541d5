"""New settings while the session runs (``replace_policy``): what re-plans and what does not."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta

from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.session import State
from psoasbreak.core.settings import Settings
from tests.helpers import make_session

BASE = Settings(interval_min_minutes=30, interval_max_minutes=45)


def test_a_new_interval_replans_the_pending_break_from_now(tmp_path):
    session, clock, _, log = make_session(tmp_path, BASE)
    session.start()
    clock.advance(10 * 60)
    session.replace_policy(BreakPolicy(dataclasses.replace(BASE, interval_max_minutes=30)))
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert log.wake_at == clock.now() + timedelta(minutes=30)


def test_settings_the_plan_does_not_use_keep_the_due_time(tmp_path):
    session, clock, _, log = make_session(tmp_path, BASE)
    session.start()
    due = session.status().next_break_at
    clock.advance(10 * 60)
    other = dataclasses.replace(
        BASE, sound=False, daily_goal=9, snooze_minutes=10, break_seconds=90, exercise="random"
    )
    session.replace_policy(BreakPolicy(other, random.Random(1)))
    assert session.status().next_break_at == due
    assert log.wake_at == due
    assert session.policy.settings == other
    # ...but they are in force: the next snooze lasts the new ten minutes.
    clock.advance((due - clock.now()).total_seconds())
    session.wakeup()
    assert session.state is State.PROMPTING
    session.snooze()
    assert session.status().next_break_at == clock.now() + timedelta(minutes=10)


def test_new_settings_during_a_prompt_leave_the_prompt_alone(tmp_path):
    session, clock, _, log = make_session(tmp_path, BASE)
    session.start()
    clock.advance(45 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    session.replace_policy(BreakPolicy(dataclasses.replace(BASE, interval_min_minutes=1)))
    assert session.state is State.PROMPTING
    assert log.names() == ["prompt_opened"]
