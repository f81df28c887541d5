"""The settings in force while the app runs: saves from the window, edits of the file, and the
login entry (a fake here; the real one is tested in tests/unit/desktop/test_autostart.py)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest

from psoasbreak.core.settings import DEFAULT_SETTINGS, Settings, WorkingHours, parse_settings
from psoasbreak.storage.config_file import WHOLE_FILE, load_config
from psoasbreak.storage.settings_store import (
    Change,
    Refusal,
    SettingsStore,
    is_unknown_key,
    without_fallback,
)

HAND_WRITTEN = """\
# my settings
interval_min_minutes = 20   # short, doctor's advice
interval_max_minutes = 25
my_own_note = "kept"

[working_hours]
enabled = false  # not yet
"""
START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


class FakeLogin:
    def __init__(self, enabled: bool = False, fail: bool = False) -> None:
        self.enabled = enabled
        self.fail = fail
        self.calls: list[bool] = []

    def is_enabled(self) -> bool:
        return self.enabled

    def set_enabled(self, enabled: bool) -> None:
        self.calls.append(enabled)
        if self.fail:
            raise OSError("Could not write ~/.config/autostart/psoasbreak.desktop (disk full)")
        self.enabled = enabled


def open_store(path: Path, text: str | None = None, login: FakeLogin | None = None):
    if text is not None:
        path.write_text(text, encoding="utf-8")
    loaded = load_config(path, START)
    login = login or FakeLogin()
    return SettingsStore(path, loaded.settings, login), login


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


# -- edits of the file ----------------------------------------------------------------------------


def test_a_valid_edit_comes_into_force(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    assert store.current.interval_min_minutes == 20
    path.write_text(HAND_WRITTEN.replace("= 20", "= 1").replace("= 25", "= 1"))
    result = store.reload()
    assert isinstance(result, Change)
    assert result.settings is not None
    assert (result.settings.interval_min_minutes, result.settings.interval_max_minutes) == (1, 1)
    assert store.current == result.settings


def test_reading_the_same_settings_again_changes_nothing(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    assert store.reload() is None
    path.write_text(HAND_WRITTEN + "\n# only a new comment\n")
    assert store.reload() is None


def test_a_bad_value_refuses_the_whole_edit_naming_the_key(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    before = store.current
    path.write_text(
        HAND_WRITTEN.replace("= 25", "= 30").replace("# my settings", "snooze_minutes = 500")
    )
    result = store.reload()
    assert isinstance(result, Refusal)
    assert [p.key for p in result.problems] == ["snooze_minutes"]
    assert result.reasons == ("snooze_minutes = 500 is out of range (allowed 1–60).",)
    assert store.current == before  # the valid interval_max change did not apply either
    assert store.reload() is None, "the same refusal is not reported twice"
    path.write_text(HAND_WRITTEN.replace("= 25", "= 30"))
    fixed = store.reload()
    assert isinstance(fixed, Change) and fixed.settings is not None
    assert fixed.settings.interval_max_minutes == 30


def test_an_unparsable_edit_is_refused_and_the_file_left_where_it_is(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    before = store.current
    broken = HAND_WRITTEN.replace("= 25", "= ")
    path.write_text(broken)
    result = store.reload()
    assert isinstance(result, Refusal)
    assert [p.key for p in result.problems] == [WHOLE_FILE]
    assert "config.toml is not valid TOML" in result.reasons[0]
    assert "line 3" in result.reasons[0]
    assert store.current == before
    assert path.read_text() == broken
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]


def test_an_unknown_key_is_reported_once_and_the_rest_applies(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    path.write_text("intervall = 3\n" + HAND_WRITTEN.replace("= 20", "= 15"))
    result = store.reload()
    assert isinstance(result, Change) and result.settings is not None
    assert result.settings.interval_min_minutes == 15
    assert result.notes == ("unknown key 'intervall' is kept in the file but ignored.",)
    path.write_text("intervall = 3\n" + HAND_WRITTEN.replace("= 20", "= 16"))
    again = store.reload()
    assert isinstance(again, Change) and again.notes == ()


def test_unknown_keys_already_reported_at_start_are_not_reported_again(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)  # my_own_note is unknown, told at start-up
    path.write_text(HAND_WRITTEN.replace("= 20", "= 21"))
    result = store.reload()
    assert isinstance(result, Change) and result.notes == ()


def test_a_removed_file_changes_nothing(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    before = store.current
    path.unlink()
    assert store.reload() is None
    assert store.current == before


# -- saves from the window ------------------------------------------------------------------------


def test_a_save_keeps_the_hand_written_file_apart_from_the_changed_values(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    change = store.save(dataclasses.replace(store.current, interval_max_minutes=40))
    assert change.settings is not None and change.settings.interval_max_minutes == 40
    assert path.read_text() == HAND_WRITTEN.replace("= 25", "= 40")
    assert store.reload() is None, "reading our own save back is not a change"


def test_a_save_creates_the_file_with_every_key(path: Path):
    store, _ = open_store(path)
    store.save(dataclasses.replace(DEFAULT_SETTINGS, daily_goal=8))
    loaded = load_config(path, START)
    assert loaded.problems == () and loaded.settings.daily_goal == 8
    assert "interval_min_minutes = 30" in path.read_text()


# -- the login entry ------------------------------------------------------------------------------


def test_autostart_true_in_the_file_creates_a_missing_entry_at_start(path: Path):
    store, login = open_store(path, "autostart = true\n")
    assert login.calls == [True]
    assert store.current.autostart is True


def test_an_entry_made_elsewhere_shows_as_on_and_survives_unrelated_edits(path: Path):
    store, login = open_store(path, "autostart = false\ndaily_goal = 6\n", FakeLogin(True))
    assert store.current.autostart is True
    assert login.calls == []
    path.write_text("autostart = false\ndaily_goal = 7\n")
    result = store.reload()
    assert isinstance(result, Change) and result.settings is not None
    assert result.settings.autostart is True and result.settings.daily_goal == 7
    assert login.calls == []
    path.write_text("autostart = true\ndaily_goal = 7\n")
    store.reload()
    path.write_text("autostart = false\ndaily_goal = 7\n")
    result = store.reload()
    assert login.calls == [True, False]
    assert isinstance(result, Change) and result.settings is not None
    assert result.settings.autostart is False


def test_the_login_entry_is_read_again_and_a_save_touches_it_only_when_the_setting_changes(
    path: Path,
):
    store, login = open_store(path, "autostart = true\n")
    assert login.calls == [True]
    login.enabled = False  # removed by another tool while the app runs
    assert store.current.autostart is True, "not read again until asked"
    assert store.refresh_login().autostart is False
    change = store.save(dataclasses.replace(store.current, daily_goal=9))
    assert login.calls == [True], "an unrelated save left the entry alone"
    assert change.settings is not None and change.settings.autostart is False
    login.enabled = True  # made again by the other tool while the window showed it off
    change = store.save(dataclasses.replace(store.current, daily_goal=10))
    assert login.calls == [True], "the user did not touch the setting: the entry stays"
    assert change.settings is not None and change.settings.autostart is True
    store.save(dataclasses.replace(store.current, autostart=False))
    assert login.calls == [True, False] and login.enabled is False


def test_saving_sets_the_login_entry(path: Path):
    store, login = open_store(path, HAND_WRITTEN)
    change = store.save(dataclasses.replace(store.current, autostart=True))
    assert login.enabled and change.settings is not None and change.settings.autostart
    assert "autostart = true" in path.read_text()


def test_a_login_entry_that_fails_is_a_note_and_the_save_still_happens(path: Path):
    store, _ = open_store(path, HAND_WRITTEN, FakeLogin(fail=True))
    change = store.save(dataclasses.replace(store.current, autostart=True, daily_goal=9))
    assert change.notes == ("Could not write ~/.config/autostart/psoasbreak.desktop (disk full)",)
    assert change.settings is not None
    assert change.settings.daily_goal == 9
    assert change.settings.autostart is False, "the setting shows what is really there"
    assert "daily_goal = 9" in path.read_text()


# -- messages -------------------------------------------------------------------------------------

BAD_VALUES: list[dict[str, object]] = [
    {"interval_min_minutes": 500},
    {"break_seconds": "long"},
    {"exercise": "yoga"},
    {"sound": "yes"},
    {"interval_min_minutes": 50, "interval_max_minutes": 40},
    {"working_hours": 5},
    {"working_hours": {"start": "25:00"}},
    {"working_hours": {"start": "18:00", "end": "09:00"}},
    {"working_hours": {"days": []}},
    {"working_hours": {"days": ["mon", "funday"]}},
]


@pytest.mark.parametrize("data", BAD_VALUES, ids=repr)
def test_refusal_reasons_name_the_key_and_drop_the_default_they_would_use(data):
    _, problems = parse_settings(data)
    assert problems
    for problem in problems:
        assert not is_unknown_key(problem)
        reason = without_fallback(problem.message)
        assert problem.key.split(".")[-1] in reason
        assert "default" not in reason, reason
        assert reason.endswith(".") and not reason.endswith("..")


def test_unknown_keys_are_told_apart_from_bad_values():
    _, problems = parse_settings({"colour": "red", "working_hours": {"lunch": "12:00"}})
    assert [is_unknown_key(p) for p in problems] == [True, True]


def test_settings_with_working_hours_round_trip_through_a_save(path: Path):
    store, _ = open_store(path, HAND_WRITTEN)
    hours = WorkingHours(enabled=True, days=(5, 6))
    store.save(dataclasses.replace(store.current, working_hours=hours))
    reread, _ = open_store(path)
    assert reread.current.working_hours == hours
    expected = Settings(interval_min_minutes=20, interval_max_minutes=25, working_hours=hours)
    assert reread.current == expected
