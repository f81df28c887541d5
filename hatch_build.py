"""Build hook: compile the translations (``translations/*.ts``) into Qt's ``.qm`` catalogues.

The ``.ts`` files are the sources we keep in git; the ``.qm`` files are build output. They are
written to ``resources/translations/`` (ignored by git), where the app finds them in a checkout
and an editable install, and the wheel carries them as ``psoasbreak/resources/translations/``.
``pyside6-lrelease`` comes with PySide6-Essentials, which is why the build needs it
(pyproject.toml, ``[build-system] requires``).
"""

from __future__ import annotations

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


def compile_translations(root: Path, out_dir: Path | None = None) -> list[Path]:
    """Compile every ``translations/psoasbreak_<lang>.ts`` into ``out_dir`` (by default
    ``resources/translations``); returns the ``.qm`` files made."""
    sources = sorted((root / "translations").glob("psoasbreak_*.ts"))
    if not sources:
        return []
    out_dir = out_dir if out_dir is not None else root / "resources" / "translations"
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

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # Runs before the files are collected: the wheel's force-include of resources/ (git's
        # ignore rules do not apply to it) then carries the new .qm files, and an editable
        # install finds them in the checkout's resources/.
        compile_translations(Path(self.root))
