"""Our SVG illustrations, tinted to the palette's text colour so they read in light and dark themes,
drawn as vectors at whatever size and device-pixel ratio the window has (crisp at 200%)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from psoasbreak.assets import resource_path
from psoasbreak.ui.style import SIDE, SIDE_TEXT, accent, accent_text


def tinted_svg(name: str, color: QColor) -> QByteArray:
    text = resource_path(name).read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", color.name()).encode("utf-8"))


class Illustration(QWidget):
    """One illustration, square, as large as the layout allows between ``minimum`` and
    ``preferred``; ``show_file`` swaps it (left side → right side)."""

    def __init__(self, preferred: int, minimum: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("illustration")
        self._preferred = preferred
        smallest = minimum if minimum is not None else preferred
        self.setMinimumSize(QSize(smallest, smallest))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        # Imported with the first illustration, not when the app starts: the prompt window's
        # module is loaded at start, the window only when a break is due (issue 21: 0.5 MB).
        from PySide6.QtSvg import QSvgRenderer

        self._renderer = QSvgRenderer(self)
        self.current: str | None = None
        #: The colour the figure's lines were drawn in (the palette's text colour when loaded).
        self.color: QColor | None = None
        #: A letter in a round badge in the top-left corner ("L", "R"), or None.
        self.badge: str | None = None

    def sizeHint(self) -> QSize:
        return QSize(self._preferred, self._preferred)

    def show_file(self, name: str) -> None:
        if name == self.current:
            return
        self.current = name
        self._load()

    def set_badge(self, letter: str | None) -> None:
        if letter != self.badge:
            self.badge = letter
            self.update()

    def _load(self) -> None:
        if self.current is None:
            return
        self.color = self.palette().color(QPalette.ColorRole.WindowText)
        self._renderer.load(tinted_svg(self.current, self.color))
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._load()  # a theme switch while the window is open re-tints the figure
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderer.isValid():
            return
        side = min(self.width(), self.height())
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, box)
        if self.badge:
            self._paint_badge(painter, box)
        painter.end()

    def _paint_badge(self, painter: QPainter, box: QRectF) -> None:
        palette = self.palette()
        diameter = max(box.width() * 0.2, self.fontMetrics().height() * 1.8)
        circle = QRectF(box.left() + 2, box.top() + 2, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent(palette, SIDE))
        painter.drawEllipse(circle)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(diameter * 0.55)))
        painter.setFont(font)
        painter.setPen(accent_text(palette, SIDE_TEXT))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.badge or "")
