"""PySide6 6.12 drops a reference to None on every void call; on Python < 3.12 that kills the
process after a few thousand calls. The workaround makes the singletons as good as immortal."""

from __future__ import annotations

import ctypes
import importlib.metadata
import signal
import subprocess
import sys

import pytest

from psoasbreak import pyside_workarounds
from psoasbreak.pyside_workarounds import (
    affected,
    installed_pyside_version,
    needed,
    parse_version,
    reserve_for,
)

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
        pytest.skip(
            "this PySide6 keeps its references: set FIRST_FIXED in pyside_workarounds (or remove it)"
        )
    assert result.returncode == -signal.SIGABRT
    assert "_dealloc: deallocating" in result.stderr


# The reserve, for both widths of Py_ssize_t: no 32-bit machine needed.


def test_the_reserve_on_64_bit_is_unchanged() -> None:
    assert reserve_for(8) == 2**40


def test_the_reserve_on_32_bit_is_large_but_cannot_overflow() -> None:
    reserve = reserve_for(4)
    assert reserve == 2**30
    assert reserve > 1_000_000_000  # a billion dropped references
    # A 32-bit process holds fewer than 2**32 / 4 references to anything (they are 4-byte
    # pointers in a 4 GiB address space), so the count plus the reserve stays below 2**31 - 1.
    most_references = 2**32 // 4 - 1
    assert reserve + most_references <= 2**31 - 1


@pytest.mark.parametrize("size", [4, 8])
def test_the_reserve_is_at_most_half_the_positive_range(size: int) -> None:
    largest = 2 ** (8 * size - 1) - 1
    assert 0 < reserve_for(size) <= (largest + 1) // 2


def test_this_machine_gets_the_reserve_for_its_own_width() -> None:
    expected = {4: 2**30, 8: 2**40}[ctypes.sizeof(ctypes.c_ssize_t)]
    assert reserve_for(ctypes.sizeof(ctypes.c_ssize_t)) == expected


# Which PySide6 versions get it.


@pytest.mark.parametrize(
    ("version", "parsed"),
    [
        ("6.12.0", (6, 12, 0)),
        ("6.12", (6, 12, 0)),
        ("6.8.0.2", (6, 8, 0)),
        ("6.12.1a1", (6, 12, 1)),
        ("not a version", None),
        ("", None),
        ("6", None),
    ],
)
def test_versions_are_read_by_their_numbers(version: str, parsed: tuple[int, ...] | None) -> None:
    assert parse_version(version) == parsed


@pytest.mark.parametrize("version", ["6.12.0", "6.12.1", "6.12.0.1", "6.13.0", "7.0.0"])
def test_6_12_and_later_are_affected_while_no_fix_is_known(version: str) -> None:
    assert pyside_workarounds.FIRST_FIXED is None
    assert affected(version)


@pytest.mark.parametrize("version", ["6.11.2", "6.11.0", "6.5.0", "6.8.0.2"])
def test_releases_before_6_12_keep_their_references(version: str) -> None:
    assert not affected(version)


@pytest.mark.parametrize("version", ["garbage", "", None])
def test_an_unknown_version_gets_the_reserve_to_be_safe(version: str | None) -> None:
    assert affected(version)


def test_once_a_fix_is_known_it_and_later_releases_skip_the_reserve(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pyside_workarounds, "FIRST_FIXED", (6, 12, 3))
    assert affected("6.12.0")
    assert affected("6.12.2")
    assert not affected("6.12.3")
    assert not affected("6.13.0")
    assert not affected("6.11.2")


def test_the_installed_version_is_read_without_loading_qt() -> None:
    """From the distribution's metadata: not even PySide6 (let alone a Qt library) is imported."""
    import PySide6

    probe = (
        "import sys\n"
        "from psoasbreak.pyside_workarounds import installed_pyside_version\n"
        "print(installed_pyside_version())\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == [PySide6.__version__, "[]"]


def test_without_distribution_metadata_the_version_comes_from_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import PySide6

    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert installed_pyside_version() == PySide6.__version__


def test_needed_follows_the_installed_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pyside_workarounds, "interpreter_counts_singletons", lambda: True)
    monkeypatch.setattr(pyside_workarounds, "installed_pyside_version", lambda: "6.11.2")
    assert not needed()
    monkeypatch.setattr(pyside_workarounds, "installed_pyside_version", lambda: "6.12.0")
    assert needed()
    monkeypatch.setattr(pyside_workarounds, "interpreter_counts_singletons", lambda: False)
    assert not needed()


# -- the source PySide6 reads of each module imported after it (issue 21) -------------------------

SOURCE_PROBE = """
import sys, linecache
from psoasbreak.pyside_workarounds import forget_checked_sources
forget = sys.argv[1] == "forget"
if forget:
    assert forget_checked_sources() and forget_checked_sources()  # once, and idempotent
else:
    import PySide6
sys.path.insert(0, sys.argv[2])
import probe_module
feature = sys.modules["shibokensupport.feature"]
print(int("probe_module" in feature.pyside_feature_dict), len([f for f in linecache.cache if f.endswith("probe_module.py")]))
"""


@pytest.mark.parametrize(("mode", "kept"), [("forget", 0), ("as-pyside-does", 1)])
def test_the_source_pyside_checks_is_not_kept(tmp_path, mode: str, kept: int) -> None:
    """PySide6's hook still looks at the module (it is in its feature table), but its lines
    are not kept in linecache (9 MB in the app); without the wrap they are."""
    (tmp_path / "probe_module.py").write_text("import PySide6  # this module uses PySide6\n")
    out = subprocess.run(
        [sys.executable, "-c", SOURCE_PROBE, mode, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["1", str(kept)]
