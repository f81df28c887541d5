"""The names of running programs (desktop/processes.py).

Linux for real: copies of ``sleep`` under names of the test's own, and a shell script, run as
children and looked for in the real ``/proc``, then gone once they exit. The corners a real
process will not show on demand (a kernel thread, an unreadable ``exe``, an upgraded binary)
run against a ``/proc`` tree built in tmp_path.

Windows and macOS: their calls (Toolhelp32, libproc) have not been run; what they answer, file
names and paths, is written out here and made into names as those platforms would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from psoasbreak.core.quiet import program_key, quiet_app_running
from psoasbreak.desktop.processes import (
    COMM_LENGTH,
    list_program_names,
    proc_program_names,
    program_keys,
    running_program_names,
)


def execed(child: subprocess.Popen[bytes], name: str) -> None:
    """Waits until the kernel has renamed the child: Popen returns once the child's
    close-on-exec fds are closed, which execve does before it sets ``comm``."""
    deadline = time.monotonic() + 10
    while True:
        with open(f"/proc/{child.pid}/comm") as comm:
            if comm.read() == name[:COMM_LENGTH] + "\n":
                return
        assert time.monotonic() < deadline, f"{name} did not start"
        time.sleep(0.01)


@pytest.fixture
def sleep_as(tmp_path: Path):
    """Runs a copy of ``sleep`` named ``name``; killed at the end of the test if still alive."""
    children: list[subprocess.Popen[bytes]] = []

    def start(name: str) -> subprocess.Popen[bytes]:
        program = tmp_path / name
        shutil.copy(shutil.which("sleep") or "/bin/sleep", program)
        child = subprocess.Popen([str(program), "60"])
        children.append(child)
        execed(child, name)
        return child

    yield start
    for child in children:
        child.kill()
        child.wait(timeout=10)


def end(child: subprocess.Popen[bytes]) -> None:
    child.kill()
    child.wait(timeout=10)


def test_a_running_program_is_named_and_gone_once_it_exits(sleep_as):
    assert "psb-zoomish" not in running_program_names()
    child = sleep_as("psb-zoomish")
    assert "psb-zoomish" in running_program_names()
    assert quiet_app_running(["Teams", "PSB-Zoomish"], running_program_names()) == "PSB-Zoomish"
    end(child)
    assert "psb-zoomish" not in running_program_names()


def test_a_name_longer_than_comm_is_known_by_its_executable(sleep_as):
    name = "psb-quiet-test-with-a-long-name"
    child = sleep_as(name)  # its comm is name[:15]: what the kernel keeps
    assert name in running_program_names()
    end(child)
    assert name not in running_program_names()


def test_a_script_is_known_by_its_full_name_though_the_interpreter_runs(tmp_path):
    """comm holds the script's name, cut; exe is the shell; cmdline has the script's path."""
    name = "psb-script-with-a-long-name"
    script = tmp_path / name
    script.write_text("#!/bin/sh\nread line\n")
    script.chmod(0o755)
    child = subprocess.Popen([str(script)], stdin=subprocess.PIPE)
    try:
        execed(child, name)
        assert os.path.basename(os.readlink(f"/proc/{child.pid}/exe")) != name
        assert name in running_program_names()
    finally:
        child.communicate(timeout=10)
    assert name not in running_program_names()


def test_this_interpreter_is_running():
    assert (
        program_key(os.path.basename(os.path.realpath(sys.executable))) in running_program_names()
    )


# --- Linux: a /proc tree of the test's own -------------------------------------------------------


class FakeProc:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()

    def process(
        self,
        pid: int | str,
        comm: str | None = None,
        exe: str | None = None,
        cmdline: list[str] | None = None,
    ) -> Path:
        folder = self.root / str(pid)
        folder.mkdir()
        if comm is not None:
            (folder / "comm").write_text(comm + "\n")
        if exe is not None:
            (folder / "exe").symlink_to(exe)
        if cmdline is not None:
            (folder / "cmdline").write_bytes("".join(a + "\0" for a in cmdline).encode())
        return folder


@pytest.fixture
def proc(tmp_path: Path) -> FakeProc:
    return FakeProc(tmp_path / "proc")


def test_comm_and_the_executables_name(proc):
    proc.process(10, "zoom", "/opt/zoom/zoom", ["/opt/zoom/zoom"])
    proc.process(11, "obs", "/usr/bin/obs", ["obs", "--startreplaybuffer"])
    proc.process(12, "Discord", "/usr/share/discord/Discord", ["/usr/share/discord/Discord"])
    assert proc_program_names(str(proc.root)) == {"zoom", "obs", "discord"}


def test_a_cut_comm_is_completed_by_the_executable(proc):
    proc.process(10, "gnome-control-c", "/usr/bin/gnome-control-center", ["gnome-control-center"])
    names = proc_program_names(str(proc.root))
    assert "gnome-control-center" in names


def test_a_cut_comm_of_a_script_is_completed_by_its_argument(proc):
    proc.process(
        10,
        "teams-for-linu",  # 14: not cut, nothing more is looked for
        "/usr/lib/electron/electron",
        ["/usr/lib/electron/electron", "/usr/lib/teams/app.asar"],
    )
    proc.process(
        11,
        "psb-long-script",
        "/usr/bin/python3.11",
        ["/usr/bin/python3", "-u", "/home/me/bin/psb-long-script-name", "--psb-long-scripted"],
    )
    assert proc_program_names(str(proc.root)) == {
        "teams-for-linu",
        "electron",
        "psb-long-script",
        "python3.11",
        "psb-long-script-name",
    }


def test_where_exe_cannot_be_read_argv0_names_the_program(proc):
    """Another user's process: its exe link is refused (here: no link, a file in its place)."""
    other = proc.process(10, "obs", None, ["/usr/bin/obs-studio", "--minimize-to-tray"])
    (other / "exe").write_text("not a link\n")
    proc.process(11, "zoom", None, ["/opt/zoom/ZoomLauncher"])
    assert proc_program_names(str(proc.root)) == {"obs", "obs-studio", "zoom", "zoomlauncher"}


def test_an_upgraded_binary_is_known_by_its_name_without_deleted(proc):
    proc.process(10, "zoom", "/opt/zoom/zoom (deleted)", ["/opt/zoom/zoom"])
    assert proc_program_names(str(proc.root)) == {"zoom"}


def test_kernel_threads_vanished_processes_and_odd_entries_give_nothing(proc):
    proc.process(2, "kthreadd", None, [])  # a kernel thread: no exe, no arguments
    proc.process(3, "kworker/0:1-events", None, [])
    proc.process(4)  # gone between the listing and the reading
    proc.process("self", "bash", "/usr/bin/bash", ["bash"])
    (proc.root / "uptime").write_text("1.0 1.0\n")
    (proc.root / "5").write_text("a file where a process folder was\n")
    proc.process(6, "zoom", "/opt/zoom/zoom")  # cmdline unread: exe answered
    assert proc_program_names(str(proc.root)) == {"zoom"}


def test_wine_programs_lose_exe_as_the_core_spells_them(proc):
    proc.process(10, "Zoom.exe", "/usr/bin/wine64-preloader", ["C:\\Zoom\\Zoom.exe"])
    assert proc_program_names(str(proc.root)) == {"zoom", "wine64-preloader"}


def test_no_proc_is_an_error_to_those_who_ask_and_no_programs_to_the_quiet_list(tmp_path):
    with pytest.raises(OSError):
        list_program_names(str(tmp_path / "no-proc"))
    assert running_program_names(str(tmp_path / "no-proc")) == frozenset()


# --- Windows and macOS: what their calls answer --------------------------------------------------


def test_toolhelp_exe_file_names_as_names():
    szexefile = ["[System Process]", "System", "Zoom.exe", "Teams.EXE", "obs64.exe", "ms-teams.exe"]
    names = program_keys(szexefile)
    assert names == {"[system process]", "system", "zoom", "teams", "obs64", "ms-teams"}
    assert quiet_app_running(["zoom.exe"], names) == "zoom.exe"


def test_libproc_paths_and_names_as_names():
    answers = [
        "/Applications/zoom.us.app/Contents/MacOS/zoom.us",
        "zoom.us",
        "/Applications/Microsoft Teams.app/Contents/MacOS/MSTeams",
        "MSTeams",
        "",
    ]
    assert program_keys(answers) == {"zoom.us", "msteams"}


@pytest.mark.parametrize("written", ["Zoom", "zoom.exe", " OBS ", "Straße"])
def test_every_name_is_spelt_as_the_core_compares(written):
    assert program_keys([written]) == {program_key(written)}
