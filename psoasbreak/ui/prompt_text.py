"""The prompt's words that are needed before any prompt window exists: its title (a
notification's too) and the note on the limits the user set.

Apart from ``prompt.py`` so that the app can word a notification, and the home window its offer,
without loading the prompt window's module with its widgets and illustration, 1.6 MB of the idle
app's memory (issue 21); the window's module is imported when the first prompt is shown.
"""

from __future__ import annotations

from psoasbreak.core.limits import PromptChoices
from psoasbreak.ui.translation import QT_TRANSLATE_NOOP, plural, translate

TITLE = QT_TRANSLATE_NOOP("Prompt", "Time to stand up")


def limits_note(choices: PromptChoices) -> str:
    """Why the prompt lacks Skip or Snooze (the limits the user set), in one or two sentences;
    "" when it offers both."""
    notes = []
    if not choices.skip:
        notes.append(
            plural(
                translate(
                    "Prompt",
                    "Skip is back tomorrow: your limit is %n skipped break(s) a day.",
                    None,
                    choices.skips_limit,
                ),
                choices.skips_limit,
            )
        )
    if not choices.snooze:
        notes.append(
            plural(
                translate(
                    "Prompt",
                    "No more snoozes for this break: your limit is %n snooze(s) per break.",
                    None,
                    choices.snoozes_limit,
                ),
                choices.snoozes_limit,
            )
        )
    return " ".join(notes)
