"""The command line (DESIGN §3): ``main`` parses and runs one command.

- ``main.py``: the parser, and what runs each command; a bare ``psoasbreak`` starts the app;
- ``control.py``: ``status``, ``pause``, ``resume``, ``break-now``, ``quit`` over the control
  channel to the running app;
- ``history.py``: ``stats``, ``export``, ``import`` on the history file; their arguments are
  declared in ``history_args.py``, so building the parser does not load that code;
- ``exit_codes.py``: the exit codes all of them use (so none imports another for them).

None of them imports Qt: control and history commands answer in milliseconds.
"""

from psoasbreak.cli.exit_codes import EXIT_ERROR, EXIT_NOT_RUNNING, EXIT_OK, EXIT_USAGE
from psoasbreak.cli.main import build_parser, main

__all__ = ["EXIT_ERROR", "EXIT_NOT_RUNNING", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]
