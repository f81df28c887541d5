"""Short sound cues ("switch sides", "break done") played by the desktop's own sound player.

QtMultimedia is not part of PySide6-Essentials (DESIGN §7) and the full PySide6 would add far more
than two cues are worth, so our own quiet WAV files (``resources/sounds/``, made by
``make_sounds.py`` there) go to the first player found on PATH: PipeWire's ``pw-play``,
PulseAudio's ``paplay``, or ALSA's ``aplay``. ``QProcess.startDetached`` returns at once and leaves
no child to reap, so a cue never blocks the UI and needs no timer. With no player the cues are
silent (NullSoundPlayer) and the on-screen cues carry the moment on their own.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtCore import QIODevice, QProcess

from psoasbreak.assets import resource_path

log = logging.getLogger(__name__)

Cue = Literal["switch", "done"]

CUE_FILES: dict[Cue, str] = {"switch": "sounds/switch-sides.wav", "done": "sounds/done.wav"}
#: Tried in order: the sound server first (it mixes with what else plays), bare ALSA last.
PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pw-play", ()),
    ("paplay", ()),
    ("aplay", ("-q",)),
)


class SoundPlayer(Protocol):
    def play(self, cue: Cue) -> None: ...


class NullSoundPlayer:
    """No player on this system: every cue is silent."""

    def play(self, cue: Cue) -> None:
        pass


class CommandSoundPlayer:
    """Plays a cue by starting ``program *args FILE`` detached; never waits for it."""

    def __init__(self, program: str, args: Sequence[str] = (), output: Path | None = None) -> None:
        """``output``: the file the player's own messages are appended to (the app's log);
        None: they are dropped. Never the app's stderr (issue 17)."""
        self.program = program
        self.args = tuple(args)
        self.output = output
        self._warned = False

    def play(self, cue: Cue) -> None:
        try:
            path = resource_path(CUE_FILES[cue])
        except FileNotFoundError as error:
            self._warn_once("sound cue %r is missing: %s", cue, error)
            return
        process = QProcess()
        process.setProgram(self.program)
        process.setArguments([*self.args, str(path)])
        process.setStandardInputFile(QProcess.nullDevice())
        sink = str(self.output) if self.output is not None else QProcess.nullDevice()
        process.setStandardOutputFile(sink, QIODevice.OpenModeFlag.Append)
        process.setStandardErrorFile(sink, QIODevice.OpenModeFlag.Append)
        started = process.startDetached()
        if not started:
            self._warn_once("could not start %s to play the %r cue", self.program, cue)

    def _warn_once(self, message: str, *args: object) -> None:
        # A broken player would otherwise log at every break; once per run says enough.
        if not self._warned:
            self._warned = True
            log.warning(message, *args)

    def __repr__(self) -> str:
        return f"CommandSoundPlayer({self.program!r}, {self.args!r})"


def detect_sound_player(
    which: Callable[[str], str | None] = shutil.which,
    output: Path | None = None,
) -> CommandSoundPlayer | NullSoundPlayer:
    """The first player of PLAYERS on PATH, its messages going to ``output`` (the log), else
    the silent fallback."""
    for program, args in PLAYERS:
        found = which(program)
        if found:
            log.debug("sound cues play with %s", found)
            return CommandSoundPlayer(found, args, output)
    log.info("no pw-play, paplay or aplay on PATH: sound cues are off")
    return NullSoundPlayer()
