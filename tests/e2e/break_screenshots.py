"""Screenshots of the prompt and every exercise, light and dark, at 100% and 200% scaling, taken
from the real app under Xvfb + openbox + trayer:

    python -m tests.e2e.break_screenshots docs/screenshots            # all four variants
    python -m tests.e2e.break_screenshots docs/screenshots dark-200   # one of them

The app only follows its desktop: the variants differ in what the desktop says, never in
anything of ours. The theme comes from Qt's GTK 3 platform theme (``QT_QPA_PLATFORMTHEME=gtk3``)
with ``GTK_THEME=Adwaita`` or ``Adwaita:dark``, as on a GNOME desktop; 200% is
``QT_SCALE_FACTOR=2`` on a 2560×1600 screen, as on a HiDPI laptop. The variants run in parallel,
one process and one X desktop each; about 2 minutes, most of it waiting for the prompt
and for the stretch's half time.

Files: ``prompt-<variant>.png``, ``stretch-<variant>.png`` (left side), ``switch-<variant>.png``
(the "switch sides" moment), ``breathing-<variant>.png``, ``march-<variant>.png``,
``glute-squeeze-<variant>.png``.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from tests.e2e import xsession
from tests.e2e.screenshots import _crop, _frame, _geometry, _wait_window
from tests.e2e.xsession import AppEnv, RunningApp, XSession, scratch_desktop

VARIANTS = {
    "light-100": ("Adwaita", 1),
    "dark-100": ("Adwaita:dark", 1),
    "light-200": ("Adwaita", 2),
    "dark-200": ("Adwaita:dark", 2),
}
#: The default break, so the windows read as they do on a user's desktop ("breath 1 of 6").
BREAK_SECONDS = 60


def _shoot_window(session: XSession, window: int, out: Path, *, framed: bool = True) -> None:
    shot = out.with_suffix(".screen.png")
    session.screenshot(shot)
    box = _geometry(session, _frame(session, window) if framed else window)
    # The frameless prompt is cropped to its own edge: around it is only the tray's corner.
    _crop(shot, out, box, margin=16 if framed else 0)
    shot.unlink()


def _end_break(session: XSession, app: RunningApp, window: int) -> None:
    session.activate(window)
    session.x("xdotool", "key", "Escape")  # ends the break early (recorded as skipped)
    app.wait_status(lambda s: s["state"] != "on_break", 10, "the break to end")


def screen_for(variant: str) -> None:
    """Before the desktop starts: Qt draws everything `scale` times larger, so the screen grows
    with it and the logical screen stays 1280×800."""
    scale = VARIANTS[variant][1]
    xsession.SCREEN = (1280 * scale, 800 * scale)


def themed_env(work: Path, session: XSession, variant: str) -> AppEnv:
    """The app's environment with the variant's desktop theme and scale."""
    theme, scale = VARIANTS[variant]
    env = AppEnv(work / "app", session)
    env.update({"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": theme})
    if scale != 1:
        env["QT_SCALE_FACTOR"] = str(scale)
    return env


def take_variant(out_dir: Path, variant: str) -> None:
    screen_for(variant)
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_desktop() as (work, session):
        env = themed_env(work, session, variant)
        env.write_config(
            {
                "interval_min_minutes": 1,
                "interval_max_minutes": 1,
                "break_seconds": BREAK_SECONDS,
                "prompt_timeout_minutes": 5,
                "prompt_style": "window",
                "idle_reset_minutes": 0,
                "sound": False,
            }
        )
        with RunningApp(env) as app:
            prompt = _wait_window(session, r"^Time to stand up", 90)
            time.sleep(0.5)
            _shoot_window(session, prompt, out_dir / f"prompt-{variant}.png", framed=False)

            # "alternate" rotates stretch, breathing, march, glute-squeeze: the prompt offers
            # the stretch, and each "break now" after it takes the next exercise.
            app.cli_ok("break-now")
            started = time.monotonic()
            window = _wait_window(session, r"^Break", 15)
            time.sleep(max(0.0, started + 2.5 - time.monotonic()))
            _shoot_window(session, window, out_dir / f"stretch-{variant}.png")
            time.sleep(max(0.0, started + BREAK_SECONDS / 2 + 1.0 - time.monotonic()))
            _shoot_window(session, window, out_dir / f"switch-{variant}.png")
            _end_break(session, app, window)

            for name, moment in (("breathing", 2.6), ("march", 2.0), ("glute-squeeze", 2.0)):
                app.cli_ok("break-now")
                started = time.monotonic()
                window = _wait_window(session, r"^Break", 15)
                time.sleep(max(0.0, started + moment - time.monotonic()))
                _shoot_window(session, window, out_dir / f"{name}-{variant}.png")
                _end_break(session, app, window)


def take(out_dir: Path, variants: list[str]) -> None:
    """Each variant in its own process (the screen size is per process), all at once."""
    procs = {
        variant: subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.break_screenshots", str(out_dir), variant]
        )
        for variant in variants
    }
    failed = [variant for variant, proc in procs.items() if proc.wait() != 0]
    if failed:
        raise SystemExit(f"screenshots failed for: {', '.join(failed)}")


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    chosen = sys.argv[2:]
    unknown = [v for v in chosen if v not in VARIANTS]
    if unknown:
        raise SystemExit(f"unknown variant(s) {unknown}; choose from {', '.join(VARIANTS)}")
    if len(chosen) == 1:
        take_variant(where, chosen[0])
    else:
        take(where, chosen or list(VARIANTS))
