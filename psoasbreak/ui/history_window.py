"""The weekly history window: this week's bars, totals and completion rate, and the streaks.

It reads the history each time it shows a week (``refresh``), so it is right after an outcome is
recorded, after midnight and after an import from the command line. One window is made and reused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.clock import Clock
from psoasbreak.core.history import DayCounts, WeekSummary, week_summary
from psoasbreak.ui.streaks import StreakLabels
from psoasbreak.ui.style import make_muted
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, local_date, translate
from psoasbreak.ui.week_chart import WeekChart

TITLE = QT_TRANSLATE_NOOP("History", "Weekly history")
TOTALS = ("taken", "completed", "natural", "skipped", "snoozed", "missed")
#: The captions under the week's totals, by total.
TOTAL_CAPTIONS = {
    "taken": QT_TRANSLATE_NOOP("History", "taken"),
    "completed": QT_TRANSLATE_NOOP("History", "completed"),
    "natural": QT_TRANSLATE_NOOP("History", "natural"),
    "skipped": QT_TRANSLATE_NOOP("History", "skipped"),
    "snoozed": QT_TRANSLATE_NOOP("History", "snoozed"),
    "missed": QT_TRANSLATE_NOOP("History", "missed"),
}


class DayCountsSource(Protocol):
    """Where the counts come from: the HistoryDatabase, or anything that reads through it."""

    def all_day_counts(self) -> dict[date, DayCounts]: ...


def week_title(summary: WeekSummary) -> str:
    first, last = summary.days[0].day, summary.days[-1].day
    # Translators: A date with day, month and year, as a Qt date format (QLocale::toString).
    full = translate("History", "dd MMM yyyy")
    # Translators: A date with day and month only, as a Qt date format (QLocale::toString).
    day_month = translate("History", "dd MMM")
    # Translators: The first day of a week within one month, before "–", as a Qt date format.
    day_only = translate("History", "dd")
    if first.year != last.year:
        span = f"{local_date(first, full)} – {local_date(last, full)}"
    elif first.month != last.month:
        span = f"{local_date(first, day_month)} – {local_date(last, full)}"
    else:
        span = f"{local_date(first, day_only)}–{local_date(last, full)}"
    number = summary.days[0].day.isocalendar()[1]
    return translate("History", "Week {number} · {span}").format(number=number, span=span)


def totals_text(totals: DayCounts) -> str:
    return translate(
        "History",
        "This week: {taken} taken ({completed} completed, {natural} natural), "
        "{skipped} skipped, {snoozed} snoozed, {missed} missed",
    ).format(
        taken=totals.taken,
        completed=totals.completed,
        natural=totals.natural,
        skipped=totals.skipped,
        snoozed=totals.snoozed,
        missed=totals.missed,
    )


def rate_text(summary: WeekSummary) -> str:
    rate = summary.totals.completion_rate
    # Translators: A percentage; {percent} is a whole number.
    percent = translate("History", "{percent}%")
    shown = "–" if rate is None else percent.format(percent=round(rate * 100))
    return translate(
        "History", "Completion rate <b>{rate}</b> · goal met on {days} of 7 days"
    ).format(rate=shown, days=summary.days_met)


class HistoryWindow(QWidget):
    def __init__(
        self,
        source: DayCountsSource,
        clock: Clock,
        goal: Callable[[], int],
        changed: SignalInstance | None = None,
        icon: QIcon | None = None,
        week: tuple[int, int] | None = None,
        programme: Callable[[date], dict[str, Any]] | None = None,
        machines: Callable[[date], dict[date, dict[str | None, int]]] | None = None,
    ) -> None:
        """Shows ``week`` (ISO year and week), this week by default; ``changed`` is a signal
        emitted after each recorded outcome, to redraw while the window is open. ``programme``
        gives the programme's week from its Monday (``stats --json``'s ``programme``);
        ``machines`` the breaks taken per day and machine of the week from its Monday."""
        self._programme = programme
        self._machines = machines
        self._sized = False  # the fixed size is set once the first week is shown
        super().__init__(None)
        self.setObjectName("history")
        self.setWindowTitle(
            translate("History", "{title} — psoasbreak").format(title=self.tr_title())
        )
        self.setAccessibleName(self.tr_title())
        if icon is not None:
            self.setWindowIcon(icon)
        self._source, self._clock, self._goal = source, clock, goal
        self._monday = date.fromisocalendar(*week, 1) if week else self._this_monday()
        self.summary: WeekSummary | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(12)
        layout.addLayout(self._navigation())
        self.streaks = StreakLabels()
        self.current_streak_label = self.streaks.current
        self.best_streak_label = self.streaks.best
        layout.addLayout(self.streaks.grid)
        self.chart = WeekChart()
        self.empty_label = self._label("empty-state", "")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.setObjectName("history-pages")
        self.pages.addWidget(self.chart)
        self.pages.addWidget(self.empty_label)
        self.pages.setFixedSize(self.chart.sizeHint())
        layout.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._totals())
        self.rate_label = self._label("completion-rate", "")
        layout.addWidget(self.rate_label)
        self.programme_label = self._label("programme-week", "")
        self.programme_label.setWordWrap(True)
        layout.addWidget(self.programme_label)

        for key, step in ((Qt.Key.Key_Left, -1), (Qt.Key.Key_Right, 1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda step=step: self.step_week(step))
        if changed is not None:
            changed.connect(self.refresh_if_visible)
        self.refresh()
        # Fixed size: tiling Wayland compositors float it rather than fill the screen (DESIGN §1),
        # and the window does not jump about from one week to the next.
        self.setFixedSize(self.sizeHint())
        self._sized = True

    # -- building -------------------------------------------------------------------------

    @staticmethod
    def tr_title() -> str:
        return translate("History", TITLE)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _navigation(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = self._button("previous-week", translate("History", "‹ Previous"), -1)
        self.next_button = self._button("next-week", translate("History", "Next ›"), 1)
        self.this_week_button = QPushButton(translate("History", "This week"))
        self.this_week_button.setObjectName("this-week")
        self.this_week_button.clicked.connect(self.show_this_week)
        self.week_label = self._label("week-label", "")
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        # Room for the longest title, a week across two years (2026-W53: 28 Dec – 03 Jan), so
        # going back to a week across months never cuts the title off.
        longest = week_title(week_summary({}, 1, 2026, 53, date(2027, 1, 3)))
        self.week_label.setMinimumWidth(self.week_label.fontMetrics().horizontalAdvance(longest))
        row.addWidget(self.previous_button)
        row.addWidget(self.week_label, 1)
        row.addWidget(self.this_week_button)
        row.addWidget(self.next_button)
        return row

    def _button(self, name: str, text: str, step: int) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if step < 0:
            button.setAccessibleName(translate("History", "Previous week"))
            button.setToolTip(translate("History", "Previous week (Left key)"))
        else:
            button.setAccessibleName(translate("History", "Next week"))
            button.setToolTip(translate("History", "Next week (Right key)"))
        button.clicked.connect(lambda: self.step_week(step))
        return button

    def _totals(self) -> QWidget:
        box = self.totals_box = QWidget()
        box.setObjectName("week-totals")
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(0)
        self.total_labels: dict[str, QLabel] = {}
        for column, name in enumerate(TOTALS):
            number = QLabel("0")
            number.setObjectName(f"total-{name}")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(name == "taken")
            number.setFont(font)
            grid.addWidget(number, 0, column, Qt.AlignmentFlag.AlignHCenter)
            caption = QLabel(translate("History", TOTAL_CAPTIONS[name]))
            make_muted(caption)
            grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignHCenter)
            self.total_labels[name] = number
        return box

    # -- what is shown --------------------------------------------------------------------

    def _today(self) -> date:
        return self._clock.now().date()

    def _this_monday(self) -> date:
        today = self._today()
        return today - timedelta(days=today.weekday())

    @property
    def week(self) -> tuple[int, int]:
        """The ISO (year, week) on show."""
        year, week, _ = self._monday.isocalendar()
        return year, week

    def show_week(self, year: int, week: int) -> None:
        self._monday = date.fromisocalendar(year, week, 1)
        self.refresh()

    def show_this_week(self) -> None:
        self._monday = self._this_monday()
        self.refresh()

    def step_week(self, weeks: int) -> None:
        """Move by whole weeks; never past this week, which has no future to show."""
        target = self._monday + timedelta(weeks=weeks)
        self._monday = min(target, self._this_monday())
        self.refresh()

    def refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the history again and redraw the week on show."""
        days = self._source.all_day_counts()
        today = self._today()
        year, week = self.week
        summary = week_summary(days, self._goal(), year, week, today)
        self.summary = summary
        self.week_label.setText(week_title(summary))
        self.next_button.setEnabled(self._monday < self._this_monday())
        self.this_week_button.setEnabled(self._monday != self._this_monday())
        streak = summary.streak
        self.streaks.show(streak)
        self.chart.set_week(summary, today)
        self.chart.set_machines(self._machines(self._monday) if self._machines else {})
        totals = summary.totals
        for name, label in self.total_labels.items():
            label.setText(str(totals.taken if name == "taken" else getattr(totals, name)))
        self.totals_box.setAccessibleName(totals_text(totals))
        self.rate_label.setText(rate_text(summary))
        self._show_programme()
        if summary.empty:
            self.empty_label.setText(self._empty_message(bool(days)))
            self.pages.setCurrentWidget(self.empty_label)
        else:
            self.pages.setCurrentWidget(self.chart)

    def _show_programme(self) -> None:
        """The week's programme: "◆ Strength sessions: 2 of 3 …" and the markers,
        shown only where the programme is on or has sessions that week."""
        week = self._programme(self._monday) if self._programme is not None else None
        sessions: dict[date, tuple[int, int]] = {}
        for session in week["sessions"] if week else []:
            if session["finished"]:
                day = date.fromisoformat(session["date"])
                strength, mobility = sessions.get(day, (0, 0))
                if session["kind"] == "strength":
                    sessions[day] = (strength + 1, mobility)
                else:
                    sessions[day] = (strength, mobility + 1)
        self.chart.set_sessions(sessions)
        shown = self.programme_label.isVisibleTo(self)
        self._fill_programme_label(week)
        if shown != self.programme_label.isVisibleTo(self) and self._sized:
            # The line came or went while open (a first session, another week): the fixed
            # size follows, so the line is never cut off.
            self.setFixedSize(self.sizeHint())

    def _fill_programme_label(self, week: dict[str, Any] | None) -> None:
        if week is None or (not week["sessions"] and not week["strength_target"]):
            self.programme_label.hide()
            return
        if week["strength_target"]:
            text = translate(
                "History",
                "◆ Strength sessions: {done} of {target}; weeks in a row on target: {streak}",
            ).format(
                done=week["strength_sessions"],
                target=week["strength_target"],
                streak=week["strength_week_streak"],
            )
        else:
            text = translate(
                "History",
                "Programme sessions: ◆ {strength} strength, ◇ {mobility} mobility",
            ).format(strength=week["strength_sessions"], mobility=week["mobility_sessions"])
        self.programme_label.setText(text)
        self.programme_label.show()

    def _empty_message(self, any_history: bool) -> str:
        if not any_history:
            return translate(
                "History",
                "<p style='font-size:large'><b>No breaks recorded yet</b></p>"
                "<p>Your first break shows up here: answer a prompt with <i>Start</i>, or choose"
                " <i>Take a break now</i> in the tray menu.</p>",
            )
        if self._monday == self._this_monday():
            return translate(
                "History",
                "<p style='font-size:large'><b>A fresh week</b></p>"
                "<p>Nothing recorded yet this week. Your next break starts the bars.</p>",
            )
        return translate(
            "History",
            "<p style='font-size:large'><b>A quiet week</b></p>"
            "<p>No breaks were recorded this week. Rest days never break a streak.</p>",
        )

    @classmethod
    def show_for(
        cls,
        existing: HistoryWindow | None,
        source: DayCountsSource,
        clock: Clock,
        goal: Callable[[], int],
        changed: SignalInstance | None = None,
        icon: QIcon | None = None,
        programme: Callable[[date], dict[str, Any]] | None = None,
        machines: Callable[[date], dict[date, dict[str | None, int]]] | None = None,
    ) -> HistoryWindow:
        """Open this week in ``existing`` or a new window, and bring it to the front."""
        if existing is None:
            window = cls(source, clock, goal, changed, icon, programme=programme, machines=machines)
        else:
            window = existing
            window.show_this_week()
        window.show()
        window.raise_()
        window.activateWindow()
        return window
