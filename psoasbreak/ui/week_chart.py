"""Seven stacked bars, Monday to Sunday: breaks taken, then skipped, snoozed and missed on top,
with the daily goal as a dashed line (DESIGN §1).

Colours come from the palette (the accent for what counts, text tones for the rest), and the four
kinds also differ in fill pattern, so the chart reads in light, dark and high-contrast themes and
without colour vision. Each bar has a tooltip with the day's counts; the accessible description
says the same for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from psoasbreak.core.history import DayCounts, WeekSummary
from psoasbreak.ui.style import mix
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, local_date, plural, translate

#: Space around the plot, in pixels: value labels above the bars, day names and the legend below.
TOP, BOTTOM, LEFT, RIGHT = 22.0, 58.0, 8.0, 52.0
BAR_FILL = 0.56  # of each day's column; the rest is the gap between bars


@dataclass(frozen=True)
class Segment:
    """One kind of outcome in a bar: its legend name, its DayCounts fields and how it is drawn."""

    name: str
    fields: tuple[str, ...]
    style: Qt.BrushStyle


#: Bottom to top. Taken sits on the baseline so the bars compare against the goal line directly.
SEGMENTS = (
    Segment("taken", ("completed", "natural"), Qt.BrushStyle.SolidPattern),
    Segment("skipped", ("skipped",), Qt.BrushStyle.SolidPattern),
    Segment("snoozed", ("snoozed",), Qt.BrushStyle.BDiagPattern),
    Segment("missed", ("missed",), Qt.BrushStyle.NoBrush),
)
#: The legend's words, by segment name.
LEGEND = {
    "taken": QT_TRANSLATE_NOOP("WeekChart", "taken"),
    "skipped": QT_TRANSLATE_NOOP("WeekChart", "skipped"),
    "snoozed": QT_TRANSLATE_NOOP("WeekChart", "snoozed"),
    "missed": QT_TRANSLATE_NOOP("WeekChart", "missed"),
}


def segment_count(counts: DayCounts, segment: Segment) -> int:
    return sum(int(getattr(counts, name)) for name in segment.fields)


def day_description(counts: DayCounts, goal: int) -> str:
    """What a bar's tooltip says, in words."""
    if not counts.active:
        verdict = translate("WeekChart", "no breaks recorded")
    elif counts.met(goal):
        verdict = translate("WeekChart", "goal met")
    else:
        verdict = translate("WeekChart", "goal {goal} not met").format(goal=goal)
    # Translators: A day with its weekday, as a Qt date format (QLocale::toString).
    day = local_date(counts.day, translate("WeekChart", "dddd dd MMMM"))
    return translate(
        "WeekChart",
        "{day}: {taken} taken ({completed} completed, {natural} natural), {skipped} skipped,"
        " {snoozed} snoozed, {missed} missed — {verdict}",
    ).format(
        day=day,
        taken=counts.taken,
        completed=counts.completed,
        natural=counts.natural,
        skipped=counts.skipped,
        snoozed=counts.snoozed,
        missed=counts.missed,
        verdict=verdict,
    )


def accent(palette: QPalette) -> QColor:
    # QPalette.Accent exists from Qt 6.6; before that the selection colour is the theme's accent.
    role = getattr(QPalette.ColorRole, "Accent", QPalette.ColorRole.Highlight)
    return palette.color(role)


class WeekChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-chart")
        self.setAccessibleName(translate("WeekChart", "Breaks per day"))
        self.setMouseTracking(True)
        self._summary: WeekSummary | None = None
        self._today: date | None = None
        #: Finished programme sessions per day: (strength, mobility).
        self._sessions: dict[date, tuple[int, int]] = {}
        #: Breaks taken per day by machine name (None: this computer), with a sync folder.
        self._machines: dict[date, dict[str | None, int]] = {}

    def sizeHint(self) -> QSize:
        return QSize(460, 240)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    # -- data -----------------------------------------------------------------------------

    def set_week(self, summary: WeekSummary, today: date) -> None:
        self._summary, self._today = summary, today
        self.setAccessibleName(
            translate("WeekChart", "Breaks per day, week {week}").format(week=summary.label)
        )
        self.setAccessibleDescription(
            "; ".join(day_description(d, summary.goal) for d in summary.days)
        )
        self.update()

    def set_sessions(self, sessions: dict[date, tuple[int, int]]) -> None:
        """The finished programme sessions of the week's days, (strength, mobility) each: a
        marker under the day (◆ strength, ◇ mobility only) and a line in its tooltip."""
        self._sessions = dict(sessions)
        if self._summary is not None:
            self.setAccessibleDescription(
                "; ".join(self.bar_tooltip(i).replace("\n", ", ") for i in range(7))
            )
        self.update()

    def set_machines(self, machines: dict[date, dict[str | None, int]]) -> None:
        """Where each day's breaks were taken, by machine (issue 19): a line in the tooltip
        on days with breaks from another machine."""
        self._machines = {day: dict(names) for day, names in machines.items()}
        if self._summary is not None:
            self.setAccessibleDescription(
                "; ".join(self.bar_tooltip(i).replace("\n", ", ") for i in range(7))
            )

    def session_marker(self, index: int) -> str:
        strength, mobility = self._sessions.get(self._week().days[index].day, (0, 0))
        return "◆" if strength else "◇" if mobility else ""

    @property
    def summary(self) -> WeekSummary | None:
        return self._summary

    def _week(self) -> WeekSummary:
        if self._summary is None:
            raise RuntimeError("WeekChart: set_week() first")
        return self._summary

    def segment_values(self, index: int) -> dict[str, int]:
        """The bar of day ``index`` (0 is Monday) as drawn: taken, skipped, snoozed, missed."""
        counts = self._week().days[index]
        return {segment.name: segment_count(counts, segment) for segment in SEGMENTS}

    def bar_tooltip(self, index: int) -> str:
        week = self._week()
        text = day_description(week.days[index], week.goal)
        strength, mobility = self._sessions.get(week.days[index].day, (0, 0))
        if strength:
            text += "\n" + plural(
                translate("WeekChart", "%n strength session(s)", None, strength), strength
            )
        if mobility:
            text += "\n" + plural(
                translate("WeekChart", "%n mobility routine(s)", None, mobility), mobility
            )
        machines = self._machines.get(week.days[index].day, {})
        if any(name is not None for name in machines):
            here = translate("WeekChart", "this computer")
            shown = sorted(machines.items(), key=lambda item: (item[0] is not None, item[0] or ""))
            text += "\n" + translate("WeekChart", "Taken on: {machines}").format(
                machines=", ".join(f"{name or here} {count}" for name, count in shown)
            )
        return text

    # -- geometry -------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        return QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)

    def scale_top(self) -> int:
        """The count the top of the plot stands for: room for the tallest bar and the goal."""
        if self._summary is None:
            return 1
        tallest = max(sum(self.segment_values(i).values()) for i in range(7))
        return max(tallest, self._summary.goal, 1)

    def column_rect(self, index: int) -> QRectF:
        """Day ``index``'s whole column, from the top of the plot to below its label."""
        plot = self.plot_rect()
        width = plot.width() / 7
        return QRectF(plot.left() + index * width, 0, width, plot.bottom() + 34)

    def bar_rect(self, index: int) -> QRectF:
        """The stacked bar of day ``index`` (empty height for a day with no events)."""
        plot, column = self.plot_rect(), self.column_rect(index)
        total = sum(self.segment_values(index).values()) if self._summary else 0
        height = plot.height() * total / self.scale_top()
        width = column.width() * BAR_FILL
        left = column.center().x() - width / 2
        return QRectF(left, plot.bottom() - height, width, height)

    def goal_y(self) -> float:
        plot = self.plot_rect()
        goal = self._summary.goal if self._summary else 0
        return plot.bottom() - plot.height() * goal / self.scale_top()

    def index_at(self, point: QPointF) -> int | None:
        for index in range(7):
            if self.column_rect(index).contains(point):
                return index
        return None

    # -- events ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos())) if self._summary else None
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                area = self.column_rect(index).toRect()
                QToolTip.showText(event.globalPos(), self.bar_tooltip(index), self, area)
            return True
        return super().event(event)

    def colours(self) -> dict[str, QColor]:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Window)
        return {
            "taken": accent(palette),
            "skipped": mix(text, base, 0.55),
            "snoozed": mix(text, base, 0.35),
            "missed": mix(text, base, 0.3),
            "text": text,
            "muted": mix(text, base, 0.45),
            "grid": mix(text, base, 0.8),
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self.colours()
        plot = self.plot_rect()
        painter.setPen(QPen(colours["grid"], 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        if self._summary is not None:
            for index in range(7):
                self._paint_bar(painter, index, colours)
                self._paint_day_label(painter, index, colours)
            self._paint_goal(painter, colours)
        self._paint_legend(painter, colours)
        painter.end()

    def _paint_bar(self, painter: QPainter, index: int, colours: dict[str, QColor]) -> None:
        bar, values = self.bar_rect(index), self.segment_values(index)
        unit = self.plot_rect().height() / self.scale_top()
        bottom = bar.bottom()
        for segment in SEGMENTS:
            count = values[segment.name]
            if not count:
                continue
            piece = QRectF(bar.left(), bottom - count * unit, bar.width(), count * unit)
            self._fill(painter, piece, segment, colours[segment.name])
            bottom = piece.top()
        if values["taken"]:
            painter.setPen(colours["text"])
            label = QRectF(bar.left() - 10, bar.top() - TOP, bar.width() + 20, TOP - 2)
            align = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(label, align, str(values["taken"]))

    @staticmethod
    def _fill(painter: QPainter, rect: QRectF, segment: Segment, colour: QColor) -> None:
        if segment.style is Qt.BrushStyle.NoBrush:
            # Outlined: inset by half the pen so the outline stays inside its share of the bar.
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        if segment.style is not Qt.BrushStyle.SolidPattern:
            faint = QColor(colour)
            faint.setAlphaF(0.25)
            painter.setBrush(faint)
            painter.drawRect(rect)
        painter.setBrush(QBrush(colour, segment.style))
        painter.drawRect(rect)

    def _paint_day_label(self, painter: QPainter, index: int, colours: dict[str, QColor]) -> None:
        week = self._week()
        counts = week.days[index]
        column, plot = self.column_rect(index), self.plot_rect()
        font = QFont(self.font())
        is_today = counts.day == self._today
        font.setBold(is_today)
        painter.setFont(font)
        future = self._today is not None and counts.day > self._today
        painter.setPen(colours["muted"] if future else colours["text"])
        mark = " ✓" if counts.met(week.goal) else ""
        marker = self.session_marker(index)
        mark += f" {marker}" if marker else ""
        weekday = local_date(counts.day, "ddd")
        # Translators: Under today's bar, instead of its date.
        today = translate("WeekChart", "today")
        # Translators: Under each other bar: day and month, as a Qt date format (QLocale::toString).
        shown = today if is_today else local_date(counts.day, translate("WeekChart", "dd MMM"))
        text = f"{weekday}{mark}\n{shown}"
        area = QRectF(column.left(), plot.bottom() + 3, column.width(), 32)
        painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setFont(self.font())

    def _paint_goal(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        week = self._week()
        plot, y = self.plot_rect(), self.goal_y()
        pen = QPen(colours["text"], 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right() + 4, y))
        label = QRectF(plot.right() + 6, y - 10, RIGHT - 6, 20)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        goal = translate("WeekChart", "goal {goal}").format(goal=week.goal)
        painter.drawText(label, align, goal)

    def _paint_legend(self, painter: QPainter, colours: dict[str, QColor]) -> None:
        metrics = painter.fontMetrics()
        x = LEFT + 4
        y = self.height() - 16.0
        for segment in SEGMENTS:
            swatch = QRectF(x, y - 5, 10, 10)
            self._fill(painter, swatch, segment, colours[segment.name])
            painter.setPen(colours["text"])
            name = translate("WeekChart", LEGEND[segment.name])
            painter.drawText(QPointF(x + 14, y + metrics.ascent() / 2 - 1), name)
            x += 14 + metrics.horizontalAdvance(name) + 16
