"""The breathing pacer: a soft circle that grows on the inhale and shrinks on the exhale.

Under the system's reduced-motion preference it is a plain countdown bar instead: nothing grows or
shrinks, the bar steps down once a second through each "in" and "out".
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoasbreak.core.exercises import BreathPhase
from psoasbreak.ui.style import PACER, accent, accent_text
from psoasbreak.ui.translation import translate

#: The circle never shrinks to nothing, so the exhale still has something to watch.
MIN_FRACTION = 0.35
#: A frame is drawn when the circle's edge has moved at least this far (logical pixels).
REPAINT_PX = 0.5
PREFERRED = 240
MINIMUM = 160


def phase_word(phase: BreathPhase | str) -> str:
    """The word drawn on the pacer: "in" or "out", in the user's language."""
    which = phase if isinstance(phase, str) else phase.phase
    # Translators: On the breathing pacer while breathing in; keep it short (it is drawn inside a circle).
    inhale = translate("Pacer", "in")
    # Translators: On the breathing pacer while breathing out; keep it short.
    exhale = translate("Pacer", "out")
    return inhale if which == "in" else exhale


def _longest_word() -> str:
    return max(phase_word("in"), phase_word("out"), key=len)


class Pacer(QWidget):
    def __init__(
        self,
        breath_in: float = 4.0,
        breath_out: float = 6.0,
        reduced_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pacer")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(MINIMUM, MINIMUM)
        self._lengths = {"in": breath_in, "out": breath_out}
        self._phase: BreathPhase | None = None
        self._reduced = reduced_motion
        self._fonts: dict[tuple[str, int, int, str], QFont] = {}
        self._painted_radius = -1.0
        self.setAccessibleName(translate("Pacer", "Breathing pacer"))
        self.setAccessibleDescription(
            translate("Pacer", "Breathe in while it grows, out while it shrinks")
        )

    def sizeHint(self) -> QSize:
        return QSize(PREFERRED, PREFERRED)

    @property
    def phase(self) -> BreathPhase | None:
        return self._phase

    def set_pace(self, breath_in: float, breath_out: float) -> None:
        self._lengths = {"in": breath_in, "out": breath_out}
        self.update()

    @property
    def painted_radius(self) -> float:
        """The radius of the circle last drawn (-1 before the first frame)."""
        return self._painted_radius

    @property
    def reduced_motion(self) -> bool:
        return self._reduced

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced = reduced
        self.update()

    def set_phase(self, phase: BreathPhase) -> None:
        before = self._phase
        self._phase = phase
        if before is None or before.phase != phase.phase:
            self.update()
        elif self._reduced:
            # Only whole-second steps are drawn: repaint only when one changes.
            if self.shown_state(before) != self.shown_state(phase):
                self.update()
        elif abs(self.radius() - self._painted_radius) >= REPAINT_PX:
            # Near the turns the circle barely moves; frames that would not move it are skipped.
            self.update()

    def seconds_left(self, phase: BreathPhase) -> int:
        """Whole seconds left in the current "in" or "out", as the countdown shows them."""
        length = self._lengths[phase.phase]
        return max(1, math.ceil(length * (1.0 - phase.progress) - 1e-9))

    def shown_state(self, phase: BreathPhase) -> tuple[str, int]:
        return (phase.phase, self.seconds_left(phase))

    def bar_fraction(self) -> float:
        """Reduced motion: how full the countdown bar is, stepping down once a second."""
        if self._phase is None:
            return 1.0
        return self.seconds_left(self._phase) / math.ceil(self._lengths[self._phase.phase])

    def radius(self) -> float:
        """The circle's radius; constant under reduced motion."""
        scale = self._phase.scale if self._phase and not self._reduced else 0.5
        return self._full() * (MIN_FRACTION + (1 - MIN_FRACTION) * scale)

    def _full(self) -> float:
        return min(self.width(), self.height()) / 2 - 4

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = accent(palette, PACER)
        text = accent_text(palette, QColor("white"))
        if self._reduced:
            self._paint_bar(painter, palette, fill)
        else:
            self._paint_circle(painter, fill, text)
        painter.end()

    def _paint_circle(self, painter: QPainter, fill: QColor, text: QColor) -> None:
        centre = QPointF(self.width() / 2, self.height() / 2)
        full = self._full()
        ring = QColor(fill)
        ring.setAlphaF(0.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ring)
        painter.drawEllipse(centre, full, full)
        painter.setBrush(fill)
        r = self._painted_radius = self.radius()
        painter.drawEllipse(centre, r, r)
        if self._phase is None:
            return
        # Sized to fit the smallest circle, so the word never spills out at the end of an exhale.
        smallest = full * MIN_FRACTION
        painter.setFont(self._fitted_font(_longest_word(), 1.5 * smallest, 0.9 * smallest, 2.6))
        painter.setPen(text)
        painter.drawText(
            QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            phase_word(self._phase),
        )

    def _paint_bar(self, painter: QPainter, palette: QPalette, fill: QColor) -> None:
        if self._phase is None:
            return
        word = f"{phase_word(self._phase)}  {self.seconds_left(self._phase)}"
        sample = f"{_longest_word()}  10"
        font = self._fitted_font(sample, self.width() * 0.7, self.height() * 0.25, 2.0)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text_height = QFontMetricsF(font).height()
        bar_height = max(12.0, text_height * 0.6)
        top = (self.height() - text_height - bar_height - 12) / 2
        painter.drawText(
            QRectF(0, top, self.width(), text_height), Qt.AlignmentFlag.AlignCenter, word
        )
        track = QRectF(8, top + text_height + 12, self.width() - 16, bar_height)
        trough = QColor(fill)
        trough.setAlphaF(0.2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(trough)
        painter.drawRoundedRect(track, bar_height / 2, bar_height / 2)
        done = QRectF(track)
        done.setWidth(max(bar_height, track.width() * self.bar_fraction()))
        painter.setBrush(fill)
        painter.drawRoundedRect(done, bar_height / 2, bar_height / 2)

    def _fitted_font(self, sample: str, width: float, height: float, largest: float) -> QFont:
        """A bold font, at most ``largest`` × the widget's, shrunk until ``sample`` fits the box."""
        # Cached: the search runs once per size, not in every frame of the animation.
        key = (sample, round(width), round(height), self.font().key())
        cached = self._fonts.get(key)
        if cached is not None:
            return cached
        font = QFont(self.font())
        font.setBold(True)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 12.0
        size *= largest
        while size > 6:
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(sample) <= width and metrics.height() <= height:
                break
            size *= 0.9
        self._fonts[key] = font
        return font
