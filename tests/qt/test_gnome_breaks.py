"""GNOME 48's own movement break reminders, respected (issue 16): told once, the choice offered
in the home window until made, GNOME's reminders turned off only on the user's click, and with
both kept never two prompts within a minute.

GSettings is real: the ``gsettings`` program with the keyfile backend in a test folder, and the
keys of GNOME 48's ``org.gnome.desktop.break-reminders`` schema that psoasbreak uses (ids, key
names, types and defaults as GNOME 48 ships them), compiled into a test schema folder
(``GSETTINGS_SCHEMA_DIR``), since Debian 12's GNOME 43 has no such schema. GNOME Shell's break
manager is a fake ``org.gnome.Shell.ScreenTime`` on a real private bus: GNOME 48 itself cannot
run here."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from psoasbreak.core.gnome_breaks import GnomeChoice
from psoasbreak.core.session import State
from psoasbreak.desktop.gnome_breaks import (
    SCHEMA,
    SCREEN_TIME,
    GnomeBreaks,
    GnomeBreakSettings,
    ScreenTime,
)
from psoasbreak.shell.gnome_breaks import GnomeBreakReminders
from psoasbreak.ui.home_window import HomeWindow
from tests.needs import unavailable
from tests.private_bus import qt_connection
from tests.qt.conftest import RIG_SETTINGS, Rig

BUS_NAME = "test-gnome-breaks-bus"
#: The part of GNOME 48's schema psoasbreak reads and writes.
GNOME_48_KEYS = """<?xml version="1.0" encoding="UTF-8"?>
<schemalist>
  <schema id="org.gnome.desktop.break-reminders" path="/org/gnome/desktop/break-reminders/">
    <key name="selected-breaks" type="as"><default>[]</default></key>
    <child schema="org.gnome.desktop.break-reminders.movement" name="movement"/>
  </schema>
  <schema id="org.gnome.desktop.break-reminders.movement"
          path="/org/gnome/desktop/break-reminders/movement/">
    <key name="interval-seconds" type="u"><default>1800</default></key>
    <key name="duration-seconds" type="u"><default>300</default></key>
  </schema>
</schemalist>
"""
START = datetime(2030, 1, 9, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def gsettings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    program = shutil.which("gsettings")
    compiler = shutil.which("glib-compile-schemas")
    if program is None or compiler is None:
        unavailable("needs gsettings and glib-compile-schemas (libglib2.0-bin)", "libglib2.0-bin")
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return program


@pytest.fixture
def gnome_48(gsettings: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    schemas = tmp_path / "schemas"
    schemas.mkdir()
    (schemas / f"{SCHEMA}.gschema.xml").write_text(GNOME_48_KEYS, encoding="utf-8")
    subprocess.run(["glib-compile-schemas", str(schemas)], check=True)
    monkeypatch.setenv("GSETTINGS_SCHEMA_DIR", str(schemas))
    return gsettings


def select(program: str, value: str) -> None:
    subprocess.run([program, "set", SCHEMA, "selected-breaks", value], check=True)


def selected(program: str) -> str:
    got = subprocess.run([program, "get", SCHEMA, "selected-breaks"], capture_output=True)
    return got.stdout.decode().strip()


@pytest.fixture
def shell_bus(tmp_path):
    with qt_connection(tmp_path, BUS_NAME) as bus_and_connection:
        yield bus_and_connection


def gnome_shell(bus, state: int, last_break_end: int):
    """GNOME Shell's ScreenTime object as GNOME 48 serves it."""
    service, path, interface = SCREEN_TIME
    shell = bus.service("session", service)
    shell.set_property(path, interface, "State", "u", state)
    shell.set_property(path, interface, "LastBreakEndTime", "t", last_break_end)
    return shell


# -- the settings ---------------------------------------------------------------------------------


def test_before_gnome_48_there_is_nothing_to_respect(gsettings: str, tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    counting = tmp_path / "gsettings"  # gsettings itself, counting its runs
    counting.write_text(f'#!/bin/sh\necho run >> "{runs}"\nexec "{gsettings}" "$@"\n')
    counting.chmod(0o755)
    settings = GnomeBreakSettings(str(counting))
    assert settings.selected() is None  # no such schema on GNOME 43
    assert settings.selected() is None and settings.movement_interval() is None
    assert runs.read_text().count("run") == 1  # asked once: the answer cannot change
    reminders = GnomeBreakReminders(GnomeBreaks(settings, None), tmp_path / "choice.json")
    assert not reminders.offered and not reminders.facts().movement_on
    assert not reminders.tell_once()


def test_movement_on_is_told_once_and_turned_off_on_the_users_click(
    gnome_48: str, tmp_path: Path
) -> None:
    settings = GnomeBreakSettings(gnome_48)
    assert settings.selected() == ()  # GNOME's default: none
    select(gnome_48, "['eyesight', 'movement']")
    assert settings.movement_interval() == timedelta(minutes=30)
    choice_file = tmp_path / "state" / "gnome-breaks.json"
    reminders = GnomeBreakReminders(GnomeBreaks(settings, None), choice_file)
    assert reminders.offered
    assert selected(gnome_48) == "['eyesight', 'movement']"  # nothing changed by looking
    assert reminders.tell_once() and not reminders.tell_once()
    # Told once means once: a new start (a new object on the same file) does not tell again.
    again = GnomeBreakReminders(GnomeBreaks(settings, None), choice_file)
    assert not again.tell_once() and again.offered
    assert again.turn_gnome_off()
    assert selected(gnome_48) == "['eyesight']"  # GNOME's eyesight breaks are not ours
    assert not again.offered
    assert json.loads(choice_file.read_text()) == {"choice": "turned-off", "told": True}


def test_keep_both_is_remembered_and_changes_nothing_in_gnome(
    gnome_48: str, tmp_path: Path
) -> None:
    select(gnome_48, "['movement']")
    choice_file = tmp_path / "gnome-breaks.json"
    reminders = GnomeBreakReminders(GnomeBreaks(GnomeBreakSettings(gnome_48), None), choice_file)
    reminders.keep_both()
    assert selected(gnome_48) == "['movement']"
    later = GnomeBreakReminders(GnomeBreaks(GnomeBreakSettings(gnome_48), None), choice_file)
    assert later.choice is GnomeChoice.KEEP_BOTH and not later.offered
    assert later.facts().movement_on  # both kept: the rules about GNOME's prompts still apply


def test_gnome_shells_break_manager_is_read_over_the_session_bus(
    qtbot, gnome_48: str, shell_bus
) -> None:
    bus, connection = shell_bus
    select(gnome_48, "['movement']")
    ended = int(START.timestamp())
    gnome_shell(bus, 4, ended)  # a break is due: GNOME's prompt is out
    facts = GnomeBreakReminders(
        GnomeBreaks(GnomeBreakSettings(gnome_48), ScreenTime(connection)), Path("/nonexistent")
    ).facts()
    assert facts.prompting
    assert facts.last_break_end == START
    assert facts.next_due() == START + timedelta(minutes=30)


def test_a_shell_without_the_break_manager_has_no_prompt_out(qtbot, shell_bus) -> None:
    _, connection = shell_bus
    assert ScreenTime(connection).read() == (False, None)


# -- the home window -------------------------------------------------------------------------------


def test_the_home_window_offers_the_choice_and_says_the_users_answer(qtbot) -> None:
    home = HomeWindow()
    qtbot.addWidget(home)
    assert home.gnome_offer.isHidden()
    home.show_gnome_offer(True)
    assert not home.gnome_offer.isHidden()
    with qtbot.waitSignal(home.gnome_off_requested, timeout=1000):
        home.gnome_off_button.click()
    with qtbot.waitSignal(home.keep_both_requested, timeout=1000):
        home.keep_both_button.click()
    assert "Wellbeing" in home.gnome_off_button.accessibleDescription()


# -- the whole app ----------------------------------------------------------------------------------


def test_the_app_tells_once_offers_at_home_and_turns_gnomes_off_on_a_click(
    qtbot, gnome_48: str, tmp_path: Path
) -> None:
    select(gnome_48, "['movement']")
    edge = GnomeBreaks(GnomeBreakSettings(gnome_48), None)
    rig = Rig(tmp_path, start=START, settings=RIG_SETTINGS, gnome_breaks=edge)
    try:
        assert [title for title, _ in rig.notified] == ["GNOME reminds you to move too"]
        rig.app.show_home()
        home = rig.app.home_window
        assert home.gnome_offer.isVisibleTo(home)
        home.gnome_off_button.click()
        assert selected(gnome_48) == "@as []"
        assert not home.gnome_offer.isVisibleTo(home)
    finally:
        rig.close()
    again = Rig(tmp_path, start=START, settings=RIG_SETTINGS, gnome_breaks=edge)
    try:
        assert again.notified == []  # told once, answered: never again
    finally:
        again.close()


def test_with_both_kept_ours_waits_for_gnomes_prompt_and_a_gnome_break_restarts_ours(
    qtbot, gnome_48: str, shell_bus, tmp_path: Path
) -> None:
    bus, connection = shell_bus
    select(gnome_48, "['movement']")
    shell = gnome_shell(bus, 4, 0)  # GNOME's prompt is out when ours falls due
    edge = GnomeBreaks(GnomeBreakSettings(gnome_48), ScreenTime(connection))
    rig = Rig(tmp_path, start=START, settings=RIG_SETTINGS, gnome_breaks=edge)
    try:
        rig.app.gnome.keep_both()
        rig.due_now()  # 10:30: ours is due, GNOME's is out
        assert rig.session.state is State.WORKING
        assert rig.app.control.status_json()["waiting_for"] == "gnome-break"
        # The user takes GNOME's break; it ends at 10:36: ours starts its interval from there.
        ended = START + timedelta(minutes=36)
        path, interface = SCREEN_TIME[1], SCREEN_TIME[2]
        shell.set_property(path, interface, "State", "u", 1)
        shell.set_property(path, interface, "LastBreakEndTime", "t", int(ended.timestamp()))
        rig.clock.advance(7 * 60)
        rig.scheduler.due.emit()  # the next re-check, at 10:37
        assert rig.session.state is State.WORKING
        assert rig.next_break == ended + timedelta(minutes=30)
        assert rig.outcomes() == []
    finally:
        rig.close()
