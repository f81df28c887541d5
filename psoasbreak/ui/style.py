"""Small visual helpers shared by our windows, derived from the palette so light, dark and
high-contrast themes all work without a stylesheet, plus the system's accessibility preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

#: How far secondary text moves from the text colour towards the background: readable (well above
#: WCAG's 4.5:1 on the default light and dark palettes) but clearly quieter than the main text.
MUTED_MIX = 0.3
#: The breathing pacer's colour: a calm teal that keeps white bold text on it above 4.5:1.
PACER = QColor("#17786a")
#: The side being stretched, the same orange the illustrations use for the working leg; dark text
#: on it reads at about 7:1.
SIDE = QColor("#e07a2e")
SIDE_TEXT = QColor("#1a1a1a")
#: Dynamic property marking labels made quieter by ``apply_muted``, so ``restyle_muted`` finds
#: them again when the palette changes.
MUTED_PROPERTY = "psoasbreak-muted"


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def prefers_high_contrast() -> bool:
    # PySide6 invalidates the QAccessibilityHints wrapper as soon as the QStyleHints wrapper it came
    # from is collected, so both stay in locals while they are used.
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast


def prefers_reduced_motion() -> bool:
    """Qt 6.12 reports the desktop's reduced-motion setting (the XDG portal's ``reduced-motion``,
    GNOME's ``enable-animations``) through QStyleHints; elsewhere it says NoPreference."""
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return accessibility.motionPreference() == Qt.MotionPreference.ReducedMotion


def apply_muted(label: QLabel, base: QPalette) -> None:
    """Secondary text (a hint, a safety note): quieter than the main text, never disabled-grey.
    Under a high-contrast preference it keeps the full text colour."""
    label.setProperty(MUTED_PROPERTY, True)
    palette = QPalette(base)
    if not prefers_high_contrast():
        text = base.color(QPalette.ColorRole.WindowText)
        background = base.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.WindowText, mix(text, background, MUTED_MIX))
    label.setPalette(palette)


def make_muted(label: QLabel) -> None:
    apply_muted(label, label.palette())


def restyle_muted(window: QWidget) -> None:
    """Re-derive muted labels from the window's current palette (called on a theme change)."""
    base = window.palette()
    for label in window.findChildren(QLabel):
        if label.property(MUTED_PROPERTY):
            apply_muted(label, base)


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """The widget's font scaled by ``factor``: relative sizes keep following the user's font."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def accent(palette: QPalette, color: QColor) -> QColor:
    """Our accent colour, or the palette's highlight under a high-contrast preference (the theme
    has chosen it to stand out against its own background)."""
    if prefers_high_contrast():
        return palette.color(QPalette.ColorRole.Highlight)
    return QColor(color)


def accent_text(palette: QPalette, color: QColor) -> QColor:
    if prefers_high_contrast():
        return palette.color(QPalette.ColorRole.HighlightedText)
    return QColor(color)
