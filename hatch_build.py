"""Build hook: compile the translations (``translations/*.ts``) into Qt's ``.qm`` catalogues.

The ``.ts`` files are the sources we keep in git; the ``.qm`` files are build output. They are
written to ``resources/translations/`` (ignored by git), where the app finds them in a checkout
and an editable install, and the wheel carries them as ``psoasbreak/resources/translations/``.

The hook runs for the sdist too (pyproject.toml, ``[tool.hatch.build.hooks.custom]``), and the
sdist ships the ``.qm`` files beside their sources. ``pyside6-lrelease`` comes with
PySide6-Essentials, so a build that has to compile asks for it (``dependencies()``, a dynamic
build dependency); one whose ``.qm`` files are there and no older than their ``.ts`` (an
unpacked sdist, a checkout built before) compiles nothing and needs no PySide6. That is why
``[build-system] requires`` names hatchling alone.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

RELEASE = (
    "import sys\n"
    "from PySide6.scripts.pyside_tool import lrelease\n"
    "sys.argv[0] = 'lrelease'\n"
    "lrelease()\n"
)

# What the build asks for when it has to compile, unless [project] dependencies name a PySide6
# requirement of their own (then that one, so the two cannot drift apart).
LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.5"
_PYSIDE6 = re.compile(r"^\s*pyside6[-_.]essentials\b", re.IGNORECASE)


def _sources(root: Path) -> list[Path]:
    return sorted((root / "translations").glob("psoasbreak_*.ts"))


def _default_out_dir(root: Path) -> Path:
    return root / "resources" / "translations"


def stale_translations(root: Path, out_dir: Path | None = None) -> list[Path]:
    """The ``.ts`` files whose ``.qm`` is missing or older than they are."""
    out_dir = out_dir if out_dir is not None else _default_out_dir(root)
    stale = []
    for ts in _sources(root):
        qm = out_dir / f"{ts.stem}.qm"
        # An unpacked sdist gives both the same time (hatchling's reproducible mtime): up to date.
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def compile_translations(
    root: Path, out_dir: Path | None = None, *, only_stale: bool = False
) -> list[Path]:
    """Compile every ``translations/psoasbreak_<lang>.ts`` (with ``only_stale``, those whose
    ``.qm`` is missing or older) into ``out_dir`` (by default ``resources/translations``);
    returns the ``.qm`` files made."""
    out_dir = out_dir if out_dir is not None else _default_out_dir(root)
    sources = stale_translations(root, out_dir) if only_stale else _sources(root)
    if not sources:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        # -nounfinished: a message still marked unfinished falls back to English.
        command = [
            sys.executable,
            "-c",
            RELEASE,
            "-silent",
            "-nounfinished",
            str(ts),
            "-qm",
            str(qm),
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(
                f"pyside6-lrelease could not compile {ts.name} (exit {result.returncode}):\n"
                f"{result.stdout}{result.stderr}"
            )
        made.append(qm)
    return made


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        # Asked before the build (PEP 517 get_requires_for_build_*): PySide6 only when there is
        # something to compile.
        if not stale_translations(Path(self.root)):
            return []
        for requirement in self.metadata.core.dependencies:
            if _PYSIDE6.match(requirement):
                return [requirement]
        return [LRELEASE_REQUIREMENT]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # Runs before the files are collected: the wheel's force-include of resources/ and the
        # sdist's artifacts (git's ignore rules do not apply to either) then carry the new .qm
        # files, and an editable install finds them in the checkout's resources/.
        compile_translations(Path(self.root), only_stale=True)
