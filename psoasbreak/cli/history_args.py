"""The arguments of ``stats``, ``export`` and ``import`` (DESIGN §3), apart from the code that
runs them (``history.py``): every command builds the whole parser, and ``status`` should not
load the history, CSV and programme modules to do so (issue 21: it answers in milliseconds)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TypeVar

_ParserT = TypeVar("_ParserT", bound=argparse.ArgumentParser)


def _output_path(text: str) -> Path:
    if not text:
        raise argparse.ArgumentTypeError("FILE must not be empty (use - for standard output)")
    return Path(text)


def _iso_week(text: str) -> tuple[int, int]:
    from psoasbreak.core.history import parse_iso_week  # only when --week is given

    try:
        return parse_iso_week(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parsers(sub: argparse._SubParsersAction[_ParserT]) -> None:
    stats = sub.add_parser("stats", help="a week's breaks, the daily goal and streaks")
    stats.add_argument(
        "--week",
        type=_iso_week,
        metavar="YYYY-Www",
        help="the ISO week to show, for example 2026-W48 (default: this week)",
    )
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    export = sub.add_parser("export", help="write every recorded break as CSV or JSON")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument(
        "--sessions",
        action="store_true",
        help="write the programme's sessions instead of the breaks (one row per exercise)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=_output_path,
        metavar="FILE",
        help="write to FILE (default, or -: stdout)",
    )
    imports = sub.add_parser(
        "import", help="add the breaks in a CSV file (all or nothing; repeats are skipped)"
    )
    imports.add_argument(
        "file", type=Path, metavar="FILE.csv", help="columns at,outcome,exercise,seconds"
    )
