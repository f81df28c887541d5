"""Our SVG illustrations, tinted to the palette's text colour so they read in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from psoasbreak.assets import resource_path


def tinted_svg(name: str, color: QColor) -> QByteArray:
    text = resource_path(name).read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", color.name()).encode("utf-8"))


class Illustration(QSvgWidget):
    """Shows one illustration at a fixed size; ``show_file`` swaps it (left side → right side)."""

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("illustration")
        self.setFixedSize(QSize(size, size))
        self.current: str | None = None

    def show_file(self, name: str) -> None:
        if name == self.current:
            return
        self.current = name
        color = self.palette().color(QPalette.ColorRole.WindowText)
        self.load(tinted_svg(name, color))
