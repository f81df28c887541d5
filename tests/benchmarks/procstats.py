"""What a process tree costs, read from /proc: CPU time, context switches, PSS and RSS.

Reading another process's /proc files does not wake it, so sampling never disturbs an idle app.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
_TICKS = os.sysconf("SC_CLK_TCK")


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return ""


def parent_map() -> dict[int, int]:
    """pid → parent pid for every live process."""
    parents = {}
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            stat = _read(entry / "stat")
            if stat:
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


def tree(pid: int) -> list[int]:
    """``pid`` and all its live descendants."""
    parents = parent_map()
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        if current in parents or current == pid:
            found.append(current)
            todo.extend(child for child, parent in parents.items() if parent == current)
    return sorted(p for p in found if (PROC / str(p)).exists())


def command_name(pid: int) -> str:
    return _read(PROC / str(pid) / "comm").strip()


@dataclass(frozen=True)
class Sample:
    """Totals over a set of processes at one instant."""

    pids: tuple[int, ...]
    cpu_ns: int  # time on a CPU, from each thread's schedstat (nanoseconds)
    cpu_ticks: int  # utime + stime from each process's stat (clock ticks; includes dead threads)
    switches: int  # voluntary + nonvoluntary context switches, all threads
    threads: int
    pss_kb: int
    rss_kb: int
    uss_kb: int  # private pages only: what the processes alone hold, whoever else maps the same

    @property
    def cpu_seconds(self) -> float:
        """The schedstat figure (ns precision), unless threads that ended took their share with
        them, when the coarser tick count is larger."""
        return max(self.cpu_ns / 1e9, self.cpu_ticks / _TICKS)


def _task_counts(pid: int) -> tuple[int, int, int]:
    cpu_ns = switches = threads = 0
    with contextlib.suppress(FileNotFoundError, ProcessLookupError):
        for task in (PROC / str(pid) / "task").iterdir():
            sched = _read(task / "schedstat").split()
            if sched:
                cpu_ns += int(sched[0])
            for line in _read(task / "status").splitlines():
                if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                    switches += int(line.split()[1])
            threads += 1
    return cpu_ns, switches, threads


def _memory(pid: int) -> tuple[int, int, int]:
    pss = rss = uss = 0
    for line in _read(PROC / str(pid) / "smaps_rollup").splitlines():
        if line.startswith("Pss:"):
            pss = int(line.split()[1])
        elif line.startswith("Rss:"):
            rss = int(line.split()[1])
        elif line.startswith(("Private_Clean:", "Private_Dirty:")):
            uss += int(line.split()[1])
    return pss, rss, uss


def sample(pids: list[int] | tuple[int, ...]) -> Sample:
    cpu_ns = ticks = switches = threads = pss = rss = uss = 0
    for pid in pids:
        stat = _read(PROC / str(pid) / "stat")
        if stat:
            fields = stat.rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        ns, sw, th = _task_counts(pid)
        cpu_ns, switches, threads = cpu_ns + ns, switches + sw, threads + th
        p, r, u = _memory(pid)
        pss, rss, uss = pss + p, rss + r, uss + u
    return Sample(tuple(pids), cpu_ns, ticks, switches, threads, pss, rss, uss)


def mapped_files(pids: list[int]) -> set[Path]:
    """Every regular file the processes have mapped (libraries, caches, fonts)."""
    files: set[Path] = set()
    for pid in pids:
        for line in _read(PROC / str(pid) / "maps").splitlines():
            parts = line.split(maxsplit=5)
            if len(parts) == 6 and parts[5].startswith("/") and not parts[5].endswith(")"):
                files.add(Path(parts[5]))
    return files


def evict(paths: list[Path] | set[Path]) -> tuple[int, int]:
    """Drop the files (and every file below a folder) from the page cache, as after a reboot.

    ``posix_fadvise(DONTNEED)`` needs no privileges; pages some running process has mapped stay
    (the X server's own libraries, say). Returns (files, bytes) asked to go.
    """
    count = size = 0
    for path in paths:
        walker = os.walk(path) if path.is_dir() else [(str(path.parent), [], [path.name])]
        for folder, _, names in walker:
            for name in names:
                full = os.path.join(folder, name)
                try:
                    fd = os.open(full, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                    count += 1
                    size += os.fstat(fd).st_size
                except OSError:
                    pass
                finally:
                    os.close(fd)
    return count, size
