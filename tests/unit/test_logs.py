"""The log: a rotating file in the log folder, stderr too with ``--verbose``, and uncaught
exceptions (a Qt slot's, a thread's) logged with their traceback while the terminal gets one line."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from psoasbreak.logs import install_exception_logging, setup_logging

log = logging.getLogger("psoasbreak.test_logs")


@pytest.fixture(autouse=True)
def restore_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test adds to the root logger is closed and removed afterwards (an open file
    handler would be a ResourceWarning, an error in this suite), and the hooks are put back."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    try:
        yield
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)


def ours() -> list[logging.Handler]:
    return [
        h for h in logging.getLogger().handlers if (h.get_name() or "").startswith("psoasbreak")
    ]


def test_the_log_is_a_rotating_file_of_1_mb_times_3_in_the_log_folder(tmp_path: Path) -> None:
    log_dir = tmp_path / "state" / "psoasbreak" / "log"
    log_file = setup_logging(log_dir)
    assert log_file == log_dir / "psoasbreak.log"
    [handler] = ours()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (1_000_000, 3)
    log.info("written to the file")
    assert "INFO psoasbreak.test_logs: written to the file" in log_file.read_text()


def test_writing_past_the_limit_rotates_and_keeps_three_old_files(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    line = "x" * 10_000
    for _ in range(110):  # 1.1 MB
        log.info(line)
    assert (tmp_path / "psoasbreak.log.1").exists()
    assert not (tmp_path / "psoasbreak.log.2").exists()
    for _ in range(500):  # 5 MB more: the oldest files are dropped, never a fourth
        log.info(line)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["psoasbreak.log", "psoasbreak.log.1", "psoasbreak.log.2", "psoasbreak.log.3"]
    assert all(p.stat().st_size <= 1_000_000 for p in tmp_path.iterdir())


def test_only_verbose_also_prints_the_log_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(tmp_path)
    log.info("quiet line")
    assert capsys.readouterr().err == ""
    setup_logging(tmp_path, verbose=True)
    log.info("loud line")
    assert "INFO psoasbreak.test_logs: loud line" in capsys.readouterr().err
    assert len(ours()) == 2


def test_setting_up_again_replaces_the_handlers_instead_of_doubling_lines(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path, verbose=True)
    assert setup_logging(tmp_path, verbose=True) == log_file
    assert len(ours()) == 2
    log.info("once")
    assert log_file is not None and log_file.read_text().count("once") == 1


def test_an_unwritable_log_folder_is_one_clear_line_and_no_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file where the folder should be: unwritable even for root, who may write anywhere else.
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    assert setup_logging(blocker / "log") is None
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"psoasbreak: cannot write the log in {blocker / 'log'}: "), err
    log.error("nowhere to go, and no exception either")
    assert setup_logging(blocker / "log", report=False) is None
    assert capsys.readouterr().err == ""


def test_an_uncaught_exception_goes_to_the_log_and_one_line_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = setup_logging(tmp_path)
    install_exception_logging(log_file)
    try:
        raise ValueError("in the main thread")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def fail() -> None:
        raise LookupError("in a worker thread")

    worker = threading.Thread(target=fail, name="worker")
    worker.start()
    worker.join()

    assert log_file is not None
    text = log_file.read_text()
    assert "uncaught exception in the main thread\nTraceback" in text
    assert "ValueError: in the main thread" in text
    assert "uncaught exception in thread 'worker'\nTraceback" in text
    assert "LookupError: in a worker thread" in text
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2, lines
    assert all(str(log_file) in line and "Traceback" not in line for line in lines), lines


def test_without_a_log_file_the_traceback_still_reaches_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "log").write_text("a file where the folder should be")
    install_exception_logging(setup_logging(tmp_path / "log", report=False))
    try:
        raise ValueError("nowhere else to go")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "Traceback" in err and "ValueError: nowhere else to go" in err


SLOT_FAILS = """
import sys
from pathlib import Path
from psoasbreak.logs import install_exception_logging, setup_logging
install_exception_logging(setup_logging(Path(sys.argv[1])))
from PySide6.QtCore import QCoreApplication, QTimer
app = QCoreApplication([])
def slot():
    raise RuntimeError("a slot failed")
QTimer.singleShot(0, slot)
QTimer.singleShot(0, app.quit)  # after the slot: timers of equal time fire in order
sys.exit(app.exec())
"""


def test_an_exception_in_a_qt_slot_reaches_the_log_not_the_terminal(tmp_path: Path) -> None:
    """In a real process: pytest-qt would catch a slot's exception itself."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SLOT_FAILS), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    described = f"exit {result.returncode}\nstderr: {result.stderr!r}"
    assert result.returncode == 0, described  # the app goes on after a failed slot
    text = (tmp_path / "psoasbreak.log").read_text()
    assert "Traceback" in text and "RuntimeError: a slot failed" in text, text
    lines = result.stderr.splitlines()
    assert len(lines) == 1, described
    assert str(tmp_path / "psoasbreak.log") in lines[0] and "a slot failed" in lines[0], described
