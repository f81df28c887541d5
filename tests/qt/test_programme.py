"""Programme sessions in the app (issue 20), driven in milliseconds: ``session_now`` over the
control commands opens the session window, Space counts reps and starts holds, the FakeClock
runs holds and rests out, the summary offers a step up, and everything lands in the history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from psoasbreak.core.programme import (
    RoutineKind,
    SessionRecord,
    Step,
    StepRecord,
    shipped_programme,
)
from psoasbreak.core.programme_run import Phase, ProgrammeRun
from psoasbreak.core.session import State
from psoasbreak.desktop.control_protocol import Request
from psoasbreak.scheduling.timer import find_timer
from psoasbreak.ui.programme_window import ProgrammeWindow
from tests.qt.test_break_window_looks import _assert_text_fits


def _start(rig, kind: str = "strength"):
    response = rig.app.control.handle(Request("session_now", {"kind": kind}))
    assert response.ok, response.error
    return response.result


def _drive_to_the_end(rig, qtbot, window: ProgrammeWindow) -> int:
    """Space for every rep, start and rest; the clock runs holds out. Returns the steps taken."""
    steps = 0
    while window.run.phase is not Phase.DONE:
        steps += 1
        assert steps < 500, "the session never ends"
        where = window.run.position()
        if where.phase is Phase.WORK and where.seconds_left is not None:
            rig.clock.advance(where.seconds_left)
            find_timer(window, "programme-tick").timeout.emit()
        else:
            qtbot.keyClick(window, Qt.Key.Key_Space)
    return steps


def test_session_now_runs_a_whole_strength_session_and_records_it(rig, qtbot) -> None:
    started = _start(rig)
    assert started == {"started": True, "kind": "strength", "title": "Strength session"}
    window = rig.app.programme.window
    assert window is not None and window.isVisible()
    assert rig.session.status().state is State.ON_BREAK
    assert rig.app.control.status_json()["state"] == "on_break"
    # A second request while it runs starts nothing.
    assert _start(rig, "mobility")["started"] is False
    assert rig.app.control.handle(Request("break_now", {})).result["started"] is False

    assert window.counter.text() == "0 / 10" and window.phase_label.text() == (
        "Set 1 of 3 · left side"
    )
    _drive_to_the_end(rig, qtbot, window)
    assert window.close_button.isVisible() and window.summary_label.isVisible()
    assert window.summary_label.text().splitlines()[0] == (
        "Bridge with knee drive, level 1: done, 3 sets"
    )
    [recorded] = rig.database.programme_sessions()
    assert recorded.kind is RoutineKind.STRENGTH and recorded.finished
    assert [(s.exercise, s.level, s.step, s.sets_done) for s in recorded.steps] == [
        ("bridge-knee-drive", 1, Step.COMPLETED, 3),
        ("single-leg-deadlift", 1, Step.COMPLETED, 3),
        ("farmer-carry", 1, Step.COMPLETED, 2),
        ("knee-raise", 1, Step.COMPLETED, 3),
    ]
    # The break loop takes over again: the next break is one interval after the session.
    status = rig.session.status()
    assert status.state is State.WORKING
    assert status.next_break_at == rig.clock.now() + timedelta(minutes=30)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Close
    qtbot.waitUntil(lambda: rig.app.programme.window is None)


def test_after_n_finished_sessions_the_summary_offers_the_next_level(rig, qtbot) -> None:
    programme = shipped_programme()
    earlier = rig.clock.now() - timedelta(days=7)
    for n in range(programme.step_up_after - 1):
        rig.database.record_session(
            SessionRecord(
                RoutineKind.STRENGTH,
                earlier + timedelta(days=n),
                earlier + timedelta(days=n, minutes=20),
                True,
                (StepRecord("bridge-knee-drive", 1, Step.COMPLETED, 3),),
            )
        )
    _start(rig)
    window = rig.app.programme.window
    _drive_to_the_end(rig, qtbot, window)
    # Only the bridge has had N sessions; without a band the offer passes its band level over.
    assert [b.objectName() for b in window.offer_buttons] == ["step-up-bridge-knee-drive"]
    [offer] = window.offer_buttons
    assert "level 3" in offer.text()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert not offer.isEnabled()
    assert rig.database.programme_steps()[-1] == StepRecord("bridge-knee-drive", 3, Step.STEPPED_UP)
    window.close()
    qtbot.waitUntil(lambda: rig.app.programme.window is None)
    # The next session starts the bridge at its new level.
    rig.clock.advance(3600)
    rig.session.wakeup()
    _start(rig)
    assert rig.app.programme.window.run.plan[0].level_number == 3
    rig.app.programme.close()


def test_this_hurt_shows_the_advice_and_closing_records_what_was_done(rig, qtbot) -> None:
    _start(rig, "mobility")
    window = rig.app.programme.window
    qtbot.keyClick(window, Qt.Key.Key_Space)  # start the first hold
    rig.clock.advance(10)
    qtbot.mouseClick(window.hurt_button, Qt.MouseButton.LeftButton)
    assert window.advice_label.isVisible()
    assert "see a clinician" in window.advice_label.text()
    assert window.title_label.text() == "Knee to chest with belly breaths"
    window.close()
    qtbot.waitUntil(lambda: rig.app.programme.window is None)
    [recorded] = rig.database.programme_sessions()
    assert not recorded.finished
    assert [(s.exercise, s.step) for s in recorded.steps] == [
        ("supported-lunge", Step.HURT),
        ("knee-to-chest", Step.PARTIAL),
    ]
    assert rig.session.status().state is State.WORKING


def test_a_bad_session_request_changes_nothing(rig) -> None:
    for args in ({}, {"kind": "yoga"}, {"kind": 3}):
        response = rig.app.control.handle(Request("session_now", args))
        assert not response.ok and "strength or mobility" in (response.error or "")
    assert rig.app.programme.window is None
    assert rig.session.status().state is State.WORKING


# -- how it looks ------------------------------------------------------------------------------


@pytest.fixture
def dark(qapp):
    original = QPalette(qapp.palette())
    palette = QPalette(original)
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
    ):
        palette.setColor(role, QColor(color))
    yield lambda: qapp.setPalette(palette)
    qapp.setPalette(original)


@pytest.mark.parametrize("kind", list(RoutineKind))
def test_every_phase_of_every_exercise_fits(qtbot, ui_language, text_scale, kind) -> None:
    from psoasbreak.core.clock import FakeClock

    programme = shipped_programme()
    clock = FakeClock()
    plan = programme.plan(kind, ["foam-roller", "dumbbells", "band", "pull-up-bar"], {})
    window = ProgrammeWindow(
        ProgrammeRun(kind, plan, clock), programme.routines[kind].title, programme.hurt_advice
    )
    qtbot.addWidget(window)
    window.show()
    seen = set()
    while window.run.phase is not Phase.DONE:
        where = window.run.position()
        key = (where.phase, where.index)
        if key not in seen:
            seen.add(key)
            _assert_text_fits(window)
        if where.phase is Phase.WORK and where.seconds_left is not None:
            clock.advance(where.seconds_left)
            window.refresh()
        else:
            window._main_clicked()
        if where.index == 0 and where.phase is Phase.WORK and len(seen) == 1:
            window._hurt_clicked()  # the advice, on the next exercise's page
    window.show_summary(window.run.result(), [(plan[-1].exercise, 2)])
    _assert_text_fits(window)
    assert {phase for phase, _ in seen} >= {Phase.WORK, Phase.REST} or kind is RoutineKind.MOBILITY


def test_the_window_reads_in_dark_and_light(qtbot, dark) -> None:
    from psoasbreak.core.clock import FakeClock

    programme = shipped_programme()
    plan = programme.plan(RoutineKind.STRENGTH, [], {})
    for use_dark in (False, True):
        if use_dark:
            dark()
        window = ProgrammeWindow(
            ProgrammeRun(RoutineKind.STRENGTH, plan, FakeClock()), "Strength session", "Stop."
        )
        qtbot.addWidget(window)
        window.show()
        _assert_text_fits(window)
        text = window.counter.palette().color(QPalette.ColorRole.WindowText)
        back = window.palette().color(QPalette.ColorRole.Window)
        assert abs(text.lightness() - back.lightness()) > 120
        assert window.picture.color == window.palette().color(QPalette.ColorRole.WindowText)


# -- a session falls due -----------------------------------------------------------------------

STRENGTH_CONFIG = "[programme]\nstrength = true\nstrength_days = ['mon', 'wed', 'fri']\n"


def _offer(rig):
    rig.scheduler.programme_due.emit("strength")
    prompt = rig.presenter.prompt
    assert prompt is not None and prompt.isVisible(), "no session prompt"
    return prompt


def test_a_due_session_is_offered_and_start_runs_and_counts_it(live_rig, qtbot) -> None:
    rig = live_rig(STRENGTH_CONFIG)
    job = rig.scheduler.local_job("programme-strength")
    assert job is not None
    programme = rig.app.control.status_json()["programme"]
    assert programme == {
        "strength_this_week": 0,
        "strength_target": 3,
        "next_session_at": job.next_run_time.isoformat(timespec="seconds"),
    }
    prompt = _offer(rig)
    assert prompt.heading.text() == "Time for your strength session"
    assert "Strength session" in prompt.exercise_label.text()
    assert rig.session.status().state is State.WORKING  # an offer is not a break prompt
    qtbot.mouseClick(prompt.start_button, Qt.MouseButton.LeftButton)
    window = rig.app.programme.window
    assert window is not None and rig.session.status().state is State.ON_BREAK
    _drive_to_the_end(rig, qtbot, window)
    assert rig.app.control.status_json()["programme"]["strength_this_week"] == 1
    window.close()


def test_a_snoozed_session_is_asked_again_and_a_skipped_one_is_gone(live_rig, qtbot) -> None:
    rig = live_rig(STRENGTH_CONFIG)
    prompt = _offer(rig)
    qtbot.mouseClick(prompt.snooze_button, Qt.MouseButton.LeftButton)
    assert rig.presenter.prompt is None
    snoozed = rig.scheduler.scheduler.get_job("programme-strength-snoozed")
    assert snoozed is not None
    assert snoozed.next_run_time == rig.clock.now() + timedelta(minutes=5)
    prompt = _offer(rig)
    qtbot.mouseClick(prompt.skip_button, Qt.MouseButton.LeftButton)
    assert rig.presenter.prompt is None and rig.app.programme.window is None
    assert rig.database.programme_sessions() == [] and rig.outcomes() == []


def test_an_unanswered_session_prompt_goes_away_without_a_record(live_rig) -> None:
    rig = live_rig(STRENGTH_CONFIG)
    _offer(rig)
    find_timer(rig.presenter, "programme-offer-timeout").timeout.emit()
    assert rig.presenter.prompt is None
    assert rig.database.programme_sessions() == [] and rig.outcomes() == []


@pytest.mark.parametrize("busy", ["paused", "on a break", "prompting"])
def test_no_session_is_offered_while_paused_on_a_break_or_prompting(live_rig, busy) -> None:
    rig = live_rig(STRENGTH_CONFIG)
    if busy == "paused":
        rig.session.pause(30)
    elif busy == "on a break":
        rig.session.start_break()
    else:
        rig.due_now()
    before = rig.presenter.prompt
    rig.scheduler.programme_due.emit("strength")
    assert rig.presenter.prompt is before
    assert rig.presenter._offer is None


def test_turning_the_programme_off_drops_its_jobs(live_rig) -> None:
    rig = live_rig(STRENGTH_CONFIG)
    assert rig.scheduler.local_job("programme-strength") is not None
    rig.app.apply_settings(rig.settings.__class__())
    assert rig.scheduler.local_job("programme-strength") is None
    assert rig.app.control.status_json()["programme"] is None
