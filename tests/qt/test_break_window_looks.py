"""The prompt and the exercise windows at 100% and 200% text size, in light, dark and
high-contrast palettes, and what a screen reader is told about them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QWidget

from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.limits import PromptChoices
from psoasbreak.ui import style
from psoasbreak.ui.exercise_window import ExerciseWindow
from psoasbreak.ui.illustration import Illustration
from psoasbreak.ui.pacer import Pacer
from psoasbreak.ui.prompt import PromptWindow
from psoasbreak.ui.style import PACER, SIDE, accent, contrast
from psoasbreak.ui.translation import exercise_text, localized_exercise

FOUR = ("stretch", "breathing", "march", "glute-squeeze")
#: Moments of a 60 s break that show each different text (left, "switch in", switch, right).
MOMENTS = (0.0, 26.0, 31.0, 45.0, 59.5)


@pytest.fixture(scope="module")
def library():
    return ExerciseLibrary.load_default()


@pytest.fixture
def palette(qapp):
    """Set an application palette for one test; the original comes back after."""
    original = QPalette(qapp.palette())
    yield qapp.setPalette
    qapp.setPalette(original)


class Clock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def _rect_in(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _assert_text_fits(window: QWidget) -> None:
    inside = window.rect()
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        where = f"{label.objectName() or label.text()!r} in {window.objectName()}"
        assert inside.contains(_rect_in(window, label)), f"{where} sticks out of the window"
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, f"{where}: {label.height()} px tall, needs {needed}"
        else:
            hint = label.sizeHint()
            assert label.width() >= hint.width(), f"{where}: too narrow for {hint}"
            assert label.height() >= hint.height(), f"{where}: too short for {hint}"
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible():  # one shown in its place instead (Pause or Resume)
            continue
        where = f"button {button.objectName()!r}"
        assert inside.contains(_rect_in(window, button)), f"{where} sticks out of the window"
        assert button.width() >= button.sizeHint().width(), where
        assert button.height() >= button.sizeHint().height(), where


@pytest.mark.parametrize("exercise_id", FOUR)
def test_exercise_window_text_fits_at_every_moment(
    qtbot, library, ui_language, text_scale, exercise_id
):
    clock = Clock()
    exercise = localized_exercise(library.get(exercise_id))
    window = ExerciseWindow(exercise, 60, clock, reduced_motion=False)
    qtbot.addWidget(window)
    window.show()
    for moment in MOMENTS:
        clock.seconds = moment
        window.refresh()
        window.layout().activate()
        _assert_text_fits(window)


def test_exercise_window_grows_with_the_text(qtbot, library, qapp):
    sizes = []
    original = QFont(qapp.font())
    try:
        for factor in (1.0, 2.0):
            font = QFont(original)
            font.setPointSizeF(original.pointSizeF() * factor)
            qapp.setFont(font)
            window = ExerciseWindow(library.get("stretch"), 60, Clock())
            qtbot.addWidget(window)
            sizes.append(window.size())
    finally:
        qapp.setFont(original)
    small, large = sizes
    assert large.width() > 1.3 * small.width() and large.height() > 1.3 * small.height()
    assert small.width() <= 700 and small.height() <= 420, "compact at 100% on a laptop screen"


def test_long_breaks_fit_their_countdown(qtbot, library, ui_language, text_scale):
    clock = Clock()
    window = ExerciseWindow(localized_exercise(library.get("breathing")), 600, clock)
    qtbot.addWidget(window)
    window.show()
    window.layout().activate()
    assert window.countdown.text() == "10:00"
    _assert_text_fits(window)


@pytest.mark.parametrize("exercise_id", FOUR)
def test_prompt_text_fits(qtbot, library, ui_language, text_scale, exercise_id):
    longest_why = max((exercise_text(line) for line in library.why_lines), key=len)
    exercise = localized_exercise(library.get(exercise_id))
    prompt = PromptWindow(exercise, longest_why, 60, None)
    qtbot.addWidget(prompt)
    prompt.show()
    prompt.layout().activate()
    _assert_text_fits(prompt)
    assert prompt.minimumSize() == prompt.maximumSize()


@pytest.mark.parametrize(
    "choices",
    [
        PromptChoices(skip=False, skips_limit=50),
        PromptChoices(snooze=False, skip=False, skips_limit=50, snoozes_limit=50),
    ],
    ids=["no-skip", "start-only"],
)
def test_a_prompt_the_limits_took_buttons_from_fits_and_says_why(
    qtbot, library, ui_language, text_scale, choices
):
    longest_why = max((exercise_text(line) for line in library.why_lines), key=len)
    exercise = localized_exercise(library.get("stretch"))
    prompt = PromptWindow(exercise, longest_why, 60, None, choices=choices)
    qtbot.addWidget(prompt)
    prompt.show()
    prompt.layout().activate()
    _assert_text_fits(prompt)
    assert prompt.limits_label.isVisible() and "50" in prompt.limits_label.text()
    assert prompt.skip_button.isHidden()
    assert prompt.snooze_button.isHidden() is not choices.snooze


# -- screen readers ------------------------------------------------------------------------------


@pytest.mark.parametrize("exercise_id", FOUR)
def test_every_control_has_an_accessible_name_and_description(qtbot, library, exercise_id):
    exercise = library.get(exercise_id)
    window = ExerciseWindow(exercise, 60, Clock())
    prompt = PromptWindow(exercise, library.why_lines[0], 5, None)
    for top in (window, prompt):
        qtbot.addWidget(top)
        assert top.accessibleName() and top.accessibleDescription()
        controls = [
            *top.findChildren(QAbstractButton),
            *top.findChildren(QProgressBar),
            *top.findChildren(Pacer),
            *top.findChildren(Illustration),
        ]
        assert controls
        for control in controls:
            assert control.accessibleName(), control.objectName()
            assert control.accessibleDescription(), control.objectName()
    assert window.countdown.accessibleName() == "Time left"
    assert window.phase_label.accessibleDescription() == window.phase_label.text()


# -- light, dark and high contrast ---------------------------------------------------------------


def _dark() -> QPalette:
    palette = QPalette(QColor("#2d2d2d"))  # derives a whole dark palette from the button colour
    palette.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    return palette


def _muted_contrast(label: QLabel, window: QWidget) -> float:
    return contrast(
        label.palette().color(QPalette.ColorRole.WindowText),
        window.palette().color(QPalette.ColorRole.Window),
    )


def test_windows_follow_a_theme_switch_while_open(qtbot, library, qapp, palette):
    window = ExerciseWindow(library.get("stretch"), 60, Clock())
    prompt = PromptWindow(library.get("stretch"), library.why_lines[0], 5, None)
    for top in (window, prompt):
        qtbot.addWidget(top)
    light_safety = window.safety_label.palette().color(QPalette.ColorRole.WindowText)
    assert _muted_contrast(window.safety_label, window) >= 4.5

    palette(_dark())
    qtbot.waitUntil(lambda: window.illustration.color == QColor("#eeeeee"))
    dark_safety = window.safety_label.palette().color(QPalette.ColorRole.WindowText)
    assert dark_safety != light_safety
    assert dark_safety.lightness() > 128, "muted text turns light on a dark background"
    assert _muted_contrast(window.safety_label, window) >= 4.5
    assert _muted_contrast(prompt.why_label, prompt) >= 4.5
    assert prompt.thumbnail.color == QColor("#eeeeee")


def test_high_contrast_drops_muting_and_uses_the_themes_highlight(
    qtbot, library, qapp, monkeypatch
):
    monkeypatch.setattr(style, "prefers_high_contrast", lambda: True)
    clock = Clock()
    window = ExerciseWindow(library.get("stretch"), 60, clock)
    qtbot.addWidget(window)
    text = window.palette().color(QPalette.ColorRole.WindowText)
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    assert window.safety_label.palette().color(QPalette.ColorRole.WindowText) == text
    clock.seconds = 5
    window.refresh()
    assert highlight.name() in window.phase_label.styleSheet()
    assert accent(window.palette(), PACER) == highlight == accent(window.palette(), SIDE)


def test_our_accents_read_well(library):
    white, dark_text = QColor("white"), style.SIDE_TEXT
    assert contrast(PACER, white) >= 4.5  # "in"/"out" on the pacer, the switch badge
    assert contrast(SIDE, dark_text) >= 4.5  # the side badge
