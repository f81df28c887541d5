"""The one way psoasbreak replaces a file: whole, or not at all.

The settings file, the login entry and ``psoasbreak export -o FILE`` all go through
``write_atomically``: the content goes to a temporary file in the same folder (so the rename
cannot cross filesystems), is flushed to the disk, gets its mode, and is renamed over the target;
then the folder is synced where the platform allows, so the rename itself survives a power cut.
A crash, a full disk or an exception in the writer leaves the old file as it was (or no file)
and never a temporary one. No Qt here; the desktop edge uses it too.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


def write_atomically(
    target: Path,
    content: bytes | Callable[[TextIO], object],
    *,
    mode: int | None = None,
    make_folder: bool = True,
) -> None:
    """Replace ``target`` with ``content`` atomically; raises ``OSError`` and then changes nothing.

    ``content`` is the bytes to write, or a function that writes text to the stream it is given:
    UTF-8, with its newlines exactly as written (the CSV writer chooses its own).
    ``mode`` is the new file's permission bits; None keeps those of the file it replaces, and a
    file that did not exist is then readable by its owner only (0600).
    ``make_folder`` creates the missing folders on the way; without it a missing folder is an
    error (a mistyped ``-o`` path should fail, not grow folders).
    An exception from the writer (or a KeyboardInterrupt) propagates after the temporary file
    is removed.
    """
    folder = target.parent
    if make_folder:
        folder.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        if isinstance(content, bytes):
            with open(handle, "wb") as stream:
                stream.write(content)
                stream.flush()
                os.fsync(stream.fileno())
        else:
            with open(handle, "w", encoding="utf-8", newline="") as text:
                content(text)
                text.flush()
                os.fsync(text.fileno())
        _set_mode(temp, target, mode)
        os.replace(temp, target)
    except BaseException:
        # The original error is what the caller must see, not a failure to clean up after it.
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _sync_folder(folder)


def _set_mode(temp: Path, target: Path, mode: int | None) -> None:
    if mode is None:
        # mkstemp creates 0600; a file the user had made 0644 (or 0640) stays so.
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            return
    os.chmod(temp, mode)


def _sync_folder(folder: Path) -> None:
    # Without this the rename itself may be lost on power failure (ext4 and others). Windows has
    # no O_DIRECTORY: there the rename is as durable as the filesystem makes it.
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some filesystems refuse fsync on folders; the data itself is already synced
    finally:
        os.close(descriptor)
