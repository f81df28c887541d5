"""The Settings window: its controls round-trip to config.toml, bad combinations block OK with a
visible reason, Apply re-plans at once, Cancel changes nothing, and each group restores its
defaults. Driven through LiveRig: the real store, file, login entry folder, session and tray."""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from psoasbreak.core.exercises import ALTERNATE, RANDOM, ExerciseLibrary
from psoasbreak.core.session import State
from psoasbreak.core.settings import (
    CHOICES,
    DAY_NAMES,
    DEFAULT_SETTINGS,
    EXERCISE_CHOICES,
    INTEGER_RANGES,
    KEYS,
    RULES,
    SCHEMA,
    Settings,
    WorkingHours,
    check,
    rule_problems,
)
from psoasbreak.storage.config_file import load_config
from psoasbreak.ui.exercise_window import ExerciseWindow
from psoasbreak.ui.settings_dialog import (
    GROUPS,
    RULE_LABELS,
    SETTING_PROPERTY,
    SettingsDialog,
    rule_text,
)
from psoasbreak.ui.style import MUTED_PROPERTY, contrast
from tests.qt.test_break_window_looks import _assert_text_fits

HAND_WRITTEN = """\
# Tuned after the physio visit -- keep these comments!
interval_min_minutes   =   30   # short, my back hurts
interval_max_minutes = 45

exercise = 'stretch'  # literal string on purpose
mystery_option = "keep me"   # not a psoasbreak key

[working_hours]
# office days only
enabled = false
days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
"""


def open_dialog(rig) -> SettingsDialog:
    rig.tray.menu.findChild(QAction, "settings").trigger()
    dialog = rig.live.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def child(dialog: SettingsDialog, kind, name: str):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, dialog: SettingsDialog, name: str) -> None:
    button = child(dialog, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled: {button.toolTip()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def in_file(rig) -> Settings:
    loaded = load_config(rig.path, rig.clock.now())
    assert [p for p in loaded.problems if p.key != "mystery_option"] == []
    return loaded.settings


def set_days(dialog: SettingsDialog, days: set[str]) -> None:
    for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        child(dialog, QCheckBox, f"day-{name}").setChecked(name in days)


# -- round trips, one group at a time -------------------------------------------------------------


def test_schedule_controls_round_trip_to_the_file(live_rig, qtbot):
    rig = live_rig()
    dialog = open_dialog(rig)
    child(dialog, QSpinBox, "interval-min").setValue(20)
    child(dialog, QSpinBox, "interval-max").setValue(25)
    child(dialog, QSpinBox, "snooze").setValue(7)
    child(dialog, QSpinBox, "prompt-timeout").setValue(3)
    style = child(dialog, QComboBox, "prompt-style")
    style.setCurrentIndex(style.findData("notification"))
    child(dialog, QCheckBox, "hours-enabled").setChecked(True)
    child(dialog, QTimeEdit, "hours-start").setTime(QTime(8, 30))
    child(dialog, QTimeEdit, "hours-end").setTime(QTime(16, 15))
    set_days(dialog, {"mon", "wed", "sat"})
    click(qtbot, dialog, "ok")

    assert not dialog.isVisible()
    expected = dataclasses.replace(
        DEFAULT_SETTINGS,
        interval_min_minutes=20,
        interval_max_minutes=25,
        snooze_minutes=7,
        prompt_timeout_minutes=3,
        prompt_style="notification",
        working_hours=WorkingHours(True, dt.time(8, 30), dt.time(16, 15), (0, 2, 5)),
    )
    assert in_file(rig) == expected
    assert rig.settings == expected
    again = open_dialog(rig)
    assert again is not dialog
    assert child(again, QSpinBox, "interval-min").value() == 20
    assert child(again, QTimeEdit, "hours-start").time() == QTime(8, 30)
    assert child(again, QCheckBox, "day-sat").isChecked()
    assert not child(again, QCheckBox, "day-tue").isChecked()
    assert again.settings() == expected


def test_exercise_goal_away_and_sound_controls_round_trip_to_the_file(live_rig, qtbot):
    rig = live_rig()
    dialog = open_dialog(rig)
    exercise = child(dialog, QComboBox, "exercise")
    exercise.setCurrentIndex(exercise.findData("breathing"))
    child(dialog, QSpinBox, "break-seconds").setValue(90)
    child(dialog, QSpinBox, "breath-in").setValue(5)
    child(dialog, QSpinBox, "breath-out").setValue(8)
    child(dialog, QSpinBox, "daily-goal").setValue(10)
    child(dialog, QSpinBox, "idle-reset").setValue(0)
    child(dialog, QCheckBox, "sound").setChecked(False)
    click(qtbot, dialog, "ok")

    expected = dataclasses.replace(
        DEFAULT_SETTINGS,
        exercise="breathing",
        break_seconds=90,
        breath_in_seconds=5,
        breath_out_seconds=8,
        daily_goal=10,
        idle_reset_minutes=0,
        sound=False,
    )
    assert in_file(rig) == expected
    assert rig.session.policy.settings == expected
    assert "0 of 10 breaks today" in rig.tray.tray.toolTip()
    again = open_dialog(rig)
    assert child(again, QSpinBox, "idle-reset").text() == "Off"
    assert again.settings() == expected


def test_start_at_login_writes_and_removes_the_real_entry(live_rig, qtbot):
    rig = live_rig()
    entry = rig.autostart.path
    dialog = open_dialog(rig)
    assert not child(dialog, QCheckBox, "autostart").isChecked()
    child(dialog, QCheckBox, "autostart").setChecked(True)
    click(qtbot, dialog, "apply")
    assert entry.is_file()
    assert "Exec=" in entry.read_text()
    assert in_file(rig).autostart is True
    child(dialog, QCheckBox, "autostart").setChecked(False)
    click(qtbot, dialog, "ok")
    assert not entry.exists()
    assert in_file(rig).autostart is False


def test_the_window_shows_the_login_entry_that_is_really_there(live_rig):
    rig = live_rig("autostart = false\n")
    rig.autostart.enable()  # as the desktop's own "Startup applications" tool would
    rig.close()
    rig = live_rig("autostart = false\n")
    dialog = open_dialog(rig)
    assert child(dialog, QCheckBox, "autostart").isChecked()


def test_an_entry_removed_while_the_app_runs_shows_off_and_an_unrelated_ok_keeps_it_off(
    live_rig, qtbot
):
    rig = live_rig("autostart = true\n")
    entry = rig.autostart.path
    assert entry.is_file()
    entry.unlink()  # the desktop's own "Startup applications" tool turns it off
    dialog = open_dialog(rig)
    assert not child(dialog, QCheckBox, "autostart").isChecked()
    child(dialog, QSpinBox, "daily-goal").setValue(9)
    click(qtbot, dialog, "ok")
    assert not entry.exists(), "an unrelated change re-created the login entry"
    assert in_file(rig).autostart is False and in_file(rig).daily_goal == 9


def test_an_entry_made_while_the_app_runs_shows_on_and_an_unrelated_ok_keeps_it(live_rig, qtbot):
    rig = live_rig("autostart = false\n")
    rig.autostart.enable()  # made by the desktop's own tool after the app started
    dialog = open_dialog(rig)
    assert child(dialog, QCheckBox, "autostart").isChecked()
    child(dialog, QSpinBox, "daily-goal").setValue(9)
    click(qtbot, dialog, "ok")
    assert rig.autostart.path.is_file(), "an unrelated change removed the login entry"
    assert in_file(rig).autostart is True


# -- what is refused, visibly ---------------------------------------------------------------------


def test_a_shortest_interval_above_the_longest_blocks_ok_with_a_reason(live_rig, qtbot):
    rig = live_rig()
    dialog = open_dialog(rig)
    child(dialog, QSpinBox, "interval-max").setValue(40)
    child(dialog, QSpinBox, "interval-min").setValue(50)
    error = child(dialog, QLabel, "interval-error")
    assert error.isVisible()
    assert "shortest interval (50 min) is longer than the longest (40 min)" in error.text()
    ok, apply = child(dialog, QPushButton, "ok"), child(dialog, QPushButton, "apply")
    assert not ok.isEnabled() and not apply.isEnabled()
    assert "50 min" in ok.toolTip()
    assert dialog.settings() is None

    child(dialog, QSpinBox, "interval-max").setValue(50)
    assert not error.isVisible()
    click(qtbot, dialog, "ok")
    assert in_file(rig).interval_min_minutes == 50


def test_working_hours_that_end_before_they_start_or_have_no_day_block_ok(live_rig, qtbot):
    rig = live_rig()
    dialog = open_dialog(rig)
    child(dialog, QTimeEdit, "hours-end").setTime(QTime(8, 0))
    error = child(dialog, QLabel, "hours-error")
    assert error.isVisible()
    assert "must end after they start (08:00 is not after 09:00)" in error.text()
    assert not child(dialog, QPushButton, "ok").isEnabled()
    child(dialog, QTimeEdit, "hours-end").setTime(QTime(18, 0))
    set_days(dialog, set())
    assert error.text() == "Choose at least one working day."
    assert not child(dialog, QPushButton, "apply").isEnabled()
    set_days(dialog, {"thu"})
    assert not error.isVisible()
    assert child(dialog, QPushButton, "ok").isEnabled()


def test_a_file_that_cannot_be_saved_keeps_the_window_open_with_the_reason(live_rig, qtbot):
    rig = live_rig("daily_goal = 6\n")
    dialog = open_dialog(rig)
    rig.path.write_text("daily_goal = = 7\n")  # the user is mid-edit in their editor
    child(dialog, QSpinBox, "daily-goal").setValue(8)
    qtbot.mouseClick(child(dialog, QPushButton, "ok"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = child(dialog, QLabel, "save-error")
    assert error.isVisible() and "not valid TOML" in error.text()
    assert rig.path.read_text() == "daily_goal = = 7\n"
    assert rig.settings.daily_goal == 6


# -- apply, cancel, restore -----------------------------------------------------------------------


def test_apply_replans_the_next_break_at_once_and_the_tray_shows_it(live_rig, qtbot):
    rig = live_rig()
    rig.clock.advance(600)
    dialog = open_dialog(rig)
    child(dialog, QSpinBox, "interval-min").setValue(1)
    child(dialog, QSpinBox, "interval-max").setValue(1)
    click(qtbot, dialog, "apply")
    due = rig.clock.now() + timedelta(minutes=1)
    assert rig.next_break == due
    assert rig.scheduler.armed_at == due
    assert "Next break at" in rig.tray.tray.toolTip()
    assert f"{due.astimezone():%H:%M}" in rig.tray.tray.toolTip()
    assert dialog.isVisible(), "Apply leaves the window open"
    assert not child(dialog, QPushButton, "apply").isEnabled(), "nothing left to apply"


def test_working_hours_that_exclude_today_put_the_session_outside_hours(live_rig, qtbot):
    rig = live_rig()
    today = rig.clock.now().astimezone().strftime("%a").lower()
    dialog = open_dialog(rig)
    child(dialog, QCheckBox, "hours-enabled").setChecked(True)
    set_days(dialog, {"mon", "tue", "wed", "thu", "fri", "sat", "sun"} - {today})
    click(qtbot, dialog, "ok")
    assert rig.session.state is State.OUTSIDE_HOURS
    assert "Outside working hours" in rig.tray.tray.toolTip()
    assert rig.next_break.astimezone().date() > rig.clock.now().astimezone().date()


def test_cancel_changes_nothing(live_rig, qtbot):
    rig = live_rig(HAND_WRITTEN)
    before_file, before_due = rig.path.read_bytes(), rig.next_break
    dialog = open_dialog(rig)
    child(dialog, QSpinBox, "interval-min").setValue(5)
    child(dialog, QSpinBox, "daily-goal").setValue(20)
    child(dialog, QCheckBox, "autostart").setChecked(True)
    click(qtbot, dialog, "cancel")
    assert not dialog.isVisible()
    assert rig.path.read_bytes() == before_file
    assert rig.next_break == before_due
    assert rig.applied == []
    assert not rig.autostart.path.exists()
    assert child(open_dialog(rig), QSpinBox, "interval-min").value() == 30


@pytest.mark.parametrize(
    ("group", "restored", "kept"),
    [
        ("schedule", {"interval_min_minutes", "snooze_minutes", "working_hours"}, {"daily_goal"}),
        ("exercise", {"exercise", "breath_in_seconds", "break_seconds"}, {"snooze_minutes"}),
        ("goal", {"daily_goal"}, {"idle_reset_minutes"}),
        ("away", {"idle_reset_minutes"}, {"daily_goal"}),
        ("calls", {"quiet_apps"}, {"sync_folder"}),
        ("sync", {"sync_folder"}, {"quiet_apps", "sound"}),
        ("sound", {"sound"}, {"break_seconds", "autostart", "sync_folder"}),
        ("login", {"autostart"}, {"sound"}),
    ],
)
def test_restore_defaults_resets_only_its_own_group(
    live_rig, qtbot, tmp_path, group, restored, kept
):
    custom = Settings(
        interval_min_minutes=10,
        interval_max_minutes=12,
        snooze_minutes=9,
        working_hours=WorkingHours(True, dt.time(7), dt.time(15), (0, 1)),
        exercise="stretch",
        breath_in_seconds=3,
        break_seconds=120,
        daily_goal=12,
        idle_reset_minutes=0,
        sound=False,
        autostart=True,
        quiet_apps=("zoom",),
        sync_folder=str(tmp_path / "Sync"),
    )
    rig = live_rig()
    rig.live._save(custom)
    dialog = open_dialog(rig)
    click(qtbot, dialog, f"{group}-defaults")
    shown = dialog.settings()
    assert shown is not None
    for key in restored:
        assert getattr(shown, key) == getattr(DEFAULT_SETTINGS, key), key
    for key in kept:
        assert getattr(shown, key) == getattr(custom, key), key
    assert in_file(rig) == custom, "restoring is not applying"
    click(qtbot, dialog, "ok")
    assert in_file(rig) == shown


# -- the user's file ------------------------------------------------------------------------------


def test_a_save_keeps_the_hand_written_file_byte_for_byte_outside_the_changed_values(
    live_rig, qtbot
):
    rig = live_rig(HAND_WRITTEN)
    dialog = open_dialog(rig)
    child(dialog, QSpinBox, "interval-max").setValue(50)
    child(dialog, QCheckBox, "hours-enabled").setChecked(True)
    click(qtbot, dialog, "ok")
    assert rig.path.read_text() == HAND_WRITTEN.replace(
        "interval_max_minutes = 45", "interval_max_minutes = 50"
    ).replace("enabled = false", "enabled = true")


# -- the window itself ----------------------------------------------------------------------------


def test_every_control_has_a_name_and_an_accessible_name(live_rig):
    dialog = open_dialog(live_rig())
    kinds = (QAbstractSpinBox, QComboBox, QAbstractButton)
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, kinds)]
    controls = [w for w in controls if w.parent() is not None and w.isVisible()]
    assert len(controls) >= 25
    for widget in controls:
        assert widget.objectName(), widget
        assert widget.accessibleName(), widget.objectName()


def test_the_window_has_a_fixed_sensible_size(live_rig):
    dialog = open_dialog(live_rig())
    size = dialog.size()
    assert dialog.minimumSize() == dialog.maximumSize() == size
    assert 600 <= size.width() <= 1000 and 400 <= size.height() <= 800


def test_stepping_a_bound_past_the_other_carries_it_along(live_rig):
    dialog = open_dialog(live_rig())
    low, high = child(dialog, QSpinBox, "interval-min"), child(dialog, QSpinBox, "interval-max")
    high.setValue(31)
    low.stepBy(3)
    assert (low.value(), high.value()) == (33, 33)
    high.stepBy(-10)
    assert (low.value(), high.value()) == (23, 23)
    low.setValue(40)  # typed, not stepped: the partner stays, and the window explains
    assert high.value() == 23
    assert child(dialog, QLabel, "interval-error").isVisible()


def test_the_pacer_preview_breathes_at_the_shown_pace_only_while_visible(qtbot):
    now = [100.0]
    dialog = SettingsDialog(Settings(), lambda s: None, monotonic=lambda: now[0])
    qtbot.addWidget(dialog)
    assert not dialog.preview_timer.isActive()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.preview_timer.isActive()
    preview = dialog.preview
    now[0] += 2.0
    dialog.preview_timer.timeout.emit()
    assert preview.phase.phase == "in" and 0.4 < preview.phase.progress < 0.6
    now[0] += 3.0  # 5 s into a 4 s in / 6 s out breath
    dialog.preview_timer.timeout.emit()
    assert preview.phase.phase == "out"
    child(dialog, QSpinBox, "breath-in").setValue(8)  # a new pace starts on a fresh inhale
    now[0] += 5.0
    dialog.preview_timer.timeout.emit()
    assert preview.phase.phase == "in"
    assert child(dialog, QLabel, "pacer-preview-phase").text() == "Preview: breathe in"
    now[0] += 4.0  # 9 s into an 8 s in / 6 s out breath
    dialog.preview_timer.timeout.emit()
    assert preview.phase.phase == "out"
    now[0] += 6.0  # 15 s: the preview goes round, into the next inhale
    dialog.preview_timer.timeout.emit()
    assert preview.phase.phase == "in"
    dialog.hide()
    assert not dialog.preview_timer.isActive()


def test_the_modal_part_is_replaceable_through_ask(live_rig, monkeypatch):
    """Tests (and this one) can stand in for the window: LiveSettings only calls ``ask``."""
    rig = live_rig()
    asked = []

    def fake_ask(cls, settings, apply, config_path=None, icon=None):
        asked.append(settings)
        assert apply(dataclasses.replace(settings, daily_goal=3)) is None
        return SettingsDialog(settings, apply, config_path)

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(fake_ask))
    rig.tray.menu.findChild(QAction, "settings").trigger()
    assert asked == [DEFAULT_SETTINGS]
    assert in_file(rig).daily_goal == 3
    assert rig.settings.daily_goal == 3


def test_asking_again_brings_the_open_window_back(live_rig):
    rig = live_rig()
    first = open_dialog(rig)
    first.hide()
    rig.tray.menu.findChild(QAction, "settings").trigger()
    assert rig.live.dialog is first and first.isVisible()


def test_the_exercise_list_offers_the_library_and_names_each_as_the_exercise_window(
    live_rig, qtbot
):
    """The list is the library's ids in rotation order, then the two ways to mix, each exercise
    under the very title its exercise window shows (it once said "Diaphragmatic breathing")."""
    combo = child(open_dialog(live_rig()), QComboBox, "exercise")
    library = ExerciseLibrary.load_default()
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert offered == [*library.ids, ALTERNATE, RANDOM] == list(EXERCISE_CHOICES)
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    for exercise in library:
        window = ExerciseWindow(exercise, 60, lambda: 0.0)
        qtbot.addWidget(window)
        assert shown[exercise.id] == window.title_label.text() == exercise.title
    assert shown["breathing"] == "Belly breathing"
    assert (shown[ALTERNATE], shown[RANDOM]) == ("Each exercise in turn", "Random")


def test_each_group_has_its_restore_button(live_rig):
    dialog = open_dialog(live_rig())
    assert sorted(dialog.restore_buttons) == sorted(GROUPS)
    for name in GROUPS:
        assert child(dialog, QPushButton, f"{name}-defaults").isVisible()


# -- one schema, one decision-maker -----------------------------------------------------------


def controls_of(dialog: SettingsDialog, key: str) -> list[QWidget]:
    return [w for w in dialog.findChildren(QWidget) if w.property(SETTING_PROPERTY) == key]


@pytest.fixture
def plain_dialog(qtbot) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), lambda _settings: None)
    qtbot.addWidget(dialog)
    return dialog


def test_every_key_of_the_schema_has_its_control(plain_dialog):
    for key in SCHEMA:
        if key.kind != "table":
            assert controls_of(plain_dialog, key.name), key.name
    assert len(controls_of(plain_dialog, "working_hours.days")) == len(DAY_NAMES)


@pytest.mark.parametrize("key", INTEGER_RANGES)
def test_each_spin_box_takes_its_range_from_the_schema(plain_dialog, key):
    [spin] = controls_of(plain_dialog, key)
    assert isinstance(spin, QSpinBox)
    bounds = INTEGER_RANGES[key]
    assert (spin.minimum(), spin.maximum()) == (bounds.low, bounds.high)
    assert spin.value() == KEYS[key].default
    # "Off" at zero exactly where the schema says zero means off.
    assert bool(spin.specialValueText()) == bounds.zero_means_off
    assert bounds.describe().replace("0 (off) or ", "") in spin.toolTip()


@pytest.mark.parametrize("key", CHOICES)
def test_each_list_offers_the_schemas_choices(plain_dialog, key):
    [combo] = controls_of(plain_dialog, key)
    assert isinstance(combo, QComboBox)
    assert [combo.itemData(i) for i in range(combo.count())] == list(CHOICES[key])
    assert combo.currentData() == KEYS[key].default


def test_each_rule_has_its_label():
    assert set(RULE_LABELS) == set(RULES)


@pytest.mark.parametrize(
    "shown",
    [
        dataclasses.replace(DEFAULT_SETTINGS, interval_min_minutes=50, interval_max_minutes=40),
        dataclasses.replace(
            DEFAULT_SETTINGS, working_hours=WorkingHours(start=dt.time(18), end=dt.time(8))
        ),
        dataclasses.replace(DEFAULT_SETTINGS, working_hours=WorkingHours(days=())),
        dataclasses.replace(
            DEFAULT_SETTINGS,
            interval_min_minutes=9,
            interval_max_minutes=8,
            working_hours=WorkingHours(start=dt.time(12), end=dt.time(12), days=()),
        ),
        dataclasses.replace(DEFAULT_SETTINGS, interval_min_minutes=40, interval_max_minutes=40),
    ],
    ids=["interval", "hours", "no-day", "all-three", "none"],
)
def test_the_window_refuses_what_core_refuses_with_cores_sentence(plain_dialog, shown):
    """The window asks core.rule_problems; reading the same values from the file (check) falls
    back on exactly those rules. Both or neither."""
    plain_dialog.show_settings(shown)
    broken = rule_problems(shown)
    said = plain_dialog.problems()
    assert " ".join(said.values()) == " ".join(rule_text(b.said) for b in broken)
    for b in broken:
        label = child(plain_dialog, QLabel, f"{RULE_LABELS[b.rule]}-error")
        assert label.isVisibleTo(plain_dialog) and b.said.text in label.text()
    assert (plain_dialog.settings() is None) == bool(broken) == bool(check(shown))
    assert plain_dialog.ok_button.isEnabled() == (not broken)
    assert {p.key for p in check(shown)} <= {key for b in broken for key in b.rule.keys}


def test_a_value_the_file_would_refuse_keeps_ok_off_with_cores_reason(plain_dialog):
    """No control can offer such a value; if one ever did, the window says why instead of
    saving (this was an assert)."""
    plain_dialog.exercise.addItem("Yoga", "yoga")
    plain_dialog.exercise.setCurrentIndex(plain_dialog.exercise.count() - 1)
    assert plain_dialog.settings() is None
    assert not plain_dialog.ok_button.isEnabled()
    error = child(plain_dialog, QLabel, "values-error")
    assert error.isVisibleTo(plain_dialog)
    assert error.text().startswith('exercise = "yoga" is not one of the choices')


def test_quiet_programs_are_typed_with_commas_and_saved_as_a_list(qtbot) -> None:
    saved: list[Settings] = []
    dialog = SettingsDialog(Settings(quiet_apps=("zoom",)), saved.append)
    qtbot.addWidget(dialog)
    [edit] = controls_of(dialog, "quiet_apps")
    assert edit.text() == "zoom"
    edit.setText(" zoom, OBS ,, obs, teams-for-linux ")
    assert dialog.settings() is not None
    assert dialog.settings().quiet_apps == ("zoom", "OBS", "teams-for-linux")
    edit.setText("zoom, /usr/bin/obs")
    assert dialog.settings() is None
    assert not dialog.ok_button.isEnabled()
    assert "quiet_apps" in dialog.values_error.text()
    dialog.restore_buttons["calls"].click()
    assert edit.text() == ""
    assert dialog.settings().quiet_apps == ()


def test_the_programme_group_round_trips_and_needs_a_strength_day(qtbot):
    from psoasbreak.core.settings import ProgrammeSettings

    start = dataclasses.replace(
        DEFAULT_SETTINGS,
        programme=ProgrammeSettings(
            mobility=True, mobility_time=dt.time(8, 15), equipment=("dumbbells",)
        ),
    )
    dialog = SettingsDialog(start, lambda _settings: None)
    qtbot.addWidget(dialog)
    assert dialog.mobility.isChecked() and not dialog.strength.isChecked()
    assert dialog.mobility_time.time().toString("HH:mm") == "08:15"
    assert [n for n, box in dialog.equipment_checks.items() if box.isChecked()] == ["dumbbells"]
    assert len(controls_of(dialog, "programme.strength_days")) == len(DAY_NAMES)
    dialog.strength.setChecked(True)
    dialog.equipment_checks["foam-roller"].setChecked(True)
    shown = dialog.settings()
    assert shown is not None
    assert shown.programme == ProgrammeSettings(
        mobility=True,
        mobility_time=dt.time(8, 15),
        strength=True,
        equipment=("dumbbells", "foam-roller"),
    )
    # Strength on with no day: the rule's sentence under the group, and OK stays off.
    for box in dialog.strength_day_checks:
        box.setChecked(False)
    assert dialog.settings() is None
    assert not dialog.ok_button.isEnabled()
    assert dialog.programme_error.text() == "Choose at least one day for strength sessions."
    dialog.strength.setChecked(False)  # with strength off, no day is fine
    assert dialog.settings() is not None and dialog.ok_button.isEnabled()
    dialog.restore_buttons["programme"].click()
    assert dialog.settings().programme == ProgrammeSettings()


# -- two machines: the sync folder ----------------------------------------------------------------


def test_a_sync_folder_typed_and_saved_is_in_the_file(live_rig, qtbot, tmp_path):
    # A folder under tmp_path, not "~/…": whatever the app does with the folder stays in the test.
    folder = tmp_path / "Nextcloud" / "psoasbreak sync"
    rig = live_rig()
    dialog = open_dialog(rig)
    edit = child(dialog, QLineEdit, "sync-folder")
    assert edit.text() == "" and edit.placeholderText() == "~/Sync (off when empty)"
    qtbot.keyClicks(edit, f"  {folder} ")  # typed, with stray spaces around it
    assert child(dialog, QPushButton, "apply").isEnabled()
    click(qtbot, dialog, "ok")
    assert in_file(rig).sync_folder == str(folder)
    assert rig.settings.sync_folder == str(folder)
    assert "sync_folder = " in rig.path.read_text()
    again = open_dialog(rig)
    assert child(again, QLineEdit, "sync-folder").text() == str(folder)
    assert not child(again, QPushButton, "apply").isEnabled(), "shown as saved: nothing to apply"


def test_a_home_relative_sync_folder_is_kept_as_written(plain_dialog):
    """A "~" is saved as typed: each computer expands it to its own home folder."""
    plain_dialog.sync_folder.setText("~/Sync/work")
    assert plain_dialog.settings() == dataclasses.replace(Settings(), sync_folder="~/Sync/work")
    plain_dialog.sync_folder.setText("   ")
    assert plain_dialog.settings().sync_folder == ""


def test_a_folder_core_would_refuse_keeps_ok_off_with_cores_reason(plain_dialog):
    plain_dialog.sync_folder.setText("Sync\0folder")
    assert plain_dialog.settings() is None
    assert not plain_dialog.ok_button.isEnabled()
    assert plain_dialog.values_error.text().startswith("sync_folder = ")


class FakeChooser:
    """Stands in for the modal folder chooser behind "Choose…" (``SettingsDialog.ask_folder``)."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.started_at: list[str] = []

    def __call__(self, start: str) -> str:
        self.started_at.append(start)
        return self.answer


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home" / "ada"
    (home / "Nextcloud" / "psoas").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))  # what Path.home() reads on Windows
    assert type(home).home() == home
    return home


def test_choose_writes_a_folder_under_home_with_a_tilde(plain_dialog, qtbot, home, monkeypatch):
    chooser = FakeChooser(str(home / "Nextcloud" / "psoas"))
    monkeypatch.setattr(plain_dialog, "ask_folder", chooser)
    click(qtbot, plain_dialog, "sync-folder-choose")
    assert chooser.started_at == [str(home)], "an empty field starts at the home folder"
    assert plain_dialog.sync_folder.text() == "~/Nextcloud/psoas"
    assert plain_dialog.settings().sync_folder == "~/Nextcloud/psoas"
    assert plain_dialog.apply_button.isEnabled()
    # Again: the chooser opens where the field points.
    click(qtbot, plain_dialog, "sync-folder-choose")
    assert chooser.started_at[-1] == str(home / "Nextcloud" / "psoas")
    chooser.answer = str(home)
    click(qtbot, plain_dialog, "sync-folder-choose")
    assert plain_dialog.sync_folder.text() == "~"


def test_choose_writes_a_folder_elsewhere_as_its_full_path(
    plain_dialog, qtbot, home, tmp_path, monkeypatch
):
    elsewhere = tmp_path / "mnt" / "shared"
    elsewhere.mkdir(parents=True)
    plain_dialog.sync_folder.setText("~/does-not-exist")
    chooser = FakeChooser(str(elsewhere))
    monkeypatch.setattr(plain_dialog, "ask_folder", chooser)
    click(qtbot, plain_dialog, "sync-folder-choose")
    assert chooser.started_at == [str(home)], "a folder that is not there starts at home"
    assert plain_dialog.sync_folder.text() == str(elsewhere)
    assert plain_dialog.settings().sync_folder == str(elsewhere)


def test_a_cancelled_chooser_leaves_the_folder_alone(plain_dialog, qtbot, home, monkeypatch):
    plain_dialog.sync_folder.setText("~/Sync")
    chooser = FakeChooser("")  # what QFileDialog.getExistingDirectory says on Cancel
    monkeypatch.setattr(plain_dialog, "ask_folder", chooser)
    click(qtbot, plain_dialog, "sync-folder-choose")
    assert len(chooser.started_at) == 1
    assert plain_dialog.sync_folder.text() == "~/Sync"


def test_restore_defaults_empties_the_sync_folder(qtbot):
    dialog = SettingsDialog(Settings(sync_folder="~/Dropbox/psoas"), lambda _settings: None)
    qtbot.addWidget(dialog)
    assert dialog.sync_folder.text() == "~/Dropbox/psoas"
    click(qtbot, dialog, "sync-defaults")
    assert dialog.sync_folder.text() == ""
    assert dialog.settings() == Settings()
    assert dialog.apply_button.isEnabled(), "restoring is a change to apply"


def test_the_sync_row_is_labelled_and_reached_in_order_by_the_keyboard(plain_dialog):
    edit = plain_dialog.sync_folder
    group = child(plain_dialog, QGroupBox, "group-sync")
    assert group.title() == "Two machines"
    [label] = [w for w in group.findChildren(QLabel) if w.buddy() is edit]
    assert label.text() == "Sync folder"
    assert edit.accessibleName() and edit.accessibleDescription().startswith("Shares your")
    hint = child(plain_dialog, QLabel, "sync-folder-hint")
    assert hint.property(MUTED_PROPERTY) and hint.text() == edit.accessibleDescription()
    assert child(plain_dialog, QPushButton, "sync-folder-choose").accessibleName() == (
        "Choose the sync folder"
    )
    assert plain_dialog.restore_buttons["sync"].accessibleName() == (
        "Restore the defaults of two machines"
    )
    tab_stops = []
    widget = plain_dialog.quiet_apps
    while len(tab_stops) < 4:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QLabel):
            tab_stops.append(widget.objectName())
    assert tab_stops == ["calls-defaults", "sync-folder", "sync-folder-choose", "sync-defaults"]


@pytest.mark.parametrize("key", [k.name for k in SCHEMA if k.kind in ("names", "folder")])
def test_each_text_key_is_a_line_edit_showing_its_default(plain_dialog, key):
    [edit] = controls_of(plain_dialog, key)
    assert isinstance(edit, QLineEdit)
    assert edit.text() == "" and KEYS[key].default in ((), "")
    assert edit.accessibleName() and edit.placeholderText()


# -- how it looks ----------------------------------------------------------------------------------


def test_nothing_is_clipped(qtbot, ui_language, text_scale, tmp_path):
    """Every group, every language, 1× and 2× text: each label and button whole, inside."""
    dialog = SettingsDialog(Settings(), lambda _settings: None, tmp_path / "config.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    groups = dialog.findChildren(QGroupBox)
    assert {g.objectName() for g in groups} == {f"group-{name}" for name in GROUPS}
    _assert_text_fits(dialog)
    edit = dialog.sync_folder
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.width() > needed, "the placeholder shows whole"


def _dark() -> QPalette:
    palette = QPalette(QColor("#2d2d2d"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    return palette


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_hint_reads_well_in_light_and_dark(qtbot, qapp, theme):
    original = QPalette(qapp.palette())
    if theme == "dark":
        qapp.setPalette(_dark())
    try:
        dialog = SettingsDialog(Settings(), lambda _settings: None)
        qtbot.addWidget(dialog)
        background = dialog.palette().color(QPalette.ColorRole.Window)
        muted = [w for w in dialog.findChildren(QLabel) if w.property(MUTED_PROPERTY)]
        assert dialog.findChild(QLabel, "sync-folder-hint") in muted
        # Each group's hint: every group but the one-check-box ones has one.
        for group in dialog.findChildren(QGroupBox):
            hints = [w for w in muted if group.isAncestorOf(w)]
            assert hints or group.objectName() in {"group-goal", "group-sound", "group-login"}
        for label in muted:
            text = label.palette().color(QPalette.ColorRole.WindowText)
            assert contrast(text, background) >= 4.5, (label.objectName(), label.text())
            assert (text.lightness() > 128) == (theme == "dark"), label.text()
    finally:
        qapp.setPalette(original)
