"""Where files go: XDG variables honoured, a runtime folder that only its owner can enter."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoasbreak.storage.paths import (
    AppPaths,
    ensure_runtime_dir,
    read_socket_note,
    settle_runtime_dir,
    socket_path_problem,
    write_socket_note,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="XDG and file modes are POSIX")

XDG_VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")
running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in XDG_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def fallback_runtime_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"psoasbreak-{os.getuid()}"


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_xdg_variables_are_honoured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in XDG_VARIABLES:
        (tmp_path / name).mkdir(mode=0o700)
        monkeypatch.setenv(name, str(tmp_path / name))
    paths = AppPaths.from_environment()
    assert paths == AppPaths(
        config_dir=tmp_path / "XDG_CONFIG_HOME" / "psoasbreak",
        data_dir=tmp_path / "XDG_DATA_HOME" / "psoasbreak",
        state_dir=tmp_path / "XDG_STATE_HOME" / "psoasbreak",
        runtime_dir=tmp_path / "XDG_RUNTIME_DIR" / "psoasbreak",
    )


def test_without_xdg_variables_the_home_folder_defaults_apply(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = AppPaths.from_environment()
    assert paths.config_dir == home / ".config" / "psoasbreak"
    assert paths.data_dir == home / ".local" / "share" / "psoasbreak"
    assert paths.state_dir == home / ".local" / "state" / "psoasbreak"


def test_finding_the_paths_creates_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    AppPaths.from_environment()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_files_have_fixed_names_inside_their_folders(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "s", tmp_path / "r")
    assert paths.config_file == tmp_path / "c" / "config.toml"
    assert paths.database_file == tmp_path / "d" / "history.sqlite3"
    assert paths.log_dir == tmp_path / "s" / "log"
    assert paths.socket_path == tmp_path / "r" / "control.sock"
    # The lock belongs to the history: two starts on one history meet there (issue 17).
    assert paths.lock_path == tmp_path / "d" / "instance.lock"
    assert paths.runtime_lock_path == tmp_path / "r" / "instance.lock"
    assert paths.socket_note == tmp_path / "d" / "control-socket"


def test_runtime_falls_back_to_the_temp_folder_without_xdg_runtime_dir() -> None:
    assert AppPaths.from_environment().runtime_dir == fallback_runtime_dir()


@pytest.mark.parametrize(
    "value",
    ["", "relative/run", "missing-folder", "a-file"],
    ids=["empty", "relative", "missing", "not-a-folder"],
)
def test_runtime_falls_back_when_xdg_runtime_dir_is_unusable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    (tmp_path / "a-file").write_text("")
    if value in ("missing-folder", "a-file"):
        value = str(tmp_path / value)
    monkeypatch.setenv("XDG_RUNTIME_DIR", value)
    assert AppPaths.from_environment().runtime_dir == fallback_runtime_dir()


@pytest.mark.skipif(running_as_root, reason="root may write into a 0500 folder, so it is usable")
def test_runtime_falls_back_when_xdg_runtime_dir_is_not_writable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(locked))
    assert AppPaths.from_environment().runtime_dir == fallback_runtime_dir()


@pytest.mark.skipif(not running_as_root, reason="only root can give a folder to another user")
def test_runtime_falls_back_when_xdg_runtime_dir_belongs_to_another_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # What `sudo -E` leaves behind: the invoking user's runtime folder, writable by root.
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, NOBODY, NOBODY)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(theirs))
    assert AppPaths.from_environment().runtime_dir == fallback_runtime_dir()


def runtime_paths(runtime_dir: Path) -> AppPaths:
    return AppPaths(Path("/nonexistent"), Path("/nonexistent"), Path("/nonexistent"), runtime_dir)


@pytest.mark.parametrize("umask", [0o022, 0o000, 0o077])
def test_ensure_runtime_dir_creates_a_private_folder(tmp_path: Path, umask: int) -> None:
    wanted = tmp_path / "run" / "psoasbreak"
    old = os.umask(umask)
    try:
        assert ensure_runtime_dir(runtime_paths(wanted)) == wanted
    finally:
        os.umask(old)
    assert wanted.is_dir()
    assert mode_of(wanted) == 0o700


@pytest.mark.usefixtures("umask_022")
@pytest.mark.parametrize("loose_mode", [0o755, 0o750, 0o701, 0o500])
def test_ensure_runtime_dir_tightens_a_folder_we_own(tmp_path: Path, loose_mode: int) -> None:
    wanted = tmp_path / "psoasbreak"
    wanted.mkdir()
    wanted.chmod(loose_mode)
    (wanted / "instance.lock").write_text("")
    ensure_runtime_dir(runtime_paths(wanted))
    assert mode_of(wanted) == 0o700
    assert (wanted / "instance.lock").exists()


def test_ensure_runtime_dir_can_run_twice(tmp_path: Path) -> None:
    paths = runtime_paths(tmp_path / "psoasbreak")
    ensure_runtime_dir(paths)
    ensure_runtime_dir(paths)
    assert mode_of(paths.runtime_dir) == 0o700


@pytest.mark.skipif(not running_as_root, reason="only root can give a folder to another user")
def test_ensure_runtime_dir_refuses_a_folder_of_another_user(tmp_path: Path) -> None:
    wanted = tmp_path / "psoasbreak"
    wanted.mkdir(mode=0o755)
    os.chown(wanted, NOBODY, NOBODY)
    with pytest.raises(PermissionError, match=r"belongs to another user \(uid 65534\)"):
        ensure_runtime_dir(runtime_paths(wanted))
    assert mode_of(wanted) == 0o755


def test_ensure_runtime_dir_refuses_a_symlink(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    wanted = tmp_path / "psoasbreak"
    wanted.symlink_to(elsewhere)
    with pytest.raises(PermissionError, match="symbolic link"):
        ensure_runtime_dir(runtime_paths(wanted))


def test_ensure_runtime_dir_refuses_a_file(tmp_path: Path) -> None:
    wanted = tmp_path / "psoasbreak"
    wanted.write_text("")
    with pytest.raises(NotADirectoryError, match="is a file"):
        ensure_runtime_dir(runtime_paths(wanted))


def test_on_linux_the_log_is_in_the_xdg_state_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    paths = AppPaths.from_environment(platform="linux")
    assert paths.log_dir == tmp_path / "state" / "psoasbreak" / "log"
    monkeypatch.delenv("XDG_STATE_HOME")
    default = AppPaths.from_environment(platform="linux").log_dir
    assert default == tmp_path / "home" / ".local" / "state" / "psoasbreak" / "log"


def test_on_macos_the_log_is_in_library_logs(tmp_path: Path) -> None:
    paths = AppPaths.from_environment(platform="darwin")
    assert paths.log_dir == tmp_path / "home" / "Library" / "Logs" / "psoasbreak"


def test_on_windows_the_log_is_in_local_app_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import platformdirs.windows

    local = tmp_path / "AppData" / "Local"
    # The Windows shell API that answers this is the OS edge; here it answers what Windows would.
    folders = {"CSIDL_LOCAL_APPDATA": str(local)}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    paths = AppPaths.from_environment(platform="win32")
    assert paths.log_dir == local / "psoasbreak" / "Logs"
    assert paths.data_dir == local / "psoasbreak"


# -- a runtime folder of its own when the usual one cannot serve (issue 17) ----------------------


@pytest.fixture
def temp_folder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of this test's own, with a path as short as a real /tmp's: the socket in
    the folder the app makes there must fit a Unix socket's 107 bytes, which a folder deep in
    pytest's own temp tree (deeper still under pytest-xdist) would not leave room for."""
    folder = Path(tempfile.mkdtemp(prefix="pbt-", dir="/tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_usable_runtime_folder_is_kept(temp_folder: Path, tmp_path: Path) -> None:
    paths = runtime_paths(tmp_path / "run" / "psoasbreak")
    assert settle_runtime_dir(paths) == (paths, "")
    assert list(temp_folder.iterdir()) == []


def own_folder_of(settled: AppPaths, temp_folder: Path) -> None:
    folder = settled.runtime_dir
    assert folder.parent == temp_folder and folder.name.startswith(f"psoasbreak-{os.getuid()}-")
    assert mode_of(folder) == 0o700 and folder.stat().st_uid == os.getuid()


@pytest.mark.skipif(not running_as_root, reason="only root can give a folder to another user")
def test_a_folder_another_user_made_first_gives_way_to_one_of_our_own(
    temp_folder: Path,
) -> None:
    taken = temp_folder / f"psoasbreak-{os.getuid()}"
    taken.mkdir(mode=0o777)
    os.chown(taken, NOBODY, NOBODY)
    settled, said = settle_runtime_dir(runtime_paths(taken))
    own_folder_of(settled, temp_folder)
    assert "belongs to another user (uid 65534)" in said and str(settled.runtime_dir) in said
    assert taken.stat().st_uid == NOBODY, "the other user's folder is left alone"


@pytest.mark.parametrize("in_the_way", ["file", "link"])
def test_a_file_or_link_in_the_way_gives_way_to_a_folder_of_our_own(
    temp_folder: Path, tmp_path: Path, in_the_way: str
) -> None:
    wanted = tmp_path / "psoasbreak"
    if in_the_way == "file":
        wanted.write_text("")
    else:
        wanted.symlink_to(tmp_path)
    settled, said = settle_runtime_dir(runtime_paths(wanted))
    own_folder_of(settled, temp_folder)
    assert "private folder of its own" in said


def test_a_path_too_long_for_a_socket_gives_way_to_a_short_one(
    temp_folder: Path, tmp_path: Path
) -> None:
    wanted = tmp_path / ("d" * 110) / "psoasbreak"
    settled, said = settle_runtime_dir(runtime_paths(wanted))
    own_folder_of(settled, temp_folder)
    assert "too long for a Unix socket" in said, said
    assert socket_path_problem(settled.socket_path) == ""


def test_when_even_the_temporary_folder_is_too_long_it_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    deep = tmp_path / ("t" * 110)
    deep.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(deep))
    with pytest.raises(OSError, match="too long for a Unix socket"):
        settle_runtime_dir(runtime_paths(tmp_path / ("d" * 110) / "psoasbreak"))
    assert list(deep.iterdir()) == [], "the folder it made is not left behind"


@pytest.mark.parametrize(
    ("platform", "limit"), [("linux", 106), ("darwin", 102), ("freebsd14", 102), ("win32", None)]
)
def test_the_socket_path_limit_per_platform(platform: str, limit: int | None) -> None:
    def path_of(size: int) -> Path:
        return Path("/" + "s" * (size - 1))

    if limit is None:  # a named pipe, named by a hash
        assert socket_path_problem(path_of(500), platform) == ""
        return
    assert socket_path_problem(path_of(limit), platform) == ""
    assert f"({limit + 1} bytes; at most {limit})" in socket_path_problem(
        path_of(limit + 1), platform
    )


def note_paths(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "s", tmp_path / "r")
    paths.data_dir.mkdir()
    return paths


@pytest.mark.parametrize(
    "content",
    [b"", b"relative/control.sock\n", b"/a\n/b\n", b"/a\0b\n", b"/" + b"x" * 5000 + b"\n"],
)
def test_a_note_that_is_not_one_absolute_path_is_ignored(tmp_path: Path, content: bytes) -> None:
    paths = note_paths(tmp_path)
    paths.socket_note.write_bytes(content)
    assert read_socket_note(paths) is None


def test_a_note_that_is_a_link_a_folder_or_a_fifo_is_ignored(tmp_path: Path) -> None:
    paths = note_paths(tmp_path)
    real = tmp_path / "real"
    real.write_bytes(b"/elsewhere/control.sock\n")
    paths.socket_note.symlink_to(real)
    assert read_socket_note(paths) is None
    paths.socket_note.unlink()
    paths.socket_note.mkdir()
    assert read_socket_note(paths) is None
    paths.socket_note.rmdir()
    os.mkfifo(paths.socket_note)  # would hang a plain open() for reading
    assert read_socket_note(paths) is None


@pytest.mark.skipif(not running_as_root, reason="only root can give a file to another user")
def test_a_note_of_another_user_is_ignored(tmp_path: Path) -> None:
    paths = note_paths(tmp_path)
    assert write_socket_note(paths, Path("/elsewhere/control.sock"))
    assert read_socket_note(paths) == Path("/elsewhere/control.sock")
    assert mode_of(paths.socket_note) == 0o600
    os.chown(paths.socket_note, NOBODY, NOBODY)
    assert read_socket_note(paths) is None


def test_a_note_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "c", tmp_path / "file" / "d", tmp_path / "s", tmp_path / "r")
    (tmp_path / "file").write_text("in the way")
    assert write_socket_note(paths, Path("/elsewhere/control.sock")) is False
