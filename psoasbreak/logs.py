"""A rotating log in the user's log dir: tracebacks go there, never to the user's terminal.

The terminal gets one line per failure, naming the log file; ``--verbose`` also prints the log,
tracebacks included, on stderr. Nothing here imports Qt: the command-line tools use it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

from psoasbreak import APP_NAME

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOG_NAME = f"{APP_NAME}.log"

# Our handlers carry these names, so setting up again replaces them instead of doubling every line.
_FILE_HANDLER = f"{APP_NAME}.file"
_STDERR_HANDLER = f"{APP_NAME}.stderr"

log = logging.getLogger(__name__)


def setup_logging(log_dir: Path, verbose: bool = False, *, report: bool = True) -> Path | None:
    """Log to ``log_dir/psoasbreak.log`` (1 MB × 3); with ``verbose``, to stderr as well.

    Returns the log file, or None when the directory cannot be written (the app still runs; with
    ``report``, one line on stderr says so). Calling it again replaces what the last call set up.
    """
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() in (_FILE_HANDLER, _STDERR_HANDLER)]:
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.INFO)
    log_file: Path | None = log_dir / LOG_NAME
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_dir / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        if report:
            print(
                f"{APP_NAME}: cannot write the log in {log_dir}: {exc.strerror or exc}",
                file=sys.stderr,
            )
        log_file, handler = None, logging.NullHandler()
    _add(root, handler, _FILE_HANDLER)
    if verbose:
        _add(root, logging.StreamHandler(sys.stderr), _STDERR_HANDLER)
    # APScheduler logs every job run at INFO; one line per break is noise in the user's log.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return log_file


def _add(root: logging.Logger, handler: logging.Handler, name: str) -> None:
    handler.set_name(name)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)


def current_log_file() -> Path | None:
    """The file ``setup_logging`` is writing to, or None (not set up, or not writable)."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _FILE_HANDLER and isinstance(
            handler, logging.handlers.RotatingFileHandler
        ):
            return Path(handler.baseFilename)
    return None


def logs_to_stderr() -> bool:
    return any(h.get_name() == _STDERR_HANDLER for h in logging.getLogger().handlers)


def failure_line(exc: BaseException, log_file: Path | None, verbose: bool) -> str:
    """The one line the user sees for a failure nobody foresaw: what, what to do, where to look."""
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        what = f"{exc.strerror or exc}{where}. Check that folder and the free disk space"
    else:
        what = f"unexpected error: {exc!r}. This is a bug; please report it"
    if log_file is not None:
        details = f"the details are in {log_file}"
    elif verbose:
        details = "the details are above (the log file cannot be written)"
    else:
        details = "the log file cannot be written, so run it again with --verbose for the details"
    return " ".join(f"{APP_NAME}: {what}; {details}.".split())


def install_exception_logging(log_file: Path | None) -> None:
    """Send uncaught exceptions (of the main thread, Qt slots and other threads) to the log.

    An exception in a Qt slot does not stop the app: PySide prints it with ``sys.excepthook`` and
    carries on. Python's default hook would put a traceback on the user's terminal and nothing in
    the log; this one logs it with its traceback and prints one line naming the log file. Without
    a log file the traceback has nowhere else to go, so it is printed as before.
    """

    def report(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None, where: str
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or (log_file is None and not logs_to_stderr()):
            sys.__excepthook__(kind, value, tb)
            return
        log.error("uncaught exception in %s", where, exc_info=(kind, value, tb))
        print(failure_line(value, log_file, verbose=True), file=sys.stderr, flush=True)

    def on_exception(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        report(kind, value, tb, "the main thread")

    def on_thread_exception(args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return  # what threading's own hook does: a thread may end itself that way
        value = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else "a thread"
        report(args.exc_type, value, args.exc_traceback, f"thread {name!r}")

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
