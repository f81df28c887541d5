"""The control commands (DESIGN §3): ``status``, ``pause``, ``resume``, ``break-now``,
``session-now``, ``show``, ``quit``
talk to the running app over its control channel and print its answer. No Qt here."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from psoasbreak import APP_NAME
from psoasbreak.cli.exit_codes import EXIT_ERROR, EXIT_NOT_RUNNING, EXIT_OK


def run(args: argparse.Namespace) -> int:
    from psoasbreak.desktop.control_client import ControlError, NotRunning, app_socket, send
    from psoasbreak.storage.paths import AppPaths

    request = _request_for(args)
    try:
        response = send(app_socket(AppPaths.from_environment()), request)
    except NotRunning:
        return _fail(EXIT_NOT_RUNNING, f"{APP_NAME} is not running (start it with '{APP_NAME}').")
    except ControlError as exc:
        return _fail(EXIT_ERROR, f"{APP_NAME}: {exc}")
    if not response.ok:
        return _fail(EXIT_ERROR, f"{APP_NAME}: {response.error}")
    _print_result(args, response.result)
    return EXIT_OK


#: ``status``'s words for ``waiting_for`` (DESIGN §3); the command line speaks English.
WAITING_FOR_TEXT = {
    "fullscreen": "a fullscreen window is active",
    "do-not-disturb": "do not disturb is on",
    "camera": "the camera is in use",
    "microphone": "the microphone is in use",
    "screen-sharing": "the screen is being shared",
    "quiet-app": "a program from your quiet list is running",
}


def _request_for(args: argparse.Namespace) -> Any:
    from psoasbreak.desktop.control_protocol import Request

    if args.command == "break-now":
        return Request("break_now", {"exercise": args.exercise})
    if args.command == "session-now":
        return Request("session_now", {"kind": args.kind})
    if args.command == "pause":
        if args.until_tomorrow:
            return Request("pause", {"until_tomorrow": True})
        if args.until is not None:
            from psoasbreak.core.clock import SystemClock
            from psoasbreak.core.policy import next_local

            # Resolved here, in the zone of the terminal where the user typed the time.
            until = next_local(SystemClock().now(), args.until)
            return Request("pause", {"until": until.isoformat(timespec="seconds")})
        return Request("pause", {"minutes": args.minutes})
    return Request(args.command)


def _fail(code: int, message: str) -> int:
    print(message, file=sys.stderr)
    return code


def _clock_time(iso: str | None, now: datetime) -> str:
    """A time today as HH:MM, another day's with its date; ``now`` is the Clock's reading."""
    if not iso:
        return "-"
    moment = datetime.fromisoformat(iso).astimezone()
    if moment.date() == now.astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%a %d %b %H:%M")


def _print_result(args: argparse.Namespace, result: dict[str, Any]) -> None:
    from psoasbreak.core.clock import SystemClock

    now = SystemClock().now()
    if args.command == "status":
        if args.json:
            print(json.dumps(result))
        else:
            print(_status_text(result, now))
    elif args.command == "break-now":
        if result.get("started"):
            print(f"Break started: {result.get('title', result.get('exercise'))}.")
        else:
            print("A break is already running.")
    elif args.command == "session-now":
        if result.get("started"):
            print(f"{result.get('title', args.kind)} started.")
        else:
            print("A break or a programme session is already running.")
    elif args.command == "pause":
        print(f"Reminders paused until {_clock_time(result.get('paused_until'), now)}.")
    elif args.command == "resume":
        if result.get("resumed"):
            print(
                f"Reminders resumed; next break at {_clock_time(result.get('next_break_at'), now)}."
            )
        else:
            print("Reminders were not paused.")
    elif args.command == "quit":
        print(f"{APP_NAME} is quitting.")
    elif args.command == "show":
        print(f"{APP_NAME}'s window is open.")


def _status_text(status: dict[str, Any], now: datetime) -> str:
    today, streak = status["today"], status["streak"]
    state = status["state"]
    if state == "paused":
        head = f"Paused until {_clock_time(status['paused_until'], now)}."
    elif state == "prompting":
        head = "Waiting for you to answer the break prompt."
    elif state == "on_break":
        head = "On a break."
    elif state == "outside_hours":
        head = f"Outside working hours; next break at {_clock_time(status['next_break_at'], now)}."
    elif status.get("waiting_for"):
        head = f"A break is due and waits: {WAITING_FOR_TEXT.get(status['waiting_for'], '')}."
    elif status["next_break_at"] is None:  # away: the return plans the next one
        head = "You are away from the computer; the next break is planned when you return."
    else:
        head = f"Next break at {_clock_time(status['next_break_at'], now)}."
    taken = today["completed"] + today["natural"]
    return (
        f"{head}\nToday: {taken} of {today['goal']} breaks taken"
        f" ({today['skipped']} skipped, {today['snoozed']} snoozed, {today['missed']} missed).\n"
        f"Streak: {streak['current']} days (best {streak['best']})."
    )
