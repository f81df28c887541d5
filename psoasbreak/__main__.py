"""``python -m psoasbreak`` runs the same command line as the ``psoasbreak`` script."""

import sys

from psoasbreak.cli import main

sys.exit(main())
