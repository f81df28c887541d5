"""The control commands (DESIGN §3): what ``psoasbreak status``, ``pause``, ``break-now`` … ask
the running app over its socket, answered from the session and the history.

Requests arrive already parsed (desktop/control_protocol.py); every argument is checked here
against core's bounds, so garbage on the socket gets an error reply and changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from typing import Any

from psoasbreak.core.clock import Clock, aware_moment
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.history import DayCounts, Streak, streaks
from psoasbreak.core.policy import MAX_PAUSE_MINUTES, pause_minutes_allowed
from psoasbreak.core.programme import RoutineKind
from psoasbreak.core.session import BreakSession
from psoasbreak.core.settings import Settings
from psoasbreak.core.status import status_document
from psoasbreak.desktop.control_protocol import Request, Response
from psoasbreak.storage.safe_recorder import SafeRecorder


def pause_end(raw: object) -> datetime | None:
    """The ``until`` of a pause request: an ISO-8601 moment with its UTC offset, else None."""
    return aware_moment(raw)


class ControlCommands:
    """Answers control requests; ``quit`` and ``session_changed`` are what the app does for a
    ``quit`` and after a ``resume`` (the away check looks again)."""

    def __init__(
        self,
        session: BreakSession,
        history: SafeRecorder,
        library: ExerciseLibrary,
        clock: Clock,
        settings: Callable[[], Settings],
        quit: Callable[[], None],
        session_changed: Callable[[], None],
        show_home: Callable[[], None] = lambda: None,
        start_programme: Callable[[RoutineKind], str | None] = lambda kind: None,
        programme_status: Callable[[], dict[str, Any] | None] = lambda: None,
        sync_status: Callable[[], dict[str, Any] | None] = lambda: None,
    ) -> None:
        """``start_programme`` starts a programme session and returns its title (None when a
        break or a session already runs)."""
        self._session, self._history, self._library = session, history, library
        self._clock, self._settings = clock, settings
        self._quit, self._session_changed, self._show_home = quit, session_changed, show_home
        self._start_programme = start_programme
        self._programme_status = programme_status
        self._sync_status = sync_status

    def today(self) -> DayCounts:
        day = self._clock.now().date()
        return self._history.day_counts(day, day).get(day, DayCounts(day))

    def progress(self) -> tuple[DayCounts, int, Streak]:
        """Today's counts, the daily goal and the streak: what ``status`` and the home window
        show beside the session's state."""
        goal = self._settings().daily_goal
        streak = streaks(self._history.all_day_counts(), goal, self._clock.now().date())
        return self.today(), goal, streak

    def status_json(self) -> dict[str, Any]:
        today, goal, streak = self.progress()
        return status_document(
            self._session.status(),
            today,
            goal,
            streak,
            self._programme_status(),
            self._sync_status(),
        )

    def handle(self, request: Request) -> Response:
        cmd, args = request.cmd, request.args
        if cmd == "ping":
            return Response(True, {"pid": os.getpid()})
        if cmd == "status":
            return Response(True, self.status_json())
        if cmd == "break_now":
            return self._break_now(args)
        if cmd == "session_now":
            kind = args.get("kind")
            if kind not in {k.value for k in RoutineKind}:
                return Response(False, error="session_now needs 'kind': strength or mobility")
            title = self._start_programme(RoutineKind(kind))
            return Response(True, {"started": title is not None, "kind": kind, "title": title})
        if cmd == "pause":
            return self._pause(args)
        if cmd == "resume":
            resumed = self._session.resume()
            self._session_changed()
            return Response(True, {"resumed": resumed, **self.status_json()})
        if cmd == "show":
            self._show_home()
            return Response(True, {})
        if cmd == "quit":
            self._quit()
            return Response(True, {})
        return Response(False, error=f"unknown command {cmd!r}")

    def _break_now(self, args: dict[str, Any]) -> Response:
        exercise = args.get("exercise")
        if exercise is not None and exercise not in self._library.ids:
            return Response(False, error=f"unknown exercise {exercise!r}")
        started = self._session.start_break(exercise)
        current = self._session.status().exercise
        title = self._library.get(current).title if current else None
        return Response(True, {"started": started, "exercise": current, "title": title})

    def _pause(self, args: dict[str, Any]) -> Response:
        if args.get("until_tomorrow") is True:
            self._session.pause(until_tomorrow=True)
        elif "until" in args:
            # Meeting mode: the command line resolves HH:MM in its own zone and sends the moment.
            until = pause_end(args["until"])
            try:
                if until is None:
                    raise ValueError(args["until"])
                self._session.pause(until=until)
            except ValueError:
                return Response(
                    False,
                    error="pause needs 'until': a moment with its UTC offset within the next "
                    "25 hours",
                )
        else:
            minutes = args.get("minutes")
            if not pause_minutes_allowed(minutes):
                return Response(False, error=f"pause needs 'minutes' from 1 to {MAX_PAUSE_MINUTES}")
            self._session.pause(minutes)
        return Response(True, self.status_json())
