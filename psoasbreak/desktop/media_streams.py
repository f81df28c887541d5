"""Work in progress (issue 18): the microphone, camera and screen-cast streams of PipeWire and
PulseAudio."""

from __future__ import annotations

from psoasbreak.core.quiet import QuietSource
from psoasbreak.desktop.environment import DesktopSession


def build_media_sources(session: DesktopSession) -> list[QuietSource]:
    return []
