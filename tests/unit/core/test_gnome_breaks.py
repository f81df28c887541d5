"""The rules about GNOME 48's own movement reminders (core/gnome_breaks.py), on a FakeClock: our
prompt never within a minute of GNOME's, the choice offered only while it is open."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from psoasbreak.core.clock import FakeClock
from psoasbreak.core.gnome_breaks import (
    PROMPT_GAP,
    GnomeBreakFacts,
    GnomeBreakQuiet,
    GnomeChoice,
    movement_selected,
    offer_choice,
    without_movement,
)
from psoasbreak.core.quiet import QuietReason

NOW = datetime(2030, 1, 9, 10, 0, tzinfo=timezone.utc)
INTERVAL = timedelta(minutes=30)


class Gnome:
    def __init__(self, facts: GnomeBreakFacts) -> None:
        self.now = facts

    def __call__(self) -> GnomeBreakFacts:
        return self.now


def test_the_selection_and_the_offer() -> None:
    assert movement_selected(("eyesight", "movement"))
    assert not movement_selected(("eyesight",)) and not movement_selected(None)
    assert without_movement(("eyesight", "movement")) == ("eyesight",)
    assert offer_choice(True, GnomeChoice.UNDECIDED)
    assert not offer_choice(True, GnomeChoice.KEEP_BOTH)
    assert not offer_choice(True, GnomeChoice.TURNED_OFF)
    assert not offer_choice(False, GnomeChoice.UNDECIDED)


def test_with_gnomes_movement_breaks_off_nothing_waits() -> None:
    gnome = Gnome(GnomeBreakFacts(movement_on=False, prompting=True))
    assert GnomeBreakQuiet(gnome, FakeClock(NOW)).quiet_reason() is None


def test_ours_waits_while_gnomes_prompt_is_out_and_a_minute_after() -> None:
    clock = FakeClock(NOW)
    gnome = Gnome(GnomeBreakFacts(True, prompting=True))
    quiet = GnomeBreakQuiet(gnome, clock)
    assert quiet.quiet_reason() is QuietReason.GNOME_BREAK
    gnome.now = GnomeBreakFacts(True, prompting=False)  # dismissed, or delayed
    clock.advance(PROMPT_GAP.total_seconds() - 1)
    assert quiet.quiet_reason() is QuietReason.GNOME_BREAK
    clock.advance(1)
    assert quiet.quiet_reason() is None


def test_ours_waits_in_the_minute_before_gnomes_falls_due() -> None:
    clock = FakeClock(NOW)
    last = NOW - INTERVAL + timedelta(seconds=30)  # GNOME's next prompt in 30 s
    quiet = GnomeBreakQuiet(Gnome(GnomeBreakFacts(True, False, last, INTERVAL)), clock)
    assert quiet.quiet_reason() is QuietReason.GNOME_BREAK
    assert QuietReason.GNOME_BREAK.waiting_for == "gnome-break"
    clock.advance(31)  # GNOME's is due now and shows: the shell says so (prompting) next time
    assert quiet.quiet_reason() is None
    earlier = GnomeBreakQuiet(
        Gnome(GnomeBreakFacts(True, False, NOW - INTERVAL + PROMPT_GAP, INTERVAL)), FakeClock(NOW)
    )
    assert earlier.quiet_reason() is None  # GNOME's is more than a minute away


def test_without_gnomes_timing_only_its_prompt_holds_ours() -> None:
    quiet = GnomeBreakQuiet(Gnome(GnomeBreakFacts(True)), FakeClock(NOW))
    assert quiet.quiet_reason() is None
