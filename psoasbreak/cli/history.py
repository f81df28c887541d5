"""``psoasbreak stats``, ``export`` and ``import`` (DESIGN §3, §6).

They use the history file directly, so they work whether the app runs or not: SQLite's WAL lets
this process read while the app writes, and an import is one transaction that the app's next read
sees whole. No Qt here: these answer as fast as the control commands and never open a window.
A history file that does not exist yet is an empty history; only ``import`` creates it.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import errno
import io
import json
import os
import stat
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from psoasbreak import APP_NAME
from psoasbreak.cli.exit_codes import EXIT_ERROR, EXIT_OK
from psoasbreak.core.events import BreakEvent
from psoasbreak.core.history import (
    COUNT_FIELDS,
    DayCounts,
    WeekSummary,
    week_summary,
)
from psoasbreak.core.history_csv import CsvRowError, read_csv, write_csv, write_json
from psoasbreak.core.programme import (
    SESSION_COLUMNS,
    session_json,
    session_rows,
    week_programme_json,
)
from psoasbreak.storage.atomic import write_atomically
from psoasbreak.storage.database import DatabaseError, DatabaseUnavailableError, HistoryDatabase
from psoasbreak.storage.paths import AppPaths

COMMANDS = ("stats", "export", "import")


#: The command line's parser class (cli.py passes its own, which prints one-line errors).
def run(args: argparse.Namespace) -> int:
    paths = AppPaths.from_environment()
    try:
        if args.command == "stats":
            return _stats(paths, args.week, args.json)
        if args.command == "export" and args.sessions:
            return _export_sessions(paths.database_file, args.format, args.output)
        if args.command == "export":
            return _export(paths.database_file, args.format, args.output)
        return _import(paths.database_file, args.file)
    except DatabaseError as exc:
        return _fail(f"{APP_NAME}: {exc}")


def _fail(message: str) -> int:
    print(message, file=sys.stderr)
    return EXIT_ERROR


@contextlib.contextmanager
def _existing_history(path: Path) -> Iterator[HistoryDatabase | None]:
    """The history if its file exists, to read; None (an empty history) without creating one.
    Where it cannot be opened for writing (a read-only or full disk) it is opened read-only, so
    the user can still see and export their history."""
    if not path.exists():
        yield None
        return
    try:
        database = HistoryDatabase.open(path)
    except DatabaseUnavailableError as exc:
        try:
            database = HistoryDatabase.open_read_only(path)
        except DatabaseError:
            raise exc from None
    with database:
        yield database


# -- stats ----------------------------------------------------------------------------------


def _stats(paths: AppPaths, week: tuple[int, int] | None, as_json: bool) -> int:
    from psoasbreak.core.clock import SystemClock
    from psoasbreak.storage.config_file import load_config

    now = SystemClock().now()
    loaded = load_config(paths.config_file, now)
    for problem in loaded.problems:
        if problem.key in ("", "daily_goal"):
            print(f"{APP_NAME}: {paths.config_file}: {problem.message}", file=sys.stderr)
    with _existing_history(paths.database_file) as database:
        days = database.all_day_counts() if database else {}
        sessions = database.programme_sessions() if database else []
    today = now.date()
    year, number = week or today.isocalendar()[:2]
    summary = week_summary(days, loaded.settings.daily_goal, year, number, today)
    target = loaded.settings.programme.strength_target
    sessions_json = week_programme_json(sessions, summary.days[0].day, target, today)
    if as_json:
        print(json.dumps({**summary.to_json(), "programme": sessions_json}))
    else:
        print(stats_text(summary, today) + _programme_text(sessions_json))
    return EXIT_OK


def _programme_text(week: dict[str, Any]) -> str:
    """The week's programme line, when there is anything to say."""
    if not week["sessions"] and not week["strength_target"]:
        return ""
    strength = f"{week['strength_sessions']} strength session(s)"
    if week["strength_target"]:
        strength = f"{week['strength_sessions']} of {week['strength_target']} strength sessions"
    return (
        f"\nProgramme: {strength}, {week['mobility_sessions']} mobility routine(s);"
        f" {week['strength_week_streak']} week(s) in a row on target."
    )


def stats_text(summary: WeekSummary, today: date) -> str:
    """The readable table of ``psoasbreak stats``: one line a day, totals, rate and streaks."""
    first, last = summary.days[0].day, summary.days[-1].day
    lines = [
        f"Week {summary.label}: {first:%a %d %b} – {last:%a %d %b} {last.year:04d}."
        f" Daily goal: {summary.goal} breaks taken.",
        "",
        f"{'':<10}  {'taken':>5}  " + "  ".join(f"{name:>9}" for name in COUNT_FIELDS) + "  goal",
    ]
    for counts in summary.days:
        mark = "✓" if counts.met(summary.goal) else ""
        note = "  (today)" if counts.day == today else ""
        lines.append(_stats_row(f"{counts.day:%a %d %b}", counts, f"{mark:^4}{note}"))
    totals = summary.totals
    lines.append(_stats_row("total", totals, f"{summary.days_met:>2}/7"))
    lines.append("")
    lines.append(_rate_line(totals))
    streak = summary.streak
    lines.append(f"Streak: {_days(streak.current)}, best {_days(streak.best)}.")
    if summary.empty:
        lines.append("No breaks recorded this week.")
    return "\n".join(line.rstrip() for line in lines)


def _stats_row(label: str, counts: DayCounts, last: str) -> str:
    cells = "  ".join(f"{getattr(counts, name):>9}" for name in COUNT_FIELDS)
    return f"{label:<10}  {counts.taken:>5}  {cells}  {last}"


def _rate_line(totals: DayCounts) -> str:
    rate = totals.completion_rate
    if rate is None:
        return "Completion rate: - (no break ended this week)."
    return (
        f"Completion rate: {rate:.0%} ({totals.taken} taken of {totals.ended} breaks that ended;"
        " snoozes are not counted)."
    )


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


# -- export ---------------------------------------------------------------------------------


def _export(database_file: Path, file_format: str, output: Path | None) -> int:
    with _existing_history(database_file) as database:
        events = database.events() if database else []
    write: Callable[[list[BreakEvent], TextIO], int] = (
        write_json if file_format == "json" else write_csv
    )
    if output is None or str(output) == "-":
        buffer = io.StringIO(newline="")
        write(events, buffer)
        return _to_stdout(buffer.getvalue())
    try:
        _write_export(output, lambda stream: write(events, stream))
    except OSError as exc:
        return _fail(f"{APP_NAME}: cannot write {output}: {exc.strerror or exc}")
    print(f"Exported {len(events)} breaks to {output}.")
    return EXIT_OK


def _export_sessions(database_file: Path, file_format: str, output: Path | None) -> int:
    """``export --sessions``: the programme's sessions, as CSV (one row per exercise) or JSON
    (one object per session); the break export is left exactly as it was."""
    with _existing_history(database_file) as database:
        sessions = database.programme_sessions() if database else []

    def write(stream: TextIO) -> None:
        if file_format == "json":
            stream.write(json.dumps([session_json(s) for s in sessions], indent=1) + "\n")
            return
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(SESSION_COLUMNS)
        for session in sessions:
            writer.writerows(session_rows(session))

    if output is None or str(output) == "-":
        buffer = io.StringIO(newline="")
        write(buffer)
        return _to_stdout(buffer.getvalue())
    try:
        _write_export(output, write)
    except OSError as exc:
        return _fail(f"{APP_NAME}: cannot write {output}: {exc.strerror or exc}")
    print(f"Exported {len(sessions)} programme sessions to {output}.")
    return EXIT_OK


def _write_export(output: Path, write: Callable[[TextIO], object]) -> None:
    """Write the export where ``output`` says, never replacing what is not a plain file there
    (issue 17: ``-o /dev/null`` as root turned /dev/null into a regular file):

    - a symbolic link: the file it points to is written, atomically beside it, keeping its mode;
    - a FIFO, a device or /dev/stdout: the export streams into it;
    - a plain file: replaced atomically, keeping its mode (a new one follows the umask).
    """
    try:
        info = os.stat(output)  # through links, /dev/stdout's magic one included
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(output, "w", encoding="utf-8", newline="") as stream:
            write(stream)
        return
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    write_atomically(target, write, mode=mode, make_folder=False)


def _to_stdout(text: str) -> int:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # `psoasbreak export | head`: the reader has what it wanted. Point stdout at devnull so
        # the interpreter's final flush does not complain a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- import ---------------------------------------------------------------------------------


#: The largest CSV ``import`` reads: fifty years of breaks take a few megabytes.
MAX_IMPORT_BYTES = 64 * 2**20


def _import(database_file: Path, source: Path) -> int:
    from psoasbreak.core.exercises import ExerciseLibrary

    try:
        with open(source, "rb") as stream:
            content = stream.read(MAX_IMPORT_BYTES + 1)  # /dev/zero must not fill the memory
    except OSError as exc:
        return _fail(f"{APP_NAME}: cannot read {source}: {exc.strerror or exc}")
    if len(content) > MAX_IMPORT_BYTES:
        return _fail(
            f"{APP_NAME}: {source} is larger than {MAX_IMPORT_BYTES // 2**20} MiB, more than a"
            " lifetime of breaks; nothing was imported."
        )
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        return _fail(
            f"{APP_NAME}: {source}: line {line}: not UTF-8 text; nothing was imported."
            " Save the file as UTF-8 CSV and import it again."
        )
    try:
        events = read_csv(text, ExerciseLibrary.load_default().ids)
    except CsvRowError as exc:
        return _fail(f"{APP_NAME}: {source}: {exc}; nothing was imported.")
    with HistoryDatabase.open(database_file) as database:
        added = database.record_many(events)
    print(
        f"Imported {source}: {added} {'break' if added == 1 else 'breaks'} added,"
        f" {len(events) - added} already there."
    )
    return EXIT_OK
