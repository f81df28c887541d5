"""A rotating log in the user's log dir: tracebacks go there, never to the user's terminal."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_dir: Path, verbose: bool = False) -> Path | None:
    """Log to ``log_dir/psoasbreak.log`` (1 MB × 3); with ``verbose``, to stderr as well.

    Returns the log file, or None when the directory cannot be written (the app still runs).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    log_file: Path | None = log_dir / "psoasbreak.log"
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        print(f"psoasbreak: cannot write the log in {log_dir}: {exc.strerror}", file=sys.stderr)
        log_file, handler = None, logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(stream)
    # APScheduler logs every job run at INFO; one line per break is noise in the user's log.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    return log_file
