"""The settings in force, kept in step with ``config.toml`` and the login entry while the app runs.

Two ways in: a save from the Settings window, and an edit of the file by hand (the app watches
it). Rules, which the README repeats:

- A valid edit of the file comes into force as it is; unknown keys in it are reported, not refused.
- An edit with any bad value is refused as a whole: the settings in force stay as they were, and
  the problem names the key and why. Nothing is written to the file and a file that is not valid
  TOML is not moved aside (it is being edited); the next valid save of the file comes into force.
  (At start-up the rules of ``load_config`` hold instead: a bad value is replaced by its default,
  a broken file is moved aside, because then there are no "settings in force" to keep.)
- A file that disappears changes nothing (editors remove and re-create files while saving);
  the next save re-creates it.
- ``autostart`` is what the login entry says, not what the file says: the login entry is changed
  only when the user changes the setting (in the window, or its value in the file). At start-up,
  ``autostart = true`` in the file creates a missing entry. The entry is read again each time the
  window opens, because the desktop's own "Startup applications" tool can make or remove it while
  the app runs; a save that leaves the setting as the window showed it leaves the entry alone.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol

from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.core.settings import KEYS, Settings, SettingsProblem
from psoasbreak.storage.config_file import WHOLE_FILE, read_config, save_config

log = logging.getLogger(__name__)


class LoginEntry(Protocol):
    """What the store needs of ``desktop.autostart.Autostart`` (kept structural: no Qt, no OS)."""

    def is_enabled(self) -> bool: ...

    def set_enabled(self, enabled: bool) -> None:
        """Raises an exception whose message the user can act on when it cannot."""
        ...


@dataclass(frozen=True)
class Change:
    """What a save or an edit did: the settings now in force (None when they stayed the same)
    and what the user should hear about it (unknown keys, a login entry that failed)."""

    settings: Settings | None
    said: tuple[Message, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(note.text for note in self.said)


@dataclass(frozen=True)
class Refusal:
    """An edit of the file that did not come into force, and why, one sentence per problem."""

    problems: tuple[SettingsProblem, ...]

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(without_fallback(p.message) for p in self.problems)

    @property
    def said(self) -> tuple[Message, ...]:
        """The reasons as messages: each problem's template without its fallback clause, which
        is a template of its own (marked beside the first: ``core.settings.refusable``)."""
        return tuple(refused(p.said) for p in self.problems)


#: The keys a problem can be about besides unknown ones: the schema's, and the file as a whole.
_KNOWN_KEYS: Final = frozenset({WHOLE_FILE, *KEYS})
# The part of a problem message that says what is used instead; a refused edit uses none of it.
_FALLBACK: Final = re.compile(
    r"(?:[;,] (?:so )?using the defaults?\b|; the defaults are used\b).*$", re.DOTALL
)


def without_fallback(message: str) -> str:
    """``message`` without its "using the default …" clause, ending with a full stop."""
    return _FALLBACK.sub("", message).rstrip(". ") + "."


def refused(said: Message) -> Message:
    """A settings problem as a refused edit tells it: ``without_fallback`` of its template."""
    return Message(without_fallback(said.template), said.args)


def is_unknown_key(problem: SettingsProblem) -> bool:
    return problem.key not in _KNOWN_KEYS


class SettingsStore:
    """Owns the settings in force and the file they are saved in. Not thread-safe."""

    def __init__(
        self,
        path: Path,
        loaded: Settings,
        login: LoginEntry,
        reported: Iterable[SettingsProblem] | None = None,
    ) -> None:
        """``loaded`` is what ``load_config`` read at start-up, ``reported`` the problems it
        found, which the user has already been told about (None: read the file to find them)."""
        self.path = path
        self._login = login
        self._in_file = loaded
        self._refused: tuple[SettingsProblem, ...] = ()
        if reported is None:
            reported = read_config(path).problems if os.path.lexists(path) else ()
        self._warned = frozenset(reported)
        self.start_notes: tuple[Message, ...] = ()
        if loaded.autostart:
            self.start_notes = self._set_login(True)
        self._current = dataclasses.replace(loaded, autostart=self._login_enabled())

    @property
    def current(self) -> Settings:
        return self._current

    def refresh_login(self) -> Settings:
        """Read the login entry again (something else may have made or removed it since) and
        return the settings in force with what it says."""
        self._current = dataclasses.replace(self._current, autostart=self._login_enabled())
        return self._current

    def save(self, settings: Settings) -> Change:
        """Bring ``settings`` into force and write them to the file (only the values that change,
        keeping comments). Raises ``ConfigFileError`` when the file cannot be written; nothing
        has changed then. The login entry is touched only when the user changed the setting:
        when ``settings.autostart`` differs from what ``current`` showed them."""
        save_config(self.path, settings)
        self._in_file, self._refused = settings, ()
        notes: tuple[Message, ...] = ()
        if settings.autostart != self._current.autostart:
            notes = self._set_login(settings.autostart)
        self._current = dataclasses.replace(settings, autostart=self._login_enabled())
        return Change(self._current, notes)

    def reload(self) -> Change | Refusal | None:
        """Read the file after it changed. None: nothing to do (the same settings, a problem
        already reported, or no file)."""
        if not os.path.lexists(self.path):
            return None
        loaded = read_config(self.path)
        refused = tuple(p for p in loaded.problems if not is_unknown_key(p))
        if refused:
            if refused == self._refused:
                return None
            self._refused = refused
            return Refusal(refused)
        self._refused = ()
        notes = tuple(p.said for p in loaded.problems if p not in self._warned)
        self._warned = frozenset(loaded.problems)
        new = loaded.settings
        if new == self._in_file:
            return Change(None, notes) if notes else None
        if new.autostart != self._in_file.autostart:
            notes += self._set_login(new.autostart)
        self._in_file = new
        self._current = dataclasses.replace(new, autostart=self._login_enabled())
        return Change(self._current, notes)

    def _set_login(self, enabled: bool) -> tuple[Message, ...]:
        try:
            self._login.set_enabled(enabled)
        except Exception as exc:  # whatever the OS says, the settings themselves still apply
            log.warning("login entry: %s", exc)
            said = getattr(exc, "said", None)  # an AutostartError says it as a Message
            if isinstance(said, Message):
                return (said,)
            return (
                Message.of(QT_TRANSLATE_NOOP("Notices", "{error}"), error=str(exc)),
            )  # the OS's own words
        return ()

    def _login_enabled(self) -> bool:
        try:
            return self._login.is_enabled()
        except OSError as exc:
            log.warning("cannot tell whether psoasbreak starts at login: %s", exc)
            return False
