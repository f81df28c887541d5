"""The ``[programme]`` table while the app runs: an edit with a bad value is refused with the
sentence of its problem cut before its fallback, and a save from the window reaches the file."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from pathlib import Path

import pytest

from psoasbreak.core.settings import ProgrammeSettings, Settings, parse_settings
from psoasbreak.storage.config_file import load_config
from psoasbreak.storage.settings_store import (
    SettingsStore,
    is_unknown_key,
    refused,
    without_fallback,
)

START = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)

BAD_PROGRAMMES: list[object] = [
    5,
    {"mobility": "yes"},
    {"mobility_time": "25:00"},
    {"strength_days": "mon"},
    {"strength_days": ["mon", "funday"]},
    {"strength_days": ["x", "y"]},
    {"strength": True, "strength_days": []},
    {"equipment": "band"},
    {"equipment": ["band", "kettlebell"]},
    {"equipment": ["Band", "rings"]},
]


@pytest.mark.parametrize("table", BAD_PROGRAMMES, ids=repr)
def test_a_refused_programme_edit_names_the_key_and_drops_the_default(table: object) -> None:
    _, problems = parse_settings({"programme": table})
    assert problems
    for problem in problems:
        assert not is_unknown_key(problem)
        reason = without_fallback(problem.message)
        assert problem.key.split(".")[-1] in reason
        assert "default" not in reason, reason
        assert reason.endswith(".") and not reason.endswith("..")
        # The refused form is a template of its own (core.settings.refusable): the same text.
        assert refused(problem.said).text == reason


class NoLogin:
    def is_enabled(self) -> bool:
        return False

    def set_enabled(self, enabled: bool) -> None:
        raise AssertionError("the programme has nothing to do with the login entry")


def test_a_programme_saved_from_the_window_keeps_the_users_comment(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("daily_goal = 5\n\n[programme]\nmobility = true  # mornings only\n")
    store = SettingsStore(path, load_config(path, START).settings, NoLogin())
    programme = ProgrammeSettings(mobility=True, strength=True, equipment=("dumbbells",))
    store.save(dataclasses.replace(store.current, programme=programme))
    assert "mobility = true  # mornings only\n" in path.read_text()
    assert load_config(path, START).settings == Settings(daily_goal=5, programme=programme)
