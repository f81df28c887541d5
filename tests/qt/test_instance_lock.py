"""The single-instance lock (Qt's QLockFile), for real: other processes hold it, die with it held
(os._exit, SIGKILL), have their pid taken by another program, and race for it."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from psoasbreak.desktop.instance import UNREADABLE_LOCK_SECONDS, InstanceLock

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="forks and signals are POSIX")

#: A child process that takes the lock, says how that went, and then waits for its stdin to close
#: (or for `then`: "exit" leaves without releasing, "exec" turns into `sleep` under the same pid).
HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from psoasbreak.desktop.instance import InstanceLock
    lock = InstanceLock.acquire(Path(sys.argv[1]))
    holder = InstanceLock.holder(Path(sys.argv[1]))[0]
    print("held" if lock else "busy", holder, flush=True)
    then = sys.argv[2]
    if then == "exit":
        os._exit(0)
    if then == "exec":
        os.execvp("sleep", ["sleep", "60"])
    sys.stdin.read()
    """
)


def start_holder(path: Path, then: str = "wait") -> tuple[subprocess.Popen[str], str, int | None]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), then],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    state, holder = child.stdout.readline().split()
    return child, state, None if holder == "None" else int(holder)


def holds(pid: int, path: Path) -> bool:
    """Whether the process has ``path`` open."""
    folder = Path(f"/proc/{pid}/fd")
    opened = []
    for fd in folder.iterdir():
        try:
            opened.append(os.readlink(fd))
        except FileNotFoundError:  # closed while we looked
            continue
    return str(path) in opened


def stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait(10)
    for stream in (child.stdin, child.stdout):
        if stream is not None:
            stream.close()


def test_a_second_acquire_in_the_same_process_fails_while_held(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    first = InstanceLock.acquire(path)
    assert first is not None
    try:
        assert InstanceLock.acquire(path) is None
        assert InstanceLock.holder(path)[0] == os.getpid()
    finally:
        first.release()
    assert not path.exists()  # QLockFile deletes its file on unlock
    assert InstanceLock.holder(path)[0] is None
    first.release()  # twice is harmless


def test_another_process_cannot_take_it_and_is_told_who_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    lock = InstanceLock.acquire(path)
    assert lock is not None
    try:
        child, state, holder = start_holder(path)
        stop(child)
        assert (state, holder) == ("busy", os.getpid())
    finally:
        lock.release()


def test_holder_names_the_process_that_holds_it(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    child, state, holder = start_holder(path)
    try:
        assert (state, holder) == ("held", child.pid)
        assert InstanceLock.holder(path) == (child.pid, socket.gethostname())
        assert InstanceLock.acquire(path) is None
    finally:
        stop(child)


def test_the_lock_file_is_the_owners_only(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    old = os.umask(0o022)
    try:
        lock = InstanceLock.acquire(path)
    finally:
        os.umask(old)
    assert lock is not None
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        lock.release()


def test_a_lock_left_by_a_forked_child_that_exited_without_releasing_is_taken_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "instance.lock"
    pid = os.fork()
    if pid == 0:  # the child: take the lock and leave at once, as a crash would
        held = InstanceLock.acquire(path)  # kept: a dropped InstanceLock would unlock
        os._exit(0 if held is not None else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert InstanceLock.holder(path)[0] == pid  # the file outlived its holder
    lock = InstanceLock.acquire(path)
    assert lock is not None
    try:
        assert InstanceLock.holder(path)[0] == os.getpid()
    finally:
        lock.release()


def test_a_lock_held_by_a_process_killed_with_sigkill_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    child, state, _ = start_holder(path)
    try:
        assert state == "held"
        assert InstanceLock.acquire(path) is None
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        assert InstanceLock.holder(path)[0] == child.pid  # the file outlived its holder
        lock = InstanceLock.acquire(path)
        assert lock is not None
        lock.release()
    finally:
        stop(child)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/exe")
def test_a_lock_whose_pid_now_runs_another_program_is_taken_over(tmp_path: Path) -> None:
    """The holder died and its pid went to another program: here the holder itself becomes
    ``sleep`` (exec keeps the pid), so the pid is alive but names a program of another name."""
    path = tmp_path / "instance.lock"
    child, state, _ = start_holder(path, then="exec")
    try:
        assert state == "held"
        deadline = time.monotonic() + 10
        # The kernel names the new program before it closes the old one's close-on-exec files:
        # wait for both, or the lock's file is still held open (and locked) for a moment.
        while os.readlink(f"/proc/{child.pid}/exe").rsplit("/", 1)[-1] != "sleep" or holds(
            child.pid, path
        ):
            assert time.monotonic() < deadline, "the child did not become sleep"
            time.sleep(0.01)
        assert InstanceLock.holder(path)[0] == child.pid
        lock = InstanceLock.acquire(path)
        assert lock is not None
        lock.release()
    finally:
        stop(child)


@pytest.mark.parametrize("content", [b"", b"\n", b"not a pid\n"])
def test_an_old_lock_file_that_names_no_process_is_taken_over(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "instance.lock"
    path.write_bytes(content)
    assert InstanceLock.holder(path)[0] is None
    assert InstanceLock.acquire(path) is None, "a young one may be a rival still writing it"
    old = time.time() - UNREADABLE_LOCK_SECONDS - 5
    os.utime(path, (old, old))
    lock = InstanceLock.acquire(path)
    assert lock is not None
    lock.release()


def test_a_folder_in_the_way_is_an_error_not_a_running_app(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    path.mkdir()
    with pytest.raises(IsADirectoryError, match=r"instance\.lock"):
        InstanceLock.acquire(path)


def test_of_many_processes_starting_at_once_exactly_one_gets_it(tmp_path: Path) -> None:
    path = tmp_path / "instance.lock"
    go = tmp_path / "go"
    racer = (
        "import os, sys, time\n"
        f"while not os.path.exists({str(go)!r}): time.sleep(0.001)\n" + HOLDER.split("\n", 1)[1]
    )
    children = [
        subprocess.Popen(
            [sys.executable, "-c", racer, str(path), "wait"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    try:
        time.sleep(0.5)  # let them all reach the starting line
        go.write_text("")
        answers = {child.pid: child.stdout.readline().split() for child in children if child.stdout}
        winners = [pid for pid, (state, _) in answers.items() if state == "held"]
        assert len(winners) == 1, answers
        # A loser that looks in the microseconds between the winner's creating the file and
        # writing its pid into it finds no pid yet.
        assert {holder for _, holder in answers.values()} <= {str(winners[0]), "None"}, answers
    finally:
        for child in children:
            stop(child)
