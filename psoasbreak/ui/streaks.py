"""The current and best streak, big, each with its caption: the history and home windows show
them alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel

from psoasbreak.core.history import Streak
from psoasbreak.ui.style import make_muted
from psoasbreak.ui.translation import plural, translate


def days_text(count: int) -> str:
    return plural(translate("History", "%n day(s)", None, count), count)


class StreakLabels:
    """A grid of two numbers (``current-streak``, ``best-streak``) over their captions."""

    def __init__(self) -> None:
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(0)
        self.current = self._number("current-streak", 2.2)
        self.best = self._number("best-streak", 1.6)
        for column, (label, caption) in enumerate(
            (
                (self.current, translate("History", "current streak")),
                (self.best, translate("History", "best streak")),
            )
        ):
            label.setAccessibleDescription(caption)
            self.grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignBottom)
            words = QLabel(caption)
            make_muted(words)
            self.grid.addWidget(words, 1, column)
        self.grid.setColumnStretch(2, 1)

    @staticmethod
    def _number(name: str, scale: float) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        label.setFont(font)
        return label

    def show(self, streak: Streak) -> None:
        self.current.setText(days_text(streak.current))
        self.best.setText(days_text(streak.best))
