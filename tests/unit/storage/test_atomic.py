"""The one atomic file writer (settings, login entry, ``export -o``): whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest

from psoasbreak.storage.atomic import write_atomically

OLD = b"daily_goal = 3\n"


@pytest.fixture
def umask_077() -> Iterator[None]:
    """A strict umask, so a mode that comes out right cannot be the umask's doing."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def test_writes_bytes_with_the_mode_asked_for(tmp_path: Path, umask_077: None) -> None:
    target = tmp_path / "psoasbreak.desktop"
    write_atomically(target, b"[Desktop Entry]\n", mode=0o644)
    assert target.read_bytes() == b"[Desktop Entry]\n"
    assert mode_of(target) == 0o644
    assert listing(tmp_path) == ["psoasbreak.desktop"]


def test_an_explicit_mode_replaces_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    target.chmod(0o600)
    write_atomically(target, b"new\n", mode=0o664)
    assert mode_of(target) == 0o664


def test_without_a_mode_the_replaced_file_keeps_its_own(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    target.write_bytes(OLD)
    target.chmod(0o640)
    write_atomically(target, b"daily_goal = 4\n")
    assert target.read_bytes() == b"daily_goal = 4\n"
    assert mode_of(target) == 0o640


def test_without_a_mode_a_new_file_is_private(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    write_atomically(target, OLD)
    assert mode_of(target) == 0o600


def test_a_text_writer_gets_utf8_and_its_newlines_untouched(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"

    def write(stream: TextIO) -> None:
        stream.write("at,outcome\r\n")  # the csv module's own line ends must survive as written
        stream.write("Übung,natural\n")

    write_atomically(target, write)
    assert target.read_bytes() == "at,outcome\r\nÜbung,natural\n".encode()


def test_the_file_is_replaced_by_a_rename_not_rewritten(tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    target.write_bytes(OLD)
    before = target.stat().st_ino
    with target.open("rb") as reader:  # a reader of the old file keeps reading the old file
        write_atomically(target, b"new\n")
        assert reader.read() == OLD
    assert target.stat().st_ino != before
    assert target.read_bytes() == b"new\n"
    assert listing(tmp_path) == ["config.toml"]


def test_the_temporary_file_is_beside_the_target_and_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "config.toml"
    renames: list[tuple[Path, Path]] = []
    synced: list[str] = []
    real_replace, real_fsync = os.replace, os.fsync

    def replace(source: Path, destination: Path) -> None:
        renames.append((Path(source), Path(destination)))
        assert Path(source).read_bytes() == OLD  # complete before the rename
        real_replace(source, destination)

    def fsync(descriptor: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "fsync", fsync)
    write_atomically(target, OLD)
    [(source, destination)] = renames
    assert destination == target and source.parent == target.parent
    assert source.name.startswith(".config.toml.") and source.name.endswith(".tmp")
    expected = ["file", "folder"] if hasattr(os, "O_DIRECTORY") else ["file"]
    assert synced == expected


def test_missing_folders_are_made_unless_refused(tmp_path: Path) -> None:
    made = tmp_path / "a" / "b" / "config.toml"
    write_atomically(made, OLD)
    assert made.read_bytes() == OLD

    nowhere = tmp_path / "nowhere" / "out.csv"
    with pytest.raises(FileNotFoundError):
        write_atomically(nowhere, OLD, make_folder=False)
    assert not nowhere.parent.exists()


class WriterFailed(Exception):
    pass


@pytest.mark.parametrize("error", [WriterFailed("no"), KeyboardInterrupt()])
def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, error: BaseException
) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(OLD)
    target.chmod(0o644)

    def write(stream: TextIO) -> None:
        stream.write("half a file")
        raise error

    with pytest.raises(type(error)):
        write_atomically(target, write, mode=0o600)
    assert target.read_bytes() == OLD
    assert mode_of(target) == 0o644
    assert listing(tmp_path) == ["out.csv"]


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "config.toml"
    target.write_bytes(OLD)

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, disk_full)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomically(target, b"new\n")
    assert target.read_bytes() == OLD
    assert listing(tmp_path) == ["config.toml"]


def test_no_new_file_appears_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "psoasbreak.desktop"

    def write(stream: TextIO) -> None:
        raise WriterFailed

    with pytest.raises(WriterFailed):
        write_atomically(target, write)
    assert listing(tmp_path) == []


def test_a_failed_clean_up_does_not_hide_the_real_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.csv"

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied")

    def write(stream: TextIO) -> None:
        raise WriterFailed("the real error")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(WriterFailed, match="the real error"):
        write_atomically(target, write)
