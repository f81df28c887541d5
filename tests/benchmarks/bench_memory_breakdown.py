"""Where the idle app's memory goes: PSS and USS by mapping, app against the bare-tray floor.

    python -m tests.benchmarks.bench_memory_breakdown [--settle 20] [--json PATH] [--quick]

On the benchmarks' private desktop and private copy of PySide6 (``common``), it starts the real
``psoasbreak`` and then the bare PySide6 tray of ``bench_floor``, one at a time so that they share
no PySide6 page, waits for each tray icon and a settling time, and reads ``/proc/PID/smaps``:
every mapping's PSS and USS is put in a group (each Qt library and plugin, each PySide6 binding,
libpython, each system library, ``[heap]``, anonymous memory split into thread stacks, malloc
thread arenas and the rest, fonts and other files), printed for app, floor and the difference.

The Python side is measured in further starts of the same two programs, never in the ones whose
smaps are read, through a ``sitecustomize`` put first on PYTHONPATH (the app has no hook of its
own, and its code is not changed): it waits for a file the benchmark writes, then reports
``sys.modules``, pymalloc's and glibc malloc's totals, and what ``gc.collect`` and
``malloc_trim(0)`` give back. One start runs with ``PYTHONPROFILEIMPORTTIME=1`` (import times of
the real start path), one with ``PYTHONTRACEMALLOC`` (the Python heap by file). Finally, each
package the app has loaded at idle and the floor has not is imported on its own, in a fresh
interpreter on ``QT_QPA_PLATFORM=offscreen`` that first builds the floor's QApplication: its USS
and PSS deltas are what that import alone costs.

It is a measurement: figures are printed (and written as JSON with ``--json``), never checked.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.benchmarks.common import (
    BARE_TRAY,
    BenchError,
    Desktop,
    Launch,
    Psoasbreak,
    Subject,
    embedded_by,
    our_subject,
)

START_TIMEOUT = 60.0
STDLIB = Path(sysconfig.get_paths()["stdlib"]).resolve()

# -- smaps -----------------------------------------------------------------------------------

_HEADER = re.compile(r"^([0-9a-f]+)-([0-9a-f]+) (\S{4}) \S+ \S+ \d+\s*(.*)$")
#: A glibc malloc arena for a thread is a 64 MiB-aligned reservation (HEAP_MAX_SIZE).
_ARENA_ALIGN = 64 << 20


@dataclass
class Mapping:
    start: int
    end: int
    perms: str
    path: str
    kb: dict[str, int] = field(default_factory=dict)

    @property
    def size_kb(self) -> int:
        return (self.end - self.start) // 1024

    @property
    def pss(self) -> int:
        return self.kb.get("Pss", 0)

    @property
    def uss(self) -> int:
        return self.kb.get("Private_Clean", 0) + self.kb.get("Private_Dirty", 0)

    @property
    def rss(self) -> int:
        return self.kb.get("Rss", 0)


def read_smaps(pid: int) -> list[Mapping]:
    maps: list[Mapping] = []
    text = Path(f"/proc/{pid}/smaps").read_text()
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            start, end, perms, path = m.groups()
            maps.append(Mapping(int(start, 16), int(end, 16), perms, path.strip()))
        elif maps and line.endswith(" kB"):
            key, _, value = line.partition(":")
            maps[-1].kb[key] = int(value.split()[0])
    return maps


_SYSTEM_FAMILIES = (
    (
        "system: fonts and text",
        (
            "libfontconfig",
            "libfreetype",
            "libharfbuzz",
            "libpng",
            "libbrotli",
            "libbz2",
            "libgraphite",
            "libexpat",
            "libxml2",
            "libfribidi",
        ),
    ),
    ("system: X11 and xcb", ("libX", "libxcb", "libxkb", "libICE", "libSM", "libXau", "libXdmcp")),
    (
        "system: GLib",
        ("libglib", "libgobject", "libgio", "libgmodule", "libgthread", "libpcre", "libffi"),
    ),
    ("system: OpenGL", ("libGL", "libEGL", "libGLX", "libGLdispatch", "libdrm", "libgbm")),
    ("system: D-Bus, systemd", ("libdbus", "libsystemd", "libcap", "libgcrypt", "libgpg")),
    (
        "system: C and C++ runtime",
        ("libc.", "libm.", "ld-linux", "libstdc++", "libgcc_s", "libdl", "libpthread", "librt"),
    ),
    ("system: compression and crypto", ("libz.", "libzstd", "liblzma", "liblz4", "libcrypto")),
)


def classify(m: Mapping, prev: Mapping | None, nxt: Mapping | None) -> tuple[str, str]:
    """(category, item) for one mapping."""
    path = m.path
    if not path or path.startswith("[anon"):
        if (
            m.perms.startswith("rw")
            and prev is not None
            and not prev.path
            and prev.perms.startswith("---")
            and prev.size_kb <= 64
            and 8000 <= m.size_kb <= 8200
        ):
            return "anonymous", "anon: thread stacks (8 MiB each)"
        if (
            m.perms.startswith("rw")
            and m.start % _ARENA_ALIGN == 0
            and nxt is not None
            and not nxt.path
            and nxt.perms.startswith("---")
        ):
            return "anonymous", "anon: glibc malloc thread arenas"
        return "anonymous", "anon: other (pymalloc arenas, large mallocs, Qt mmaps)"
    if path == "[heap]":
        return "[heap]", "[heap] (glibc main malloc arena)"
    if path == "[stack]":
        return "stacks and kernel", "[stack] main thread"
    if path.startswith("["):
        return "stacks and kernel", path
    name = os.path.basename(path.replace(" (deleted)", ""))
    if path.startswith(("/SYSV", "/dev/shm", "/memfd:")) or "(deleted)" in path:
        return "shared memory", "shared memory (MIT-SHM, memfd, deleted files)"
    if "/PySide6/Qt/plugins/" in path:
        kind, _, lib = path.split("/PySide6/Qt/plugins/", 1)[1].partition("/")
        return "Qt plugins", f"plugin {kind}/{lib.split('.so')[0]}"
    if "/PySide6/Qt/lib/" in path:
        return "Qt libraries", name.split(".so")[0]
    if name.endswith(".qm"):
        return "files", "translations (.qm)"
    if "/PySide6/" in path and name.startswith("Qt") and ".so" in name:
        return "PySide6 bindings", f"PySide6 {name.split('.')[0]}"
    if "/PySide6/" in path or "/shiboken6/" in path:
        return "PySide6/shiboken runtime", name.split(".")[0]
    if name.startswith("libpython"):
        return "Python interpreter", "libpython3.11"
    if name.startswith("python3"):
        return "Python interpreter", "python3 executable"
    if "/lib-dynload/" in path:
        return "Python extension modules", f"py ext {name.split('.')[0]}"
    if "site-packages" in path and ".so" in name:
        return "Python extension modules", f"py ext {name}"
    if name.endswith((".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz")) or "/fonts/" in path:
        return "files", "fonts"
    if "/fontconfig/" in path:
        return "files", "fontconfig caches"
    if "/locale/" in path or "gconv" in path:
        return "files", "locale data"
    if ".so" in name:
        stem = name.split(".so")[0]
        for family, prefixes in _SYSTEM_FAMILIES:
            if name.startswith(prefixes):
                return family, stem
        return "system: other", stem
    return "files", f"file {name}"


@dataclass
class Breakdown:
    """PSS, USS, RSS (kB) per item and per category of one process."""

    pid: int
    items: dict[str, dict[str, int]]
    categories: dict[str, dict[str, int]]
    item_category: dict[str, str]
    total: dict[str, int]
    threads: list[str]

    def to_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "categories": self.categories,
            "total_kb": self.total,
            "threads": self.threads,
        }


def breakdown(pid: int) -> Breakdown:
    maps = read_smaps(pid)
    items: dict[str, dict[str, int]] = defaultdict(lambda: {"pss": 0, "uss": 0, "rss": 0})
    cats: dict[str, dict[str, int]] = defaultdict(lambda: {"pss": 0, "uss": 0, "rss": 0})
    item_category: dict[str, str] = {}
    total = {"pss": 0, "uss": 0, "rss": 0}
    for i, m in enumerate(maps):
        prev = maps[i - 1] if i else None
        nxt = maps[i + 1] if i + 1 < len(maps) else None
        category, item = classify(m, prev, nxt)
        item_category[item] = category
        for key, value in (("pss", m.pss), ("uss", m.uss), ("rss", m.rss)):
            items[item][key] += value
            cats[category][key] += value
            total[key] += value
    threads = []
    with contextlib.suppress(OSError):
        for task in sorted(Path(f"/proc/{pid}/task").iterdir()):
            threads.append((task / "comm").read_text().strip())
    return Breakdown(pid, dict(items), dict(cats), item_category, total, threads)


# -- the hook inside the measured programs ---------------------------------------------------

#: Imported by ``site`` at interpreter start when its folder is first on PYTHONPATH. It only
#: starts a thread that waits (polling a file) until the benchmark asks, then reports.
#: Both child programs (the ``sitecustomize`` hook and the import-cost child) read their own
#: PSS, USS and RSS the same way.
ROLLUP = """def _rollup():
    out = {}
    with open("/proc/self/smaps_rollup") as f:
        for line in f:
            key, _, value = line.partition(":")
            if value.strip().endswith("kB"):
                out[key] = int(value.split()[0])
    return {
        "pss": out.get("Pss", 0),
        "uss": out.get("Private_Clean", 0) + out.get("Private_Dirty", 0),
        "rss": out.get("Rss", 0),
    }
"""


def _with_rollup(program: str, indent: str) -> str:
    """``program`` with ROLLUP put in place of its ``@ROLLUP@`` line, at ``indent``."""
    body = textwrap.indent(ROLLUP, indent).lstrip()
    return program.replace("@ROLLUP@\n", body)


SITECUSTOMIZE = r'''
import os

if os.environ.get("MEMBREAKDOWN_DROP_SOURCE"):
    # A candidate tried without touching the app: PySide6's import hook calls
    # inspect.getsource(module) on every module imported after PySide6 (to look for "PySide6"),
    # and linecache keeps every line for good. Here the lines are let go as soon as it has looked.
    import inspect
    import linecache

    def _getsource(obj, _original=inspect.getsource):
        try:
            return _original(obj)
        finally:
            if inspect.ismodule(obj):
                linecache.cache.pop(getattr(obj, "__file__", None), None)

    inspect.getsource = _getsource

_dir = os.environ.get("MEMBREAKDOWN_DIR")
if _dir:
    import sys
    import threading
    import time

    @ROLLUP@

    def _pymalloc():
        """sys._debugmallocstats() writes to the C stderr: catch it in a file."""
        path = os.path.join(_dir, "mallocstats.txt")
        saved = os.dup(2)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 2)
            os.close(fd)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        stats = {}
        with open(path) as f:
            for line in f:
                if line.startswith("#") and "=" in line:
                    key, _, value = line[1:].partition("=")
                    digits = value.strip().replace(",", "")
                    if digits.isdigit():
                        stats[" ".join(key.split())] = int(digits)
        return stats

    def _mallinfo():
        import ctypes

        class Info(ctypes.Structure):
            _fields_ = [(n, ctypes.c_size_t) for n in (
                "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
                "uordblks", "fordblks", "keepcost")]

        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = Info
        info = libc.mallinfo2()
        return {name: getattr(info, name) for name, _ in Info._fields_}

    def _tracemalloc():
        import tracemalloc

        if not tracemalloc.is_tracing():
            return None
        snap = tracemalloc.take_snapshot()
        current, peak = tracemalloc.get_traced_memory()
        by_file = [
            [s.traceback[0].filename, s.size, s.count]
            for s in snap.statistics("filename")[:40]
        ]
        # Each block put on the innermost frame that is not the import machinery (so a code
        # object goes to the module whose import statement loaded it, not to importlib).
        by_owner = {}
        for trace in snap.traces:
            owner = "?"
            for frame in reversed(trace.traceback):  # most recent first
                if not frame.filename.startswith("<frozen importlib"):
                    owner = frame.filename
                    break
            size, count = by_owner.get(owner, (0, 0))
            by_owner[owner] = (size + trace.size, count + 1)
        top_owner = sorted(by_owner.items(), key=lambda kv: -kv[1][0])[:40]
        return {
            "traced_current": current,
            "traced_peak": peak,
            "tracemalloc_overhead": tracemalloc.get_tracemalloc_memory(),
            "by_file": by_file,
            "by_owner": [[name, size, count] for name, (size, count) in top_owner],
        }

    def _report():
        import gc
        import json

        result = {"modules": [
            [name, getattr(mod, "__file__", None) or ""]
            for name, mod in list(sys.modules.items())
        ]}
        result["allocated_blocks"] = sys.getallocatedblocks()
        result["gc_objects"] = len(gc.get_objects())
        result["mem_before"] = _rollup()
        result["pymalloc"] = _pymalloc()
        result["mallinfo"] = _mallinfo()
        result["tracemalloc"] = _tracemalloc()
        if os.environ.get("MEMBREAKDOWN_TRIM"):
            result["gc_collected"] = gc.collect()
            result["mem_after_gc"] = _rollup()
            import ctypes

            ctypes.CDLL(None).malloc_trim(0)
            result["mem_after_trim"] = _rollup()
            result["mallinfo_after_trim"] = _mallinfo()
        import linecache

        lines = [entry[2] for entry in list(linecache.cache.values()) if len(entry) > 2]
        result["linecache"] = {
            "files": len(lines),
            "lines": sum(len(x) for x in lines),
            "bytes": sum(sys.getsizeof(x) + sum(sys.getsizeof(t) for t in x) for x in lines),
        }
        if os.environ.get("MEMBREAKDOWN_TRIM"):
            linecache.clearcache()
            gc.collect()
            import ctypes

            ctypes.CDLL(None).malloc_trim(0)
            result["mem_after_linecache"] = _rollup()
            result["pymalloc_after_linecache"] = _pymalloc()
        return result

    def _wait():
        go = os.path.join(_dir, "go")
        while not os.path.exists(go):
            time.sleep(0.2)
        try:
            result = _report()
        except Exception as exc:  # reported, not raised: this thread must not kill the app
            result = {"error": repr(exc)}
        tmp = os.path.join(_dir, "report.json.tmp")
        with open(tmp, "w") as f:
            f.write(__import__("json").dumps(result))
        os.replace(tmp, os.path.join(_dir, "report.json"))

    threading.Thread(target=_wait, name="membreakdown", daemon=True).start()
'''
SITECUSTOMIZE = _with_rollup(SITECUSTOMIZE, "    ")


def _floor_subject(app: Psoasbreak) -> Subject:
    """The bare tray of ``bench_floor`` on the app's profile, private PySide6 and buses."""
    return Subject(
        key="floor",
        title="bare PySide6 tray",
        package="",
        argv=[sys.executable, "-c", BARE_TRAY],
        cold_paths=[],
        home=app.home,
        env=dict(app.env),
    )


def _start(desktop: Desktop, subject: Subject, extra_env: dict[str, str]) -> Launch:
    launch = subject.launch(desktop, extra_env)
    seen = desktop.watcher.wait_for(
        embedded_by(subject, launch), since=launch.mark, timeout=START_TIMEOUT
    )
    if seen is None:
        subject.stop(launch)
        raise BenchError(
            f"{subject.title}: no tray icon within {START_TIMEOUT:g} s:\n{subject.output_tail()}"
        )
    return launch


def _settle(desktop: Desktop, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, 10))
        desktop.nudge()


def measure_smaps(
    desktop: Desktop, subject: Subject, settle: float, extra_env: dict[str, str] | None = None
) -> Breakdown:
    launch = _start(desktop, subject, extra_env or {})
    try:
        _settle(desktop, settle)
        pids = subject.processes(launch)
        if len(pids) > 1:
            print(f"  note: {subject.title} has child processes {pids}; only {launch.pid} is read")
        return breakdown(launch.pid)
    finally:
        subject.stop(launch)


def measure_python(
    desktop: Desktop,
    subject: Subject,
    hook_dir: Path,
    settle: float,
    extra_env: dict[str, str],
) -> tuple[dict[str, Any], str]:
    """One start with the hook: its report and what the program wrote to stdout and stderr."""
    work = Path(tempfile.mkdtemp(prefix="run-", dir=hook_dir))
    env = {
        "MEMBREAKDOWN_DIR": str(work),
        "PYTHONPATH": os.pathsep.join([str(hook_dir), subject.env.get("PYTHONPATH", "")]),
        **extra_env,
    }
    log = subject.home / "output.log"
    offset = log.stat().st_size if log.exists() else 0
    launch = _start(desktop, subject, env)
    try:
        _settle(desktop, settle)
        (work / "go").touch()
        deadline = time.monotonic() + 120
        while not (work / "report.json").exists():
            if time.monotonic() > deadline or launch.proc.poll() is not None:
                raise BenchError(f"{subject.title}: the hook never reported (see {log})")
            time.sleep(0.2)
        report = json.loads((work / "report.json").read_text())
    finally:
        subject.stop(launch)
    with log.open("rb") as f:
        f.seek(offset)
        output = f.read().decode(errors="replace")
    return report, output


# -- import times ----------------------------------------------------------------------------

_IMPORTTIME = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass
class Imported:
    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: str = ""


def parse_importtime(output: str) -> dict[str, Imported]:
    """``-X importtime`` lines (children are printed before their parent, one level deeper)."""
    found: dict[str, Imported] = {}
    pending: list[Imported] = []
    for line in output.splitlines():
        m = _IMPORTTIME.match(line)
        if not m:
            continue
        self_us, cum_us, indent, name = m.groups()
        item = Imported(name, int(self_us), int(cum_us), len(indent) // 2)
        keep = []
        for child in pending:
            if child.depth == item.depth + 1:
                child.parent = name
            else:
                keep.append(child)
        pending = [*keep, item]
        found.setdefault(name, item)
    return found


def import_chain(name: str, found: dict[str, Imported]) -> str:
    chain = [name]
    while (parent := found[chain[-1]].parent) and len(chain) < 12:
        chain.append(parent)
    return " ← ".join(chain)


# -- the cost of each import, alone ----------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import ctypes, gc, importlib, importlib.machinery, json, linecache, os, sys, types

    @ROLLUP@

    # Packages replaced by an empty stand-in: their own modules and what only they need are
    # never loaded, while the modules that import them still import.
    STUBS = json.loads(sys.argv[2])

    class Dummy(Exception):  # an exception too: "except stub.Error" must still compile
        def __init__(self, *args, **kwargs): pass
        def __call__(self, *args, **kwargs): return self
        def __getattr__(self, name): return self

    class Stub(types.ModuleType):
        def __getattr__(self, name):
            if name.startswith("__"):
                raise AttributeError(name)
            return type(name, (Dummy,), {})

    class StubFinder:
        def find_spec(self, name, path=None, target=None):
            if any(name == p or name.startswith(p + ".") for p in STUBS):
                return importlib.machinery.ModuleSpec(name, self, is_package=True)
            return None
        def create_module(self, spec): return Stub(spec.name)
        def exec_module(self, module): pass

    sys.meta_path.insert(0, StubFinder())

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
    app = QApplication(["floor"])
    if os.environ.get("MEMBREAKDOWN_DROP_SOURCE"):
        # What PySide6's import hook reads (to look for "PySide6" in each new module's
        # source) is let go at once instead of staying in linecache for good.
        from shibokensupport import feature

        def uses_pyside(module, check=feature._mod_uses_pyside):
            try:
                return check(module)
            finally:
                linecache.cache.pop(getattr(module, "__file__", None), None)

        feature._mod_uses_pyside = uses_pyside
    gc.collect()
    before, n0, b0 = _rollup(), len(sys.modules), sys.getallocatedblocks()
    failed = []
    for name in json.loads(sys.argv[1]):
        try:
            importlib.import_module(name)
        except BaseException as exc:
            failed.append(f"{name}: {exc!r}")
    gc.collect()
    after = _rollup()
    cached = len(linecache.cache)
    linecache.clearcache()
    gc.collect()
    ctypes.CDLL(None).malloc_trim(0)
    cleared = _rollup()
    print(json.dumps({"before": before, "after": after, "cleared": cleared,
                      "modules": len(sys.modules) - n0, "linecache_files": cached,
                      "blocks": sys.getallocatedblocks() - b0, "failed": failed}))
    """
)
CHILD = _with_rollup(CHILD, "")

#: Left out (as empty stand-ins) from everything the app has loaded at idle: what dropping each,
#: or importing it only when first needed, would give back. tomllib is not among them: the
#: exercise library is read with it at import time, so a stand-in breaks the imports after it.
LEAVE_OUT: tuple[tuple[str, ...], ...] = (
    ("apscheduler",),
    ("concurrent", "multiprocessing"),
    ("tzlocal",),
    ("importlib.metadata",),
    ("apscheduler", "importlib.metadata"),
    ("Xlib",),
    ("platformdirs",),
    ("jeepney",),
    ("sqlite3",),
    ("logging.handlers",),
    ("PySide6.QtDBus",),
    ("psoasbreak.core.programme_run",),
    ("psoasbreak.cli.history",),
    ("psoasbreak.desktop.x11",),
)
#: The candidates of the report together, with PySide6's source reads let go at once. (Issue 21
#: took QtNetwork, asyncio, configparser, plistlib, hashlib, html, QtSvg and the prompt and
#: exercise windows out of the idle app already: they are no longer loaded, so not listed.)
ALL_CANDIDATES = (
    "apscheduler",
    "importlib.metadata",
    "Xlib",
    "PySide6.QtDBus",
    "platformdirs",
    "jeepney",
)


def top_level(name: str) -> str:
    if name.startswith("PySide6."):
        return name  # each binding module on its own
    return name.split(".")[0]


def is_stdlib(file: str) -> bool:
    if not file:
        return True  # built-in and frozen modules
    try:
        path = Path(file).resolve()
    except OSError:
        return False
    return STDLIB in path.parents and "site-packages" not in path.parts


def _matches(name: str, prefixes: Iterable[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _child(
    env: dict[str, str], names: list[str], stubs: Iterable[str] = (), drop_source: bool = False
) -> dict[str, Any]:
    if drop_source:
        env = {**env, "MEMBREAKDOWN_DROP_SOURCE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(names), json.dumps(list(stubs))],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise BenchError(done.stderr.strip()[-400:] or f"exit {done.returncode}")
    got: dict[str, Any] = json.loads(lines[-1])
    return got


def import_costs(
    env: dict[str, str],
    app_modules: list[list[str]],
    floor_modules: set[str],
    parents: dict[str, str],
    log: Any = print,
) -> dict[str, list[dict[str, Any]]]:
    """The memory the app's idle modules cost on top of the floor: each group imported alone,
    and everything with one group left out (its saving)."""
    extra = [(n, f) for n, f in app_modules if n not in floor_modules and n != "__main__"]
    extra = [(n, f) for n, f in extra if n not in ("sitecustomize", "__mp_main__")]
    everything = [n for n, _ in extra]
    groups: dict[str, list[str]] = defaultdict(list)
    for name, _ in extra:
        groups[top_level(name)].append(name)
    stdlib_names = {top_level(n) for n, f in extra if is_stdlib(f)}
    third = ("psoasbreak", "PySide6", "shiboken6")
    alone: list[tuple[str, list[str]]] = [
        ("everything the app has loaded at idle", everything),
        (
            "everything but psoasbreak's own modules",
            [n for n in everything if not n.startswith("psoasbreak")],
        ),
        ("all standard library modules", [n for n, f in extra if is_stdlib(f)]),
        (
            "all third-party (not PySide6, not ours)",
            [n for n, f in extra if not is_stdlib(f) and n.split(".")[0] not in third],
        ),
    ]
    alone += sorted(groups.items(), key=lambda kv: (kv[0] in stdlib_names, kv[0]))
    child_env = {**env, "QT_QPA_PLATFORM": "offscreen"}

    def entry(label: str, got: dict[str, Any], listed: int) -> dict[str, Any]:
        b, a, c = got["before"], got["after"], got["cleared"]
        return {
            "group": label,
            "stdlib": label in stdlib_names,
            "modules_listed": listed,
            "modules_loaded": got["modules"],
            "uss_kb": a["uss"] - b["uss"],
            "pss_kb": a["pss"] - b["pss"],
            "uss_kb_linecache_cleared": c["uss"] - b["uss"],
            "linecache_files": got["linecache_files"],
            "failed": got["failed"],
        }

    results: dict[str, list[dict[str, Any]]] = {"alone": [], "left_out": []}
    alone.insert(1, ("everything, source let go at once (hook)", everything))
    for label, names in alone:
        try:
            got = _child(child_env, names, drop_source="let go" in label)
        except BenchError as exc:
            log(f"  import cost of {label}: failed ({exc})")
            continue
        results["alone"].append(entry(label, got, len(names)))
        e = results["alone"][-1]
        log(f"  {label} alone: USS {e['uss_kb'] / 1024:+.2f} MB, {e['modules_loaded']} modules")

    def chain(name: str) -> list[str]:
        out = [name]
        while (parent := parents.get(out[-1])) and len(out) < 40:
            out.append(parent)
        return out

    runs = [(" + ".join(stubs), stubs, False) for stubs in LEAVE_OUT]
    runs.append(("all of: " + ", ".join(ALL_CANDIDATES) + "; source let go", ALL_CANDIDATES, True))
    for label, stubs, drop in runs:
        # What only the left-out package brought in is not asked for by name either: a module
        # still needed by another is imported by that other.
        names = [n for n in everything if not any(_matches(c, stubs) for c in chain(n))]
        try:
            got = _child(child_env, names, stubs, drop_source=drop)
        except BenchError as exc:
            log(f"  everything but {label}: failed ({exc})")
            continue
        results["left_out"].append(entry(label, got, len(names)))
        e = results["left_out"][-1]
        log(f"  everything but {label}: USS {e['uss_kb'] / 1024:+.2f} MB, failed {e['failed']}")
    return results


# -- printing --------------------------------------------------------------------------------


def mb(kb: float) -> str:
    return f"{kb / 1024:.2f}"


def print_table(
    title: str,
    rows: Iterable[tuple[str, dict[str, int], dict[str, int]]],
) -> None:
    print(f"\n### {title}\n")
    print("| group | app PSS | floor PSS | Δ PSS | app USS | floor USS | Δ USS |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, a, f in rows:
        print(
            f"| {name} | {mb(a['pss'])} | {mb(f['pss'])} | {mb(a['pss'] - f['pss'])} "
            f"| {mb(a['uss'])} | {mb(f['uss'])} | {mb(a['uss'] - f['uss'])} |"
        )


def print_breakdowns(app: Breakdown, floor: Breakdown, min_kb: int = 50) -> None:
    zero = {"pss": 0, "uss": 0, "rss": 0}
    cats = sorted(
        set(app.categories) | set(floor.categories),
        key=lambda c: (
            -max(app.categories.get(c, zero)["pss"], floor.categories.get(c, zero)["pss"])
        ),
    )
    rows = [(c, app.categories.get(c, zero), floor.categories.get(c, zero)) for c in cats]
    rows.append(("**total**", app.total, floor.total))
    print_table("By category (MB)", rows)
    names = set(app.items) | set(floor.items)
    category = {**floor.item_category, **app.item_category}
    items = sorted(
        (
            n
            for n in names
            if max(app.items.get(n, zero)["pss"], floor.items.get(n, zero)["pss"]) >= min_kb
        ),
        key=lambda n: -app.items.get(n, zero)["pss"],
    )
    print_table(
        f"By mapping group, ≥ {min_kb} kB PSS in either (MB)",
        [(f"{n} ({category[n]})", app.items.get(n, zero), floor.items.get(n, zero)) for n in items],
    )
    print(f"\nthreads: app {len(app.threads)} {sorted(Counter(app.threads).items())}")
    print(f"threads: floor {len(floor.threads)} {sorted(Counter(floor.threads).items())}")


def module_counts(modules: list[list[str]]) -> Counter[str]:
    return Counter(top_level(n) if not n.startswith("PySide6.") else "PySide6" for n, _ in modules)


def print_python_side(
    app: dict[str, Any],
    floor: dict[str, Any],
    traced: dict[str, Any] | None,
    imports: dict[str, Imported],
) -> None:
    print("\n### Python side at idle (hooked starts, not the ones above)\n")
    print("| | app | floor |")
    print("|---|---:|---:|")
    for label, key in (
        ("modules in sys.modules", None),
        ("pymalloc arenas (1 MiB each)", "arenas allocated current"),
        ("pymalloc bytes in allocated blocks (MB)", "bytes in allocated blocks"),
        ("pymalloc bytes in available blocks (MB)", "bytes in available blocks"),
    ):
        if key is None:
            a, f = len(app["modules"]), len(floor["modules"])
        else:
            a, f = app["pymalloc"].get(key, 0), floor["pymalloc"].get(key, 0)
            if "bytes" in key:
                a, f = f"{a / 2**20:.2f}", f"{f / 2**20:.2f}"
        print(f"| {label} | {a} | {f} |")
    for key, label in (
        ("arena", "glibc malloc: bytes from sbrk/arena heaps"),
        ("hblkhd", "glibc malloc: bytes in mmap'd blocks"),
        ("uordblks", "glibc malloc: bytes in use"),
        ("fordblks", "glibc malloc: bytes free, held"),
    ):
        print(
            f"| {label} (MB) | {app['mallinfo'][key] / 2**20:.2f} "
            f"| {floor['mallinfo'][key] / 2**20:.2f} |"
        )
    print(f"| live objects tracked by gc | {app['gc_objects']} | {floor['gc_objects']} |")
    if "mem_after_trim" in app:
        b, g, t = app["mem_before"], app["mem_after_gc"], app["mem_after_trim"]
        print(
            f"\napp: gc.collect() freed {app['gc_collected']} objects: USS {mb(b['uss'])} → "
            f"{mb(g['uss'])} MB; then malloc_trim(0): USS → {mb(t['uss'])} MB, "
            f"PSS {mb(b['pss'])} → {mb(t['pss'])} MB"
        )
    for side, report in (("app", app), ("floor", floor)):
        cache = report.get("linecache")
        if cache:
            print(
                f"{side}: linecache holds {cache['lines']} source lines of {cache['files']} "
                f"files, {cache['bytes'] / 2**20:.2f} MB of str and list objects"
            )
        if "mem_after_linecache" in report:
            t, c = report["mem_after_trim"], report["mem_after_linecache"]
            arenas = report["pymalloc_after_linecache"].get("arenas allocated current", 0)
            print(
                f"{side}: then linecache.clearcache() + gc + malloc_trim(0): USS "
                f"{mb(t['uss'])} → {mb(c['uss'])} MB, PSS {mb(t['pss'])} → {mb(c['pss'])} MB, "
                f"pymalloc arenas → {arenas}"
            )
    counts_a, counts_f = module_counts(app["modules"]), module_counts(floor["modules"])
    print("\nModules by top-level package where app and floor differ (app / floor):")
    for name, count in sorted(counts_a.items(), key=lambda kv: -kv[1]):
        if count != counts_f.get(name, 0):
            print(f"  {name}: {count} / {counts_f.get(name, 0)}")
    if imports:
        print("\nSlowest imports of the app's start (cumulative µs, outermost of each chain):")
        tops = sorted(imports.values(), key=lambda i: -i.cumulative_us)
        for item in tops[:30]:
            print(f"  {item.cumulative_us:>8} µs  {import_chain(item.name, imports)}")
        ours = [i for i in imports.values() if i.name.startswith("psoasbreak")]
        print(f"\npsoasbreak modules imported before idle: {len(ours)}")
        for item in sorted(ours, key=lambda i: -i.cumulative_us):
            print(f"  {item.cumulative_us:>8} µs (self {item.self_us:>6})  {item.name}")
    if traced:
        print(
            f"\ntracemalloc (separate start): {traced['traced_current'] / 2**20:.2f} MB traced "
            f"(peak {traced['traced_peak'] / 2**20:.2f}); top 20 by file:"
        )
        for name, size, count in traced["by_file"][:20]:
            print(f"  {size / 2**20:7.2f} MB {count:>7} blocks  {name}")
        print("top 20 by innermost non-importlib frame (imports go to the importing module):")
        for name, size, count in traced["by_owner"][:20]:
            print(f"  {size / 2**20:7.2f} MB {count:>7} blocks  {name}")


def print_import_costs(costs: dict[str, list[dict[str, Any]]]) -> None:
    print("\n### Each group imported alone, on the floor's QApplication (offscreen; MB)\n")
    print(
        "Δ USS as the app imports it (after PySide6, whose `__feature__` import hook reads "
        "every later module's source through `inspect.getsource`, which `linecache` keeps), "
        "and once `linecache.clearcache()` + `malloc_trim(0)` ran.\n"
    )
    print("| imported | modules | Δ USS | Δ PSS | Δ USS, linecache cleared |")
    print("|---|---:|---:|---:|---:|")
    for c in sorted(costs["alone"], key=lambda c: -c["uss_kb"]):
        tag = " (stdlib)" if c["stdlib"] else ""
        print(
            f"| {c['group']}{tag} | {c['modules_loaded']} | {mb(c['uss_kb'])} "
            f"| {mb(c['pss_kb'])} | {mb(c['uss_kb_linecache_cleared'])} |"
        )
    full = next(
        (c for c in costs["alone"] if c["group"] == "everything the app has loaded at idle"), None
    )
    if full is None or not costs["left_out"]:
        return
    print("\n### Everything the app has loaded at idle, less one group (its saving; MB)\n")
    print("| left out | modules | saving, USS | saving, USS with linecache cleared | failed |")
    print("|---|---:|---:|---:|---|")
    for c in sorted(costs["left_out"], key=lambda c: c["uss_kb"]):
        print(
            f"| {c['group']} | {full['modules_loaded'] - c['modules_loaded']} "
            f"| {mb(full['uss_kb'] - c['uss_kb'])} "
            f"| {mb(full['uss_kb_linecache_cleared'] - c['uss_kb_linecache_cleared'])} "
            f"| {len(c['failed'])} |"
        )


# -- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--settle", type=float, default=20.0, help="seconds after the tray icon (20, as idle)"
    )
    parser.add_argument("--json", type=Path, help="also write every figure here")
    parser.add_argument(
        "--quick", action="store_true", help="only the smaps tables (no Python-side starts)"
    )
    args = parser.parse_args()
    out: dict[str, Any] = {"settle_s": args.settle}
    with (
        tempfile.TemporaryDirectory(prefix="psoasbreak-mem-") as tmp,
        Desktop.running(Path(tmp)) as desktop,
    ):
        app = our_subject()
        app.prepare(desktop)
        floor = _floor_subject(app)
        hook_dir = Path(tmp) / "hook"
        hook_dir.mkdir()
        (hook_dir / "sitecustomize.py").write_text(SITECUSTOMIZE)
        try:
            print(f"app: starting, {args.settle:g} s settle …", flush=True)
            app_bd = measure_smaps(desktop, app, args.settle)
            print(f"floor: starting, {args.settle:g} s settle …", flush=True)
            floor_bd = measure_smaps(desktop, floor, args.settle)
            print("app, PySide6's source reads let go at once (hook) …", flush=True)
            dropped = measure_smaps(
                desktop,
                app,
                args.settle,
                {
                    "MEMBREAKDOWN_DROP_SOURCE": "1",
                    "PYTHONPATH": os.pathsep.join([str(hook_dir), app.env["PYTHONPATH"]]),
                },
            )
            out["smaps"] = {
                "app": app_bd.to_json(),
                "floor": floor_bd.to_json(),
                "app_source_dropped": dropped.to_json(),
            }
            print_breakdowns(app_bd, floor_bd)
            print(
                f"\napp with the source PySide6's import hook reads let go at once: PSS "
                f"{mb(dropped.total['pss'])} MB (app {mb(app_bd.total['pss'])}), USS "
                f"{mb(dropped.total['uss'])} MB (app {mb(app_bd.total['uss'])})"
            )
            if args.quick:
                return 0
            print("\napp with the hook and import times …", flush=True)
            app_py, app_out = measure_python(
                desktop,
                app,
                hook_dir,
                args.settle,
                {"PYTHONPROFILEIMPORTTIME": "1", "MEMBREAKDOWN_TRIM": "1"},
            )
            print("app with the hook and tracemalloc …", flush=True)
            traced, _ = measure_python(
                desktop, app, hook_dir, args.settle, {"PYTHONTRACEMALLOC": "1"}
            )
            print("floor with the hook …", flush=True)
            floor_py, _ = measure_python(
                desktop, floor, hook_dir, args.settle, {"MEMBREAKDOWN_TRIM": "1"}
            )
            imports = parse_importtime(app_out)
            print_python_side(app_py, floor_py, traced.get("tracemalloc"), imports)
            out["python"] = {
                "app": app_py,
                "floor": floor_py,
                "tracemalloc": traced.get("tracemalloc"),
                "importtime": {
                    n: [i.self_us, i.cumulative_us, i.parent] for n, i in imports.items()
                },
            }
            print("\nimport costs, one group at a time …", flush=True)
            floor_names = {n for n, _ in floor_py["modules"]}
            parents = {n: i.parent for n, i in imports.items()}
            costs = import_costs(app.env, app_py["modules"], floor_names, parents)
            out["import_costs"] = costs
            print_import_costs(costs)
        finally:
            app.close()
            if args.json:
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
