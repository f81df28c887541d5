"""Shared test set-up: headless Qt by default, and isolated XDG folders so no test touches the
user's real config, data or runtime directories."""

from __future__ import annotations

import os

# Widget tests run offscreen; with no display and no platform Qt aborts the whole run (DESIGN §7).
# End-to-end tests start their own Xvfb and pass DISPLAY to the subprocesses they run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The app does this first thing; tests that make thousands of Qt calls need it as much.
from psoasbreak.pyside_workarounds import keep_singletons_alive

keep_singletons_alive()


def pytest_collection_modifyitems(config, items):
    """Slow files first; long torture and fuzz runs only when asked for by name (``pytest -m
    torture``): CI runs their shorter siblings, which hit the same code with fixed, smaller
    numbers."""
    import pytest

    # Files with tests that wait real minutes go first (a stable sort keeps each file's own
    # order): under pytest-xdist's --dist loadfile (the README's command) a file runs whole on
    # one worker, and the longest one starting last would set the wall time.
    slow_files = {item.path for item in items if "slow" in item.keywords}
    items.sort(key=lambda item: item.path not in slow_files)

    if "torture" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="long run: select it with pytest -m torture")
    for item in items:
        if "torture" in item.keywords:
            item.add_marker(skip)
