"""Which machine this is: a name for people, and a fingerprint that a copied disk does not keep.

The fingerprint tells a sync folder's machine id (kept in the data folder) that it was copied to
another machine with a cloned disk or a restored backup (core/sync.py). On Linux it comes from
the systemd/D-Bus machine id, which a clone made by the usual tools is given anew; elsewhere, and
where that file is missing, from the host name and the network card's address. Only its hash is
kept, so no identifier of the machine is written anywhere.
"""

from __future__ import annotations

import socket
import uuid
from pathlib import Path
from typing import Final

MACHINE_ID_FILES: Final = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def machine_name() -> str:
    """The name the other machines show for this one: its host name."""
    return socket.gethostname() or "psoasbreak"


def fingerprint(id_files: tuple[Path, ...] = MACHINE_ID_FILES) -> str:
    for path in id_files:
        try:
            text = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return _hash(f"machine-id:{text}")
    # Windows (its registry's MachineGuid is not read: no Windows here to test it on) and
    # systems without a machine id: the host name and the network card's address.
    return _hash(f"host:{socket.gethostname()}:{uuid.getnode():012x}")


def _hash(text: str) -> str:
    # Imported here: only a sync folder asks for the fingerprint, and hashlib maps OpenSSL's
    # libcrypto into the process (issue 21).
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
