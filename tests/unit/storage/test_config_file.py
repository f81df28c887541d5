"""config.toml on disk: forgiving reads, broken files kept, saves that keep the user's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from psoasbreak.core.settings import ProgrammeSettings, Settings, WorkingHours
from psoasbreak.storage import config_file
from psoasbreak.storage.config_file import (
    WHOLE_FILE,
    ConfigFileError,
    LoadedConfig,
    load_config,
    read_config,
    save_config,
)
from tests.unit.core.test_settings import settings_values

NOW = dt.datetime(2026, 11, 25, 9, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))
running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0

USER_FILE = """\
# My break settings -- tuned after the physio visit.
interval_min_minutes   =   30   # short, my back hurts
interval_max_minutes = 45

exercise = 'stretch'  # literal string on purpose
mystery_option = "keep me"   # not a psoasbreak key
sound = true

[working_hours]
# office days only
enabled = true
start = "08:00"
days = ["mon", "tue", "wed", "thu", "fri"]
colour = "blue"

[plugins.foo]
bar = [1, 2,
       3]
"""


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "psoasbreak" / "config.toml"


def folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- loading --------------------------------------------------------------------------------


def test_a_missing_file_gives_the_defaults_and_is_not_created(config: Path) -> None:
    assert load_config(config, NOW) == LoadedConfig(Settings(), (), None)
    assert not config.parent.exists()


def test_a_valid_file_is_read(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings(
        exercise="stretch",
        working_hours=WorkingHours(enabled=True, start=dt.time(8, 0)),
    )
    assert [p.key for p in loaded.problems] == [
        "working_hours.colour",
        "mystery_option",
        "plugins",
    ]
    assert loaded.moved_aside is None


def test_bad_values_in_a_valid_file_are_reported_not_fatal(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("break_seconds = 5000\ndaily_goal = 3\n")
    loaded = load_config(config, NOW)
    assert (loaded.settings.break_seconds, loaded.settings.daily_goal) == (60, 3)
    assert [p.key for p in loaded.problems] == ["break_seconds"]
    assert config.exists()


def test_a_byte_order_mark_is_tolerated(config: Path) -> None:
    config.parent.mkdir()
    config.write_bytes(b"\xef\xbb\xbfdaily_goal = 9\n")
    loaded = load_config(config, NOW)
    assert (loaded.settings.daily_goal, loaded.problems) == (9, ())


BROKEN = b"daily_goal = 9\nsound = = true\n# more below\n"


def test_a_broken_file_is_moved_aside_with_its_bytes_intact(config: Path) -> None:
    config.parent.mkdir()
    config.write_bytes(BROKEN)
    loaded = load_config(config, NOW)
    aside = config.parent / "config.toml.broken-20261125-093005"
    assert loaded.moved_aside == aside
    assert aside.read_bytes() == BROKEN
    assert not config.exists()
    assert loaded.settings == Settings()
    [problem] = loaded.problems
    assert problem.key == WHOLE_FILE
    assert str(aside) in problem.message
    assert str(config) in problem.message
    assert "line 2, column" in problem.message


def test_read_config_while_running_leaves_a_broken_file_where_the_user_edits_it(
    config: Path,
) -> None:
    config.parent.mkdir()
    config.write_bytes(BROKEN)
    loaded = read_config(config)
    assert loaded.moved_aside is None
    assert config.read_bytes() == BROKEN
    assert list(config.parent.iterdir()) == [config]
    [problem] = loaded.problems
    assert problem.key == WHOLE_FILE
    assert "config.toml is not valid TOML" in problem.message
    assert "line 2, column" in problem.message
    config.write_bytes(b"daily_goal = 9\n")
    assert read_config(config) == LoadedConfig(Settings(daily_goal=9), (), None)


def test_a_second_broken_file_in_the_same_second_does_not_replace_the_first(
    config: Path,
) -> None:
    config.parent.mkdir()
    config.write_bytes(BROKEN)
    first = load_config(config, NOW).moved_aside
    config.write_bytes(b"second = \n")
    second = load_config(config, NOW).moved_aside
    assert first is not None and second is not None
    assert second.name == "config.toml.broken-20261125-093005-2"
    assert first.read_bytes() == BROKEN
    assert second.read_bytes() == b"second = \n"


def test_a_file_that_is_not_utf8_is_moved_aside_with_its_position(config: Path) -> None:
    config.parent.mkdir()
    content = b"daily_goal = 9\nexercise = '\xff'\n"
    config.write_bytes(content)
    loaded = load_config(config, NOW)
    assert loaded.moved_aside is not None
    assert loaded.moved_aside.read_bytes() == content
    assert "not UTF-8 text (at line 2, column 13)" in loaded.problems[0].message


def test_a_folder_where_the_file_should_be_is_reported_and_left_alone(config: Path) -> None:
    config.mkdir(parents=True)
    (config / "inside").write_text("keep")
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is None
    [problem] = loaded.problems
    assert problem.key == WHOLE_FILE
    assert f"{config} is a folder" in problem.message
    assert "Move that folder elsewhere" in problem.message
    assert folder_listing(config.parent) == ["config.toml"]
    assert (config / "inside").read_text() == "keep"


def test_a_path_through_a_file_cannot_be_read_even_by_root(tmp_path: Path) -> None:
    # A file where the config folder should be: reading fails for every user, root included.
    (tmp_path / "psoasbreak").write_text("not a folder")
    config = tmp_path / "psoasbreak" / "config.toml"
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is None
    [problem] = loaded.problems
    assert f"{config} could not be read (Not a directory)" in problem.message
    assert (tmp_path / "psoasbreak").read_text() == "not a folder"


@pytest.mark.skipif(running_as_root, reason="root reads a file with mode 000 anyway")
def test_an_unreadable_file_is_reported_and_left_alone(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("daily_goal = 9\n")
    config.chmod(0)
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is None
    assert "could not be read (Permission denied)" in loaded.problems[0].message
    assert "permissions" in loaded.problems[0].message
    assert folder_listing(config.parent) == ["config.toml"]


@pytest.mark.skipif(not running_as_root, reason="needs root to act as another user")
def test_an_unreadable_file_is_reported_and_left_alone_for_a_real_other_user() -> None:
    # What CI (root) can run for real: a forked child becomes `nobody`, for whom mode 000 bites.
    folder = Path(tempfile.mkdtemp(prefix="pb-perm-"))
    try:
        folder.chmod(0o777)
        config = folder / "config.toml"
        config.write_text("daily_goal = 9\n")
        config.chmod(0)
        reading, writing = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            verdict = "error"
            try:
                os.close(reading)
                os.setgid(65534)
                os.setuid(65534)
                loaded = load_config(config, NOW)
                verdict = "|".join(
                    [
                        str(loaded.settings == Settings()),
                        str(loaded.moved_aside),
                        loaded.problems[0].message if loaded.problems else "",
                    ]
                )
            finally:
                os.write(writing, verdict.encode())
                os._exit(0)
        os.close(writing)
        with os.fdopen(reading, "rb") as pipe:
            answer = pipe.read().decode()
        os.waitpid(child, 0)
        defaults, moved, message = answer.split("|", 2)
        assert defaults == "True" and moved == "None", answer
        assert f"{config} could not be read (Permission denied)" in message
        assert "Check the file's permissions" in message
        assert sorted(os.listdir(folder)) == ["config.toml"]
        assert config.stat().st_mode & 0o777 == 0
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def test_a_permission_error_gives_a_message_to_act_on(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The message itself, on any machine (the real thing needs another user, as above).
    config.parent.mkdir()
    config.write_text("daily_goal = 9\n")

    def refuse(path: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(config_file, "_read_regular_file", refuse)
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings()
    message = loaded.problems[0].message
    assert f"{config} could not be read (Permission denied)" in message
    assert "Check the file's permissions" in message


# --- saving ---------------------------------------------------------------------------------


def test_saving_creates_a_new_file_with_a_header_and_every_key(config: Path) -> None:
    wanted = Settings(daily_goal=8, working_hours=WorkingHours(enabled=True))
    save_config(config, wanted)
    text = config.read_text()
    assert text.startswith("# psoasbreak settings.")
    for field in dataclasses.fields(Settings):
        assert f"{field.name} = " in text or f"[{field.name}]" in text
    assert load_config(config, NOW) == LoadedConfig(wanted, (), None)


def test_saving_changes_only_the_changed_value(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)
    current = load_config(config, NOW).settings
    save_config(config, dataclasses.replace(current, interval_min_minutes=20))
    expected = USER_FILE.replace(
        "interval_min_minutes   =   30   # short", "interval_min_minutes   =   20   # short"
    )
    assert config.read_text() == expected


def test_saving_a_working_hours_change_keeps_the_table_around_it(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)
    current = load_config(config, NOW).settings
    hours = dataclasses.replace(current.working_hours, start=dt.time(7, 45), days=(0, 2))
    save_config(config, dataclasses.replace(current, working_hours=hours))
    expected = USER_FILE.replace('start = "08:00"', 'start = "07:45"').replace(
        'days = ["mon", "tue", "wed", "thu", "fri"]', 'days = ["mon", "wed"]'
    )
    assert config.read_text() == expected


def test_saving_adds_a_missing_key_only_when_it_differs_from_its_default(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("# mine\ndaily_goal = 3\n\n[other]\nx = 1\n")
    save_config(config, Settings(daily_goal=3, snooze_minutes=10))
    text = config.read_text()
    assert text.startswith("# mine\ndaily_goal = 3\n")
    assert "snooze_minutes = 10" in text
    assert "sound" not in text
    assert "working_hours" not in text
    assert "programme" not in text
    assert load_config(config, NOW).settings == Settings(daily_goal=3, snooze_minutes=10)


def test_saving_adds_working_hours_as_a_table_at_the_end(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("daily_goal = 3\n\n[other]\nx = 1\n")
    wanted = Settings(daily_goal=3, working_hours=WorkingHours(enabled=True))
    save_config(config, wanted)
    text = config.read_text()
    assert text.startswith("daily_goal = 3\n\n[other]\nx = 1\n")
    assert "[working_hours]" in text
    assert load_config(config, NOW).settings == wanted


def test_saving_adds_programme_as_a_table_at_the_end(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("daily_goal = 3\n\n[other]\nx = 1\n")
    wanted = Settings(daily_goal=3, programme=ProgrammeSettings(mobility=True))
    save_config(config, wanted)
    text = config.read_text()
    assert text.startswith("daily_goal = 3\n\n[other]\nx = 1\n")
    assert "\n[programme]\nmobility = true\n" in text
    assert "working_hours" not in text
    assert load_config(config, NOW).settings == wanted


def test_saving_keeps_a_value_that_already_means_the_same(config: Path) -> None:
    config.parent.mkdir()
    original = "break_seconds = 60.0\n[working_hours]\ndays = ['FRI', 'mon']\nstart = 09:00:00\n"
    config.write_text(original)
    save_config(config, load_config(config, NOW).settings)
    assert config.read_text() == original


def test_saving_replaces_an_invalid_value_with_the_one_in_force(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("break_seconds = 5000  # too long\ndaily_goal = 3\n")
    save_config(config, load_config(config, NOW).settings)
    assert config.read_text() == "break_seconds = 60  # too long\ndaily_goal = 3\n"
    assert load_config(config, NOW).problems == ()


def test_saving_fixes_a_working_hours_value_that_is_not_a_table(config: Path) -> None:
    config.parent.mkdir()
    config.write_text('working_hours = "9 to 5"\nsound = false\n')
    wanted = Settings(sound=False, working_hours=WorkingHours(enabled=True))
    save_config(config, wanted)
    assert load_config(config, NOW) == LoadedConfig(wanted, (), None)


def test_saving_fixes_a_programme_value_that_is_not_a_table(config: Path) -> None:
    config.parent.mkdir()
    config.write_text('programme = "strength on mondays"\nsound = false\n')
    wanted = Settings(sound=False, programme=ProgrammeSettings(strength=True, strength_days=(0,)))
    save_config(config, wanted)
    assert load_config(config, NOW) == LoadedConfig(wanted, (), None)


def test_saving_nothing_new_leaves_the_file_untouched(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)
    before = config.stat()
    save_config(config, load_config(config, NOW).settings)
    after = config.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_saving_replaces_the_file_atomically_and_leaves_no_temp_files(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)
    before = config.stat().st_ino
    save_config(config, Settings(daily_goal=2))
    assert config.stat().st_ino != before  # a new file renamed over the old, not rewritten
    assert folder_listing(config.parent) == ["config.toml"]


def test_a_failed_save_keeps_the_old_file_and_removes_its_temp_file(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config.parent.mkdir()
    config.write_text(USER_FILE)

    def disk_full(source: object, destination: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ConfigFileError, match="No space left on device"):
        save_config(config, Settings(daily_goal=2))
    assert config.read_text() == USER_FILE
    assert folder_listing(config.parent) == ["config.toml"]


def test_saving_keeps_the_file_mode(config: Path) -> None:
    config.parent.mkdir()
    config.write_text("daily_goal = 3\n")
    config.chmod(0o640)
    save_config(config, Settings(daily_goal=4))
    assert stat.S_IMODE(config.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_saving_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "psoasbreak.toml"
    real.parent.mkdir()
    real.write_text("daily_goal = 3\n")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    save_config(link, Settings(daily_goal=4))
    assert link.is_symlink()
    assert real.read_text() == "daily_goal = 4\n"


def test_saving_refuses_to_overwrite_a_broken_file(config: Path) -> None:
    config.parent.mkdir()
    config.write_bytes(BROKEN)
    with pytest.raises(ConfigFileError, match=r"is not valid TOML .* does not overwrite it"):
        save_config(config, Settings(daily_goal=2))
    assert config.read_bytes() == BROKEN
    assert folder_listing(config.parent) == ["config.toml"]


def test_saving_into_a_folder_in_place_of_the_file_is_an_error(config: Path) -> None:
    config.mkdir(parents=True)
    with pytest.raises(ConfigFileError, match="could not be read"):
        save_config(config, Settings(daily_goal=2))
    assert config.is_dir()


def test_saving_invalid_settings_is_a_bug_in_the_caller(config: Path) -> None:
    with pytest.raises(ValueError, match="interval_min_minutes = 500"):
        save_config(config, Settings(interval_min_minutes=500))
    assert not config.exists()


@settings(max_examples=40, deadline=None)
@given(first=settings_values(), second=settings_values())
def test_any_settings_survive_two_saves_into_the_users_file(
    first: Settings, second: Settings
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_text(USER_FILE)
        save_config(path, first)
        save_config(path, second)
        loaded = load_config(path, NOW)
        text = path.read_text()
    assert loaded.settings == second
    assert [p.key for p in loaded.problems] == [
        "working_hours.colour",
        "mystery_option",
        "plugins",
    ]
    assert text.startswith("# My break settings -- tuned after the physio visit.\n")
    assert 'mystery_option = "keep me"   # not a psoasbreak key\n' in text
    assert "# office days only\n" in text
    assert "[plugins.foo]\nbar = [1, 2,\n       3]\n" in text


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_a_pipe_a_device_or_a_huge_file_gives_defaults_without_hanging(
    config: Path, kind: str
) -> None:
    """A named pipe would block start-up forever in open() or read(); /dev/zero never ends."""
    config.parent.mkdir()
    if kind == "fifo":
        os.mkfifo(config)
    elif kind == "device":
        config.symlink_to("/dev/zero")
    else:
        with config.open("wb") as stream:
            stream.truncate(config_file.MAX_CONFIG_BYTES + 1)  # sparse: costs no disk
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings()
    assert loaded.moved_aside is None and os.path.lexists(config)
    [problem] = loaded.problems
    expected = "larger than" if kind == "huge" else "not a plain file"
    assert problem.key == WHOLE_FILE and expected in problem.message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("x = " + "[" * 3000, "nested too deeply"),
        ("x = " + "{a = " * 1500, "nested too deeply"),
        ("daily_goal = " + "9" * 4301, "4300 digits"),
    ],
    ids=["brackets", "inline tables", "huge integer"],
)
def test_a_hostile_edit_while_running_is_refused_and_left_in_place(
    config: Path, text: str, said: str
) -> None:
    """Issue 17: these raised RecursionError and ValueError out of the reader."""
    config.parent.mkdir()
    config.write_text(text, encoding="utf-8")
    loaded = read_config(config)
    assert loaded.settings == Settings()
    [problem] = loaded.problems
    assert problem.key == WHOLE_FILE and said in problem.message
    assert config.read_text(encoding="utf-8") == text


# --- the [programme] table ------------------------------------------------------------------

PROGRAMME_FILE = """\
daily_goal = 4

[programme]
# lunchtime strength, my physio's plan
strength = true   # twice a week
strength_days = ["Tue", "fri"]
equipment = ["band"]
kettlebell = 12  # not a psoasbreak key (yet)

[working_hours]
enabled = true
"""
PROGRAMME_IN_FILE = ProgrammeSettings(strength=True, strength_days=(1, 4), equipment=("band",))


def test_a_programme_table_is_read_and_its_unknown_key_reported(config: Path) -> None:
    config.parent.mkdir()
    config.write_text(PROGRAMME_FILE)
    loaded = load_config(config, NOW)
    assert loaded.settings == Settings(
        daily_goal=4, working_hours=WorkingHours(enabled=True), programme=PROGRAMME_IN_FILE
    )
    assert [p.key for p in loaded.problems] == ["programme.kettlebell"]


def test_saving_a_programme_change_keeps_the_table_around_it(config: Path) -> None:
    """Changed values change in place, a missing one joins the table after its last key, and
    the comments, the spelling of unchanged values and the unknown key stay."""
    config.parent.mkdir()
    config.write_text(PROGRAMME_FILE)
    current = load_config(config, NOW).settings
    programme = dataclasses.replace(
        current.programme, equipment=("band", "dumbbells"), strength_time=dt.time(7, 30)
    )
    save_config(config, dataclasses.replace(current, programme=programme))
    expected = PROGRAMME_FILE.replace(
        'equipment = ["band"]', 'equipment = ["band", "dumbbells"]'
    ).replace(
        "kettlebell = 12  # not a psoasbreak key (yet)\n",
        'kettlebell = 12  # not a psoasbreak key (yet)\nstrength_time = "07:30"\n',
    )
    assert config.read_text() == expected
    assert load_config(config, NOW).settings.programme == programme


def test_saving_keeps_a_programme_value_that_already_means_the_same(config: Path) -> None:
    config.parent.mkdir()
    original = (
        "[programme]\nstrength = true\nstrength_days = ['FRI', 'mon', 'mon']\n"
        "equipment = ['foam-roller', 'band']\nmobility_time = 09:00:00\n"
    )
    config.write_text(original)
    current = load_config(config, NOW).settings
    assert current.programme.equipment == ("band", "foam-roller")
    save_config(config, current)
    assert config.read_text() == original


def test_saving_an_empty_strength_day_list_is_refused_while_strength_is_on(config: Path) -> None:
    with pytest.raises(ValueError, match=r"programme\.strength_days = \[\] is empty"):
        save_config(config, Settings(programme=ProgrammeSettings(strength=True, strength_days=())))
    assert not config.exists()
    resting = Settings(programme=ProgrammeSettings(mobility=True, strength_days=()))
    save_config(config, resting)
    assert load_config(config, NOW) == LoadedConfig(resting, (), None)


@settings(max_examples=40, deadline=None)
@given(first=settings_values(), second=settings_values())
def test_any_settings_survive_two_saves_into_a_file_with_a_programme_table(
    first: Settings, second: Settings
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_text(PROGRAMME_FILE)
        save_config(path, first)
        save_config(path, second)
        loaded = load_config(path, NOW)
        text = path.read_text()
    assert loaded.settings == second
    assert [p.key for p in loaded.problems] == ["programme.kettlebell"]
    assert "[programme]\n# lunchtime strength, my physio's plan\n" in text
    assert "kettlebell = 12  # not a psoasbreak key (yet)\n" in text
    assert "# twice a week\n" in text
