"""The break state machine: working → prompting → on_break → working, with pause on the side.

It owns every decision about what happens next and records each outcome the moment it happens.
It talks outward only through a listener, so the Qt side can show windows without deciding
anything, and tests can drive a whole break cycle by moving a FakeClock and calling ``wakeup``.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol

from psoasbreak.core.away import IdleReading, NoIdleReading, away_since
from psoasbreak.core.clock import Clock
from psoasbreak.core.events import BreakEvent, Outcome
from psoasbreak.core.exercises import Exercise, ExerciseLibrary
from psoasbreak.core.history import DayCounts
from psoasbreak.core.limits import PromptChoices, prompt_choices
from psoasbreak.core.policy import MAX_PAUSE_UNTIL, BreakPolicy
from psoasbreak.core.quiet import NeverQuiet, QuietReason, QuietSource
from psoasbreak.core.sync import UseSpan, longest_uncovered

log = logging.getLogger(__name__)


class State(str, enum.Enum):
    """The public state names of ``status --json`` (DESIGN §3)."""

    WORKING = "working"
    PROMPTING = "prompting"
    ON_BREAK = "on_break"
    PAUSED = "paused"
    OUTSIDE_HOURS = "outside_hours"


class Recorder(Protocol):
    """The history: where outcomes go, and what the day's counts are (the skip limit reads
    them, so the count the prompt goes by is the one ``stats`` shows)."""

    def record(self, event: BreakEvent) -> None:
        """Store the event durably; return only once it is on disk."""
        ...

    def day_counts(self, first: date, last: date) -> Mapping[date, DayCounts]: ...


class Elsewhere(Protocol):
    """What the user's other machines say (issue 19): where they were in use and the breaks
    taken there, up to ``now``; nothing when the history is not shared."""

    def covering(self, now: datetime) -> tuple[UseSpan, ...]: ...


class NowhereElse:
    def covering(self, now: datetime) -> tuple[UseSpan, ...]:
        return ()


class SessionListener(Protocol):
    """What the session tells the outside world. Every method must return quickly."""

    def schedule_changed(self, wake_at: datetime | None) -> None:
        """The next instant the session needs ``wakeup()`` called (None: nothing pending)."""
        ...

    def state_changed(self, status: SessionStatus) -> None: ...

    def prompt_opened(self, exercise: Exercise, choices: PromptChoices) -> None:
        """A prompt asks about ``exercise``, offering Start and the ``choices`` left."""
        ...

    def prompt_closed(self) -> None: ...

    def break_started(self, exercise: Exercise, seconds: int) -> None: ...

    def break_ended(self, event: BreakEvent) -> None: ...

    def outcome_recorded(self, event: BreakEvent) -> None: ...


@dataclass(frozen=True)
class SessionStatus:
    state: State
    next_break_at: datetime | None
    paused_until: datetime | None
    exercise: str | None
    #: Why a break that is due waits (do not disturb); its due time stays in next_break_at.
    held_reason: QuietReason | None = None
    #: The Clock's reading this status describes: what "today" means when it is shown.
    as_of: datetime = field(kw_only=True)


#: A prompt held back by do-not-disturb waits at most this long after it fell due, then counts as
#: missed: an hour covers most meetings and presentations without losing a whole afternoon.
QUIET_HOLD_LIMIT = timedelta(minutes=60)
#: While a prompt is held, do-not-disturb is asked again this often.
QUIET_RECHECK = timedelta(minutes=1)


@dataclass(frozen=True)
class _ActiveBreak:
    exercise: Exercise
    started_mono: float
    seconds: int


class BreakSession:
    """One user's day of breaks. Not thread-safe: call it from one thread (the Qt thread)."""

    def __init__(
        self,
        clock: Clock,
        policy: BreakPolicy,
        library: ExerciseLibrary,
        recorder: Recorder,
        listener: SessionListener,
        quiet: QuietSource | None = None,
        idle: IdleReading | None = None,
        elsewhere: Elsewhere | None = None,
    ) -> None:
        """``idle`` tells how long there has been no input: a break that falls due while the
        user has been away for the idle reset is a natural break, never a prompt.
        ``elsewhere``: the other machines, whose use is not a break here."""
        self._clock = clock
        self._elsewhere: Elsewhere = elsewhere if elsewhere is not None else NowhereElse()
        # The latest break taken on another machine while the user was away from this one.
        self._taken_elsewhere: datetime | None = None
        self._quiet: QuietSource = quiet if quiet is not None else NeverQuiet()
        self._idle: IdleReading = idle if idle is not None else NoIdleReading()
        self._held_since: datetime | None = None  # the due time of a break held back
        self._held_reason: QuietReason | None = None
        self._recheck_at: datetime | None = None
        self._policy = policy
        self._library = library
        self._recorder = recorder
        self._listener = listener
        self._state = State.WORKING
        self._next_break_at: datetime | None = None
        self._paused_until: datetime | None = None
        self._prompt_deadline: datetime | None = None
        self._proposed: Exercise | None = None
        self._choices: PromptChoices | None = None  # what the prompt on screen offers
        self._snoozes = 0  # of the break now pending, for max_snoozes_per_break
        self._active: _ActiveBreak | None = None
        self._programme = False  # a programme session runs (state on_break)
        self._last_exercise: str | None = None
        self._hours_start: datetime | None = None
        self._away_since: datetime | None = None
        # Time away counts from no earlier than this: the last time a fresh interval was planned.
        self._counting_since = clock.now()
        # Wall time of logind's "going to sleep", until the resume or the clocks account for it.
        self._sleep_began: datetime | None = None

    # -- queries -------------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def policy(self) -> BreakPolicy:
        return self._policy

    def status(self) -> SessionStatus:
        exercise = self._active.exercise if self._active else self._proposed
        return SessionStatus(
            state=self._state,
            next_break_at=self._next_break_at,
            paused_until=self._paused_until,
            exercise=exercise.id if exercise else None,
            held_reason=self._held_reason if self._held_since is not None else None,
            as_of=self._clock.now(),
        )

    @property
    def away(self) -> bool:
        return self._away_since is not None

    @property
    def away_since(self) -> datetime | None:
        """Since when the user has been away (no input); None while they are here."""
        return self._away_since

    @property
    def counting_since(self) -> datetime:
        """Time away counts from no earlier than this (core/away.py)."""
        return self._counting_since

    def next_wakeup(self) -> datetime | None:
        if self._state is State.WORKING and self._held_since is not None:
            return self._recheck_at
        if self._state is State.WORKING:
            return self._next_break_at
        if self._state is State.OUTSIDE_HOURS:
            return self._hours_start
        if self._state is State.PROMPTING:
            return self._prompt_deadline
        if self._state is State.PAUSED:
            return self._paused_until
        return None

    def wakeup_name(self) -> str | None:
        """What ``next_wakeup()`` is, by name: the scheduler names its job after it."""
        if self._state is State.WORKING:
            if self._held_since is not None:
                return "held-break-recheck"
            return "next-break" if self._next_break_at is not None else None
        return {
            State.OUTSIDE_HOURS: "working-hours-start",
            State.PROMPTING: "prompt-deadline",
            State.PAUSED: "pause-end",
        }.get(self._state)

    def break_elapsed(self) -> float:
        """Seconds since the current break started (0 when none runs)."""
        if self._active is None:
            return 0.0
        return max(0.0, self._clock.monotonic() - self._active.started_mono)

    # -- facts from the outside --------------------------------------------------------

    def start(self) -> None:
        """Plan the first break from now: the app just started, so the user just sat down."""
        self._plan_from(self._clock.now())

    def wakeup(self) -> None:
        """The scheduler's timer fired (or anything else thinks time has passed): act on what is due.

        Safe to call at any time; a call with nothing due changes nothing.
        """
        now = self._clock.now()
        state = self._state
        if state is State.PAUSED and self._paused_until and now >= self._paused_until:
            self._paused_until = None
            self._plan_from(now)
        elif state is State.OUTSIDE_HOURS and self._hours_start and now >= self._hours_start:
            self._enter_hours(now)
        elif state is State.WORKING and self._next_break_at and now >= self._next_break_at:
            if not self._policy.in_hours(now):  # the due time fell after the working period ended
                self._plan_from(now)
            elif not self._away_when_idle(now) and not self._hold_for_quiet(now):
                self._open_prompt(now)
        elif state is State.WORKING and self._away_since is None and not self._policy.in_hours(now):
            self._plan_from(now)  # the working period ended: no break until the next one
        elif state is State.PROMPTING and self._prompt_deadline and now >= self._prompt_deadline:
            self._close_prompt()
            self._record(Outcome.MISSED, self._proposed, 0)
            self._proposed = None
            self._plan_from(now)
        else:
            self._announce()

    def user_away(self, since: datetime) -> None:
        """No input since ``since`` for idle_reset_minutes: the pending break is cancelled (a
        prompt on screen is withdrawn) and the time away will count as a natural break.

        Ignored during an exercise (the user is away from the keyboard doing it), a pause, or
        outside working hours.
        """
        if self._away_since is not None or self._state not in (State.WORKING, State.PROMPTING):
            return
        since = max(since, self._counting_since)
        if self._state is State.PROMPTING:
            self._close_prompt()
            self._proposed = None
        self._clear_hold()
        self._away_since = since
        self._state = State.WORKING
        self._next_break_at = None
        self._announce()

    def user_returned(self, at: datetime | None = None) -> BreakEvent | None:
        """Input again after being away: record a ``natural`` break lasting the time away,
        stamped when the input came back (``at``, which the away check may see up to its poll
        late; now when not known), and plan the next break from the return."""
        since, self._away_since = self._away_since, None
        if since is None:
            return None
        now = self._clock.now()
        returned = now if at is None else min(max(at, since), now)
        taken_elsewhere, self._taken_elsewhere = self._taken_elsewhere, None
        covering = self._elsewhere.covering(now)
        if covering:
            off_every_chair = longest_uncovered(since, returned, covering)
            if not self._is_long_absence(off_every_chair.total_seconds()):
                log.info("away from here since %s, in use elsewhere: not a break", since)
                if self._state is State.PAUSED:
                    self._announce()
                else:
                    self._plan_from(
                        max(self._counting_since, taken_elsewhere or self._counting_since)
                    )
                return None
        seconds = max(0, round((returned - since).total_seconds()))
        event = self._record(Outcome.NATURAL, None, seconds, at=returned)
        if self._state is State.PAUSED:
            self._announce()
        else:
            self._plan_from(returned)
        return event

    def break_taken_elsewhere(self, at: datetime) -> None:
        """A break was taken on another machine (completed, or natural there) and ended at
        ``at``: the interval here starts again from it, and a prompt out for the same sitting
        is withdrawn (nothing recorded: the break was taken). Older than this machine's own
        interval start, or while pausing, on a break or outside hours, it changes nothing."""
        now = self._clock.now()
        at = min(at, now)  # a clock ahead over there must not push the break into the future
        if at <= self._counting_since:  # aware: compared as instants, whatever the zones
            return
        if self._away_since is not None:
            self._taken_elsewhere = max(at, self._taken_elsewhere or at)
            return
        if self._state not in (State.WORKING, State.PROMPTING):
            return
        log.info("a break taken elsewhere ended %s: the interval starts again", at.isoformat())
        if self._state is State.PROMPTING:
            self._close_prompt()
            self._proposed = None
        self._plan_from(at)

    def resumed_from_sleep(self, slept_seconds: float) -> None:
        """The machine slept. A sleep at least as long as the idle reset is a natural break,
        recorded once, then a fresh interval; a short one just catches up with what is due
        (one prompt at most, never a burst)."""
        self._sleep_began = None  # the clocks told: logind's span is not needed
        if self._is_long_absence(slept_seconds) and self._state in (State.WORKING, State.PROMPTING):
            if self._away_since is None:
                self.user_away(self._clock.now() - timedelta(seconds=slept_seconds))
            self.user_returned()
        else:
            self.wakeup()

    def sleep_began(self) -> None:
        """logind says the machine is about to sleep: remember when, by the wall clock."""
        self._sleep_began = self._clock.now()

    def sleep_ended(self) -> None:
        """logind says the machine resumed. Call it after the clocks were compared: when they
        already told of the sleep (``resumed_from_sleep``), this only catches up. When they
        could not (the session was frozen while the monotonic clocks ran on, as when a virtual
        machine is paused), the time between the two signals counts as time away: a user idle
        for the idle reset is away (the next input is the return), and where the idle time
        cannot be read, a span of the idle reset or longer is a natural break, as a sleep is."""
        began, self._sleep_began = self._sleep_began, None
        now = self._clock.now()
        if began is None or self._state not in (State.WORKING, State.PROMPTING) or self.away:
            self.wakeup()
            return
        if self._away_when_idle(now):
            return
        span = (now - began).total_seconds()
        if self._idle.seconds_since_input() is None and self._is_long_absence(span):
            self.resumed_from_sleep(span)
        else:
            self.wakeup()

    def clock_changed(self) -> None:
        """The wall clock jumped (set by hand, or a new timezone) without real time passing:
        re-plan the pending break from now rather than prompting early or very late."""
        now = self._clock.now()
        if self._state in (State.WORKING, State.OUTSIDE_HOURS) and self._away_since is None:
            self._plan_from(now)
        elif self._state is State.PROMPTING:
            self._prompt_deadline = self._policy.prompt_deadline(now)
            self._announce()
        else:
            self.wakeup()

    def replace_policy(self, policy: BreakPolicy) -> None:
        """New settings: re-plan a pending break at once so the change shows immediately.

        Only a change to what the plan is made of (the interval, working hours) re-plans: a new
        sound or goal must not draw a new due time, which would postpone the break each time."""
        old, self._policy = self._policy.settings, policy
        new = policy.settings
        replan = (old.interval_min_minutes, old.interval_max_minutes, old.working_hours) != (
            new.interval_min_minutes,
            new.interval_max_minutes,
            new.working_hours,
        )
        pending = self._state in (State.WORKING, State.OUTSIDE_HOURS)
        if replan and pending and self._away_since is None:
            self._plan_from(self._clock.now())

    # -- the user's choices ------------------------------------------------------------

    def start_break(self, exercise_id: str | None = None) -> bool:
        """Start an exercise now: the prompt's Start, or "Take a break now" (no prompt step).

        Returns False when a break is already running (the request is then ignored).
        """
        if self._state is State.ON_BREAK:
            return False
        if self._away_since is not None:  # asking for a break means the user is back
            self.user_returned()
        if exercise_id is not None:
            exercise = self._library.get(exercise_id)
        elif self._proposed is not None:
            exercise = self._proposed
        else:
            exercise = self._choose()
        if self._state is State.PROMPTING:
            self._close_prompt()
        seconds = self._policy.settings.break_seconds
        self._active = _ActiveBreak(exercise, self._clock.monotonic(), seconds)
        self._clear_hold()
        self._proposed = None
        self._last_exercise = exercise.id
        self._next_break_at = None
        self._state = State.ON_BREAK
        self._listener.break_started(exercise, seconds)
        self._announce()
        return True

    def start_programme(self) -> bool:
        """A programme session starts (``session-now``, or the session's own prompt): it counts
        as a break for the state (``on_break``) and the plan (the next break is one interval
        after it ends). A break prompt on screen gives way to it without an outcome; the
        session's own outcome goes to the programme's records. False when a break or a session
        already runs."""
        if self._state is State.ON_BREAK:
            return False
        if self._away_since is not None:
            self.user_returned()
        if self._state is State.PROMPTING:
            self._close_prompt()
            self._proposed = None
        self._clear_hold()
        self._programme = True
        self._next_break_at = None
        self._state = State.ON_BREAK
        self._announce()
        return True

    def end_programme(self) -> bool:
        """The programme session's window closed: plan the next break from now."""
        if not self._programme:
            return False
        self._programme = False
        self._after_break(self._clock.now())
        return True

    @property
    def in_programme(self) -> bool:
        return self._programme

    def may_offer_programme(self) -> bool:
        """A programme session fell due: offer it now? Not while reminders are paused, the
        user is away, a break, a prompt or a session is on, or the desktop says not now (a
        call, do-not-disturb); the user can start one any time with ``session-now``, so a
        session not offered is simply not offered (nothing is recorded)."""
        if self._state not in (State.WORKING, State.OUTSIDE_HOURS) or self.away:
            return False
        reason = self._quiet.quiet_reason()
        if reason is not None:
            log.info("programme session due, not offered: %s", reason)
            return False
        return True

    def end_break(self) -> BreakEvent | None:
        """The exercise window closed: completed if the countdown ran out, otherwise skipped."""
        active = self._active
        if active is None:
            return None
        elapsed = self.break_elapsed()
        done = elapsed >= active.seconds
        outcome = Outcome.COMPLETED if done else Outcome.SKIPPED
        self._active = None
        event = self._record(outcome, active.exercise, active.seconds if done else int(elapsed))
        self._listener.break_ended(event)
        self._after_break(self._clock.now())
        return event

    def prompt_shown(self) -> None:
        """The prompt reached the screen later than it opened (the window waited for a pause in
        the user's typing): the unanswered-prompt timeout counts from now, so the user gets the
        whole ``prompt_timeout_minutes`` to see and answer it."""
        if self._state is not State.PROMPTING:
            return
        self._prompt_deadline = self._policy.prompt_deadline(self._clock.now())
        self._announce()

    def prompt_choices(self) -> PromptChoices | None:
        """What the prompt on screen offers besides Start (None: no prompt is out)."""
        return self._choices if self._state is State.PROMPTING else None

    def snooze(self) -> bool:
        """Put the prompted break off by ``snooze_minutes``; refused (False) with no prompt
        out, or when the prompt does not offer Snooze (``max_snoozes_per_break``)."""
        choices = self.prompt_choices()
        if choices is None or not choices.snooze:
            return False
        now = self._clock.now()
        self._close_prompt()
        # The proposed exercise stays, so snoozing is not a way to reroll it.
        self._record(Outcome.SNOOZED, self._proposed, 0)
        self._snoozes += 1
        self._next_break_at = self._policy.snooze_until(now)
        self._state = State.WORKING
        self._announce()
        return True

    def skip(self) -> bool:
        """Skip the prompted break; refused (False) with no prompt out, or when the prompt does
        not offer Skip (``max_skips_per_day``)."""
        choices = self.prompt_choices()
        if choices is None or not choices.skip:
            return False
        self._close_prompt()
        self._record(Outcome.SKIPPED, self._proposed, 0)
        self._proposed = None
        self._plan_from(self._clock.now())
        return True

    def pause(
        self,
        minutes: int | None = None,
        *,
        until_tomorrow: bool = False,
        until: datetime | None = None,
    ) -> datetime:
        """Hold reminders for ``minutes``, until tomorrow, or ``until`` a moment within a day
        (meeting mode). A prompt on screen is withdrawn without an outcome (the user chose to
        pause instead); a running break carries on and is recorded, then the pause holds."""
        now = self._clock.now()
        if until_tomorrow:
            until = self._policy.pause_until_tomorrow(now)
        elif minutes is not None:
            until = self._policy.pause_for(now, minutes)
        elif until is None:
            raise ValueError("pause needs minutes, until_tomorrow or until")
        elif not now < until <= now + MAX_PAUSE_UNTIL:
            raise ValueError("a pause until a moment ends within the next 25 hours")
        self._paused_until = until
        if self._state is State.PROMPTING:
            self._close_prompt()
            self._proposed = None
        if self._state is not State.ON_BREAK:
            self._state = State.PAUSED
            self._next_break_at = None
            self._clear_hold()
        self._announce()
        return until

    def resume(self) -> bool:
        if self._paused_until is None:
            return False
        self._paused_until = None
        if self._state is State.PAUSED:
            self._plan_from(self._clock.now())
        else:
            self._announce()
        return True

    # -- inside ------------------------------------------------------------------------

    def _choose(self) -> Exercise:
        return self._library.choose(
            self._policy.settings.exercise, self._last_exercise, self._policy.rng
        )

    def _open_prompt(self, now: datetime) -> None:
        self._clear_hold()
        if self._proposed is None:
            self._proposed = self._choose()
        self._prompt_deadline = self._policy.prompt_deadline(now)
        self._state = State.PROMPTING
        settings = self._policy.settings
        day = now.date()
        skipped = self._recorder.day_counts(day, day).get(day, DayCounts(day)).skipped
        self._choices = prompt_choices(
            settings.max_skips_per_day, settings.max_snoozes_per_break, skipped, self._snoozes
        )
        log.info("break due: prompting (%s), offering %s", self._proposed.id, self._choices)
        self._listener.prompt_opened(self._proposed, self._choices)
        self._announce()

    def _close_prompt(self) -> None:
        self._prompt_deadline = None
        self._choices = None
        self._listener.prompt_closed()

    def _after_break(self, now: datetime) -> None:
        if self._paused_until is not None and now < self._paused_until:
            self._state = State.PAUSED
            self._next_break_at = None
            self._announce()
        else:
            self._paused_until = None
            self._plan_from(now)

    def _plan_from(self, moment: datetime) -> None:
        """The next break, one interval after ``moment``; outside working hours, one interval
        after the next period starts (what ``next_break_at`` shows meanwhile)."""
        self._prompt_deadline = None
        self._counting_since = moment
        self._snoozes = 0  # a fresh interval is a new break: its snoozes start from none
        self._clear_hold()
        if self._policy.in_hours(moment):
            self._state = State.WORKING
            self._hours_start = None
            self._next_break_at = self._policy.next_due(moment)
        else:
            self._state = State.OUTSIDE_HOURS
            self._hours_start = self._policy.next_hours_start(moment)
            self._next_break_at = self._policy.next_due(self._hours_start)
        self._announce()

    def _is_long_absence(self, seconds: float) -> bool:
        reset_minutes = self._policy.settings.idle_reset_minutes
        return reset_minutes > 0 and seconds >= reset_minutes * 60

    def _away_when_idle(self, now: datetime) -> bool:
        """Ask how long there has been no input: a user idle for the idle reset is away (the
        pending break becomes the natural break that ends at their return), whatever the
        timers' order. True when the user is away (then no prompt opens)."""
        if self.away:  # away since before a pause or the hours ended: the return plans anew
            self._next_break_at = None
            self._announce()
            return True
        reset = timedelta(minutes=self._policy.settings.idle_reset_minutes)
        idle = self._idle.seconds_since_input()
        since = away_since(now, idle, self._counting_since, reset)
        if since is None:
            return False
        log.info("break due while no input since %s: the user is away", since.isoformat())
        self.user_away(since)
        return self.away

    def _hold_for_quiet(self, now: datetime) -> bool:
        """A break is due: hold its prompt back while the desktop says not now (asked here, at
        the due time, and once a QUIET_RECHECK while held), up to QUIET_HOLD_LIMIT, after which
        it is missed. True when the prompt is not to be opened now."""
        reason = self._quiet.quiet_reason()
        if reason is None:
            if self._held_since is not None:
                log.info("do-not-disturb ended: showing the break held since %s", self._held_since)
            return False
        if self._held_since is None:
            self._held_since = self._next_break_at or now
            log.info("break due, held back: %s", reason)
        limit = self._held_since + QUIET_HOLD_LIMIT
        if now >= limit:
            log.info("break held back for %s: missed", QUIET_HOLD_LIMIT)
            self._record(Outcome.MISSED, self._proposed, 0)
            self._proposed = None
            self._plan_from(now)
            return True
        self._held_reason = reason
        self._recheck_at = min(now + QUIET_RECHECK, limit)
        self._announce()
        return True

    def _clear_hold(self) -> None:
        self._held_since = self._held_reason = self._recheck_at = None

    def _enter_hours(self, now: datetime) -> None:
        if not self._policy.in_hours(now):
            self._plan_from(now)
            return
        self._state = State.WORKING
        self._hours_start = None
        self._counting_since = now
        if self._next_break_at is None or self._next_break_at <= now:
            self._next_break_at = self._policy.next_due(now)
        self._announce()

    def _announce(self) -> None:
        self._listener.schedule_changed(self.next_wakeup())
        self._listener.state_changed(self.status())

    def _record(
        self,
        outcome: Outcome,
        exercise: Exercise | None,
        seconds: int,
        at: datetime | None = None,
    ) -> BreakEvent:
        when = self._clock.now() if at is None else at
        event = BreakEvent(when, outcome, exercise.id if exercise else None, seconds)
        self._recorder.record(event)
        log.info("recorded %s (%s, %d s)", outcome.value, event.exercise, seconds)
        self._listener.outcome_recorded(event)
        return event
