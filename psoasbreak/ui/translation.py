"""The windows' language: Qt's translators for the system locale, and the helpers our UI code
uses to mark and translate its texts.

Texts are marked with ``translate("Context", "text")`` (or ``QT_TRANSLATE_NOOP`` for constants) so
``pyside6-lupdate`` finds them; the contexts are fixed names, never the runtime class name that
PySide6's ``tr`` would use. Texts that come from pure-Python code or from the exercise library
(resources/exercises.toml) are translated here, at the Qt edge, in the ``Exercises`` and
``Notices`` contexts; ``catalog_strings.py`` lists them for lupdate.

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
SHIPPED_LANGUAGES = ("de", "fr", "es")
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


#: The titles of messages built where Qt is not imported (storage/, app.py's start-up), marked
#: here for lupdate; a test checks that every title in the code is listed.
NOTICE_TITLES = (
    QT_TRANSLATE_NOOP("Notices", "Break history"),
    QT_TRANSLATE_NOOP("Notices", "Break history not saved"),
    QT_TRANSLATE_NOOP("Notices", "Break history saved again"),
    QT_TRANSLATE_NOOP("Notices", "Breaks not saved"),
    QT_TRANSLATE_NOOP("Notices", "Settings"),
    QT_TRANSLATE_NOOP("Notices", "Settings file not applied"),
    QT_TRANSLATE_NOOP("Notices", "Settings problem"),
    QT_TRANSLATE_NOOP("Notices", "Settings problems"),
    QT_TRANSLATE_NOOP("Notices", "Start at login"),
)
#: The bodies of those messages: templates whose {placeholders} the code fills in after
#: translating (``notice_text``). A settings problem also appears without its "using the default"
#: clause, when an edit of the file is refused (settings_store.refused). A test checks the list.
NOTICE_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "Notices",
        "{count} problems in {path}; the defaults are used for those settings. The details are in the log.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not a whole number (allowed 0 (off) or {range}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours = {value} is not a table (allowed a [working_hours] table with enabled, start, end and days); using the default: on, {hours}, {days}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours = {value} is not a table (allowed a [working_hours] table with enabled, start, end and days); using the default: off, {hours}, {days}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not a whole number (allowed {range}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} has an unknown day name {names} (allowed one or more of {days}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} has unknown day names {names} (allowed one or more of {days}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest, so using the defaults interval_min_minutes = {default_low} and interval_max_minutes = {default_high}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is out of range (allowed 0 (off) or {range}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is out of range (allowed {range}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not one of the choices (allowed {choices}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not true or false (allowed true, false); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        '{key} = {value} is not a time of day (allowed "HH:MM" from "00:00" to "23:59"); using the default {default}.',
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "unknown key {key} is kept in the file but ignored.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight); using the defaults start {default_start} and end {default_end}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} is not a list of day names (allowed one or more of {days}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}); using the default {default}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not a whole number (allowed 0 (off) or {range}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} is more than interval_max_minutes = {high} (its default); the shortest interval cannot be longer than the longest.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours = {value} is not a table (allowed a [working_hours] table with enabled, start, end and days).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not a whole number (allowed {range}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} has an unknown day name {names} (allowed one or more of {days}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} has unknown day names {names} (allowed one or more of {days}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} (its default) is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "interval_min_minutes = {low} is more than interval_max_minutes = {high}; the shortest interval cannot be longer than the longest.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is out of range (allowed 0 (off) or {range}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is out of range (allowed {range}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not one of the choices (allowed {choices}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{key} = {value} is not true or false (allowed true, false).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        '{key} = {value} is not a time of day (allowed "HH:MM" from "00:00" to "23:59").',
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.end = {end} is not after working_hours.start = {start} (allowed an end later the same day: working hours cannot cross midnight).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = {value} is not a list of day names (allowed one or more of {days}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "working_hours.days = [] is empty, so working hours would never begin (allowed one or more of {days}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Your edit of {file} was not applied: {reasons} The settings in force stay as they were until the file is fixed.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost; the defaults are used. Fix that file and move it back, or change any setting to start a new file.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{file} is not valid TOML: {reason}.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is a folder, not a file, so the settings could not be read; the defaults are used. Move that folder elsewhere so psoasbreak can keep its settings there.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} could not be read ({error}); the defaults are used. Check the file's permissions (it must be readable by you) and that its folder exists.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is; the defaults are used until you fix it.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is not valid TOML: {reason}. It was moved to {aside} so nothing in it is lost.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is a folder, not a file, so the settings could not be read.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} could not be read ({error}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{path} is not valid TOML: {reason}. It could not be moved aside ({error}), so it is left as it is.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "To look into the old one, open it with any SQLite tool.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history cannot be saved right now: {error} psoasbreak keeps running, holds new outcomes in memory and saves them as soon as it can.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history {path} was damaged (it is not an SQLite database), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history {path} was damaged ({reason}), so it was moved to {aside} (nothing was deleted) and a new, empty history was started.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{moved} {look}",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{moved} {unavailable}",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history {path} is damaged (it is not an SQLite database) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history {path} is damaged ({reason}) and could not be moved aside ({error}). New breaks are kept in memory until it can be; move the file away yourself or free the folder, and psoasbreak picks it up.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "1 break outcome could not be saved to {path}. It is listed in the log.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history could not be read ({reason}). Counts and streaks may look low until it can; nothing recorded is lost.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{count} break outcomes could not be saved to {path}. They are listed in the log.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Your breaks could not be saved ({reason}). psoasbreak keeps running, holds 1 break outcome in memory and saves it as soon as it can: free some disk space, or make the folder writable again.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Your breaks could not be saved ({reason}). psoasbreak keeps running, holds {count} break outcomes in memory and saves them as soon as it can: free some disk space, or make the folder writable again.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "1 break outcome could not be saved to {path}. It was written to {target}; add it back later with 'psoasbreak import {target}'.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{count} break outcomes could not be saved to {path}. They were written to {target}; add them back later with 'psoasbreak import {target}'.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "The break history {path} can be written again; nothing was lost.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "{error}",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Starting at login is not supported on this system ({platform}); add '{command}' to your login programs by hand.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not remove {path} ({reason}); delete it by hand to stop psoasbreak starting at login.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not write {path} ({reason}); check that you may write to that folder.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not add {app} to {key} ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not remove {app} from {key} ({reason}); remove it in Task Manager's Startup apps.",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not write {path} ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "Notices",
        "Could not remove {path} ({reason}); delete it by hand.",
    ),
)
#: Why a due break is held back (core/quiet.py), shown in the tray's status line. lupdate needs
#: the texts written out; a test keeps them equal to the members' values.
QUIET_REASONS: dict[QuietReason, str] = {
    QuietReason.FULLSCREEN: QT_TRANSLATE_NOOP("Quiet", "a fullscreen window is active"),
    QuietReason.DO_NOT_DISTURB: QT_TRANSLATE_NOOP("Quiet", "do not disturb is on"),
    QuietReason.INHIBITED: QT_TRANSLATE_NOOP(
        "Quiet", "an app asked not to be interrupted (a call, a presentation or a video)"
    ),
    QuietReason.SCREEN_LOCKED: QT_TRANSLATE_NOOP("Quiet", "the screen is locked"),
    QuietReason.FULLSCREEN_GAME: QT_TRANSLATE_NOOP("Quiet", "a fullscreen game is running"),
    QuietReason.PRESENTATION: QT_TRANSLATE_NOOP("Quiet", "presentation mode is on"),
    QuietReason.QUIET_HOURS: QT_TRANSLATE_NOOP("Quiet", "quiet hours are on"),
}


def quiet_reason_text(reason: QuietReason) -> str:
    """Why a break waits (do not disturb, a fullscreen window), translated."""
    return translate(QUIET_CONTEXT, QUIET_REASONS[reason])


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
