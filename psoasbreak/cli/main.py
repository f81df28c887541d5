"""The command line's parser and runner (DESIGN §3). Control commands talk to the running app
over its socket and never import Qt, so they answer in milliseconds; only a bare ``psoasbreak``
loads the GUI."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import time
from typing import NoReturn

from psoasbreak import APP_NAME, __version__
from psoasbreak.cli.exit_codes import EXIT_ERROR, EXIT_USAGE
from psoasbreak.cli.history_args import add_parsers


class _Parser(argparse.ArgumentParser):
    """argparse prints the whole usage on an error; scripts and people want one clear line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{APP_NAME} --help')\n")


def _pause_minutes(text: str) -> int:
    from psoasbreak.core.policy import MAX_PAUSE_MINUTES, pause_minutes_allowed  # pause only

    # ASCII digits only: int() would also take "5_0" (50) and other scripts' digits ("١٢").
    if not text.isascii() or not text.isdigit():
        raise argparse.ArgumentTypeError(f"MINUTES must be a whole number, not {text!r}")
    minutes = int(text)
    if not pause_minutes_allowed(minutes):
        raise argparse.ArgumentTypeError(f"MINUTES must be from 1 to {MAX_PAUSE_MINUTES}")
    return minutes


def _clock_time(text: str) -> time:
    """``HH:MM`` on the 24-hour clock (``9:30`` too); anything else is a usage error."""
    hours, colon, minutes = text.partition(":")
    if (
        colon
        and text.isascii()
        and hours.isdigit()
        and minutes.isdigit()
        and len(hours) in (1, 2)
        and len(minutes) == 2
        and int(hours) <= 23
        and int(minutes) <= 59
    ):
        return time(int(hours), int(minutes))
    raise argparse.ArgumentTypeError(
        f"--until needs a time as HH:MM (00:00 to 23:59), not {text!r}"
    )


class _ExerciseIds:
    """``break-now --exercise``'s choices, the ids of resources/exercises.toml, read only when
    argparse looks at them (that option given, ``--help``, an error): every command builds the
    whole parser, and ``status`` has no use for the exercise library."""

    def _ids(self) -> tuple[str, ...]:
        from psoasbreak.core.exercises import shipped_library  # no Qt; cached once read

        return shipped_library().ids

    def __contains__(self, value: object) -> bool:
        return value in self._ids()

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())


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
    # Set after add_argument, which formats the choices at once to check the metavar.
    now.add_argument("--exercise").choices = _ExerciseIds()
    pause = sub.add_parser(
        "pause", help="hold reminders for MINUTES, until tomorrow, or until a time (HH:MM)"
    )
    how_long = pause.add_mutually_exclusive_group(required=True)
    how_long.add_argument("minutes", nargs="?", type=_pause_minutes, metavar="MINUTES")
    how_long.add_argument(
        "--until-tomorrow",
        action="store_true",
        help="until the next working period starts, or the next 06:00 without working hours",
    )
    how_long.add_argument(
        "--until",
        type=_clock_time,
        metavar="HH:MM",
        help="meeting mode: until that time today, or tomorrow if it has passed",
    )
    session = sub.add_parser("session-now", help="start a programme session now")
    session.add_argument("kind", choices=("strength", "mobility"), metavar="strength|mobility")
    sub.add_parser("resume", help="end a pause")
    sub.add_parser("show", help="open the running app's window")
    sub.add_parser("quit", help="stop the running app")
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
        from psoasbreak.cli.history import run as run_history

        return run_history(args)
    from psoasbreak.cli.control import run as run_control

    return run_control(args)
