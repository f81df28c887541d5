"""Two machines, one history (issue 19): the app's side of the sync folder.

It carries out what core/sync.py rules: this machine's file is written whole from its history
whenever something it shares changes (an outcome, use beginning or ending, the folder set or
back), and the other machines' files are read when the folder's watch sees a delivery. Their
breaks go into the history once (``HistoryDatabase.record_remote``), so every count, streak and
window has them; the latest break taken there restarts the interval here; their use is what
``covering`` tells the session, so working there is not a break here. Nothing polls.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from psoasbreak.core.clock import Clock
from psoasbreak.core.events import BreakEvent
from psoasbreak.core.sync import Remote, UseSpan, latest_break_taken, merge
from psoasbreak.desktop.folder_watch import FolderWatch
from psoasbreak.storage.safe_recorder import SafeRecorder
from psoasbreak.storage.sync_folder import (
    SUBFOLDER,
    Identity,
    ReadCache,
    load_identity,
    own_file,
    read_others,
    write_own,
)

log = logging.getLogger(__name__)


def sync_folder_path(setting: str) -> Path | None:
    """The ``sync_folder`` setting as a folder: "" is off, ``~`` is the home folder, and a
    relative path is taken from the home folder (the app's own folder is no user's choice)."""
    if not setting.strip():
        return None
    path = Path(os.path.expanduser(setting.strip()))
    return path if path.is_absolute() else Path.home() / path


class SharedHistory(QObject):
    """The sync folder, followed; ``merged`` when other machines' breaks were added."""

    merged = Signal()

    def __init__(
        self,
        history: SafeRecorder,
        clock: Clock,
        identity_file: Path,
        name: Callable[[], str],
        fingerprint: Callable[[], str],
        new_id: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history, self._clock = history, clock
        self._identity_file = identity_file
        self._name, self._fingerprint, self._new_id = name, fingerprint, new_id
        self._identity: Identity | None = None
        self._folder: Path | None = None
        self._remote = Remote()
        self._stored: set[tuple[str, BreakEvent]] = set()
        self._names: dict[str, str] = {}  # the machines' names as the history has them
        self._read: ReadCache = {}
        self._reported: set[tuple[str, str]] = set()
        self._written = False
        self._own_stat: tuple[int, int, int] | None = None  # our file as we last wrote it
        self._open_since: datetime | None = None
        self._break_elsewhere: Callable[[datetime], None] = lambda at: None
        self.watch = FolderWatch(self)
        self.watch.changed.connect(self.delivered)

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def identity(self) -> Identity | None:
        return self._identity

    def attach(self, break_elsewhere: Callable[[datetime], None]) -> None:
        """What to do with a break taken on another machine: the session restarts its interval."""
        self._break_elsewhere = break_elsewhere

    def follow(self, setting: str) -> None:
        """The ``sync_folder`` setting, at start and whenever it changes."""
        folder = sync_folder_path(setting)
        if folder == self._folder:
            return
        self._folder = folder
        self._remote, self._stored, self._names, self._written = Remote(), set(), {}, False
        self._read = {}
        if folder is None:
            self.watch.watch(None)
            log.info("sync folder off: the history is this machine's alone")
            return
        if self._identity is None:
            try:
                self._identity = load_identity(
                    self._identity_file, self._fingerprint(), self._name(), self._new_id
                )
            except OSError as exc:
                log.warning("cannot keep this machine's id in %s: %s", self._identity_file, exc)
                self._folder = None
                return
        log.info(
            "sharing breaks through %s as machine %s (%s)",
            folder,
            self._identity.machine,
            self._identity.name,
        )
        self.watch.watch(folder / SUBFOLDER)
        self._write()
        self.delivered()

    # -- what the session asks ------------------------------------------------------------

    def covering(self, now: datetime) -> tuple[UseSpan, ...]:
        """The other machines' use and breaks up to ``now`` (core/session.py ``Elsewhere``)."""
        return self._remote.covering(now) if self._folder is not None else ()

    # -- what happened here ---------------------------------------------------------------

    def outcome_recorded(self, _event: BreakEvent) -> None:
        self._write()

    def follow_use(self, away_since: datetime | None) -> None:
        """The user is here (None) or away since ``away_since``: a span of use begins or ends,
        and the others hear of it at once (one write each way, no heartbeat)."""
        if away_since is None:
            if self._open_since is None:
                self._open_since = self._clock.now()
                self._write()
            return
        if self._open_since is None:
            return
        began, self._open_since = self._open_since, None
        if self._folder is not None and away_since > began:
            self._history.record_use_span(began, away_since)
        self._write()

    def close(self) -> None:
        """Quitting: the span of use ends now, and the file says so."""
        self.follow_use(self._clock.now())
        self.watch.watch(None)

    # -- the folder -----------------------------------------------------------------------

    def delivered(self) -> None:
        """The folder changed (or was just set): read the others, merge, catch up our file."""
        folder, identity = self._folder, self._identity
        if folder is None or identity is None:
            return
        files = read_others(folder, identity.machine, self._read)
        for file, held in files:
            for problem in held.problems:
                if (file, problem) not in self._reported and "cut short" not in problem:
                    self._reported.add((file, problem))
                    log.warning("sync folder: %s: %s; its other lines count", file, problem)
        self._remote = merge(files, identity.machine)
        fresh = {
            machine: [e for e in events if (machine, e) not in self._stored]
            for machine, events in self._remote.breaks.items()
        }
        fresh = {machine: events for machine, events in fresh.items() if events}
        names = dict(self._remote.names)
        if fresh or names != self._names:
            added = self._history.record_remote(fresh, names)
            if added is not None:
                self._stored.update((m, e) for m, events in fresh.items() for e in events)
                self._names = names
            if added:
                log.info("%d break(s) from other machines added to the history", added)
                self.merged.emit()
        latest = latest_break_taken(self._remote.all_breaks())
        if latest is not None:
            self._break_elsewhere(latest)
        if not self._written or self._own_stat != self._stat_own():
            # Not there yet, or replaced by someone else's version of it (a sync conflict the
            # other side won): ours again, whole.
            self._write()

    def _stat_own(self) -> tuple[int, int, int] | None:
        if self._folder is None or self._identity is None:
            return None
        try:
            stat = own_file(self._folder, self._identity.machine).stat()
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def _write(self) -> None:
        folder, identity = self._folder, self._identity
        if folder is None or identity is None:
            return
        spans = [UseSpan(start, end) for start, end in self._history.use_spans()]
        try:
            self._written = write_own(
                folder, identity, self._history.own_events(), spans, self._open_since
            )
            self._own_stat = self._stat_own()
        except OSError as exc:
            if self._written:
                log.warning("cannot write this machine's file in %s: %s", folder, exc)
            self._written = False

    # -- status --json --------------------------------------------------------------------

    def status_json(self) -> dict[str, Any] | None:
        """``"sync"`` of ``status --json``: null while off."""
        if self._folder is None:
            return None
        seen = self._remote.last_seen()
        if self._identity is not None:  # a conflict copy of our own file is not another machine
            seen.pop(self._identity.machine, None)
        machines = [
            {
                "name": self._remote.names.get(machine, machine),
                "last_seen": at.isoformat(timespec="seconds"),
            }
            for machine, at in sorted(seen.items(), key=lambda item: item[1].timestamp())
        ]
        return {"folder": str(self._folder), "machines": machines}
