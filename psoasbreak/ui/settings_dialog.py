"""The Settings window: every key of DESIGN §4, in groups, checked as the user types.

The controls come from the schema (``core.settings.SCHEMA``): a spin box's range and its "Off" at
zero, a list's choices, every default that "Restore defaults" shows. What bounds cannot express
(the interval's order, working hours that end before they start, no working day) is decided by
``core.settings.rule_problems``, whose sentence shows under the controls; OK and Apply stay off
until it is fixed, and whenever reading the shown values back from the file would find anything
wrong (``core.settings.check``). OK and Apply hand the settings to ``apply``, which brings them
into force and saves them, or returns a message saying why it could not; Cancel hands over nothing.

The window is not modal: a break prompt must stay clickable while it is open. ``ask`` is the one
entry point, so tests can replace it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final, TypeVar

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QCloseEvent, QColor, QIcon, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from psoasbreak.core.exercises import ALTERNATE, RANDOM, breath_phase, shipped_library
from psoasbreak.core.messages import Message
from psoasbreak.core.settings import (
    CHOICES,
    DAY_NAMES,
    DEFAULT_SETTINGS,
    HOURS_ORDER,
    INTEGER_RANGES,
    INTERVAL_ORDER,
    STRENGTH_DAYS,
    WORKING_DAYS,
    ProgrammeSettings,
    Rule,
    Settings,
    WorkingHours,
    check,
    program_names,
    rule_problems,
)
from psoasbreak.scheduling.timer import Timer
from psoasbreak.ui.pacer import Pacer
from psoasbreak.ui.style import make_muted
from psoasbreak.ui.translation import (
    QT_TRANSLATE_NOOP,
    exercise_text,
    notice_text,
    plural,
    translate,
)

#: What applying returns: None when the settings are in force, else what went wrong.
ApplyFunction = Callable[[Settings], "str | None"]
#: The property naming the ``config.toml`` key a control shows (``working_hours.start``).
SETTING_PROPERTY: Final = "setting"
#: Which label explains a broken rule: the one under the interval, or under the working hours.
#: A rule without a place here is explained under all the controls.
RULE_LABELS: Final[dict[Rule, str]] = {
    INTERVAL_ORDER: "interval",
    HOURS_ORDER: "hours",
    WORKING_DAYS: "hours",
    STRENGTH_DAYS: "programme",
}

#: The two ways to mix the exercises; each exercise itself is shown by its library title.
EXERCISE_MODE_LABELS: Final = {
    ALTERNATE: QT_TRANSLATE_NOOP("Settings", "Each exercise in turn"),
    RANDOM: QT_TRANSLATE_NOOP("Settings", "Random"),
}
PROMPT_STYLE_LABELS: Final = {
    "auto": QT_TRANSLATE_NOOP("Settings", "Automatic"),
    "window": QT_TRANSLATE_NOOP("Settings", "Small window"),
    "notification": QT_TRANSLATE_NOOP("Settings", "Desktop notification"),
}
#: English names of the days; the window shows the user's language's (QLocale).
DAY_LABELS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_FULL_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
#: The groups, by the name their "Restore defaults" button carries (``<name>-defaults``).
GROUPS: Final = (
    "schedule",
    "exercise",
    "goal",
    "away",
    "calls",
    "sync",
    "sound",
    "login",
    "programme",
)
#: How "Restore the defaults of …" names each group to a screen reader.
GROUP_NAMES: Final = {
    "schedule": QT_TRANSLATE_NOOP("Settings", "schedule"),
    "exercise": QT_TRANSLATE_NOOP("Settings", "exercise"),
    "goal": QT_TRANSLATE_NOOP("Settings", "goal"),
    "away": QT_TRANSLATE_NOOP("Settings", "away"),
    "calls": QT_TRANSLATE_NOOP("Settings", "calls and meetings"),
    "sync": QT_TRANSLATE_NOOP("Settings", "two machines"),
    "sound": QT_TRANSLATE_NOOP("Settings", "sound"),
    "login": QT_TRANSLATE_NOOP("Settings", "start at login"),
    "programme": QT_TRANSLATE_NOOP("Settings", "programme"),
}
#: The equipment the programme may use (DESIGN §4), as the window names it.
EQUIPMENT_LABELS: Final = {
    "band": QT_TRANSLATE_NOOP("Settings", "Resistance band"),
    "dumbbells": QT_TRANSLATE_NOOP("Settings", "Dumbbells"),
    "pull-up-bar": QT_TRANSLATE_NOOP("Settings", "Pull-up bar"),
    "foam-roller": QT_TRANSLATE_NOOP("Settings", "Foam roller"),
}
#: The pacer preview repaints this often while the window is visible (and not at all otherwise).
PREVIEW_TICK_MS: Final = 33
PREVIEW_SIZE: Final = 132
COLUMN_WIDTH: Final = 360
#: Problem text: a red that keeps well above 4.5:1 contrast on light and on dark backgrounds.
ERROR_ON_LIGHT: Final = "#b3261e"
ERROR_ON_DARK: Final = "#ffb4ab"


def goal_suffix(goal: int) -> str:
    """The word after the daily goal's number, in the plural form that number takes."""
    # Translators: After the goal's number in its spin box (not in the text); starts with a space.
    return plural(translate("Settings", " break(s)", None, goal), goal)


def exercise_label(value: str) -> str:
    """What the window calls an ``exercise`` value: a way to mix by its name, an exercise by its
    title in ``resources/exercises.toml``, translated as the exercise window translates it."""
    if value in EXERCISE_MODE_LABELS:
        return translate("Settings", EXERCISE_MODE_LABELS[value])
    return exercise_text(shipped_library().get(value).title)


def rule_text(said: Message) -> str:
    """A rule's sentence (``RuleProblem.said``) in the user's language."""
    return said.render(lambda message: translate("Settings", message.template))


def prompt_style_label(value: str) -> str:
    # A choice added to the schema later still shows, under a readable form of its name.
    label = PROMPT_STYLE_LABELS.get(value)
    return translate("Settings", label) if label else value.replace("-", " ").capitalize()


_SpinBox = TypeVar("_SpinBox", bound=QSpinBox)


class LinkedSpinBox(QSpinBox):
    """A spin box that tells when the user stepped it (arrows, wheel, Page Up/Down), as opposed
    to typing, so its partner can follow a step without fighting half-typed numbers."""

    stepped = Signal(int)

    def stepBy(self, steps: int) -> None:
        super().stepBy(steps)
        self.stepped.emit(self.value())


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        apply: ApplyFunction,
        config_path: Path | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._monotonic = monotonic
        self._applied = settings
        self._preview_started = monotonic()
        self.setObjectName("settings-dialog")
        self.setWindowTitle(translate("Settings", "psoasbreak settings"))
        self.setAccessibleName(translate("Settings", "psoasbreak settings"))
        self._build(config_path)
        self.preview_timer = Timer(self, "pacer-preview-tick", interval_ms=PREVIEW_TICK_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self.show_settings(settings)
        # A window of fixed size floats on tiling Wayland compositors (DESIGN §5); the layout
        # still grows it when an explanation appears.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        # Sized now, before the native window exists: the offscreen platform cannot be told later.
        self._layout.activate()

    @classmethod
    def ask(
        cls,
        settings: Settings,
        apply: ApplyFunction,
        config_path: Path | None = None,
        icon: QIcon | None = None,
    ) -> SettingsDialog:
        """Open the window (not modal) and return it; it calls ``apply`` on OK and Apply."""
        dialog = cls(settings, apply, config_path)
        if icon is not None:
            dialog.setWindowIcon(icon)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    # -- building ------------------------------------------------------------------------

    def _build(self, config_path: Path | None) -> None:
        self.restore_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self._exercise_group())
        right.addWidget(self._goal_group())
        right.addWidget(self._away_group())
        right.addWidget(self._calls_group())
        right.addWidget(self._sync_group())
        right.addWidget(self._sound_group())
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self._schedule_group(), 1)
        left.addWidget(self._programme_group())
        # Under the programme, so that the two columns end at about the same height.
        left.addWidget(self._login_group())
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(grid)
        if config_path is not None:
            where = QLabel(
                translate("Settings", "Saved in {path}; you can also edit that file.").format(
                    path=_home_relative(config_path)
                )
            )
            where.setObjectName("config-path")
            where.setToolTip(str(config_path))
            make_muted(where)
            layout.addWidget(where)
        self.values_error = _error_label("values-error")
        layout.addWidget(self.values_error)
        self.save_error = _error_label("save-error")
        layout.addWidget(self.save_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self._named_button(QDialogButtonBox.StandardButton.Ok, "ok")
        self.apply_button = self._named_button(QDialogButtonBox.StandardButton.Apply, "apply")
        self.cancel_button = self._named_button(QDialogButtonBox.StandardButton.Cancel, "cancel")
        self.ok_button.clicked.connect(self._ok)
        self.apply_button.clicked.connect(self._apply_clicked)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _named_button(self, which: QDialogButtonBox.StandardButton, name: str) -> QPushButton:
        button = self.buttons.button(which)
        button.setObjectName(name)
        button.setAccessibleName(button.text().replace("&", ""))
        return button

    def _group(self, name: str, title: str) -> tuple[QGroupBox, QVBoxLayout, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName(f"group-{name}")
        outer = QVBoxLayout(box)
        outer.setSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        outer.addLayout(form)
        return box, outer, form

    def _restore_button(
        self, name: str, restore: Callable[[], None], row: QHBoxLayout | None = None
    ) -> QPushButton:
        """The group's "Restore defaults", at the end of ``row`` (a new row when None)."""
        button = QPushButton(translate("Settings", "Restore defaults"))
        button.setObjectName(f"{name}-defaults")
        button.setAccessibleName(
            translate("Settings", "Restore the defaults of {group}").format(
                group=translate("Settings", GROUP_NAMES[name])
            )
        )
        button.setAutoDefault(False)
        button.clicked.connect(restore)
        button.clicked.connect(self._changed)
        self.restore_buttons[name] = button
        if row is not None:
            row.addWidget(button)
        return button

    def _restore_row(self, name: str, outer: QVBoxLayout, restore: Callable[[], None]) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._restore_button(name, restore))
        outer.addLayout(row)

    def _spin(self, spin: _SpinBox, key: str, name: str, suffix: str, accessible: str) -> _SpinBox:
        """``spin``, made the control of the integer ``key``: its range is the schema's."""
        bounds = INTEGER_RANGES[key]
        spin.setRange(bounds.low, bounds.high)
        spin.setSuffix(suffix)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setProperty(SETTING_PROPERTY, key)
        if bounds.zero_means_off and bounds.zero_word == "no limit":
            spin.setSpecialValueText(translate("Settings", "No limit"))
            # Translators: {key} is a config.toml key and stays as it is.
            tip = translate("Settings", "{key}: 0 (no limit) or 1–{high}")
        elif bounds.zero_means_off:
            spin.setSpecialValueText(translate("Settings", "Off"))
            # Translators: {key} is a config.toml key and stays as it is.
            tip = translate("Settings", "{key}: 0 (off) or 1–{high}")
        else:
            # Translators: {key} is a config.toml key and stays as it is.
            tip = translate("Settings", "{key}: {low}–{high}")
        spin.setToolTip(tip.format(key=key, low=bounds.low, high=bounds.high))
        spin.valueChanged.connect(self._changed)
        return spin

    def _combo(
        self, name: str, label: Callable[[str], str], key: str, accessible: str
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setProperty(SETTING_PROPERTY, key)
        for value in CHOICES[key]:
            combo.addItem(label(value), value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _check(self, key: str, name: str, text: str, accessible: str | None = None) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        box.setAccessibleName(accessible or text)
        box.setProperty(SETTING_PROPERTY, key)
        box.toggled.connect(self._changed)
        return box

    def _schedule_group(self) -> QGroupBox:
        box, outer, form = self._group("schedule", translate("Settings", "Schedule"))
        box.setMinimumWidth(COLUMN_WIDTH)
        self.interval_min = self._spin(
            LinkedSpinBox(),
            "interval_min_minutes",
            "interval-min",
            self._minutes_suffix(),
            translate("Settings", "Shortest interval between breaks"),
        )
        self.interval_max = self._spin(
            LinkedSpinBox(),
            "interval_max_minutes",
            "interval-max",
            self._minutes_suffix(),
            translate("Settings", "Longest interval between breaks"),
        )
        self.interval_min.stepped.connect(self._min_stepped)
        self.interval_max.stepped.connect(self._max_stepped)
        interval = QHBoxLayout()
        interval.addWidget(self.interval_min)
        to = QLabel(translate("Settings", "to"))
        to.setBuddy(self.interval_max)
        interval.addWidget(to)
        interval.addWidget(self.interval_max)
        interval.addStretch(1)
        form.addRow(translate("Settings", "Break every"), interval)
        hint = QLabel(
            translate(
                "Settings", "A random time in this range, counted from the end of the last break."
            )
        )
        hint.setWordWrap(True)
        make_muted(hint)
        form.addRow(hint)
        self.interval_error = _error_label("interval-error")
        form.addRow(self.interval_error)
        self.snooze = self._spin(
            QSpinBox(),
            "snooze_minutes",
            "snooze",
            self._minutes_suffix(),
            translate("Settings", "Snooze length in minutes"),
        )
        form.addRow(translate("Settings", "Snooze for"), self.snooze)
        self.max_skips = self._spin(
            QSpinBox(),
            "max_skips_per_day",
            "max-skips",
            "",
            translate("Settings", "Skipped breaks allowed a day"),
        )
        form.addRow(translate("Settings", "Skips allowed a day"), self.max_skips)
        self.max_snoozes = self._spin(
            QSpinBox(),
            "max_snoozes_per_break",
            "max-snoozes",
            "",
            translate("Settings", "Snoozes allowed for one break"),
        )
        form.addRow(translate("Settings", "Snoozes allowed per break"), self.max_snoozes)
        self.prompt_timeout = self._spin(
            QSpinBox(),
            "prompt_timeout_minutes",
            "prompt-timeout",
            self._minutes_suffix(),
            translate("Settings", "Minutes before an unanswered prompt counts as missed"),
        )
        form.addRow(translate("Settings", "Unanswered prompt closes after"), self.prompt_timeout)
        self.prompt_style = self._combo(
            "prompt-style",
            prompt_style_label,
            "prompt_style",
            translate("Settings", "How the prompt is shown"),
        )
        self.prompt_style.setToolTip(
            translate(
                "Settings",
                "Automatic: a desktop notification on Wayland, a small window elsewhere.",
            )
        )
        form.addRow(translate("Settings", "Show the prompt as"), self.prompt_style)

        self.hours_enabled = self._check(
            "working_hours.enabled",
            "hours-enabled",
            translate("Settings", "Only during working hours"),
        )
        outer.addWidget(self.hours_enabled)
        hours = QFormLayout()
        hours.setContentsMargins(22, 0, 0, 0)
        times = QHBoxLayout()
        self.hours_start = self._time(
            "working_hours.start", "hours-start", translate("Settings", "Working hours start")
        )
        self.hours_end = self._time(
            "working_hours.end", "hours-end", translate("Settings", "Working hours end")
        )
        times.addWidget(self.hours_start)
        until = QLabel(translate("Settings", "to"))
        until.setBuddy(self.hours_end)
        times.addWidget(until)
        times.addWidget(self.hours_end)
        times.addStretch(1)
        hours.addRow(translate("Settings", "From"), times)
        days = QHBoxLayout()
        days.setSpacing(6)
        self.day_checks: list[QCheckBox] = []
        locale = QLocale()
        for number, name in enumerate(DAY_NAMES, start=1):
            label = locale.dayName(number, QLocale.FormatType.ShortFormat)
            full = locale.dayName(number, QLocale.FormatType.LongFormat)
            working_day = translate("Settings", "Working day: {day}").format(day=full)
            day = self._check("working_hours.days", f"day-{name}", label, working_day)
            self.day_checks.append(day)
            days.addWidget(day)
        days.addStretch(1)
        hours.addRow(translate("Settings", "On"), days)
        outer.addLayout(hours)
        hours_hint = QLabel(
            translate(
                "Settings",
                "Outside them there are no prompts, and “Pause until tomorrow” lasts until the "
                "next period starts.",
            )
        )
        hours_hint.setWordWrap(True)
        hours_hint.setContentsMargins(22, 0, 0, 0)
        make_muted(hours_hint)
        outer.addWidget(hours_hint)
        self.hours_error = _error_label("hours-error")
        outer.addWidget(self.hours_error)
        outer.addStretch(1)
        self._restore_row("schedule", outer, self._restore_schedule)
        return box

    def _programme_group(self) -> QGroupBox:
        box, outer, form = self._group("programme", translate("Settings", "Programme"))
        self.mobility = self._check(
            "programme.mobility", "mobility", translate("Settings", "Daily mobility routine at")
        )
        self.mobility_time = self._time(
            "programme.mobility_time", "mobility-time", translate("Settings", "Mobility time")
        )
        form.addRow(self.mobility, self.mobility_time)
        self.strength = self._check(
            "programme.strength", "strength", translate("Settings", "Strength sessions at")
        )
        self.strength_time = self._time(
            "programme.strength_time", "strength-time", translate("Settings", "Strength time")
        )
        form.addRow(self.strength, self.strength_time)
        days = QHBoxLayout()
        days.setSpacing(6)
        days.setContentsMargins(22, 0, 0, 0)
        self.strength_day_checks: list[QCheckBox] = []
        locale = QLocale()
        for number, name in enumerate(DAY_NAMES, start=1):
            label = locale.dayName(number, QLocale.FormatType.ShortFormat)
            full = locale.dayName(number, QLocale.FormatType.LongFormat)
            day = self._check(
                "programme.strength_days",
                f"strength-day-{name}",
                label,
                translate("Settings", "Strength day: {day}").format(day=full),
            )
            self.strength_day_checks.append(day)
            days.addWidget(day)
        days.addStretch(1)
        outer.addLayout(days)
        outer.addWidget(QLabel(translate("Settings", "Equipment you have:")))
        kit = QHBoxLayout()
        kit.setContentsMargins(22, 0, 0, 0)
        self.equipment_checks: dict[str, QCheckBox] = {}
        for name, text in EQUIPMENT_LABELS.items():
            check = self._check(
                "programme.equipment", f"equipment-{name}", translate("Settings", text)
            )
            self.equipment_checks[name] = check
            kit.addWidget(check)
        kit.addStretch(1)
        outer.addLayout(kit)
        hint = QLabel(
            translate(
                "Settings",
                "Choose when you want your sessions and what you have to train with: exercises "
                "that need equipment you do not have are left out. 'psoasbreak session-now' "
                "starts a session at any time.",
            )
        )
        hint.setWordWrap(True)
        make_muted(hint)
        outer.addWidget(hint)
        self.programme_error = _error_label("programme-error")
        outer.addWidget(self.programme_error)
        self._restore_row("programme", outer, self._restore_programme)
        return box

    @staticmethod
    def _minutes_suffix() -> str:
        # Translators: After a number of minutes in a spin box; starts with a space.
        return translate("Settings", " min")

    @staticmethod
    def _seconds_suffix() -> str:
        # Translators: After a number of seconds in a spin box; starts with a space.
        return translate("Settings", " s")

    def _time(self, key: str, name: str, accessible: str) -> QTimeEdit:
        edit = QTimeEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setProperty(SETTING_PROPERTY, key)
        edit.setDisplayFormat("HH:mm")
        edit.timeChanged.connect(self._changed)
        return edit

    def _exercise_group(self) -> QGroupBox:
        box = QGroupBox(translate("Settings", "Exercise"))
        box.setObjectName("group-exercise")
        box.setMinimumWidth(COLUMN_WIDTH)
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        self.exercise = self._combo(
            "exercise", exercise_label, "exercise", translate("Settings", "Exercise proposed")
        )
        self.break_seconds = self._spin(
            QSpinBox(),
            "break_seconds",
            "break-seconds",
            self._seconds_suffix(),
            translate("Settings", "Break length in seconds"),
        )
        self.breath_in = self._spin(
            QSpinBox(),
            "breath_in_seconds",
            "breath-in",
            self._seconds_suffix(),
            translate("Settings", "Breathe in, seconds"),
        )
        self.breath_out = self._spin(
            QSpinBox(),
            "breath_out_seconds",
            "breath-out",
            self._seconds_suffix(),
            translate("Settings", "Breathe out, seconds"),
        )
        self.breath_in.valueChanged.connect(self._restart_preview)
        self.breath_out.valueChanged.connect(self._restart_preview)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("pacer-preview-phase")
        make_muted(self.preview_label)
        self.preview = Pacer()
        self.preview.setObjectName("pacer-preview")
        self.preview.setAccessibleName(translate("Settings", "Preview of the breathing pace"))
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        rows = (
            (translate("Settings", "Propose"), self.exercise),
            (translate("Settings", "Break length"), self.break_seconds),
            (translate("Settings", "Breathe in"), self.breath_in),
            (translate("Settings", "Breathe out"), self.breath_out),
        )
        for row, (text, field) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            if row == 0:
                grid.addWidget(field, row, 1, 1, 2)
            else:
                grid.addWidget(field, row, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.preview_label, len(rows), 1)
        grid.addWidget(self.preview, 1, 2, len(rows), 1)
        grid.setColumnStretch(1, 1)
        restore = QHBoxLayout()
        restore.addStretch(1)
        restore.addWidget(self._restore_button("exercise", self._restore_exercise))
        grid.addLayout(restore, len(rows) + 1, 0, 1, 3)
        return box

    def _goal_group(self) -> QGroupBox:
        box, _outer, form = self._group("goal", translate("Settings", "Daily goal"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.daily_goal = self._spin(
            QSpinBox(),
            "daily_goal",
            "daily-goal",
            goal_suffix(DEFAULT_SETTINGS.daily_goal),
            translate("Settings", "Daily goal in breaks"),
        )
        # The word after the number agrees with it (Polish: 1 przerwa, 3 przerwy, 6 przerw).
        self.daily_goal.valueChanged.connect(
            lambda value: self.daily_goal.setSuffix(goal_suffix(value))
        )
        row = QHBoxLayout()
        row.addWidget(self.daily_goal)
        row.addWidget(QLabel(translate("Settings", "taken a day")))
        row.addStretch(1)
        self._restore_button("goal", self._restore_goal, row)
        form.addRow(translate("Settings", "Aim for"), row)
        return box

    def _away_group(self) -> QGroupBox:
        box, _outer, form = self._group("away", translate("Settings", "Away detection"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.idle_reset = self._spin(
            QSpinBox(),
            "idle_reset_minutes",
            "idle-reset",
            self._minutes_suffix(),
            translate("Settings", "Minutes without input that count as away"),
        )
        row = QHBoxLayout()
        row.addWidget(self.idle_reset)
        row.addStretch(1)
        self._restore_button("away", self._restore_away, row)
        form.addRow(translate("Settings", "Away after"), row)
        hint = QLabel(
            translate(
                "Settings", "No keyboard or mouse input for this long counts as a break taken."
            )
        )
        hint.setWordWrap(True)
        make_muted(hint)
        form.addRow(hint)
        return box

    def _calls_group(self) -> QGroupBox:
        box, _outer, form = self._group("calls", translate("Settings", "Calls and meetings"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quiet_apps = QLineEdit()
        self.quiet_apps.setObjectName("quiet-apps")
        self.quiet_apps.setProperty(SETTING_PROPERTY, "quiet_apps")
        self.quiet_apps.setPlaceholderText("zoom, obs, teams")
        self.quiet_apps.setAccessibleName(
            translate("Settings", "Programs that hold breaks while they run, separated by commas")
        )
        self.quiet_apps.textChanged.connect(self._changed)
        row = QHBoxLayout()
        row.addWidget(self.quiet_apps, 1)
        self._restore_button("calls", self._restore_calls, row)
        form.addRow(translate("Settings", "Quiet programs"), row)
        hint = QLabel(
            translate(
                "Settings",
                "A due break waits while the microphone or camera is in use, the screen is "
                "shared, or one of these programs runs. Separate names with commas.",
            )
        )
        hint.setWordWrap(True)
        make_muted(hint)
        form.addRow(hint)
        return box

    def _sync_group(self) -> QGroupBox:
        box, _outer, form = self._group("sync", translate("Settings", "Two machines"))
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        about = translate(
            "Settings",
            "Shares your breaks, history and streak with your other computers. On each, choose "
            "the folder your sync tool (Syncthing, Nextcloud, Dropbox) keeps the same. Leave it "
            "empty to keep them on this computer only.",
        )
        self.sync_folder = QLineEdit()
        self.sync_folder.setObjectName("sync-folder")
        self.sync_folder.setProperty(SETTING_PROPERTY, "sync_folder")
        # Translators: Shown in the empty field; "~" is the home folder and stays as it is.
        placeholder = translate("Settings", "~/Sync (off when empty)")
        self.sync_folder.setPlaceholderText(placeholder)
        # Wide enough for its placeholder in every language and text size, which says how to use it.
        metrics = self.sync_folder.fontMetrics()
        self.sync_folder.setMinimumWidth(
            metrics.horizontalAdvance(placeholder) + 2 * metrics.averageCharWidth()
        )
        self.sync_folder.setAccessibleName(
            translate("Settings", "Sync folder shared with your other computers")
        )
        self.sync_folder.setAccessibleDescription(about)
        self.sync_folder.textChanged.connect(self._changed)
        choose = QPushButton(translate("Settings", "Choose…"))
        choose.setObjectName("sync-folder-choose")
        choose.setAccessibleName(translate("Settings", "Choose the sync folder"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_sync_folder)
        row = QHBoxLayout()
        row.addWidget(self.sync_folder, 1)
        row.addWidget(choose)
        self._restore_button("sync", self._restore_sync, row)
        label = QLabel(translate("Settings", "Sync folder"))
        label.setBuddy(self.sync_folder)
        form.addRow(label, row)
        hint = QLabel(about)
        hint.setObjectName("sync-folder-hint")
        hint.setWordWrap(True)
        make_muted(hint)
        form.addRow(hint)
        return box

    def ask_folder(self, start: str) -> str:
        """The folder the user picks in the system's folder chooser, starting at ``start``; ""
        when they cancel. The chooser is modal and often the desktop's own (a portal), which a
        test cannot click through: tests replace this method on the instance
        (``monkeypatch.setattr(dialog, "ask_folder", ...)``), the one seam of "Choose…"."""
        return QFileDialog.getExistingDirectory(
            self,
            translate("Settings", "Choose the sync folder"),
            start,
            QFileDialog.Option.ShowDirsOnly,
        )

    def _choose_sync_folder(self) -> None:
        shown = Path(self.sync_folder.text().strip()).expanduser()
        start = shown if self.sync_folder.text().strip() and shown.is_dir() else Path.home()
        chosen = self.ask_folder(str(start))
        if chosen:  # "" is a cancelled chooser: the typed folder stays
            self.sync_folder.setText(_home_folder_text(Path(chosen)))

    def _sound_group(self) -> QGroupBox:
        box, outer, _form = self._group("sound", translate("Settings", "Sound"))
        self.sound = self._check(
            "sound", "sound", translate("Settings", "Play a sound when a break is due")
        )
        self._check_row("sound", outer, self.sound, self._restore_sound)
        return box

    def _login_group(self) -> QGroupBox:
        box, outer, _form = self._group("login", translate("Settings", "Start at login"))
        self.autostart = self._check(
            "autostart",
            "autostart",
            translate("Settings", "Start psoasbreak when I log in"),
            translate("Settings", "Start at login"),
        )
        self._check_row("login", outer, self.autostart, self._restore_login)
        return box

    def _check_row(
        self, name: str, outer: QVBoxLayout, check: QCheckBox, restore: Callable[[], None]
    ) -> None:
        """A group of one check box: the box, then its "Restore defaults" on the same row."""
        row = QHBoxLayout()
        row.addWidget(check)
        row.addStretch(1)
        self._restore_button(name, restore, row)
        outer.insertLayout(0, row)

    # -- values in and out ---------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        """Show ``settings`` in every control (what is in force when the window opens, or after
        the file changed while it was open)."""
        self._applied = settings
        self._show_schedule(settings)
        self._show_exercise(settings)
        self._show_goal(settings)
        self._show_away(settings)
        self._show_calls(settings)
        self._show_sync(settings)
        self._show_sound(settings)
        self._show_login(settings)
        self._show_programme(settings)
        self.save_error.hide()
        self._changed()

    def _show_schedule(self, s: Settings) -> None:
        self.interval_min.setValue(s.interval_min_minutes)
        self.interval_max.setValue(s.interval_max_minutes)
        self.snooze.setValue(s.snooze_minutes)
        self.max_skips.setValue(s.max_skips_per_day)
        self.max_snoozes.setValue(s.max_snoozes_per_break)
        self.prompt_timeout.setValue(s.prompt_timeout_minutes)
        self.prompt_style.setCurrentIndex(self.prompt_style.findData(s.prompt_style))
        hours = s.working_hours
        self.hours_enabled.setChecked(hours.enabled)
        self.hours_start.setTime(QTime(hours.start.hour, hours.start.minute))
        self.hours_end.setTime(QTime(hours.end.hour, hours.end.minute))
        for day, box in enumerate(self.day_checks):
            box.setChecked(day in hours.days)

    def _show_exercise(self, s: Settings) -> None:
        self.exercise.setCurrentIndex(self.exercise.findData(s.exercise))
        self.break_seconds.setValue(s.break_seconds)
        self.breath_in.setValue(s.breath_in_seconds)
        self.breath_out.setValue(s.breath_out_seconds)

    def _show_goal(self, s: Settings) -> None:
        self.daily_goal.setValue(s.daily_goal)

    def _show_away(self, s: Settings) -> None:
        self.idle_reset.setValue(s.idle_reset_minutes)

    def _show_calls(self, s: Settings) -> None:
        self.quiet_apps.setText(", ".join(s.quiet_apps))

    def _show_sync(self, s: Settings) -> None:
        self.sync_folder.setText(s.sync_folder)

    def _show_sound(self, s: Settings) -> None:
        self.sound.setChecked(s.sound)

    def _show_login(self, s: Settings) -> None:
        self.autostart.setChecked(s.autostart)

    def _restore_schedule(self) -> None:
        self._show_schedule(DEFAULT_SETTINGS)

    def _restore_exercise(self) -> None:
        self._show_exercise(DEFAULT_SETTINGS)

    def _restore_goal(self) -> None:
        self._show_goal(DEFAULT_SETTINGS)

    def _restore_away(self) -> None:
        self._show_away(DEFAULT_SETTINGS)

    def _restore_calls(self) -> None:
        self._show_calls(DEFAULT_SETTINGS)

    def _restore_sync(self) -> None:
        self._show_sync(DEFAULT_SETTINGS)

    def _restore_sound(self) -> None:
        self._show_sound(DEFAULT_SETTINGS)

    def _show_programme(self, s: Settings) -> None:
        p = s.programme
        self.mobility.setChecked(p.mobility)
        self.mobility_time.setTime(QTime(p.mobility_time.hour, p.mobility_time.minute))
        self.strength.setChecked(p.strength)
        self.strength_time.setTime(QTime(p.strength_time.hour, p.strength_time.minute))
        for day, box in enumerate(self.strength_day_checks):
            box.setChecked(day in p.strength_days)
        for name, box in self.equipment_checks.items():
            box.setChecked(name in p.equipment)

    def _restore_programme(self) -> None:
        self._show_programme(DEFAULT_SETTINGS)

    def _programme_shown(self) -> ProgrammeSettings:
        mobility, strength = self.mobility_time.time(), self.strength_time.time()
        return ProgrammeSettings(
            mobility=self.mobility.isChecked(),
            mobility_time=dt.time(mobility.hour(), mobility.minute()),
            strength=self.strength.isChecked(),
            strength_days=tuple(
                d for d, day in enumerate(self.strength_day_checks) if day.isChecked()
            ),
            strength_time=dt.time(strength.hour(), strength.minute()),
            equipment=tuple(name for name, box in self.equipment_checks.items() if box.isChecked()),
        )

    def _restore_login(self) -> None:
        self._show_login(DEFAULT_SETTINGS)

    def problems(self) -> dict[str, str]:
        """What keeps the shown values from being applied, by the label that explains it: the
        sentence of each rule core finds broken, and anything else core would refuse."""
        shown = self._shown()
        found: dict[str, list[str]] = {}
        explained: set[str] = set()
        for broken in rule_problems(shown):
            found.setdefault(RULE_LABELS.get(broken.rule, "values"), []).append(
                rule_text(broken.said)
            )
            explained.update(broken.rule.keys)
        # The controls' bounds come from the same schema, so this stays empty unless they and
        # the file's checks fall apart; if they do, OK stays off and core's reason shows.
        for problem in check(shown):
            if problem.key not in explained:
                found.setdefault("values", []).append(notice_text(problem.said))
        return {label: " ".join(texts) for label, texts in found.items()}

    def settings(self) -> Settings | None:
        """The shown values as settings, or None while ``problems()`` is not empty."""
        shown = self._shown()
        return None if check(shown) else shown

    def _shown(self) -> Settings:
        """The shown values as settings, whether or not they can be applied."""
        start, end = self.hours_start.time(), self.hours_end.time()
        return dataclasses.replace(
            self._applied,
            interval_min_minutes=self.interval_min.value(),
            interval_max_minutes=self.interval_max.value(),
            break_seconds=self.break_seconds.value(),
            exercise=self.exercise.currentData(),
            snooze_minutes=self.snooze.value(),
            max_skips_per_day=self.max_skips.value(),
            max_snoozes_per_break=self.max_snoozes.value(),
            prompt_style=self.prompt_style.currentData(),
            prompt_timeout_minutes=self.prompt_timeout.value(),
            idle_reset_minutes=self.idle_reset.value(),
            daily_goal=self.daily_goal.value(),
            breath_in_seconds=self.breath_in.value(),
            breath_out_seconds=self.breath_out.value(),
            working_hours=WorkingHours(
                enabled=self.hours_enabled.isChecked(),
                start=dt.time(start.hour(), start.minute()),
                end=dt.time(end.hour(), end.minute()),
                days=tuple(d for d, day in enumerate(self.day_checks) if day.isChecked()),
            ),
            sound=self.sound.isChecked(),
            autostart=self.autostart.isChecked(),
            quiet_apps=self._quiet_apps_shown(),
            # Trimmed as the file reads it back; "~" stays, the app expands it when it syncs.
            sync_folder=self.sync_folder.text().strip(),
            programme=self._programme_shown(),
        )

    def _quiet_apps_shown(self) -> tuple[str, ...]:
        # As the file will read them back (each once); a name core refuses (a path) is kept as
        # typed, so check() names the problem and OK stays off.
        typed = tuple(part.strip() for part in self.quiet_apps.text().split(",") if part.strip())
        return program_names(typed) or typed

    # -- reacting ------------------------------------------------------------------------

    def _changed(self, *_args: object) -> None:
        if not hasattr(self, "ok_button"):
            return  # still building
        found = self.problems()
        labels = {
            "interval": self.interval_error,
            "hours": self.hours_error,
            "programme": self.programme_error,
            "values": self.values_error,
        }
        for key, label in labels.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        reason = " ".join(found.values())
        settings = None if found else self._shown()
        self.ok_button.setEnabled(settings is not None)
        self.ok_button.setToolTip(reason)
        self.apply_button.setEnabled(settings is not None and settings != self._applied)
        self.apply_button.setToolTip(reason)

    def _min_stepped(self, value: int) -> None:
        if value > self.interval_max.value():
            self.interval_max.setValue(value)

    def _max_stepped(self, value: int) -> None:
        if value < self.interval_min.value():
            self.interval_min.setValue(value)

    def _apply_clicked(self) -> bool:
        settings = self.settings()
        if settings is None:
            return False
        error = self._apply(settings)
        if error is not None:
            self.save_error.setText(error)
            self.save_error.show()
            return False
        self._applied = settings
        self.save_error.hide()
        self._changed()
        return True

    def _ok(self) -> None:
        if self._apply_clicked():
            self.accept()

    # -- the breathing preview -----------------------------------------------------------

    def _restart_preview(self) -> None:
        self._preview_started = self._monotonic()
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """Draw the pacer where a breath at the shown pace would be now, starting on an inhale."""
        inhale, exhale = self.breath_in.value(), self.breath_out.value()
        cycle = inhale + exhale
        elapsed = (self._monotonic() - self._preview_started) % cycle
        phase = breath_phase(elapsed, cycle, inhale, exhale)
        self.preview.set_phase(phase)
        if phase.phase == "in":
            self.preview_label.setText(translate("Settings", "Preview: breathe in"))
        else:
            self.preview_label.setText(translate("Settings", "Preview: breathe out"))

    def showEvent(self, event: QShowEvent) -> None:
        self._restart_preview()
        self.preview_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: object) -> None:
        self.preview_timer.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.preview_timer.stop()
        super().closeEvent(event)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    palette.setColor(
        QPalette.ColorRole.WindowText, QColor(ERROR_ON_DARK if dark else ERROR_ON_LIGHT)
    )
    label.setPalette(palette)
    label.setAccessibleName(translate("Settings", "Problem"))
    label.hide()
    return label


def _home_relative(path: Path) -> str:
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _home_folder_text(folder: Path) -> str:
    """How the sync folder field writes a chosen folder: "~/…" under the home folder (the same
    text then names the same place on each of the user's computers), else the full path."""
    home = Path.home()
    if folder == home:
        return "~"
    try:
        return "~/" + folder.relative_to(home).as_posix()
    except ValueError:
        return str(folder)
