"""Two machines through a real sync engine (issue 19): two real ``psoasbreak`` apps, each with
its own profile, and two real Syncthing instances on loopback (tests/e2e/syncthing_pair.py)
keeping the apps' sync folders the same. A break on one reaches the other's history through
Syncthing within a bounded time; a conflict made on purpose (the laptop's file changed on both
sides while the two are apart) is merged without counting anything twice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.sync import break_line
from tests.e2e.sync_apps import INTERVAL, completed, machine_id, profile
from tests.e2e.syncthing_pair import SyncthingPair, require_syncthing
from tests.e2e.xsession import AppEnv, RunningApp, XSession

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

#: Syncthing delivers in about a second here; this only bounds a broken delivery.
DELIVERY = 60.0


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[SyncthingPair]:
    require_syncthing()
    with SyncthingPair(tmp_path / "syncthing") as started:
        yield started


def take_a_break(app: RunningApp, env: AppEnv, count: int) -> None:
    assert app.cli_ok("break-now").returncode == 0
    app.wait_for(lambda: len(completed(env)) == count, 60, f"break {count} to complete")


def test_a_break_travels_through_syncthing_and_a_conflict_counts_once(
    tmp_path: Path, xsession: XSession, pair: SyncthingPair
) -> None:
    laptop_env = profile(tmp_path, xsession, "laptop", pair.folder_a)
    desktop_env = profile(tmp_path, xsession, "desktop", pair.folder_b)
    try:
        with (
            RunningApp(laptop_env, name="laptop") as laptop,
            RunningApp(desktop_env, name="desktop") as desktop,
        ):
            laptop_file = f"{machine_id(laptop_env)}.jsonl"
            pair.wait_until(
                lambda: (pair.folder_b / "psoasbreak" / laptop_file).exists(),
                DELIVERY,
                "the laptop's file to reach the desktop's folder",
            )
            before = datetime.fromisoformat(desktop.status()["next_break_at"])
            take_a_break(laptop, laptop_env, 1)
            first = completed(laptop_env)
            pair.wait_until(
                lambda: completed(desktop_env) == first, DELIVERY, "the break on the desktop"
            )
            moved = desktop.wait_status(
                lambda s: datetime.fromisoformat(s["next_break_at"]) > before,
                10,
                "the desktop's next break to move",
            )
            ended = datetime.fromisoformat(first[0])
            due = datetime.fromisoformat(moved["next_break_at"])
            assert abs(due - (ended + timedelta(minutes=INTERVAL))) < timedelta(seconds=2)

            # A conflict on purpose: apart, the laptop's file gets another line on the
            # desktop's side (as a cloned disk writing under the laptop's id would), while the
            # laptop takes a second break and rewrites its file on its own side.
            pair.pause()
            stray = BreakEvent(
                datetime.now().astimezone() - timedelta(minutes=3),
                Outcome.COMPLETED,
                "stretch",
                60,
            )
            theirs = pair.folder_b / "psoasbreak" / laptop_file
            edited = theirs.with_name(".edit.tmp")
            edited.write_text(theirs.read_text() + break_line(stray))
            edited.replace(theirs)
            take_a_break(laptop, laptop_env, 2)
            pair.resume()
            pair.wait_until(
                lambda: any(
                    ".sync-conflict-" in p.name
                    for folder in (pair.folder_a, pair.folder_b)
                    for p in (folder / "psoasbreak").iterdir()
                ),
                DELIVERY,
                "Syncthing to keep the two versions as a conflict",
            )
            # Every break once on both machines: the laptop's two and the stray one.
            pair.wait_until(
                lambda: len(completed(desktop_env)) == 3 and len(completed(laptop_env)) == 3,
                DELIVERY,
                "both histories to hold the three breaks",
            )
            assert sorted(completed(desktop_env)) == sorted(completed(laptop_env))
            assert json.loads(desktop.cli_ok("stats", "--json").stdout) == json.loads(
                laptop.cli_ok("stats", "--json").stdout
            )
    finally:
        laptop_env.close()
        desktop_env.close()
