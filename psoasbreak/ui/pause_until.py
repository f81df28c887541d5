"""Meeting mode from the tray: "Pause until…" asks for a time of day.

A menu cannot hold a time editor on every tray (a StatusNotifierItem's menu travels over D-Bus as
plain entries), so the entry opens this small window. It only says which time was chosen; the
session decides that a time already past today means tomorrow (core/policy.py ``next_local``),
as ``psoasbreak pause --until HH:MM`` does.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.ui.translation import translate


class PauseUntilDialog(QDialog):
    #: The chosen time of day (a ``datetime.time``), when the user pressed Pause.
    chosen = Signal(object)

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pause-until")
        self.setWindowTitle(translate("PauseUntil", "Pause until…"))
        self.setWindowIcon(icon)
        layout = QVBoxLayout(self)
        label = QLabel(translate("PauseUntil", "No break prompts until this time:"))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.time_edit = QTimeEdit()
        self.time_edit.setObjectName("pause-until-time")
        # The user's own 12- or 24-hour clock, hours and minutes only.
        self.time_edit.setDisplayFormat(_short_time_format())
        self.time_edit.setAccessibleName(translate("PauseUntil", "Pause until"))
        label.setBuddy(self.time_edit)
        layout.addWidget(self.time_edit)
        note = QLabel(translate("PauseUntil", "A time that has passed today means tomorrow."))
        note.setWordWrap(True)
        note.setObjectName("pause-until-note")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pause_button = buttons.addButton(
            translate("PauseUntil", "Pause"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.pause_button.setObjectName("pause-until-ok")
        self.pause_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough that the note wraps once at most, in any of our languages and text sizes.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

    def ask(self, suggested: time) -> None:
        """Show the window with ``suggested`` filled in (the next full hour: a meeting's end)."""
        self.time_edit.setTime(QTime(suggested.hour, suggested.minute))
        self.show()
        self.raise_()
        self.activateWindow()
        self.time_edit.setFocus()

    def accept(self) -> None:
        chosen = self.time_edit.time()
        super().accept()
        self.chosen.emit(time(chosen.hour(), chosen.minute()))


def _short_time_format() -> str:
    from PySide6.QtCore import QLocale

    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)
