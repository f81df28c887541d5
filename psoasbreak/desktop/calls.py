"""A call in progress: the signs a video or voice call gives, gathered into one quiet source.

A call is rarely fullscreen and rarely sets do-not-disturb, so the desktop's flags (desktop/dnd.py)
miss it. These sources answer what the devices say: a microphone recording
(desktop/media_streams.py), a camera held open or a screen being shared (desktop/media_streams.py,
desktop/devices.py). Like every quiet source they are read only when a break falls due and once a
minute while it waits (core/session.py); nothing here polls.
"""

from __future__ import annotations

import logging

from psoasbreak.core.quiet import QuietSource
from psoasbreak.desktop.environment import DesktopSession

log = logging.getLogger(__name__)


def build_call_sources(session: DesktopSession) -> list[QuietSource]:
    """The call signs this platform can read, most telling first (the tray names the first)."""
    from psoasbreak.desktop.devices import build_device_sources
    from psoasbreak.desktop.media_streams import build_media_sources

    return [*build_media_sources(session), *build_device_sources(session)]
