"""PySide6 6.12 drops a reference to None on every void call; on Python < 3.12 that kills the
process after a few thousand calls. The workaround makes the singletons as good as immortal."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from psoasbreak.pyside_workarounds import needed

# 300,000 void calls and signal emissions: far more than None's few thousand references.
CALLS = """
import sys
{guard}
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
app = QCoreApplication([])
timer = QTimer()
class Emitter(QObject):
    fired = Signal()
emitter = Emitter()
emitter.fired.connect(lambda: None)
for _ in range(100_000):
    timer.start(1000)
    timer.stop()
    emitter.fired.emit()
print("survived")
"""
GUARD = "from psoasbreak.pyside_workarounds import keep_singletons_alive; keep_singletons_alive()"


def run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CALLS.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_with_the_workaround_qt_calls_never_exhaust_none() -> None:
    result = run(GUARD)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


@pytest.mark.skipif(not needed(), reason="None and the bools are immortal on this Python")
def test_without_it_this_pyside_kills_the_interpreter() -> None:
    result = run("")
    if result.returncode == 0:
        pytest.skip("this PySide6 keeps its references: pyside_workarounds can be removed")
    assert result.returncode == -signal.SIGABRT
    assert "_dealloc: deallocating" in result.stderr
