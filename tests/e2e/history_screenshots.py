"""Take the README's screenshots of the weekly history window from the real app under Xvfb.

    python -m tests.e2e.history_screenshots docs/screenshots

For each picture (no history yet, a typical week, a long streak) a fresh profile gets a generated
history through ``psoasbreak import``; the real app starts, the tray icon is right-clicked and
"Weekly history…" chosen from its menu, and the window (with its frame) is cropped from the screen.
The histories end today; the typical one is shown one week back (the Left key), so that it is a
whole week. Takes about 30 s.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from tests.e2e.screenshots import _crop, _frame, _geometry, _tray_icon
from tests.e2e.xsession import AppEnv, RunningApp, XSession, run_cli, scratch_desktop

TITLE = r"^Weekly history"
GOAL = 6
HEADER = "at,outcome,exercise,seconds"


def _rows(day: date, taken: int, others: list[str], rng: random.Random) -> list[str]:
    outcomes = [rng.choice(["completed"] * 4 + ["natural"]) for _ in range(taken)] + others
    rng.shuffle(outcomes)
    now = datetime.now().astimezone()
    rows = []
    for n, outcome in enumerate(outcomes):
        at = datetime(day.year, day.month, day.day, 8, 40, tzinfo=now.tzinfo)
        at += timedelta(minutes=38 * n + rng.randint(0, 9))
        if day == now.date() and at > now:  # today: only what has happened so far
            break
        exercise = rng.choice(["stretch", "breathing"]) if outcome != "natural" else ""
        seconds = (
            60 if outcome == "completed" else (rng.randint(5, 40) if outcome == "skipped" else 0)
        )
        exercise = "" if outcome in ("missed", "natural") else exercise
        rows.append(f"{at.isoformat()},{outcome},{exercise},{seconds}")
    return rows


def typical(today: date) -> list[str]:
    """Three weeks of an ordinary office life: most workdays met, a slow day now and then."""
    rng = random.Random(25)
    rows: list[str] = []
    for back in range(24, -1, -1):
        day = today - timedelta(days=back)
        if day.weekday() >= 5 and rng.random() < 0.75:
            continue
        # One slow day a week ago (last week's Thursday) and one before it break the run.
        weak = back == 20 or day == today - timedelta(days=today.weekday() + 4)
        taken = rng.randint(2, 4) if weak else rng.randint(GOAL, GOAL + 2)
        others = rng.choices(
            ["skipped", "snoozed", "missed"], weights=[3, 4, 2], k=rng.randint(0, 3)
        )
        rows += _rows(day, taken, others, rng)
    return rows


def long_streak(today: date) -> list[str]:
    """Ninety-odd days, every active day met; the odd rest day does not break the run."""
    rng = random.Random(90)
    rows: list[str] = []
    for back in range(96, -1, -1):
        day = today - timedelta(days=back)
        if day.weekday() == 6 and rng.random() < 0.5:
            continue
        others = rng.choices(
            ["skipped", "snoozed", "missed"], weights=[2, 3, 1], k=rng.randint(0, 2)
        )
        rows += _rows(day, rng.randint(GOAL, GOAL + 3), others, rng)
    return rows


def _open_history(session: XSession) -> int:
    icon = _tray_icon(session)
    x, y, w, h = _geometry(session, icon)
    session.x("xdotool", "mousemove", str(x + w // 2), str(y + h // 2), "click", "3")
    time.sleep(0.8)  # the menu maps; keys sent earlier would go to the previous focus
    # The first enabled entry is "Take a break now"; "Weekly history…" comes next.
    session.x("xdotool", "key", "Down", "Down", "Return")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        window = session.find_window(TITLE)
        if window is not None:
            return window.id
        time.sleep(0.2)
    raise SystemExit("the history window did not open from the tray menu")


def import_history(env: AppEnv, work: Path, history: Callable[[date], list[str]]) -> None:
    """Give the profile ``history`` (rows ending today) through ``psoasbreak import``."""
    source = work / "history.csv"
    source.write_text("\n".join([HEADER, *history(date.today())]) + "\n", encoding="utf-8")
    result = run_cli(env, "import", str(source))
    if result.returncode != 0:
        raise SystemExit(result.stderr)


def shoot(
    session: XSession,
    work: Path,
    out: Path,
    history: Callable[[date], list[str]] | None,
    keys: tuple[str, ...] = (),
) -> None:
    env = AppEnv(work, session)
    env.write_config(
        {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0, "daily_goal": GOAL}
    )
    try:
        if history is not None:
            import_history(env, work, history)
        with RunningApp(env) as app:
            window = _open_history(session)
            if keys:
                session.activate(window)
                session.x("xdotool", "key", *keys)
            session.x("xdotool", "mousemove", "5", "795")  # no hover highlight, no tooltip
            time.sleep(0.8)
            shot = app.screenshot(out.stem)
            _crop(shot, out, _geometry(session, _frame(session, window)))
    finally:
        env.close()


def take(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_desktop() as (work, session):
        for name, history, keys in (
            ("history-empty", None, ()),
            ("history-week", typical, ("Left",)),  # last week: a whole week to look at
            ("history-streak", long_streak, ()),
        ):
            (work / name).mkdir()
            shoot(session, work / name, out_dir / f"{name}.png", history, keys)


if __name__ == "__main__":
    take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
