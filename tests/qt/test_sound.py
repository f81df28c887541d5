"""Sound cues go to the desktop's player, detached; with no player they are silent."""

from __future__ import annotations

import logging
import os
import stat
import time

from psoasbreak.desktop.sound import (
    CUE_FILES,
    CommandSoundPlayer,
    NullSoundPlayer,
    detect_sound_player,
)


def test_detect_prefers_the_sound_server_over_bare_alsa():
    available = {"aplay": "/usr/bin/aplay", "paplay": "/usr/bin/paplay"}
    player = detect_sound_player(available.get)
    assert isinstance(player, CommandSoundPlayer)
    assert player.program == "/usr/bin/paplay"
    available["pw-play"] = "/usr/bin/pw-play"
    assert detect_sound_player(available.get).program == "/usr/bin/pw-play"
    player = detect_sound_player({"aplay": "/usr/bin/aplay"}.get)
    assert (player.program, player.args) == ("/usr/bin/aplay", ("-q",))


def test_no_player_means_silence():
    player = detect_sound_player(lambda name: None)
    assert isinstance(player, NullSoundPlayer)
    player.play("switch")  # nothing happens, nothing fails


def _fake_player(tmp_path, body):
    script = tmp_path / "fake-player"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_a_cue_plays_its_own_file_without_waiting_for_the_player(qtbot, tmp_path):
    out = tmp_path / "played"
    # The player takes its time; play() must return long before it is done.
    script = _fake_player(tmp_path, f'echo "$@" >> "{out}.part"; sleep 1; mv "{out}.part" "{out}"')
    player = CommandSoundPlayer(str(script), ("--quiet",))
    started = time.monotonic()
    player.play("switch")
    assert time.monotonic() - started < 0.5
    qtbot.waitUntil(out.exists, timeout=5000)
    args = out.read_text(encoding="utf-8").split()
    assert args[0] == "--quiet"
    assert args[1].replace(os.sep, "/").endswith(CUE_FILES["switch"])


def test_a_broken_player_is_reported_once_and_never_raises(caplog):
    player = CommandSoundPlayer("/nonexistent/player")
    with caplog.at_level(logging.WARNING, logger="psoasbreak.desktop.sound"):
        player.play("switch")
        player.play("done")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "/nonexistent/player" in warnings[0].getMessage()
