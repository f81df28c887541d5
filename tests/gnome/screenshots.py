"""Take the README's GNOME screenshots from the real app on a real headless GNOME Shell 43.

    python -m tests.gnome.screenshots [OUT_DIR]      (default: docs/screenshots)

Needs root and what the GNOME tests need (``packaging/linux/install-system-deps --test`` and the
user ``psoasbreak-ci`` that ``.ci/run`` creates). It starts the session of ``session.py`` and the
app with a 1-minute interval, waits for the prompt's banner (about a minute), moves the real
pointer onto it so GNOME shows its buttons, and saves ``gnome-prompt.png``; lets the banner go,
opens the home window (``psoasbreak show``) with the prompt's answers and saves
``gnome-home.png``; then presses Enter there (Start) and saves ``gnome-exercise.png`` (the home
window stays open beside the exercise window, as it would for the user).
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from tests.e2e.xsession import poll
from tests.gnome.session import (
    KEY_RETURN,
    GnomeApp,
    missing_requirements,
    start_gnome_session,
)
from tests.wayland.session import SCREEN, build_user_venv, give_to_user, make_shared_root

CONFIG = {
    "sound": False,
    "idle_reset_minutes": 0,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 5,
    "break_seconds": 60,
    "exercise": "stretch",
}
SETTLE = 1.5  # what a person sees a moment later: the banner's and Qt's first frames drawn
REST = (SCREEN[0] / 2, SCREEN[1] - 60)


def take(out_dir: Path) -> None:
    missing = missing_requirements()
    if missing:
        raise SystemExit(f"the GNOME session needs {', '.join(missing)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    root = make_shared_root("psoasbreak-gnome-")
    try:
        venv = build_user_venv(root / "venv")
        session = start_gnome_session(give_to_user(root / "session"), venv)
        try:
            app = GnomeApp(session, venv, "shots")
            app.write_config(CONFIG)
            with app:
                session.pointer_to(*REST)
                banner = poll(
                    # not one of GNOME's own ("Screen Lock disabled")
                    lambda: (
                        (b := session.banner()) is not None
                        and b.shown
                        and b.title == "Time to stand up"
                        and b
                    ),
                    100,
                    "the prompt's banner",
                    interval=0.2,
                )
                session.pointer_to(*banner.centre)
                poll(
                    lambda: (b := session.banner()) is not None and "Start" in b.buttons,
                    10,
                    "the banner's buttons",
                )
                time.sleep(SETTLE)
                print(f"wrote {session.screenshot(out_dir / 'gnome-prompt.png', 'prompt')}")
                session.pointer_to(*REST)
                poll(lambda: session.banner() is None, 20, "the banner to hide")
                app.cli_ok("show")
                poll(lambda: app.shell_windows(), 15, "the home window")
                time.sleep(SETTLE)
                print(f"wrote {session.screenshot(out_dir / 'gnome-home.png', 'home')}")
                session.press(KEY_RETURN)  # Start: the default button while a prompt is out
                poll(
                    lambda: any(w.title.startswith("Break") for w in app.shell_windows()),
                    15,
                    "the exercise window",
                )
                time.sleep(SETTLE)
                print(f"wrote {session.screenshot(out_dir / 'gnome-exercise.png', 'exercise')}")
        finally:
            session.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    take(Path(argv[1] if len(argv) == 2 else "docs/screenshots"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
