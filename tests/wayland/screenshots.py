"""Take the README's Wayland screenshots from the real app on headless sway, with ``grim``.

    python -m tests.wayland.screenshots [OUT_DIR]      (default: docs/screenshots)

Needs root and what the Wayland tests need (``packaging/linux/install-system-deps --test`` and
the user ``psoasbreak-ci`` that ``.ci/run`` creates). It starts the session of ``session.py``
(sway + waybar + mako + a foot terminal holding the focus) and the app with a 1-minute interval,
waits for the prompt notification (about a minute) and saves the whole screen as
``wayland-prompt.png``; then it clicks "start" on the notification (``makoctl invoke``) and saves
``wayland-exercise.png`` with the floating exercise window.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests.e2e.xsession import poll
from tests.wayland.session import WaylandApp, WaylandSession, scratch_session

CONFIG = {
    "sound": False,
    "idle_reset_minutes": 0,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 5,
    "break_seconds": 60,
    "exercise": "stretch",
}
# What a person would see a moment after it appears: mako and Qt draw their first frames.
SETTLE = 1.5


def _prompt(session: WaylandSession) -> int:
    notes = [n for n in session.notifications() if n.app_name == "psoasbreak"]
    return notes[0].id if notes else 0


def take(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_session() as (session, venv):
        app = WaylandApp(session, venv, "shots")
        app.write_config(CONFIG)
        with app:
            poll(
                lambda: app.pid in session.tray_item_pids().values(),
                15,
                "the tray icon in waybar",
            )
            note = poll(lambda: _prompt(session), 100, "the prompt notification", interval=0.5)
            time.sleep(SETTLE)
            print(f"wrote {session.screenshot(out_dir / 'wayland-prompt.png', 'prompt')}")
            session.invoke(note, "start")
            poll(lambda: app.windows(), 15, "the exercise window")
            time.sleep(SETTLE)
            print(f"wrote {session.screenshot(out_dir / 'wayland-exercise.png', 'exercise')}")


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    take(Path(argv[1] if len(argv) == 2 else "docs/screenshots"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
