"""Small visual helpers shared by our windows, derived from the palette so light, dark and
high-contrast themes all work without a stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

#: How far secondary text moves from the text colour towards the background: readable (well above
#: WCAG's 4.5:1 on the default light and dark palettes) but clearly quieter than the main text.
MUTED_MIX = 0.3


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def make_muted(label: QLabel) -> None:
    """Secondary text (a hint, a safety note): quieter than the main text, never disabled-grey."""
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    palette.setColor(QPalette.ColorRole.WindowText, mix(text, background, MUTED_MIX))
    label.setPalette(palette)
