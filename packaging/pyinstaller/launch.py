"""The frozen app's entry point: the same command line as the ``psoasbreak`` console script.

PyInstaller needs a script, not a ``module:function`` entry point; this is that script.
"""

import sys

from psoasbreak.cli import main

if __name__ == "__main__":
    sys.exit(main())
