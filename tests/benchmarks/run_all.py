"""Run every benchmark on a private X desktop and print one markdown table (and write JSON).

    python -m tests.benchmarks.run_all                 # the full run the README's table comes from
    python -m tests.benchmarks.run_all --quick         # a few minutes: fewer runs, short windows

It installs what it needs with apt-get first (Workrave, Safe Eyes with its recommended tray
library, libfaketime; Xvfb, openbox, trayer, D-Bus) unless ``--no-install``. It is a measurement,
not a test: nothing here passes or fails on a number, and pytest never collects it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tests.benchmarks import (
    bench_cli,
    bench_cycles,
    bench_idle,
    bench_pacer,
    bench_prompt,
    bench_start,
)
from tests.benchmarks.common import (
    Desktop,
    Psoasbreak,
    Subject,
    debian_version,
    floor_subject,
    our_subject,
    peer_subjects,
)

#: Debian packages this script installs: the desktop, the peers (Safe Eyes with the two packages
#: Debian recommends for it, the tray library and xprintidle, as a default install brings), and
#: libfaketime for the break-cycle run.
PACKAGES = {
    "desktop": ["xvfb", "openbox", "trayer", "dbus", "x11-utils", "xdotool"],
    "workrave": ["workrave"],
    "safe-eyes": ["safeeyes", "gir1.2-ayatanaappindicator3-0.1", "xprintidle"],
    "cycles": ["faketime"],
}
SECTIONS = ("start", "idle", "prompt", "pacer", "cli", "cycles")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="cold and warm starts each (5)")
    parser.add_argument(
        "--idle-minutes", type=int, default=5, help="length of each idle window (5)"
    )
    parser.add_argument(
        "--idle-settle",
        type=float,
        default=20,
        help="seconds after start before the idle window (20; Qt's pixmap cache flushes for"
        " ~80 s after start, so 90 or more shows the steady state)",
    )
    parser.add_argument("--cycles", type=int, default=500, help="break cycles (500)")
    parser.add_argument(
        "--speed", type=int, default=200, help="clock speed-up for the cycles (200)"
    )
    parser.add_argument("--prompts", type=int, default=5, help="prompt-latency samples (5)")
    parser.add_argument(
        "--pacer-seconds", type=float, default=20, help="CPU window on the pacer (20)"
    )
    parser.add_argument("--repeats", type=int, default=20, help="CLI timings (20)")
    parser.add_argument("--quick", action="store_true", help="fewer runs and short windows")
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}"
    )
    parser.add_argument("--no-peers", action="store_true", help="measure psoasbreak alone")
    parser.add_argument("--no-install", action="store_true", help="do not run apt-get")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("benchmark-results.json"),
        help="the JSON file to write (benchmark-results.json); the table goes beside it as .md",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.idle_minutes, args.cycles = 2, 1, 60
        args.prompts, args.pacer_seconds, args.repeats = 2, 5, 5
    args.only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(args.only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {sorted(unknown)}; choose from {SECTIONS}")
    return args


# -- setup -------------------------------------------------------------------------------------


def install(groups: list[str], log: Callable[[str], None]) -> dict[str, str]:
    """apt-get install what is missing; returns {group: why it is unavailable} for failures."""
    wanted = {g: [p for p in PACKAGES[g] if not debian_version(p)] for g in groups}
    missing = sorted({p for pkgs in wanted.values() for p in pkgs})
    if not missing:
        return {}
    prefix = [] if os.geteuid() == 0 else ["sudo", "-n"]
    if prefix and not shutil.which("sudo"):
        return {g: f"{', '.join(p)} not installed (needs root)" for g, p in wanted.items() if p}
    log(f"installing {' '.join(missing)} with apt-get")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
    ):
        done = subprocess.run(
            prefix + command, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            log(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return {
        g: f"{', '.join(p for p in pkgs if not debian_version(p))} could not be installed"
        for g, pkgs in wanted.items()
        if any(not debian_version(p) for p in pkgs)
    }


def machine() -> dict[str, Any]:
    # Asked in a child process: this one must not map Qt's libraries, or it would share their
    # pages with the app measured and lower the app's PSS.
    qt = subprocess.run(
        [
            sys.executable,
            "-c",
            "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, c.qVersion())",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    pyside_version, qt_version = [*qt, "?", "?"][:2]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    debian = Path("/etc/debian_version")
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(mem_kb / 2**20, 1),
        "os": f"Debian {debian.read_text().strip()}" if debian.exists() else platform.platform(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qt_version,
        "display": "Xvfb 1280x800x24 + openbox + trayer, private D-Bus buses",
        "load_average_at_start": os.getloadavg(),
    }


# -- the run -----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    groups = ["desktop"] + ([] if args.no_peers else ["workrave", "safe-eyes"]) + ["cycles"]
    problems = {} if args.no_install else install(groups, log)
    if "desktop" in problems:
        raise SystemExit(f"cannot run: {problems['desktop']}")
    results: dict[str, Any] = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "subjects": {},
    }
    ours = our_subject()
    # The floor first, on the fresh desktop, then us: the ratios the targets are set in come from
    # the same run. Measured after our cycles instead (hundreds of windows later), its warm start
    # came out 0.18-0.19 s where it takes 0.11-0.12 s on a fresh desktop, flattering our ratio.
    subjects: list[Subject] = [floor_subject(), ours]
    if not args.no_peers:
        subjects += peer_subjects()
    with (
        tempfile.TemporaryDirectory(prefix="psoasbreak-bench-") as tmp,
        Desktop.running(Path(tmp)) as desktop,
    ):
        for subject in subjects:
            results["subjects"][subject.key] = measure(desktop, subject, args, problems, log)
    results["machine"]["load_average_at_end"] = os.getloadavg()
    return results


def measure(
    desktop: Desktop,
    subject: Subject,
    args: argparse.Namespace,
    problems: dict[str, str],
    log: Callable[[str], None],
) -> dict[str, Any]:
    entry: dict[str, Any] = {"title": subject.title}
    if subject.package:
        subject.version = debian_version(subject.package)
        if subject.key in problems or not subject.version:
            entry["unavailable"] = problems.get(subject.key, f"{subject.package} not installed")
            log(f"{subject.title}: {entry['unavailable']}")
            return entry
        entry["package"] = f"{subject.package} {subject.version} (Debian)"
    entry["version"] = subject.version
    log(f"== {subject.title} {subject.version}")
    subject.prepare(desktop)
    sections: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("start", lambda: bench_start.run(desktop, subject, args.runs, log)),
        (
            "idle",
            lambda: bench_idle.run(desktop, subject, args.idle_minutes, args.idle_settle, log),
        ),
    ]
    if isinstance(subject, Psoasbreak):
        sections += [
            ("prompt", lambda: bench_prompt.run(desktop, subject, args.prompts, log)),
            ("pacer", lambda: bench_pacer.run(desktop, subject, 3, args.pacer_seconds, log)),
            ("cli", lambda: bench_cli.run(desktop, subject, args.repeats, log)),
            ("cycles", lambda: bench_cycles.run(desktop, subject, args.cycles, args.speed, log)),
        ]
    try:
        for name, section in sections:
            if name not in args.only:
                continue
            log(f"-- {subject.title}: {name}")
            t0 = time.monotonic()
            try:
                entry[name] = section()
            except Exception as exc:  # one failed section must not lose the others' figures
                log(traceback.format_exc())
                entry[name] = {"error": f"{type(exc).__name__}: {exc}"}
                if name == "start":  # nothing else can work if it does not start
                    entry["unavailable"] = f"could not be measured here: {exc}"
                    break
            log(f"   ({time.monotonic() - t0:.0f} s)")
        entry["bus_helpers"] = sorted(set(subject.helpers_seen.values()))
    finally:
        subject.close()
    return entry


# -- the table ---------------------------------------------------------------------------------


def _get(entry: dict[str, Any], *path: str) -> Any:
    for key in path:
        if not isinstance(entry, dict) or key not in entry:
            return None
        entry = entry[key]
    return entry


def _fmt(value: Any, digits: int) -> str:
    if not isinstance(value, dict) or not value.get("n"):
        return "—"
    median, low, high = value["median"], value["min"], value["max"]
    if value["n"] == 1 or low == high:
        return f"{median:.{digits}f}"
    return f"{median:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


def _ratio(ours: Any, theirs: Any) -> str:
    if not (isinstance(ours, dict) and isinstance(theirs, dict)):
        return "—"
    if not ours.get("n") or not theirs.get("n") or not theirs["median"]:
        return "—"
    return f"{ours['median'] / theirs['median']:.2f}×"


#: (label, section, key, digits, target text, compared with the peers)
ROWS = [
    ("cold start → tray icon (s)", "start", "to_tray_cold_s", 3, "≤ 0.4, ≤ 2× floor", True),
    ("cold start → `status` answers (s)", "start", "to_status_cold_s", 3, "", False),
    ("warm start → tray icon (s)", "start", "to_tray_warm_s", 3, "≤ 1.6× floor", True),
    ("warm start → `status` answers (s)", "start", "to_status_warm_s", 3, "", False),
    ("idle CPU (%)", "idle", "cpu_percent", 4, "≤ 0.01", True),
    ("idle wake-ups / min", "idle", "wakeups_per_min", 1, "≤ 2", True),
    ("idle PSS (MB)", "idle", "pss_mb", 1, "≤ 1.3× floor, < Safe Eyes", True),
    ("idle RSS (MB)", "idle", "rss_mb", 1, "", True),
    ("idle USS, private pages only (MB)", "idle", "uss_mb", 1, "", True),
    ("prompt latency: due → window mapped (ms)", "prompt", "latency_ms", 1, "≤ 100", False),
    ("`psoasbreak status` round trip (ms)", "cli", "status_command_ms", 1, "≤ 60", False),
    ("… the socket alone (ms)", "cli", "status_socket_ms", 2, "", False),
    ("`psoasbreak stats --json`, ten years (ms)", "cli", "stats_json_ms", 1, "", False),
    ("CPU while the pacer animates (%)", "pacer", "app_cpu_percent", 1, "", False),
    ("… Xvfb drawing it (%)", "pacer", "xvfb_cpu_percent", 1, "", False),
]


def table(results: dict[str, Any]) -> str:
    subjects = results["subjects"]
    ours = subjects["psoasbreak"]
    peers = [(k, v) for k, v in subjects.items() if k != "psoasbreak"]
    head = ["", "psoasbreak", "target"]
    for _, peer in peers:
        head += [peer["title"], f"psoasbreak ÷ {peer['title']}"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, section, key, digits, target, compared in ROWS:
        mine = _get(ours, section, key)
        if mine is None and section not in ours:
            continue
        if isinstance(mine, dict) and mine.get("note"):
            cells = [label, mine["note"], target]
        else:
            cells = [label, _fmt(mine, digits), target]
        for _, peer in peers:
            theirs = _get(peer, section, key) if compared else None
            cells += [_fmt(theirs, digits), _ratio(mine, theirs)] if compared else ["", ""]
        lines.append("| " + " | ".join(cells) + " |")
    cycles = ours.get("cycles", {})
    if "pss_after_mb" in cycles:
        n, start = cycles["cycles"], cycles["growth_from_cycle"]
        # (label, value, target, PSS read against the floor's idle PSS or None)
        rows: list[tuple[str, str, str, float | None]] = []
        if "pss_after_first_mb" in cycles:
            first = cycles["pss_after_first_mb"]
            rows.append(("PSS after the first break (MB)", f"{first:.1f}", "≤ 1.3× floor", first))
        rows += [
            (f"PSS / USS after {n} break cycles (MB)",
             f"{cycles['pss_after_mb']:.1f} / {cycles['uss_after_mb']:.1f}", "≤ 1.3× floor",
             cycles["pss_after_mb"]),
            (f"growth, cycle {start} → {n}, fitted: PSS / USS (MB)",
             f"{cycles['pss_growth_mb']:+.1f} / {cycles['uss_growth_mb']:+.1f}", "~0", None),
        ]  # fmt: skip
        floor_pss = _get(subjects.get("floor", {}), "idle", "pss_mb")
        for label, value, target, pss in rows:
            cells = [label, value, target]
            for key, _ in peers:
                # Only the floor's ratio: the targets are set in it, and the peers have no cycles.
                ours_pss = {"n": 1, "median": pss} if pss is not None and key == "floor" else None
                cells += ["", _ratio(ours_pss, floor_pss) if ours_pss else ""]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def notes(results: dict[str, Any]) -> str:
    out = []
    for key, entry in results["subjects"].items():
        if entry.get("unavailable"):
            out.append(f"- {entry['title']}: not measured — {entry['unavailable']}")
            continue
        for section, value in entry.items():
            if isinstance(value, dict) and value.get("error"):
                out.append(f"- {entry['title']} {section}: failed — {value['error']}")
        helpers = _get(entry, "idle", "helpers")
        if helpers and helpers["processes"]:
            out.append(
                f"- {entry['title']} made its D-Bus session start "
                f"{', '.join(helpers['processes'])} ({helpers['pss_mb']} MB PSS, not counted above)."
            )
        if key == "psoasbreak":
            cycles = entry.get("cycles", {})
            if cycles.get("outcomes"):
                series = ", ".join(
                    f"{k}: {v['uss_mb']:.1f}" for k, v in cycles["memory_mb"].items()
                )
                out.append(
                    f"- Break cycles: {cycles['cycles']} in {cycles['real_seconds']} s real time"
                    f" at ×{cycles['speed']} clock speed; outcomes recorded: {cycles['outcomes']}."
                    f" USS (MB) after cycle {series}."
                )
            elif cycles.get("note"):
                out.append(f"- Break cycles: {cycles['note']}")
    m = results["machine"]
    out.append(
        f"- Machine: {m['cpus']} × {m['cpu_model']}, {m['memory_gb']} GB, {m['os']}, Linux "
        f"{m['kernel']}, Python {m['python']}, PySide6 {m['pyside6']} (Qt {m['qt']}); "
        f"{m['display']}. Load average {m['load_average_at_start'][0]:.2f} at the start, "
        f"{m.get('load_average_at_end', [0])[0]:.2f} at the end."
    )
    versions = ", ".join(
        f"{e['title']} {e.get('version', '?')}" for e in results["subjects"].values()
    )
    out.append(f"- Versions: {versions}.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results = run(args)
    text = f"{table(results)}\n\n{notes(results)}\n"
    print(text)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(text, encoding="utf-8")
    print(f"(written: {args.out}, {args.out.with_suffix('.md')})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
