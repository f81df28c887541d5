"""The Wayland idle monitor against the real compositor (headless sway 1.7 offers KDE's
``org_kde_kwin_idle``; newer ones ``ext-idle-notify-v1``), run as the session's user."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.wayland]

PROBE = Path(__file__).with_name("idle_probe.py")


def test_the_compositor_tells_when_the_seat_goes_idle_and_active_again(wayland_session, user_venv):
    probe = wayland_session.root / "idle_probe.py"
    shutil.copy(PROBE, probe)
    probe.chmod(0o644)
    done = wayland_session.run(user_venv.bin / "python", probe, timeout=60, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["monitor"] in ("Wayland org_kde_kwin_idle", "Wayland ext-idle-notify-v1")
    readings = seen["readings"]
    # No input devices on a headless seat: "active" (0) until the 2-s timeout, then the idle time
    # grows from 2 s with the clock.
    assert readings[0] == 0.0
    assert 1.5 <= seen["idle_after"] <= 10
    idle = [r for r in readings if r >= 2.0]
    assert idle == sorted(idle) and idle[-1] > idle[0]
    if seen["monitor"].endswith("org_kde_kwin_idle"):
        assert seen.get("active_again") is True
    assert "Segmentation" not in done.stderr
