"""Opening the history at start-up when the file may be broken.

A file that is not a database, or is damaged or cut short, is moved aside (never deleted: a backup
tool or SQLite's own recovery may still rescue it) together with its ``-wal`` and ``-shm``
companions, and a fresh file takes its place, so the reminders keep working and every new outcome
is kept. A file a newer psoasbreak wrote is never touched (``NewerSchemaError`` propagates). A file
that cannot be reached or written just now (read-only or full disk) is reported and left for
``SafeRecorder`` to retry.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from psoasbreak.core.messages import QT_TRANSLATE_NOOP, Message
from psoasbreak.storage.database import (
    CURRENT_VERSION,
    CorruptDatabaseError,
    DatabaseUnavailableError,
    HistoryDatabase,
    is_damage,
)

log = logging.getLogger(__name__)

#: SQLite's companion files, named by suffixing the database's own name.
COMPANIONS: Final = ("-wal", "-shm", "-journal")
SQLITE_MAGIC: Final = b"SQLite format 3\x00"


@dataclass(frozen=True)
class OpenedHistory:
    """The database (None when it cannot be opened now), what went wrong, where a bad file went."""

    database: HistoryDatabase | None
    said: Message | None = None
    moved_aside: Path | None = None

    @property
    def problem(self) -> str | None:
        """What went wrong, in English (None: nothing)."""
        return None if self.said is None else self.said.text


def open_history(path: Path, now: datetime) -> OpenedHistory:
    """Open ``path``; set a broken file aside and start afresh. Raises only ``NewerSchemaError``
    and the ``DatabaseError`` of an upgrade that failed (both: the file is left as it was)."""
    damage = _damage(path)
    if damage is not None:
        return _replace_broken(path, now, damage)
    try:
        return OpenedHistory(HistoryDatabase.open(path))
    except CorruptDatabaseError as exc:
        return _replace_broken(path, now, str(exc))
    except DatabaseUnavailableError as exc:
        return OpenedHistory(None, _unavailable(exc))


#: What ``_damage`` says of a file that is not a database at all; a reason in our own words, so the
#: messages that carry it have a template of their own.
NOT_SQLITE: Final = "it is not an SQLite database"


def _damage(path: Path) -> str | None:
    """What is wrong with ``path`` as an SQLite file, found without writing a byte; None when it
    looks fine or cannot be read now (opening it for real then says why).

    Read-only on purpose: a read-write connection to a damaged file tidies away its ``-wal`` when
    it closes, and the WAL may hold the newest breaks.
    """
    try:
        with open(path, "rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError:
        return None
    if not head:
        return None  # empty: SQLite makes a new database of it, nothing is lost
    if head != SQLITE_MAGIC:
        # Also catches files shorter than a header, which SQLite would silently overwrite.
        return NOT_SQLITE
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] > CURRENT_VERSION:
            return None  # a newer psoasbreak's file: HistoryDatabase.open refuses it
        # Reads every page, skips the index cross-checks: ~10 ms for ten years of history.
        problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.Error as exc:
        return f"SQLite: {exc}" if is_damage(exc) else None
    finally:
        conn.close()
    return None if problems == ["ok"] else f"SQLite: {'; '.join(problems)}"


def _replace_broken(path: Path, now: datetime, reason: str) -> OpenedHistory:
    log.warning("history database %s is broken: %s", path, reason)
    args: dict[str, str] = {"path": str(path), "reason": reason}
    try:
        aside = move_aside(path, now)
    except OSError as exc:
        if reason == NOT_SQLITE:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "The break history {path} is damaged (it is not an SQLite database) and could "
                "not be moved aside ({error}). New breaks are kept in memory until it can be; "
                "move the file away yourself or free the folder, and psoasbreak picks it up.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Notices",
                "The break history {path} is damaged ({reason}) and could not be moved aside "
                "({error}). New breaks are kept in memory until it can be; move the file away "
                "yourself or free the folder, and psoasbreak picks it up.",
            )
        return OpenedHistory(None, Message.of(template, error=str(exc.strerror or exc), **args))
    args["aside"] = str(aside)
    if reason == NOT_SQLITE:
        moved = Message.of(
            QT_TRANSLATE_NOOP(
                "Notices",
                "The break history {path} was damaged (it is not an SQLite database), so it was "
                "moved to {aside} (nothing was deleted) and a new, empty history was started.",
            ),
            **args,
        )
    else:
        moved = Message.of(
            QT_TRANSLATE_NOOP(
                "Notices",
                "The break history {path} was damaged ({reason}), so it was moved to {aside} "
                "(nothing was deleted) and a new, empty history was started.",
            ),
            **args,
        )
    try:
        fresh = HistoryDatabase.open(path)
    except DatabaseUnavailableError as exc:
        then = Message.of(
            QT_TRANSLATE_NOOP("Notices", "{moved} {unavailable}"),
            moved=moved,
            unavailable=_unavailable(exc),
        )
        return OpenedHistory(None, then, aside)
    look = Message.of(
        QT_TRANSLATE_NOOP("Notices", "To look into the old one, open it with any SQLite tool.")
    )
    return OpenedHistory(
        fresh,
        Message.of(QT_TRANSLATE_NOOP("Notices", "{moved} {look}"), moved=moved, look=look),
        aside,
    )


def _unavailable(error: DatabaseUnavailableError) -> Message:
    return Message.of(
        QT_TRANSLATE_NOOP(
            "Notices",
            "The break history cannot be saved right now: {error} psoasbreak keeps running, holds "
            "new outcomes in memory and saves them as soon as it can.",
        ),
        error=str(error),
    )


def move_aside(path: Path, now: datetime) -> Path:
    """Rename ``path`` and its companions to ``NAME.broken-YYYYmmdd-HHMMSS[-N]``; return the new
    name. A name already taken is never overwritten."""
    aside = _free_name(path, now)
    path.rename(aside)
    for suffix in COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if os.path.lexists(companion):
            companion.rename(aside.with_name(aside.name + suffix))
    return aside


def _free_name(path: Path, now: datetime) -> Path:
    stem = f"{path.name}.broken-{now:%Y%m%d-%H%M%S}"
    candidate = path.with_name(stem)
    number = 1
    while any(os.path.lexists(candidate.with_name(candidate.name + s)) for s in ("", *COMPANIONS)):
        number += 1
        candidate = path.with_name(f"{stem}-{number}")
    return candidate
