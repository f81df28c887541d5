"""The retry timer of ``storage.safe_recorder``: a Qt timer that exists only while it is armed.

An app that is fine must not wake up to check that it is fine (DESIGN §5: about one wake-up in
30 s when idle), so there is no standing timer: ``start`` creates a single-shot QTimer and
``stop`` (or its firing) deletes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from psoasbreak.scheduling.timer import Timer


class RetryTimer(QObject):
    """Emits ``due`` once, ``delay_seconds`` after the last ``start``; implements the storage
    ``RetryTimer`` protocol."""

    due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer: Timer | None = None

    @property
    def armed(self) -> bool:
        return self._timer is not None

    @property
    def timer(self) -> Timer | None:
        """The live timer, for tests that fire it by hand; None while nothing waits."""
        return self._timer

    def start(self, delay_seconds: float) -> None:
        if self._timer is None:
            self._timer = Timer(self, "history-retry", single_shot=True)
            self._timer.timeout.connect(self._fire)
        self._timer.start(delay_seconds * 1000)

    def stop(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def _fire(self) -> None:
        self.stop()
        self.due.emit()
