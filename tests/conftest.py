"""Shared test set-up: headless Qt by default, and isolated XDG folders so no test touches the
user's real config, data or runtime directories."""

from __future__ import annotations

import os

# Widget tests run offscreen; with no display and no platform Qt aborts the whole run (DESIGN §7).
# End-to-end tests start their own Xvfb and pass DISPLAY to the subprocesses they run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
