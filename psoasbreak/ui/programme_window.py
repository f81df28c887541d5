"""The programme session window: one exercise at a time, with its sets and reps (or holds), the
side, the rests between sets, the posture cue and the illustration; a summary at the end.

It only shows ``core.programme_run.ProgrammeRun`` and forwards the user's keys and clicks to it:
**Space** presses the main button (start a hold, count a rep, end a rest), the window counts
holds, breaths and rests by itself on the run's clock, **This hurt** ends an exercise and shows
the article's advice, **End exercise** moves on without it. Closing the window ends the session
(what was done so far is recorded). ``ended`` carries the result once; the presenter records it
and answers with ``show_summary`` (the offers to step up) when the session ran to its end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.programme import PlannedExercise, ProgrammeExercise, Step
from psoasbreak.core.programme_run import Phase, ProgrammeRun, SessionResult, Side
from psoasbreak.scheduling.timer import Timer
from psoasbreak.ui.illustration import Illustration
from psoasbreak.ui.style import apply_muted, restyle_muted, scaled_font
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, exercise_text, plural, translate

#: The text column is this many average characters wide.
TEXT_CHARS = 52
PICTURE = 160

EQUIPMENT_NAMES = {
    "band": QT_TRANSLATE_NOOP("Programme", "a resistance band"),
    "dumbbells": QT_TRANSLATE_NOOP("Programme", "dumbbells"),
    "pull-up-bar": QT_TRANSLATE_NOOP("Programme", "a pull-up bar"),
    "foam-roller": QT_TRANSLATE_NOOP("Programme", "a foam roller"),
}
STEP_NAMES = {
    Step.COMPLETED: QT_TRANSLATE_NOOP("Programme", "done"),
    Step.PARTIAL: QT_TRANSLATE_NOOP("Programme", "ended early"),
    Step.HURT: QT_TRANSLATE_NOOP("Programme", "stopped: it hurt"),
}


def equipment_text(names: Sequence[str]) -> str:
    return ", ".join(translate("Programme", EQUIPMENT_NAMES[name]) for name in sorted(names))


def dose_text(planned: PlannedExercise) -> str:
    """ "3 sets of 10 reps a side", "2 sets of 30 s", "8 slow breaths a side"."""
    level, per_side = planned.level, planned.exercise.per_side
    if level.breaths:
        template = (
            translate("Programme", "%n set(s) of {reps} slow breaths a side", None, level.sets)
            if per_side
            else translate("Programme", "%n set(s) of {reps} slow breaths", None, level.sets)
        )
    elif level.timed:
        template = (
            translate("Programme", "%n set(s) of {seconds} s a side", None, level.sets)
            if per_side
            else translate("Programme", "%n set(s) of {seconds} s", None, level.sets)
        )
    else:
        template = (
            translate("Programme", "%n set(s) of {reps} reps a side", None, level.sets)
            if per_side
            else translate("Programme", "%n set(s) of {reps} reps", None, level.sets)
        )
    return plural(template, level.sets).format(reps=level.reps, seconds=level.seconds)


def _mmss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class ProgrammeWindow(QWidget):
    #: The session ended (its SessionResult), once: run to its end, or the window closed.
    ended = Signal(object)
    #: The user accepted a step up: exercise id, level.
    step_up = Signal(str, int)
    #: A hold or a rest ran out ("switch"), or the session is done ("done"): a sound may mark it.
    cue = Signal(str)

    def __init__(
        self,
        run: ProgrammeRun,
        title: str,
        hurt_advice: str,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(None)
        self.run = run
        self._advice = exercise_text(hurt_advice)
        self._ended = False
        self._last_phase: tuple[Phase, int, int, Side | None] | None = None
        self.setObjectName("programme")
        shown_title = exercise_text(title)
        self.setWindowTitle(shown_title)
        self.setAccessibleName(shown_title)
        self.setWindowFlags(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if icon is not None:
            self.setWindowIcon(icon)
        self.tick = Timer(self, "programme-tick", single_shot=True)
        self.tick.timeout.connect(self.refresh)
        self._build(shown_title)
        self.refresh()

    # -- building ----------------------------------------------------------------------

    def _build(self, title: str) -> None:
        outer = self._outer = QVBoxLayout(self)
        pad = self.fontMetrics().height()
        outer.setContentsMargins(pad, pad, pad, pad)
        outer.setSpacing(pad // 2)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.heading = self._label("programme-heading", title)
        self.heading.setFont(scaled_font(self.heading, 1.35))
        outer.addWidget(self.heading)
        self.progress_label = self._label("programme-progress", muted=True)
        outer.addWidget(self.progress_label)

        row = QHBoxLayout()
        row.setSpacing(pad)
        self.picture = Illustration(PICTURE, PICTURE * 3 // 4)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(pad // 3)
        self._column = column
        self.text_column = QWidget()
        self.text_column.setLayout(column)
        self._text_width = self.fontMetrics().averageCharWidth() * TEXT_CHARS
        self.text_column.setFixedWidth(self._text_width)
        row.addWidget(self.text_column, 1)
        outer.addLayout(row)

        self.title_label = self._label("programme-exercise")
        self.title_label.setFont(scaled_font(self.title_label, 1.15))
        self.level_label = self._label("programme-level")
        self.dose_label = self._label("programme-dose")
        self.equipment_label = self._label("programme-equipment", muted=True)
        self.cue_label = self._label("programme-cue", muted=True)
        self.phase_label = self._label("programme-phase")
        self.counter = self._label("programme-counter")
        self.counter.setFont(scaled_font(self.counter, 2.0))
        self.counter.setAccessibleName(translate("Programme", "Count"))
        for label in (
            self.title_label,
            self.level_label,
            self.dose_label,
            self.equipment_label,
            self.cue_label,
            self.phase_label,
            self.counter,
        ):
            column.addWidget(label)
        column.addStretch(1)

        self.advice_label = self._label("programme-advice")
        self.advice_label.hide()
        outer.addWidget(self.advice_label)
        self.summary_label = self._label("programme-summary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.hide()
        outer.addWidget(self.summary_label)
        self.offers = QVBoxLayout()
        outer.addLayout(self.offers)
        self.offer_buttons: list[QPushButton] = []

        buttons = QHBoxLayout()
        self.main_button = self._button("programme-main", self._main_clicked)
        self.main_button.setDefault(True)
        self.hurt_button = self._button("programme-hurt", self._hurt_clicked)
        self.hurt_button.setText(translate("Programme", "This hurt"))
        self.hurt_button.setAccessibleDescription(
            translate("Programme", "Stops this exercise and steps it back one level.")
        )
        self.end_button = self._button("programme-end", self._end_clicked)
        self.end_button.setText(translate("Programme", "End exercise"))
        self.close_button = self._button("programme-close", self.close)
        self.close_button.setText(translate("Programme", "Close"))
        self.close_button.hide()
        for button in (self.main_button, self.hurt_button, self.end_button, self.close_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

    def _label(self, name: str, text: str = "", *, muted: bool = False) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        if muted:
            apply_muted(label, self.palette())
        return label

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show where the run is, and arm the tick for its next change."""
        where = self.run.position()
        phase_key = (where.phase, where.index, where.set_number, where.side)
        # The texts that wrap change only with the phase; the tick of a hold changes the count.
        new_texts = phase_key != self._last_phase
        if self._last_phase is not None and phase_key != self._last_phase:
            if where.phase is Phase.DONE:
                self.cue.emit("done")
            elif self._last_phase[0] in (Phase.WORK, Phase.REST) and self.run.current:
                timed = self.run.current.level.timed or self.run.current.level.breaths
                if self._last_phase[0] is Phase.REST or timed:
                    self.cue.emit("switch")
        self._last_phase = phase_key
        if where.phase is Phase.DONE:
            self._finish()
            return
        current = self.run.current
        if current is None:
            return
        if new_texts:
            self._show_exercise(current, where.index)
        level = current.level
        sets = level.sets
        side = (
            {
                Side.LEFT: translate("Programme", "left side"),
                Side.RIGHT: translate("Programme", "right side"),
            }.get(where.side)
            if where.side
            else None
        )
        if where.phase is Phase.REST:
            self.phase_label.setText(
                translate("Programme", "Rest, then set {set} of {sets}").format(
                    set=where.set_number + 1, sets=sets
                )
            )
            self.counter.setText(_mmss(where.seconds_left or 0))
            self.main_button.setText(translate("Programme", "Skip rest"))
            self.main_button.setEnabled(True)
        else:
            template = (
                translate("Programme", "Set {set} of {sets} · {side}")
                if side
                else translate("Programme", "Set {set} of {sets}")
            )
            self.phase_label.setText(template.format(set=where.set_number, sets=sets, side=side))
            self._show_work(where.phase, where.count, where.seconds_left)
        self.main_button.setAccessibleName(self.main_button.text())
        if self.main_button.isEnabled() and self.isActiveWindow():
            # Space belongs to the main button again after a click elsewhere (This hurt, End
            # exercise), so a second Space never ends the next exercise too.
            self.main_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if new_texts:
            self._fit()
        wait = self.run.seconds_to_next_change()
        if wait is not None:
            self.tick.start(wait * 1000 + 1)
        else:
            self.tick.stop()

    def _show_exercise(self, current: PlannedExercise, index: int) -> None:
        exercise, level = current.exercise, current.level
        self.progress_label.setText(
            translate("Programme", "Exercise {number} of {total}").format(
                number=index + 1, total=len(self.run.plan)
            )
        )
        self.picture.show_file(exercise.illustration)
        self.title_label.setText(exercise_text(exercise.title))
        self.level_label.setText(
            translate("Programme", "Level {number}: {name}. {how}").format(
                number=current.level_number,
                name=exercise_text(level.name),
                how=exercise_text(level.how),
            )
        )
        self.dose_label.setText(dose_text(current))
        needs = exercise.equipment | level.equipment
        self.equipment_label.setText(
            translate("Programme", "You need: {things}").format(
                things=equipment_text(sorted(needs))
            )
            if needs
            else ""
        )
        self.equipment_label.setVisible(bool(needs))
        self.cue_label.setText(exercise_text(exercise.cue))

    def _show_work(self, phase: Phase, count: int, seconds_left: float | None) -> None:
        current = self.run.current
        if current is None:
            return
        level = current.level
        if phase is Phase.READY:
            self.counter.setText(
                plural(translate("Programme", "%n breath(s)", None, level.reps), level.reps)
                if level.breaths
                else _mmss(level.seconds)
            )
            self.main_button.setText(translate("Programme", "Start"))
            self.main_button.setEnabled(True)
        elif level.breaths:
            self.counter.setText(f"{count} / {level.reps}")
            self.main_button.setText(translate("Programme", "Breathe slowly…"))
            self.main_button.setEnabled(False)
        elif level.timed:
            self.counter.setText(_mmss(seconds_left or 0))
            self.main_button.setText(translate("Programme", "Hold…"))
            self.main_button.setEnabled(False)
        else:
            self.counter.setText(f"{count} / {level.reps}")
            self.main_button.setText(translate("Programme", "Count a rep"))
            self.main_button.setEnabled(True)

    # -- the user's actions --------------------------------------------------------------

    def _main_clicked(self) -> None:
        self.run.advance()
        self.refresh()

    def _hurt_clicked(self) -> None:
        about = self.run.hurt()
        if about is not None:
            self.advice_label.setText(
                translate("Programme", "{exercise}: {advice}").format(
                    exercise=exercise_text(about.exercise.title), advice=self._advice
                )
            )
            self.advice_label.show()
        self.refresh()
        self._fit()

    def _end_clicked(self) -> None:
        self.run.end_exercise()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            button = self.close_button if self.close_button.isVisible() else self.main_button
            if button.isEnabled():
                button.click()
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            restyle_muted(self)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick.stop()
        self._end(self.run.stop())
        super().closeEvent(event)

    # -- the end -------------------------------------------------------------------------

    def _finish(self) -> None:
        self.tick.stop()
        for widget in (
            self.main_button,
            self.hurt_button,
            self.end_button,
            self.counter,
            self.phase_label,
            self.cue_label,
            self.equipment_label,
            self.dose_label,
            self.level_label,
            self.picture,
        ):
            widget.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.title_label.setText(translate("Programme", "Session done"))
        self.progress_label.hide()
        self._end(self.run.result())

    def _end(self, result: SessionResult) -> None:
        if self._ended:
            return
        self._ended = True
        self.ended.emit(result)

    def show_summary(
        self, result: SessionResult, offers: Sequence[tuple[ProgrammeExercise, int]]
    ) -> None:
        """The summary: each exercise's outcome, and a button per step up on offer."""
        lines = []
        for done in result.exercises:
            exercise = done.planned.exercise
            lines.append(
                translate("Programme", "{exercise}, level {level}: {outcome}, {sets}").format(
                    exercise=exercise_text(exercise.title),
                    level=done.planned.level_number,
                    outcome=translate("Programme", STEP_NAMES[done.step]),
                    sets=plural(
                        translate("Programme", "%n set(s)", None, done.sets_done), done.sets_done
                    ),
                )
            )
        self.summary_label.setText("\n".join(lines))
        self.summary_label.show()
        for exercise, level in offers:
            button = QPushButton(
                translate("Programme", "Step up: {exercise} to level {level} ({name})").format(
                    exercise=exercise_text(exercise.title),
                    level=level,
                    name=exercise_text(exercise.levels[level - 1].name),
                )
            )
            button.setObjectName(f"step-up-{exercise.id}")
            button.clicked.connect(
                lambda _checked=False, e=exercise.id, n=level, b=button: self._step_up(e, n, b)
            )
            self.offers.addWidget(button)
            self.offer_buttons.append(button)
        self._fit(shrink=True)

    def _fit(self, shrink: bool = False) -> None:
        """Grow to what the wrapped texts need at the window's width (a longer cue, the advice);
        never shrink during the session, so the buttons do not jump under the pointer. The
        summary (``shrink``) takes just the room it needs: the exercise's picture is gone."""
        if shrink:
            self.setMinimumSize(0, 0)
            self.text_column.setMinimumHeight(0)
        # The column's own size hint guesses its labels' wrap width; it gets the height they
        # need at its real width instead (long German or Polish words wrap into more lines).
        self._column.invalidate()
        self.text_column.setMinimumHeight(self._column.totalHeightForWidth(self._text_width))
        layout = self._outer
        layout.invalidate()
        layout.activate()
        width = max(self.width(), layout.minimumSize().width(), self.sizeHint().width())
        height = max(self.heightForWidth(width), layout.minimumSize().height())
        if shrink:
            self.setMinimumSize(width, height)
            self.resize(width, height)
        elif width > self.width() or height > self.height():
            self.setMinimumSize(width, height)
            self.resize(max(width, self.width()), max(height, self.height()))
        # Lay the labels out for their new texts now, not at the next event-loop turn.
        self._column.activate()

    def _step_up(self, exercise: str, level: int, button: QPushButton) -> None:
        button.setEnabled(False)
        button.setText(
            translate("Programme", "Stepped up: level {level} next time").format(level=level)
        )
        self.step_up.emit(exercise, level)
