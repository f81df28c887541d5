"""GNOME's do-not-disturb switch read with the real ``gsettings`` and GNOME's real schema (issue
16: the settings portal of GNOME 43 cannot answer it). The keyfile backend keeps the setting in a
test folder instead of the user's dconf database; GNOME's Settings window writes the same key."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from psoasbreak.core.quiet import QuietReason
from psoasbreak.desktop.dnd import GSettingsBanners, build_quiet_source
from psoasbreak.desktop.environment import DesktopSession, DisplayServer
from tests.needs import unavailable

SCHEMA = "org.gnome.desktop.notifications"


@pytest.fixture
def gsettings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    program = shutil.which("gsettings")
    if program is None:
        unavailable("needs gsettings (libglib2.0-bin)", "libglib2.0-bin")
    schemas = subprocess.run([program, "list-schemas"], capture_output=True, text=True, check=False)
    if SCHEMA not in schemas.stdout.split():
        unavailable(
            f"needs the {SCHEMA} schema (gsettings-desktop-schemas)", "gsettings-desktop-schemas"
        )
    monkeypatch.setenv("GSETTINGS_BACKEND", "keyfile")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return program


def set_banners(program: str, value: str) -> None:
    subprocess.run([program, "set", SCHEMA, "show-banners", value], check=True, env=os.environ)


def test_banners_off_is_do_not_disturb_and_on_is_not(gsettings: str) -> None:
    source = GSettingsBanners(gsettings)
    assert source.quiet_reason() is None  # GNOME's default: banners shown
    set_banners(gsettings, "false")
    assert source.quiet_reason() is QuietReason.DO_NOT_DISTURB
    set_banners(gsettings, "true")
    assert source.quiet_reason() is None


def test_a_gnome_session_asks_gsettings(gsettings: str) -> None:
    set_banners(gsettings, "false")
    gnome = DesktopSession(DisplayServer.UNKNOWN, ("gnome",))
    assert build_quiet_source(gnome).quiet_reason() is QuietReason.DO_NOT_DISTURB
    other = DesktopSession(DisplayServer.UNKNOWN, ("sway",))
    assert build_quiet_source(other).quiet_reason() is None


def test_a_broken_gsettings_is_not_quiet(tmp_path: Path) -> None:
    missing = GSettingsBanners(str(tmp_path / "no-such-program"))
    assert missing.quiet_reason() is None
    failing = tmp_path / "gsettings"
    failing.write_text("#!/bin/sh\necho 'No such schema' >&2\nexit 1\n")
    failing.chmod(0o755)
    assert GSettingsBanners(str(failing)).quiet_reason() is None
