"""Who is at the other end of a Unix socket: the app asks it of each client, the command line of
the app (issue 17: a socket another user put where ours should be must not be talked to).

No Qt here: the command line uses it, and must start fast.
"""

from __future__ import annotations

import socket
import struct
import sys


def peer_uid(descriptor: int, platform: str = sys.platform) -> int | None:
    """The user id of the process at the other end (Linux SO_PEERCRED); None where the OS cannot
    say.

    macOS and the BSDs have no SO_PEERCRED of this layout, and Windows' descriptor is a pipe
    handle: there the 0600 socket in the 0700 folder, or the pipe's access list, keeps others out.
    """
    so_peercred = getattr(socket, "SO_PEERCRED", None)
    if not platform.startswith("linux") or so_peercred is None or descriptor < 0:
        return None
    # Borrow the descriptor rather than dup it: a dup fails with EMFILE exactly when a flood of
    # connections is being fended off.
    sock = socket.socket(fileno=descriptor)
    try:
        creds = sock.getsockopt(socket.SOL_SOCKET, so_peercred, struct.calcsize("3i"))
    finally:
        sock.detach()
    uid: int  # struct.unpack's items are typed Any
    _pid, uid, _gid = struct.unpack("3i", creds)
    return uid
