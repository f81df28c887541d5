"""Work in progress (issue 18): camera and microphone use read from the operating system."""

from __future__ import annotations

from psoasbreak.core.quiet import QuietSource
from psoasbreak.desktop.environment import DesktopSession


def build_device_sources(session: DesktopSession) -> list[QuietSource]:
    return []
