"""The weekly history window against a real SQLite history: bars, navigation, live updates."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QToolTip

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase
from psoasbreak.ui.history_window import HistoryWindow
from psoasbreak.ui.week_chart import WeekChart

CET = timezone(timedelta(hours=1))
# Thursday of ISO week 2026-W48 (Mon 23 – Sun 29 November).
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=CET)
C, N, S, Z, M = (
    Outcome.COMPLETED,
    Outcome.NATURAL,
    Outcome.SKIPPED,
    Outcome.SNOOZED,
    Outcome.MISSED,
)


def events_on(day: date, *outcomes: Outcome, tz: timezone = CET) -> list[BreakEvent]:
    start = datetime(day.year, day.month, day.day, 9, 0, tzinfo=tz)
    return [
        BreakEvent(start + timedelta(minutes=40 * n), o, "stretch" if o is C else None, 60)
        for n, o in enumerate(outcomes)
    ]


@pytest.fixture
def database(tmp_path):
    with HistoryDatabase.open(tmp_path / "history.sqlite3") as db:
        yield db


@pytest.fixture
def make_window(qtbot, database):
    def make(goal: int = 2, clock: FakeClock | None = None) -> HistoryWindow:
        window = HistoryWindow(database, clock or FakeClock(NOW), lambda: goal)
        qtbot.addWidget(window)
        return window

    return make


def label(window: HistoryWindow, name: str) -> str:
    widget = window.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def button(window: HistoryWindow, name: str) -> QPushButton:
    widget = window.findChild(QPushButton, name)
    assert widget is not None, name
    return widget


def chart(window: HistoryWindow) -> WeekChart:
    widget = window.findChild(WeekChart, "week-chart")
    assert widget is not None
    return widget


def bars(window: HistoryWindow) -> list[dict[str, int]]:
    return [chart(window).segment_values(i) for i in range(7)]


def bar(taken: int = 0, skipped: int = 0, snoozed: int = 0, missed: int = 0) -> dict[str, int]:
    return {"taken": taken, "skipped": skipped, "snoozed": snoozed, "missed": missed}


@pytest.fixture
def week_48(database):
    """Monday met, Tuesday not, Wednesday met at 23:59, Thursday (today) in progress."""
    database.record_many(
        [
            *events_on(date(2026, 11, 22), C, C),  # Sunday of W47
            *events_on(date(2026, 11, 23), C, N, S),
            *events_on(date(2026, 11, 24), C, Z, M, M),
            BreakEvent(datetime(2026, 11, 25, 23, 59, tzinfo=CET), C, "breathing", 60),
            BreakEvent(datetime(2026, 11, 25, 12, 0, tzinfo=CET), N),
            # 00:30 on the 26th in Berlin, but 23:30 on the 25th in UTC: counts for the 26th.
            BreakEvent(datetime(2026, 11, 26, 0, 30, tzinfo=CET), S),
            *events_on(date(2026, 11, 30), C, C, C),  # Monday of W49: "in the future"
        ]
    )


def test_this_week_bars_totals_and_streaks_come_from_the_database(make_window, week_48):
    window = make_window(goal=2)
    assert window.week == (2026, 48)
    assert label(window, "week-label") == "Week 48 · 23–29 Nov 2026"
    assert bars(window) == [
        bar(taken=2, skipped=1),
        bar(taken=1, snoozed=1, missed=2),
        bar(taken=2),
        bar(skipped=1),
        bar(),
        bar(),
        bar(),
    ]
    totals = {name: label(window, f"total-{name}") for name in ("taken", "completed", "natural")}
    assert totals == {"taken": "5", "completed": "3", "natural": "2"}
    assert [label(window, f"total-{n}") for n in ("skipped", "snoozed", "missed")] == [
        "2",
        "1",
        "2",
    ]
    # 5 taken of 9 that ended (taken, skipped, missed); the snooze only postponed a break.
    assert label(window, "completion-rate") == (
        "Completion rate <b>56%</b> · goal met on 2 of 7 days"
    )
    # Sunday and Monday met, Tuesday broke the run, Wednesday met, Thursday still in progress.
    assert label(window, "current-streak") == "1 day"
    assert label(window, "best-streak") == "2 days"
    assert window.pages.currentWidget() is chart(window)


def test_bar_heights_tooltips_and_goal_line_match_the_counts(make_window, week_48, qtbot):
    window = make_window(goal=2)
    with qtbot.waitExposed(window):
        window.show()
    week = chart(window)
    assert week.scale_top() == 4  # Tuesday's 1 + 1 + 2 is the tallest bar
    unit = week.plot_rect().height() / 4
    heights = [round(week.bar_rect(i).height() / unit, 6) for i in range(7)]
    assert heights == [3, 4, 2, 1, 0, 0, 0]
    assert week.goal_y() == pytest.approx(week.plot_rect().bottom() - 2 * unit)
    assert week.bar_tooltip(1) == (
        "Tuesday 24 November: 1 taken (1 completed, 0 natural), 0 skipped, 1 snoozed,"
        " 2 missed — goal 2 not met"
    )
    assert week.bar_tooltip(0).endswith("— goal met")
    assert week.bar_tooltip(6).endswith("— no breaks recorded")
    centre = week.bar_rect(1).center().toPoint()
    assert week.index_at(week.bar_rect(1).center()) == 1
    assert week.index_at(QPoint(centre.x(), 2)) == 1  # the column, not just the bar
    assert "Tuesday 24 November: 1 taken" in week.accessibleDescription()
    assert week.accessibleName() == "Breaks per day, week 2026-W48"


def test_hovering_a_bar_shows_its_tooltip(make_window, week_48, qtbot):
    window = make_window(goal=2)
    with qtbot.waitExposed(window):
        window.show()
    week = chart(window)
    spot = week.bar_rect(1).center().toPoint()
    QApplication.sendEvent(week, QHelpEvent(QEvent.Type.ToolTip, spot, week.mapToGlobal(spot)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == week.bar_tooltip(1)
    QToolTip.hideText()


def test_chart_paints_the_taken_part_in_the_accent_colour(make_window, week_48, qtbot):
    window = make_window(goal=2)
    with qtbot.waitExposed(window):
        window.show()
    week = chart(window)
    image = week.grab().toImage()
    monday = week.bar_rect(0)
    taken_spot = QPoint(int(monday.center().x()), int(monday.bottom() - 3))
    skipped_spot = QPoint(int(monday.center().x()), int(monday.top() + 3))
    accent = week.colours()["taken"]
    assert QColor(image.pixel(taken_spot)).name() == accent.name()
    assert QColor(image.pixel(skipped_spot)).name() == week.colours()["skipped"].name()
    assert week.colours()["skipped"] != accent


def test_colours_follow_a_dark_palette(make_window, week_48):
    window = make_window()
    week = chart(window)
    dark = QPalette(week.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    week.setPalette(dark)
    colours = week.colours()
    assert colours["text"] == QColor("#e8eaed")
    # Muted tones sit between text and background, so they stay visible on dark too.
    assert QColor("#202124").lightness() < colours["skipped"].lightness() < 0xE8


def test_previous_and_next_buttons_move_a_week_and_stop_at_this_week(make_window, week_48, qtbot):
    window = make_window(goal=2)
    assert not button(window, "next-week").isEnabled()
    assert not button(window, "this-week").isEnabled()
    qtbot.mouseClick(button(window, "previous-week"), Qt.MouseButton.LeftButton)
    assert window.week == (2026, 47)
    assert label(window, "week-label") == "Week 47 · 16–22 Nov 2026"
    assert bars(window)[6] == bar(taken=2)
    assert sum(sum(b.values()) for b in bars(window)) == 2
    assert button(window, "next-week").isEnabled()
    assert button(window, "this-week").isEnabled()
    qtbot.mouseClick(button(window, "previous-week"), Qt.MouseButton.LeftButton)
    assert window.week == (2026, 46)
    qtbot.mouseClick(button(window, "this-week"), Qt.MouseButton.LeftButton)
    assert window.week == (2026, 48)
    qtbot.mouseClick(button(window, "previous-week"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button(window, "next-week"), Qt.MouseButton.LeftButton)
    assert window.week == (2026, 48)
    qtbot.mouseClick(button(window, "next-week"), Qt.MouseButton.LeftButton)
    assert window.week == (2026, 48), "next must not go past this week"


def test_left_and_right_keys_change_the_week(make_window, week_48, qtbot):
    window = make_window()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    button(window, "previous-week").setFocus()  # a focused button must not swallow the arrows
    qtbot.keyClick(button(window, "previous-week"), Qt.Key.Key_Left)
    assert window.week == (2026, 47)
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.week == (2026, 46)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.week == (2026, 47)


def test_window_can_open_on_a_given_week(database, week_48, qtbot):
    window = HistoryWindow(database, FakeClock(NOW), lambda: 2, week=(2026, 47))
    qtbot.addWidget(window)
    assert window.week == (2026, 47)
    assert bars(window)[6] == bar(taken=2)


def test_week_label_across_months_and_years(make_window):
    window = make_window()
    window.show_week(2026, 49)
    assert label(window, "week-label") == "Week 49 · 30 Nov – 06 Dec 2026"
    window.show_week(2026, 53)
    assert label(window, "week-label") == "Week 53 · 28 Dec 2026 – 03 Jan 2027"


def test_empty_history_shows_a_friendly_message(make_window):
    window = make_window()
    assert window.pages.currentWidget().objectName() == "empty-state"
    assert "No breaks recorded yet" in label(window, "empty-state")
    assert "Take a break now" in label(window, "empty-state")
    assert label(window, "current-streak") == "0 days"
    assert label(window, "completion-rate") == "Completion rate <b>–</b> · goal met on 0 of 7 days"


def test_an_empty_week_in_a_history_says_so_and_keeps_the_streak(make_window, database):
    database.record_many(events_on(date(2026, 11, 16), C, C))  # W47 only
    window = make_window(goal=2)
    assert window.pages.currentWidget().objectName() == "empty-state"
    assert "Nothing recorded yet this week" in label(window, "empty-state")
    assert label(window, "current-streak") == "1 day"  # rest days do not break it
    window.show_week(2026, 45)
    assert "No breaks were recorded this week" in label(window, "empty-state")
    window.show_week(2026, 47)
    assert window.pages.currentWidget() is chart(window)


def test_window_has_a_fixed_size_that_does_not_change_between_weeks(make_window, week_48):
    window = make_window()
    size = window.size()
    assert window.minimumSize() == window.maximumSize() == size
    window.show_week(2020, 1)
    assert window.size() == size


def test_refresh_reads_what_another_process_imported(make_window, database, tmp_path):
    window = make_window(goal=1)
    assert window.pages.currentWidget().objectName() == "empty-state"
    with HistoryDatabase.open(tmp_path / "history.sqlite3") as other:
        other.record_many(events_on(date(2026, 11, 24), C))
    window.refresh()
    assert bars(window)[1] == bar(taken=1)
    assert label(window, "current-streak") == "1 day"


# -- live updates through the real session and presenter ---------------------------------------


def test_redraws_live_when_an_outcome_is_recorded(rig, qtbot):
    window = HistoryWindow.show_for(
        None, rig.database, rig.clock, lambda: 1, changed=rig.presenter.recorded
    )
    qtbot.addWidget(window)
    assert window.isVisible()
    today = rig.clock.now().date().weekday()
    assert window.pages.currentWidget().objectName() == "empty-state"

    with qtbot.waitSignal(rig.presenter.recorded, timeout=1000):
        assert rig.session.start_break("stretch")
        rig.clock.advance(60)
        rig.session.end_break()
    assert bars(window)[today] == bar(taken=1)
    assert window.pages.currentWidget() is chart(window)
    assert label(window, "current-streak") == "1 day"

    rig.due_now()  # the next prompt comes up...
    with qtbot.waitSignal(rig.presenter.recorded, timeout=1000):
        rig.session.skip()  # ...and is skipped
    assert bars(window)[today] == bar(taken=1, skipped=1)
    assert label(window, "total-skipped") == "1"


def test_a_hidden_window_is_refreshed_when_shown_again(rig, qtbot):
    window = HistoryWindow.show_for(
        None, rig.database, rig.clock, lambda: 1, changed=rig.presenter.recorded
    )
    qtbot.addWidget(window)
    window.step_week(-1)
    window.hide()
    rig.session.start_break("breathing")
    rig.clock.advance(60)
    rig.session.end_break()
    assert window.summary is not None and window.summary.totals.taken == 0  # not read while hidden
    again = HistoryWindow.show_for(window, rig.database, rig.clock, lambda: 1)
    assert again is window, "the one window is reused"
    assert window.isVisible()
    assert window.week == rig.clock.now().date().isocalendar()[:2]  # back to this week
    assert window.summary.totals.taken == 1


# -- the programme's week (issue 20) ------------------------------------------------------------


def _programme_window(qtbot, database, target: int) -> HistoryWindow:
    from psoasbreak.core.programme import week_programme_json

    clock = FakeClock(NOW)
    window = HistoryWindow(
        database,
        clock,
        lambda: 2,
        programme=lambda monday: week_programme_json(
            database.programme_sessions(), monday, target, clock.now().date()
        ),
    )
    qtbot.addWidget(window)
    return window


def _session(day: date, kind: str, finished: bool = True):
    from psoasbreak.core.programme import RoutineKind, SessionRecord

    start = datetime(day.year, day.month, day.day, 12, 30, tzinfo=CET)
    return SessionRecord(RoutineKind(kind), start, start + timedelta(minutes=20), finished, ())


def test_the_weeks_programme_sessions_are_marked_and_counted(qtbot, database, week_48) -> None:
    monday, tuesday, wednesday = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)
    database.record_session(_session(monday - timedelta(days=7), "strength"))  # last week
    database.record_session(_session(monday, "strength"))
    database.record_session(_session(tuesday, "mobility"))
    database.record_session(_session(wednesday, "strength", finished=False))  # closed early
    window = _programme_window(qtbot, database, target=3)
    window.show()
    assert label(window, "programme-week") == (
        "◆ Strength sessions: 1 of 3; weeks in a row on target: 0"
    )
    markers = [chart(window).session_marker(i) for i in range(7)]
    assert markers == ["◆", "◇", "", "", "", "", ""]
    assert chart(window).bar_tooltip(0).endswith("\n1 strength session")
    assert chart(window).bar_tooltip(1).endswith("\n1 mobility routine")
    assert "1 strength session" in chart(window).accessibleDescription()
    window.step_week(-1)
    assert chart(window).session_marker(0) == "◆"
    assert label(window, "programme-week").startswith("◆ Strength sessions: 1 of 3")


def test_without_the_programme_the_window_is_as_before(qtbot, database, week_48) -> None:
    window = _programme_window(qtbot, database, target=0)
    window.show()
    assert not window.findChild(QLabel, "programme-week").isVisible()
    assert [chart(window).session_marker(i) for i in range(7)] == [""] * 7
    database.record_session(_session(date(2026, 11, 24), "mobility"))
    window.refresh()
    assert label(window, "programme-week") == ("Programme sessions: ◆ 0 strength, ◇ 1 mobility")


def test_the_programme_line_coming_while_open_grows_the_window(qtbot, database, week_48) -> None:
    window = _programme_window(qtbot, database, target=0)
    window.show()
    before = window.height()
    database.record_session(_session(date(2026, 11, 24), "mobility"))
    window.refresh()
    line = window.findChild(QLabel, "programme-week")
    assert window.height() > before
    assert window.rect().contains(line.geometry())


def test_a_day_with_breaks_from_another_machine_says_where_they_were_taken(
    qtbot, database, week_48
) -> None:
    """With a sync folder (issue 19) the bar's tooltip names the machines; a day of this
    computer's breaks alone, or no sync folder at all, reads as before."""
    monday = date(2026, 11, 23)
    asked: list[date] = []

    def machines(first: date) -> dict[date, dict[str | None, int]]:
        asked.append(first)
        return {monday: {None: 1, "laptop": 1}, monday + timedelta(days=1): {None: 1}}

    window = HistoryWindow(database, FakeClock(NOW), lambda: 2, machines=machines)
    qtbot.addWidget(window)
    assert asked == [monday]
    week = chart(window)
    assert week.bar_tooltip(0).endswith("\nTaken on: this computer 1, laptop 1")
    assert "Taken on" not in week.bar_tooltip(1)
    assert "Taken on: this computer 1, laptop 1" in week.accessibleDescription()
    plain = HistoryWindow(database, FakeClock(NOW), lambda: 2)
    qtbot.addWidget(plain)
    assert "Taken on" not in chart(plain).bar_tooltip(0)
