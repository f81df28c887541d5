from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QPushButton

from psoasbreak.core.prompting import MAX_TYPING_WAIT, TYPING_PAUSE
from psoasbreak.core.session import State
from psoasbreak.ui.prompt import PromptWindow


def _prompt(rig):
    rig.due_now()
    prompt = rig.presenter.prompt
    assert prompt is not None and prompt.isVisible()
    return prompt


def _click(qtbot, prompt, name):
    button = prompt.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_prompt_appears_on_schedule_without_taking_focus(rig):
    prompt = _prompt(rig)
    flags = prompt.windowFlags()
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowTitle().startswith("Time to stand up")
    assert rig.session.state is State.PROMPTING


def test_the_prompt_opens_top_right_on_the_screen_that_holds_the_pointer(rig, monkeypatch):
    # Offscreen Qt has one screen; the screen lookup is the seam (a second monitor to the right).
    from psoasbreak.ui import prompt as prompt_module

    asked: list[QPoint] = []
    right_monitor = QRect(1920, 30, 1280, 770)

    class SecondScreen:
        def availableGeometry(self) -> QRect:
            return right_monitor

    class Screens:
        @staticmethod
        def screenAt(point: QPoint) -> SecondScreen:
            asked.append(point)
            return SecondScreen()

        primaryScreen = staticmethod(QGuiApplication.primaryScreen)
        platformName = staticmethod(QGuiApplication.platformName)

    monkeypatch.setattr(prompt_module, "QGuiApplication", Screens)
    QCursor.setPos(2500, 400)
    prompt = _prompt(rig)
    assert asked == [QCursor.pos()]
    top_right = prompt.frameGeometry().topRight()
    assert top_right.x() == right_monitor.right() - prompt_module.MARGIN
    assert prompt.y() == right_monitor.top() + prompt_module.MARGIN
    assert right_monitor.contains(prompt.geometry())


def test_start_opens_the_exercise(rig, qtbot):
    prompt = _prompt(rig)
    _click(qtbot, prompt, "start")
    assert rig.session.state is State.ON_BREAK
    assert rig.presenter.prompt is None
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert rig.presenter.exercise_window is not None


def test_snooze_records_snoozed_and_asks_again(rig, qtbot):
    prompt = _prompt(rig)
    assert prompt.findChild(QPushButton, "snooze").text() == "Snooze 5 min"
    _click(qtbot, prompt, "snooze")
    assert rig.outcomes() == [("snoozed", "stretch", 0)]
    assert rig.session.state is State.WORKING
    assert (rig.scheduler.armed_at - rig.clock.now()).total_seconds() == 300
    rig.due_now()
    assert rig.presenter.prompt is not None


def test_skip_records_skipped(rig, qtbot):
    prompt = _prompt(rig)
    _click(qtbot, prompt, "skip")
    assert rig.outcomes() == [("skipped", "stretch", 0)]
    assert rig.presenter.prompt is None


def test_an_ignored_prompt_closes_itself_as_missed(rig, qtbot):
    prompt = _prompt(rig)
    # The scheduler is armed for the prompt's deadline, prompt_timeout_minutes away.
    assert (rig.scheduler.armed_at - rig.clock.now()).total_seconds() == 5 * 60
    rig.due_now()
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert rig.outcomes() == [("missed", "stretch", 0)]
    assert rig.session.state is State.WORKING


def test_prompt_shows_the_exercise_and_a_why_line(rig):
    prompt = _prompt(rig)
    assert "Hip-flexor stretch" in prompt.exercise_label.text()
    assert prompt.why_label.text() in rig.presenter._library.why_lines


def test_prompt_fits_its_text(qtbot, rig):
    library = rig.presenter._library
    for exercise in library:
        prompt = PromptWindow(exercise, max(library.why_lines, key=len), 5)
        qtbot.addWidget(prompt)
        assert prompt.height() >= prompt.minimumSizeHint().height()


# -- keyboard: only once the user has clicked into the prompt ------------------------------------


def test_the_prompt_is_shown_without_activation_and_takes_no_focus_by_itself(rig):
    prompt = _prompt(rig)
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    handle = prompt.windowHandle()
    assert handle is not None
    assert handle.flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert not prompt.accepts_focus


def test_clicking_into_the_prompt_lets_it_take_the_focus_then_space_starts(rig, qtbot):
    prompt = _prompt(rig)
    qtbot.mouseClick(prompt.heading, Qt.MouseButton.LeftButton)
    assert prompt.accepts_focus
    assert not prompt.windowHandle().flags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.focusWidget() is prompt.start_button
    qtbot.keyClick(prompt.start_button, Qt.Key.Key_Space)
    assert rig.session.state is State.ON_BREAK
    assert rig.presenter.exercise_window is not None


def test_escape_skips_once_clicked_into(rig, qtbot):
    prompt = _prompt(rig)
    qtbot.mouseClick(prompt.why_label, Qt.MouseButton.LeftButton)
    qtbot.keyClick(prompt.start_button, Qt.Key.Key_Escape)
    assert rig.outcomes() == [("skipped", "stretch", 0)]
    assert rig.presenter.prompt is None


def test_tab_then_space_presses_the_focused_button(rig, qtbot):
    prompt = _prompt(rig)
    qtbot.mouseClick(prompt.heading, Qt.MouseButton.LeftButton)
    prompt.snooze_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(prompt.snooze_button, Qt.Key.Key_Space)
    assert rig.outcomes() == [("snoozed", "stretch", 0)]


def test_return_on_the_prompt_starts(rig, qtbot):
    prompt = _prompt(rig)
    qtbot.mouseClick(prompt.heading, Qt.MouseButton.LeftButton)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert rig.session.state is State.ON_BREAK


def test_every_button_has_an_accessible_name_and_description(rig):
    prompt = _prompt(rig)
    assert prompt.accessibleName() == "Time to stand up"
    assert "Hip-flexor stretch" in prompt.accessibleDescription()
    for button in prompt.findChildren(QPushButton):
        assert button.accessibleName() == button.text()
        assert len(button.accessibleDescription()) > 10, button.objectName()
    assert "Space" in prompt.start_button.accessibleDescription()
    assert "Escape" in prompt.skip_button.accessibleDescription()


# -- the "why" line ------------------------------------------------------------------------------


def test_why_lines_rotate_so_none_repeats_before_all_have_shown(rig, qtbot):
    lines = rig.presenter._library.why_lines
    seen = []
    for _ in range(len(lines) + 1):
        prompt = _prompt(rig)
        seen.append(prompt.why_label.text())
        _click(qtbot, prompt, "skip")
    assert sorted(seen[:-1]) == sorted(lines)
    assert seen[-1] == seen[0]
    start = lines.index(seen[0])
    assert seen[:-1] == [lines[(start + i) % len(lines)] for i in range(len(lines))]


# -- waiting for a pause in typing ---------------------------------------------------------------


def _pending_prompt(rig):
    rig.due_now()
    assert rig.session.state is State.PROMPTING
    prompt, waiting = rig.presenter.prompt, rig.presenter.typing_pause
    assert prompt is not None and waiting is not None
    assert not prompt.isVisible()
    return prompt, waiting


def test_the_prompt_waits_for_a_pause_in_typing(rig):
    rig.input_idle = 0.5  # the user is typing
    prompt, waiting = _pending_prompt(rig)
    timer = waiting.timer
    assert timer.isActive() and timer.isSingleShot()
    assert timer.interval() == int((TYPING_PAUSE - 0.5) * 1000)
    rig.clock.advance(timer.interval() / 1000)
    rig.input_idle = 0.3  # still typing when it fires: wait for the rest of a pause
    timer.timeout.emit()
    assert not prompt.isVisible()
    assert waiting.timer.interval() == int((TYPING_PAUSE - 0.3) * 1000)
    rig.clock.advance(waiting.timer.interval() / 1000)
    rig.input_idle = TYPING_PAUSE + 0.1  # a pause
    waiting.timer.timeout.emit()
    assert prompt.isVisible()
    assert rig.presenter.typing_pause is None and waiting.timer is None


def test_the_prompt_waits_at_most_thirty_seconds(rig):
    rig.input_idle = 0.0  # typing without pause
    prompt, waiting = _pending_prompt(rig)
    fired = 0
    while waiting.timer is not None:
        assert not prompt.isVisible()
        rig.clock.advance(waiting.timer.interval() / 1000)  # as long as the timer waits
        waiting.timer.timeout.emit()
        fired += 1
        assert fired <= 100
    assert prompt.isVisible()
    assert waiting.waited == MAX_TYPING_WAIT == 30
    assert fired == MAX_TYPING_WAIT / TYPING_PAUSE


def test_a_prompt_that_waited_for_typing_gets_its_whole_timeout_once_shown(rig):
    rig.input_idle = 0.0
    prompt, waiting = _pending_prompt(rig)
    opened_deadline = rig.scheduler.armed_at
    rig.clock.advance(12)  # typing went on for 12 s, then paused
    rig.input_idle = TYPING_PAUSE + 0.1
    waiting.timer.timeout.emit()
    assert prompt.isVisible()
    assert rig.scheduler.armed_at == opened_deadline + timedelta(seconds=12)


def test_the_prompt_shows_at_once_when_idle_time_is_unknown_or_long(rig, qtbot):
    for idle in (None, 10.0):
        rig.input_idle = idle
        prompt = _prompt(rig)
        assert rig.presenter.typing_pause is None
        _click(qtbot, prompt, "skip")


def test_a_break_answered_elsewhere_while_waiting_leaves_no_timer(rig, qtbot):
    rig.input_idle = 0.0
    prompt, waiting = _pending_prompt(rig)
    timer = waiting.timer
    assert rig.session.start_break()  # "Take a break now" from the tray
    assert rig.presenter.typing_pause is None and waiting.timer is None
    assert not timer.isActive()
    qtbot.waitUntil(lambda: not prompt.isVisible())
    assert rig.presenter.exercise_window is not None


# -- looks ---------------------------------------------------------------------------------------


def test_the_prompt_shows_the_exercises_illustration(rig):
    prompt = _prompt(rig)
    assert prompt.thumbnail is not None
    assert prompt.thumbnail.current == "illustrations/stretch-left.svg"
    assert prompt.thumbnail.accessibleName()


def test_quit_with_the_prompt_on_screen(rig):
    # QApplication.quit() closes every window first, and a closed prompt deletes itself.
    rig.due_now()
    prompt = rig.presenter.prompt
    prompt.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(prompt)
    rig.presenter.close()  # must not raise
    assert rig.presenter.prompt is None


def test_the_typing_wait_is_measured_on_the_clock_not_by_counting_timer_firings(rig):
    rig.input_idle = 0.0
    prompt, waiting = _pending_prompt(rig)
    for _ in range(50):  # the timer fires early again and again: no time has passed
        waiting.timer.timeout.emit()
    assert not prompt.isVisible() and waiting.waited == 0
    rig.clock.advance(MAX_TYPING_WAIT)
    waiting.timer.timeout.emit()
    assert prompt.isVisible()
