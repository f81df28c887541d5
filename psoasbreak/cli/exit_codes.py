"""The command line's exit codes (DESIGN §3), in a module of their own so that the parser
(``cli.main``) and the commands it loads lazily (``cli.control``, ``cli.history``) all take them
from here, not from each other."""

from __future__ import annotations

from typing import Final

EXIT_OK: Final = 0
EXIT_ERROR: Final = 1
#: Bad usage: argparse's code, and ours for an argument it cannot check.
EXIT_USAGE: Final = 2
#: A control command found no running app.
EXIT_NOT_RUNNING: Final = 3
