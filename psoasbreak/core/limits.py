"""Limits on skipping (DESIGN §4, opt-in): which of a prompt's answers are still offered.

The limits are meant to be kind, not a cage, so they only ever take a button away and say why:

- ``max_skips_per_day``: once that many breaks were skipped on the local day, Skip is replaced
  by Snooze until local midnight. The count is the day's ``skipped`` outcomes in the history,
  the same figure ``stats`` shows (an exercise stopped early is skipped there too), so a restart
  or a second look at the history never disagrees with what the prompt offers.
- ``max_snoozes_per_break``: after that many snoozes of one break, Snooze is gone for that break
  (it comes back with the next one).
- Start is always offered; with both used up, an unanswered prompt is missed as usual.

0 means no limit, the default, so a user who never sets them sees no change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PromptChoices:
    """What a prompt offers besides Start, and the limits that took a button away (for the
    sentence that says why)."""

    snooze: bool = True
    skip: bool = True
    #: The daily skip limit when it removed Skip (else 0).
    skips_limit: int = 0
    #: The per-break snooze limit when it removed Snooze (else 0).
    snoozes_limit: int = 0

    def __str__(self) -> str:
        """The answers offered, as the log says them: "start, snooze, skip"."""
        offered = ("start", "snooze" if self.snooze else "", "skip" if self.skip else "")
        return ", ".join(filter(None, offered))


#: Every answer offered: no limit set, or none reached.
ALL_CHOICES = PromptChoices()


def prompt_choices(
    max_skips_per_day: int,
    max_snoozes_per_break: int,
    skipped_today: int,
    snoozed_this_break: int,
) -> PromptChoices:
    """The answers a prompt offers after ``skipped_today`` skips on this local day and
    ``snoozed_this_break`` snoozes of the break it asks about (a limit of 0 is no limit)."""
    skip = max_skips_per_day == 0 or skipped_today < max_skips_per_day
    snooze = max_snoozes_per_break == 0 or snoozed_this_break < max_snoozes_per_break
    return PromptChoices(
        snooze=snooze,
        skip=skip,
        skips_limit=0 if skip else max_skips_per_day,
        snoozes_limit=0 if snooze else max_snoozes_per_break,
    )
