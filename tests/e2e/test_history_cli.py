"""End-to-end tests of ``psoasbreak stats``, ``export`` and ``import`` with the real command.

A generated CSV covers six past weeks: met, unmet and rest days, a trip to New York (-05:00),
breaks at 23:59 and 00:00. The expected ``stats --json`` of every week is worked out here from
the CSV text alone (an event's day is the date written in its ``at``), independently of the app.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.xsession import AppEnv, RunningApp, app_processes, describe, run_cli

pytestmark = pytest.mark.e2e

GOAL = 3
QUIET = {"sound": False, "prompt_style": "window", "idle_reset_minutes": 0, "daily_goal": GOAL}
COUNTS = ("completed", "natural", "skipped", "snoozed", "missed")
HEADER = "at,outcome,exercise,seconds"
# One letter a day, Monday first, for the six weeks before this one:
# M met (taken >= goal), u active but unmet, r rest day (no events).
PLAN = ["MMMMMrr", "uMMMMMM", "MrMrMrM", "MMuMMrr", "rrrrrrr", "MMMMMMM"]
TRIP = range(14, 21)  # days (from the first Monday) spent in New York


@dataclass
class History:
    """A generated history: its CSV lines and the counts per local date they should give."""

    rows: list[str] = field(default_factory=list)
    days: dict[date, dict[str, int]] = field(default_factory=dict)
    mondays: list[date] = field(default_factory=list)

    def add(self, day: date, clock: str, offset: str, outcome: str) -> None:
        exercise = {"completed": "stretch", "skipped": "breathing"}.get(outcome, "")
        seconds = {"completed": 60, "skipped": 7}.get(outcome, 0)
        self.rows.append(f"{day.isoformat()}T{clock}{offset},{outcome},{exercise},{seconds}")
        counts = self.days.setdefault(day, dict.fromkeys(COUNTS, 0))
        counts[outcome] += 1

    def csv(self) -> str:
        return "\n".join([HEADER, *self.rows]) + "\n"

    def taken(self, day: date) -> int:
        counts = self.days.get(day)
        return counts["completed"] + counts["natural"] if counts else 0

    def streak(self, today: date) -> dict[str, int]:
        """DESIGN §6 read literally: rest days skipped, an unmet active day (not today) breaks."""
        run = best = 0
        for day in sorted(d for d in self.days if d <= today):
            if self.taken(day) >= GOAL:
                run += 1
            elif day != today:
                run = 0
            best = max(best, run)
        return {"current": run, "best": best}

    def week_json(self, monday: date, today: date) -> dict[str, Any]:
        days = []
        for day in (monday + timedelta(n) for n in range(7)):
            counts = self.days.get(day, dict.fromkeys(COUNTS, 0))
            days.append({"date": day.isoformat(), **counts, "goal_met": self.taken(day) >= GOAL})
        year, week, _ = monday.isocalendar()
        return {
            "week": f"{year}-W{week:02d}",
            "days": days,
            "totals": {name: sum(d[name] for d in days) for name in COUNTS},
            "streak": self.streak(today),
            # Added by issue 20: breaks only here, so no programme sessions.
            "programme": {
                "strength_sessions": 0,
                "mobility_sessions": 0,
                "strength_target": 0,
                "strength_week_streak": 0,
                "sessions": [],
            },
        }


def generate(today: date, seed: int = 48) -> History:
    rng = random.Random(seed)
    this_monday = today - timedelta(today.weekday())
    first = this_monday - timedelta(weeks=len(PLAN))
    history = History(mondays=[first + timedelta(weeks=n) for n in range(len(PLAN))])
    for n, kind in enumerate("".join(PLAN)):
        day = first + timedelta(n)
        offset = "-05:00" if n in TRIP else "+01:00"
        if kind == "r":
            continue
        taken = GOAL + rng.randint(0, 2) if kind == "M" else rng.randint(0, GOAL - 1)
        outcomes = [rng.choice(["completed", "completed", "natural"]) for _ in range(taken)]
        outcomes += rng.choices(
            ["skipped", "snoozed", "missed"], k=rng.randint(0 if taken else 1, 3)
        )
        rng.shuffle(outcomes)
        # The first break of a day at 00:00 and the last at 23:59: the day's own edges.
        clocks = ["00:00:00"] + [
            f"{9 + i}:{rng.randint(0, 59):02d}:00" for i in range(len(outcomes) - 2)
        ]
        clocks += ["23:59:00"] if len(outcomes) > 1 else []
        for clock, outcome in zip(clocks, outcomes, strict=True):
            history.add(day, clock.zfill(8), offset, outcome)
    return history


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def ok(env: AppEnv, *args: str) -> str:
    result = run_cli(env, *args)
    assert result.returncode == 0, describe(result)
    return result.stdout


def stats(env: AppEnv, monday: date | None = None) -> dict[str, Any]:
    args = ["stats", "--json"] + (["--week", week_label(monday)] if monday else [])
    return json.loads(ok(env, *args))


def write_csv(env: AppEnv, name: str, text: str) -> Path:
    path = env.tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def database(env: AppEnv) -> Path:
    return Path(env["XDG_DATA_HOME"]) / "psoasbreak" / "history.sqlite3"


@pytest.fixture
def env(app_env: AppEnv) -> AppEnv:
    app_env.write_config(QUIET)
    return app_env


@pytest.fixture
def history() -> History:
    return generate(date.today())


def test_stats_without_history_needs_no_app_and_creates_nothing(env: AppEnv) -> None:
    result = stats(env)
    assert result["totals"] == dict.fromkeys(COUNTS, 0)
    assert result["week"] == week_label(date.today() - timedelta(date.today().weekday()))
    table = ok(env, "stats")
    assert "No breaks recorded this week." in table
    assert not database(env).exists(), "stats must not create the history"
    assert app_processes(env) == [], "stats must not start the app"


def test_import_then_stats_for_every_week(env: AppEnv, history: History) -> None:
    source = write_csv(env, "history.csv", history.csv())
    out = ok(env, "import", str(source))
    assert out == f"Imported {source}: {len(history.rows)} breaks added, 0 already there.\n"
    today = date.today()
    for monday in history.mondays:
        assert stats(env, monday) == history.week_json(monday, today), week_label(monday)
    this_week = stats(env)
    assert this_week["totals"] == dict.fromkeys(COUNTS, 0)
    assert this_week["streak"] == history.streak(today)
    # The plan's last week is all met, after an empty week: the current run is exactly 7 + the
    # met days of the weeks before it, back to the last unmet day.
    assert history.streak(today)["current"] >= 7
    table = ok(env, "stats", "--week", week_label(history.mondays[-1]))
    assert table.count("✓") == 7, table


def test_reimport_adds_nothing_and_changes_nothing(env: AppEnv, history: History) -> None:
    source = write_csv(env, "history.csv", history.csv())
    ok(env, "import", str(source))
    before = [stats(env, m) for m in history.mondays]
    exported = ok(env, "export")
    out = ok(env, "import", str(source))
    assert out == f"Imported {source}: 0 breaks added, {len(history.rows)} already there.\n"
    assert [stats(env, m) for m in history.mondays] == before
    assert ok(env, "export") == exported


def test_malformed_csv_is_refused_with_its_line_number_and_changes_nothing(
    env: AppEnv, history: History
) -> None:
    ok(env, "import", str(write_csv(env, "history.csv", history.csv())))
    before = [stats(env, m) for m in history.mondays]
    exported = ok(env, "export")

    extra = date.today() - timedelta(days=1)
    good = f"{extra.isoformat()}T10:00:00+01:00,completed,stretch,60"
    lines = [HEADER, good, good.replace("T10", "T11"), good.replace("60", "sixty"), good]
    bad = write_csv(env, "bad.csv", "\n".join(lines) + "\n")
    result = run_cli(env, "import", str(bad))
    assert result.returncode == 1, describe(result)
    message = result.stderr.strip().splitlines()
    assert len(message) == 1, describe(result)
    assert "line 4" in message[0] and "'seconds' is 'sixty'" in message[0], message[0]
    assert "nothing was imported" in message[0]
    assert result.stdout == ""
    assert [stats(env, m) for m in history.mondays] == before
    assert ok(env, "export") == exported, "the good rows before the bad one must not be imported"


def test_malformed_csv_into_an_empty_profile_creates_no_history(env: AppEnv) -> None:
    bad = write_csv(env, "bad.csv", f"{HEADER}\n2026-11-25T10:00:00,completed,stretch,60\n")
    result = run_cli(env, "import", str(bad))
    assert result.returncode == 1, describe(result)
    assert "line 2" in result.stderr and "no UTC offset" in result.stderr, describe(result)
    assert not database(env).exists()


def test_export_then_import_into_an_empty_profile_gives_identical_stats(
    env: AppEnv, history: History, tmp_path: Path
) -> None:
    ok(env, "import", str(write_csv(env, "history.csv", history.csv())))
    exported = tmp_path / "exported.csv"
    assert ok(env, "export", "-o", str(exported)) == (
        f"Exported {len(history.rows)} breaks to {exported}.\n"
    )
    assert sorted(exported.read_text().splitlines()[1:]) == sorted(history.rows)

    (tmp_path / "other").mkdir()
    other = AppEnv(tmp_path / "other", env.xsession)
    try:
        other.write_config(QUIET)
        assert stats(other)["streak"] == {"current": 0, "best": 0}
        ok(other, "import", str(exported))
        for monday in [*history.mondays, None]:
            assert stats(other, monday) == stats(env, monday)
        assert ok(other, "export") == ok(env, "export")
        assert ok(other, "export", "--format", "json") == ok(env, "export", "--format", "json")
    finally:
        other.close()


def test_import_while_the_app_runs_is_seen_by_the_app(env: AppEnv, history: History) -> None:
    today = date.today()
    with RunningApp(env) as app:
        assert app.status()["streak"] == {"current": 0, "best": 0}
        rows = [f"{today.isoformat()}T00:00:01+01:00,natural,,0"]
        source = write_csv(env, "history.csv", history.csv() + "\n".join(rows) + "\n")
        ok(env, "import", str(source))
        status = app.status()
        assert status["streak"] == history.streak(today) == stats(env)["streak"]
        assert status["today"]["natural"] == 1, status
        assert stats(env)["days"][today.weekday()]["natural"] == 1
        assert app_processes(env) == [app.pid], "the history commands must not start another app"


@pytest.mark.parametrize("week", ["2026-W54", "W48", "2026-W4"])
def test_stats_bad_week_exits_2_in_one_line(env: AppEnv, week: str) -> None:
    result = run_cli(env, "stats", "--week", week)
    assert result.returncode == 2, describe(result)
    assert len(result.stderr.strip().splitlines()) == 1, describe(result)
    assert week in result.stderr
