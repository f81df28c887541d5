"""Two machines, one history (issue 19), end to end: two real ``psoasbreak`` apps, each with its
own profile (config, history, machine id), share one folder on the X test desktop. A break
completed on one moves the other's next break and counts in both apps' ``stats --json``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.e2e.sync_apps import INTERVAL, completed, machine_id, profile
from tests.e2e.xsession import AppEnv, RunningApp, XSession

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


def stats(app: RunningApp) -> dict[str, object]:
    document = json.loads(app.cli_ok("stats", "--json").stdout)
    assert isinstance(document, dict)
    return document


def test_a_break_on_one_machine_moves_the_others_next_break_and_counts_on_both(
    tmp_path: Path, xsession: XSession
) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    laptop_env = profile(tmp_path, xsession, "laptop", shared)
    desktop_env = profile(tmp_path, xsession, "desktop", shared)
    try:
        with (
            RunningApp(laptop_env, name="laptop") as laptop,
            RunningApp(desktop_env, name="desktop") as desktop,
        ):
            before = datetime.fromisoformat(desktop.status()["next_break_at"])
            files = laptop.wait_for(
                lambda: (
                    sorted(p.name for p in (shared / "psoasbreak").glob("*.jsonl"))
                    if len(list((shared / "psoasbreak").glob("*.jsonl"))) == 2
                    else None
                ),
                20,
                "both machines' files in the shared folder",
            )
            assert len(set(files)) == 2, files
            assert desktop.status()["sync"]["folder"] == str(shared)

            assert laptop.cli_ok("break-now").returncode == 0
            laptop.wait_for(
                lambda: stats(laptop)["totals"]["completed"] == 1,  # type: ignore[index]
                60,
                "the laptop's break to complete",
            )
            ended = laptop_break_end(laptop_env)
            # The desktop hears of it through the folder: its interval starts from that break.
            moved = desktop.wait_status(
                lambda s: datetime.fromisoformat(s["next_break_at"]) > before,
                20,
                "the desktop's next break to move",
            )
            due = datetime.fromisoformat(moved["next_break_at"])
            assert abs(due - (ended + timedelta(minutes=INTERVAL))) < timedelta(seconds=2), (
                due,
                ended,
            )
            assert [m["name"] for m in moved["sync"]["machines"]] == [own_name(shared, laptop_env)]
            desktop.wait_for(
                lambda: stats(desktop)["totals"] == stats(laptop)["totals"],
                10,
                "both machines to count the same",
            )
            on_desktop, on_laptop = stats(desktop), stats(laptop)
            assert on_desktop["streak"] == on_laptop["streak"]
            assert on_desktop["days"] == on_laptop["days"]
            # The break is the laptop's: the desktop does not share it as its own.
            desktop_file = own_file(shared, desktop_env)
            assert '"break"' not in desktop_file.read_text()
    finally:
        laptop_env.close()
        desktop_env.close()


def own_file(shared: Path, env: AppEnv) -> Path:
    return shared / "psoasbreak" / f"{machine_id(env)}.jsonl"


def own_name(shared: Path, env: AppEnv) -> str:
    header = json.loads(own_file(shared, env).read_text().splitlines()[0])
    name = header["name"]
    assert isinstance(name, str)
    return name


def laptop_break_end(env: AppEnv) -> datetime:
    """When the laptop's completed break ended, as its history says."""
    (at,) = completed(env)
    return datetime.fromisoformat(at)
