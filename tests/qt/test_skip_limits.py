"""Limits on skipping in the app: the prompt window and the notification lose the button the
limit took and say why; a refused answer records nothing (core rules: tests/unit/core)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from psoasbreak.core.limits import PromptChoices
from tests.qt.conftest import RIG_SETTINGS, build_rig, close_rig


def _rig(tmp_path, **limits):
    return build_rig(tmp_path, settings=replace(RIG_SETTINGS, **limits))


def _shown_prompt(rig):
    rig.due_now()
    prompt = rig.presenter.prompt
    assert prompt is not None and prompt.isVisible()
    return prompt


def test_after_the_days_skips_the_prompt_offers_snooze_not_skip_and_says_why(tmp_path, qtbot):
    rig = _rig(tmp_path, max_skips_per_day=1)
    try:
        first = _shown_prompt(rig)
        assert first.skip_button.isVisible() and not first.limits_label.isVisible()
        qtbot.mouseClick(first.skip_button, Qt.MouseButton.LeftButton)
        second = _shown_prompt(rig)
        assert second.choices == PromptChoices(skip=False, skips_limit=1)
        assert not second.skip_button.isVisible()
        assert second.snooze_button.isVisible()
        assert second.limits_label.isVisible()
        assert second.limits_label.text() == (
            "Skip is back tomorrow: your limit is 1 skipped break a day."
        )
        names = [b.objectName() for b in second.findChildren(QPushButton) if b.isVisible()]
        assert names == ["start", "snooze"]
        # Escape, once clicked into, is "not this one": a snooze where Skip is gone.
        qtbot.mouseClick(second.exercise_label, Qt.MouseButton.LeftButton)
        qtbot.keyClick(second, Qt.Key.Key_Escape)
        assert [o for o, _e, _s in rig.outcomes()] == ["skipped", "snoozed"]
    finally:
        close_rig(rig)


def test_the_home_window_offers_only_what_the_prompt_offers(tmp_path, qtbot):
    rig = _rig(tmp_path, max_snoozes_per_break=1)
    try:
        first = _shown_prompt(rig)
        qtbot.mouseClick(first.snooze_button, Qt.MouseButton.LeftButton)
        _shown_prompt(rig)
        rig.app.show_home()
        home = rig.app.home_window
        qtbot.waitUntil(home.isVisible)
        assert home.start_button.isVisible() and home.skip_button.isVisible()
        assert not home.snooze_button.isVisible()
        assert home.limits_label.isVisible()  # and says why
        assert home.limits_label.text() == (
            "No more snoozes for this break: your limit is 1 snooze per break."
        )
        # A snooze asked for anyway (a stale button, the control socket) changes nothing.
        home.snooze_requested.emit()
        assert rig.session.state.value == "prompting"
        assert [o for o, _e, _s in rig.outcomes()] == ["snoozed"]
    finally:
        close_rig(rig)
