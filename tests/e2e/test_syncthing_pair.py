"""The two-machine harness itself (issue 19): two real Syncthing instances on loopback
(tests/e2e/syncthing_pair.py) deliver a file both ways byte for byte, make a ``sync-conflict``
copy that psoasbreak's merge rules recognise when one file is changed on both sides while they
are apart, and leave no process behind. A pair starts in under a second and delivers a change
in about a second (the watcher's delay; 2 s at most by rescan when inotify is used up); every
wait is a poll with a deadline.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoasbreak.core.sync import machine_of_file
from tests.e2e.syncthing_pair import SyncthingPair, require_syncthing
from tests.e2e.xsession import SessionError

pytestmark = pytest.mark.e2e

#: A delivery normally takes about a second; this only bounds a broken one.
DELIVERY = 60.0
#: A machine id as psoasbreak makes them (16 hex digits); its file is "<id>.jsonl".
MACHINE = "0123456789abcdef"
HEADER = f'{{"psoasbreak": "sync", "version": 1, "machine": "{MACHINE}", "name": "Küche"}}\n'


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    require_syncthing()
    with SyncthingPair(tmp_path / "syncthing") as started:
        yield started


def contents(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (not below it) by name, with its bytes."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def processes_under(root: Path) -> set[int]:
    """Processes whose command line names a path under ``root``: the pair's syncthings (and
    anything they might have started)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:  # gone meanwhile
            continue
        if str(root).encode() in cmdline:
            found.add(int(entry.name))
    return found


def refuses_connections(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def test_a_file_arrives_byte_for_byte_both_ways(pair: SyncthingPair) -> None:
    first = (HEADER + '{"break": {"at": "2026-12-07T10:15:00+01:00"}}\n').encode()
    (pair.folder_a / "psoasbreak").mkdir()
    (pair.folder_a / "psoasbreak" / "x.jsonl").write_bytes(first)
    arrived = pair.folder_b / "psoasbreak" / "x.jsonl"
    pair.wait_until(lambda: arrived.read_bytes() == first, DELIVERY, "x.jsonl to reach b")

    second = first + b'{"used": {"from": "10:20", "to": "10:45"}}\n'
    arrived.write_bytes(second)
    back = pair.folder_a / "psoasbreak" / "x.jsonl"
    pair.wait_until(lambda: back.read_bytes() == second, DELIVERY, "b's change to reach a")
    assert contents(pair.folder_a / "psoasbreak") == contents(pair.folder_b / "psoasbreak")


def test_one_file_changed_on_both_sides_apart_makes_a_conflict_copy_of_the_machine(
    pair: SyncthingPair,
) -> None:
    name = f"{MACHINE}.jsonl"
    base = HEADER.encode()
    (pair.folder_a / "psoasbreak").mkdir()
    (pair.folder_a / "psoasbreak" / name).write_bytes(base)
    here_b = pair.folder_b / "psoasbreak"
    pair.wait_until(lambda: (here_b / name).read_bytes() == base, DELIVERY, f"{name} to reach b")

    pair.pause()
    written = {
        pair.a.short_id: base + b'{"break": {"at": "2026-12-07T10:15:00+01:00"}}\n',
        pair.b.short_id: base + b'{"break": {"at": "2026-12-07T11:30:00+01:00"}}\n',
    }
    (pair.folder_a / "psoasbreak" / name).write_bytes(written[pair.a.short_id])
    (here_b / name).write_bytes(written[pair.b.short_id])
    pair.resume()

    def settled() -> bool:
        """Both sides hold the same files, one of them a conflict copy."""
        files = contents(pair.folder_a / "psoasbreak")
        return files == contents(here_b) and len(files) == 2

    pair.wait_until(settled, DELIVERY, "both sides to agree on the file and a conflict copy")
    files = contents(here_b)
    (copy,) = set(files) - {name}
    assert copy.startswith(f"{MACHINE}.sync-conflict-"), copy
    assert machine_of_file(copy) == MACHINE, copy
    assert machine_of_file(name) == MACHINE
    # Nothing is lost: one side's version is the file, the other's the copy, whose name ends
    # with a device's short id ("…-20261207-101500-ABCDEFG.jsonl"). (Syncthing 1.19 names the
    # device that wrote the version that won, not the copy's, so that is not asserted.)
    assert {files[name], files[copy]} == set(written.values())
    assert copy.removesuffix(".jsonl").rsplit("-", 1)[1] in written, copy


def test_no_process_is_left_behind(tmp_path: Path) -> None:
    require_syncthing()
    root = tmp_path / "syncthing"
    with SyncthingPair(root) as pair:
        running = pair.processes()
        assert len(running) == 4, "a monitor and Syncthing proper for each of a and b"
        assert processes_under(root) == set(running)
        ports = [pair.a.gui_port, pair.a.listen_port, pair.b.gui_port, pair.b.listen_port]
        assert not any(refuses_connections(port) for port in ports)
    assert pair.processes() == []
    assert processes_under(root) == set()
    for pid in running:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert all(refuses_connections(port) for port in ports)


def test_a_start_that_fails_half_way_stops_the_other_instance(tmp_path: Path) -> None:
    """b cannot listen for its API (the port is taken) and exits; entering fails at once,
    naming b, and a, already running, is stopped too. (The port is bound, not listened on, so
    the harness's REST calls to b are refused at once rather than left unanswered.)"""
    require_syncthing()
    root = tmp_path / "syncthing"
    pair = SyncthingPair(root)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", pair.b.gui_port))
        with pytest.raises(SessionError, match="syncthing b is not running"), pair:
            pytest.fail("the pair started although b's API port was taken")
    assert pair.a.proc is not None
    assert pair.a.proc.returncode is not None, "a was stopped"
    assert pair.processes() == []
    assert processes_under(root) == set()
