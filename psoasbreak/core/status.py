"""The ``status --json`` document (DESIGN §3), built from plain values so the contract has one home."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from psoasbreak.core.history import DayCounts, Streak
from psoasbreak.core.session import SessionStatus


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def status_document(
    status: SessionStatus,
    today: DayCounts,
    goal: int,
    streak: Streak,
    programme: dict[str, Any] | None = None,
    sync: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """``programme`` is core.programme.programme_status's answer (None while it is off);
    ``sync`` the sync folder and the other machines (None while it is off)."""
    counts = today.counts_json()
    return {
        "state": status.state.value,
        "next_break_at": _iso(status.next_break_at),
        "paused_until": _iso(status.paused_until),
        "today": {"date": today.day.isoformat(), **counts, "goal": goal},
        "streak": {"current": streak.current, "best": streak.best},
        "waiting_for": status.held_reason.waiting_for if status.held_reason else None,
        "sync": sync,
        "programme": programme,
    }
