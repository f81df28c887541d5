"""Screenshots of the home window from the real app under Xvfb, light and dark, at 100% and 200%
(the desktop's theme and scale, as in break_screenshots.py):

    python -m tests.e2e.home_screenshots docs/screenshots

A fresh profile gets a long streak through ``psoasbreak import`` (history_screenshots.py's), the
real app starts and ``psoasbreak show`` opens the window, which is cropped with its frame.
Files: ``home.png`` (light, 100%, for the README) and ``home-<variant>.png``. About 20 s.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from tests.e2e.break_screenshots import VARIANTS, _shoot_window, screen_for, themed_env
from tests.e2e.history_screenshots import GOAL, import_history, long_streak
from tests.e2e.xsession import RunningApp, scratch_desktop


def take_variant(out_dir: Path, variant: str) -> Path:
    screen_for(variant)
    out = out_dir / f"home-{variant}.png"
    with scratch_desktop() as (work, session):
        env = themed_env(work, session, variant)
        env.write_config({"sound": False, "idle_reset_minutes": 0, "daily_goal": GOAL})
        import_history(env, work, long_streak)
        with RunningApp(env) as app:
            app.cli_ok("show")
            window = app.wait_for(lambda: app.find_window(r"^psoasbreak$"), 10, "the home window")
            session.x("xdotool", "mousemove", "5", "795")  # no hover highlight
            time.sleep(0.8)
            _shoot_window(session, window.id, out)
    return out


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    where.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:] or list(VARIANTS):
        shot = take_variant(where, name)
        print(f"wrote {shot}")
        if name == "light-100":
            shutil.copyfile(shot, where / "home.png")
