"""The sync folder on disk (issue 19): this machine's identity, its own file, the others' files.

Layout: ``<sync_folder>/psoasbreak/<machine id>.jsonl``, one per machine (core/sync.py says what
is in it). This machine only ever writes its own file, and always whole and atomically (a
temporary file renamed over it), so a sync tool sees one complete new version at a time and never
a half-written one; its records only ever grow. A folder that is missing (unmounted, not synced
yet) is not created: the history stays local and the next write catches up, for the file is
written from the history each time.

The identity lives in the app's data folder (``machine.json``: id, name, and the fingerprint of
the machine that made it), never in the sync folder, so a cloned disk is noticed and takes a new
id (core/sync.py ``machine_id_still_ours``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from psoasbreak.core.events import BreakEvent
from psoasbreak.core.sync import (
    MachineFile,
    UseSpan,
    break_line,
    file_name,
    header_line,
    machine_id_still_ours,
    machine_of_file,
    open_span_line,
    parse_machine_file,
    span_line,
)
from psoasbreak.storage.atomic import write_atomically

log = logging.getLogger(__name__)

#: Our subfolder in the user's sync folder, so our files sit apart from theirs.
SUBFOLDER = "psoasbreak"
#: A file larger than this is not one of ours (a stranger's file under our name): not read.
MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Identity:
    machine: str
    name: str
    #: The id was taken now (first use, or the stored one came from another machine).
    new: bool = False


def load_identity(path: Path, fingerprint: str, name: str, new_id: Callable[[], str]) -> Identity:
    """This machine's id from ``path``, or a new one (written there) when there is none, it is
    unreadable, or it was made on another machine (a cloned disk)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        stored = None
    if isinstance(stored, dict):
        machine, made_on = stored.get("machine"), stored.get("fingerprint")
        if (
            isinstance(machine, str)
            and isinstance(made_on, str)
            and machine_of_file(machine + ".jsonl") == machine
            and machine_id_still_ours(made_on, fingerprint)
        ):
            return Identity(machine, name)
        log.warning("machine id in %s was made on another machine: taking a new one", path)
    identity = Identity(new_id(), name, new=True)
    record = {"machine": identity.machine, "fingerprint": fingerprint}
    write_atomically(path, (json.dumps(record) + "\n").encode("utf-8"))
    return identity


def own_file(folder: Path, machine: str) -> Path:
    return folder / SUBFOLDER / file_name(machine)


def write_own(
    folder: Path,
    identity: Identity,
    events: Iterable[BreakEvent],
    spans: Iterable[UseSpan] = (),
    open_since: datetime | None = None,
) -> bool:
    """Write this machine's whole file from its history; False (nothing written) when the sync
    folder is not there. Our subfolder is made inside an existing sync folder."""
    if not folder.is_dir():
        log.info("sync folder %s is not there: the history stays local for now", folder)
        return False
    text = header_line(identity.machine, identity.name)
    text += "".join(break_line(e) for e in sorted(events, key=lambda e: e.at))
    text += "".join(span_line(s) for s in sorted(spans, key=lambda s: (s.start, s.end)))
    if open_since is not None:
        text += open_span_line(open_since)
    target = own_file(folder, identity.machine)
    write_atomically(target, text.encode("utf-8"), mode=0o644)
    return True


#: What a file held when last read, by its name: (its (inode, mtime_ns, size), what it held).
#: The inode too: a delivery is a new file renamed over the old, and a sync tool gives it the
#: sender's time, which on a coarse file system may equal the old one's.
ReadCache = dict[str, tuple[tuple[int, int, int], MachineFile]]


def read_others(
    folder: Path, own_machine: str, cache: ReadCache | None = None
) -> list[tuple[str, MachineFile]]:
    """Every other machine's file and every conflict copy (of this machine's file too) in the
    folder, read; [] when the folder is
    not there. A file that cannot be read now is passed over (logged) and read next time. With
    ``cache``, a file whose time and size did not change is not read again (our own write, or
    one machine's delivery, wakes the watch for all of them)."""
    ours = folder / SUBFOLDER
    try:
        names = sorted(entry.name for entry in ours.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        if machine_of_file(name) is None or name == file_name(own_machine):
            continue  # not ours, or this machine's own file (its history is the database)
        path = ours / name
        try:
            stat = path.stat()
            if stat.st_size > MAX_FILE_BYTES:
                log.warning("%s is larger than any file of ours: passed over", path)
                continue
            key = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if cache is not None and name in cache and cache[name][0] == key:
                found.append((name, cache[name][1]))
                continue
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError as exc:
            log.info("cannot read %s now: %s", path, exc)
            continue
        # Its problems are the caller's to report (once, not at every delivery).
        held = parse_machine_file(text)
        if cache is not None:
            cache[name] = (key, held)
        found.append((name, held))
    if cache is not None:
        for gone in set(cache) - {name for name, _ in found}:
            del cache[gone]
    return found
