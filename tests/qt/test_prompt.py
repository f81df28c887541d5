from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

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
