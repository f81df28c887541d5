"""The guided exercise: a countdown computed from the clock, the side to stretch or a breathing
pacer, and the cues. The repaint timer only exists while the window is visible (idle means idle)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.exercises import Exercise, breath_phase, stretch_phase
from psoasbreak.ui.illustration import Illustration
from psoasbreak.ui.pacer import Pacer
from psoasbreak.ui.style import make_muted

#: Fast enough for a smooth pacer; the stretch only needs its seconds label redrawn.
PACER_TICK_MS = 33
STRETCH_TICK_MS = 200
WIDTH, HEIGHT = 460, 600


def _mmss(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class ExerciseWindow(QWidget):
    """Emits ``finished`` once, when the countdown runs out or the user ends the break early;
    the session decides which of the two it was from the same clock."""

    finished = Signal()

    def __init__(
        self,
        exercise: Exercise,
        seconds: int,
        elapsed: Callable[[], float],
        breath_in: float = 4.0,
        breath_out: float = 6.0,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(None)
        self.exercise = exercise
        self.seconds = seconds
        self._elapsed = elapsed
        self._breath = (breath_in, breath_out)
        self._done = False
        self.setObjectName("exercise")
        self.setWindowTitle(f"Break — {exercise.title}")
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if icon is not None:
            self.setWindowIcon(icon)
        # A fixed size makes tiling Wayland compositors float the window instead of filling
        # the screen with it (DESIGN §5).
        self.setFixedSize(WIDTH, HEIGHT)
        self._build()
        self.tick = QTimer(self)
        self.tick.setObjectName("exercise-tick")
        self.tick.setInterval(PACER_TICK_MS if exercise.paced else STRETCH_TICK_MS)
        self.tick.timeout.connect(self.refresh)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        title = QLabel(self.exercise.title)
        title.setObjectName("exercise-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)

        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        phase_font = self.phase_label.font()
        phase_font.setPointSizeF(phase_font.pointSizeF() * 1.25)
        phase_font.setBold(True)
        self.phase_label.setFont(phase_font)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.phase_label)

        self.pacer: Pacer | None = None
        self.illustration: Illustration | None = None
        if self.exercise.paced:
            self.pacer = Pacer()
            layout.addWidget(self.pacer, 1)
        elif self.exercise.illustrations:
            self.illustration = Illustration(220)
            self.illustration.show_file(self.exercise.illustrations[0])
            layout.addWidget(self.illustration, 1, Qt.AlignmentFlag.AlignCenter)
        else:
            layout.addStretch(1)

        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        count_font = QFont(self.countdown.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 2.4)
        count_font.setBold(True)
        self.countdown.setFont(count_font)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.countdown)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        layout.addWidget(self.progress)

        cues = QLabel("\n".join(f"•  {cue}" for cue in self.exercise.cues))
        cues.setObjectName("cues")
        cues.setWordWrap(True)
        layout.addWidget(cues)
        safety = QLabel(self.exercise.safety)
        safety.setObjectName("safety")
        safety.setWordWrap(True)
        make_muted(safety)
        layout.addWidget(safety)

        row = QHBoxLayout()
        row.addStretch(1)
        self.end_button = QPushButton("End break early")
        self.end_button.setObjectName("end-early")
        self.end_button.clicked.connect(self.close)
        row.addWidget(self.end_button)
        layout.addLayout(row)

    def refresh(self) -> None:
        """Recompute everything from the clock; a late or missed tick loses nothing."""
        elapsed = self._elapsed()
        remaining = max(0.0, self.seconds - elapsed)
        if self.pacer is not None:
            breath = breath_phase(elapsed, self.seconds, *self._breath)
            self.pacer.set_phase(breath)
            word = "Breathe in" if breath.phase == "in" else "Breathe out"
            self.phase_label.setText(f"{word}  ·  breath {breath.breaths + 1}")
        elif self.exercise.per_side:
            stretch = stretch_phase(elapsed, self.seconds)
            side = stretch.side
            text = f"{side.capitalize()} side"
            if stretch.switching:
                text = "Switch sides — now the right"
            self.phase_label.setText(text)
            if self.illustration is not None:
                self.illustration.show_file(
                    self.exercise.illustrations[0 if side == "left" else -1]
                )
        else:
            self.phase_label.setText("Keep going")
        self.countdown.setText(_mmss(remaining))
        self.progress.setValue(int(1000 * min(1.0, elapsed / self.seconds)))
        if remaining <= 0:
            self._finish()

    def showEvent(self, event: object) -> None:
        self.tick.start()
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: object) -> None:
        self.tick.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tick.stop()
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.tick.stop()
        self.finished.emit()
        self.close()
