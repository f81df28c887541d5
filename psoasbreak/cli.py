"""The command line (DESIGN §3). Control commands talk to the running app over its socket and never
import Qt, so they answer in milliseconds; only a bare ``psoasbreak`` loads the GUI."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NoReturn

from psoasbreak import APP_NAME, __version__
from psoasbreak.core.policy import MAX_PAUSE_MINUTES, pause_minutes_allowed
from psoasbreak.exit_codes import EXIT_ERROR, EXIT_NOT_RUNNING, EXIT_OK, EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on an error; scripts and people want one clear line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{APP_NAME} --help')\n")


def _pause_minutes(text: str) -> int:
    # ASCII digits only: int() would also take "5_0" (50) and other scripts' digits ("١٢").
    if not text.isascii() or not text.isdigit():
        raise argparse.ArgumentTypeError(f"MINUTES must be a whole number, not {text!r}")
    minutes = int(text)
    if not pause_minutes_allowed(minutes):
        raise argparse.ArgumentTypeError(f"MINUTES must be from 1 to {MAX_PAUSE_MINUTES}")
    return minutes


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="A tray app that reminds you to stand up and guides a one-minute stretch.",
        epilog="With no command, starts the tray app (or says so if it is already running).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also print the log to standard error"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    status = sub.add_parser("status", help="say what the running app is doing")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    now = sub.add_parser("break-now", help="start an exercise now, without a prompt")
    # The ids of resources/exercises.toml (a small file, and core.exercises has no Qt).
    from psoasbreak.core.exercises import shipped_library

    now.add_argument("--exercise", choices=shipped_library().ids)
    pause = sub.add_parser("pause", help="hold reminders for MINUTES, or until tomorrow")
    how_long = pause.add_mutually_exclusive_group(required=True)
    how_long.add_argument("minutes", nargs="?", type=_pause_minutes, metavar="MINUTES")
    how_long.add_argument(
        "--until-tomorrow",
        action="store_true",
        help="until the next working period starts, or the next 06:00 without working hours",
    )
    sub.add_parser("resume", help="end a pause")
    sub.add_parser("quit", help="stop the running app")
    from psoasbreak.history_commands import add_parsers  # no Qt: reads the history file

    add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever goes wrong ends in a one-line message and an exit code, never a
    traceback on the terminal: that goes to the log (and, with ``--verbose``, to stderr too)."""
    verbose = False
    _forgiving_output()
    try:
        args = build_parser().parse_args(argv)
        verbose = args.verbose
        return _run(args)
    except KeyboardInterrupt:
        return 130  # the shell's code for Ctrl+C; the user knows what happened
    except BrokenPipeError:
        # `psoasbreak status | head -0`: the reader left. Python would complain again at exit
        # when it flushes stdout, so point stdout at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        return _unexpected(exc, verbose)


def _forgiving_output() -> None:
    """A character the terminal's encoding cannot show (an en dash on an ASCII terminal, a file
    name that is not UTF-8) is printed as a replacement character: the work is done by then,
    and failing after it was done would say it was not (issue 17)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _unexpected(exc: Exception, verbose: bool) -> int:
    import logging

    from psoasbreak import logs

    log_file = logs.current_log_file()
    if log_file is None or (verbose and not logs.logs_to_stderr()):
        with contextlib.suppress(Exception):
            from psoasbreak.storage.paths import AppPaths

            # Without --verbose, one line on stderr in all: the message below says when the log
            # cannot be written, and --verbose says why.
            log_dir = AppPaths.from_environment().log_dir
            log_file = logs.setup_logging(log_dir, verbose, report=verbose)
    logging.getLogger(__name__).error("%s failed", APP_NAME, exc_info=exc)
    print(logs.failure_line(exc, log_file, verbose), file=sys.stderr)
    return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        from psoasbreak.app import run_app  # the GUI loads only here

        return run_app(verbose=args.verbose)
    if args.command in ("stats", "export", "import"):
        from psoasbreak import history_commands

        return history_commands.run(args)
    return _control(args)


def _control(args: argparse.Namespace) -> int:
    from psoasbreak.desktop.control_client import ControlError, NotRunning, send
    from psoasbreak.storage.paths import AppPaths

    request = _request_for(args)
    try:
        response = send(AppPaths.from_environment().socket_path, request)
    except NotRunning:
        return _fail(EXIT_NOT_RUNNING, f"{APP_NAME} is not running (start it with '{APP_NAME}').")
    except ControlError as exc:
        return _fail(EXIT_ERROR, f"{APP_NAME}: {exc}")
    if not response.ok:
        return _fail(EXIT_ERROR, f"{APP_NAME}: {response.error}")
    _print_result(args, response.result)
    return EXIT_OK


def _request_for(args: argparse.Namespace) -> Any:
    from psoasbreak.desktop.control_protocol import Request

    if args.command == "break-now":
        return Request("break_now", {"exercise": args.exercise})
    if args.command == "pause":
        if args.until_tomorrow:
            return Request("pause", {"until_tomorrow": True})
        return Request("pause", {"minutes": args.minutes})
    return Request(args.command)


def _fail(code: int, message: str) -> int:
    print(message, file=sys.stderr)
    return code


def _clock_time(iso: str | None, now: datetime) -> str:
    """A time today as HH:MM, another day's with its date; ``now`` is the Clock's reading."""
    if not iso:
        return "-"
    moment = datetime.fromisoformat(iso).astimezone()
    if moment.date() == now.astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%a %d %b %H:%M")


def _print_result(args: argparse.Namespace, result: dict[str, Any]) -> None:
    from psoasbreak.core.clock import SystemClock

    now = SystemClock().now()
    if args.command == "status":
        if args.json:
            print(json.dumps(result))
        else:
            print(_status_text(result, now))
    elif args.command == "break-now":
        if result.get("started"):
            print(f"Break started: {result.get('title', result.get('exercise'))}.")
        else:
            print("A break is already running.")
    elif args.command == "pause":
        print(f"Reminders paused until {_clock_time(result.get('paused_until'), now)}.")
    elif args.command == "resume":
        if result.get("resumed"):
            print(
                f"Reminders resumed; next break at {_clock_time(result.get('next_break_at'), now)}."
            )
        else:
            print("Reminders were not paused.")
    elif args.command == "quit":
        print(f"{APP_NAME} is quitting.")


def _status_text(status: dict[str, Any], now: datetime) -> str:
    today, streak = status["today"], status["streak"]
    state = status["state"]
    if state == "paused":
        head = f"Paused until {_clock_time(status['paused_until'], now)}."
    elif state == "prompting":
        head = "Waiting for you to answer the break prompt."
    elif state == "on_break":
        head = "On a break."
    elif state == "outside_hours":
        head = f"Outside working hours; next break at {_clock_time(status['next_break_at'], now)}."
    elif status["next_break_at"] is None:  # away: the return plans the next one
        head = "You are away from the computer; the next break is planned when you return."
    else:
        head = f"Next break at {_clock_time(status['next_break_at'], now)}."
    taken = today["completed"] + today["natural"]
    return (
        f"{head}\nToday: {taken} of {today['goal']} breaks taken"
        f" ({today['skipped']} skipped, {today['snoozed']} snoozed, {today['missed']} missed).\n"
        f"Streak: {streak['current']} days (best {streak['best']})."
    )
