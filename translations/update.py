"""Refresh the translation sources after a text changed: ``python translations/update.py``.

1. Writes ``psoasbreak/ui/catalog_strings.py`` from ``resources/exercises.toml`` and
   ``resources/programme.toml``, so that ``pyside6-lupdate`` sees the exercise library's and the
   programme's words (they are data, not code).
2. Runs ``pyside6-lupdate`` over ``psoasbreak/`` into ``translations/psoasbreak_<lang>.ts``:
   new texts arrive as unfinished, gone ones are dropped, translations are kept.

Then translate the unfinished messages (Qt Linguist: ``pyside6-linguist``, or any editor). The
``.qm`` files are compiled from the ``.ts`` files when the package is built (``hatch_build.py``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es", "it", "pt_BR", "nl", "pl", "cs", "sv", "ru", "uk", "ja")
CATALOG = ROOT / "psoasbreak" / "ui" / "catalog_strings.py"
CONTEXT = "Exercises"

HEADER = '''"""The exercise library's and the programme's words, marked for ``pyside6-lupdate``;
written by ``translations/update.py`` from ``resources/exercises.toml`` and
``resources/programme.toml``. Do not edit by hand.

The windows translate these texts in the "Exercises" context (``translation.exercise_text``);
this module is never imported, it only shows lupdate the texts.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXERCISE_STRINGS = (
'''


def exercise_strings(toml_text: str) -> list[str]:
    """Every text of the library a window shows, in file order, each once."""
    data = tomllib.loads(toml_text)
    found: list[str] = [line.strip() for line in data.get("why", [])]
    for table in data["exercises"].values():
        found += [table["title"].strip(), table["summary"].strip()]
        found += [cue.strip() for cue in table["cues"]]
        found.append(table["safety"].strip())
    return list(dict.fromkeys(found))


def programme_strings(toml_text: str) -> list[str]:
    """Every text of the programme a window shows, as core/programme.py collects them."""
    sys.path.insert(0, str(ROOT))
    from psoasbreak.core.programme import Programme

    return list(Programme.from_toml(toml_text).texts)


def catalog_source(toml_text: str, programme_text: str) -> str:
    lines = [HEADER]
    texts = [*exercise_strings(toml_text), *programme_strings(programme_text)]
    for text in dict.fromkeys(texts):
        # Exploded with a trailing comma, so `ruff format` leaves the generated file as it is.
        literal = json.dumps(text, ensure_ascii=False)
        lines.append(f'    QT_TRANSLATE_NOOP(\n        "{CONTEXT}",\n        {literal},\n    ),\n')
    lines.append(")\n")
    return "".join(lines)


def for_lupdate(source: str) -> str:
    """The source as lupdate should read it. lupdate takes every ``#:`` comment as a note to
    translators, but our code uses ``#:`` to document attributes; translator notes are written
    ``# Translators: ...`` instead, so the two are swapped here."""
    lines = []
    for line in source.splitlines(keepends=True):
        code = line.lstrip()
        indent = line[: len(line) - len(code)]
        if code.startswith("#:"):
            line = indent + "#" + code[2:]
        elif code.startswith("# Translators:"):
            line = indent + "#:" + code[len("# Translators:") :]
        lines.append(line)
    return "".join(lines)


def source_files() -> list[Path]:
    """The code lupdate reads: the whole package (the command line has no translate() calls)."""
    return sorted((ROOT / "psoasbreak").rglob("*.py"))


def lupdate(sources: list[Path]) -> list[str]:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    targets = [str(ROOT / "translations" / f"psoasbreak_{lang}.ts") for lang in LANGUAGES]
    return [tool, *map(str, sources), "-no-obsolete", "-locations", "none", "-ts", *targets]


def main() -> int:
    toml_text = (ROOT / "resources" / "exercises.toml").read_text(encoding="utf-8")
    programme_text = (ROOT / "resources" / "programme.toml").read_text(encoding="utf-8")
    CATALOG.write_text(catalog_source(toml_text, programme_text), encoding="utf-8")
    print(f"wrote {CATALOG.relative_to(ROOT)}")
    with tempfile.TemporaryDirectory() as scratch:
        sources = []
        for path in source_files():
            copy = Path(scratch) / "_".join(path.relative_to(ROOT).parts)
            copy.write_text(for_lupdate(path.read_text(encoding="utf-8")), encoding="utf-8")
            sources.append(copy)
        return subprocess.run(lupdate(sources), cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
