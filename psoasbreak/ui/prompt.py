"""The break prompt: small, on top, on the pointer's screen, and never taking the keyboard focus,
so a person mid-sentence keeps typing into their own app (DESIGN §1, §5).

It only accepts the focus once the user clicks into it; from then on Space starts (the focused
Start button), Escape skips, Tab moves between the buttons. When the user is typing as a break
falls due, ``TypingPause`` holds the prompt back until a pause in the typing (at most 30 s).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, SignalInstance
from PySide6.QtGui import QCursor, QGuiApplication, QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.clock import Clock
from psoasbreak.core.exercises import Exercise
from psoasbreak.core.limits import ALL_CHOICES, PromptChoices
from psoasbreak.core.prompting import TypingWait
from psoasbreak.scheduling.timer import Timer
from psoasbreak.ui.illustration import Illustration
from psoasbreak.ui.prompt_text import TITLE, limits_note
from psoasbreak.ui.style import apply_muted, restyle_muted, scaled_font
from psoasbreak.ui.translation import (
    exercise_text,
    localized_exercise,
    plural,
    translate,
)

#: Distance from the screen's corner, clear of panels that do not reserve space.
MARGIN = 24
#: The text is this many average characters wide, and the card at least WIDTH_MIN px.
TEXT_CHARS = 46
WIDTH_MIN = 420
THUMBNAIL = 76


class PromptWindow(QWidget):
    start_clicked = Signal()
    snooze_clicked = Signal()
    skip_clicked = Signal()

    def __init__(
        self,
        exercise: Exercise,
        why: str,
        snooze_minutes: int,
        icon: QIcon | None = None,
        *,
        choices: PromptChoices = ALL_CHOICES,
        heading: str | None = None,
    ) -> None:
        """``choices`` says whether Snooze and Skip are offered: a button the limits took away
        is not shown, and a line says why. ``heading`` replaces "Time to stand up" (a programme
        session's prompt)."""
        super().__init__(None)
        self.exercise = exercise
        self.choices = choices
        shown = localized_exercise(exercise)
        why = exercise_text(why)
        title = heading if heading is not None else translate("Prompt", TITLE)
        self.setObjectName("prompt")
        self.setWindowTitle(
            translate("Prompt", "{title} — {exercise}").format(title=title, exercise=shown.title)
        )
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.FramelessWindowHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAccessibleName(title)
        self.setAccessibleDescription(
            translate("Prompt", "{exercise}: {summary}. {why}")
            .format(exercise=shown.title, summary=shown.summary, why=why)
            .strip()
        )
        if icon is not None:
            self.setWindowIcon(icon)
        self.accepts_focus = False

        frame = QFrame(self)
        frame.setObjectName("prompt-card")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        card = QHBoxLayout(frame)
        pad = self.fontMetrics().height()
        card.setContentsMargins(pad, pad, pad + 2, pad)
        card.setSpacing(pad)

        self.thumbnail: Illustration | None = None
        if exercise.illustrations:
            self.thumbnail = Illustration(THUMBNAIL, THUMBNAIL)
            self.thumbnail.setObjectName("prompt-illustration")
            self.thumbnail.show_file(exercise.illustrations[0])
            self.thumbnail.setAccessibleName(
                translate("Prompt", "Illustration: {exercise}").format(exercise=shown.title)
            )
            self.thumbnail.setAccessibleDescription(shown.summary)
            self.thumbnail.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            card.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)

        self.text_column = QWidget()
        self.text_column.setObjectName("prompt-text")
        card.addWidget(self.text_column, 1)
        layout = QVBoxLayout(self.text_column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)

        self.heading = QLabel(title)
        self.heading.setObjectName("prompt-heading")
        self.heading.setFont(scaled_font(self.heading, 1.35))
        layout.addWidget(self.heading)

        self.exercise_label = QLabel(
            translate("Prompt", "<b>{exercise}</b> — {summary}").format(
                exercise=shown.title, summary=shown.summary
            )
        )
        self.exercise_label.setObjectName("prompt-exercise")
        self.exercise_label.setWordWrap(True)
        layout.addWidget(self.exercise_label)

        self.why_label = QLabel(why)
        self.why_label.setObjectName("prompt-why")
        self.why_label.setWordWrap(True)
        self.why_label.setVisible(bool(why))
        apply_muted(self.why_label, self.palette())
        layout.addWidget(self.why_label)

        note = limits_note(choices)
        self.limits_label = QLabel(note)
        self.limits_label.setObjectName("prompt-limits")
        self.limits_label.setWordWrap(True)
        self.limits_label.setVisible(bool(note))
        layout.addWidget(self.limits_label)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.setContentsMargins(0, 4, 0, 0)
        self.start_button = self._button(
            "start",
            translate("Prompt", "Start"),
            # English writes the name in lower case mid-sentence; a translation may use {title},
            # the name as written in its heading (German nouns keep their capitals).
            # Translators: {exercise}: the exercise's name in lower case; {title}: as written in its heading.
            translate(
                "Prompt",
                "Start the {exercise} now, guided step by step. "
                "Space starts once you have clicked into this prompt.",
            ).format(exercise=shown.title.lower(), title=shown.title),
            self.start_clicked,
            buttons,
        )
        self.start_button.setDefault(True)
        self.snooze_button = self._button(
            "snooze",
            translate("Prompt", "Snooze {minutes} min").format(minutes=snooze_minutes),
            plural(
                translate("Prompt", "Ask again in %n minute(s).", None, snooze_minutes),
                snooze_minutes,
            ),
            self.snooze_clicked,
            buttons,
        )
        self.skip_button = self._button(
            "skip",
            translate("Prompt", "Skip"),
            translate(
                "Prompt",
                "Skip this break; the next one comes at the usual interval. "
                "Escape skips once you have clicked into this prompt.",
            ),
            self.skip_clicked,
            buttons,
        )
        # Hidden, not left out: the layout and the keyboard order stay one shape.
        self.snooze_button.setVisible(choices.snooze)
        self.skip_button.setVisible(choices.skip)
        layout.addLayout(buttons)
        self._fit_size()

    def _button(
        self, name: str, text: str, description: str, signal: SignalInstance, row: QHBoxLayout
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.clicked.connect(signal)
        row.addWidget(button)
        return button

    def _fit_size(self) -> None:
        """Grow with the font: TEXT_CHARS characters of text, and the height the wrapped lines
        need at that width (so nothing is clipped at 200% text scaling)."""
        text_width = self.fontMetrics().averageCharWidth() * TEXT_CHARS
        self.text_column.setMinimumWidth(text_width)
        layout = self._outer
        layout.activate()
        width = max(WIDTH_MIN, self.sizeHint().width(), layout.minimumSize().width())
        height = max(self.heightForWidth(width), layout.minimumSize().height())
        self.setFixedSize(width, height)

    # -- focus only when asked ---------------------------------------------------------

    def accept_focus(self) -> None:
        """The user clicked into the prompt: from now on it may take the keyboard focus.

        The flag is changed on the native window, which updates the X11 WM_HINTS input field in
        place; changing the widget's window flags would re-create (and re-map) the window."""
        if self.accepts_focus:
            return
        self.accepts_focus = True
        handle = self.windowHandle()
        if handle is not None:
            handle.setFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.activateWindow()
        self.start_button.setFocus(Qt.FocusReason.MouseFocusReason)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Clicks on the labels and the picture land here (they ignore mouse presses); a click on a
        # button is handled by the button, which answers the prompt anyway.
        self.accept_focus()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            # Escape is "not this one": Skip, or Snooze where the limits took Skip away.
            if self.choices.skip:
                self.skip_clicked.emit()
            elif self.choices.snooze:
                self.snooze_clicked.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = QApplication.focusWidget()
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                focused.click()
            else:
                self.start_clicked.emit()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            restyle_muted(self)
        super().changeEvent(event)

    def show_near_pointer(self) -> None:
        """Top-right corner of the screen that holds the pointer: where the eye goes after the tray,
        and away from the middle of whatever the user is reading."""
        screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
        if screen is not None and QGuiApplication.platformName() != "wayland":
            area = screen.availableGeometry()
            # QRect.right() is the last pixel column, one short of x + width.
            self.move(QPoint(area.x() + area.width() - self.width() - MARGIN, area.top() + MARGIN))
        self.show()


class TypingPause(QObject):
    """Calls ``then`` once core's typing-pause rule (core/prompting.py ``TypingWait``) says the
    prompt may show. Its single-shot timer exists only while it waits, and is armed for exactly
    the moment the pause could be long enough, so a wait costs a handful of wake-ups; how long
    it has waited is the Clock's monotonic time, not a sum of timer intervals."""

    def __init__(
        self,
        seconds_since_input: Callable[[], float | None],
        then: Callable[[], None],
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._since_input = seconds_since_input
        self._then = then
        self._clock = clock
        self._wait = TypingWait(clock.monotonic())
        self.timer: Timer | None = None

    @property
    def waiting(self) -> bool:
        return self.timer is not None

    @property
    def waited(self) -> float:
        """Seconds waited so far, on the Clock."""
        return self._wait.waited(self._clock.monotonic())

    def start(self) -> None:
        self._check()

    def cancel(self) -> None:
        self._drop_timer()

    def _check(self) -> None:
        wait = self._wait.wait_more(self._clock.monotonic(), self._since_input())
        if wait is None:
            self._drop_timer()
            self._then()
            return
        if self.timer is None:
            self.timer = Timer(self, "prompt-typing-wait", single_shot=True)
            self.timer.timeout.connect(self._check)
        self.timer.start(max(1, round(wait * 1000)))

    def _drop_timer(self) -> None:
        timer, self.timer = self.timer, None
        if timer is not None:
            timer.stop()
            timer.deleteLater()
