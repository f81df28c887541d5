"""``psoasbreak stats``, ``export`` and ``import`` through ``cli.main``, on a private profile."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from psoasbreak.cli import main
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.storage.database import HistoryDatabase

BERLIN = ZoneInfo("Europe/Berlin")
# Thursday 26 November 2026, in ISO week 2026-W48 (Mon 23 – Sun 29).
NOW = datetime(2026, 11, 26, 15, 0, tzinfo=BERLIN)
COUNT_KEYS = ("completed", "natural", "skipped", "snoozed", "missed")

SAMPLE_CSV = """at,outcome,exercise,seconds
2026-11-22T10:00:00+01:00,completed,stretch,60
2026-11-22T11:00:00+01:00,natural,,0
2026-11-23T09:00:00+01:00,completed,breathing,60
2026-11-23T10:00:00+01:00,completed,stretch,60
2026-11-23T11:00:00+01:00,skipped,stretch,5
2026-11-24T23:59:00+01:00,completed,stretch,60
2026-11-25T00:00:00+01:00,snoozed,breathing,0
2026-11-25T18:30:00-05:00,missed,,0
2026-11-26T08:00:00+01:00,completed,breathing,60
"""


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(tmp_path / name.lower()))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    with time_machine.travel(NOW, tick=False):
        yield tmp_path


def database_file(profile: Path) -> Path:
    return profile / "data" / "psoasbreak" / "history.sqlite3"


def write(profile: Path, name: str, text: str) -> Path:
    path = profile / name
    path.write_text(text, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def stats_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    code, out, err = run(capsys, "stats", "--json", *args)
    assert (code, err) == (0, ""), err
    return json.loads(out)


def day(d: str, goal_met: bool = False, **counts: int) -> dict:
    return {"date": d, **{k: counts.get(k, 0) for k in COUNT_KEYS}, "goal_met": goal_met}


# -- stats --------------------------------------------------------------------------------------


def test_stats_without_a_history_is_an_empty_week_and_creates_nothing(profile, capsys) -> None:
    result = stats_json(capsys)
    assert result["week"] == "2026-W48"
    assert [d["date"] for d in result["days"]] == [f"2026-11-{n}" for n in range(23, 30)]
    assert all(d == day(d["date"]) for d in result["days"])
    assert result["totals"] == dict.fromkeys(COUNT_KEYS, 0)
    assert result["streak"] == {"current": 0, "best": 0}
    assert not (profile / "data").exists(), "stats must not create the history"


def test_stats_json_for_this_and_other_weeks(profile, capsys) -> None:
    (profile / "config" / "psoasbreak").mkdir(parents=True)
    (profile / "config" / "psoasbreak" / "config.toml").write_text("daily_goal = 2\n")
    assert run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))[0] == 0

    this_week = stats_json(capsys)
    assert this_week == stats_json(capsys, "--week", "2026-W48")
    assert this_week == {
        "week": "2026-W48",
        "days": [
            day("2026-11-23", True, completed=2, skipped=1),
            day("2026-11-24", completed=1),
            # 18:30 in New York is the 26th in Berlin, but it counts on the day it was lived.
            day("2026-11-25", snoozed=1, missed=1),
            day("2026-11-26", completed=1),
            day("2026-11-27"),
            day("2026-11-28"),
            day("2026-11-29"),
        ],
        "totals": {"completed": 4, "natural": 0, "skipped": 1, "snoozed": 1, "missed": 1},
        # Sun + Mon met; Tue (1 of 2) broke the run; Thu is today and still in progress.
        "streak": {"current": 0, "best": 2},
        # An added key (issue 20): no programme here, so nothing in it.
        "programme": {
            "strength_sessions": 0,
            "mobility_sessions": 0,
            "strength_target": 0,
            "strength_week_streak": 0,
            "sessions": [],
        },
    }
    last_week = stats_json(capsys, "--week", "2026-W47")
    assert last_week["days"][-1] == day("2026-11-22", True, completed=1, natural=1)
    assert last_week["totals"] == {"completed": 1, "natural": 1, "skipped": 0, "snoozed": 0,
                                   "missed": 0}  # fmt: skip
    assert last_week["streak"] == this_week["streak"], "the streak is judged as of today"
    assert stats_json(capsys, "--week", "2020-W01")["totals"] == dict.fromkeys(COUNT_KEYS, 0)


def test_stats_table_is_readable(profile, capsys) -> None:
    run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))
    (profile / "config" / "psoasbreak").mkdir(parents=True)
    (profile / "config" / "psoasbreak" / "config.toml").write_text("daily_goal = 2\n")
    code, out, err = run(capsys, "stats")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Week 2026-W48: Mon 23 Nov – Sun 29 Nov 2026. Daily goal: 2 breaks taken."
    assert lines[2].split() == ["taken", *COUNT_KEYS, "goal"]
    monday = next(line for line in lines if line.startswith("Mon 23 Nov"))
    assert monday.split() == ["Mon", "23", "Nov", "2", "2", "0", "1", "0", "0", "✓"]
    thursday = next(line for line in lines if line.startswith("Thu 26 Nov"))
    assert thursday.split()[-1] == "(today)" and "✓" not in thursday
    total = next(line for line in lines if line.startswith("total"))
    assert total.split() == ["total", "4", "4", "0", "1", "1", "1", "1/7"]
    assert "Completion rate: 67% (4 taken of 6 breaks that ended" in out
    assert "Streak: 0 days, best 2 days." in out


def test_stats_uses_the_default_goal_and_reports_a_bad_one(profile, capsys) -> None:
    (profile / "config" / "psoasbreak").mkdir(parents=True)
    (profile / "config" / "psoasbreak" / "config.toml").write_text("daily_goal = 500\n")
    code, out, err = run(capsys, "stats")
    assert code == 0
    assert "Daily goal: 6 breaks taken." in out
    assert "daily_goal" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("week", ["2026-W54", "2025-W53", "48", "2026W48", "next"])
def test_stats_bad_week_is_a_one_line_usage_error(profile, capsys, week: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["stats", "--week", week])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert f"'{week}' is not an ISO week" in err


def test_stats_on_a_history_from_a_newer_version_fails_in_one_line(profile, capsys) -> None:
    path = database_file(profile)
    HistoryDatabase.open(path).close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, out, err = run(capsys, "stats", "--json")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "newer psoasbreak" in err


# -- export -------------------------------------------------------------------------------------


def test_export_without_a_history_is_just_the_header(profile, capsys) -> None:
    assert run(capsys, "export") == (0, "at,outcome,exercise,seconds\n", "")
    assert run(capsys, "export", "--format", "json") == (0, "[]\n", "")
    assert not (profile / "data").exists()


def test_export_csv_and_json_in_time_order(profile, capsys) -> None:
    with HistoryDatabase.open(database_file(profile)) as db:
        db.record(BreakEvent(datetime.fromisoformat("2026-11-25T18:30:00-05:00"), Outcome.MISSED))
        at = datetime.fromisoformat("2026-11-23T09:00:00+01:00")
        db.record(BreakEvent(at, Outcome.COMPLETED, "stretch", 60))
    code, out, _ = run(capsys, "export")
    assert code == 0
    assert out == (
        "at,outcome,exercise,seconds\n"
        "2026-11-23T09:00:00+01:00,completed,stretch,60\n"
        "2026-11-25T18:30:00-05:00,missed,,0\n"
    )
    code, out, _ = run(capsys, "export", "--format", "json")
    assert json.loads(out) == [
        {"at": "2026-11-23T09:00:00+01:00", "outcome": "completed", "exercise": "stretch",
         "seconds": 60},
        {"at": "2026-11-25T18:30:00-05:00", "outcome": "missed", "exercise": None, "seconds": 0},
    ]  # fmt: skip


def test_export_to_a_file(profile, capsys) -> None:
    run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))
    target = profile / "out.csv"
    code, out, err = run(capsys, "export", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Exported 9 breaks to {target}.\n"
    assert target.read_text() == SAMPLE_CSV
    assert [p.name for p in profile.iterdir() if p.name.startswith(".out.csv")] == []


def test_export_dash_is_standard_output(profile, capsys) -> None:
    run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))
    assert run(capsys, "export", "-o", "-") == (0, SAMPLE_CSV, "")


def test_export_to_a_missing_folder_fails_in_one_line(profile, capsys) -> None:
    code, out, err = run(capsys, "export", "-o", str(profile / "nowhere" / "out.csv"))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "cannot write" in err


# -- import -------------------------------------------------------------------------------------


def test_import_counts_added_and_already_there_and_is_idempotent(profile, capsys) -> None:
    source = write(profile, "in.csv", SAMPLE_CSV)
    assert run(capsys, "import", str(source)) == (
        0, f"Imported {source}: 9 breaks added, 0 already there.\n", ""
    )  # fmt: skip
    before = stats_json(capsys)
    assert run(capsys, "import", str(source)) == (
        0, f"Imported {source}: 0 breaks added, 9 already there.\n", ""
    )  # fmt: skip
    assert stats_json(capsys) == before
    more = write(profile, "more.csv", SAMPLE_CSV + "2026-11-27T09:00:00+01:00,natural,,0\n")
    assert run(capsys, "import", str(more))[1] == (
        f"Imported {more}: 1 break added, 9 already there.\n"
    )


def test_import_a_bad_row_imports_nothing_and_names_the_line(profile, capsys) -> None:
    run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))
    before = stats_json(capsys)
    bad = SAMPLE_CSV + "2026-11-27T09:00:00+01:00,natural,,0\n2026-11-27T10:00:00+01:00,nap,,0\n"
    source = write(profile, "bad.csv", bad)
    code, out, err = run(capsys, "import", str(source))
    assert code == 1 and out == ""
    assert err == (
        f"psoasbreak: {source}: line 12: 'outcome' is 'nap'; expected one of completed, skipped,"
        " snoozed, missed, natural; nothing was imported.\n"
    )
    assert stats_json(capsys) == before, "the good row before the bad one must not be imported"


def test_import_a_bad_file_into_no_history_creates_nothing(profile, capsys) -> None:
    source = write(profile, "bad.csv", "when,what\n")
    code, _, err = run(capsys, "import", str(source))
    assert code == 1 and "line 1: expected the header row" in err
    assert not database_file(profile).exists()


def test_import_missing_or_non_utf8_file(profile, capsys) -> None:
    code, _, err = run(capsys, "import", str(profile / "nope.csv"))
    assert code == 1 and "cannot read" in err and "No such file" in err
    latin = profile / "latin.csv"
    latin.write_bytes(b"at,outcome,exercise,seconds\n2026-11-25T09:00:00+01:00,compl\xe9ted,,0\n")
    code, _, err = run(capsys, "import", str(latin))
    assert code == 1 and "line 2: not UTF-8 text; nothing was imported" in err


def test_import_accepts_a_spreadsheet_bom_and_crlf(profile, capsys) -> None:
    path = profile / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SAMPLE_CSV.replace("\n", "\r\n").encode())
    assert run(capsys, "import", str(path))[0] == 0
    assert stats_json(capsys)["totals"]["completed"] == 4


def test_export_then_import_into_an_empty_profile_gives_identical_stats(
    profile, capsys, monkeypatch
) -> None:
    run(capsys, "import", str(write(profile, "in.csv", SAMPLE_CSV)))
    weeks = ["2026-W47", "2026-W48"]
    before = [stats_json(capsys, "--week", w) for w in weeks]
    exported = profile / "exported.csv"
    run(capsys, "export", "-o", str(exported))
    monkeypatch.setenv("XDG_DATA_HOME", str(profile / "other-data"))
    assert stats_json(capsys)["totals"] == dict.fromkeys(COUNT_KEYS, 0)
    assert run(capsys, "import", str(exported))[0] == 0
    assert [stats_json(capsys, "--week", w) for w in weeks] == before
    assert run(capsys, "export") == (0, exported.read_text(), "")


def test_history_commands_never_load_qt(profile) -> None:
    source = write(profile, "in.csv", SAMPLE_CSV)
    code = (
        "import sys\n"
        "from psoasbreak.cli import main\n"
        f"codes = [main(['import', {str(source)!r}]), main(['stats', '--json']),"
        " main(['export', '--format', 'json'])]\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(codes, bad, file=sys.stderr)\n"
    )
    env = {
        "XDG_DATA_HOME": str(profile / "data"),
        "XDG_CONFIG_HOME": str(profile / "config"),
        "XDG_RUNTIME_DIR": str(profile / "run"),
        "HOME": str(profile),
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stderr.strip() == "[0, 0, 0] []"
    assert done.stdout.startswith(f"Imported {source}: 9 breaks added")
    assert '"week": "' in done.stdout and '"outcome": "natural"' in done.stdout


# -- the programme's sessions (issue 20) ---------------------------------------------------------


def _record_sessions(profile: Path) -> None:
    from datetime import timedelta

    from psoasbreak.core.programme import RoutineKind, SessionRecord, Step, StepRecord

    monday = datetime(2026, 11, 23, 12, 30, tzinfo=BERLIN)
    steps = (
        StepRecord("bridge-knee-drive", 1, Step.COMPLETED, 3),
        StepRecord("single-leg-deadlift", 2, Step.HURT, 1),
    )
    database_file(profile).parent.mkdir(parents=True, exist_ok=True)
    with HistoryDatabase.open(database_file(profile)) as db:
        db.record(BreakEvent(monday, Outcome.COMPLETED, "stretch", 60))
        end = monday + timedelta(minutes=22)
        db.record_session(SessionRecord(RoutineKind.STRENGTH, monday, end, True, steps))
        tuesday = monday + timedelta(days=1, hours=-3)
        db.record_session(
            SessionRecord(RoutineKind.MOBILITY, tuesday, tuesday + timedelta(minutes=1), False, ())
        )


def test_export_sessions_writes_them_and_leaves_the_break_export_as_it_was(profile, capsys):
    _record_sessions(profile)
    code, out, _ = run(capsys, "export", "--sessions")
    assert code == 0
    assert out.splitlines() == [
        "started,ended,kind,finished,exercise,level,step,sets",
        "2026-11-23T12:30:00+01:00,2026-11-23T12:52:00+01:00,strength,true,bridge-knee-drive,1,completed,3",
        "2026-11-23T12:30:00+01:00,2026-11-23T12:52:00+01:00,strength,true,single-leg-deadlift,2,hurt,1",
        "2026-11-24T09:30:00+01:00,2026-11-24T09:31:00+01:00,mobility,false,,,,",
    ]
    code, out, _ = run(capsys, "export", "--sessions", "--format", "json")
    sessions = json.loads(out)
    assert [s["session"] for s in sessions] == ["strength", "mobility"]
    assert sessions[0]["steps"][1] == {
        "exercise": "single-leg-deadlift", "level": 2, "step": "hurt", "sets": 1
    }  # fmt: skip
    code, out, _ = run(capsys, "export")
    assert out.splitlines() == [
        "at,outcome,exercise,seconds",
        "2026-11-23T12:30:00+01:00,completed,stretch,60",
    ]


def test_stats_counts_the_weeks_sessions_against_the_strength_target(profile, capsys):
    _record_sessions(profile)
    config = profile / "config" / "psoasbreak" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[programme]\nstrength = true\nstrength_days = ['mon', 'thu']\n")
    week = stats_json(capsys)["programme"]
    assert week == {
        "strength_sessions": 1,
        "mobility_sessions": 0,
        "strength_target": 2,
        "strength_week_streak": 0,
        "sessions": [
            {"date": "2026-11-23", "kind": "strength", "finished": True},
            {"date": "2026-11-24", "kind": "mobility", "finished": False},
        ],
    }
    code, out, _ = run(capsys, "stats")
    assert code == 0
    assert out.rstrip().endswith(
        "Programme: 1 of 2 strength sessions, 0 mobility routine(s); 0 week(s) in a row on target."
    )
