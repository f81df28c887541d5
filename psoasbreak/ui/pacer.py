"""The breathing pacer: a soft circle that grows on the inhale and shrinks on the exhale."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoasbreak.core.exercises import BreathPhase

#: The circle never shrinks to nothing, so the exhale still has something to watch.
MIN_FRACTION = 0.35


class Pacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacer")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._phase: BreathPhase | None = None
        self.setAccessibleName("Breathing pacer")

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    @property
    def phase(self) -> BreathPhase | None:
        return self._phase

    def set_phase(self, phase: BreathPhase) -> None:
        self._phase = phase
        self.setAccessibleDescription("Breathe in" if phase.phase == "in" else "Breathe out")
        self.update()

    def radius(self) -> float:
        scale = self._phase.scale if self._phase else 0.0
        full = min(self.width(), self.height()) / 2 - 4
        return full * (MIN_FRACTION + (1 - MIN_FRACTION) * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = min(self.width(), self.height()) / 2 - 4
        accent = QColor("#1f8a7a")
        ring = QColor(accent)
        ring.setAlphaF(0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ring)
        painter.drawEllipse(centre, full, full)
        fill = QColor(accent)
        fill.setAlphaF(0.85)
        painter.setBrush(fill)
        r = self.radius()
        painter.drawEllipse(centre, r, r)
        if self._phase is not None:
            painter.setPen(QColor("white"))
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            painter.setFont(font)
            label = "in" if self._phase.phase == "in" else "out"
            painter.drawText(
                QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        painter.end()
