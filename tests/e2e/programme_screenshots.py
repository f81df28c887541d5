"""Take the README's screenshots of the programme from the real app under Xvfb + openbox.

    python -m tests.e2e.programme_screenshots docs/screenshots

One profile with the programme on (strength Mon/Wed/Fri, dumbbells) and a week of breaks
imported with ``psoasbreak import``; the sessions of the last weeks are written into the same
history file before the app starts (no command imports sessions). Then ``psoasbreak session-now
strength`` opens the session window: an exercise, a rest (Space counts the bridge's 20 knee
drives), and the summary (the bridge done, its step up offered after the earlier sessions; Tab
Tab Space is "End exercise" on the other three); then the weekly history from the tray menu,
with the sessions marked (last week early in a week). Takes about 30 s.
"""

from __future__ import annotations

import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from psoasbreak.core.programme import RoutineKind, SessionRecord, Step, StepRecord
from psoasbreak.storage.database import HistoryDatabase
from tests.e2e.history_screenshots import _open_history, import_history, typical
from tests.e2e.screenshots import _crop, _frame, _geometry
from tests.e2e.xsession import AppEnv, RunningApp, XSession, scratch_desktop

SESSION_TITLE = r"^Strength session$"


def _sessions(today: date) -> list[SessionRecord]:
    """Strength on the Mondays, Wednesdays and Fridays of the last three weeks up to today (one
    missed), and a mobility routine most mornings."""
    zone = datetime.now().astimezone().tzinfo
    done = (
        StepRecord("bridge-knee-drive", 1, Step.COMPLETED, 3),
        StepRecord("single-leg-deadlift", 1, Step.COMPLETED, 3),
        StepRecord("farmer-carry", 2, Step.COMPLETED, 3),
        StepRecord("knee-raise", 1, Step.COMPLETED, 3),
    )
    sessions = []
    for back in range(20, -1, -1):
        day = today - timedelta(days=back)
        noon = datetime(day.year, day.month, day.day, 12, 30, tzinfo=zone)
        morning = datetime(day.year, day.month, day.day, 9, 0, tzinfo=zone)
        if day.weekday() in (0, 2, 4) and back != 9 and noon < datetime.now(zone):
            sessions.append(
                SessionRecord(RoutineKind.STRENGTH, noon, noon + timedelta(minutes=24), True, done)
            )
        if day.weekday() < 5 and back % 3 and morning < datetime.now(zone):
            steps = (StepRecord("supported-lunge", 1, Step.COMPLETED, 2),)
            sessions.append(
                SessionRecord(
                    RoutineKind.MOBILITY, morning, morning + timedelta(minutes=5), True, steps
                )
            )
    return sessions


def _window_shot(app: RunningApp, session: XSession, wid: int, out: Path) -> None:
    session.x("xdotool", "mousemove", "5", "795")  # no hover highlight, no tooltip
    time.sleep(0.8)
    shot = app.screenshot(out.stem)
    _crop(shot, out, _geometry(session, _frame(session, wid)))


def take(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with scratch_desktop() as (work, session):
        env = AppEnv(work, session)
        env.write_config(
            {
                "sound": False,
                "prompt_style": "window",
                "idle_reset_minutes": 0,
                "daily_goal": 6,
                "programme": {
                    "strength": True,
                    "strength_days": ["mon", "wed", "fri"],
                    "equipment": ["dumbbells"],
                },
            }
        )
        try:
            import_history(env, work, typical)
            history = Path(env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"
            with HistoryDatabase.open(history) as database:
                for record in _sessions(date.today()):
                    database.record_session(record)
            with RunningApp(env) as app:
                app.cli_ok("session-now", "strength")
                window = app.wait_for(lambda: app.find_window(SESSION_TITLE), 20, "the window")
                session.activate(window.id)
                session.x("xdotool", "key", "space", "space", "space")
                _window_shot(app, session, window.id, out_dir / "programme-exercise.png")
                session.x("xdotool", "key", *(["space"] * 17))
                _window_shot(app, session, window.id, out_dir / "programme-rest.png")
                session.x("xdotool", "key", "space")  # end the rest
                session.x("xdotool", "key", *(["space"] * 20), "space")  # set 2, its rest
                session.x("xdotool", "key", *(["space"] * 20))  # set 3: the bridge is done
                for _ in range(3):  # "End exercise" on what is left
                    session.x("xdotool", "key", "Tab", "Tab", "space")
                    time.sleep(0.2)
                _window_shot(app, session, window.id, out_dir / "programme-summary.png")
                session.x("xdotool", "key", "Escape")
                app.wait_status(lambda s: s["state"] == "working", 10, "the session to end")
                history_window = _open_history(session)
                if date.today().weekday() < 2:  # early in the week: last week has more to show
                    session.activate(history_window)
                    session.x("xdotool", "key", "Left")
                _window_shot(app, session, history_window, out_dir / "history-programme.png")
        finally:
            env.close()


if __name__ == "__main__":
    take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
