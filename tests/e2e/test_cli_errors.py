"""The real ``psoasbreak`` command, given bad arguments and meeting failures.

Every bad argument: exit 2 and exactly one line on stderr. Every failure: its own exit code and one
line that says what happened and what to do, never a traceback (that goes to the log). No display
is needed: none of these gets as far as a window.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xsession import clean_environ

pytestmark = pytest.mark.e2e


class CliEnv(dict[str, str]):
    """Private XDG folders and no display, for a ``psoasbreak`` subprocess."""

    def __init__(self, root: Path, runtime: Path) -> None:
        super().__init__(clean_environ())
        for name, sub in (("HOME", "home"), ("XDG_CONFIG_HOME", "config"),
                          ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state")):  # fmt: skip
            (root / sub).mkdir()
            self[name] = str(root / sub)
        self["XDG_RUNTIME_DIR"] = str(runtime)
        self["QT_QPA_PLATFORM"] = "offscreen"
        bindir = str(Path(sys.executable).parent)
        self["PATH"] = os.pathsep.join([bindir, self.get("PATH", os.defpath)])
        self.runtime = runtime

    def run(self, *args: str | bytes, timeout: float = 30) -> subprocess.CompletedProcess[str]:
        exe = shutil.which("psoasbreak", path=self["PATH"])
        assert exe, "the psoasbreak command is not installed"
        return subprocess.run(
            [exe, *args],
            env=dict(self),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=timeout,
            check=False,
        )


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[CliEnv]:
    # A short runtime folder: a unix socket path must fit in 108 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="pb-cli-"))
    runtime.chmod(0o700)
    try:
        yield CliEnv(tmp_path, runtime)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    described = f"exit {result.returncode}\nstdout: {result.stdout!r}\nstderr: {result.stderr!r}"
    assert "Traceback" not in result.stderr + result.stdout, described
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr\n{described}"
    return lines[0]


BAD_USAGE = [
    ["pause"],
    ["pause", "abc"],
    ["pause", "0"],
    ["pause", "1441"],
    ["pause", "-5"],
    ["pause", "2.5"],
    ["pause", ""],
    ["pause", "30", "40"],
    ["pause", "30", "--until-tomorrow"],
    ["break-now", "--exercise"],
    ["break-now", "--exercise", "yoga"],
    ["status", "--bogus"],
    ["status", "extra"],
    ["resume", "now"],
    ["no-such-command"],
    [""],
    ["--no-such-option"],
    ["-x"],
    [b"\xff\xfe"],
    ["pause", "9" * 5000],
    # issue 17: int() took these as 50 and 12 minutes
    ["pause", "5_0"],
    ["pause", "\u0661\u0662"],
    ["pause", "+30"],
    ["export", "-o", ""],
    ["stats", "--week", "9999-W52"],  # its Sunday is in the year 10000: was "This is a bug"
    # meeting mode (issue 18)
    ["pause", "--until", "25:00"],
    ["pause", "--until", "12:60"],
    ["pause", "--until", "9"],
    ["pause", "--until", "noon"],
    ["pause", "--until", "12:5"],
    ["pause", "--until", "\u0661\u0662:00"],
    ["pause", "--until"],
    ["pause", "--until", "12:00", "30"],
    ["pause", "--until", "12:00", "--until-tomorrow"],
]


@pytest.mark.parametrize("args", BAD_USAGE, ids=lambda a: " ".join(map(repr, a))[:40])
def test_every_bad_argument_is_exit_2_and_one_line(cli: CliEnv, args: list) -> None:
    result = cli.run(*args)
    assert result.returncode == 2, result
    line = one_line(result)
    assert line.startswith("psoasbreak") and "--help" in line, line
    assert result.stdout == ""


def test_no_app_running_is_exit_3_and_says_how_to_start_it(cli: CliEnv) -> None:
    result = cli.run("status")
    assert result.returncode == 3
    assert "start it with 'psoasbreak'" in one_line(result)


def test_python_dash_m_psoasbreak_is_the_same_command(cli: CliEnv) -> None:
    command = cli.run("status")
    module = subprocess.run(
        [sys.executable, "-m", "psoasbreak", "status"],
        env=dict(cli),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert (module.returncode, module.stdout, module.stderr) == (
        command.returncode,
        command.stdout,
        command.stderr,
    )
    assert module.returncode == 3 and "not running" in one_line(module)
    usage = subprocess.run(
        [sys.executable, "-m", "psoasbreak", "pause"],
        env=dict(cli),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert usage.returncode == 2 and one_line(usage).startswith("psoasbreak")


def test_a_stale_socket_is_not_a_running_app(cli: CliEnv) -> None:
    folder = cli.runtime / "psoasbreak"
    folder.mkdir(mode=0o700)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(folder / "control.sock"))
    stale.close()  # what a crashed app leaves behind
    result = cli.run("status", "--json")
    assert result.returncode == 3
    assert "not running" in one_line(result)


def test_a_runtime_folder_that_is_a_file(cli: CliEnv) -> None:
    """Nothing can listen there; the app itself then takes a folder of its own (tested with the
    real app in test_runtime_folder.py)."""
    (cli.runtime / "psoasbreak").write_text("not a folder")
    status = cli.run("status")
    assert status.returncode == 3 and "not running" in one_line(status)


def test_a_socket_path_too_long_for_unix_sockets(cli: CliEnv, tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 100)
    deep.mkdir(mode=0o700)
    cli["XDG_RUNTIME_DIR"] = str(deep)
    result = cli.run("status")
    # The app never listens there (it takes a short folder of its own and notes it: tested with
    # the real app in test_runtime_folder.py), so nothing there is running.
    assert result.returncode == 3
    assert "not running" in one_line(result)


def test_an_app_that_answers_nonsense(cli: CliEnv) -> None:
    folder = cli.runtime / "psoasbreak"
    folder.mkdir(mode=0o700)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "control.sock"))
    server.listen()

    def answer_nonsense() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"<html>hello</html>\n")

    thread = threading.Thread(target=answer_nonsense)
    thread.start()
    try:
        result = cli.run("status")
    finally:
        thread.join(10)
        server.close()
    assert result.returncode == 1
    assert "unexpected answer from the app" in one_line(result)


def test_an_unforeseen_failure_is_one_line_and_the_traceback_goes_to_the_log(
    cli: CliEnv,
) -> None:
    """A folder where the instance lock file should be: nothing foresees that, yet the user gets
    one line naming the file and the log, and the log gets the traceback."""
    lock = Path(cli["XDG_DATA_HOME"], "psoasbreak", "instance.lock")
    lock.mkdir(parents=True)
    result = cli.run()
    assert result.returncode == 1
    line = one_line(result)
    log = Path(cli["XDG_STATE_HOME"], "psoasbreak", "log", "psoasbreak.log")
    assert str(lock) in line and str(log) in line, line
    assert "Traceback" in log.read_text() and "IsADirectoryError" in log.read_text()


def test_verbose_also_prints_the_traceback_of_an_unforeseen_failure(cli: CliEnv) -> None:
    lock = Path(cli["XDG_DATA_HOME"], "psoasbreak", "instance.lock")
    lock.mkdir(parents=True)
    result = cli.run("--verbose")
    assert result.returncode == 1
    log = Path(cli["XDG_STATE_HOME"], "psoasbreak", "log", "psoasbreak.log")
    assert "Traceback" in result.stderr and "IsADirectoryError" in result.stderr, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("psoasbreak: ") and str(lock) in last and str(log) in last, last
    assert "Traceback" in log.read_text()


def test_an_unforeseen_failure_with_an_unwritable_log_is_still_one_line(cli: CliEnv) -> None:
    """The log folder cannot be made (a file is in its way): one line all the same, which says
    how to see the details, and ``--verbose`` does show them."""
    lock = Path(cli["XDG_DATA_HOME"], "psoasbreak", "instance.lock")
    lock.mkdir(parents=True)
    blocker = Path(cli["XDG_STATE_HOME"]) / "psoasbreak"
    blocker.write_text("a file where the state folder should be")
    line = one_line(cli.run())
    assert str(lock) in line and "--verbose" in line, line

    verbose = cli.run("--verbose")
    assert verbose.returncode == 1
    assert "Traceback" in verbose.stderr and "IsADirectoryError" in verbose.stderr, verbose.stderr
    last = verbose.stderr.strip().splitlines()[-1]
    assert str(lock) in last and "the details are above" in last, last
    assert blocker.read_text() == "a file where the state folder should be"


def test_the_first_week_is_written_with_a_four_digit_year(cli: CliEnv) -> None:
    """Issue 17: 0001-W01 was printed 1-W01."""
    text = cli.run("stats", "--week", "0001-W01")
    assert text.returncode == 0, text
    assert text.stdout.startswith("Week 0001-W01: Mon 01 Jan – Sun 07 Jan 0001."), text.stdout
    as_json = cli.run("stats", "--week", "0001-W01", "--json")
    assert '"0001-W01"' in as_json.stdout, as_json.stdout


def test_no_display_at_all_is_one_line_and_exit_1_not_a_qt_abort(cli: CliEnv) -> None:
    """Issue 17: with no DISPLAY and no WAYLAND_DISPLAY, Qt aborted the app (exit 134) with
    advice about xcb libraries. It now says what is wrong in one line, before Qt starts."""
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        cli.pop(name, None)
    result = cli.run()
    assert result.returncode == 1, result
    assert "no graphical session" in one_line(result)


# -- export -o onto what is not a plain file (issue 17) ---------------------------------------

CSV_HEADER = "at,outcome,exercise,seconds\n"


def test_export_through_a_symlink_writes_the_file_it_points_to_and_keeps_its_mode(
    cli: CliEnv, tmp_path: Path
) -> None:
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = cli.run("export", "-o", str(link))
    assert result.returncode == 0, result
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text(encoding="utf-8") == CSV_HEADER
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")) == []


def test_export_onto_a_0600_file_keeps_its_mode(cli: CliEnv, tmp_path: Path) -> None:
    out = tmp_path / "private.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o600)
    assert cli.run("export", "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text(encoding="utf-8") == CSV_HEADER


def test_export_streams_into_a_fifo_and_leaves_it_a_fifo(cli: CliEnv, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    result = cli.run("export", "-o", str(fifo))
    reader.join(10)
    assert result.returncode == 0, result
    assert got == [CSV_HEADER]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_export_onto_a_device_writes_to_it_and_leaves_it_a_device(
    cli: CliEnv, tmp_path: Path
) -> None:
    from tests.needs import unavailable

    if os.geteuid() != 0:
        unavailable("mknod needs root", "root (CI runs as root)")
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null's numbers, not /dev
    result = cli.run("export", "-o", str(device))
    assert result.returncode == 0, result
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert device.lstat().st_rdev == os.makedev(1, 3)


def test_export_to_dev_stdout_streams_to_standard_output(cli: CliEnv) -> None:
    result = cli.run("export", "-o", "/dev/stdout")
    assert result.returncode == 0, result
    assert result.stdout.startswith(CSV_HEADER)


def test_import_of_an_endless_file_is_bounded_and_one_line(cli: CliEnv) -> None:
    """Issue 17: `import /dev/zero` read until memory ran out."""
    result = cli.run("import", "/dev/zero", timeout=60)
    assert result.returncode == 1, result
    assert "larger than 64 MiB" in one_line(result)


def test_stats_on_an_ascii_terminal_prints_what_it_can(cli: CliEnv) -> None:
    """Issue 17: the en dash of the week line crashed `stats` on an ASCII-only stdout."""
    cli["PYTHONIOENCODING"] = "ascii"
    result = cli.run("stats")
    assert result.returncode == 0, result
    assert result.stdout.startswith("Week ") and " ? " in result.stdout.splitlines()[0]


def test_export_to_a_file_name_that_is_not_utf8_does_its_work_and_says_so(
    cli: CliEnv, tmp_path: Path
) -> None:
    """Issue 17: the export was written, then printing its name crashed (exit 1)."""
    cli["PYTHONIOENCODING"] = "utf-8"
    name = os.fsencode(tmp_path) + b"/\xff.csv"
    result = cli.run("export", "-o", name)
    assert result.returncode == 0, result
    assert os.path.exists(name)
    assert result.stdout.startswith("Exported 0 breaks to ")
