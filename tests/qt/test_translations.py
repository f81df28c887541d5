"""The windows in German, and the translation sources kept whole (issue 8, Translations).

The German catalogue is compiled from translations/psoasbreak_de.ts into a temporary folder with
the same code the build uses (hatch_build.py), so the test checks the sources as they are now.
Every window is opened in German and every text a user (or a screen reader) can meet is walked:
none may be an English text left untranslated.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from psoasbreak.assets import resource_path
from psoasbreak.core.exercises import ExerciseLibrary
from psoasbreak.core.history import DayCounts
from psoasbreak.core.quiet import QuietReason
from psoasbreak.core.session import SessionStatus, State
from psoasbreak.core.settings import Settings
from psoasbreak.ui import translation
from psoasbreak.ui.exercise_window import ExerciseWindow
from psoasbreak.ui.history_window import HistoryWindow
from psoasbreak.ui.prompt import PromptWindow
from psoasbreak.ui.settings_dialog import SettingsDialog
from psoasbreak.ui.tray import describe

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = translation.SHIPPED_LANGUAGES
#: How many plural forms Qt's numerus rules give each language (lupdate makes that many slots);
#: two for the rest.
PLURAL_FORMS = {"pl": 3, "cs": 3, "ru": 3, "uk": 3, "ja": 1}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")
#: Words in a shown text: runs of letters. Identifiers (config keys) and paths are left out.
WORD = re.compile(r"[^\W\d_]+")
IDENTIFIER_OR_PATH = re.compile(r"\S*[_/~]\S*")


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]
    unfinished: bool
    numerus: bool
    comment: str


def messages(language: str) -> list[Message]:
    tree = ET.parse(ROOT / "translations" / f"psoasbreak_{language}.ts")
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation_node = message.find("translation")
            assert translation_node is not None
            forms = [f.text or "" for f in translation_node.findall("numerusform")]
            texts = tuple(forms) if forms else (translation_node.text or "",)
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    texts,
                    translation_node.get("type") in ("unfinished", "vanished", "obsolete"),
                    message.get("numerus") == "yes",
                    message.findtext("extracomment") or "",
                )
            )
    return found


# -- the sources -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language):
    found = messages(language)
    assert len(found) > 150
    problems = []
    for m in found:
        where = f"{m.context}: {m.source!r}"
        if m.unfinished or not all(t.strip() for t in m.translations):
            problems.append(f"{where} is not translated")
            continue
        wanted = set(PLACEHOLDER.findall(m.source))
        # A translator note may offer another placeholder ({title} for a name not lower-cased).
        offered = set(PLACEHOLDER.findall(m.comment)) - wanted
        for text in m.translations:
            used = set(PLACEHOLDER.findall(text))
            if not used <= wanted | offered:
                problems.append(f"{where}: unknown placeholder(s) {used - wanted - offered}")
            missing = wanted - used
            if missing and not (offered and used & offered):
                problems.append(f"{where}: {text!r} lacks {missing}")
        if m.numerus:
            assert len(m.translations) == PLURAL_FORMS.get(language, 2), where
    assert not problems, "\n".join(problems)


def test_every_catalogue_in_the_tree_is_shipped_and_refreshed():
    """One list of languages: the .ts files, what translations/update.py refreshes, and what
    the app and these tests call shipped."""
    update = _load("translations_update", ROOT / "translations" / "update.py")
    present = {p.stem.removeprefix("psoasbreak_") for p in (ROOT / "translations").glob("*.ts")}
    assert present == set(LANGUAGES) == set(update.LANGUAGES)
    assert len(LANGUAGES) >= 12


def test_the_catalog_of_exercise_texts_matches_the_library():
    """catalog_strings.py is what translations/update.py writes from exercises.toml now."""
    update = _load("translations_update", ROOT / "translations" / "update.py")
    toml_text = resource_path("exercises.toml").read_text(encoding="utf-8")
    programme_text = resource_path("programme.toml").read_text(encoding="utf-8")
    expected = update.catalog_source(toml_text, programme_text)
    assert (ROOT / "psoasbreak" / "ui" / "catalog_strings.py").read_text("utf-8") == expected, (
        "run: python translations/update.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_programme_text_has_a_translation(language):
    from psoasbreak.core.programme import shipped_programme

    translated = {
        m.source
        for m in messages(language)
        if m.context == translation.EXERCISES_CONTEXT and not m.unfinished and m.translations[0]
    }
    missing = [text for text in shipped_programme().texts if text not in translated]
    assert not missing, f"{language}: untranslated programme texts: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_exercise_text_has_a_translation(language):
    library = ExerciseLibrary.load_default()
    texts = set(library.why_lines)
    for exercise in library:
        texts |= {exercise.title, exercise.summary, exercise.safety, *exercise.cues}
    translated = {
        m.source: m.translations[0]
        for m in messages(language)
        if m.context == translation.EXERCISES_CONTEXT and not m.unfinished
    }
    missing = sorted(t for t in texts if not translated.get(t, "").strip())
    assert not missing, missing
    same = sorted(t for t in texts if translated[t] == t)
    assert not same, f"left in English: {same}"


def test_every_quiet_reason_is_marked_for_translation(german):
    from psoasbreak.core.quiet import QuietReason

    # Every reason is marked where it is written (core/quiet.py): the German catalogue has it.
    for reason in QuietReason:
        assert translation.quiet_reason_text(reason) != reason.value, reason


def _lupdate_tool() -> str:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(tool).exists():
        if os.environ.get("CI") == "true":
            pytest.fail("pyside6-lupdate is missing (it comes with PySide6-Essentials)")
        pytest.skip("pyside6-lupdate is missing")
    return tool


def _lupdate_code_into(ts: Path, scratch: Path) -> None:
    """Run lupdate over the package as translations/update.py does, into ``ts`` only."""
    _lupdate_tool()
    update = _load("translations_update", ROOT / "translations" / "update.py")
    sources = []
    for path in update.source_files():
        copy = scratch / "_".join(path.relative_to(ROOT).parts)
        copy.write_text(update.for_lupdate(path.read_text("utf-8")), encoding="utf-8")
        sources.append(copy)
    command = update.lupdate(sources)
    command[command.index("-ts") + 1 :] = [str(ts)]
    subprocess.run(command, check=True, capture_output=True)


def test_the_ts_files_hold_every_text_of_the_code(tmp_path):
    """lupdate run over the code now finds nothing new: no text was added without translation."""
    ts = tmp_path / "check_de.ts"
    shutil.copy(ROOT / "translations" / "psoasbreak_de.ts", ts)
    _lupdate_code_into(ts, tmp_path)
    new = [m for m in _messages_in(ts) if m.unfinished]
    assert not new, "untranslated texts in the code; run translations/update.py: " + ", ".join(
        repr(m.source) for m in new
    )


def _messages_in(path: Path) -> list[Message]:
    tree = ET.parse(path)
    return [
        Message(
            "",
            m.findtext("source") or "",
            (),
            m.find("translation").get("type") is not None,
            False,
            "",
        )  # type: ignore[union-attr]
        for m in tree.getroot().iter("message")
    ]


# -- the windows in German ----------------------------------------------------------------


@pytest.fixture(scope="module")
def german_catalogue(tmp_path_factory) -> Path:
    hatch_build = _load("hatch_build", ROOT / "hatch_build.py")
    folder = tmp_path_factory.mktemp("qm")
    made = hatch_build.compile_translations(ROOT, folder)
    assert {p.name for p in made} >= {f"psoasbreak_{lang}.qm" for lang in LANGUAGES}
    return folder


@pytest.fixture
def german(qapp, german_catalogue):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed = translation.install_translators(
        qapp, QLocale("de_DE"), catalogues=str(german_catalogue)
    )
    assert any(t.filePath().endswith("psoasbreak_de.qm") for t in installed), installed
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale.c())


class GermanCheck:
    """What counts as English left over: a text equal to an English source text, or one holding
    a word that appears in the English sources and in no German translation."""

    def __init__(self) -> None:
        found = messages("de")
        german_words = {w.lower() for m in found for t in m.translations for w in WORD.findall(t)}
        # Day and month names come from QLocale, not from our catalogue ("Do." is Thursday).
        german = QLocale("de_DE")
        for number in range(1, 13):
            for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
                names = (
                    german.dayName(number, kind) if number <= 7 else "",
                    german.monthName(number, kind),
                )
                german_words |= {w.lower() for name in names for w in WORD.findall(name)}
        english_words = {w.lower() for m in found for w in WORD.findall(_plain(m.source))}
        self.english_only = english_words - german_words - {"psoasbreak"}
        self.sources = {m.source for m in found if m.source not in m.translations}
        self.seen: list[str] = []

    def problems(self, text: str, where: str) -> list[str]:
        if not text:
            return []
        self.seen.append(text)
        if text in self.sources:
            return [f"{where}: {text!r} is an English source text"]
        words = {w.lower() for w in WORD.findall(IDENTIFIER_OR_PATH.sub(" ", _plain(text)))}
        left = sorted(words & self.english_only)
        return [f"{where}: {text!r} has English word(s) {left}"] if left else []


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>|\{[a-z_]+\}", " ", text)


def widget_texts(window: QWidget) -> list[tuple[str, str]]:
    """Every text of the window and its children a user or a screen reader meets."""
    found: list[tuple[str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        found += [
            (f"{name}.windowTitle", widget.windowTitle() if widget.isWindow() else ""),
            (f"{name}.toolTip", widget.toolTip()),
            (f"{name}.accessibleName", widget.accessibleName()),
            (f"{name}.accessibleDescription", widget.accessibleDescription()),
        ]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((f"{name}.text", widget.text().replace("&", "")))
        if isinstance(widget, QGroupBox):
            found.append((f"{name}.title", widget.title()))
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
            found.append((f"{name}.placeholder", widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(f"{name}.item", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QSpinBox):
            found += [(f"{name}.suffix", widget.suffix().strip())]
            found += [(f"{name}.special", widget.specialValueText())]
        if isinstance(widget, QMenu):
            found += [(f"{name}.title", widget.title())]
            found += [(f"{name}.action", a.text()) for a in widget.actions()]
    return found


def check(window: QWidget, checker: GermanCheck) -> list[str]:
    problems: list[str] = []
    for where, text in widget_texts(window):
        problems += checker.problems(text, where)
    return problems


class Elapsed:
    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds


def _icon() -> QIcon:
    return QIcon(str(resource_path("icons", "psoasbreak.svg")))


def test_every_window_is_german(german, rig, qtbot, tmp_path):
    checker = GermanCheck()
    problems: list[str] = []
    library = ExerciseLibrary.load_default()
    why = library.why_lines
    window_titles: dict[str, str] = {}

    for index, exercise in enumerate(library):
        for line in why[index::4]:  # every "why" line appears in one prompt or another
            prompt = PromptWindow(exercise, line, 5, _icon())
            qtbot.addWidget(prompt)
            problems += check(prompt, checker)
            assert prompt.heading.text() == "Zeit zum Aufstehen"

        elapsed = Elapsed()
        window = ExerciseWindow(exercise, 60, elapsed, 4, 6, _icon(), reduced_motion=False)
        qtbot.addWidget(window)
        window_titles[exercise.id] = window.title_label.text()
        for moment in (0.0, 26.0, 31.0, 45.0):  # first side, "switch in", switching, second side
            elapsed.seconds = moment
            window.refresh()
            problems += check(window, checker)
        window.close()

    empty = HistoryWindow(lambda_source({}), rig.clock, lambda: 6)
    qtbot.addWidget(empty)
    problems += check(empty, checker)
    assert "Noch keine Pausen erfasst" in empty.empty_label.text()

    today = rig.clock.now().date()
    monday = today - timedelta(days=today.weekday())
    days = {
        monday: DayCounts(monday, completed=6, natural=1, skipped=1),
        monday + timedelta(days=1): DayCounts(monday + timedelta(days=1), snoozed=2, missed=1),
    }
    history = HistoryWindow(lambda_source(days), rig.clock, lambda: 6)
    qtbot.addWidget(history)
    problems += check(history, checker)
    problems += checker.problems(history.chart.bar_tooltip(0), "week chart tooltip")
    history.step_week(-1)  # a quiet week
    problems += check(history, checker)

    dialog = SettingsDialog(Settings(), lambda _settings: None, tmp_path / "config.toml")
    qtbot.addWidget(dialog)
    dialog.interval_min.setValue(50)
    dialog.interval_max.setValue(40)
    for day in dialog.day_checks:
        day.setChecked(False)
    problems += check(dialog, checker)
    assert dialog.windowTitle() == "psoasbreak-Einstellungen"
    assert dialog.cancel_button.text().replace("&", "") == "Abbrechen"  # Qt's own catalogue
    # The exercise list names each exercise as its window does ("Bauchatmung" in both).
    combo = dialog.exercise
    listed = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert {key: listed[key] for key in library.ids} == window_titles
    assert window_titles["breathing"] == "Bauchatmung"

    from psoasbreak.ui.tray import TrayIcon

    tray = TrayIcon(_icon(), _icon())
    tray.show_status(rig.session.status(), 2, 6)
    problems += check(tray.menu, checker)
    problems += check(tray.pause_menu, checker)
    problems += checker.problems(tray.tray.toolTip(), "tray tooltip")
    now = rig.clock.now()
    for status in (
        SessionStatus(State.PAUSED, None, now, None, as_of=now),
        SessionStatus(State.PROMPTING, now, None, "stretch", as_of=now),
        SessionStatus(State.ON_BREAK, None, None, "stretch", as_of=now),
        SessionStatus(State.OUTSIDE_HOURS, now, None, None, as_of=now),
        SessionStatus(State.WORKING, now, None, None, QuietReason.DO_NOT_DISTURB, as_of=now),
    ):
        problems += checker.problems(describe(status), f"tray status {status.state}")

    from psoasbreak.core.history import Streak
    from psoasbreak.ui.home_window import HomeWindow

    home = HomeWindow(_icon())
    qtbot.addWidget(home)
    home.show_status(rig.session.status(), DayCounts(today, completed=2), 6, Streak(3, 5))
    problems += check(home, checker)
    prompting = SessionStatus(State.PROMPTING, now, None, "stretch", as_of=now)
    home.show_status(prompting, DayCounts(today, completed=2), 6, Streak(3, 5), 10)
    problems += check(home, checker)
    assert home.snooze_button.text() == "10 Min. später"
    problems += check(home.pause_button.menu(), checker)
    assert home.break_now_button.text() == tray.break_now_action.text()

    assert len(checker.seen) > 300
    assert not problems, "\n".join(problems)


def test_the_check_finds_english(german, qtbot):
    """The walk above would catch a window left in English: shown without its catalogue."""
    checker = GermanCheck()
    for translator in german:
        QApplication.instance().removeTranslator(translator)
    prompt = PromptWindow(next(iter(ExerciseLibrary.load_default())), "", 5)
    qtbot.addWidget(prompt)
    problems = check(prompt, checker)
    assert any("'Time to stand up'" in p for p in problems), problems
    assert any("Snooze" in p for p in problems), problems


def lambda_source(days: dict[date, DayCounts]):
    class Source:
        def all_day_counts(self) -> dict[date, DayCounts]:
            return dict(days)

    return Source()


def test_the_app_finds_its_built_catalogues(qapp):
    """What the build made (pip install, editable or not) is where install_translators looks."""
    try:
        folder = resource_path("translations")
    except FileNotFoundError:
        if os.environ.get("CI") == "true":
            pytest.fail("no compiled translations: the build hook (hatch_build.py) did not run")
        pytest.skip("translations not compiled yet: pip install -e . runs hatch_build.py")
    assert {p.name for p in folder.glob("*.qm")} >= {f"psoasbreak_{x}.qm" for x in LANGUAGES}
    installed = translation.install_translators(qapp, QLocale("fr_FR"))
    try:
        assert any(t.filePath().endswith("psoasbreak_fr.qm") for t in installed)
        assert translation.translate("Tray", "Quit") == "Quitter"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert translation.translate("Tray", "Quit") == "Quit"


def test_english_plurals_need_no_catalogue():
    assert translation.plural(translation.translate("History", "%n day(s)", None, 1), 1) == "1 day"
    assert translation.plural(translation.translate("History", "%n day(s)", None, 0), 0) == (
        "0 days"
    )


# -- the tray's messages (built where Qt is not imported) ------------------------------------


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, set[str]]:
    """What lupdate finds in the code now, by context: a fresh .ts, not the shipped ones."""
    scratch = tmp_path_factory.mktemp("lupdate")
    ts = scratch / "fresh.ts"
    _lupdate_code_into(ts, scratch)
    found: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        texts = found.setdefault(context.findtext("name") or "", set())
        texts |= {m.findtext("source") or "" for m in context.iter("message")}
    return found


#: The calls whose first argument is a notice's template or title, and the context it is marked in.
NOTICE_CALLS = {"Message.of": "Notices", "Message": "Notices", "StorageNotice": "Notices"}
#: First arguments not written where they are used, by file: each is marked where it is written.
DERIVED = {
    ("settings.py", "rule.template"): "a Rule's sentence: marked where the Rule is written",
    ("settings_store.py", "without_fallback(said.template)"): "a refusal: marked by refusable()",
    ("app.py", "title"): "LiveSettings' titles: its *_TITLE constants",
}


@dataclass
class Marked:
    """What a module says to the user through the tray, as ``marked_texts`` reads it."""

    #: (context, text) of every template and title, each marked where it is written.
    texts: list[tuple[str, str]]
    #: (template, refused form) written together with ``core.settings.refusable``.
    refusals: list[tuple[str, str]]
    #: "file:line: code" of a template or title that is not marked where it is written.
    unmarked: list[str]


def marked_texts(path: Path) -> Marked:
    """Every template and title in ``path``: the first argument of ``Message.of(...)``,
    ``Message(...)`` and ``StorageNotice(...)``, the sentence of a ``Rule(...)`` and the value
    of a ``*_TITLE`` constant. Each must be ``QT_TRANSLATE_NOOP(context, "a literal")``, a
    ``refusable`` of two of those, or a local name only ever assigned such values."""
    tree = ast.parse(path.read_text("utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = Marked([], [], [])

    def assigned(name: ast.Name) -> list[ast.expr]:
        scope: ast.AST = name
        while scope in parents and not isinstance(scope, (ast.FunctionDef, ast.Lambda)):
            scope = parents[scope]
        return [
            node.value
            for node in ast.walk(scope)
            if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name.id for t in node.targets)
        ]

    def examine(expr: ast.expr, context: str) -> str | None:
        called = ast.unparse(expr.func) if isinstance(expr, ast.Call) else None
        if isinstance(expr, ast.Call) and called == "refusable" and len(expr.args) == 2:
            template, refused = (examine(arg, context) for arg in expr.args)
            if template is not None and refused is not None:
                found.refusals.append((template, refused))
            return template
        if isinstance(expr, ast.Call) and called == "QT_TRANSLATE_NOOP" and len(expr.args) == 2:
            marked_context, text = expr.args
            if (
                isinstance(marked_context, ast.Constant)
                and marked_context.value == context
                and isinstance(text, ast.Constant)
                and isinstance(text.value, str)
            ):
                found.texts.append((context, text.value))
                return text.value
        elif isinstance(expr, ast.Name) and (values := assigned(expr)):
            for value in values:
                examine(value, context)
            return None
        elif (path.name, ast.unparse(expr)) in DERIVED:
            return None
        found.unmarked.append(f"{path.name}:{expr.lineno}: {ast.unparse(expr)}")
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            called = ast.unparse(node.func)
            if called in NOTICE_CALLS:
                examine(node.args[0], NOTICE_CALLS[called])
            elif called == "Rule" and len(node.args) == 2:
                examine(node.args[1], "Settings")
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.endswith("_TITLE") for t in node.targets
        ):
            examine(node.value, "Notices")
    return found


def test_every_notice_text_is_marked_where_it_is_written(extracted):
    """Every template and title the tray may show is marked where the code writes it, and
    lupdate finds it there; so does a settings problem's form without its fallback (a refused
    edit: settings_store.refused), and lupdate finds no notice text that the code does not use."""
    from psoasbreak.core.settings import RULES
    from psoasbreak.storage.settings_store import without_fallback

    texts: set[tuple[str, str]] = set()
    refusals: set[tuple[str, str]] = set()
    unmarked: list[str] = []
    problem_templates: set[str] = set()  # a settings problem's: a refused edit may cut it
    for path in sorted((ROOT / "psoasbreak").rglob("*.py")):
        found = marked_texts(path)
        texts |= set(found.texts)
        refusals |= set(found.refusals)
        unmarked += found.unmarked
        if path.name in ("settings.py", "config_file.py"):
            problem_templates |= {text for context, text in found.texts if context == "Notices"}
    assert not unmarked, (
        'mark each where it is written: QT_TRANSLATE_NOOP("Notices", "the text") '
        f"(core/messages.py), with a literal: {unmarked}"
    )
    notices = {text for context, text in texts if context == "Notices"}
    assert len(notices) > 50 and "{error}" in notices, sorted(notices)
    assert {"Break history not saved", "Settings file not applied", "Start at login"} <= notices
    assert {text for context, text in texts if context == "Settings"} == {
        rule.template for rule in RULES
    }

    wrong = sorted((t, r) for t, r in refusals if without_fallback(t) != r)
    assert not wrong, f"refusable(template, refused): refused is not the template cut: {wrong}"
    cut = {without_fallback(template) for template in problem_templates}
    assert cut - notices == set(), f"write these with refusable(): {sorted(cut - notices)}"

    missing = sorted((c, t) for c, t in texts if t not in extracted.get(c, set()))
    assert not missing, f"marked, but lupdate does not find: {missing}"
    unused = extracted["Notices"] - notices
    assert not unused, f"marked for the tray, but never used: {sorted(unused)}"


def test_the_collector_finds_an_unmarked_text(tmp_path):
    module = tmp_path / "new.py"
    module.write_text(
        'X_TITLE = "Plain title"\n'
        'Y_TITLE = QT_TRANSLATE_NOOP("Notices", "Marked title")\n'
        "def f(n):\n"
        '    template = QT_TRANSLATE_NOOP("Notices", "one {n}")\n'
        "    if n:\n"
        "        template = 'many {n}'\n"
        "    return (\n"
        "        Message.of(template, n=n),\n"
        "        Message.of('plain'),\n"
        "        Message.of(QT_TRANSLATE_NOOP('Notices', f'{n} x')),\n"
        "        Message.of(QT_TRANSLATE_NOOP('Settings', 'wrong context')),\n"
        "        StorageNotice('Title', Message.of(QT_TRANSLATE_NOOP('Notices', 'body'))),\n"
        "        Message.of(refusable(QT_TRANSLATE_NOOP('Notices', 'a; using the default.'),\n"
        "                             QT_TRANSLATE_NOOP('Notices', 'a.'))),\n"
        "        Message(tr('elsewhere'), ()),\n"
        "    )\n",
        encoding="utf-8",
    )
    found = marked_texts(module)
    assert sorted(found.texts) == [
        ("Notices", "Marked title"),
        ("Notices", "a."),
        ("Notices", "a; using the default."),
        ("Notices", "body"),
        ("Notices", "one {n}"),
    ]
    assert found.refusals == [("a; using the default.", "a.")]
    assert sorted(found.unmarked) == sorted(
        [
            "new.py:1: 'Plain title'",
            "new.py:6: 'many {n}'",
            "new.py:9: 'plain'",
            "new.py:10: QT_TRANSLATE_NOOP('Notices', f'{n} x')",
            "new.py:11: QT_TRANSLATE_NOOP('Settings', 'wrong context')",
            "new.py:12: 'Title'",
            "new.py:15: tr('elsewhere')",
        ]
    )


def test_a_refused_template_reads_as_the_english_refusal(extracted):
    """settings_store.refused (the template cut) gives the same English as without_fallback
    (the text cut), for a problem of each shape, and lupdate finds the cut template."""
    from psoasbreak.core.settings import parse_settings
    from psoasbreak.storage.settings_store import refused, without_fallback

    _settings, problems = parse_settings(
        {
            "interval_min_minutes": 50,
            "interval_max_minutes": 40,
            "idle_reset_minutes": 999,
            "exercise": "yoga",
            "sound": "yes",
            "working_hours": {"start": "18:00", "days": ["funday", "mon"]},
        }
    )
    assert len(problems) == 6
    for problem in problems:
        assert refused(problem.said).text == without_fallback(problem.message)
        assert refused(problem.said).template in extracted["Notices"]


def tray_messages(tray, qtbot):
    seen: list[tuple[str, str]] = []
    tray.notified.connect(lambda title, text: seen.append((title, text)))
    return seen


def test_tray_messages_from_storage_and_settings_are_german(german, qtbot, tmp_path, capsys):
    """Real notices from each source reach the tray in German with their values filled in;
    stderr keeps the English."""
    from types import SimpleNamespace

    from psoasbreak.app import App, _config_notice
    from psoasbreak.core.events import BreakEvent, Outcome
    from psoasbreak.storage.config_file import load_config
    from psoasbreak.storage.database import HistoryDatabase
    from psoasbreak.storage.recovery import open_history
    from psoasbreak.storage.safe_recorder import SafeRecorder
    from psoasbreak.ui.tray import TrayIcon

    tray = TrayIcon(_icon(), _icon())
    seen = tray_messages(tray, qtbot)
    app = SimpleNamespace(tray=tray)  # App.tell needs only the tray
    now = LiveRigStart

    config = tmp_path / "config.toml"
    config.write_text("snooze_minutes = 500\n", encoding="utf-8")
    paths = SimpleNamespace(config_file=config)
    App.tell(app, _config_notice(paths, load_config(config, now).problems))
    config.write_text("snooze_minutes = 500\nbogus = 1\n", encoding="utf-8")
    App.tell(app, _config_notice(paths, load_config(config, now).problems))

    broken = tmp_path / "history.sqlite3"
    broken.write_bytes(b"not a database at all")
    opened = open_history(broken, now)
    assert opened.database is not None and opened.said is not None
    opened.database.close()
    from psoasbreak.storage.safe_recorder import StorageNotice

    App.tell(app, StorageNotice("Break history", opened.said))

    database = HistoryDatabase.open(tmp_path / "full.sqlite3")
    recorder = SafeRecorder(database, lambda: database, tmp_path / "full.sqlite3")
    recorder.attach(_NoRetry(), lambda notice: App.tell(app, notice))
    database._conn.execute("PRAGMA query_only = ON")  # writes refused, as on a full disk
    for minute in (0, 1):
        recorder.record(BreakEvent(now.replace(minute=minute), Outcome.COMPLETED, None, 60))
    database._conn.execute("PRAGMA query_only = OFF")
    recorder.flush()
    recorder.close()

    assert [title for title, _text in seen] == [
        "Problem mit den Einstellungen",
        "Probleme mit den Einstellungen",
        "Pausenverlauf",
        "Pausenverlauf nicht gespeichert",
        "Pausenverlauf wird wieder gespeichert",
    ], seen
    texts = [text for _title, text in seen]
    assert texts[0] == (
        "snooze_minutes = 500 liegt außerhalb des Bereichs (erlaubt: 1\u201360); es gilt der "
        "Standardwert 5."
    )
    assert texts[1].startswith(f"2 Probleme in {config}; ")
    assert f"Der Pausenverlauf {broken} war beschädigt (er ist keine SQLite-Datenbank)" in texts[2]
    assert str(opened.moved_aside) in texts[2] and "SQLite-Werkzeug" in texts[2]
    assert texts[3].startswith("Deine Pausen konnten nicht gespeichert werden (")
    assert "1 Pausenergebnis im Speicher und speichert es" in texts[3]
    assert texts[4] == (
        f"In den Pausenverlauf {tmp_path / 'full.sqlite3'} kann wieder geschrieben werden; "
        "nichts ging verloren."
    )
    checker = GermanCheck()
    # The reason in parentheses is a value: database.py's and SQLite's own words (English).
    texts[3] = re.sub(r"\(could not record .*?\)\.", "().", texts[3])
    problems = [p for text in texts for p in checker.problems(text, "tray message")]
    assert not problems, problems
    err = capsys.readouterr().err
    assert "snooze_minutes = 500 is out of range (allowed 1\u201360); using the default 5." in err
    assert "holds 1 break outcome in memory and saves it" in err


def test_a_refused_edit_reaches_the_tray_in_german(german, live_rig, qtbot):
    rig = live_rig("snooze_minutes = 10\n")
    with qtbot.waitSignal(rig.tray.notified, timeout=5000) as told:
        rig.path.write_text("snooze_minutes = 500\nexercise = 'yoga'\n", encoding="utf-8")
    title, text = told.args
    assert title == "Einstellungsdatei nicht übernommen"
    assert text == (
        'Deine Änderung an config.toml wurde nicht übernommen: exercise = "yoga" ist keine der '
        'Möglichkeiten (erlaubt: "stretch", "breathing", "march", "glute-squeeze", "alternate", '
        '"random"). snooze_minutes = 500 liegt außerhalb des Bereichs (erlaubt: 1\u201360). '
        "Die geltenden Einstellungen bleiben, wie sie waren, bis die Datei korrigiert ist."
    )
    assert rig.told[-1][1].startswith("Your edit of config.toml was not applied: exercise = ")


class _NoRetry:
    def start(self, delay_seconds: float) -> None:
        pass

    def stop(self) -> None:
        pass


LiveRigStart = datetime(2030, 1, 9, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", {1: " break", 3: " breaks", 6: " breaks", 22: " breaks"}),
        ("pl", {1: " przerwa", 3: " przerwy", 6: " przerw", 22: " przerwy"}),
        ("ru", {1: " перерыв", 3: " перерыва", 6: " перерывов", 21: " перерыв"}),
        ("ja", {1: " 回", 6: " 回"}),
    ],
)
def test_the_daily_goal_word_agrees_with_its_number(qtbot, qapp, catalogues, language, words):
    """A spin box's suffix cannot hold "%n": it is set anew as the number changes, in the plural
    form the language gives that number (three in Polish and Russian)."""
    QLocale.setDefault(QLocale(language))
    installed = translation.install_translators(qapp, QLocale(language), str(catalogues))
    try:
        dialog = SettingsDialog(Settings(), lambda _settings: None)
        qtbot.addWidget(dialog)
        for number, word in words.items():
            dialog.daily_goal.setValue(number)
            assert dialog.daily_goal.suffix() == word, number
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
