"""The notification body's escaping, our own since issue 21, against the standard library's."""

from __future__ import annotations

import html
import random
import string

from psoasbreak.desktop.notifications import escape_markup


def test_escape_markup_is_html_escape_without_quotes() -> None:
    rng = random.Random(21)
    alphabet = string.printable + "&<>\"'—äß漢"
    samples = ["", "&amp;", "<b>bold</b>", "a & b > c < d", "\"quoted\" 'text'"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(500)]
    for text in samples:
        assert escape_markup(text) == html.escape(text, quote=False), text
