"""The windows' language: Qt's translators for the system locale, and the helpers our UI code
uses to mark and translate its texts.

Texts are marked with ``translate("Context", "text")`` (or ``QT_TRANSLATE_NOOP`` for constants) so
``pyside6-lupdate`` finds them; the contexts are fixed names, never the runtime class name that
PySide6's ``tr`` would use. Texts that come from pure-Python code or from the exercise library
(resources/exercises.toml) are translated here, at the Qt edge, in the ``Notices`` and
``Exercises`` contexts. A notice's template and title are marked where they are written, with
core's Qt-free ``QT_TRANSLATE_NOOP`` (core/messages.py); the exercise texts are data, which
``catalog_strings.py`` lists for lupdate.

The compiled catalogues (``psoasbreak_<lang>.qm``) are built from ``translations/*.ts`` when the
package is built (hatch_build.py) and ship in ``resources/translations/``. English is the source
language and needs no catalogue: ``plural`` finishes the English "%n day(s)" forms itself.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from psoasbreak.core.exercises import Exercise
from psoasbreak.core.messages import Message
from psoasbreak.core.quiet import QuietReason

__all__ = [
    "QT_TRANSLATE_NOOP",
    "SHIPPED_LANGUAGES",
    "exercise_text",
    "install_translators",
    "local_date",
    "localized_exercise",
    "notice_text",
    "notice_title",
    "plural",
    "quiet_reason_text",
    "translate",
]

log = logging.getLogger(__name__)

#: The languages with a catalogue of our own (besides English, the source language).
SHIPPED_LANGUAGES = ("de", "fr", "es", "it", "pt_BR", "nl", "pl", "cs", "sv", "ru", "uk", "ja")
EXERCISES_CONTEXT = "Exercises"
NOTICES_CONTEXT = "Notices"
QUIET_CONTEXT = "Quiet"

#: ``translate(context, text, disambiguation=None, n=-1)``: lupdate recognises calls by this name.
translate = QCoreApplication.translate
#: Qt's own marker, unchanged: it returns ``message`` itself, but PySide6's stub says ``object``.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", _QT_TRANSLATE_NOOP)


def plural(text: str, count: int) -> str:
    """Finish the English plural of a "%n day(s)" message that no catalogue translated.

    Qt replaces ``%n`` but returns the source text as is when no translator has the message, and
    English is the source language, so the "(s)" is resolved here; a translation never has one.
    """
    return text.replace("(s)", "" if count == 1 else "s")


def local_date(day: date, qt_format: str) -> str:
    """``day`` written with a QLocale date format ("dd MMM yyyy") in the user's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), qt_format)


def exercise_text(text: str) -> str:
    """A title, summary, cue, safety or "why" line of the exercise library, translated."""
    return translate(EXERCISES_CONTEXT, text) if text else text


def localized_exercise(exercise: Exercise) -> Exercise:
    """The exercise with its words in the user's language (the id and pictures unchanged)."""
    return dataclasses.replace(
        exercise,
        title=exercise_text(exercise.title),
        summary=exercise_text(exercise.summary),
        cues=tuple(exercise_text(cue) for cue in exercise.cues),
        safety=exercise_text(exercise.safety),
    )


def notice_title(title: str) -> str:
    """The title of a message from the app's data side (storage, settings), translated."""
    return translate(NOTICES_CONTEXT, title)


def notice_text(said: Message) -> str:
    """The body of such a message in the user's language: its template (and those of any
    messages among its arguments) translated, then filled in with the same values."""
    return said.render(lambda message: translate(NOTICES_CONTEXT, message.template))


def quiet_reason_text(reason: QuietReason) -> str:
    """Why a break waits (do not disturb, a fullscreen window), translated."""
    return translate(QUIET_CONTEXT, reason.value)


def _catalogue_dir() -> str | None:
    from psoasbreak.assets import resource_path

    try:
        return str(resource_path("translations"))
    except FileNotFoundError:
        return None


def install_translators(
    app: QCoreApplication, locale: QLocale | None = None, catalogues: str | None = None
) -> list[QTranslator]:
    """Install our catalogue and Qt's own (standard buttons, context menus) for ``locale``
    (the system locale by default). Returns the translators installed; keep them alive.

    ``catalogues`` is the folder of our ``.qm`` files (the shipped one by default). A language
    without a catalogue of ours falls back to English for our texts, and Qt's texts follow
    whatever Qt ships for it."""
    locale = locale if locale is not None else QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = catalogues if catalogues is not None else _catalogue_dir()
    wanted = (("qtbase", qt_dir), ("psoasbreak", ours))
    for name, folder in wanted:
        if folder is None:
            log.warning("no translation catalogues found; the windows stay in English")
            continue
        translator = QTranslator(app)
        # Tries e.g. psoasbreak_de_AT.qm, psoasbreak_de.qm for each of the user's UI languages.
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
            log.info("translations: %s", translator.filePath())
        else:
            translator.deleteLater()
    return installed
