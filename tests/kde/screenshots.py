"""Take the README's KDE screenshots from the real app on a real headless Plasma 5.27.

    python -m tests.kde.screenshots [OUT_DIR]      (default: docs/screenshots)

Needs root and what the KDE tests need (``packaging/linux/install-system-deps --test`` and the
user ``psoasbreak-ci`` that ``.ci/run`` creates). It starts the session of ``session.py`` and the
app with a 1-minute interval, waits for the prompt's notification popup (about a minute) and saves
``kde-prompt.png``, then clicks the popup (its default action, Start) and saves the exercise window,
``kde-exercise.png``.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from tests.e2e.xsession import poll
from tests.kde.session import KdeApp, app_icon_of, missing_requirements, start_kde_session
from tests.wayland.session import (
    build_user_venv,
    give_to_user,
    make_shared_root,
)

CONFIG = {
    "sound": False,
    "idle_reset_minutes": 0,
    "interval_min_minutes": 1,
    "interval_max_minutes": 1,
    "prompt_timeout_minutes": 5,
    "break_seconds": 60,
    "exercise": "stretch",
}
SETTLE = 1.5


def take(out_dir: Path) -> None:
    missing = missing_requirements()
    if missing:
        raise SystemExit(f"the KDE session needs {', '.join(missing)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    root = make_shared_root("psoasbreak-kde-")
    try:
        venv = build_user_venv(root / "venv")
        session = start_kde_session(give_to_user(root / "session"), venv)
        try:
            app = KdeApp(session, venv, "shots")
            app.write_config(CONFIG)
            with app:
                popup = poll(
                    lambda: next((w for w in session.kwin_windows() if w.notification), None),
                    100,
                    "the prompt's notification popup",
                    interval=0.5,
                )
                time.sleep(SETTLE)
                print(f"wrote {session.screenshot(out_dir / 'kde-prompt.png', 'prompt')}")
                session.pointer_to(*app_icon_of(popup))
                time.sleep(SETTLE)
                session.click()
                poll(
                    lambda: next(
                        (w for w in app.kwin_windows() if w.title.startswith("Break")), None
                    ),
                    15,
                    "the exercise window",
                    interval=0.5,
                )
                session.pointer_to(20, 20)
                time.sleep(SETTLE)
                print(f"wrote {session.screenshot(out_dir / 'kde-exercise.png', 'exercise')}")
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
