"""How a due break is put to the user (core/prompting.py): pure rules, on plain numbers."""

from __future__ import annotations

import random

import pytest

from psoasbreak.core.prompting import (
    DISMISSED,
    MAX_TYPING_WAIT,
    TYPING_PAUSE,
    PromptAnswer,
    TypingWait,
    WhyLines,
    answer_for,
    prompt_as_notification,
)


@pytest.mark.parametrize(
    ("key", "answer"),
    [
        ("default", PromptAnswer.START),  # a click on the notification itself
        ("start", PromptAnswer.START),
        ("snooze", PromptAnswer.SNOOZE),
        ("skip", PromptAnswer.SKIP),
        (DISMISSED, PromptAnswer.SNOOZE),  # closed without choosing: "not now"
        ("reply", None),
        ("", None),
    ],
)
def test_what_each_notification_answer_means(key, answer):
    assert answer_for(key) is answer


@pytest.mark.parametrize(
    ("style", "by_default", "notification"),
    [
        ("notification", False, True),
        ("window", True, False),
        ("auto", True, True),  # Wayland: a window would take the focus
        ("auto", False, False),
    ],
)
def test_prompt_style(style, by_default, notification):
    assert prompt_as_notification(style, by_default) is notification


def test_typing_wait_looks_again_when_a_pause_could_be_long_enough():
    wait = TypingWait(started=100.0)
    assert wait.wait_more(100.0, 0.5) == TYPING_PAUSE - 0.5
    assert wait.wait_more(101.5, 0.0) == TYPING_PAUSE
    assert wait.wait_more(101.5, TYPING_PAUSE) is None  # a pause: show now
    assert wait.wait_more(100.0, None) is None  # the idle time is unknown: show now


def test_typing_wait_ends_after_the_longest_wait_on_the_clock():
    wait = TypingWait(started=100.0)
    assert wait.wait_more(100.0 + MAX_TYPING_WAIT - 0.5, 0.0) == 0.5
    assert wait.wait_more(100.0 + MAX_TYPING_WAIT, 0.0) is None
    assert wait.waited(100.0 + 12) == 12
    assert wait.waited(99.0) == 0  # a clock read before the start is no negative wait


def test_why_lines_come_in_turn_from_a_random_start_and_none_repeats_early():
    lines = ["a", "b", "c", "d"]
    why = WhyLines(lines, random.Random(5))
    first_round = [why.next() for _ in lines]
    assert sorted(first_round) == lines
    assert [why.next() for _ in lines] == first_round
    starts = {WhyLines(lines, random.Random(seed)).next() for seed in range(40)}
    assert len(starts) > 1
    assert WhyLines([], random.Random(1)).next() == ""
