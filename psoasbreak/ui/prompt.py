"""The break prompt: small, on top, on the pointer's screen, and never taking the keyboard focus,
so a person mid-sentence keeps typing into their own app (DESIGN §1, §5)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.exercises import Exercise
from psoasbreak.ui.style import make_muted

TITLE = "Time to stand up"
#: Distance from the screen's corner, clear of panels that do not reserve space.
MARGIN = 24


class PromptWindow(QWidget):
    start_clicked = Signal()
    snooze_clicked = Signal()
    skip_clicked = Signal()

    def __init__(
        self, exercise: Exercise, why: str, snooze_minutes: int, icon: QIcon | None = None
    ) -> None:
        super().__init__(None)
        self.setObjectName("prompt")
        self.setWindowTitle(f"{TITLE} — {exercise.title}")
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.FramelessWindowHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(TITLE)
        if icon is not None:
            self.setWindowIcon(icon)

        frame = QFrame(self)
        frame.setObjectName("prompt-card")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)

        heading = QLabel(TITLE)
        heading.setObjectName("prompt-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)

        self.exercise_label = QLabel(f"<b>{exercise.title}</b> — {exercise.summary}")
        self.exercise_label.setObjectName("prompt-exercise")
        self.exercise_label.setWordWrap(True)
        layout.addWidget(self.exercise_label)

        self.why_label = QLabel(why)
        self.why_label.setObjectName("prompt-why")
        self.why_label.setWordWrap(True)
        make_muted(self.why_label)
        layout.addWidget(self.why_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.start_button = self._button("start", "Start", self.start_clicked, buttons)
        self.start_button.setDefault(True)
        self.snooze_button = self._button(
            "snooze", f"Snooze {snooze_minutes} min", self.snooze_clicked, buttons
        )
        self.skip_button = self._button("skip", "Skip", self.skip_clicked, buttons)
        layout.addLayout(buttons)
        self.setFixedWidth(380)
        self.setFixedHeight(self.sizeHint().height())

    def _button(self, name: str, text: str, signal: Signal, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(signal)
        row.addWidget(button)
        return button

    def show_near_pointer(self) -> None:
        """Top-right corner of the screen that holds the pointer: where the eye goes after the tray,
        and away from the middle of whatever the user is reading."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None and QGuiApplication.platformName() != "wayland":
            area = screen.availableGeometry()
            self.move(QPoint(area.right() - self.width() - MARGIN, area.top() + MARGIN))
        self.show()
