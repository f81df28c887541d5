"""The guided exercise: a countdown computed from the clock, the side to stretch or a breathing
pacer, and the cues. The repaint timer only runs while the window is visible (idle means idle).

Layout: the picture (illustration or pacer), the time left and a progress bar on the left; the
title, what to do now, the cues and the safety line on the right. Every size is derived from the
font, so the text stays inside the window at 200% text scaling; the window's size is then fixed,
which makes tiling Wayland compositors float it instead of filling the screen (DESIGN §5).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.exercises import Exercise, breath_phase, stretch_phase
from psoasbreak.scheduling.timer import Timer
from psoasbreak.ui.illustration import Illustration
from psoasbreak.ui.pacer import Pacer
from psoasbreak.ui.style import (
    PACER,
    SIDE,
    SIDE_TEXT,
    accent,
    accent_text,
    apply_muted,
    prefers_reduced_motion,
    restyle_muted,
    scaled_font,
)
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, localized_exercise, translate

#: Fast enough for a smooth pacer (30 frames a second); everything else changes at most a few
#: times a second, and under reduced motion the pacer steps once a second.
PACER_TICK_MS = 33
STEP_TICK_MS = 200
#: The text column is this many average characters wide (a comfortable line), at least TEXT_MIN px.
TEXT_CHARS = 44
TEXT_MIN = 300
PICTURE = 240
PICTURE_MIN = 160
#: Seconds before half time from which the stretch says "switch in N".
SWITCH_WARNING = 5

SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("ExerciseWindow", "Left side · left foot back"),
    "right": QT_TRANSLATE_NOOP("ExerciseWindow", "Right side · right foot back"),
}
SWITCH_WORDS = QT_TRANSLATE_NOOP("ExerciseWindow", "Switch sides · right foot back")


def _mmss(seconds: float) -> str:
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class ExerciseWindow(QWidget):
    """Emits ``finished`` once, when the countdown runs out or the user ends the break early;
    the session decides which of the two it was from the same clock. ``cue`` ("switch", "done")
    marks the moments a sound may accompany; the presenter decides whether one plays."""

    finished = Signal()
    cue = Signal(str)

    def __init__(
        self,
        exercise: Exercise,
        seconds: int,
        elapsed: Callable[[], float],
        breath_in: float = 4.0,
        breath_out: float = 6.0,
        icon: QIcon | None = None,
        reduced_motion: bool | None = None,
    ) -> None:
        super().__init__(None)
        self.exercise = exercise
        # The exercise's words in the user's language.
        self.shown = shown = localized_exercise(exercise)
        self.seconds = seconds
        self._elapsed = elapsed
        self._breath = (breath_in, breath_out)
        self._done = False
        self._side: str | None = None
        self._badge_kind: str | None = None
        self.setObjectName("exercise")
        self.setWindowTitle(
            translate("ExerciseWindow", "Break — {exercise}").format(exercise=shown.title)
        )
        flags = Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint
        if QGuiApplication.platformName() == "wayland":
            # Where the compositor draws no title bar (GNOME), Qt draws its own and gets a
            # fixed size wrong by its shadow: the compositor placed the window for a size 20 px
            # larger than it shows, off centre, and the bottom of the content was cut (seen
            # under GNOME Shell 43). A break window needs no title bar: Escape and "End break
            # early" close it, and a Wayland window cannot be moved by its client anyway.
            flags |= Qt.WindowType.FramelessWindowHint
        self.setWindowFlags(flags)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(
            translate("ExerciseWindow", "Break: {exercise}").format(exercise=shown.title)
        )
        self.setAccessibleDescription(shown.summary)
        if icon is not None:
            self.setWindowIcon(icon)
        # None follows the desktop's setting, live; a bool (tests, benchmarks) pins it.
        self._follow_system = reduced_motion is None
        self._hints = QGuiApplication.styleHints()
        self._accessibility = self._hints.accessibility()
        self.tick = Timer(self, "exercise-tick")
        self.tick.timeout.connect(self.refresh)
        self._build(prefers_reduced_motion() if reduced_motion is None else reduced_motion)
        if self._follow_system:
            self._accessibility.motionPreferenceChanged.connect(self._motion_changed)
        # Sized for the tallest text each label will show, so no later text can be clipped.
        self.countdown.setText(_mmss(seconds))
        self._fit_size()
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self, reduced_motion: bool) -> None:
        layout = self._outer = QHBoxLayout(self)
        margin = self.fontMetrics().height()
        layout.setContentsMargins(margin + 4, margin, margin + 4, margin)
        layout.setSpacing(margin + 4)
        layout.addLayout(self._build_picture_column(reduced_motion))
        self.text_column = QWidget()
        self.text_column.setObjectName("text-column")
        layout.addWidget(self.text_column, 0, Qt.AlignmentFlag.AlignTop)
        self._build_text_column(self.text_column)

    def _build_picture_column(self, reduced_motion: bool) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.pacer: Pacer | None = None
        self.illustration: Illustration | None = None
        if self.exercise.paced:
            self.pacer = Pacer(*self._breath, reduced_motion=reduced_motion)
            breath_in, breath_out = self._breath
            self.pacer.setAccessibleDescription(
                translate(
                    "ExerciseWindow",
                    "Breathe in for {inhale} seconds while it grows, "
                    "out for {exhale} seconds while it shrinks",
                ).format(inhale=f"{breath_in:g}", exhale=f"{breath_out:g}")
            )
            column.addWidget(self.pacer, 1)
        elif self.exercise.illustrations:
            self.illustration = Illustration(PICTURE, PICTURE_MIN)
            self.illustration.show_file(self.exercise.illustrations[0])
            self.illustration.setAccessibleName(
                translate("ExerciseWindow", "Illustration: {exercise}").format(
                    exercise=self.shown.title
                )
            )
            self.illustration.setAccessibleDescription(self.shown.summary)
            column.addWidget(self.illustration, 1)
        else:
            column.addStretch(1)
        self.tick.setInterval(PACER_TICK_MS if self.pacer and not reduced_motion else STEP_TICK_MS)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setFont(scaled_font(self.countdown, 2.4))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName(translate("ExerciseWindow", "Time left"))
        column.addWidget(self.countdown)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("ExerciseWindow", "Break progress"))
        self.progress.setAccessibleDescription(
            translate("ExerciseWindow", "How much of the {seconds}-second break is done").format(
                seconds=self.seconds
            )
        )
        column.addWidget(self.progress)
        return column

    def _build_text_column(self, host: QWidget) -> None:
        column = self._text_layout = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.title_label = QLabel(self.shown.title)
        self.title_label.setObjectName("exercise-title")
        self.title_label.setFont(scaled_font(self.title_label, 1.5))
        self.title_label.setWordWrap(True)
        column.addWidget(self.title_label)

        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.phase_label.setFont(scaled_font(self.phase_label, 1.15))
        self.phase_label.setWordWrap(True)
        self.phase_label.setAccessibleName(translate("ExerciseWindow", "What to do now"))
        column.addWidget(self.phase_label)

        cues = QGridLayout()
        cues.setHorizontalSpacing(8)
        cues.setVerticalSpacing(6)
        self.cue_labels: list[QLabel] = []
        for row, text in enumerate(self.shown.cues):
            bullet = QLabel("•")
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            bullet.setAccessibleName("")
            cue = QLabel(text)
            cue.setObjectName(f"cue-{row + 1}")
            cue.setWordWrap(True)
            cues.addWidget(bullet, row, 0, Qt.AlignmentFlag.AlignTop)
            cues.addWidget(cue, row, 1)
            self.cue_labels.append(cue)
        cues.setColumnStretch(1, 1)
        column.addLayout(cues)

        self.safety_label = QLabel(self.shown.safety)
        self.safety_label.setObjectName("safety")
        self.safety_label.setWordWrap(True)
        apply_muted(self.safety_label, self.palette())
        column.addWidget(self.safety_label)
        column.addSpacing(4)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        end_early = translate("ExerciseWindow", "End break early")
        self.end_button = QPushButton(end_early)
        self.end_button.setObjectName("end-early")
        self.end_button.setAccessibleName(end_early)
        self.end_button.setAccessibleDescription(
            translate(
                "ExerciseWindow",
                "Stops the exercise now; it is recorded as skipped. Escape does the same.",
            )
        )
        self.end_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.end_button.clicked.connect(self.close)
        buttons.addWidget(self.end_button)
        column.addLayout(buttons)

    def _phase_texts(self) -> list[tuple[str, str | None]]:
        """Every text the phase line can show, with its badge (whose padding takes room)."""
        if self.exercise.paced:
            total = math.ceil(self.seconds / sum(self._breath) - 1e-9)
            return [(self._breath_text(phase, total, total), None) for phase in ("in", "out")]
        if self.exercise.per_side:
            return [
                *((translate("ExerciseWindow", words), side) for side, words in SIDE_WORDS.items()),
                (translate("ExerciseWindow", SWITCH_WORDS), "switch"),
                (self._switch_in_text(SWITCH_WARNING), "left"),
            ]
        return [(self.shown.summary, None)]

    @staticmethod
    def _breath_text(phase: str, number: int, total: int) -> str:
        if phase == "in":
            text = translate("ExerciseWindow", "Breathe in · breath {number} of {total}")
        else:
            text = translate("ExerciseWindow", "Breathe out · breath {number} of {total}")
        return text.format(number=number, total=total)

    @staticmethod
    def _switch_in_text(seconds: int) -> str:
        return translate("ExerciseWindow", "Left side · switch in {seconds}").format(
            seconds=seconds
        )

    def _fit_size(self) -> None:
        """Grow with the font: the text column is TEXT_CHARS characters wide and the height is
        what the wrapped text needs at that width, for whichever phase text wraps into the most
        lines (not the longest: in German or Polish a shorter text of long words can take more)."""
        text_width = max(TEXT_MIN, self.fontMetrics().averageCharWidth() * TEXT_CHARS)
        self.text_column.setFixedWidth(text_width)
        layout = self._outer
        texts = self._phase_texts()
        width = height = 0
        for text, badge in texts:
            self._set_phase_text(text, badge)
            layout.activate()
            width = max(width, self.sizeHint().width(), layout.minimumSize().width())
            height = max(height, self.heightForWidth(width), layout.minimumSize().height())
        self.setFixedSize(width, height)
        # A fixed-size window's layout does not give a label more lines when its text grows, so
        # the phase line keeps room for its tallest text (and the window does not shift when
        # the words change).
        margins = self._text_layout.contentsMargins()
        label_width = text_width - margins.left() - margins.right()
        needed = 0
        for text, badge in texts:
            self._set_phase_text(text, badge)
            needed = max(needed, self.phase_label.heightForWidth(label_width))
        self.phase_label.setMinimumHeight(needed)
        # The column sits top-aligned, so it gets its size hint, whose labels guess their own
        # wrap width: give it the height its labels need at the column's real width instead
        # (German and Polish cues wrapped into a line more than the hint, cut at the bottom).
        column = self._text_layout
        column.invalidate()
        self.text_column.setFixedHeight(column.totalHeightForWidth(text_width))
        layout.invalidate()
        layout.activate()
        height = max(height, self.heightForWidth(width), layout.minimumSize().height())
        self.setFixedSize(width, height)

    # -- live state --------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute everything from the clock; a late or missed tick loses nothing."""
        elapsed = self._elapsed()
        remaining = max(0.0, self.seconds - elapsed)
        if self.pacer is not None:
            breath = breath_phase(elapsed, self.seconds, *self._breath)
            self.pacer.set_phase(breath)
            total = math.ceil(self.seconds / sum(self._breath) - 1e-9)
            number = min(breath.breaths + 1, total)
            self._set_phase_text(self._breath_text(breath.phase, number, total), None)
        elif self.exercise.per_side:
            self._refresh_stretch(elapsed)
        else:
            self._set_phase_text(self.shown.summary, None)
        self.countdown.setText(_mmss(remaining))
        self.progress.setValue(int(1000 * min(1.0, max(0.0, elapsed) / self.seconds)))
        if remaining <= 0:
            self._finish(completed=True)

    def _refresh_stretch(self, elapsed: float) -> None:
        stretch = stretch_phase(elapsed, self.seconds)
        if stretch.switching:
            self._set_phase_text(translate("ExerciseWindow", SWITCH_WORDS), "switch")
        elif stretch.side == "left" and stretch.side_remaining <= SWITCH_WARNING:
            left = math.ceil(stretch.side_remaining - 1e-9)
            self._set_phase_text(self._switch_in_text(max(1, left)), "left")
        else:
            words = translate("ExerciseWindow", SIDE_WORDS[stretch.side])
            self._set_phase_text(words, stretch.side)
        if self.illustration is not None:
            first = stretch.side == "left"
            self.illustration.show_file(self.exercise.illustrations[0 if first else -1])
            # Translators: The letter on the illustration's badge for the left side.
            left_badge = translate("ExerciseWindow", "L", "badge: left side")
            # Translators: The letter on the illustration's badge for the right side.
            right_badge = translate("ExerciseWindow", "R", "badge: right side")
            self.illustration.set_badge(left_badge if first else right_badge)
            if first:
                name = translate("ExerciseWindow", "Illustration: {exercise}, left side")
            else:
                name = translate("ExerciseWindow", "Illustration: {exercise}, right side")
            self.illustration.setAccessibleName(name.format(exercise=self.shown.title))
        if self._side == "left" and stretch.side == "right" and not stretch.done:
            self.cue.emit("switch")
        self._side = stretch.side

    def _set_phase_text(self, text: str, badge: str | None) -> None:
        self.phase_label.setText(text)
        self.phase_label.setAccessibleDescription(text)
        if badge != self._badge_kind:
            self._badge_kind = badge
            self._style_badge()

    def _style_badge(self) -> None:
        """The side being stretched in the illustrations' orange; the switch in the pacer's teal
        (high contrast: the theme's highlight colours for both)."""
        kind = self._badge_kind
        if kind is None:
            self.phase_label.setStyleSheet("")
            return
        palette = self.palette()
        if kind == "switch":
            background, text = accent(palette, PACER), accent_text(palette, QColor("white"))
        else:
            background, text = accent(palette, SIDE), accent_text(palette, SIDE_TEXT)
        pad = max(3, self.fontMetrics().height() // 4)
        self.phase_label.setStyleSheet(
            f"QLabel#phase {{ background: {background.name()}; color: {text.name()}; "
            f"border-radius: {pad + 2}px; padding: {pad}px {2 * pad}px; }}"
        )

    @property
    def reduced_motion(self) -> bool:
        return self.pacer.reduced_motion if self.pacer is not None else False

    def set_reduced_motion(self, reduced: bool) -> None:
        if self.pacer is None:
            return
        self.pacer.set_reduced_motion(reduced)
        self.tick.setInterval(STEP_TICK_MS if reduced else PACER_TICK_MS)

    def _motion_changed(self, preference: Qt.MotionPreference) -> None:
        self.set_reduced_motion(preference == Qt.MotionPreference.ReducedMotion)

    # -- events ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            restyle_muted(self)
            self._style_badge()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.tick.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.tick.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick.stop()
        if self._follow_system:
            self._accessibility.motionPreferenceChanged.disconnect(self._motion_changed)
            self._follow_system = False
        self._finish(completed=False)
        super().closeEvent(event)

    def _finish(self, completed: bool) -> None:
        if self._done:
            return
        self._done = True
        self.tick.stop()
        if completed:
            self.cue.emit("done")
        self.finished.emit()
        self.close()
