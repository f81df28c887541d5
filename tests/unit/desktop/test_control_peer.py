"""Who is at the other end of a control connection: SO_PEERCRED on Linux, and no check (rather than a
crash) where the OS has none; the refusal of another user itself is tested as `nobody` in e2e."""

from __future__ import annotations

import os
import socket
import sys

import pytest

from psoasbreak.desktop.peer import peer_uid
from psoasbreak.storage.paths import current_uid


@pytest.fixture
def pair():
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    yield a
    a.close()
    b.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's")
def test_linux_names_the_peers_user(pair: socket.socket) -> None:
    assert peer_uid(pair.fileno()) == os.getuid() == current_uid()
    assert pair.fileno() >= 0, "the descriptor is borrowed, not closed"


@pytest.mark.parametrize("platform", ["darwin", "win32", "freebsd14"])
def test_other_platforms_do_not_ask(pair: socket.socket, platform: str) -> None:
    assert peer_uid(pair.fileno(), platform) is None


def test_a_python_without_so_peercred_does_not_ask(
    pair: socket.socket, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(socket, "SO_PEERCRED", raising=False)
    assert peer_uid(pair.fileno(), "linux") is None


def test_without_getuid_there_is_no_own_uid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "getuid", raising=False)
    assert current_uid() is None
