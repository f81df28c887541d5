"""GNOME's own movement reminders, respected (issue 16): the app's side of core/gnome_breaks.py.

It reads GNOME's settings and break manager through the desktop edge, tells the user once (a
tray message) and keeps offering the choice in the home window until they make it, carries out
the choice (GNOME's movement reminders off through GSettings, only on the user's click; or both
kept), and remembers it across starts in the state folder.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from psoasbreak.core.gnome_breaks import (
    GnomeBreakFacts,
    GnomeChoice,
    movement_selected,
    offer_choice,
    without_movement,
)
from psoasbreak.desktop.gnome_breaks import GnomeBreaks, NoGnomeBreaks
from psoasbreak.storage.atomic import write_atomically

log = logging.getLogger(__name__)


class GnomeBreakReminders(QObject):
    """``offer_changed`` when the home window's offer comes or goes."""

    offer_changed = Signal()

    def __init__(self, edge: GnomeBreaks | NoGnomeBreaks, choice_file: Path) -> None:
        super().__init__()
        self._edge, self._file = edge, choice_file
        self.choice, self._told = self._load()

    def facts(self) -> GnomeBreakFacts:
        """What core/gnome_breaks.py decides on; GNOME is asked each time (a due break, a
        re-check a minute later), so a change in GNOME's Settings counts at once."""
        if not movement_selected(self._edge.selected()):
            return GnomeBreakFacts(movement_on=False)
        prompting, last = self._edge.shell_break()
        return GnomeBreakFacts(True, prompting, last, self._edge.movement_interval())

    def last_break_end(self) -> datetime | None:
        """When GNOME last saw the user take a break (None: never, or GNOME's are off)."""
        facts = self.facts()
        return facts.last_break_end if facts.movement_on else None

    @property
    def offered(self) -> bool:
        """Whether the home window offers the choice now."""
        return offer_choice(movement_selected(self._edge.selected()), self.choice)

    def tell_once(self) -> bool:
        """True the first time GNOME's movement reminders are found on with no choice made:
        the caller shows the tray message. Never again after that, whatever the answer."""
        if self._told or not self.offered:
            return False
        self._told = True
        self._save()
        return True

    def turn_gnome_off(self) -> bool:
        """The user's click: take "movement" out of GNOME's selected breaks."""
        selected = self._edge.selected()
        done = selected is not None and self._edge.set_selected(without_movement(selected))
        if done:
            self._choose(GnomeChoice.TURNED_OFF)
        else:
            log.warning("GNOME's movement break reminders could not be turned off")
        return done

    def keep_both(self) -> None:
        self._choose(GnomeChoice.KEEP_BOTH)

    def _choose(self, choice: GnomeChoice) -> None:
        log.info("GNOME's movement break reminders: %s", choice.value)
        self.choice, self._told = choice, True
        self._save()
        self.offer_changed.emit()

    def _load(self) -> tuple[GnomeChoice, bool]:
        try:
            stored = json.loads(self._file.read_text(encoding="utf-8"))
            return GnomeChoice(stored["choice"]), bool(stored["told"])
        except (OSError, ValueError, KeyError, TypeError):
            return GnomeChoice.UNDECIDED, False

    def _save(self) -> None:
        record = {"choice": self.choice.value, "told": self._told}
        try:
            write_atomically(self._file, (json.dumps(record) + "\n").encode("utf-8"))
        except OSError as exc:
            log.warning("cannot remember the choice about GNOME's reminders: %s", exc)
