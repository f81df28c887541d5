"""Edits of config.toml while the app runs: noticed through the file system (no polling), a valid
edit re-plans at once, a bad one is refused with the key named and the settings kept."""

from __future__ import annotations

import os
from datetime import timedelta

from PySide6.QtWidgets import QSpinBox

WATCH_MS = 5000  # the watcher reacts in about 0.25 s; this is only the give-up deadline

START = """\
# hand-written
interval_min_minutes = 30
interval_max_minutes = 30
"""


def edit_in_place(rig, text: str) -> None:
    rig.path.write_text(text, encoding="utf-8")


def edit_by_rename(rig, text: str) -> None:
    """As vim, gedit or VS Code save: a new file renamed over the old one."""
    temp = rig.path.with_name(".config.toml.swp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, rig.path)


def test_an_edit_in_place_replans_the_next_break_at_once(live_rig, qtbot):
    rig = live_rig(START)
    rig.clock.advance(300)
    assert rig.next_break == rig.clock.now() + timedelta(minutes=25)
    edit_in_place(rig, START.replace("= 30", "= 1"))
    due = rig.clock.now() + timedelta(minutes=1)
    qtbot.waitUntil(lambda: rig.next_break == due, timeout=WATCH_MS)
    assert rig.scheduler.armed_at == due
    assert f"{due.astimezone():%H:%M}" in rig.tray.tray.toolTip()
    assert rig.settings.interval_max_minutes == 1


def test_edits_saved_by_rename_keep_being_noticed(live_rig, qtbot):
    rig = live_rig(START)
    for minutes in (2, 3, 4):
        edit_by_rename(rig, START.replace("= 30", f"= {minutes}"))
        due = rig.clock.now() + timedelta(minutes=minutes)
        qtbot.waitUntil(lambda due=due: rig.next_break == due, timeout=WATCH_MS)
    assert [s.interval_min_minutes for s in rig.applied] == [2, 3, 4]
    assert str(rig.path) in rig.live.watcher.watched()


def test_a_file_created_after_start_is_noticed(live_rig, qtbot):
    rig = live_rig()
    assert not rig.path.exists()
    edit_in_place(rig, "daily_goal = 9\n")
    qtbot.waitUntil(lambda: rig.settings.daily_goal == 9, timeout=WATCH_MS)
    assert "0 of 9 breaks today" in rig.tray.tray.toolTip()


def test_a_bad_value_is_refused_with_the_key_named_and_the_settings_kept(live_rig, qtbot):
    rig = live_rig(START)
    before, due = rig.settings, rig.next_break
    bad = START.replace("interval_min_minutes = 30", "interval_min_minutes = 500")
    with qtbot.waitSignal(rig.tray.notified, timeout=WATCH_MS) as told:
        edit_in_place(rig, bad)
    title, text = told.args
    assert title == "Settings file not applied"
    assert "interval_min_minutes = 500 is out of range (allowed 1–240)" in text
    assert "stay as they were" in text
    assert "default" not in text
    assert rig.settings == before and rig.next_break == due
    assert rig.applied == []
    assert rig.path.read_text() == bad, "the user's file is never overwritten"
    assert sorted(p.name for p in rig.path.parent.iterdir()) == ["config.toml"]

    edit_in_place(rig, START.replace("= 30", "= 20"))
    qtbot.waitUntil(lambda: rig.settings.interval_min_minutes == 20, timeout=WATCH_MS)


def test_a_file_that_is_not_toml_is_refused_and_left_where_the_user_edits_it(live_rig, qtbot):
    rig = live_rig(START)
    before = rig.settings
    broken = START + "sound = = true\n"
    with qtbot.waitSignal(rig.tray.notified, timeout=WATCH_MS) as told:
        edit_by_rename(rig, broken)
    assert "config.toml is not valid TOML" in told.args[1]
    assert "line 4" in told.args[1]
    assert rig.settings == before
    assert rig.path.read_text() == broken
    assert sorted(p.name for p in rig.path.parent.iterdir()) == ["config.toml"]


def test_an_unknown_key_is_told_and_the_rest_applies(live_rig, qtbot):
    rig = live_rig(START)
    with qtbot.waitSignal(rig.tray.notified, timeout=WATCH_MS) as told:
        edit_in_place(rig, "snoze_minutes = 9\n" + START.replace("= 30", "= 31"))
    assert told.args == ["Settings", "unknown key 'snoze_minutes' is kept in the file but ignored."]
    assert rig.settings.interval_min_minutes == 31


def test_saving_from_the_window_is_not_read_back_as_an_edit(live_rig, qtbot):
    rig = live_rig(START)
    rig.live.open_dialog()
    dialog = rig.live.dialog
    assert dialog is not None
    dialog.findChild(QSpinBox, "interval-max").setValue(40)
    due = None
    with qtbot.waitSignal(rig.live.watcher.changed, timeout=WATCH_MS):
        dialog.ok_button.click()
        due = rig.next_break
        assert len(rig.applied) == 1
    # The watcher saw our own save and the file was read again: nothing more happened.
    assert len(rig.applied) == 1, "our own save came back as a second change"
    assert rig.next_break == due, "our own save re-planned the break a second time"
    assert rig.told == []


def test_an_edit_while_the_window_is_open_shows_in_it(live_rig, qtbot):
    rig = live_rig(START)
    rig.live.open_dialog()
    dialog = rig.live.dialog
    assert dialog is not None
    edit_in_place(rig, START.replace("= 30", "= 12"))
    spin = dialog.findChild(QSpinBox, "interval-min")
    qtbot.waitUntil(lambda: spin.value() == 12, timeout=WATCH_MS)
    assert not dialog.apply_button.isEnabled(), "what the window shows is what is in force"


def test_the_watch_ends_with_stop(live_rig, qtbot):
    rig = live_rig(START)
    rig.live.stop()
    assert rig.live.watcher.watched() == []
    with qtbot.assertNotEmitted(rig.live.watcher.changed, wait=600):
        edit_in_place(rig, START.replace("= 30", "= 5"))
    assert rig.settings.interval_min_minutes == 30


def test_a_settings_folder_deleted_and_made_again_is_watched_again(live_rig, qtbot):
    """Issue 17: edits were ignored until a restart once the folder had been made again."""
    import shutil

    rig = live_rig(START)
    folder = rig.path.parent
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: str(folder) not in rig.live.watcher.watched(), timeout=WATCH_MS)
    folder.mkdir()
    qtbot.waitUntil(lambda: str(folder) in rig.live.watcher.watched(), timeout=WATCH_MS)
    edit_in_place(rig, "daily_goal = 9\n")
    qtbot.waitUntil(lambda: rig.settings.daily_goal == 9, timeout=WATCH_MS)
