"""A call holds a due break like do-not-disturb does (issue 18): the rules, with the FakeClock.

The desktop's answers come from a fake source set by the test; the real readers of the
microphone, camera and running programs are tested against the real things in tests/unit/desktop
and tests/e2e."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

import pytest

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import Outcome
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.history import DayCounts, Streak
from psoasbreak.core.policy import BreakPolicy
from psoasbreak.core.quiet import (
    AnyQuiet,
    QuietApps,
    QuietReason,
    program_key,
    quiet_app_running,
)
from psoasbreak.core.session import QUIET_HOLD_LIMIT, QUIET_RECHECK, BreakSession, State
from psoasbreak.core.settings import Settings
from psoasbreak.core.status import status_document
from psoasbreak.storage.database import HistoryDatabase
from tests.helpers import ListenerLog

START = datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc)
FIXED = Settings(
    interval_min_minutes=30, interval_max_minutes=30, break_seconds=60, prompt_timeout_minutes=5
)
#: DESIGN §3's names for why a prompt waits, and the one added for GNOME 48 (issue 16).
WAITING_FOR = {
    "fullscreen",
    "do-not-disturb",
    "camera",
    "microphone",
    "screen-sharing",
    "quiet-app",
    "gnome-break",
}


class Sign:
    """One sign of a call (a microphone, a camera), switched by the test; counts the questions."""

    def __init__(self, reason: QuietReason) -> None:
        self.reason = reason
        self.on = False
        self.asked = 0

    def quiet_reason(self) -> QuietReason | None:
        self.asked += 1
        return self.reason if self.on else None


def _session(tmp_path, *signs: Sign):
    clock, log = FakeClock(START), ListenerLog()
    database = HistoryDatabase.open(tmp_path / "history.sqlite3")
    session = BreakSession(
        clock,
        BreakPolicy(FIXED, random.Random(7)),
        ExerciseLibrary.load_default(),
        database,
        log,
        quiet=AnyQuiet(signs),
    )
    session.start()
    return session, clock, database, log


def _fire(session, clock):
    wake_at = session.next_wakeup()
    assert wake_at is not None, "nothing is scheduled"
    clock.advance((wake_at - clock.now()).total_seconds())
    session.wakeup()


def _waiting_for(session) -> str | None:
    today = DayCounts(date(2026, 11, 25))
    return status_document(session.status(), today, 6, Streak(0, 0))["waiting_for"]


def test_every_reason_has_one_of_the_contracts_names() -> None:
    assert {reason.waiting_for for reason in QuietReason} == WAITING_FOR


def test_a_microphone_in_use_holds_the_due_break_and_status_says_why(tmp_path) -> None:
    mic = Sign(QuietReason.MICROPHONE)
    session, clock, _, log = _session(tmp_path, mic)
    mic.on = True
    _fire(session, clock)
    assert session.state is State.WORKING
    assert "prompt_opened" not in log.names()
    assert _waiting_for(session) == "microphone"
    mic.on = False
    _fire(session, clock)
    assert session.state is State.PROMPTING
    assert _waiting_for(session) is None


def test_a_call_that_starts_after_the_prompt_is_shown_does_not_withdraw_it(tmp_path) -> None:
    camera = Sign(QuietReason.CAMERA)
    session, clock, database, log = _session(tmp_path, camera)
    _fire(session, clock)
    assert session.state is State.PROMPTING
    asked = camera.asked
    camera.on = True
    clock.advance(4 * 60)
    session.wakeup()
    assert session.state is State.PROMPTING
    assert "prompt_closed" not in log.names()
    assert camera.asked == asked  # an open prompt is the user's to answer: nobody asks again
    session.start_break(None)
    assert session.state is State.ON_BREAK
    assert database.events() == []


def test_two_signs_at_once_hold_until_both_end_and_the_first_is_named(tmp_path) -> None:
    mic, screen = Sign(QuietReason.MICROPHONE), Sign(QuietReason.SCREEN_SHARING)
    session, clock, _, log = _session(tmp_path, mic, screen)
    mic.on = screen.on = True
    _fire(session, clock)
    assert _waiting_for(session) == "microphone"
    mic.on = False
    _fire(session, clock)
    assert _waiting_for(session) == "screen-sharing"
    assert "prompt_opened" not in log.names()
    screen.on = False
    _fire(session, clock)
    assert session.state is State.PROMPTING


def test_the_hour_limit_counts_from_the_due_time_whichever_sign_holds(tmp_path) -> None:
    mic, camera = Sign(QuietReason.MICROPHONE), Sign(QuietReason.CAMERA)
    session, clock, database, log = _session(tmp_path, mic, camera)
    due = session.status().next_break_at
    mic.on = True
    while clock.now() < due + QUIET_HOLD_LIMIT / 2:
        _fire(session, clock)
    mic.on, camera.on = False, True  # the call moves from audio to video: still one call
    while not database.events():
        _fire(session, clock)
    assert clock.now() == due + QUIET_HOLD_LIMIT
    assert [e.outcome for e in database.events()] == [Outcome.MISSED]
    assert "prompt_opened" not in log.names()
    assert _waiting_for(session) is None
    assert session.status().next_break_at == clock.now() + timedelta(minutes=30)
    assert mic.asked + camera.asked <= 2 * (QUIET_HOLD_LIMIT // QUIET_RECHECK + 1)


def test_nothing_is_asked_between_breaks(tmp_path) -> None:
    mic = Sign(QuietReason.MICROPHONE)
    session, clock, _, _ = _session(tmp_path, mic)
    clock.advance(29 * 60)
    session.wakeup()
    assert mic.asked == 0


# --- quiet_apps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "running"),
    [("zoom", "zoom"), ("Zoom", "zoom"), ("ZOOM.exe", "zoom"), ("obs", "obs")],
)
def test_a_listed_program_matches_its_executable_name_whatever_the_case(written, running) -> None:
    assert quiet_app_running([written], frozenset({running, "bash"})) == written


def test_a_name_that_is_only_part_of_a_program_does_not_match() -> None:
    assert quiet_app_running(["zoom"], frozenset({"zoomer", "bash"})) is None
    assert program_key(" Teams.EXE ") == "teams"


def test_quiet_apps_look_at_processes_only_when_the_list_is_not_empty() -> None:
    wanted: tuple[str, ...] = ()
    looked = []

    def running() -> frozenset[str]:
        looked.append(1)
        return frozenset({"obs"})

    source = QuietApps(lambda: wanted, running)
    assert source.quiet_reason() is None
    assert looked == []
    wanted = ("OBS",)  # an edited setting applies at the next question
    assert source.quiet_reason() is QuietReason.QUIET_APP
    assert QuietReason.QUIET_APP.waiting_for == "quiet-app"
