"""Take the README's screenshots from the real app under Xvfb + openbox + trayer.

    python -m tests.e2e.screenshots docs/screenshots [settings]

Uses the end-to-end harness: a private X desktop, isolated XDG folders, the installed
``psoasbreak`` command. The prompt and the exercise windows, light and dark, at 100% and 200%,
come from ``python -m tests.e2e.break_screenshots docs/screenshots``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.xsession import AppEnv, RunningApp, XSession, parse_tree, scratch_desktop

MARGIN = 16


def _geometry(session: XSession, wid: int) -> tuple[int, int, int, int]:
    info = session.x("xwininfo", "-id", str(wid))

    def field(name: str) -> int:
        match = re.search(rf"{name}:\s+(-?\d+)", info)
        assert match, (name, info)
        return int(match[1])

    return (
        field("Absolute upper-left X"),
        field("Absolute upper-left Y"),
        field("Width"),
        field("Height"),
    )


def _frame(session: XSession, wid: int) -> int:
    """The window manager's frame around a client window (the child of the root window)."""
    root = int(
        re.search(
            r"Root window id: (0x[0-9a-f]+)", session.x("xwininfo", "-children", "-id", str(wid))
        )[1],
        16,
    )
    while True:
        info = session.x("xwininfo", "-children", "-id", str(wid))
        parent = int(re.search(r"Parent window id: (0x[0-9a-f]+)", info)[1], 16)
        if parent == root:
            return wid
        wid = parent


def _crop(shot: Path, out: Path, box: tuple[int, int, int, int], margin: int = MARGIN) -> None:
    x, y, w, h = box
    x, y = max(0, x - margin), max(0, y - margin)
    subprocess.run(
        [
            "convert",
            str(shot),
            "-crop",
            f"{w + 2 * margin}x{h + 2 * margin}+{x}+{y}",
            "+repage",
            str(out),
        ],
        check=True,
    )
    print(f"wrote {out}")


def _wait_window(session: XSession, title: str, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        window = session.find_window(title)
        if window is not None:
            return window.id
        time.sleep(0.2)
    raise SystemExit(f"no window titled {title!r} within {timeout:g} s")


def _tray_icon(session: XSession) -> int:
    nodes = parse_tree(session.x("xwininfo", "-root", "-tree"))
    for node in nodes.values():
        if "psoasbreak" in node.wm_class and session.tray_embedded():
            _x, _y, w, h = _geometry(session, node.id)
            if w <= 64 and h <= 64:
                return node.id
    raise SystemExit("the tray icon is not embedded")


def take(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_desktop() as (work, session):
        env = AppEnv(work / "app", session)
        env.write_config(
            {
                "interval_min_minutes": 1,
                "interval_max_minutes": 1,
                "break_seconds": 60,
                "prompt_timeout_minutes": 5,
            }
        )
        with RunningApp(env):
            shot = work / "screen.png"
            icon = _tray_icon(session)
            ix, iy, iw, ih = _geometry(session, icon)
            session.x("xdotool", "mousemove", str(ix + iw // 2), str(iy + ih // 2), "click", "3")
            time.sleep(1.0)
            menu = max(
                (w for w in session.windows_of_class() if w.mapped),
                key=lambda w: _geometry(session, w.id)[3],
            )
            mx, my, mw, mh = _geometry(session, menu.id)
            session.screenshot(shot)
            left = min(mx, ix)
            _crop(
                shot,
                out_dir / "tray-menu.png",
                (left, 0, max(mx + mw, ix + iw) - left, my + mh),
            )
            session.x("xdotool", "key", "Escape")
            # The prompt and the exercise windows: tests/e2e/break_screenshots.py.
    take_settings(out_dir)


#: Settings a person might really have: a shorter range, office hours, a longer breath out.
SETTINGS_SHOWN = {
    "interval_min_minutes": 25,
    "interval_max_minutes": 40,
    "breath_out_seconds": 7,
    "daily_goal": 8,
    "working_hours": {
        "enabled": True,
        "start": "08:30",
        "end": "17:30",
        "days": ["mon", "tue", "wed", "thu", "fri"],
    },
}


def take_settings(out_dir: Path) -> None:
    """The Settings window, opened from the tray menu as a user would (its "Settings…" entry is
    second from the bottom: Up from the top of a fresh menu wraps to Quit, then to it)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_desktop() as (work, session):
        env = AppEnv(work / "app", session)
        # The usual place, so the window's "Saved in ~/.config/…" line reads as it will.
        env["XDG_CONFIG_HOME"] = str(Path(env["HOME"]) / ".config")
        env.config_path = Path(env["XDG_CONFIG_HOME"]) / "psoasbreak" / "config.toml"
        env.write_config(SETTINGS_SHOWN)
        with RunningApp(env):
            icon = _tray_icon(session)
            ix, iy, iw, ih = _geometry(session, icon)
            session.x("xdotool", "mousemove", str(ix + iw // 2), str(iy + ih // 2), "click", "3")
            time.sleep(1.0)
            session.x("xdotool", "key", "Up", "Up", "Return")
            window = _wait_window(session, r"^psoasbreak settings", 15)
            time.sleep(1.6)  # into the pacer preview's first inhale
            shot = work / "screen.png"
            session.screenshot(shot)
            _crop(shot, out_dir / "settings.png", _geometry(session, _frame(session, window)))


if __name__ == "__main__":
    where = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    if sys.argv[2:] == ["settings"]:
        take_settings(where)
    else:
        take(where)
